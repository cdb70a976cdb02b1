import type { Sql } from './connect.js';

/** Limits shared by every worker live in this schema of the catalog database, never in process memory. */
export const LIMITS_SCHEMA = 'dijkwacht_limits';

const DDL = `
  BEGIN;
  SELECT pg_advisory_xact_lock(hashtext('${LIMITS_SCHEMA}'));
  CREATE SCHEMA IF NOT EXISTS ${LIMITS_SCHEMA};
  CREATE TABLE IF NOT EXISTS ${LIMITS_SCHEMA}.counters (
    name text NOT NULL,
    window_key text NOT NULL,
    count integer NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (name, window_key)
  );
  CREATE TABLE IF NOT EXISTS ${LIMITS_SCHEMA}.turns (
    key text PRIMARY KEY,
    next_at timestamptz NOT NULL
  );
  ALTER TABLE ${LIMITS_SCHEMA}.turns ADD COLUMN IF NOT EXISTS holder text;
  ALTER TABLE ${LIMITS_SCHEMA}.turns ADD COLUMN IF NOT EXISTS holder_until timestamptz;
  ALTER TABLE ${LIMITS_SCHEMA}.turns ADD COLUMN IF NOT EXISTS last_sent timestamptz;
  COMMIT;
`;

/** Creates the limit tables when missing (under an advisory lock: workers may start together). */
export async function ensureLimitsSchema(sql: Sql): Promise<void> {
  await sql(DDL);
}

/** The politeness key of a host (a name or an address): crawl fetches and captures of one host take their turns at it. */
export function hostKey(host: string): string {
  return `host:${host.toLowerCase()}`;
}

/**
 * The interval turns at one host are booked with: the politeness delay plus 10% (at most 100 ms).
 * A turn is the moment a request may leave; the margin absorbs the few milliseconds between that
 * moment and the request reaching the host (timers, the egress proxy), so two arrivals at the host
 * are never closer than the delay itself.
 */
export function politeInterval(delayMs: number): number {
  return delayMs <= 0 ? 0 : delayMs + Math.min(100, Math.ceil(delayMs * 0.1));
}

/** The UTC day of `at` (YYYY-MM-DD): the window of daily budgets. */
export function utcDay(at: Date = new Date()): string {
  return at.toISOString().slice(0, 10);
}

/** The next UTC midnight after `at`: when a daily budget is fresh again. */
export function nextUtcMidnight(at: Date = new Date()): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() + 1));
}

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

/**
 * Atomic counters and turn-taking in the shared database, each one SQL statement, so that any
 * number of workers on any number of machines together stay within a budget or a politeness delay.
 */
export class SharedLimits {
  readonly #sql: Sql;

  constructor(sql: Sql) {
    this.#sql = sql;
  }

  /** Takes one unit of `name` in `windowKey` when fewer than `limit` are taken; false when the budget is spent. */
  async take(name: string, windowKey: string, limit: number): Promise<boolean> {
    if (limit <= 0) return false;
    const { rows } = await this.#sql(
      `INSERT INTO ${LIMITS_SCHEMA}.counters AS c (name, window_key, count) VALUES ($1, $2, 1)
       ON CONFLICT (name, window_key) DO UPDATE SET count = c.count + 1, updated_at = now() WHERE c.count < $3
       RETURNING c.count`,
      [name, windowKey, limit],
    );
    return rows.length === 1;
  }

  /** Returns one unit taken but not used (never below zero). */
  async giveBack(name: string, windowKey: string): Promise<void> {
    await this.#sql(`UPDATE ${LIMITS_SCHEMA}.counters SET count = count - 1, updated_at = now() WHERE name = $1 AND window_key = $2 AND count > 0`, [name, windowKey]);
  }

  /** Units taken of `name` in `windowKey`. */
  async used(name: string, windowKey: string): Promise<number> {
    const { rows } = await this.#sql(`SELECT count FROM ${LIMITS_SCHEMA}.counters WHERE name = $1 AND window_key = $2`, [name, windowKey]);
    return Number(rows[0]?.count ?? 0);
  }

  /**
   * Waits for this caller's turn at `key`: turns are handed out `intervalMs` apart across all workers
   * (each call books the next free turn in one statement), so two starts at one host are never closer
   * than the interval. Returns the milliseconds waited.
   */
  async waitTurn(key: string, intervalMs: number, signal?: AbortSignal): Promise<number> {
    if (intervalMs <= 0) return 0;
    const { rows } = await this.#sql(
      `INSERT INTO ${LIMITS_SCHEMA}.turns AS t (key, next_at) VALUES ($1, clock_timestamp() + $2 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET next_at = GREATEST(t.next_at, clock_timestamp()) + $2 * interval '1 millisecond'
       RETURNING GREATEST(0, EXTRACT(EPOCH FROM (t.next_at - clock_timestamp())) * 1000 - $2)::float8 AS wait_ms`,
      [key, intervalMs],
    );
    const waitMs = Math.ceil(Number(rows[0]?.wait_ms ?? 0));
    await sleep(waitMs, signal);
    return waitMs;
  }

  /**
   * Holds `key` (a host) for one request: waits until no other request holds it and the last one
   * was sent at least `intervalMs` ago, across all workers; the returned release marks the request
   * sent. Released after the request has left, the next one is spaced from the moment this one
   * really went out, not from when it was allowed to, so a sender delayed between its turn and the
   * wire (a busy event loop) never brings two requests closer than the interval. A holder that dies
   * loses the hold after `holdMs`.
   */
  async holdTurn(key: string, intervalMs: number, holdMs = 30_000, signal?: AbortSignal): Promise<() => Promise<void>> {
    if (intervalMs <= 0) return async () => undefined;
    const holder = `${process.pid}:${Math.random().toString(36).slice(2)}`;
    for (;;) {
      const { rows } = await this.#sql(
        `INSERT INTO ${LIMITS_SCHEMA}.turns AS t (key, next_at, holder, holder_until) VALUES ($1, clock_timestamp(), $2, clock_timestamp() + $3 * interval '1 millisecond')
         ON CONFLICT (key) DO UPDATE SET holder = $2, holder_until = clock_timestamp() + $3 * interval '1 millisecond'
           WHERE (t.holder IS NULL OR t.holder_until < clock_timestamp()) AND (t.last_sent IS NULL OR t.last_sent + $4 * interval '1 millisecond' <= clock_timestamp())
         RETURNING 0::float8 AS wait_ms`,
        [key, holder, holdMs, intervalMs],
      );
      if (rows.length === 1) break;
      if (signal?.aborted) throw new Error(`gave up waiting for ${key}`);
      const { rows: state } = await this.#sql(
        `SELECT CASE WHEN holder IS NOT NULL AND holder_until >= clock_timestamp() THEN 20
                ELSE GREATEST(1, EXTRACT(EPOCH FROM (last_sent + $2 * interval '1 millisecond' - clock_timestamp())) * 1000) END::float8 AS wait_ms
         FROM ${LIMITS_SCHEMA}.turns WHERE key = $1`,
        [key, intervalMs],
      );
      await sleep(Math.min(1000, Math.ceil(Number(state[0]?.wait_ms ?? 20))), signal);
    }
    let released = false;
    return async () => {
      if (released) return;
      released = true;
      await this.#sql(`UPDATE ${LIMITS_SCHEMA}.turns SET holder = NULL, holder_until = NULL, last_sent = clock_timestamp() WHERE key = $1 AND holder = $2`, [key, holder]);
    };
  }
}
