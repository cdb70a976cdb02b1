import { RequestQueue, log as crawleeLog, type Configuration, type HttpCrawler, type HttpCrawlingContext, type PlaywrightCrawler } from 'crawlee';
import type { Catalog, RunRow } from '../catalog/catalog.js';
import { logger } from '../log/index.js';
import { EgressProxy, policyFor } from '../net/index.js';
import type { Options } from '../options/index.js';
import { browserCrawler } from './crawlers/browser/main.js';
import { httpCrawler, type CrawlerSetup } from './crawlers/http/main.js';
import { commonCrawlerOptions, crawleeConfig, robotsHook } from './crawlers/setup.js';
import { CrawlState } from './crawl-state.js';
import { Frontier, type CrawlLimits } from './frontier.js';
import { startAnalysisPool, type AnalysisPool } from './analysis/pool.js';

export { BLOCKED_RESOURCE_TYPES } from './crawlers/browser/main.js';

export interface Seed {
  url: string;
  source: 'search' | 'seed';
  engine?: string | null;
  query?: string | null;
  rank?: number | null;
}

export interface CrawlProgress {
  done: number;
  /** Pages per label so far. */
  labels: Record<string, number>;
  queued: number;
  browserPages: number;
  failures: number;
  pagesPerSecond: number;
}

export interface CrawlStats {
  pages: number;
  httpPages: number;
  browserPages: number;
  failures: number;
  rounds: number;
  durationMs: number;
  /** Time spent parsing and classifying pages, summed over concurrent handlers. */
  analysisMs: number;
  pagesPerSecond: number;
}

export interface CrawlInput {
  options: Options;
  catalog: Catalog;
  run: RunRow;
  seeds: Seed[];
  limits: CrawlLimits;
  /** Render every page in the browser (benchmarks). */
  browserOnly?: boolean;
  onProgress?: (p: CrawlProgress) => void;
  signal?: AbortSignal;
}

/**
 * HTTP first, the browser only for pages whose text is rendered by script. Rounds alternate
 * between the two until both queues are empty or the page budget is spent. The catalog's frontier is
 * the queue of record, so --resume continues where a crash or kill stopped.
 */
export async function crawl(input: CrawlInput): Promise<CrawlStats> {
  const { options: o, run } = input;
  const log = logger('discover').child({ run: run.name });
  crawleeLog.setLevel(o.logLevel === 'debug' || o.logLevel === 'trace' ? crawleeLog.LEVELS.WARNING : crawleeLog.LEVELS.OFF);
  const config = crawleeConfig();
  const state = new CrawlState({ http: await RequestQueue.open(`${run.name}-http`, { config }), browser: await RequestQueue.open(`${run.name}-browser`, { config }) }, input.browserOnly ?? false, input.onProgress);
  const policy = policyFor(o);
  // Every fetch of the crawl (HTTP, browser, robots.txt) leaves through the egress proxy and its policy.
  const egress = await EgressProxy.start({ policy, upstream: o.proxy, connectTimeoutMs: Math.min(o.navigationTimeoutMs, 15_000), idleTimeoutMs: o.navigationTimeoutMs });
  // Pages are parsed and classified in their own threads while this one fetches and records.
  const analysis = startAnalysisPool(o.crawlAnalysisThreads);
  try {
    const frontier = new Frontier(input.catalog, run.id, input.limits, policy);
    if (frontier.isFresh) for (const s of input.seeds) frontier.seed(s.url, { source: s.source, engine: s.engine ?? null, query: s.query ?? null, rank: s.rank ?? null });
    // Everything still queued in the catalog: the seeds of a new run, or what a killed run left.
    await state.enqueue(frontier.restore());
    const setup = crawlerSetup(input, { config, policy, egress, frontier, state, analysis });
    let rounds = 0;
    while (!input.signal?.aborted && !((await state.http.isEmpty()) && (await state.browser.isEmpty()))) {
      rounds++;
      if (!(await state.http.isEmpty())) await runUntil(httpCrawler({ ...setup, queue: state.http }), input.signal);
      if (!input.signal?.aborted && !(await state.browser.isEmpty())) await runUntil(browserCrawler({ ...setup, queue: state.browser }, log, (n) => (state.counts.blocked += n)), input.signal);
      if (rounds > input.limits.maxDepth + 4) {
        log.warn('stopping after too many rounds');
        break;
      }
    }
    return state.stats(rounds);
  } finally {
    await analysis.close();
    await egress.stop();
    if (egress.refusals.length > 0) {
      log.info({ refused: egress.refusals.slice(0, 100).map((r) => ({ kind: r.kind, method: r.method, url: r.url, reason: r.reason })) }, `the network policy refused ${egress.refusals.length} request(s) of this crawl`);
    }
  }
}

function crawlerSetup(input: CrawlInput, parts: { config: Configuration; policy: ReturnType<typeof policyFor>; egress: EgressProxy; frontier: Frontier; state: CrawlState; analysis: AnalysisPool }): Omit<CrawlerSetup, 'queue'> {
  const { options: o } = input;
  const { egress, frontier, state } = parts;
  return {
    options: o,
    config: parts.config,
    policy: parts.policy,
    common: commonCrawlerOptions(o, egress),
    robotsHook: robotsHook(o, egress),
    routes: { ledger: frontier, analysis: parts.analysis, enqueue: state.enqueue, toBrowser: state.toBrowser, counted: state.counted },
    failures: { ledger: frontier, egress, failed: state.failed },
  };
}

async function runUntil(crawler: HttpCrawler<HttpCrawlingContext> | PlaywrightCrawler, signal: AbortSignal | undefined): Promise<void> {
  // stop() lets the pages in flight finish, so no request stays locked in the persisted queue.
  const onAbort = (): void => {
    crawler.stop('interrupted');
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    await crawler.run();
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}
