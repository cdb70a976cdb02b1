import { UsageError } from '../../core/errors.js';
import { checkTake, type CountersRepository, type TakeOptions } from '../repositories/counters.js';
import type { Pool } from './pool.js';

/** Epoch ms by the database's clock, so that workers on machines with skewed clocks agree. */
export const DB_NOW_MS = '(extract(epoch from now()) * 1000)::bigint';

/** CountersRepository on the shared PostgreSQL catalog: each call is one statement. */
export class PostgresCountersRepository implements CountersRepository {
  readonly #pool: Pool;

  constructor(pool: Pool) {
    this.#pool = pool;
  }

  async take(name: string, windowMs: number, limit: number, options: TakeOptions = {}): Promise<boolean> {
    const amount = options.amount ?? 1;
    checkTake(name, windowMs, limit, amount);
    if (amount > limit) return false;
    const at = options.atMs ?? null;
    const result = await this.#pool.query(
      `INSERT INTO counters AS c (name, window_start_ms, count)
       VALUES ($1, (COALESCE($2::bigint, ${DB_NOW_MS}) / $3::bigint) * $3::bigint, $4)
       ON CONFLICT (name, window_start_ms) DO UPDATE SET count = c.count + excluded.count WHERE c.count + excluded.count <= $5
       RETURNING c.count`,
      [name, at, windowMs, amount, limit],
    );
    return result.rowCount === 1;
  }

  async used(name: string, windowMs: number, options: { atMs?: number } = {}): Promise<number> {
    const result = await this.#pool.query<{ count: string }>(
      `SELECT count FROM counters WHERE name = $1 AND window_start_ms = (COALESCE($2::bigint, ${DB_NOW_MS}) / $3::bigint) * $3::bigint`,
      [name, options.atMs ?? null, windowMs],
    );
    return Number(result.rows[0]?.count ?? 0);
  }

  async reserveSlot(name: string, intervalMs: number, options: { atMs?: number } = {}): Promise<number> {
    if (!Number.isSafeInteger(intervalMs) || intervalMs < 0) throw new UsageError(`A politeness interval must be a whole number of ms ≥ 0, not ${intervalMs}.`);
    const result = await this.#pool.query<{ wait: string }>(
      `WITH now AS (SELECT COALESCE($2::bigint, ${DB_NOW_MS}) AS ms)
       INSERT INTO rate_slots AS s (name, next_at_ms) SELECT $1, now.ms + $3::bigint FROM now
       ON CONFLICT (name) DO UPDATE SET next_at_ms = GREATEST(s.next_at_ms, (SELECT ms FROM now)) + $3::bigint
       RETURNING s.next_at_ms - $3::bigint - (SELECT ms FROM now) AS wait`,
      [name, options.atMs ?? null, intervalMs],
    );
    return Number(result.rows[0]?.wait ?? 0);
  }

  async prune(beforeMs: number): Promise<number> {
    return (await this.#pool.query('DELETE FROM counters WHERE window_start_ms < $1', [beforeMs])).rowCount ?? 0;
  }
}
