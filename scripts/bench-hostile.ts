// npm run bench:hostile — time and peak memory of discovery's HTTP crawler and of capture on the
// hostile bodies and pages of the test world (gzip bomb, endless and huge bodies, lying lengths,
// renderer hangs, dialog loops): each case alone, the world in its own process.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { captureUrls } from '../src/capture/index.js';
import { Catalog } from '../src/catalog/index.js';
import { projectRoot } from '../src/core/version.js';
import { crawl } from '../src/discover/index.js';
import { initKeys } from '../src/evidence/index.js';
import { loadOptions, testDefaults } from '../src/options/index.js';
import { sampleMemory, table } from './bench/measure.js';

const BODY_CASES = ['/body/gzip-bomb', '/body/endless', '/body/huge-declared', '/body/huge-no-length', '/body/length-overstated', '/body/slow-trickle'];
const PAGE_CASES = ['/dom/million', '/dom/hang', '/dialog/alert', '/body/gzip-bomb', '/body/huge-no-length'];
const LIMIT = 10 * 1024 * 1024;

const worldProcess = spawn(process.execPath, [resolve(projectRoot, 'dist', 'scripts', 'world.js'), '--json', '--no-s3'], { stdio: ['ignore', 'pipe', 'inherit'] });
const first = await new Promise<string>((ok) => createInterface({ input: worldProcess.stdout }).once('line', ok));
const world = JSON.parse(first) as { proxyUrl: string; tsaUrl?: string };
const dataDir = await mkdtemp(join(tmpdir(), 'dw-bench-hostile-'));
await initKeys({ dataDir, name: 'bench', organisation: 'bench' });
const base = { ...testDefaults, dataDir, proxy: world.proxyUrl, crawlSameDomainDelayMs: 0, crawlRequestsPerMinute: 1_000_000, crawlMaxRetries: 0, crawlMaxPageBytes: LIMIT, navigationTimeoutMs: 15_000, tsaUrls: [] };

async function crawlCase(path: string): Promise<string[]> {
  const catalog = new Catalog(dataDir);
  const memory = sampleMemory();
  const t0 = performance.now();
  try {
    const run = catalog.startRun('crawl', `bench-hostile-${path}-${Date.now()}`, {});
    await crawl({ options: loadOptions({ env: {}, overrides: base }), catalog, run, seeds: [{ url: `http://hostile.test${path}`, source: 'seed' }], limits: { maxDepth: 0, maxPages: 1, maxPagesPerSite: 1, skipDomains: [] } });
    const m = memory.stop();
    const failure = catalog.failures(run.id)[0]?.reason ?? 'read';
    return [path, `${((performance.now() - t0) / 1000).toFixed(1)} s`, `${m.nodePeakMiB.toFixed(0)} MiB`, failure.slice(0, 90)];
  } finally {
    catalog.close();
  }
}

async function captureCase(path: string): Promise<string[]> {
  const memory = sampleMemory();
  const t0 = performance.now();
  const [r] = await captureUrls({ urls: [`http://hostile.test${path}`], options: loadOptions({ env: {}, overrides: { ...base, captureDeadlineMs: 60_000 } }) });
  const m = memory.stop();
  const outcome = r?.ok ? `${r.status}: ${r.reasons[0] ?? ''}` : `error: ${r?.error ?? '?'}`;
  return [path, `${((performance.now() - t0) / 1000).toFixed(1)} s`, `${m.nodePeakMiB.toFixed(0)} MiB`, `${m.browserPeakMiB.toFixed(0)} MiB`, outcome.slice(0, 90)];
}

try {
  const crawlRows: string[][] = [];
  for (const path of BODY_CASES) crawlRows.push(await crawlCase(path));
  const captureRows: string[][] = [];
  for (const path of PAGE_CASES) captureRows.push(await captureCase(path));
  console.log(`\ndijkwacht bench:hostile — one case at a time, world in its own process, crawlMaxPageBytes ${LIMIT} bytes\n`);
  console.log('Discovery, HTTP crawler (Cheerio through the egress proxy)\n');
  console.log(table([['case', 'time', 'peak RSS node', 'outcome'], ['---', '---', '---', '---'], ...crawlRows]));
  console.log('\nCapture (Chromium through the egress proxy, one URL per run including browser start)\n');
  console.log(table([['case', 'time', 'peak RSS node', 'peak RSS chromium', 'outcome'], ['---', '---', '---', '---', '---'], ...captureRows]));
} finally {
  worldProcess.kill();
  await rm(dataDir, { recursive: true, force: true });
}
