import { describeError, withTimeout } from '../core/errors.js';
import { utcNow } from '../core/time.js';
import type { StepRecord } from '../evidence/manifest.js';
import type { Logger } from '../log/index.js';

export interface StepOptions {
  timeoutMs: number;
  /** A required step failing makes the capture FAILED; an optional one makes it PARTIAL. */
  required?: boolean;
}

/** Runs capture steps with a name, a deadline and a recorded outcome. A failing step never throws. */
export class StepRunner {
  readonly records: StepRecord[] = [];
  readonly #log: Logger;

  constructor(log: Logger) {
    this.#log = log;
  }

  async run<T>(name: string, options: StepOptions, fn: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    const startedAt = utcNow();
    const t0 = performance.now();
    const record = (outcome: StepRecord['outcome'], detail: string | null): void => {
      this.records.push({ name, required: options.required ?? false, outcome, startedAt, durationMs: Math.round(performance.now() - t0), timeoutMs: options.timeoutMs, detail });
    };
    try {
      const value = await withTimeout(`step "${name}"`, options.timeoutMs, fn);
      record('OK', null);
      return value;
    } catch (error) {
      const detail = describeError(error);
      record('FAILED', detail);
      this.#log.warn({ step: name, err: error }, `step ${name} failed: ${detail}`);
      return undefined;
    }
  }


  skip(name: string, reason: string): void {
    this.records.push({ name, required: false, outcome: 'SKIPPED', startedAt: utcNow(), durationMs: 0, timeoutMs: 0, detail: reason });
  }

  failed(): StepRecord[] {
    return this.records.filter((r) => r.outcome === 'FAILED');
  }
}
