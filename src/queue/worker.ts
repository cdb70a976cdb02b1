import type PgBoss from 'pg-boss';
import { TimeoutError, describeError, withTimeout } from '../core/errors.js';
import type { Logger } from '../log/index.js';
import type { Options } from '../options/index.js';
import { QUEUE_SCHEMA, type QueueConnection } from './connect.js';
import { describeJob, type JobDataOf, type JobRole } from './jobs.js';
import { enqueue } from './enqueue.js';
import { SharedLimits } from './limits.js';
import { failureRecord, verdictFor } from './policy.js';
import type { JobContext, Role, Roles } from './handler.js';

/** How one job ended on this worker: one line each. */
export interface JobLine {
  at: string;
  worker: string;
  role: JobRole;
  job: string;
  target: string;
  /** done; retry (pg-boss runs it again after a backoff); failed (a dead letter now); deferred (queued again for later); released (handed back: this worker stops or cannot run it). */
  outcome: 'done' | 'retry' | 'failed' | 'deferred' | 'released';
  attempt: number;
  ms: number;
  detail: string;
}

export interface WorkerInput {
  queue: QueueConnection;
  roles: JobRole[];
  handlers: Roles;
  concurrency: number;
  options: Options;
  id: string;
  log: Logger;
  onJob?: (line: JobLine) => void;
}

type Fetched = PgBoss.JobWithMetadata<unknown>;

interface Running {
  role: JobRole;
  job: Fetched;
  abort: AbortController;
  done: Promise<void>;
  released: boolean;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * A worker: takes jobs of its roles from the shared queue, at most `concurrency` at once, runs each
 * with its role's handler within the job's lease, and records the outcome in the queue. Errors decide
 * by their policy (see policy.ts). `stop()` takes no new jobs; jobs in flight get the grace period to
 * finish and are then released to other workers.
 */
export class QueueWorker {
  readonly #in: WorkerInput;
  readonly #limits: SharedLimits;
  readonly #running = new Map<string, Running>();
  #stopping = false;
  #wake: (() => void) | null = null;
  #next = 0;
  /** Set when a handler says this worker cannot run its jobs (SetupError): the reason. */
  cannotRun: string | null = null;

  constructor(input: WorkerInput) {
    this.#in = input;
    this.#limits = new SharedLimits(input.queue.sql);
  }

  get active(): number {
    return this.#running.size;
  }

  stop(): void {
    this.#stopping = true;
    this.#wake?.();
  }

  /** Works until stop(); resolves once every job it took has finished or been released. */
  async run(): Promise<void> {
    const { queue, roles, concurrency } = this.#in;
    while (!this.#stopping) {
      const free = concurrency - this.#running.size;
      let took = 0;
      if (free > 0) {
        for (let i = 0; i < roles.length && took < free && !this.#stopping; i++) {
          const role = roles[(this.#next + i) % roles.length]!;
          const jobs = (await queue.boss.fetch<unknown>(role, { batchSize: free - took, includeMetadata: true })) as Fetched[];
          for (const job of jobs) this.#start(role, job);
          took += jobs.length;
        }
        this.#next = (this.#next + 1) % roles.length;
      }
      if (this.#stopping) break;
      // Every free slot filled: ask again at once. Full, idle or the queue ran dry: ask again after the
      // poll interval, or as soon as a job in flight ends.
      if (free <= 0 || took < free) await this.#pause(queue.settings.pollMs);
    }
    await this.#drain();
  }

  async #pause(ms: number): Promise<void> {
    const slot = this.#running.size > 0 ? Promise.race([...this.#running.values()].map((r) => r.done)) : null;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      this.#wake = done;
      void slot?.then(done);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
    });
    this.#wake = null;
  }

  #start(role: JobRole, job: Fetched): void {
    const abort = new AbortController();
    const running: Running = { role, job, abort, released: false, done: Promise.resolve() };
    running.done = this.#runJob(running).finally(() => this.#running.delete(job.id));
    this.#running.set(job.id, running);
  }

  async #runJob(r: Running): Promise<void> {
    const { role, job } = r;
    const started = Date.now();
    const attempt = job.retryCount + 1;
    const target = describeJob(role, job.data);
    const leaseMs = Number(job.expireInSeconds) * 1000;
    // Give up a little before the lease ends, so that the job is never run by two workers at once.
    const budgetMs = Math.max(1000, leaseMs - Math.min(30_000, Math.ceil(leaseMs * 0.1)));
    const log = this.#in.log.child({ role, job: job.id });
    log.debug({ target, attempt }, `job started: ${role} ${target}`);
    const handler = this.#in.handlers[role] as Role<JobRole> | undefined;
    const ctx: JobContext = {
      options: this.#in.options,
      limits: this.#limits,
      signal: r.abort.signal,
      job: { id: job.id, createdOn: new Date(job.createdOn), attempt, leaseMs: budgetMs },
      worker: this.#in.id,
      log,
      requeue: async (data) => {
        await enqueue(this.#in.queue, role, [data]);
      },
    };
    const line = (outcome: JobLine['outcome'], detail: string): void =>
      this.#in.onJob?.({ at: new Date().toISOString(), worker: this.#in.id, role, job: job.id, target, outcome, attempt, ms: Date.now() - started, detail });
    try {
      if (!handler) throw new Error(`this worker has no handler for the ${role} role`);
      const output = await withTimeout(`the ${role} job for ${target}`, budgetMs, (signal) => {
        signal.addEventListener('abort', () => r.abort.abort(), { once: true });
        return (handler.handle as (d: JobDataOf[JobRole], c: JobContext) => Promise<Record<string, unknown>>)(job.data as JobDataOf[JobRole], ctx);
      });
      if (r.released) return;
      await this.#record(leaseMs, () => this.#in.queue.boss.complete(role, job.id, { ...output, worker: this.#in.id, attempt }));
      line('done', summary(output));
    } catch (error) {
      if (r.released) return;
      const verdict = verdictFor(error);
      const record = failureRecord(error, { worker: this.#in.id, attempt });
      if (error instanceof TimeoutError) log.warn({ target }, `${role} job for ${target} ran out of its lease`);
      else log.warn({ err: error, target }, `${role} job for ${target}: ${describeError(error)}`);
      const boss = this.#in.queue.boss;
      if (verdict.kind === 'defer') {
        const s = this.#in.queue.settings;
        await this.#record(leaseMs, () => boss.send(role, job.data as object, { startAfter: verdict.until, retryLimit: job.retryLimit, retryDelay: s.retryDelaySeconds, retryBackoff: true, expireInSeconds: Number(job.expireInSeconds) }));
        await this.#record(leaseMs, () => boss.complete(role, job.id, { deferred: verdict.until.toISOString(), reason: verdict.reason, worker: this.#in.id, attempt }));
        line('deferred', `${verdict.reason}`);
      } else if (verdict.kind === 'fail') {
        await this.#record(leaseMs, () => this.#failNow(role, job.id, record));
        line('failed', `${verdict.reason} (not retryable; dead letter)`);
      } else {
        await this.#record(leaseMs, () => boss.fail(role, job.id, record));
        if (verdict.kind === 'release') {
          this.cannotRun ??= verdict.reason;
          line('released', `${verdict.reason} (this worker cannot run ${role} jobs; stopping)`);
          this.stop();
        } else if (job.retryCount >= job.retryLimit) line('failed', `${verdict.reason} (after ${attempt} attempts; dead letter)`);
        else line('retry', `${verdict.reason} (attempt ${attempt} of ${job.retryLimit + 1}; retried after a backoff)`);
      }
    }
  }

  /** Fails a job for good, whatever its retry limit: it becomes a dead letter at once. */
  async #failNow(role: JobRole, id: string, record: Record<string, unknown>): Promise<void> {
    // pg-boss retries while retry_count < retry_limit; closing that gap on this active job makes the next fail final.
    await this.#in.queue.sql(`UPDATE ${QUEUE_SCHEMA}.job SET retry_limit = retry_count WHERE name = $1 AND id = $2 AND state = 'active'`, [role, id]);
    await this.#in.queue.boss.fail(role, id, record);
  }

  /** Records an outcome, trying again while the database is away (a restart), for as long as the lease lasts. */
  async #record<T>(leaseMs: number, write: () => Promise<T>): Promise<void> {
    const until = Date.now() + Math.max(leaseMs, 5_000);
    for (let wait = 250; ; wait = Math.min(wait * 2, 5_000)) {
      try {
        await write();
        return;
      } catch (error) {
        if (Date.now() + wait > until) {
          this.#in.log.error({ err: error }, `could not record a job outcome in the queue (${describeError(error)}); the job's lease will expire and another worker runs it again`);
          return;
        }
        await sleep(wait);
      }
    }
  }

  /** After stop(): the grace period for jobs in flight, then the rest are released to other workers. */
  async #drain(): Promise<void> {
    const grace = this.#in.queue.settings.stopGraceMs;
    const all = Promise.all([...this.#running.values()].map((r) => r.done));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([all, new Promise<void>((resolve) => (timer = setTimeout(resolve, grace)))]);
    clearTimeout(timer);
    for (const r of this.#running.values()) {
      r.released = true;
      r.abort.abort();
      const record = { error: 'released: the worker was stopped before the job finished', kind: 'Released', retryable: true, worker: this.#in.id, attempt: r.job.retryCount + 1 };
      await this.#record(5_000, () => this.#in.queue.boss.fail(r.role, r.job.id, record));
      this.#in.onJob?.({ at: new Date().toISOString(), worker: this.#in.id, role: r.role, job: r.job.id, target: describeJob(r.role, r.job.data), outcome: 'released', attempt: r.job.retryCount + 1, ms: 0, detail: 'the worker stopped; another worker takes the job' });
    }
  }
}

/** A short summary of a job's output for its line. */
function summary(output: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const key of ['status', 'source', 'registrar', 'bundleId', 'outcome', 'deferred']) {
    const v = output[key];
    if (v !== undefined && v !== null && v !== '') parts.push(`${key} ${typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v)}`);
  }
  if (output.cached === true || output.reused === true) parts.push('(an earlier result reused)');
  return parts.join(', ');
}
