import type { Logger } from '../log/index.js';
import type { Options } from '../options/index.js';
import type { JobDataOf, JobRole } from './jobs.js';
import type { SharedLimits } from './limits.js';

/** What a role's handler knows about the job it runs and the worker running it. */
export interface JobContext {
  options: Options;
  limits: SharedLimits;
  /** Aborted when the job's lease is about to end or the worker stops. */
  signal: AbortSignal;
  job: {
    id: string;
    /** When the job was queued (database time): anything stored since may be an earlier attempt's work. */
    createdOn: Date;
    /** 1 for the first run; an expired lease or a retry adds one. */
    attempt: number;
    /** How long the job may run before the worker gives it up (a little less than its lease). */
    leaseMs: number;
  };
  /** Queues another job of this role (a crawl slice queues the next one). */
  requeue: (data: JobDataOf[JobRole]) => Promise<void>;
  worker: string;
  log: Logger;
}

/** Runs one job of a role; returns what is stored as the job's output (small: ids, counts, status). Throws with policy (core/errors). */
export type RoleHandler<R extends JobRole> = (data: JobDataOf[R], ctx: JobContext) => Promise<Record<string, unknown>>;

/** A role as a worker holds it: the handler and what it must release when the worker stops. */
export interface Role<R extends JobRole> {
  handle: RoleHandler<R>;
  close?: () => Promise<void>;
}

export type Roles = { [R in JobRole]?: Role<R> };

/** A stored lookup or capture counts as this job's own when it was made after the job was queued (a minute's slack for clocks). */
export const CLOCK_SLACK_MS = 60_000;
