import { registrableDomain } from '../classify/index.js';
import type { Analysis } from './analysis/analyse-page.js';
import type { CrawlLedger, FetchedPage } from './crawlers/routes.js';
import { linkRequests, siteRequests, type PlanKind } from './plan-requests.js';
import { NO_BUDGET, seedRefusalReason, type Refusal } from './seed-refusal.js';
import type { Catalog, DiscoveryRecord } from '../catalog/catalog.js';
import { writeFailedPage, writePageRows } from '../catalog/repositories/crawl-pages.js';
import { failedPage, pageRows } from './page-rows.js';
import type { NetworkPolicy } from '../net/index.js';

export interface CrawlLimits {
  maxDepth: number;
  maxPages: number;
  maxPagesPerSite: number;
  /** Role pages (pricing, modes, order, app, FAQ, terms) fetched per site that shows a weak signal. */
  rolePagesPerSite?: number;
  /** Registrable domains never fetched: platforms (messengers, social networks, payment, sign-in) that are identifiers, not sites to classify. */
  skipDomains: string[];
}

/** What a request is for; each has its own handler in the crawlers' routers. */
export type RouteLabel = 'home' | 'role' | 'search' | 'hub';

export interface PageMeta {
  depth: number;
  source: 'search' | 'seed' | 'link';
  label: RouteLabel;
  /** The page was linked from a page that promotes other sites. */
  fromHub: boolean;
}

export type { Analysis } from './analysis/analyse-page.js';

export interface NextRequest {
  url: string;
  meta: PageMeta;
  /** Sites the model reads as likely services are fetched first. */
  forefront: boolean;
}

/** Role pages per site when the limits do not say (the rolePagesPerSite option's default). */
const DEFAULT_ROLE_PAGES = 5;

export class Frontier implements CrawlLedger {
  readonly #catalog: Catalog;
  readonly #runId: number;
  readonly #limits: CrawlLimits;
  readonly #perSite = new Map<string, number>();
  readonly #seenDomains = new Set<string>();
  readonly #scheduledUrls = new Set<string>();
  #scheduled = 0;

  readonly #policy: NetworkPolicy;

  constructor(catalog: Catalog, runId: number, limits: CrawlLimits, policy: NetworkPolicy) {
    this.#policy = policy;
    this.#catalog = catalog;
    this.#runId = runId;
    this.#limits = limits;
  }

  /**
   * Restores the frontier of this run (after --resume) and returns what is still queued. The queue
   * of record is the catalog: Crawlee's own queues are kept in memory only.
   */
  restore(): NextRequest[] {
    const rows = this.#catalog.stmt('SELECT url, depth, source, label, state FROM frontier WHERE run_id = ?').all(this.#runId) as { url: string; depth: number; source: PageMeta['source']; label: RouteLabel | null; state: string }[];
    // A fresh run's seeds are counted already (seed()); a resumed run's rows are counted here.
    for (const r of rows) if (!this.#scheduledUrls.has(r.url)) this.#count(r.url);
    const queued = rows.filter((r) => r.state === 'queued').map((r) => ({ url: r.url, meta: { depth: r.depth, source: r.source, label: r.label ?? (r.source === 'search' ? 'search' : 'home'), fromHub: false }, forefront: false }));
    return [...queued, ...this.#undefer()];
  }

  /** URLs the page budget stopped earlier, scheduled now in the order they were found, as far as the budget allows. */
  #undefer(): NextRequest[] {
    const rows = this.#catalog.stmt('SELECT url, depth, source, label, from_hub FROM frontier_deferred WHERE run_id = ? ORDER BY rowid').all(this.#runId) as { url: string; depth: number; source: PageMeta['source']; label: RouteLabel | null; from_hub: number }[];
    const next: NextRequest[] = [];
    for (const r of rows) {
      if (this.#scheduled >= this.#limits.maxPages) break;
      const isSeed = r.source !== 'link' && r.depth === 0;
      const meta: PageMeta = { depth: r.depth, source: r.source, label: r.label ?? (r.source === 'search' ? 'search' : 'home'), fromHub: r.from_hub === 1 };
      const admitted = this.admit(r.url, isSeed);
      this.#catalog.stmt('DELETE FROM frontier_deferred WHERE run_id = ? AND url = ?').run(this.#runId, r.url);
      if (!admitted) continue;
      this.#catalog.stmt('DELETE FROM failures WHERE run_id = ? AND url = ? AND what = ?').run(this.#runId, r.url, NO_BUDGET);
      this.#queue(r.url, meta);
      next.push({ url: r.url, meta, forefront: false });
    }
    return next;
  }

  /** Keeps a URL the page budget refused, for a later `--resume RUN --max-pages N`. */
  #defer(url: string, meta: PageMeta): void {
    this.#catalog.stmt('INSERT OR IGNORE INTO frontier_deferred (run_id, url, depth, source, label, from_hub) VALUES (?, ?, ?, ?, ?, ?)').run(this.#runId, url, meta.depth, meta.source, meta.label, meta.fromHub ? 1 : 0);
  }

  get isFresh(): boolean {
    return this.#catalog.stmt('SELECT 1 FROM frontier WHERE run_id = ? LIMIT 1').get(this.#runId) === undefined;
  }

  #queue(url: string, meta: PageMeta): void {
    this.#catalog.stmt("INSERT OR IGNORE INTO frontier (run_id, url, depth, source, label, state) VALUES (?, ?, ?, ?, ?, 'queued')").run(this.#runId, url, meta.depth, meta.source, meta.label);
  }

  #done(url: string): void {
    this.#catalog.stmt("UPDATE frontier SET state = 'done' WHERE run_id = ? AND url = ?").run(this.#runId, url);
  }

  #count(url: string): void {
    this.#scheduledUrls.add(url);
    const domain = registrableDomain(url) ?? url;
    this.#perSite.set(domain, (this.#perSite.get(domain) ?? 0) + 1);
    this.#seenDomains.add(domain);
    this.#scheduled++;
  }

  /** Whether a URL may be scheduled; counts it when it may. Seeds ignore the per-site budget. */
  admit(url: string, isSeed = false, deferAs: PageMeta | null = null): boolean {
    const refusal = this.#refusal(url, isSeed);
    if (refusal === 'budget' && deferAs) this.#defer(url, deferAs);
    if (refusal !== null) return false;
    this.#count(url);
    return true;
  }

  /** Why a URL may not be scheduled, or null when it may. */
  #refusal(url: string, isSeed: boolean): Refusal | null {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return 'invalid';
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'invalid';
    if (this.#scheduledUrls.has(url)) return 'queued'; // already queued: links to it do not count twice
    if (!this.#policy.url(url).allowed) return 'private'; // links to the local network are never scheduled
    if (this.#scheduled >= this.#limits.maxPages) return 'budget';
    const domain = registrableDomain(url) ?? parsed.hostname;
    if (this.#limits.skipDomains.includes(domain)) return 'skipped';
    if (!isSeed && (this.#perSite.get(domain) ?? 0) >= this.#limits.maxPagesPerSite) return 'site-budget';
    return null;
  }

  /** URLs of a run waiting for more page budget, and how many URLs it scheduled. */
  static leftover(catalog: Catalog, runId: number): { deferred: number; scheduled: number } {
    const n = (sql: string): number => (catalog.stmt(sql).get(runId) as { n: number }).n;
    return { deferred: n('SELECT COUNT(*) AS n FROM frontier_deferred WHERE run_id = ?'), scheduled: n('SELECT COUNT(*) AS n FROM frontier WHERE run_id = ?') };
  }

  get scheduled(): number {
    return this.#scheduled;
  }

  seed(url: string, discovery: Omit<DiscoveryRecord, 'url' | 'domain'>): boolean {
    const domain = registrableDomain(url) ?? url;
    this.#catalog.recordDiscovery(this.#runId, { url, domain, ...discovery });
    const refusal = this.#refusal(url, true);
    if (refusal === 'queued') return false; // the same seed twice: fetched once, nothing failed
    if (refusal === 'budget') this.#defer(url, { depth: 0, source: discovery.source, label: discovery.source === 'search' ? 'search' : 'home', fromHub: false });
    if (refusal !== null) {
      const what = refusal === 'budget' ? NO_BUDGET : 'seed';
      this.#catalog.recordFailure(this.#runId, url, what, seedRefusalReason(refusal, discovery.source, { maxPages: this.#limits.maxPages, domain }));
      return false;
    }
    this.#count(url);
    this.#queue(url, { depth: 0, source: discovery.source, label: discovery.source === 'search' ? 'search' : 'home', fromHub: false });
    return true;
  }

  /** The requests a read page schedules (see plan-requests.ts), each admitted by the budgets or kept for later. */
  plan(finalUrl: string, meta: PageMeta, analysis: Analysis, kinds: readonly PlanKind[]): NextRequest[] {
    const next: NextRequest[] = [];
    if (kinds.includes('site')) {
      const roles = this.#limits.rolePagesPerSite ?? DEFAULT_ROLE_PAGES;
      for (const n of siteRequests(finalUrl, meta, analysis, roles, (u) => this.#scheduledUrls.has(u))) {
        if (!this.admit(n.url, false, n.meta)) continue;
        this.#queue(n.url, n.meta);
        next.push(n);
      }
    }
    if (kinds.includes('links')) {
      for (const n of linkRequests(finalUrl, meta, analysis, this.#limits.maxDepth)) {
        const linkDomain = registrableDomain(n.url);
        const isNewDomain = linkDomain !== null && !this.#seenDomains.has(linkDomain);
        if (!this.admit(n.url, false, n.meta)) continue;
        if (isNewDomain && linkDomain) this.#catalog.recordDiscovery(this.#runId, { url: n.url, domain: linkDomain, source: 'link', linkingUrl: finalUrl });
        this.#queue(n.url, n.meta);
        next.push(n);
      }
    }
    return next;
  }

  /** Records a read page and what it schedules, in one transaction (CrawlLedger). */
  async read(page: FetchedPage, analysis: Analysis, kinds: readonly PlanKind[]): Promise<NextRequest[]> {
    return this.#catalog.db.transaction(() => {
      this.#done(page.url);
      writePageRows(this.#catalog, this.#runId, pageRows(page, analysis));
      return this.plan(page.finalUrl, page.meta, analysis, kinds);
    })();
  }

  async fail(url: string, meta: PageMeta | null, via: 'http' | 'browser', reason: string, status: number | null = null): Promise<void> {
    this.#done(url);
    writeFailedPage(this.#catalog, this.#runId, failedPage(url, meta, via, reason, status));
  }
}
