import type { AnalysisPool } from '../analysis/pool.js';
import type { Analysis, NextRequest, PageMeta, RouteLabel } from '../frontier.js';
import type { PlanKind } from '../plan-requests.js';
import { HttpStatusError } from './errors.js';

/** One fetched page, whichever crawler fetched it. */
export interface FetchedPage {
  url: string;
  finalUrl: string;
  status: number | null;
  contentType: string | null;
  via: 'http' | 'browser';
  /** The body as fetched (HTTP) or rendered (browser); parsed once, by the analysis pool. */
  html: string;
  meta: PageMeta;
}

/**
 * Where a crawl records what it read and takes its budgets from: the run's own frontier and catalog
 * (one process, src/discover/frontier.ts) or the frontier workers share (src/discover/shared).
 */
export interface CrawlLedger {
  /** Records a read page and schedules what `kinds` name from it, atomically; returns the requests to fetch next. */
  read(page: FetchedPage, analysis: Analysis, kinds: readonly PlanKind[]): Promise<NextRequest[]>;
  /** Records a page that could not be read, with its reason. */
  fail(url: string, meta: PageMeta | null, via: 'http' | 'browser', reason: string, status: number | null): Promise<void>;
}

/** What the handlers share: the ledger, the queues and the run's counters. */
export interface RouteDeps {
  ledger: CrawlLedger;
  /** Reads pages off the crawl's thread (parse, classify, language, identifiers). */
  analysis: AnalysisPool;
  enqueue: (next: NextRequest[]) => Promise<void>;
  /** Sends a page the HTTP crawler could not read (script-rendered) to the browser. */
  toBrowser: (page: FetchedPage) => Promise<void>;
  counted: (page: FetchedPage, analysis: Analysis, analysisMs: number) => Promise<void>;
}

/**
 * Reads and records a page, and schedules what `plan` picks from it; throws for an error status (the
 * failure handler records it). The ledger writes the page's rows and the requests it schedules in one
 * transaction: a crash never leaves a page done whose links were not queued.
 */
async function read(page: FetchedPage, deps: RouteDeps, plan: (a: Analysis) => PlanKind[]): Promise<void> {
  if (page.status !== null && page.status >= 400) throw new HttpStatusError(page.status);
  const analysis = await deps.analysis.analyse({ url: page.finalUrl, html: page.html, rendered: page.via === 'browser' });
  if (analysis.needsBrowser) {
    await deps.toBrowser(page);
    return;
  }
  const next = await deps.ledger.read(page, analysis, plan(analysis));
  await deps.counted(page, analysis, analysis.ms);
  await deps.enqueue(next);
}

type Handler = (page: FetchedPage, deps: RouteDeps) => Promise<void>;

/**
 * One handler per label. A site's entry page (home, or a search result anywhere in the site) gets
 * its fetch plan and its links followed; a role page adds evidence to its site; a hub page (a
 * directory's own listing pages) is read for the sites it links.
 */
export const ROUTES: Record<RouteLabel, Handler> = {
  async home(page, deps) {
    await read(page, deps, () => ['site', 'links']);
  },
  async search(page, deps) {
    await read(page, deps, () => ['site', 'links']);
  },
  async role(page, deps) {
    await read(page, deps, (a) => (a.classification.evidence.promoted.length >= 2 ? ['links'] : []));
  },
  async hub(page, deps) {
    await read(page, deps, () => ['links']);
  },
};

export const ROUTE_LABELS = Object.keys(ROUTES) as RouteLabel[];

export function metaOf(userData: Record<string, unknown>): PageMeta {
  const label = (userData.label as RouteLabel | undefined) ?? 'home';
  return { depth: Number(userData.depth ?? 0), source: (userData.source as PageMeta['source'] | undefined) ?? 'link', label: ROUTE_LABELS.includes(label) ? label : 'home', fromHub: userData.fromHub === true };
}
