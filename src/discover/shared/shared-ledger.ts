import type { DiscoveryRecord } from '../../catalog/catalog.js';
import type { CrawlPagesRepository } from '../../catalog/repositories/crawl-pages.js';
import type { FrontierEntry, SharedFrontierRepository } from '../../catalog/repositories/frontier-shared.js';
import { registrableDomain } from '../../classify/index.js';
import type { NetworkPolicy } from '../../net/index.js';
import type { Analysis } from '../analysis/analyse-page.js';
import type { CrawlLedger, FetchedPage } from '../crawlers/routes.js';
import type { NextRequest, PageMeta } from '../frontier.js';
import { failedPage, pageRows } from '../page-rows.js';
import { linkRequests, siteRequests, type PlanKind } from '../plan-requests.js';

export interface SharedCrawlLimits {
  maxDepth: number;
  rolePagesPerSite: number;
  /** Registrable domains never fetched (platforms that are identifiers, not sites). */
  skipDomains: string[];
}

export interface SharedLedgerInput {
  runId: number;
  workerId: string;
  frontier: SharedFrontierRepository;
  pages: CrawlPagesRepository;
  limits: SharedCrawlLimits;
  policy: NetworkPolicy;
  /** A claimed URL is finished (read or failed, and completed in the frontier). */
  finished: (url: string, outcome: 'read' | 'failed', label: string | null) => void;
}

/** The frontier entry of a request a page schedules (the shared frontier charges the budgets when it hands it out). */
export function frontierEntry(url: string, meta: PageMeta, isSeed: boolean, priority = 0): FrontierEntry {
  const site = registrableDomain(url) ?? new URL(url).hostname;
  return { url, site, depth: meta.depth, source: meta.source, label: meta.label, fromHub: meta.fromHub, isSeed, priority };
}

/** Whether a request may go into the shared frontier at all: an http(s) URL, allowed by the network policy, not a skipped platform. */
function schedulable(url: string, policy: NetworkPolicy, skipDomains: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (!policy.url(url).allowed) return false;
  return !skipDomains.includes(registrableDomain(url) ?? parsed.hostname);
}

/**
 * The ledger of a crawl whose workers share one frontier and one catalog. A read page's rows go into
 * the shared catalog, what it schedules into the shared frontier (budgets are charged there, at claim,
 * across all workers), and only then is the URL completed: a worker killed in between loses nothing
 * (its lease expires, another worker fetches the page again, and every write is idempotent).
 */
export class SharedLedger implements CrawlLedger {
  readonly #in: SharedLedgerInput;

  constructor(input: SharedLedgerInput) {
    this.#in = input;
  }

  async read(page: FetchedPage, analysis: Analysis, kinds: readonly PlanKind[]): Promise<NextRequest[]> {
    const { limits, policy } = this.#in;
    const site = kinds.includes('site') ? siteRequests(page.finalUrl, page.meta, analysis, limits.rolePagesPerSite, () => false) : [];
    const links = kinds.includes('links') ? linkRequests(page.finalUrl, page.meta, analysis, limits.maxDepth) : [];
    const seen = new Set<string>();
    const next = [...site, ...links].filter((n) => !seen.has(n.url) && seen.add(n.url) && schedulable(n.url, policy, limits.skipDomains));
    const own = registrableDomain(page.finalUrl);
    const discoveries: DiscoveryRecord[] = [];
    for (const n of next) {
      const domain = registrableDomain(n.url);
      if (n.meta.source === 'link' && domain && domain !== own) discoveries.push({ url: n.url, domain, source: 'link', linkingUrl: page.finalUrl });
    }
    await this.#in.pages.write(this.#in.runId, pageRows(page, analysis), discoveries);
    await this.#in.frontier.enqueue(this.#in.runId, next.map((n) => frontierEntry(n.url, n.meta, false, n.forefront ? 1 : 0)));
    await this.#in.frontier.complete(this.#in.runId, page.url, this.#in.workerId);
    this.#in.finished(page.url, 'read', analysis.classification.label);
    // Nothing goes into this worker's own queue: the shared frontier hands the requests out.
    return [];
  }

  async fail(url: string, meta: PageMeta | null, via: 'http' | 'browser', reason: string, status: number | null): Promise<void> {
    await this.#in.pages.failed(this.#in.runId, failedPage(url, meta, via, reason, status));
    await this.#in.frontier.complete(this.#in.runId, url, this.#in.workerId);
    this.#in.finished(url, 'failed', null);
  }
}
