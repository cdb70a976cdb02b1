import { QUEUE_SCHEMA, type QueueConnection } from './connect.js';
import { JOB_ROLES, deadLetterQueue, describeJob, type JobRole } from './jobs.js';

export interface Lease {
  job: string;
  target: string;
  attempt: number;
  startedAt: string;
  /** When the lease ends: past it, maintenance hands the job to another worker. */
  leaseUntil: string;
  expired: boolean;
}

export interface DeadLetter {
  /** The dead letter's own id (pg-boss copies the job into the role's dead-letter queue). */
  id: string;
  target: string;
  reason: string;
  kind: string | null;
  attempts: number | null;
  at: string;
}

/** One role's queue. `pending`, `active`, `done`, `failed` are the contract of `queue status --json`. */
export interface RoleStatus {
  /** Ready to run now. */
  pending: number;
  /** Waiting for a retry after a backoff. */
  retrying: number;
  /** Queued to start later (a spent daily budget). */
  scheduled: number;
  active: number;
  /** Completed, as long as the queue keeps them (pg-boss archive: 7 days). */
  done: number;
  failed: number;
  doneLastHour: number;
  failedLastHour: number;
  leases: Lease[];
  deadLetterCount: number;
  deadLetters: DeadLetter[];
}

export type QueueStatus = Record<JobRole, RoleStatus>;

const num = (v: unknown): number => Number(v ?? 0);
const iso = (v: unknown): string => (v instanceof Date ? v.toISOString() : String(v));

/** Depth, leases, recent rates and dead letters (newest `deadLetterLimit` each, with reasons) per role. */
export async function queueStatus(queue: QueueConnection, input: { roles?: readonly JobRole[]; deadLetterLimit?: number; leaseLimit?: number; runId?: number } = {}): Promise<QueueStatus> {
  const roles = [...(input.roles ?? JOB_ROLES)];
  if (input.runId !== undefined && !Number.isSafeInteger(input.runId)) throw new Error(`not a run id: ${input.runId}`);
  // One run's jobs only (crawl slices carry their run's id).
  const ofRun = input.runId === undefined ? '' : ` AND data->>'runId' = '${input.runId}'`;
  const counts = await queue.sql(
    `WITH jobs AS (
       SELECT name, state, start_after, completed_on FROM ${QUEUE_SCHEMA}.job WHERE name = ANY($1)${ofRun}
       UNION ALL
       SELECT name, state, start_after, completed_on FROM ${QUEUE_SCHEMA}.archive WHERE name = ANY($1) AND state IN ('completed', 'failed')${ofRun}
     )
     SELECT name,
       count(*) FILTER (WHERE state = 'created' AND start_after <= now()) AS pending,
       count(*) FILTER (WHERE state = 'retry') AS retrying,
       count(*) FILTER (WHERE state = 'created' AND start_after > now()) AS scheduled,
       count(*) FILTER (WHERE state = 'active') AS active,
       count(*) FILTER (WHERE state = 'completed') AS done,
       count(*) FILTER (WHERE state = 'failed') AS failed,
       count(*) FILTER (WHERE state = 'completed' AND completed_on > now() - interval '1 hour') AS done_last_hour,
       count(*) FILTER (WHERE state = 'failed' AND completed_on > now() - interval '1 hour') AS failed_last_hour
     FROM jobs GROUP BY name`,
    [roles],
  );
  const leases = await queue.sql(
    `SELECT name, id, data, retry_count, started_on, started_on + expire_in AS lease_until, (started_on + expire_in) < now() AS expired
     FROM ${QUEUE_SCHEMA}.job WHERE name = ANY($1) AND state = 'active'${ofRun} ORDER BY started_on LIMIT $2`,
    [roles, input.leaseLimit ?? 100],
  );
  const dlq = roles.map(deadLetterQueue);
  const deadCounts = await queue.sql(`SELECT name, count(*) AS n FROM ${QUEUE_SCHEMA}.job WHERE name = ANY($1) AND state < 'active'${ofRun} GROUP BY name`, [dlq]);
  const dead = await queue.sql(
    `SELECT name, id, data, output, created_on FROM (
       SELECT *, row_number() OVER (PARTITION BY name ORDER BY created_on DESC, id) AS n FROM ${QUEUE_SCHEMA}.job WHERE name = ANY($1) AND state < 'active'${ofRun}
     ) d WHERE n <= $2 ORDER BY created_on DESC`,
    [dlq, input.deadLetterLimit ?? 20],
  );
  const out = {} as QueueStatus;
  for (const role of roles) {
    const c = counts.rows.find((r) => r.name === role) ?? {};
    out[role] = {
      pending: num(c.pending),
      retrying: num(c.retrying),
      scheduled: num(c.scheduled),
      active: num(c.active),
      done: num(c.done),
      failed: num(c.failed),
      doneLastHour: num(c.done_last_hour),
      failedLastHour: num(c.failed_last_hour),
      leases: leases.rows
        .filter((r) => r.name === role)
        .map((r) => ({ job: String(r.id), target: describeJob(role, r.data), attempt: num(r.retry_count) + 1, startedAt: iso(r.started_on), leaseUntil: iso(r.lease_until), expired: r.expired === true })),
      deadLetterCount: num(deadCounts.rows.find((r) => r.name === deadLetterQueue(role))?.n),
      deadLetters: dead.rows
        .filter((r) => r.name === deadLetterQueue(role))
        .map((r) => {
          const o = (r.output ?? {}) as { error?: unknown; message?: unknown; value?: { message?: unknown }; kind?: unknown; attempt?: unknown };
          const reason = o.error ?? o.message ?? o.value?.message ?? 'no reason recorded';
          return { id: String(r.id), target: describeJob(role, r.data), reason: typeof reason === 'string' ? reason : JSON.stringify(reason), kind: typeof o.kind === 'string' ? o.kind : null, attempts: typeof o.attempt === 'number' ? o.attempt : null, at: iso(r.created_on) };
        }),
    };
  }
  return out;
}

/** Jobs that still have to run (pending, retrying, active) in these roles; scheduled ones are not counted. */
export function outstanding(status: QueueStatus): number {
  return Object.values(status).reduce((n, s) => n + s.pending + s.retrying + s.active, 0);
}
