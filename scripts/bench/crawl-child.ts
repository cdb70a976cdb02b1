// One side of the crawl benchmark, in a process of its own so that neither side inherits the other's
// heap, JIT or connections: `bare` (a CheerioCrawler with dijkwacht's concurrency and session settings
// that fetches and follows every link, nothing else),
// `dijkwacht` (the HTTP-first crawl with classification, fetch plan and catalog) or `browser` (every
// page rendered). Prints one JSON line: pages, crawl seconds, peak RSS of this process.
//   node dist/scripts/bench/crawl-child.js MODE PROXY_URL SITES MAX_PAGES CONCURRENCY [SEEDS]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CheerioCrawler, Configuration, ProxyConfiguration, log as crawleeLog } from 'crawlee';
import { Catalog } from '../../src/catalog/index.js';
import { crawl } from '../../src/discover/index.js';
import { loadOptions, testDefaults } from '../../src/options/index.js';
import { PAGES_PER_SITE, seedsOf } from './crawl-web.js';

export type CrawlMode = 'bare' | 'dijkwacht' | 'browser';

export interface ChildResult {
  mode: CrawlMode;
  pages: number;
  failures: number;
  seconds: number;
  /** Time spent parsing and classifying (dijkwacht and browser only). */
  analysisSeconds: number | null;
  /** Peak resident memory of this process (getrusage), MiB. */
  peakRssMiB: number;
}

const [mode, proxyUrl, sitesArg, maxPagesArg, concurrencyArg, seedsArg] = process.argv.slice(2) as [CrawlMode, string, string, string, string, string | undefined];
const seedCount = Number(seedsArg ?? 20);
const sites = Number(sitesArg);
const maxPages = Number(maxPagesArg);
const concurrency = Number(concurrencyArg);
const peakRss = (): number => process.resourceUsage().maxRSS / 1024;

async function bare(): Promise<ChildResult> {
  crawleeLog.setLevel(crawleeLog.LEVELS.OFF);
  const config = new Configuration({ persistStorage: false, purgeOnStart: true, availableMemoryRatio: 0.6 });
  let pages = 0;
  let failures = 0;
  const crawler = new CheerioCrawler(
    {
      proxyConfiguration: new ProxyConfiguration({ proxyUrls: [proxyUrl] }),
      maxRequestsPerCrawl: maxPages,
      // The transport settings dijkwacht's HTTP crawler uses (crawlers/http/main.ts), so that the
      // ratio measures dijkwacht's own work, not two autoscaler or session policies.
      minConcurrency: Math.min(8, concurrency),
      maxConcurrency: concurrency,
      useSessionPool: false,
      persistCookiesPerSession: false,
      requestHandler: async ({ enqueueLinks }) => {
        pages++;
        await enqueueLinks({ strategy: 'all' });
      },
      failedRequestHandler: () => {
        failures++;
      },
    },
    config,
  );
  const t0 = performance.now();
  await crawler.run(seedsOf(sites, seedCount));
  return { mode, pages, failures, seconds: (performance.now() - t0) / 1000, analysisSeconds: null, peakRssMiB: peakRss() };
}

async function dijkwacht(browserOnly: boolean): Promise<ChildResult> {
  const dataDir = await mkdtemp(join(tmpdir(), 'dw-bench-crawl-'));
  const options = loadOptions({ env: {}, overrides: { ...testDefaults, dataDir, proxy: proxyUrl, crawlSameDomainDelayMs: 0, crawlRequestsPerMinute: 1_000_000, crawlConcurrency: concurrency, respectRobotsTxt: true } });
  const catalog = new Catalog(dataDir);
  try {
    const run = catalog.startRun('crawl', `bench-${mode}`, {});
    const stats = await crawl({
      options,
      catalog,
      run,
      seeds: seedsOf(sites, seedCount).map((url) => ({ url, source: 'seed' as const })),
      limits: { maxDepth: 200, maxPages, maxPagesPerSite: PAGES_PER_SITE, rolePagesPerSite: PAGES_PER_SITE - 1, skipDomains: [] },
      browserOnly,
    });
    return { mode, pages: stats.pages, failures: stats.failures, seconds: stats.durationMs / 1000, analysisSeconds: stats.analysisMs / 1000, peakRssMiB: peakRss() };
  } finally {
    catalog.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const result = mode === 'bare' ? await bare() : await dijkwacht(mode === 'browser');
process.stdout.write(`${JSON.stringify(result)}\n`);
// Crawlee keeps timers (the autoscaler's system-status snapshots) alive: the result is out, the process ends.
process.exit(0);
