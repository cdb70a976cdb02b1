import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobLine } from '../../src/queue/index.js';
import { CLI, runCli } from '../support/cli.js';
import { usePostgresDatabase } from '../support/postgres-server.js';
import { startDns, type TestDns } from '../world/dns.js';
import { startRdap, type TestRdap } from '../world/rdap.js';

const database = await usePostgresDatabase();
let rdap: TestRdap;
let dns: TestDns;
const dataDirs: string[] = [];
const children: ChildProcess[] = [];

beforeAll(async () => {
  [rdap, dns] = await Promise.all([startRdap(), startDns()]);
  for (let i = 0; i < 2; i++) dataDirs.push(await mkdtemp(join(tmpdir(), `dw-shared-catalog-${i}-`)));
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await Promise.all([rdap?.stop(), dns?.stop(), ...dataDirs.map((d) => rm(d, { recursive: true, force: true }))]);
});

interface WorkerProcess {
  child: ChildProcess;
  lines: JobLine[];
  ready: Promise<void>;
  exited: Promise<number | null>;
}

/** `dijkwacht worker --roles lookup` with its own data directory; its job lines (JSON) from stdout. */
function startWorker(env: Record<string, string>, dataDir: string): WorkerProcess {
  const child = spawn(process.execPath, [CLI, 'worker', '--roles', 'lookup', '--concurrency', '1', '--json', '--data-dir', dataDir], { env: { ...process.env, DIJKWACHT_LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const lines: JobLine[] = [];
  let rest = '';
  child.stdout.on('data', (b: Buffer) => {
    const parts = (rest + b.toString()).split('\n');
    rest = parts.pop() ?? '';
    for (const p of parts) if (p.startsWith('{')) lines.push(JSON.parse(p) as JobLine);
  });
  let stderr = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
      if (/^worker \S+: lookup × 1 from /m.test(stderr)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited (${code}) before it was ready: ${stderr.trim()}`)));
  });
  return { child, lines, ready, exited: new Promise((r) => child.once('exit', (code) => r(code))) };
}

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 90_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Lookups in a data directory's SQLite catalog (0 when the worker never made one). */
function sqliteLookups(dataDir: string): number {
  const file = join(dataDir, 'catalog.sqlite');
  if (!existsSync(file)) return 0;
  const db = new Database(file, { readonly: true });
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'domain_lookups'").get();
    return table ? (db.prepare('SELECT count(*) AS n FROM domain_lookups').get() as { n: number }).n : 0;
  } finally {
    db.close();
  }
}

describe('dijkwacht worker with a shared catalog', () => {
  it('stores the lookups of two workers with different data directories once each in PostgreSQL, none in SQLite', async () => {
    const env = {
      DIJKWACHT_CATALOG_URL: database.url,
      DIJKWACHT_RDAP_BOOTSTRAP: rdap.bootstrapDir,
      DIJKWACHT_DNS_SERVER: dns.server,
      DIJKWACHT_RDAP_REQUESTS_PER_SECOND: '100',
      DIJKWACHT_RDAP_DAILY_LIMITS: '',
      DIJKWACHT_QUEUE_POLL_MS: '100',
      DIJKWACHT_QUEUE_STOP_GRACE_MS: '5000',
    };
    // The queue's schema is made once before the workers start (as in queue-workers.test.ts): two
    // workers preparing a fresh database at the same moment can deadlock in connectQueue.
    const prepared = await runCli(['queue', 'status'], env);
    expect(prepared.code, prepared.stderr).toBe(0);
    const workers = dataDirs.map((dir) => startWorker(env, dir));
    await Promise.all(workers.map((w) => w.ready));

    const names = Array.from({ length: 10 }, (_, i) => `gedeeld-${String(i + 1).padStart(2, '0')}.test`);
    const added = await runCli(['queue', 'add', 'lookup', ...names], env);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout.trim().split('\n')).toHaveLength(10);

    await until('every lookup job to be done', () => workers.flatMap((w) => w.lines).filter((l) => l.outcome === 'done').length >= 10);
    for (const w of workers) {
      w.child.kill('SIGTERM');
      expect(await w.exited).toBe(0);
    }

    const lines = workers.flatMap((w) => w.lines);
    expect(lines.filter((l) => l.outcome !== 'done')).toEqual([]);
    expect(lines.map((l) => l.target).sort()).toEqual(names);

    // One catalog: every domain's lookup once, with its raw answers, whichever worker did it.
    const stored = await sql<{ domain: string; n: string; answers: string }>(
      'SELECT l.domain, count(DISTINCT l.id) AS n, count(a.lookup_id) AS answers FROM domain_lookups l LEFT JOIN lookup_answers a ON a.lookup_id = l.id GROUP BY l.domain ORDER BY l.domain',
    );
    expect(stored.map((r) => r.domain)).toEqual(names);
    expect(stored.every((r) => r.n === '1')).toBe(true);
    expect(stored.every((r) => Number(r.answers) > 0)).toBe(true);
    // Both workers did some of the work, and neither kept a lookup in its own SQLite catalog.
    expect(new Set(lines.map((l) => l.worker)).size).toBe(2);
    expect(dataDirs.map(sqliteLookups)).toEqual([0, 0]);

    // The shared catalog answers the next request from any data directory: queued again, the lookups are cached.
    dataDirs.push(await mkdtemp(join(tmpdir(), 'dw-shared-catalog-2-')));
    const again = startWorker(env, dataDirs[2]!);
    await again.ready;
    expect((await runCli(['queue', 'add', 'lookup', ...names.slice(0, 3)], env)).code).toBe(0);
    await until('the repeated lookups', () => again.lines.length >= 3);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
    const repeatedJobs = await sql<{ output: { cached?: boolean } }>("SELECT output FROM dijkwacht_queue.job WHERE name = 'lookup' AND data->>'domain' = ANY($1) ORDER BY created_on DESC LIMIT 3", [names.slice(0, 3)]);
    expect(repeatedJobs.map((j) => j.output.cached)).toEqual([true, true, true]);
    expect((await sql<{ n: string }>('SELECT count(*) AS n FROM domain_lookups'))[0]!.n).toBe('10');
  });
});
