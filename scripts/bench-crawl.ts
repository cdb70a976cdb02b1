// npm run bench:crawl — discovery throughput on a generated test web (320 sites × 7 pages), HTTP-first
// versus a browser for every page, with the test world in its own process.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { CheerioCrawler, Configuration, ProxyConfiguration, log as crawleeLog } from 'crawlee';
import { Catalog } from '../src/catalog/index.js';
import { projectRoot } from '../src/core/version.js';
import { crawl, type CrawlStats } from '../src/discover/index.js';
import { loadOptions, testDefaults } from '../src/options/index.js';
import { GENERATED_PAGES_PER_SITE, GENERATED_SITES, generatedSeeds } from '../test/world/generated-web.js';
import { sampleMemory, table } from './bench/measure.js';

const BROWSER_PAGES = Number(process.env.BENCH_BROWSER_PAGES ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const total = GENERATED_SITES * GENERATED_PAGES_PER_SITE;

const worldProcess = spawn(process.execPath, [resolve(projectRoot, 'dist', 'scripts', 'world.js'), '--json', '--no-s3'], { stdio: ['ignore', 'pipe', 'inherit'] });
const first = await new Promise<string>((ok) => createInterface({ input: worldProcess.stdout }).once('line', ok));
const world = JSON.parse(first) as { proxyUrl: string };
const dataDir = await mkdtemp(join(tmpdir(), 'dw-bench-crawl-'));

async function measure(name: string, browserOnly: boolean, maxPages: number): Promise<{ stats: CrawlStats; node: number; browser: number }> {
  const options = loadOptions({ env: {}, overrides: { ...testDefaults, dataDir, proxy: world.proxyUrl, crawlSameDomainDelayMs: 0, crawlRequestsPerMinute: 1_000_000, crawlConcurrency: CONCURRENCY, respectRobotsTxt: true } });
  const catalog = new Catalog(dataDir);
  const memory = sampleMemory();
  try {
    process.stderr.write(`${name}: crawling up to ${maxPages} pages …\n`);
    const run = catalog.startRun('crawl', `bench-${name}`, {});
    const stats = await crawl({
      options,
      catalog,
      run,
      seeds: generatedSeeds().map((url) => ({ url, source: 'seed' as const })),
      limits: { maxDepth: 30, maxPages, maxPagesPerSite: GENERATED_PAGES_PER_SITE, rolePagesPerSite: GENERATED_PAGES_PER_SITE - 1, skipDomains: [] },
      browserOnly,
    });
    const m = memory.stop();
    return { stats, node: m.nodePeakMiB, browser: m.browserPeakMiB };
  } finally {
    catalog.close();
  }
}

/** A bare CheerioCrawler over the same web and proxy: fetch, follow every link, no classification or catalog. */
async function measureBare(maxPages: number): Promise<{ pages: number; pagesPerSecond: number; node: number }> {
  crawleeLog.setLevel(crawleeLog.LEVELS.OFF);
  const memory = sampleMemory();
  const config = new Configuration({ persistStorage: false, purgeOnStart: true, availableMemoryRatio: 0.6 });
  let pages = 0;
  const crawler = new CheerioCrawler(
    {
      proxyConfiguration: new ProxyConfiguration({ proxyUrls: [world.proxyUrl] }),
      maxRequestsPerCrawl: maxPages,
      maxConcurrency: CONCURRENCY,
      requestHandler: async ({ enqueueLinks }) => {
        pages++;
        await enqueueLinks({ strategy: 'all' });
      },
    },
    config,
  );
  process.stderr.write(`bare CheerioCrawler: crawling up to ${maxPages} pages …\n`);
  const t0 = performance.now();
  await crawler.run(generatedSeeds());
  const seconds = (performance.now() - t0) / 1000;
  return { pages, pagesPerSecond: Math.round((pages / seconds) * 10) / 10, node: memory.stop().nodePeakMiB };
}

try {
  const bare = await measureBare(total);
  const http = await measure('http-first', false, total);
  const browser = await measure('browser', true, Math.min(BROWSER_PAGES, total));
  const ratio = http.stats.pagesPerSecond / Math.max(0.01, browser.stats.pagesPerSecond);
  console.log(`\ndijkwacht bench:crawl — generated web of ${GENERATED_SITES} sites × ${GENERATED_PAGES_PER_SITE} pages (home + role pages, ${total} pages), fetch plan on, world in its own process, concurrency ${CONCURRENCY}, robots.txt on\n`);
  console.log(
    table([
      ['metric', 'HTTP first (Cheerio)', 'browser for every page (Playwright)'],
      ['---', '---', '---'],
      ['pages crawled', String(http.stats.pages), String(browser.stats.pages)],
      ['failures', String(http.stats.failures), String(browser.stats.failures)],
      ['time', `${(http.stats.durationMs / 1000).toFixed(1)} s`, `${(browser.stats.durationMs / 1000).toFixed(1)} s`],
      ['pages per second', String(http.stats.pagesPerSecond), String(browser.stats.pagesPerSecond)],
      ['parse + classify (all handlers)', `${(http.stats.analysisMs / 1000).toFixed(1)} s, ${((http.stats.analysisMs / http.stats.pages)).toFixed(2)} ms/page`, `${(browser.stats.analysisMs / 1000).toFixed(1)} s, ${((browser.stats.analysisMs / browser.stats.pages)).toFixed(2)} ms/page`],
      ['classification share of crawl time', `${((100 * http.stats.analysisMs) / http.stats.durationMs).toFixed(0)}%`, `${((100 * browser.stats.analysisMs) / browser.stats.durationMs).toFixed(0)}%`],
      ['peak RSS, node', `${http.node.toFixed(0)} MiB`, `${browser.node.toFixed(0)} MiB`],
      ['peak RSS, chromium', `${http.browser.toFixed(0)} MiB`, `${browser.browser.toFixed(0)} MiB`],
      ['peak RSS, total', `${(http.node + http.browser).toFixed(0)} MiB`, `${(browser.node + browser.browser).toFixed(0)} MiB`],
    ].map((r) => [r[0]!, `${r[1]} | ${r[2]}`] as [string, string])),
  );
  console.log(`\nHTTP-first is ${ratio.toFixed(1)}× the pages per second of a browser for every page.`);
  console.log(`\nbare CheerioCrawler, same web and proxy: ${bare.pages} pages, ${bare.pagesPerSecond} pages/s, peak RSS ${bare.node.toFixed(0)} MiB`);
  console.log(`dijkwacht HTTP-first against it: ${(http.stats.pagesPerSecond / Math.max(0.01, bare.pagesPerSecond)).toFixed(2)}× its pages/s (target ≥ 0.9), ${(http.node / Math.max(1, bare.node)).toFixed(2)}× its peak node RSS (target ≤ 1.2)`);
} finally {
  worldProcess.kill();
  await rm(dataDir, { recursive: true, force: true });
}
