import type { Catalog, DiscoveryRecord, PageRecord } from '../catalog.js';

/** A read page as the catalog stores it: the page row, where it redirected, its links and identifiers. */
export interface PageRows {
  page: PageRecord;
  /** The page ended on another site: the redirect is kept as a link of its own kind. */
  redirect: { url: string; domain: string } | null;
  /** The page's links to other sites, from its final URL and domain. */
  links: { fromUrl: string; fromDomain: string; to: { url: string; domain: string }[] };
  identifiers: { domain: string; ids: { kind: string; value: string }[] };
}

/** A page that could not be read: a page row with its reason, and a failure of the run. */
export interface FailedPage {
  url: string;
  domain: string;
  via: 'http' | 'browser';
  depth: number;
  status: number | null;
  reason: string;
}

export interface CrawledPage {
  url: string;
  label: string | null;
  error: string | null;
}

/**
 * What a crawl writes per page, for crawls whose workers share one catalog. Every write is idempotent
 * (a page is stored once per run however often it is fetched: a lease that expired mid-fetch), and a
 * page's rows are written in one transaction.
 */
export interface CrawlPagesRepository {
  /** A read page, with the discoveries of domains it found first in the run (a domain already discovered is skipped). */
  write(runId: number, rows: PageRows, discoveries: DiscoveryRecord[]): Promise<void>;
  failed(runId: number, page: FailedPage): Promise<void>;
  /** Where a run started: its seeds and search results, each domain once. */
  discovered(runId: number, discoveries: DiscoveryRecord[]): Promise<void>;
  /** The run's pages in URL order (tests and `queue status` compare them). */
  pages(runId: number): Promise<CrawledPage[]>;
}

/** Writes a read page's rows into the SQLite catalog (the caller holds the transaction). */
export function writePageRows(catalog: Catalog, runId: number, rows: PageRows): void {
  catalog.recordPage(runId, rows.page);
  if (rows.redirect) catalog.recordLinks(runId, rows.page.url, rows.page.domain, [rows.redirect], 'redirect');
  if (rows.identifiers.ids.length > 0) catalog.recordIdentifiers(runId, rows.identifiers.domain, rows.page.url, rows.identifiers.ids);
  catalog.recordLinks(runId, rows.links.fromUrl, rows.links.fromDomain, rows.links.to);
}

/** Writes a failed page's row and the run's failure into the SQLite catalog. */
export function writeFailedPage(catalog: Catalog, runId: number, f: FailedPage): void {
  catalog.recordPage(runId, { url: f.url, finalUrl: null, domain: f.domain, httpStatus: f.status, contentType: null, via: f.via, depth: f.depth, classification: null, title: null, error: f.reason });
  catalog.recordFailure(runId, f.url, `fetch (${f.via})`, f.reason);
}

export class SqliteCrawlPagesRepository implements CrawlPagesRepository {
  readonly #catalog: Catalog;

  constructor(catalog: Catalog) {
    this.#catalog = catalog;
  }

  async write(runId: number, rows: PageRows, discoveries: DiscoveryRecord[]): Promise<void> {
    this.#catalog.db.transaction(() => {
      writePageRows(this.#catalog, runId, rows);
      this.#discover(runId, discoveries);
    })();
  }

  async failed(runId: number, page: FailedPage): Promise<void> {
    this.#catalog.db.transaction(() => writeFailedPage(this.#catalog, runId, page))();
  }

  async discovered(runId: number, discoveries: DiscoveryRecord[]): Promise<void> {
    this.#catalog.db.transaction(() => this.#discover(runId, discoveries))();
  }

  #discover(runId: number, discoveries: DiscoveryRecord[]): void {
    const known = this.#catalog.stmt('SELECT 1 FROM discoveries WHERE run_id = ? AND domain = ? LIMIT 1');
    for (const d of discoveries) if (known.get(runId, d.domain) === undefined) this.#catalog.recordDiscovery(runId, d);
  }

  async pages(runId: number): Promise<CrawledPage[]> {
    return this.#catalog.stmt('SELECT url, label, error FROM pages WHERE run_id = ? ORDER BY url').all(runId) as CrawledPage[];
  }
}
