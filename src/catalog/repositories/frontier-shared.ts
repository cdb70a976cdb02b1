import { UsageError } from '../../core/errors.js';
import type { Catalog } from '../catalog.js';

/**
 * The crawl frontier shared by several workers (migration 13). Today's in-process Frontier
 * (src/discover/frontier.ts) keeps its semantics here, with the counting moved into the catalog:
 *
 * - a URL is in a run's frontier once (enqueue is idempotent);
 * - the run's page budget counts URLs handed out (claimed and not released): URLs over it stay
 *   queued, as today's deferred URLs, and a larger budget (setBudget, e.g. on resume) hands them out;
 * - the per-site budget counts a site's URLs handed out; seeds ignore it but count towards it; a
 *   non-seed URL of a full site is refused for good, as today;
 * - a claim is a lease: a worker that dies loses nothing, its lease expires and the URL goes to
 *   the next claimer (already counted: it is the same URL). `release` gives a URL back unfetched.
 *
 * Every budget check and charge happens inside the claim's transaction, under the run's budget row
 * lock, so concurrent claimers never exceed a budget.
 */
export interface FrontierEntry {
  url: string;
  /** Registrable domain: what the per-site budget counts. */
  site: string;
  depth: number;
  source: 'search' | 'seed' | 'link';
  label: string | null;
  fromHub: boolean;
  isSeed: boolean;
  /** Higher first (e.g. sites the model reads as likely services); then in the order enqueued. */
  priority?: number;
}

export interface ClaimedEntry extends Required<FrontierEntry> {
  id: number;
  /** How many times this URL was handed out (2+: an earlier lease expired or was released). */
  attempts: number;
  leaseExpiresMs: number;
}

export interface FrontierBudget {
  maxPages: number | null;
  maxPagesPerSite: number | null;
}

export interface FrontierCounts {
  queued: number;
  leased: number;
  done: number;
  refused: number;
  /** URLs charged to the run's page budget (leased + done). */
  charged: number;
}

export interface SharedFrontierRepository {
  /** Sets (or raises, or lowers) the run's budgets; null is unlimited. */
  setBudget(runId: number, budget: FrontierBudget): Promise<void>;
  /** Adds URLs not yet in the run's frontier; returns how many were new. */
  enqueue(runId: number, entries: FrontierEntry[]): Promise<number>;
  /** Hands out up to `n` URLs to `workerId` for `leaseMs`: expired leases first, then queued URLs within budget. */
  claim(runId: number, n: number, workerId: string, leaseMs: number): Promise<ClaimedEntry[]>;
  /** Marks a URL done; false when `workerId` no longer holds its lease (another worker took it over). */
  complete(runId: number, url: string, workerId: string): Promise<boolean>;
  /** Gives a leased URL back unfetched (shutdown): queued again, its budget charge undone. */
  release(runId: number, url: string, workerId: string): Promise<boolean>;
  /** Puts every expired lease of the run back in the queue (charges undone); returns how many. */
  reclaimExpired(runId: number): Promise<number>;
  counts(runId: number): Promise<FrontierCounts>;
}

export interface Candidate {
  id: number;
  site: string;
  isSeed: boolean;
}

/**
 * Which of the queued candidates (in claim order) a claim takes, which it refuses for good (their
 * site is full), and how many each site is charged. Both backends decide with this.
 */
export function chooseClaims(candidates: Candidate[], want: number, runLeft: number, siteCharged: ReadonlyMap<string, number>, maxPerSite: number | null): { accept: number[]; refuse: number[]; charges: Map<string, number> } {
  const accept: number[] = [];
  const refuse: number[] = [];
  const charges = new Map<string, number>();
  for (const c of candidates) {
    if (accept.length >= want || accept.length >= runLeft) break;
    const charged = (siteCharged.get(c.site) ?? 0) + (charges.get(c.site) ?? 0);
    if (!c.isSeed && maxPerSite !== null && charged >= maxPerSite) {
      refuse.push(c.id);
      continue;
    }
    accept.push(c.id);
    charges.set(c.site, (charges.get(c.site) ?? 0) + 1);
  }
  return { accept, refuse, charges };
}

export function checkClaim(n: number, workerId: string, leaseMs: number): void {
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`A claim takes a whole number ≥ 1 of URLs, not ${n}.`);
  if (!workerId) throw new UsageError('A claim needs the id of the worker that holds the lease.');
  if (!Number.isSafeInteger(leaseMs) || leaseMs < 1) throw new UsageError(`A lease lasts a whole number ≥ 1 of ms, not ${leaseMs}.`);
}

/** A shared_frontier row as either driver returns it (PostgreSQL's bigints arrive as strings). */
export interface FrontierRow {
  id: number | string;
  url: string;
  site: string;
  depth: number | string;
  source: FrontierEntry['source'];
  label: string | null;
  from_hub: number | string;
  is_seed: number | string;
  priority: number | string;
  attempts: number | string;
  lease_expires_ms: number | string | null;
}

export const toClaimed = (r: FrontierRow): ClaimedEntry => ({
  id: Number(r.id),
  url: r.url,
  site: r.site,
  depth: Number(r.depth),
  source: r.source,
  label: r.label,
  fromHub: Number(r.from_hub) === 1,
  isSeed: Number(r.is_seed) === 1,
  priority: Number(r.priority),
  attempts: Number(r.attempts),
  leaseExpiresMs: Number(r.lease_expires_ms),
});

export const claimOrder = (a: ClaimedEntry, b: ClaimedEntry): number => b.priority - a.priority || a.id - b.id;

/** The embedded catalog's shared frontier: each call is one write transaction (BEGIN IMMEDIATE), so processes sharing the file take turns. */
export class SqliteSharedFrontierRepository implements SharedFrontierRepository {
  readonly #catalog: Catalog;
  readonly #now: () => number;

  constructor(catalog: Catalog, now: () => number = Date.now) {
    this.#catalog = catalog;
    this.#now = now;
  }

  async setBudget(runId: number, budget: FrontierBudget): Promise<void> {
    this.#catalog
      .stmt('INSERT INTO shared_frontier_budgets (run_id, max_pages, max_pages_per_site) VALUES (?, ?, ?) ON CONFLICT (run_id) DO UPDATE SET max_pages = excluded.max_pages, max_pages_per_site = excluded.max_pages_per_site')
      .run(runId, budget.maxPages, budget.maxPagesPerSite);
  }

  async enqueue(runId: number, entries: FrontierEntry[]): Promise<number> {
    const insert = this.#catalog.stmt('INSERT INTO shared_frontier (run_id, url, site, depth, source, label, from_hub, is_seed, priority) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, url) DO NOTHING');
    const tx = this.#catalog.db.transaction(() => {
      let added = 0;
      for (const e of entries) added += insert.run(runId, e.url, e.site, e.depth, e.source, e.label, e.fromHub ? 1 : 0, e.isSeed ? 1 : 0, e.priority ?? 0).changes;
      return added;
    });
    return tx.immediate();
  }

  async claim(runId: number, n: number, workerId: string, leaseMs: number): Promise<ClaimedEntry[]> {
    checkClaim(n, workerId, leaseMs);
    const c = this.#catalog;
    const tx = c.db.transaction((): ClaimedEntry[] => {
      c.stmt('INSERT INTO shared_frontier_budgets (run_id) VALUES (?) ON CONFLICT DO NOTHING').run(runId);
      const budget = c.stmt('SELECT max_pages, max_pages_per_site, charged FROM shared_frontier_budgets WHERE run_id = ?').get(runId) as { max_pages: number | null; max_pages_per_site: number | null; charged: number };
      const now = this.#now();
      const until = now + leaseMs;
      const lease = c.stmt('UPDATE shared_frontier SET state = ?, lease_owner = ?, lease_expires_ms = ?, attempts = attempts + 1 WHERE id = ? RETURNING *');
      const out: ClaimedEntry[] = [];
      const expired = c.stmt("SELECT id FROM shared_frontier WHERE run_id = ? AND state = 'leased' AND lease_expires_ms <= ? ORDER BY id LIMIT ?").all(runId, now, n) as { id: number }[];
      for (const { id } of expired) out.push(toClaimed(lease.get('leased', workerId, until, id) as FrontierRow));
      let want = n - out.length;
      let runLeft = budget.max_pages === null ? Number.POSITIVE_INFINITY : budget.max_pages - budget.charged;
      const siteCharged = c.stmt('SELECT charged FROM shared_frontier_sites WHERE run_id = ? AND site = ?');
      const charge = c.stmt('INSERT INTO shared_frontier_sites (run_id, site, charged) VALUES (?, ?, ?) ON CONFLICT (run_id, site) DO UPDATE SET charged = charged + excluded.charged');
      const refuse = c.stmt("UPDATE shared_frontier SET state = 'refused' WHERE id = ?");
      while (want > 0 && runLeft > 0) {
        const batch = c.stmt("SELECT id, site, is_seed FROM shared_frontier WHERE run_id = ? AND state = 'queued' ORDER BY priority DESC, id LIMIT ?").all(runId, Math.min(want, runLeft) + 32) as { id: number; site: string; is_seed: number }[];
        if (batch.length === 0) break;
        const charged = new Map<string, number>();
        for (const site of new Set(batch.map((b) => b.site))) charged.set(site, (siteCharged.get(runId, site) as { charged: number } | undefined)?.charged ?? 0);
        const chosen = chooseClaims(batch.map((b) => ({ id: b.id, site: b.site, isSeed: b.is_seed === 1 })), want, runLeft, charged, budget.max_pages_per_site);
        for (const id of chosen.refuse) refuse.run(id);
        for (const id of chosen.accept) out.push(toClaimed(lease.get('leased', workerId, until, id) as FrontierRow));
        for (const [site, k] of chosen.charges) charge.run(runId, site, k);
        c.stmt('UPDATE shared_frontier_budgets SET charged = charged + ? WHERE run_id = ?').run(chosen.accept.length, runId);
        want -= chosen.accept.length;
        runLeft -= chosen.accept.length;
      }
      return out.sort(claimOrder);
    });
    return tx.immediate();
  }

  async complete(runId: number, url: string, workerId: string): Promise<boolean> {
    return this.#catalog.stmt("UPDATE shared_frontier SET state = 'done', lease_owner = NULL, lease_expires_ms = NULL WHERE run_id = ? AND url = ? AND state = 'leased' AND lease_owner = ?").run(runId, url, workerId).changes === 1;
  }

  async release(runId: number, url: string, workerId: string): Promise<boolean> {
    const c = this.#catalog;
    const tx = c.db.transaction(() => {
      const row = c.stmt("UPDATE shared_frontier SET state = 'queued', lease_owner = NULL, lease_expires_ms = NULL WHERE run_id = ? AND url = ? AND state = 'leased' AND lease_owner = ? RETURNING site").get(runId, url, workerId) as { site: string } | undefined;
      if (row) this.#uncharge(runId, [row.site]);
      return row !== undefined;
    });
    return tx.immediate();
  }

  async reclaimExpired(runId: number): Promise<number> {
    const c = this.#catalog;
    const tx = c.db.transaction(() => {
      const rows = c.stmt("UPDATE shared_frontier SET state = 'queued', lease_owner = NULL, lease_expires_ms = NULL WHERE run_id = ? AND state = 'leased' AND lease_expires_ms <= ? RETURNING site").all(runId, this.#now()) as { site: string }[];
      this.#uncharge(runId, rows.map((r) => r.site));
      return rows.length;
    });
    return tx.immediate();
  }

  #uncharge(runId: number, sites: string[]): void {
    if (sites.length === 0) return;
    this.#catalog.stmt('UPDATE shared_frontier_budgets SET charged = charged - ? WHERE run_id = ?').run(sites.length, runId);
    const site = this.#catalog.stmt('UPDATE shared_frontier_sites SET charged = charged - 1 WHERE run_id = ? AND site = ?');
    for (const s of sites) site.run(runId, s);
  }

  async counts(runId: number): Promise<FrontierCounts> {
    const rows = this.#catalog.stmt('SELECT state, COUNT(*) AS n FROM shared_frontier WHERE run_id = ? GROUP BY state').all(runId) as { state: keyof FrontierCounts; n: number }[];
    return countsOf(rows);
  }
}

export function countsOf(rows: { state: string; n: number | string }[]): FrontierCounts {
  const counts: FrontierCounts = { queued: 0, leased: 0, done: 0, refused: 0, charged: 0 };
  for (const r of rows) if (r.state in counts) counts[r.state as keyof FrontierCounts] = Number(r.n);
  counts.charged = counts.leased + counts.done;
  return counts;
}
