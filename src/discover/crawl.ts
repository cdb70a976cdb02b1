import { CheerioCrawler, Configuration, PlaywrightCrawler, ProxyConfiguration, RequestQueue, log as crawleeLog } from 'crawlee';
import { MemoryStorage } from '@crawlee/memory-storage';
import { chromium } from 'playwright';
import type { Page } from 'playwright';
import { chromiumArgs, findChromium, IGNORED_DEFAULT_ARGS, ObservationGuard } from '../browser/index.js';
import type { Catalog, RunRow } from '../catalog/catalog.js';
import { describeError } from '../core/errors.js';
import { logger } from '../log/index.js';
import { EgressProxy, policyFor } from '../net/index.js';
import type { Options } from '../options/index.js';
import { bodyGuardHook, NotReadError, redirectPolicyHook } from './http-guards.js';
import { RobotsGate } from './robots.js';
import { analyse, Frontier, type CrawlLimits, type NextRequest, type PageMeta } from './frontier.js';

const ROBOTS_DISALLOWED = 'not fetched: disallowed by robots.txt';

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

/** Resource types never fetched by the browser during discovery: no imagery reaches the disk. */
export const BLOCKED_RESOURCE_TYPES = new Set(['image', 'media', 'font', 'texttrack']);

function crawleeConfig(): Configuration {
  // The catalog's frontier table is the queue of record; Crawlee's queues live in memory only.
  const storage = new MemoryStorage({ persistStorage: false, writeMetadata: false });
  return new Configuration({ storageClient: storage, purgeOnStart: false, persistStorage: false, headless: true, availableMemoryRatio: 0.6 });
}

function metaOf(userData: Record<string, unknown>): PageMeta {
  return { depth: Number(userData.depth ?? 0), source: (userData.source as PageMeta['source'] | undefined) ?? 'link' };
}

/**
 * HTTP first (Cheerio), the browser only for pages whose text is rendered by script. Rounds alternate
 * between the two until both queues are empty or the page budget is spent. Queues are named per run
 * and persisted, so --resume continues where a crash or kill stopped.
 */
export async function crawl(input: CrawlInput): Promise<CrawlStats> {
  const { options: o, run } = input;
  const log = logger('discover').child({ run: run.name });
  crawleeLog.setLevel(o.logLevel === 'debug' || o.logLevel === 'trace' ? crawleeLog.LEVELS.WARNING : crawleeLog.LEVELS.OFF);
  const config = crawleeConfig();
  const httpQueue = await RequestQueue.open(`${run.name}-http`, { config });
  const browserQueue = await RequestQueue.open(`${run.name}-browser`, { config });
  const policy = policyFor(o);
  // Every fetch of the crawl (HTTP, browser, robots.txt) leaves through the egress proxy and its policy.
  const egress = await EgressProxy.start({ policy, upstream: o.proxy, connectTimeoutMs: Math.min(o.navigationTimeoutMs, 15_000), idleTimeoutMs: o.navigationTimeoutMs });
  try {
    return await crawlThrough(input, { log, config, httpQueue, browserQueue, egress, policy });
  } finally {
    await egress.stop();
    if (egress.refusals.length > 0) {
      log.info({ refused: egress.refusals.slice(0, 100).map((r) => ({ kind: r.kind, method: r.method, url: r.url, reason: r.reason })) }, `the network policy refused ${egress.refusals.length} request(s) of this crawl`);
    }
  }
}

interface CrawlPlumbing {
  log: ReturnType<typeof logger>;
  config: Configuration;
  httpQueue: RequestQueue;
  browserQueue: RequestQueue;
  egress: EgressProxy;
  policy: ReturnType<typeof policyFor>;
}

async function crawlThrough(input: CrawlInput, plumbing: CrawlPlumbing): Promise<CrawlStats> {
  const { options: o, catalog, run, limits } = input;
  const { log, config, httpQueue, browserQueue, egress, policy } = plumbing;
  const proxyConfiguration = new ProxyConfiguration({ proxyUrls: [egress.url] });
  const frontier = new Frontier(catalog, run.id, limits, policy);

  const stats = { http: 0, browser: 0, failures: 0, blocked: 0 };
  const labels: Record<string, number> = { nudify: 0, deepfake: 0, directory: 0, unrelated: 0 };
  const t0 = performance.now();
  let lastProgress = 0;
  /** Reports progress at most every 200 ms: counting queued requests is not free on every page. */
  const progress = async (): Promise<void> => {
    if (!input.onProgress || performance.now() - lastProgress < 200) return;
    lastProgress = performance.now();
    const [h, b] = await Promise.all([httpQueue.getInfo(), browserQueue.getInfo()]);
    const done = stats.http + stats.browser;
    input.onProgress({
      done,
      labels: { ...labels },
      queued: (h?.pendingRequestCount ?? 0) + (b?.pendingRequestCount ?? 0),
      browserPages: stats.browser,
      failures: stats.failures,
      pagesPerSecond: done / Math.max(0.001, (performance.now() - t0) / 1000),
    });
  };
  const enqueue = async (next: NextRequest[]): Promise<void> => {
    if (next.length === 0) return;
    const target = input.browserOnly ? browserQueue : httpQueue;
    await target.addRequests(next.map((n) => ({ url: n.url, userData: { depth: n.depth, source: n.source } })));
  };

  if (frontier.isFresh) {
    for (const s of input.seeds) frontier.seed(s.url, { source: s.source, engine: s.engine ?? null, query: s.query ?? null, rank: s.rank ?? null });
  }
  // Everything still queued in the catalog: the seeds of a new run, or what a killed run left.
  await enqueue(frontier.restore());

  const robots = o.respectRobotsTxt ? new RobotsGate(egress.url, Math.min(o.navigationTimeoutMs, 15_000)) : null;
  /** Runs before every fetch: a URL robots.txt disallows is failed, not fetched. */
  const robotsHook = async ({ request }: { request: { url: string; noRetry: boolean } }): Promise<void> => {
    if (robots && !(await robots.allowed(request.url))) {
      request.noRetry = true;
      throw new Error(ROBOTS_DISALLOWED);
    }
  };
  const common = {
    proxyConfiguration,
    maxConcurrency: o.crawlConcurrency,
    maxRequestsPerMinute: o.crawlRequestsPerMinute,
    sameDomainDelaySecs: o.crawlSameDomainDelayMs / 1000,
    maxRequestRetries: o.crawlMaxRetries,
    requestHandlerTimeoutSecs: Math.ceil(o.navigationTimeoutMs / 1000) + 15,
    navigationTimeoutSecs: Math.ceil(o.navigationTimeoutMs / 1000),
  };

  const httpCrawler = (): CheerioCrawler =>
    new CheerioCrawler(
      {
        ...common,
        requestQueue: httpQueue,
        minConcurrency: Math.min(8, o.crawlConcurrency),
        ignoreSslErrors: true,
        additionalMimeTypes: ['application/xhtml+xml'],
        preNavigationHooks: [robotsHook, redirectPolicyHook(policy)],
        postNavigationHooks: [bodyGuardHook(o.crawlMaxPageBytes)],
        async requestHandler({ request, body, response, contentType }) {
          const html = typeof body === 'string' ? body : body.toString();
          const meta = metaOf(request.userData as Record<string, unknown>);
          const finalUrl = request.loadedUrl ?? request.url;
          const status = response.statusCode ?? null;
          if (status !== null && status >= 400) {
            stats.failures++;
            frontier.fail(request.url, meta, 'http', `HTTP ${status}`, status);
            return;
          }
          const analysis = analyse(finalUrl, html, false);
          if (analysis.needsBrowser) {
            await browserQueue.addRequest({ url: request.url, uniqueKey: `browser:${request.url}`, userData: request.userData as Record<string, unknown> });
            return;
          }
          stats.http++;
          labels[analysis.classification.label] = (labels[analysis.classification.label] ?? 0) + 1;
          const next = frontier.record(request.url, finalUrl, meta, analysis, { status: response.statusCode ?? null, contentType: contentType.type, via: 'http' }, html);
          await enqueue(next);
          await progress();
        },
        async failedRequestHandler({ request, response }, error) {
          // Crawlee refuses a non-HTML body by throwing, but leaves the stream reading: stop it here.
          (response as { destroy?: () => void } | undefined)?.destroy?.();
          stats.failures++;
          const status = response?.statusCode ?? null;
          const refusal = egress.refusalFor(request.url);
          const reason = refusal && !(error instanceof NotReadError) ? `not fetched: refused by the network policy (${refusal.reason})` : describeError(error);
          frontier.fail(request.url, metaOf(request.userData as Record<string, unknown>), 'http', reason === ROBOTS_DISALLOWED || error instanceof NotReadError || !status ? reason : `HTTP ${status}: ${reason}`, status);
          await progress();
        },
      },
      config,
    );

  const executable = findChromium(o.chromiumPath);
  const guards = new WeakMap<Page, ObservationGuard>();
  /** What the guard refused on a page goes to the log (and the run's count); the page is classified as it stood. */
  const noteBlocked = (page: Page, url: string): void => {
    const guard = guards.get(page);
    if (!guard) return;
    if (guard.blocked.length === 0) return;
    stats.blocked += guard.blocked.length;
    log.info({ url, blocked: guard.blocked.map((b) => ({ kind: b.kind, url: b.url, method: b.method, reason: b.reason })) }, `the observation guard refused ${guard.blocked.length} action(s) of ${url}`);
    guards.delete(page);
  };
  const browserCrawler = (): PlaywrightCrawler =>
    new PlaywrightCrawler(
      {
        ...common,
        requestQueue: browserQueue,
        minConcurrency: Math.min(4, o.crawlConcurrency),
        launchContext: {
          launcher: chromium,
          // Signals are ours: the run stops cleanly and stays resumable, Playwright must not exit or close first.
          launchOptions: { executablePath: executable.path, args: chromiumArgs(['--ignore-certificate-errors']), headless: true, ignoreDefaultArgs: IGNORED_DEFAULT_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false },
          useIncognitoPages: true,
        },
        browserPoolOptions: {
          useFingerprints: false,
          // Each page is its own context: no service workers, no downloads.
          prePageCreateHooks: [
            (_id, _controller, pageOptions) => {
              if (pageOptions) Object.assign(pageOptions, { serviceWorkers: 'block', acceptDownloads: false });
            },
          ],
        },
        preNavigationHooks: [
          robotsHook,
          async ({ page }, gotoOptions) => {
            // The same observation guard as capture; imagery, media and fonts are never fetched.
            const guard = new ObservationGuard({ policy, blockResourceTypes: BLOCKED_RESOURCE_TYPES });
            await guard.install(page.context(), page);
            guards.set(page, guard);
            if (gotoOptions) gotoOptions.waitUntil = 'load';
          },
        ],
        async requestHandler({ request, page, response }) {
          // Script-rendered pages fetch their content after load; give them a short, bounded quiet period.
          await page.waitForLoadState('networkidle', { timeout: 1500 }).catch(() => undefined);
          guards.get(page)?.settle();
          const html = await page.content();
          noteBlocked(page, request.url);
          const meta = metaOf(request.userData);
          const finalUrl = page.url();
          const status = response?.status() ?? null;
          if (status !== null && status >= 400) {
            stats.failures++;
            frontier.fail(request.url, meta, 'browser', `HTTP ${status}`, status);
            return;
          }
          const analysis = analyse(finalUrl, html, true);
          stats.browser++;
          labels[analysis.classification.label] = (labels[analysis.classification.label] ?? 0) + 1;
          const headers = response ? await response.allHeaders().catch((): Record<string, string> => ({})) : {};
          const next = frontier.record(request.url, finalUrl, meta, analysis, { status: response?.status() ?? null, contentType: headers['content-type'] ?? null, via: 'browser' }, html);
          await enqueue(next);
          await progress();
        },
        async failedRequestHandler({ request, page }, error) {
          stats.failures++;
          noteBlocked(page, request.url);
          frontier.fail(request.url, metaOf(request.userData), 'browser', describeError(error));
          await progress();
        },
      },
      config,
    );

  let rounds = 0;
  for (;;) {
    if (input.signal?.aborted) break;
    const [h, b] = await Promise.all([httpQueue.isEmpty(), browserQueue.isEmpty()]);
    if (h && b) break;
    rounds++;
    if (!h) await runUntil(httpCrawler(), input.signal);
    if (input.signal?.aborted) break;
    if (!(await browserQueue.isEmpty())) await runUntil(browserCrawler(), input.signal);
    if (rounds > limits.maxDepth + 4) {
      log.warn('stopping after too many rounds');
      break;
    }
  }
  const durationMs = Math.round(performance.now() - t0);
  const pages = stats.http + stats.browser;
  return { pages, httpPages: stats.http, browserPages: stats.browser, failures: stats.failures, rounds, durationMs, pagesPerSecond: Math.round((pages / Math.max(0.001, durationMs / 1000)) * 10) / 10 };
}

async function runUntil(crawler: CheerioCrawler | PlaywrightCrawler, signal: AbortSignal | undefined): Promise<void> {
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
