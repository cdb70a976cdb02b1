import { DijkwachtError, describeError, TimeoutError, withTimeout } from '../core/errors.js';
import { utcNow } from '../core/time.js';
import type { StepRecord } from '../evidence/manifest.js';
import type { Logger } from '../log/index.js';

export interface StepOptions {
  timeoutMs: number;
  /** A required step failing makes the capture FAILED; an optional one makes it PARTIAL. */
  required?: boolean;
}

/**
 * Runs capture steps with a name, a deadline and a recorded outcome. A failing step never throws,
 * except for run-stopping errors (a storage error: the bundle is abandoned, not finished with a hole).
 * A step that runs out of time leaves its work behind (a wedged renderer does not answer); once the
 * capture's own deadline has passed the runner is frozen, so late results never change the record.
 */
export class StepRunner {
  readonly records: StepRecord[];
  readonly #log: Logger;
  #frozen = false;
  /** The first step that ran out of time, if any. */
  timedOut: string | null = null;
  /** The step running now, if any. */
  current: string | null = null;

  constructor(log: Logger, records: StepRecord[] = []) {
    this.#log = log;
    this.records = records;
  }

  /** A runner for one part of the capture (the browser session) that records into the same list and can be cut on its own. */
  fork(): StepRunner {
    return new StepRunner(this.#log, this.records);
  }

  async run<T>(name: string, options: StepOptions, fn: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    const startedAt = utcNow();
    const t0 = performance.now();
    const record = (outcome: StepRecord['outcome'], detail: string | null): void => {
      if (this.#frozen) return;
      this.records.push({ name, required: options.required ?? false, outcome, startedAt, durationMs: Math.round(performance.now() - t0), timeoutMs: options.timeoutMs, detail });
    };
    this.current = name;
    try {
      const value = await withTimeout(`step "${name}"`, options.timeoutMs, fn);
      record('OK', null);
      return value;
    } catch (error) {
      // A full disk or an unusable store stops the run (and the bundle): never a PARTIAL bundle with a hole.
      if (error instanceof DijkwachtError && error.scope === 'run') {
        record('FAILED', describeError(error));
        throw error;
      }
      if (error instanceof TimeoutError && !this.#frozen) this.timedOut ??= name;
      const detail = describeError(error);
      record('FAILED', detail);
      if (!this.#frozen) this.#log.warn({ step: name, err: error }, `step ${name} failed: ${detail}`);
      return undefined;
    } finally {
      if (this.current === name) this.current = null;
    }
  }

  skip(name: string, reason: string): void {
    if (this.#frozen) return;
    this.records.push({ name, required: false, outcome: 'SKIPPED', startedAt: utcNow(), durationMs: 0, timeoutMs: 0, detail: reason });
  }

  /** Records a step that was cut by the capture deadline, and ignores everything this runner records after it. */
  cut(name: string, deadlineMs: number): void {
    this.records.push({ name, required: true, outcome: 'FAILED', startedAt: utcNow(), durationMs: deadlineMs, timeoutMs: deadlineMs, detail: `the capture deadline of ${deadlineMs} ms passed while the browser was at this step; the browser was recycled` });
    this.timedOut ??= name;
    this.#frozen = true;
  }

  failed(): StepRecord[] {
    return this.records.filter((r) => r.outcome === 'FAILED');
  }
}
