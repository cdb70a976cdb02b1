// npm run bench:workers — the generated web crawled by 1, 2 and 4 `dijkwacht worker --roles crawl`
// processes against one PostgreSQL (started here), beside one `crawl` process on the embedded SQLite
// catalog in the same run; then the shared frontier's raw claim rate. Per setup: pages/s, frontier
// claims/s (URLs handed out), the database's share of all CPU used, peak RSS per worker. Twice: on
// a web that answers at once (the crawl is CPU-bound: on 2 cores, more workers only share them) and on
// one that answers after BENCH_LATENCY_MS (network-bound, as the real web is: workers add up).
// Seconds are from the first page fetched to the last (as bench:crawl counts); "wall" adds start-up.
//   BENCH_PAGES (3000) BENCH_WORKERS ("1,2,4") BENCH_CONCURRENCY (16) BENCH_LATENCY_MS (300) BENCH_SEEDS (100)
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import pg from 'pg';
import { projectRoot } from '../src/core/version.js';
import { PostgresSharedFrontierRepository } from '../src/catalog/postgres/frontier.js';
import { migratePostgres } from '../src/catalog/postgres/migrations.js';
import { createTestDatabase, startPostgres } from '../test/support/postgres-server.js';
import type { ChildResult } from './bench/crawl-child.js';
import { PAGES_PER_SITE, seedsOf } from './bench/crawl-web.js';
import { cpuSeconds, firstLine, peakRssOf, pidsOf, table } from './bench/measure.js';

const PAGES = Number(process.env.BENCH_PAGES ?? 3000);
const SITES = Math.ceil(PAGES / PAGES_PER_SITE);
const WORKERS = (process.env.BENCH_WORKERS ?? '1,2,4').split(',').map(Number);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 300);
// Seeds spread over the web: enough that the frontier is wide from the start (a crawl from a few seeds waits on its first pages, however many workers it has).
const SEEDS = Number(process.env.BENCH_SEEDS ?? 100);
const cli = resolve(projectRoot, 'dist', 'src', 'cli', 'main.js');
const benchDir = resolve(projectRoot, 'dist', 'scripts', 'bench');
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const server = await startPostgres();
const rows: string[][] = [];
const postgresCpu = (): number => pidsOf('postgres').reduce((n, pid) => n + cpuSeconds(pid), 0);

async function series(latencyMs: number): Promise<void> {
  const web = firstLine([resolve(benchDir, 'crawl-web.js'), String(SITES), String(latencyMs)]);
  const { proxyUrl } = JSON.parse(await web.line) as { proxyUrl: string };
  const webName = latencyMs > 0 ? `${latencyMs} ms web` : 'instant web';
  try {
    await crawls(proxyUrl, webName);
  } finally {
    web.child.kill();
  }
}

async function crawls(proxyUrl: string, webName: string): Promise<void> {
  // One process, the embedded SQLite catalog: the same crawl child bench:crawl uses.
  process.stderr.write(`${webName}, sqlite: one crawl process, up to ${PAGES} pages …\n`);
  const solo = firstLine([resolve(benchDir, 'crawl-child.js'), 'dijkwacht', proxyUrl, String(SITES), String(PAGES), String(CONCURRENCY), String(SEEDS)]);
  const soloResult = JSON.parse(await solo.line) as ChildResult;
  rows.push([webName, 'sqlite, 1 process', String(soloResult.pages), soloResult.seconds.toFixed(1), '–', (soloResult.pages / soloResult.seconds).toFixed(1), '–', '–', `${soloResult.peakRssMiB.toFixed(0)} MiB`]);

  for (const workers of WORKERS) {
    const db = await createTestDatabase(server.url, 'dw_bench_workers');
    const env = {
      ...process.env,
      DIJKWACHT_CATALOG_URL: db.url,
      DIJKWACHT_PROXY: proxyUrl,
      DIJKWACHT_LOG_LEVEL: 'silent',
      DIJKWACHT_MAX_DEPTH: '20',
      DIJKWACHT_MAX_PAGES: String(PAGES),
      DIJKWACHT_MAX_PAGES_PER_SITE: String(PAGES_PER_SITE),
      DIJKWACHT_ROLE_PAGES_PER_SITE: String(PAGES_PER_SITE - 1),
      DIJKWACHT_CRAWL_SAME_DOMAIN_DELAY_MS: '0',
      DIJKWACHT_CRAWL_REQUESTS_PER_MINUTE: '100000',
      DIJKWACHT_CRAWL_CONCURRENCY: String(CONCURRENCY),
      DIJKWACHT_CRAWL_ANALYSIS_THREADS: '1',
      DIJKWACHT_QUEUE_POLL_MS: '200',
    };
    const queued = firstLine([cli, 'crawl', ...seedsOf(SITES, SEEDS).flatMap((s) => ['--seed', s]), '--queue', '--jobs', String(workers)], env);
    const runId = Number(await queued.line);
    process.stderr.write(`${webName}, postgres: ${workers} worker(s) on run ${runId} …\n`);
    const cpu0 = postgresCpu();
    const t0 = performance.now();
    const children = Array.from({ length: workers }, () => spawn(process.execPath, [cli, 'worker', '--roles', 'crawl', '--concurrency', '1'], { env, stdio: 'ignore' }));
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const peaks = children.map(() => 0);
    let workerCpu = 0;
    for (;;) {
      await sleep(250);
      children.forEach((c, i) => (peaks[i] = Math.max(peaks[i]!, peakRssOf(c.pid!))));
      workerCpu = children.reduce((n, c) => n + cpuSeconds(c.pid!), 0) || workerCpu;
      const { rows: r } = await client.query<{ status: string }>('SELECT status FROM runs WHERE id = $1', [runId]);
      if (r[0]?.status === 'done') break;
    }
    const wall = (performance.now() - t0) / 1000;
    const dbCpu = postgresCpu() - cpu0;
    const { rows: span } = await client.query<{ n: string; first: string; last: string }>('SELECT count(*) AS n, min(fetched_at) AS first, max(fetched_at) AS last FROM pages WHERE run_id = $1', [runId]);
    const pages = Number(span[0]?.n);
    const seconds = (Date.parse(span[0]!.last) - Date.parse(span[0]!.first)) / 1000;
    await client.end();
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
    rows.push([webName, `postgres, ${workers} worker(s)`, String(pages), seconds.toFixed(1), wall.toFixed(1), (pages / seconds).toFixed(1), (pages / seconds).toFixed(1), `${((100 * dbCpu) / Math.max(0.01, dbCpu + workerCpu)).toFixed(0)}%`, peaks.map((p) => `${p.toFixed(0)}`).join('/') + ' MiB']);
    await db.drop();
  }
}

try {
  await series(0);
  if (LATENCY_MS > 0) await series(LATENCY_MS);

  // The shared frontier alone: URLs claimed and completed as fast as 1 and 4 claimers can, batches of 16.
  const claims: string[][] = [];
  for (const claimers of [1, 4]) {
    const db = await createTestDatabase(server.url, 'dw_bench_claims');
    const pool = new pg.Pool({ connectionString: db.url, max: claimers + 1 });
    await migratePostgres(pool, db.url);
    const frontier = new PostgresSharedFrontierRepository(pool);
    const { rows: r } = await pool.query<{ id: string }>("INSERT INTO runs (kind, name, status, started_at, config_json) VALUES ('crawl', 'bench', 'running', 'now', '{}') RETURNING id");
    const runId = Number(r[0]!.id);
    const total = 8000;
    await frontier.setBudget(runId, { maxPages: null, maxPagesPerSite: null });
    for (let i = 0; i < total; i += 1000) {
      await frontier.enqueue(runId, Array.from({ length: 1000 }, (_, k) => ({ url: `http://gen-${(i + k) % 997}.test/p${i + k}`, site: `gen-${(i + k) % 997}.test`, depth: 1, source: 'link' as const, label: 'home', fromHub: false, isSeed: false })));
    }
    const t0 = performance.now();
    let done = 0;
    await Promise.all(
      Array.from({ length: claimers }, async (_, w) => {
        for (;;) {
          const got = await frontier.claim(runId, 16, `bench-${w}`, 60_000);
          if (got.length === 0) return;
          for (const g of got) await frontier.complete(runId, g.url, `bench-${w}`);
          done += got.length;
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    claims.push([String(claimers), String(done), seconds.toFixed(2), (done / seconds).toFixed(0)]);
    await pool.end();
    await db.drop();
  }
  console.log(table([['web', 'setup', 'pages', 'seconds', 'wall', 'pages/s', 'frontier claims/s', 'database CPU share', 'peak RSS per worker'], ...rows]));
  console.log('');
  console.log('shared frontier alone (claim 16, complete each):');
  console.log(table([['claimers', 'URLs', 'seconds', 'claims/s'], ...claims]));
} finally {
  await server.stop();
}
