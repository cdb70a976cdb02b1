import {
  checkClaim,
  chooseClaims,
  claimOrder,
  countsOf,
  toClaimed,
  type ClaimedEntry,
  type FrontierBudget,
  type FrontierCounts,
  type FrontierEntry,
  type FrontierRow,
  type SharedFrontierRepository,
} from '../repositories/frontier-shared.js';
import { DB_NOW_MS } from './counters.js';
import { inTransaction, type Pool, type PoolClient } from './pool.js';

/**
 * The shared frontier on PostgreSQL. A claim locks the run's budget row (claims of one run take
 * turns, each a few short statements), takes rows with FOR UPDATE SKIP LOCKED (rows another
 * transaction is completing or releasing are passed over, never waited for) and charges the
 * budgets before it commits. Lease times are the database's clock, so workers' clocks do not matter.
 */
export class PostgresSharedFrontierRepository implements SharedFrontierRepository {
  readonly #pool: Pool;

  constructor(pool: Pool) {
    this.#pool = pool;
  }

  async setBudget(runId: number, budget: FrontierBudget): Promise<void> {
    await this.#pool.query(
      'INSERT INTO shared_frontier_budgets (run_id, max_pages, max_pages_per_site) VALUES ($1, $2, $3) ON CONFLICT (run_id) DO UPDATE SET max_pages = excluded.max_pages, max_pages_per_site = excluded.max_pages_per_site',
      [runId, budget.maxPages, budget.maxPagesPerSite],
    );
  }

  async enqueue(runId: number, entries: FrontierEntry[]): Promise<number> {
    if (entries.length === 0) return 0;
    const result = await this.#pool.query(
      `INSERT INTO shared_frontier (run_id, url, site, depth, source, label, from_hub, is_seed, priority)
       SELECT $1, u.url, u.site, u.depth, u.source, u.label, u.from_hub, u.is_seed, u.priority
       FROM unnest($2::text[], $3::text[], $4::bigint[], $5::text[], $6::text[], $7::bigint[], $8::bigint[], $9::bigint[])
         WITH ORDINALITY AS u(url, site, depth, source, label, from_hub, is_seed, priority, ord)
       ORDER BY u.ord
       ON CONFLICT (run_id, url) DO NOTHING`,
      [
        runId,
        entries.map((e) => e.url),
        entries.map((e) => e.site),
        entries.map((e) => e.depth),
        entries.map((e) => e.source),
        entries.map((e) => e.label),
        entries.map((e) => (e.fromHub ? 1 : 0)),
        entries.map((e) => (e.isSeed ? 1 : 0)),
        entries.map((e) => e.priority ?? 0),
      ],
    );
    return result.rowCount ?? 0;
  }

  async claim(runId: number, n: number, workerId: string, leaseMs: number): Promise<ClaimedEntry[]> {
    checkClaim(n, workerId, leaseMs);
    return inTransaction(this.#pool, async (c) => {
      await c.query('INSERT INTO shared_frontier_budgets (run_id) VALUES ($1) ON CONFLICT DO NOTHING', [runId]);
      const budget = (
        await c.query<{ max_pages: string | null; max_pages_per_site: string | null; charged: string; now: string }>(
          `SELECT max_pages, max_pages_per_site, charged, ${DB_NOW_MS} AS now FROM shared_frontier_budgets WHERE run_id = $1 FOR UPDATE`,
          [runId],
        )
      ).rows[0]!;
      const now = Number(budget.now);
      const until = now + leaseMs;
      const out = (
        await c.query<FrontierRow>(
          `UPDATE shared_frontier SET lease_owner = $2, lease_expires_ms = $3, attempts = attempts + 1
           WHERE id IN (SELECT id FROM shared_frontier WHERE run_id = $1 AND state = 'leased' AND lease_expires_ms <= $4 ORDER BY id LIMIT $5 FOR UPDATE SKIP LOCKED)
           RETURNING *`,
          [runId, workerId, until, now, n],
        )
      ).rows.map(toClaimed);
      const maxPerSite = budget.max_pages_per_site === null ? null : Number(budget.max_pages_per_site);
      let want = n - out.length;
      let runLeft = budget.max_pages === null ? Number.POSITIVE_INFINITY : Number(budget.max_pages) - Number(budget.charged);
      while (want > 0 && runLeft > 0) {
        const batch = (
          await c.query<{ id: string; site: string; is_seed: string }>(
            "SELECT id, site, is_seed FROM shared_frontier WHERE run_id = $1 AND state = 'queued' ORDER BY priority DESC, id LIMIT $2 FOR UPDATE SKIP LOCKED",
            [runId, Math.min(want, runLeft) + 32],
          )
        ).rows;
        if (batch.length === 0) break;
        const sites = [...new Set(batch.map((b) => b.site))];
        const charged = new Map(
          (await c.query<{ site: string; charged: string }>('SELECT site, charged FROM shared_frontier_sites WHERE run_id = $1 AND site = ANY($2::text[])', [runId, sites])).rows.map((r) => [r.site, Number(r.charged)]),
        );
        const chosen = chooseClaims(batch.map((b) => ({ id: Number(b.id), site: b.site, isSeed: b.is_seed === '1' })), want, runLeft, charged, maxPerSite);
        if (chosen.refuse.length > 0) await c.query("UPDATE shared_frontier SET state = 'refused' WHERE id = ANY($1::bigint[])", [chosen.refuse]);
        if (chosen.accept.length > 0) {
          const leased = await c.query<FrontierRow>(
            "UPDATE shared_frontier SET state = 'leased', lease_owner = $2, lease_expires_ms = $3, attempts = attempts + 1 WHERE id = ANY($1::bigint[]) RETURNING *",
            [chosen.accept, workerId, until],
          );
          out.push(...leased.rows.map(toClaimed));
          await charge(c, runId, chosen.charges, 1);
        }
        want -= chosen.accept.length;
        runLeft -= chosen.accept.length;
      }
      return out.sort(claimOrder);
    });
  }

  async complete(runId: number, url: string, workerId: string): Promise<boolean> {
    const result = await this.#pool.query(
      "UPDATE shared_frontier SET state = 'done', lease_owner = NULL, lease_expires_ms = NULL WHERE run_id = $1 AND url = $2 AND state = 'leased' AND lease_owner = $3",
      [runId, url, workerId],
    );
    return result.rowCount === 1;
  }

  async release(runId: number, url: string, workerId: string): Promise<boolean> {
    return inTransaction(this.#pool, async (c) => {
      await lockBudget(c, runId);
      const rows = (
        await c.query<{ site: string }>(
          "UPDATE shared_frontier SET state = 'queued', lease_owner = NULL, lease_expires_ms = NULL WHERE run_id = $1 AND url = $2 AND state = 'leased' AND lease_owner = $3 RETURNING site",
          [runId, url, workerId],
        )
      ).rows;
      await charge(c, runId, tally(rows.map((r) => r.site)), -1);
      return rows.length === 1;
    });
  }

  async reclaimExpired(runId: number): Promise<number> {
    return inTransaction(this.#pool, async (c) => {
      await lockBudget(c, runId);
      const rows = (
        await c.query<{ site: string }>(
          `UPDATE shared_frontier SET state = 'queued', lease_owner = NULL, lease_expires_ms = NULL
           WHERE id IN (SELECT id FROM shared_frontier WHERE run_id = $1 AND state = 'leased' AND lease_expires_ms <= ${DB_NOW_MS} FOR UPDATE SKIP LOCKED)
           RETURNING site`,
          [runId],
        )
      ).rows;
      await charge(c, runId, tally(rows.map((r) => r.site)), -1);
      return rows.length;
    });
  }

  async counts(runId: number): Promise<FrontierCounts> {
    const rows = (await this.#pool.query<{ state: string; n: string }>('SELECT state, COUNT(*) AS n FROM shared_frontier WHERE run_id = $1 GROUP BY state', [runId])).rows;
    return countsOf(rows);
  }
}

/** Takes the run's budget row lock first, as a claim does, so budget changes never interleave. */
async function lockBudget(c: PoolClient, runId: number): Promise<void> {
  await c.query('SELECT 1 FROM shared_frontier_budgets WHERE run_id = $1 FOR UPDATE', [runId]);
}

function tally(sites: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sites) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}

/** Adds (sign 1) or removes (sign -1) budget charges: per site and for the run. */
async function charge(c: PoolClient, runId: number, charges: ReadonlyMap<string, number>, sign: 1 | -1): Promise<void> {
  if (charges.size === 0) return;
  const sites = [...charges.keys()];
  const amounts = sites.map((s) => sign * charges.get(s)!);
  await c.query(
    `INSERT INTO shared_frontier_sites AS s (run_id, site, charged) SELECT $1, * FROM unnest($2::text[], $3::bigint[])
     ON CONFLICT (run_id, site) DO UPDATE SET charged = s.charged + excluded.charged`,
    [runId, sites, amounts],
  );
  await c.query('UPDATE shared_frontier_budgets SET charged = charged + $2 WHERE run_id = $1', [runId, amounts.reduce((a, b) => a + b, 0)]);
}
