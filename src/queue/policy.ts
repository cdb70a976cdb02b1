import { DijkwachtError, SetupError, UsageError, describeError, errorDetail } from '../core/errors.js';

/**
 * A job that cannot run now and must not count as failed: a daily budget is spent. It is queued
 * again to start at `until`, and this attempt completes as "deferred".
 */
export class DeferJobError extends DijkwachtError {
  readonly until: Date;

  constructor(message: string, until: Date) {
    super(message, { retryable: false });
    this.until = until;
  }
}

/**
 * What a worker does with a job that threw:
 * - `retry`: the error says trying again may succeed (network, remote service, timeout, storage) or is
 *   not ours (an unexpected error): pg-boss retries it with backoff until its retry limit, then it is
 *   a dead letter;
 * - `fail`: the error says trying again cannot help (a refused target, bad job data): the job fails at
 *   once and is a dead letter;
 * - `defer`: see DeferJobError;
 * - `release`: this worker cannot run such jobs at all (missing keys, browser, store settings): the
 *   job goes back for another worker and this worker stops.
 */
export type Verdict = { kind: 'retry' | 'fail' | 'release'; reason: string } | { kind: 'defer'; reason: string; until: Date };

export function verdictFor(error: unknown): Verdict {
  const reason = describeError(error);
  if (error instanceof DeferJobError) return { kind: 'defer', reason, until: error.until };
  if (error instanceof SetupError) return { kind: 'release', reason };
  if (error instanceof UsageError) return { kind: 'fail', reason };
  if (error instanceof DijkwachtError) return { kind: error.retryable ? 'retry' : 'fail', reason };
  return { kind: 'retry', reason };
}

/** The failure as stored with the job (and its dead letter): one sentence, the error class, the cause chain. Never a stack. */
export function failureRecord(error: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    error: describeError(error),
    kind: error instanceof Error ? error.name : typeof error,
    retryable: error instanceof DijkwachtError ? error.retryable : null,
    detail: errorDetail(error).slice(1),
    ...extra,
  };
}
