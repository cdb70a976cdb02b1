// npm run bench:crawl — discovery throughput and memory on a generated web (BENCH_SITES sites × 7
// pages, 8,000 pages by default), dijkwacht's HTTP-first crawl (classification, fetch plan, catalog)
// against a bare CheerioCrawler that only fetches and follows links. Fair by construction: the web
// and its proxy in a process of their own, each crawl in a fresh child process, alternated
// (A B B A …) for BENCH_PAIRS pairs; medians and pair-by-pair ratios; peak RSS of each child.
// Then one browser-for-every-page crawl of BENCH_BROWSER_PAGES pages (0 skips it). With
// BENCH_COMPARE_DIST=DIR (another build's dist/, e.g. of the previous commit) its crawl joins each
// round as a third side, so a change is measured against its baseline on the same machine and minute.
import { resolve } from 'node:path';
import { projectRoot } from '../src/core/version.js';
import type { ChildResult, CrawlMode } from './bench/crawl-child.js';
import { PAGES_PER_SITE } from './bench/crawl-web.js';
import { firstLine, medianRatio, percentile, sampleTree, table } from './bench/measure.js';

const PAGES = Number(process.env.BENCH_PAGES ?? 8000);
const SITES = Number(process.env.BENCH_SITES ?? Math.ceil(PAGES / PAGES_PER_SITE));
const PAIRS = Math.max(1, Number(process.env.BENCH_PAIRS ?? 3));
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const BROWSER_PAGES = Number(process.env.BENCH_BROWSER_PAGES ?? 400);
const benchDir = resolve(projectRoot, 'dist', 'scripts', 'bench');
const compareDir = process.env.BENCH_COMPARE_DIST ? resolve(process.env.BENCH_COMPARE_DIST, 'scripts', 'bench') : null;

const web = firstLine([resolve(benchDir, 'crawl-web.js'), String(SITES)]);
const { proxyUrl } = JSON.parse(await web.line) as { proxyUrl: string };

type Measured = ChildResult & { treePeakMiB: number; browserPeakMiB: number };

async function measure(mode: CrawlMode, maxPages: number, dir = benchDir): Promise<Measured> {
  process.stderr.write(`${mode}${dir === benchDir ? '' : ` (${dir})`}: crawling up to ${maxPages} pages in a new process …\n`);
  const run = firstLine([resolve(dir, 'crawl-child.js'), mode, proxyUrl, String(SITES), String(maxPages), String(CONCURRENCY)]);
  const tree = sampleTree(run.child.pid!);
  try {
    const result = JSON.parse(await run.line) as ChildResult;
    const peaks = tree.stop();
    return { ...result, treePeakMiB: peaks.ownPeakMiB, browserPeakMiB: peaks.descendantsPeakMiB };
  } finally {
    tree.stop();
  }
}

const rate = (r: ChildResult): number => r.pages / r.seconds;
const f1 = (n: number): string => n.toFixed(1);
const mib = (n: number): string => `${n.toFixed(0)} MiB`;

try {
  const bare: Measured[] = [];
  const ours: Measured[] = [];
  const baseline: Measured[] = [];
  const order: string[] = [];
  for (let pair = 0; pair < PAIRS; pair++) {
    // A B, then B A (with a baseline build: rotated A B C, B C A, C A B): no side always runs on a warmer machine.
    const sides = compareDir ? ['bare', 'dijkwacht', 'baseline'] : ['bare', 'dijkwacht'];
    const turn = compareDir ? [...sides.slice(pair % 3), ...sides.slice(0, pair % 3)] : pair % 2 === 0 ? sides : [...sides].reverse();
    for (const side of turn) {
      if (side === 'bare') bare.push(await measure('bare', PAGES));
      else if (side === 'dijkwacht') ours.push(await measure('dijkwacht', PAGES));
      else baseline.push(await measure('dijkwacht', PAGES, compareDir!));
    }
    order.push(turn.join(', '));
  }
  const browser = BROWSER_PAGES > 0 ? await measure('browser', Math.min(BROWSER_PAGES, PAGES)) : null;

  console.log(`\ndijkwacht bench:crawl — generated web of ${SITES} sites × ${PAGES_PER_SITE} pages (home + role pages), ${PAGES} pages per crawl, fetch plan and classification on, web and proxy in their own process, each crawl in its own process, concurrency ${CONCURRENCY}, robots.txt on (dijkwacht)\n`);
  const rows = [['pair', 'order', 'bare pages', 'bare pages/s', 'dijkwacht pages', 'dijkwacht pages/s', 'pages/s ratio', 'bare peak RSS', 'dijkwacht peak RSS', 'RSS ratio', 'classification share']];
  rows.push(rows[0]!.map(() => '---'));
  for (let i = 0; i < PAIRS; i++) {
    const [b, d] = [bare[i]!, ours[i]!];
    rows.push([String(i + 1), order[i]!, String(b.pages), f1(rate(b)), String(d.pages), f1(rate(d)), `${(rate(d) / rate(b)).toFixed(2)}×`, mib(b.peakRssMiB), mib(d.peakRssMiB), `${(d.peakRssMiB / b.peakRssMiB).toFixed(2)}×`, `${((100 * (d.analysisSeconds ?? 0)) / d.seconds).toFixed(0)}%`]);
  }
  const median = (xs: number[]): number => percentile(xs, 50);
  const speedRatio = medianRatio(ours.map(rate), bare.map(rate));
  const rssRatio = medianRatio(ours.map((r) => r.peakRssMiB), bare.map((r) => r.peakRssMiB));
  const share = median(ours.map((r) => (r.analysisSeconds ?? 0) / r.seconds));
  rows.push(['median', '', '', f1(median(bare.map(rate))), '', f1(median(ours.map(rate))), `${speedRatio.toFixed(2)}×`, mib(median(bare.map((r) => r.peakRssMiB))), mib(median(ours.map((r) => r.peakRssMiB))), `${rssRatio.toFixed(2)}×`, `${(100 * share).toFixed(0)}%`]);
  console.log(table(rows));
  const short = [...bare, ...ours].filter((r) => r.pages < PAGES);
  if (short.length > 0) console.log(`\nNOTE: ${short.length} crawl(s) ended before ${PAGES} pages (${short.map((r) => `${r.mode} ${r.pages}`).join(', ')}): compare with care.`);
  console.log(`\n${table([
    ['target', 'measured', 'goal'],
    ['---', '---', '---'],
    ['dijkwacht pages/s against bare Cheerio (median of pair ratios)', `${speedRatio.toFixed(2)}×`, '≥ 0.90×'],
    [`peak RSS against bare Cheerio at ${PAGES} pages (median of pair ratios)`, `${rssRatio.toFixed(2)}×`, '≤ 1.20×'],
    ['dijkwacht pages per second (median)', f1(median(ours.map(rate))), '≥ 150'],
    ['parse + classify share of crawl time (median)', `${(100 * share).toFixed(0)}%`, '≤ 20%'],
    ['dijkwacht failures (all runs)', String(ours.reduce((n, r) => n + r.failures, 0)), '0'],
  ])}`);
  if (baseline.length > 0) {
    const b = medianRatio(baseline.map(rate), bare.map(rate));
    console.log(`\nbaseline build (${process.env.BENCH_COMPARE_DIST}), same rounds: ${f1(median(baseline.map(rate)))} pages/s, ${b.toFixed(2)}× bare (median of ratios), peak RSS ${mib(median(baseline.map((r) => r.peakRssMiB)))} (${medianRatio(baseline.map((r) => r.peakRssMiB), bare.map((r) => r.peakRssMiB)).toFixed(2)}× bare), classification share ${(100 * median(baseline.map((r) => (r.analysisSeconds ?? 0) / r.seconds))).toFixed(0)}%, failures ${baseline.reduce((n, r) => n + r.failures, 0)}; this build against it: ${medianRatio(ours.map(rate), baseline.map(rate)).toFixed(2)}× pages/s`);
  }
  if (browser) {
    console.log(`\nbrowser for every page (Playwright), ${browser.pages} pages: ${f1(rate(browser))} pages/s, peak RSS node ${mib(browser.peakRssMiB)}, its browser ${mib(browser.browserPeakMiB)}; HTTP-first is ${(median(ours.map(rate)) / rate(browser)).toFixed(1)}× its pages per second.`);
  }
} finally {
  web.child.kill();
}
