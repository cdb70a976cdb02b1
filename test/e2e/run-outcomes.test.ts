import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initKeys } from '../../src/evidence/index.js';
import { CLI, runCli, type CliRun } from '../support/cli.js';
import { generatedSeeds } from '../world/generated-web.js';
import { startWorld, type World } from '../world/index.js';

let world: World;
let root: string;

const FAST = { DIJKWACHT_CRAWL_SAME_DOMAIN_DELAY_MS: '0', DIJKWACHT_SEARCH_REQUESTS_PER_SECOND: '50', DIJKWACHT_CRAWL_REQUESTS_PER_MINUTE: '100000' };
const dijkwacht = (args: string[], env: Record<string, string> = {}): Promise<CliRun> => runCli(args, { ...FAST, ...env });

beforeAll(async () => {
  world = await startWorld();
  root = await mkdtemp(join(tmpdir(), 'dw-outcomes-'));
});
afterAll(async () => {
  await world?.stop();
  await rm(root, { recursive: true, force: true });
});

async function freshDir(name: string): Promise<string> {
  const dir = join(root, name);
  await rm(dir, { recursive: true, force: true });
  return dir;
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Spawned {
  pid: number;
  output(): { stdout: string; stderr: string };
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** Starts the CLI as a user would, to send it signals. */
function start(args: string[], env: Record<string, string> = {}): Spawned {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, DIJKWACHT_LOG_LEVEL: 'silent', ...FAST, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { pid: child.pid!, output: () => ({ stdout, stderr }), ended };
}

async function until(what: string, check: () => boolean | Promise<boolean>, child: Spawned): Promise<void> {
  let done = false;
  void child.ended.then(() => (done = true));
  while (!(await check())) {
    if (done) throw new Error(`the command ended before ${what}: ${JSON.stringify(child.output())}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function pagesIn(dataDir: string): number {
  const file = join(dataDir, 'catalog.sqlite');
  if (!existsSync(file)) return 0;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM pages').get() as { n: number }).n;
  } catch {
    return 0; // not migrated yet
  } finally {
    db.close();
  }
}

function duplicatePages(dataDir: string): unknown[] {
  const db = new Database(join(dataDir, 'catalog.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT run_id, url, COUNT(*) AS n FROM pages GROUP BY run_id, url HAVING n > 1').all();
  } finally {
    db.close();
  }
}

/** The resume command a stopped run printed, as arguments for the CLI. */
function resumeArgs(stderr: string): string[] {
  const line = /resume with: (.+)/.exec(stderr)?.[1];
  expect(line, stderr).toBeDefined();
  expect(line).not.toMatch(/['"\\]/); // plain words here: split as a shell would
  const words = line!.trim().split(/\s+/);
  expect(words[0]).toBe('dijkwacht');
  return words.slice(1);
}

describe('failure never looks like success', () => {
  it('discover with no engine, neither from the command nor from config, is a usage error that names both ways', async () => {
    const queries = join(root, 'queries.txt');
    await writeFile(queries, 'undress ai\n');
    const run = await dijkwacht(['discover', '--queries', queries, '--data-dir', await freshDir('no-engine')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--engine/);
    expect(run.stderr).toMatch(/searchEngines/);
  });

  it('discover takes its engines from the config file', async () => {
    const queries = join(root, 'queries.txt');
    await writeFile(queries, 'undress ai\n');
    const config = join(root, 'engines.json');
    await writeFile(config, JSON.stringify({ searchEngines: ['searxng'], searxngUrl: world.search.searxngUrl }));
    const run = await dijkwacht(['discover', '--config', config, '--queries', queries, '--max-depth', '0', '--proxy', world.proxyUrl, '--data-dir', await freshDir('config-engine'), '--json']);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { run: { status: string }; stats: { searchHits: number } };
    expect(out.run.status).toBe('done');
    expect(out.stats.searchHits).toBeGreaterThan(0);
  });

  it('an unreachable SearXNG fails the run: exit 5, a hint at the URL, status failed in runs list', async () => {
    const queries = join(root, 'queries3.txt');
    await writeFile(queries, 'undress ai\nnudify app\ndeepfake maker\n');
    const dataDir = await freshDir('searxng-down');
    const run = await dijkwacht(['discover', '--engine', 'searxng', '--searxng-url', `http://127.0.0.1:${await closedPort()}/`, '--queries', queries, '--data-dir', dataDir]);
    expect(run.code, run.stderr).toBe(5);
    const line = run.stderr.split('\n').find((l) => l.startsWith('dijkwacht: '));
    expect(line).toMatch(/every search failed .*ECONNREFUSED.*: is --searxng-url right, and is the searxng endpoint running there\?/);
    expect(run.stdout).toMatch(/: failed\n/);
    const runs = JSON.parse((await dijkwacht(['runs', 'list', '--json', '--data-dir', dataDir])).stdout) as { status: string; stats: { failure?: string } }[];
    expect(runs.map((r) => r.status)).toEqual(['failed']);
    expect(runs[0]!.stats.failure).toMatch(/every search failed/);
    // one refused connection is enough: the other queries were not asked
    const show = JSON.parse((await dijkwacht(['runs', 'show', '1', '--json', '--data-dir', dataDir])).stdout) as { failures: { what: string; reason: string }[] };
    expect(show.failures.filter((f) => f.reason.startsWith('not searched: the searxng endpoint cannot be reached'))).toHaveLength(2);
  });

  it('a crawl whose every fetch failed (no proxy, so the names do not resolve) exits 5 and asks about --proxy', async () => {
    const dataDir = await freshDir('no-proxy');
    const run = await dijkwacht(['crawl', '--seed', 'http://pixelpeel.test/', '--seed', 'http://undressly.test/', '--max-depth', '0', '--data-dir', dataDir, '--json']);
    expect(run.code, run.stderr).toBe(5);
    expect(run.stderr).toMatch(/every fetch failed \(2 of 2; first: .*ENOTFOUND (pixelpeel|undressly)\.test.*\): the names do not resolve from here: is --proxy missing\?/);
    const out = JSON.parse(run.stdout) as { run: { status: string }; failure: string };
    expect(out.run.status).toBe('failed');
    expect(out.failure).toMatch(/is --proxy missing\?/);
  });

  it('a crawl where only some fetches failed is a success, with the failures counted', async () => {
    const run = await dijkwacht(['crawl', '--seed', 'http://undressly.test/', '--seed', 'http://pixelpeel.test/missing', '--max-depth', '0', '--proxy', world.proxyUrl, '--data-dir', await freshDir('partial'), '--json']);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { run: { status: string }; stats: { pages: number; failures: number }; failure: string | null };
    expect(out.run.status).toBe('done');
    expect(out.stats.failures).toBe(1);
    expect(out.failure).toBeNull();
  });
});

describe('Ctrl-C and SIGTERM', () => {
  it('a crawl sent SIGINT stops with exit 130 and prints the resume command, which completes the run', async () => {
    const dataDir = await freshDir('sigint-crawl');
    const seeds = generatedSeeds(10).flatMap((s) => ['--seed', s]);
    const crawl = start(['crawl', ...seeds, '--max-depth', '3', '--max-pages', '400', '--proxy', world.proxyUrl, '--data-dir', dataDir], { DIJKWACHT_CRAWL_CONCURRENCY: '2' });
    await until('a few pages were read', () => pagesIn(dataDir) >= 5, crawl);
    process.kill(crawl.pid, 'SIGINT');
    const stopped = await crawl.ended;
    expect(stopped.code, stopped.stderr).toBe(130);
    expect(stopped.stdout).toMatch(/run crawl-\S+: interrupted/);
    const args = resumeArgs(stopped.stderr);
    expect(args).toEqual(['crawl', '--resume', expect.stringMatching(/^crawl-/), '--data-dir', dataDir, '--proxy', world.proxyUrl, '--max-depth', '3', '--max-pages', '400']);
    const before = pagesIn(dataDir);
    const interrupted = JSON.parse((await dijkwacht(['runs', 'list', '--json', '--data-dir', dataDir])).stdout) as { name: string; status: string }[];
    expect(interrupted.map((r) => r.status)).toEqual(['interrupted']);

    const resumed = await dijkwacht([...args, '--json'], { DIJKWACHT_CRAWL_CONCURRENCY: '2' });
    expect(resumed.code, resumed.stderr).toBe(0);
    const out = JSON.parse(resumed.stdout) as { run: { name: string; status: string } };
    expect(out.run).toMatchObject({ name: interrupted[0]!.name, status: 'done' });
    expect(pagesIn(dataDir)).toBeGreaterThan(before);
    expect(duplicatePages(dataDir)).toEqual([]);
  });

  it('a crawl sent SIGTERM stops with exit 143 and prints the resume command', async () => {
    const dataDir = await freshDir('sigterm-crawl');
    const crawl = start(['crawl', ...generatedSeeds(10).flatMap((s) => ['--seed', s]), '--max-depth', '3', '--max-pages', '400', '--proxy', world.proxyUrl, '--data-dir', dataDir], { DIJKWACHT_CRAWL_CONCURRENCY: '2' });
    await until('a few pages were read', () => pagesIn(dataDir) >= 5, crawl);
    process.kill(crawl.pid, 'SIGTERM');
    const stopped = await crawl.ended;
    expect(stopped.code, stopped.stderr).toBe(143);
    expect(resumeArgs(stopped.stderr).slice(0, 2)).toEqual(['crawl', '--resume']);
  });

  it('discover stopped during its search resumes with the queries it had not asked', async () => {
    const dataDir = await freshDir('sigint-search');
    const queries = join(root, 'many-queries.txt');
    await writeFile(queries, `${Array.from({ length: 12 }, (_, i) => `undress ai ${i}`).join('\n')}\n`);
    // one request a second: the search phase is long enough to be cut
    const discover = start(['discover', '--engine', 'searxng', '--searxng-url', world.search.searxngUrl, '--queries', queries, '--max-results', '5', '--max-depth', '0', '--max-pages', '30', '--proxy', world.proxyUrl, '--data-dir', dataDir], { DIJKWACHT_SEARCH_REQUESTS_PER_SECOND: '1' });
    await until('the search started', () => existsSync(join(dataDir, 'catalog.sqlite')), discover);
    await new Promise((r) => setTimeout(r, 2500));
    process.kill(discover.pid, 'SIGINT');
    const stopped = await discover.ended;
    expect(stopped.code, stopped.stderr).toBe(130);
    const args = resumeArgs(stopped.stderr);
    expect(args.slice(0, 2)).toEqual(['discover', '--resume']);
    expect(args).toEqual(expect.arrayContaining(['--searxng-url', world.search.searxngUrl]));
    const resumed = await dijkwacht([...args, '--json']);
    expect(resumed.code, resumed.stderr).toBe(0);
    const db = new Database(join(dataDir, 'catalog.sqlite'), { readonly: true });
    try {
      const asked = db.prepare('SELECT query, COUNT(*) AS n FROM search_results GROUP BY query').all() as { query: string; n: number }[];
      expect(asked).toHaveLength(12); // every query, once: none lost, none asked twice
      expect(asked.every((q) => q.n === 5)).toBe(true);
    } finally {
      db.close();
    }
  });

  it('capture sent SIGINT exits 130 and leaves no staging behind', async () => {
    const dataDir = await freshDir('sigint-capture');
    await initKeys({ dataDir, name: 'dijkwacht test collector', organisation: 'Test NGO' });
    const capture = start(['capture', 'http://pixelpeel.test/slow', '--proxy', world.proxyUrl, '--tsa', world.tsa.url, '--ca-file', world.webCaFile, '--data-dir', dataDir]);
    const staging = join(dataDir, 'staging');
    await until('the capture was staged', async () => (await readdir(staging).catch(() => [])).length > 0, capture);
    process.kill(capture.pid, 'SIGINT');
    const stopped = await capture.ended;
    expect(stopped.code, stopped.stderr).toBe(130);
    expect(stopped.stderr).toMatch(/stopped by SIGINT; removed the staging of 1 unfinished item/);
    expect(await readdir(staging)).toEqual([]);
  });
});
