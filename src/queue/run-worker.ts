import { hostname } from 'node:os';
import { UsageError, describeError } from '../core/errors.js';
import { logger } from '../log/index.js';
import type { Options } from '../options/index.js';
import { connectQueue } from './connect.js';
import type { Roles } from './handler.js';
import type { JobRole } from './jobs.js';
import { QueueWorker, type JobLine } from './worker.js';

export interface RunWorkerInput {
  options: Options;
  roles: JobRole[];
  concurrency: number;
  /** Aborted on SIGINT/SIGTERM: the worker stops taking jobs, finishes or releases those in flight. */
  signal: AbortSignal;
  onJob?: (line: JobLine) => void;
  /** Called once the worker is connected and taking jobs. */
  onReady?: (info: { id: string; where: string }) => void;
}

export interface WorkerResult {
  id: string;
  /** Why the worker stopped by itself (it cannot run a role's jobs), or null after a signal. */
  cannotRun: string | null;
}

/** The handlers of the chosen roles, each loaded only when chosen (capture brings the browser stack, crawl the crawler). */
async function loadRoles(options: Options, roles: JobRole[]): Promise<Roles> {
  const out: Roles = {};
  if (roles.includes('crawl')) out.crawl = (await import('./roles/crawl.js')).crawlRole(options);
  if (roles.includes('lookup')) out.lookup = (await import('./roles/lookup.js')).lookupRole(options);
  if (roles.includes('capture')) out.capture = (await import('./roles/capture.js')).captureRole(options);
  if (roles.includes('recheck')) out.recheck = (await import('./roles/recheck.js')).recheckRole(options);
  return out;
}

/** `dijkwacht worker`: connects to the shared queue and works the chosen roles until `signal` aborts. */
export async function runWorker(input: RunWorkerInput): Promise<WorkerResult> {
  if (!Number.isInteger(input.concurrency) || input.concurrency < 1 || input.concurrency > 256) throw new UsageError(`--concurrency must be a whole number from 1 to 256, not ${input.concurrency}.`);
  const id = `${hostname()}:${process.pid}`;
  const log = logger('queue').child({ worker: id });
  let lastError = 0;
  const queue = await connectQueue(input.options, {
    worker: true,
    poolSize: input.concurrency + 4,
    onError: (error) => {
      // The database may be restarting: say so, but not for every poll.
      if (Date.now() - lastError < 5_000) return;
      lastError = Date.now();
      log.warn({ err: error }, `queue database: ${describeError(error)}`);
    },
  });
  const handlers = await loadRoles(input.options, input.roles);
  const worker = new QueueWorker({ queue, roles: input.roles, handlers, concurrency: input.concurrency, options: input.options, id, log, onJob: input.onJob });
  const stop = (): void => worker.stop();
  if (input.signal.aborted) stop();
  else input.signal.addEventListener('abort', stop, { once: true });
  input.onReady?.({ id, where: queue.where });
  try {
    await worker.run();
  } finally {
    input.signal.removeEventListener('abort', stop);
    for (const role of Object.values(handlers)) await role.close?.();
    await queue.close();
  }
  return { id, cannotRun: worker.cannotRun };
}
