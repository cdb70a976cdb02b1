import { UsageError } from '../../core/errors.js';
import type { Catalog } from '../catalog.js';

export interface TakeOptions {
  /** Units to take at once (default 1). */
  amount?: number;
  /** The moment to count in, epoch ms (default: now; PostgreSQL uses the database's clock). */
  atMs?: number;
}

/**
 * Limits that hold across processes, kept in the catalog (migration 13) instead of process memory.
 * Every call is one SQL statement, so two workers can never both take the last unit.
 */
export interface CountersRepository {
  /**
   * Takes `amount` units of the budget `name` in the current fixed window of `windowMs` (windows
   * start at multiples of `windowMs` since the epoch: 86_400_000 is the UTC day). True when taken;
   * false, and nothing counted, when that would exceed `limit`.
   */
  take(name: string, windowMs: number, limit: number, options?: TakeOptions): Promise<boolean>;
  /** Units taken so far in the current window of `name`. */
  used(name: string, windowMs: number, options?: { atMs?: number }): Promise<number>;
  /**
   * Reserves the next turn of `name` (e.g. a host), at least `intervalMs` after the previous turn;
   * returns how many ms to wait before acting (0: act now). Politeness delays across workers.
   */
  reserveSlot(name: string, intervalMs: number, options?: { atMs?: number }): Promise<number>;
  /** Removes counter windows that started before `beforeMs` (pass now minus the longest window); returns how many went. */
  prune(beforeMs: number): Promise<number>;
}

/** Checks the arguments every backend gets. */
export function checkTake(name: string, windowMs: number, limit: number, amount: number): void {
  if (!name) throw new UsageError('A counter needs a name.');
  if (!Number.isSafeInteger(windowMs) || windowMs < 1) throw new UsageError(`A counter window must be a whole number of ms ≥ 1, not ${windowMs}.`);
  if (!Number.isSafeInteger(limit)) throw new UsageError(`A counter limit must be a whole number, not ${limit}.`);
  if (!Number.isSafeInteger(amount) || amount < 1) throw new UsageError(`A counter amount must be a whole number ≥ 1, not ${amount}.`);
}

export const windowStart = (atMs: number, windowMs: number): number => Math.floor(atMs / windowMs) * windowMs;

export class SqliteCountersRepository implements CountersRepository {
  readonly #catalog: Catalog;

  constructor(catalog: Catalog) {
    this.#catalog = catalog;
  }

  async take(name: string, windowMs: number, limit: number, options: TakeOptions = {}): Promise<boolean> {
    const amount = options.amount ?? 1;
    checkTake(name, windowMs, limit, amount);
    if (amount > limit) return false;
    const start = windowStart(options.atMs ?? Date.now(), windowMs);
    const row = this.#catalog
      .stmt(
        `INSERT INTO counters (name, window_start_ms, count) VALUES (?, ?, ?)
         ON CONFLICT (name, window_start_ms) DO UPDATE SET count = count + excluded.count WHERE count + excluded.count <= ?
         RETURNING count`,
      )
      .get(name, start, amount, limit);
    return row !== undefined;
  }

  async used(name: string, windowMs: number, options: { atMs?: number } = {}): Promise<number> {
    const start = windowStart(options.atMs ?? Date.now(), windowMs);
    const row = this.#catalog.stmt('SELECT count FROM counters WHERE name = ? AND window_start_ms = ?').get(name, start) as { count: number } | undefined;
    return row?.count ?? 0;
  }

  async reserveSlot(name: string, intervalMs: number, options: { atMs?: number } = {}): Promise<number> {
    if (!Number.isSafeInteger(intervalMs) || intervalMs < 0) throw new UsageError(`A politeness interval must be a whole number of ms ≥ 0, not ${intervalMs}.`);
    const now = options.atMs ?? Date.now();
    const row = this.#catalog
      .stmt(
        `INSERT INTO rate_slots (name, next_at_ms) VALUES (?, ? + ?)
         ON CONFLICT (name) DO UPDATE SET next_at_ms = max(next_at_ms, ?) + ?
         RETURNING next_at_ms`,
      )
      .get(name, now, intervalMs, now, intervalMs) as { next_at_ms: number };
    return row.next_at_ms - intervalMs - now;
  }

  async prune(beforeMs: number): Promise<number> {
    return this.#catalog.stmt('DELETE FROM counters WHERE window_start_ms < ?').run(beforeMs).changes;
  }
}
