import { DijkwachtError, describeError, TimeoutError, withTimeout } from '../core/errors.js';
import { utcNow } from '../core/time.js';
import type { StepRecord } from '../evidence/manifest.js';
import type { Logger } from '../log/index.js';

export interface StepOptions {
  timeoutMs: number;
  /** A required step failing makes the capture FAILED; an optional one makes it PARTIAL. */
  required?: boolean;
  /** A place in the record order taken earlier with `reserve`, for steps that start later than their turn. */
  seq?: number;
}

/** Where each record stands in the order the steps started, shared by a runner and its forks. */
interface StartOrder {
  next: number;
  of: WeakMap<StepRecord, number>;
}

/**
 * Runs capture steps with a name, a deadline and a recorded outcome. A failing step never throws,
 * except for run-stopping errors (a storage error: the bundle is abandoned, not finished with a hole).
 * A step that runs out of time leaves its work behind (a wedged renderer does not answer); once the
 * capture's own deadline has passed the runner is frozen, so late results never change the record.
 * Steps may run at the same time; the records stay in the order the steps started, whichever ends first.
 */
export class StepRunner {
  readonly records: StepRecord[];
  readonly #log: Logger;
  readonly #order: StartOrder;
  #frozen = false;
  /** The first step that ran out of time, if any. */
  timedOut: string | null = null;
  /** The step running now, if any. */
  current: string | null = null;

  constructor(log: Logger, records: StepRecord[] = [], order: StartOrder = { next: 0, of: new WeakMap() }) {
    this.#log = log;
    this.records = records;
    this.#order = order;
  }

  /** A runner for one part of the capture (the browser session) that records into the same list and can be cut on its own. */
  fork(): StepRunner {
    return new StepRunner(this.#log, this.records, this.#order);
  }

  /** Adds a record at its place in start order (`seq`: when its step started). */
  #add(record: StepRecord, seq = this.#order.next++): void {
    this.#order.of.set(record, seq);
    let at = this.records.length;
    while (at > 0 && (this.#order.of.get(this.records[at - 1]!) ?? -1) > seq) at--;
    this.records.splice(at, 0, record);
  }

  /** Takes `count` consecutive places in the record order, for steps started later (pass one as `seq`). */
  reserve(count: number): number {
    const first = this.#order.next;
    this.#order.next += count;
    return first;
  }

  async run<T>(name: string, options: StepOptions, fn: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    const startedAt = utcNow();
    const t0 = performance.now();
    const seq = options.seq ?? this.#order.next++;
    const record = (outcome: StepRecord['outcome'], detail: string | null): void => {
      if (this.#frozen) return;
      this.#add({ name, required: options.required ?? false, outcome, startedAt, durationMs: Math.round(performance.now() - t0), timeoutMs: options.timeoutMs, detail }, seq);
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
    this.#add({ name, required: false, outcome: 'SKIPPED', startedAt: utcNow(), durationMs: 0, timeoutMs: 0, detail: reason });
  }

  /** Records a step that was cut by the capture deadline, and ignores everything this runner records after it. */
  cut(name: string, deadlineMs: number): void {
    this.#add({ name, required: true, outcome: 'FAILED', startedAt: utcNow(), durationMs: deadlineMs, timeoutMs: deadlineMs, detail: `the capture deadline of ${deadlineMs} ms passed while the browser was at this step; the browser was recycled` });
    this.timedOut ??= name;
    this.#frozen = true;
  }

  failed(): StepRecord[] {
    return this.records.filter((r) => r.outcome === 'FAILED');
  }
}
