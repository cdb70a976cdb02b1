import type { Options } from '../options/index.js';
import type { JobRole } from './jobs.js';

/** Tunables of the job queue, from the options module (queue* options). */
export interface QueueSettings {
  /** Lease of one job per role: a job not completed within it is failed by timeout and handed to another worker. */
  leaseSeconds: Record<JobRole, number>;
  /** Attempts after the first for retryable failures (an expired lease counts as one). */
  retryLimit: number;
  /** First retry delay; doubled on each further retry, with jitter (pg-boss retryBackoff). */
  retryDelaySeconds: number;
  /** How often an idle worker asks for new jobs. */
  pollMs: number;
  /** On SIGINT/SIGTERM, how long jobs in flight may take to finish before they are released. */
  stopGraceMs: number;
}

export type QueueOptions = Pick<Options, 'queueLeaseSeconds' | 'queueCrawlLeaseSeconds' | 'queueLookupLeaseSeconds' | 'queueCaptureLeaseSeconds' | 'queueRecheckLeaseSeconds' | 'queueRetryLimit' | 'queueRetryDelaySeconds' | 'queuePollMs' | 'queueStopGraceMs'>;

/** The queue's tunables. queueLeaseSeconds, when set, is the lease of every role. */
export function queueSettings(o: QueueOptions): QueueSettings {
  const all = o.queueLeaseSeconds;
  return {
    leaseSeconds: { crawl: all ?? o.queueCrawlLeaseSeconds, lookup: all ?? o.queueLookupLeaseSeconds, capture: all ?? o.queueCaptureLeaseSeconds, recheck: all ?? o.queueRecheckLeaseSeconds },
    retryLimit: o.queueRetryLimit,
    retryDelaySeconds: o.queueRetryDelaySeconds,
    pollMs: o.queuePollMs,
    stopGraceMs: o.queueStopGraceMs,
  };
}

/** How often a worker runs pg-boss maintenance (which expires leases): often enough for the shortest lease. */
export function maintenanceSeconds(s: QueueSettings): number {
  const shortest = Math.min(...Object.values(s.leaseSeconds));
  return Math.max(1, Math.min(60, Math.floor(shortest / 2)));
}
