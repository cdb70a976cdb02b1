import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { Catalog } from '../../src/catalog/catalog.js';
import { openPool } from '../../src/catalog/postgres/pool.js';
import { openPostgresRepositories, sqliteRepositories, type SharedRepositories } from '../../src/catalog/postgres/shared-store.js';
import type { ClaimedEntry, FrontierEntry } from '../../src/catalog/repositories/frontier-shared.js';
import { usePostgresDatabase } from '../support/postgres-server.js';

const pg = await usePostgresDatabase();
const sqliteDir = mkdtempSync(join(tmpdir(), 'dijkwacht-contract-'));
afterAll(() => rmSync(sqliteDir, { recursive: true, force: true }));

interface Backend {
  name: 'sqlite' | 'postgres';
  /** A new, independent connection to the same catalog (another worker). */
  open(): Promise<SharedRepositories>;
}

const backends: Backend[] = [
  { name: 'sqlite', open: async () => sqliteRepositories(new Catalog(sqliteDir)) },
  { name: 'postgres', open: async () => openPostgresRepositories(pg.url, { max: 4 }) },
];

/** `n` independent connections for the length of `fn`. */
async function withWorkers<T>(backend: Backend, n: number, fn: (workers: SharedRepositories[]) => Promise<T>): Promise<T> {
  const workers = await Promise.all(Array.from({ length: n }, () => backend.open()));
  try {
    return await fn(workers);
  } finally {
    await Promise.all(workers.map((w) => w.close()));
  }
}

const entry = (url: string, site: string, isSeed = false): FrontierEntry => ({ url, site, depth: isSeed ? 0 : 1, source: isSeed ? 'seed' : 'link', label: isSeed ? 'home' : 'role', fromHub: false, isSeed });
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe.each(backends)('shared repositories on $name', (backend) => {
  it('gives 20 concurrent creators of one run name 20 unique names: the name, then -2 … -20', async () => {
    const base = `nachtrun-${backend.name}`;
    const runs = await withWorkers(backend, 20, (workers) => Promise.all(workers.map((w, i) => w.runs.create('crawl', base, { worker: i }))));
    const names = runs.map((r) => r.name).sort();
    expect(new Set(names).size).toBe(20);
    expect(names).toEqual([base, ...Array.from({ length: 19 }, (_, i) => `${base}-${i + 2}`)].sort());
    await withWorkers(backend, 1, async ([w]) => {
      const again = await w!.runs.get(`${base}-7`);
      expect(again.status).toBe('running');
      await w!.runs.finish(again.id, 'done', { pages: 3 });
      expect(await w!.runs.get(again.id)).toMatchObject({ name: `${base}-7`, status: 'done', stats: { pages: 3 } });
      await expect(w!.runs.get('bestaat-niet')).rejects.toThrow('No run "bestaat-niet" in the catalog');
    });
  });

  it('hands no URL out twice to 4 concurrent claimers, and never exceeds the run and site budgets', async () => {
    await withWorkers(backend, 4, async (workers) => {
      const run = await workers[0]!.runs.create('crawl', `budget-${backend.name}`, {});
      // 10 sites × 20 URLs, the first a seed; at most 15 per site and 120 in all.
      const entries = Array.from({ length: 10 }, (_, s) => Array.from({ length: 20 }, (_, i) => entry(`http://site${s}.beeldlab-voorbeeld.test/p${i}`, `site${s}.beeldlab-voorbeeld.test`, i === 0))).flat();
      await workers[0]!.frontier.setBudget(run.id, { maxPages: 120, maxPagesPerSite: 15 });
      expect(await workers[1]!.frontier.enqueue(run.id, entries)).toBe(200);
      expect(await workers[2]!.frontier.enqueue(run.id, entries.slice(0, 50))).toBe(0); // idempotent
      const claimed: ClaimedEntry[][] = workers.map(() => []);
      await Promise.all(
        workers.map(async (w, k) => {
          for (;;) {
            const got = await w.frontier.claim(run.id, 7, `worker-${k}`, 60_000);
            if (got.length === 0) return;
            claimed[k]!.push(...got);
            for (const c of got) expect(await w.frontier.complete(run.id, c.url, `worker-${k}`)).toBe(true);
          }
        }),
      );
      const all = claimed.flat();
      expect(new Set(all.map((c) => c.url)).size).toBe(all.length);
      expect(all.length).toBe(120);
      expect(claimed.filter((c) => c.length > 0).length).toBeGreaterThan(1);
      const perSite = new Map<string, number>();
      for (const c of all) perSite.set(c.site, (perSite.get(c.site) ?? 0) + 1);
      for (const [site, n] of perSite) expect(n, site).toBeLessThanOrEqual(15);
      const counts = await workers[3]!.frontier.counts(run.id);
      expect(counts).toMatchObject({ leased: 0, done: 120, charged: 120 });
      expect(counts.queued + counts.refused).toBe(80);
      // A larger budget (a resumed run) hands out what waited, within the per-site budget.
      await workers[0]!.frontier.setBudget(run.id, { maxPages: 1000, maxPagesPerSite: 15 });
      const more = await workers[0]!.frontier.claim(run.id, 100, 'worker-0', 60_000);
      const total = [...all, ...more];
      expect(new Set(total.map((c) => c.url)).size).toBe(total.length);
      // 14 non-seeds + the seed (seeds ignore the per-site budget but count towards it) per site.
      const perSiteAll = new Map<string, number>();
      for (const c of total) perSiteAll.set(c.site, (perSiteAll.get(c.site) ?? 0) + 1);
      expect([...perSiteAll.values()].every((n) => n === 15)).toBe(true);
      expect(total.length).toBe(150);
    });
  });

  it('seeds ignore a full site budget but count towards it', async () => {
    await withWorkers(backend, 1, async ([w]) => {
      const run = await w!.runs.create('crawl', `seeds-${backend.name}`, {});
      await w!.frontier.setBudget(run.id, { maxPages: null, maxPagesPerSite: 2 });
      await w!.frontier.enqueue(run.id, [entry('http://a.test/1', 'a.test'), entry('http://a.test/2', 'a.test'), entry('http://a.test/3', 'a.test'), entry('http://a.test/', 'a.test', true)]);
      const got = (await w!.frontier.claim(run.id, 10, 'w', 60_000)).map((c) => c.url).sort();
      expect(got).toEqual(['http://a.test/', 'http://a.test/1', 'http://a.test/2']);
      expect(await w!.frontier.counts(run.id)).toMatchObject({ leased: 3, refused: 1, charged: 3 });
    });
  });

  it('hands an expired lease to the next claimer, and the first worker can no longer complete it', async () => {
    await withWorkers(backend, 2, async ([a, b]) => {
      const run = await a!.runs.create('crawl', `lease-${backend.name}`, {});
      await a!.frontier.setBudget(run.id, { maxPages: 2, maxPagesPerSite: null });
      await a!.frontier.enqueue(run.id, [entry('http://b.test/1', 'b.test'), entry('http://b.test/2', 'b.test'), entry('http://b.test/3', 'b.test')]);
      const first = await a!.frontier.claim(run.id, 1, 'worker-a', 1);
      expect(first.map((c) => [c.url, c.attempts])).toEqual([['http://b.test/1', 1]]);
      await sleep(30); // worker-a "dies": its 1 ms lease runs out
      const second = await b!.frontier.claim(run.id, 1, 'worker-b', 60_000);
      expect(second.map((c) => [c.url, c.attempts])).toEqual([['http://b.test/1', 2]]);
      expect(await a!.frontier.complete(run.id, 'http://b.test/1', 'worker-a')).toBe(false);
      expect(await b!.frontier.complete(run.id, 'http://b.test/1', 'worker-b')).toBe(true);
      // The reclaimed URL was charged once: one page of the budget of 2 is left.
      expect((await b!.frontier.claim(run.id, 5, 'worker-b', 60_000)).map((c) => c.url)).toEqual(['http://b.test/2']);
      expect(await b!.frontier.claim(run.id, 5, 'worker-b', 60_000)).toEqual([]); // /3 waits for budget
      // A released URL goes back; the budget it held is free again. Only the lease holder releases.
      expect(await a!.frontier.release(run.id, 'http://b.test/2', 'worker-a')).toBe(false);
      expect(await b!.frontier.release(run.id, 'http://b.test/2', 'worker-b')).toBe(true);
      expect(await a!.frontier.counts(run.id)).toMatchObject({ queued: 2, leased: 0, done: 1, charged: 1 });
      // An expired lease put back by reclaimExpired: queued again, its charge undone.
      expect((await a!.frontier.claim(run.id, 1, 'worker-a', 1)).map((c) => [c.url, c.attempts])).toEqual([['http://b.test/2', 2]]);
      await sleep(30);
      expect(await b!.frontier.reclaimExpired(run.id)).toBe(1);
      expect(await a!.frontier.counts(run.id)).toMatchObject({ queued: 2, leased: 0, done: 1, charged: 1 });
      expect((await b!.frontier.claim(run.id, 5, 'worker-b', 60_000)).map((c) => [c.url, c.attempts])).toEqual([['http://b.test/2', 3]]);
    });
  });

  it('never lets concurrent takers exceed a counter limit', async () => {
    await withWorkers(backend, 4, async (workers) => {
      const name = `rdap:rdap.registry-voorbeeld.test:${backend.name}`;
      const day = 86_400_000;
      const at = Date.UTC(2026, 0, 15, 12);
      const results = await Promise.all(Array.from({ length: 60 }, (_, i) => workers[i % 4]!.counters.take(name, day, 17, { atMs: at + i })));
      expect(results.filter(Boolean).length).toBe(17);
      expect(await workers[0]!.counters.used(name, day, { atMs: at })).toBe(17);
      // The next day is a new window.
      expect(await workers[1]!.counters.take(name, day, 17, { atMs: at + day })).toBe(true);
      expect(await workers[1]!.counters.take(name, day, 17, { atMs: at, amount: 1 })).toBe(false);
      expect(await workers[1]!.counters.take(`${name}:zero`, day, 0)).toBe(false);
      // With the database's clock (no atMs) a fresh counter counts too.
      expect(await workers[2]!.counters.take(`${name}:now`, day, 1)).toBe(true);
      expect(await workers[3]!.counters.take(`${name}:now`, 10 * 365 * day, 1)).toBe(true); // another window length, another window
      expect(await workers[0]!.counters.prune(at + 2 * day)).toBeGreaterThanOrEqual(2);
    });
  });

  it('gives concurrent workers politeness slots that never overlap', async () => {
    await withWorkers(backend, 4, async (workers) => {
      const at = 1_800_000_000_000;
      const waits = await Promise.all(Array.from({ length: 12 }, (_, i) => workers[i % 4]!.counters.reserveSlot(`host:${backend.name}`, 250, { atMs: at })));
      expect(waits.sort((x, y) => x - y)).toEqual(Array.from({ length: 12 }, (_, i) => i * 250));
      // Long after the last slot, the next turn is now.
      expect(await workers[0]!.counters.reserveSlot(`host:${backend.name}`, 250, { atMs: at + 60_000 })).toBe(0);
    });
  });
});

describe('the SQLite catalog shared by processes', () => {
  it('hands no URL out twice to 4 claiming processes on one file, within the budget', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dijkwacht-contract-procs-'));
    try {
      const repos = sqliteRepositories(new Catalog(dir));
      const run = await repos.runs.create('crawl', 'processen', {});
      await repos.frontier.setBudget(run.id, { maxPages: 150, maxPagesPerSite: null });
      await repos.frontier.enqueue(run.id, Array.from({ length: 200 }, (_, i) => entry(`http://c${i % 5}.test/${i}`, `c${i % 5}.test`)));
      await repos.close();
      // Each process claims 3 at a time until nothing is left, printing what it got (the built library, as a worker runs it).
      const lib = resolve(import.meta.dirname, '../../dist/src/catalog/postgres/shared-store.js');
      const catalogJs = resolve(import.meta.dirname, '../../dist/src/catalog/catalog.js');
      const script = `const { sqliteRepositories } = await import(${JSON.stringify(lib)}); const { Catalog } = await import(${JSON.stringify(catalogJs)});
        const r = sqliteRepositories(new Catalog(process.argv[1])); const got = [];
        for (;;) { const c = await r.frontier.claim(${run.id}, 3, 'p' + process.pid, 60000); if (!c.length) break; for (const x of c) { got.push(x.url); await r.frontier.complete(${run.id}, x.url, 'p' + process.pid); } }
        await r.close(); process.stdout.write(JSON.stringify(got));`;
      const exec = promisify(execFile);
      const outs = await Promise.all(Array.from({ length: 4 }, () => exec(process.execPath, ['--input-type=module', '-e', script, dir])));
      const all = outs.flatMap((o) => JSON.parse(o.stdout) as string[]);
      expect(all.length).toBe(150);
      expect(new Set(all).size).toBe(150);
      const check = sqliteRepositories(new Catalog(dir));
      expect(await check.frontier.counts(run.id)).toEqual({ queued: 50, leased: 0, done: 150, refused: 0, charged: 150 });
      await check.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('schema', () => {
  it('has every SQLite table in PostgreSQL, with the same column names, at the same version', async () => {
    const catalog = new Catalog(null);
    const sqliteTables = (catalog.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    const sqliteColumns = Object.fromEntries(sqliteTables.map((t) => [t, (catalog.db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).all(t) as { name: string }[]).map((c) => c.name)]));
    const sqliteVersion = (catalog.db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number }).v;
    catalog.close();
    const repos = await openPostgresRepositories(pg.url);
    await repos.close();
    const pool = await openPool(pg.url);
    try {
      const rows = (await pool.query<{ table_name: string; column_name: string }>("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position")).rows;
      const pgColumns: Record<string, string[]> = {};
      for (const r of rows) (pgColumns[r.table_name] ??= []).push(r.column_name);
      expect(pgColumns).toEqual(sqliteColumns);
      const version = (await pool.query<{ v: string }>('SELECT MAX(version) AS v FROM schema_migrations')).rows[0]?.v;
      expect(Number(version)).toBe(sqliteVersion);
      expect(sqliteVersion).toBeGreaterThanOrEqual(13);
    } finally {
      await pool.end();
    }
  });

  it('migrates once when several workers start at the same moment', async () => {
    const opened = await Promise.all(Array.from({ length: 6 }, () => openPostgresRepositories(pg.url, { max: 1 })));
    await Promise.all(opened.map((r) => r.close()));
    const pool = await openPool(pg.url);
    try {
      const versions = (await pool.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r) => Number(r.version));
      expect(versions).toEqual(Array.from({ length: versions.length }, (_, i) => i + 1));
    } finally {
      await pool.end();
    }
  });
});
