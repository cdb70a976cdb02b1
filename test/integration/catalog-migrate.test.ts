import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '../../src/catalog/catalog.js';
import { recordCapture } from '../../src/catalog/captures.js';
import { addNoticeEvent, recordNotice, recordPacket } from '../../src/catalog/notices.js';
import { PostgresRunsRepository } from '../../src/catalog/postgres/runs.js';
import { SqliteCountersRepository } from '../../src/catalog/repositories/counters.js';
import { SqliteSharedFrontierRepository } from '../../src/catalog/repositories/frontier-shared.js';
import { runCli } from '../support/cli.js';
import { createTestDatabase, usePostgresDatabase } from '../support/postgres-server.js';

const server = await usePostgresDatabase();
const dataDir = mkdtempSync(join(tmpdir(), 'dijkwacht-migrate-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Comparison {
  table: string;
  sqliteRows: number;
  postgresRows: number;
  sqliteSha256: string;
  postgresSha256: string;
  match: boolean;
}

/** Bytes that are not UTF-8: a copy must keep them as bytes. */
const BODY = Buffer.from([0x00, 0xff, 0xfe, 0x7b]);

/** A catalog written through Catalog's own API, with values that trip careless copies. */
async function buildCatalog(dir: string): Promise<Record<string, number>> {
  const catalog = new Catalog(dir);
  for (const kind of ['crawl', 'discover'] as const) {
    const run = catalog.startRun(kind, 'nacht', { maxPages: 500, note: 'café "quoted"\nnext line' });
    for (let i = 0; i < 700; i++) {
      const domain = `site${i % 40}.beeldlab-voorbeeld.test`;
      const url = `https://${domain}/pagina-${i}?q=ë&x=${i}`;
      catalog.recordPage(run.id, { url, finalUrl: i % 7 === 0 ? null : url, domain, httpStatus: i % 9 === 0 ? null : 200, contentType: 'text/html; charset=utf-8', via: i % 5 === 0 ? 'browser' : 'http', depth: i % 3, classification: null, title: i % 4 === 0 ? null : `Titel ${i} — voorbeeld 🙂`, error: i % 11 === 0 ? 'timeout' : null, text: i % 6 === 0 ? `tekst ${i}` : null, lang: 'nl' });
      catalog.recordLinks(run.id, url, domain, [{ url: `https://ander${i % 13}.test/`, domain: `ander${i % 13}.test` }, { url: `https://${domain}/`, domain }]);
      if (i % 10 === 0) catalog.recordDiscovery(run.id, { url, domain, source: 'search', engine: 'searxng', query: 'ai foto bewerken', rank: i / 10 });
      if (i % 25 === 0) catalog.recordIdentifiers(run.id, domain, url, [{ kind: 'telegram', value: `@voorbeeld_${i}` }]);
      if (i % 50 === 0) catalog.recordSearchResult(run.id, { engine: 'searxng', query: 'ai foto', rank: i, url, title: null, snippet: 'snippet' });
    }
    catalog.recordFailure(run.id, null, 'run', 'nothing');
    catalog.settleSites(run.id, null);
    catalog.finishRun(run.id, 'done', { pages: 700 });
  }
  catalog.db.prepare("INSERT INTO sites (domain, label, score, signals_json, first_seen, last_seen) VALUES ('drempel.test', 'nudify', ?, '[\"a\",\"b\"]', 'x', 'y')").run(0.1 + 0.2);
  catalog.addHistory('drempel.test', 'nudify', 1 / 3, 'human', 'A. Analist', 'één opmerking', null);
  catalog.db.prepare("INSERT INTO rdap_usage (host, day, count) VALUES ('rdap.registry-voorbeeld.test', '2026-01-15', ?)").run(9_007_199_254_740_993n);
  recordCapture(catalog, { bundleId: 'b-1', url: 'https://drempel.test/', domain: 'drempel.test', at: '2026-01-15T12:00:00.000Z', status: 'COMPLETE', location: 'fs', headers: { server: 'x' }, caseId: 'CASE-1' });
  recordPacket(catalog, { id: 'p-1', recipientType: 'host', recipientName: 'Host voorbeeld', recipientAddress: null, domains: ['drempel.test'], lang: 'nl', dir: 'packets/p-1', sha256: 'ab'.repeat(32), caseId: 'CASE-1', createdAt: '2026-01-15T12:00:00.000Z' });
  const notice = recordNotice(catalog, { packetId: 'p-1', recipientType: 'host', recipient: 'abuse@host-voorbeeld.test', channel: 'email', sentAt: '2026-01-16T09:00:00.000Z', packetSha256: null, reference: null, domains: ['drempel.test'], urls: ['https://drempel.test/'] });
  addNoticeEvent(catalog, notice, { kind: 'ack', at: '2026-01-17T09:00:00.000Z', outcome: null, note: null, bundleId: null });
  catalog.db
    .prepare("INSERT INTO search_answers (run_id, engine, query, page, first_rank, hits, request_url, http_status, media_type, retrieved_at, size, sha256, body) VALUES (1, 'searxng', 'ai foto', 1, 1, 2, 'http://127.0.0.1/search?q=ai', 200, 'application/json', '2026-01-15T12:00:00.000Z', 4, ?, ?)")
    .run('0'.repeat(64), BODY);
  const frontier = new SqliteSharedFrontierRepository(catalog);
  await frontier.enqueue(1, Array.from({ length: 30 }, (_, i) => ({ url: `https://drempel.test/${i}`, site: 'drempel.test', depth: 1, source: 'link' as const, label: null, fromHub: false, isSeed: false })));
  await frontier.claim(1, 5, 'w', 60_000);
  await new SqliteCountersRepository(catalog).take('rdap:x', 86_400_000, 5);
  const counts: Record<string, number> = {};
  for (const { name } of catalog.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'").all() as { name: string }[]) {
    counts[name] = (catalog.db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n;
  }
  catalog.close();
  return counts;
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** A fresh database with this catalog migrated into it. */
async function migratedCopy(): Promise<{ url: string; drop(): Promise<void> }> {
  const db = await createTestDatabase(server.serverUrl);
  const r = await runCli(['catalog', 'migrate', '--data-dir', dataDir, '--to', db.url]);
  expect(r.code, r.stderr).toBe(0);
  return db;
}

describe('dijkwacht catalog migrate', () => {
  let counts: Record<string, number>;
  beforeAll(async () => {
    counts = await buildCatalog(dataDir);
  });

  it('copies every table, with the same counts and checksums on both sides', async () => {
    const target = await createTestDatabase(server.serverUrl);
    try {
      const r = await runCli(['catalog', 'migrate', '--data-dir', dataDir, '--to', target.url, '--batch-rows', '250', '--json']);
      expect(r.stderr).toBe('');
      expect(r.code, r.stderr).toBe(0);
      const out = JSON.parse(r.stdout) as { ok: boolean; schemaVersion: number; tables: Comparison[] };
      expect(out.ok).toBe(true);
      expect(out.schemaVersion).toBeGreaterThanOrEqual(13);
      expect(Object.fromEntries(out.tables.map((t) => [t.table, t.sqliteRows]))).toEqual(counts);
      for (const t of out.tables) {
        expect(t.postgresRows, t.table).toBe(counts[t.table]);
        expect(t.postgresSha256, t.table).toBe(t.sqliteSha256);
      }
      expect(counts.pages).toBe(1400);
      expect(counts.links).toBeGreaterThan(2000);
      // Counted by PostgreSQL itself, not by the tool.
      for (const [table, n] of Object.entries(counts)) expect(Number((await sql<{ n: string }>(target.url, `SELECT COUNT(*) AS n FROM "${table}"`))[0]?.n), table).toBe(n);
      // Values arrive byte-equal: JSON text, a double, a 64-bit integer, text with quotes and new lines.
      const [site] = await sql<{ score: number; signals_json: string }>(target.url, "SELECT score, signals_json FROM sites WHERE domain = 'drempel.test'");
      expect(site).toEqual({ score: 0.1 + 0.2, signals_json: '["a","b"]' });
      expect((await sql<{ count: string }>(target.url, 'SELECT count FROM rdap_usage'))[0]?.count).toBe('9007199254740993');
      expect((await sql<{ body: Buffer }>(target.url, 'SELECT body FROM search_answers'))[0]?.body.equals(BODY)).toBe(true);
      expect((await sql<{ config_json: string }>(target.url, 'SELECT config_json FROM runs WHERE id = 1'))[0]?.config_json).toBe(JSON.stringify({ maxPages: 500, note: 'café "quoted"\nnext line' }));
    } finally {
      await target.drop();
    }
  });

  it('moves the identities past the copied ids', async () => {
    const target = await migratedCopy();
    const pool = new pg.Pool({ connectionString: target.url });
    try {
      const run = await new PostgresRunsRepository(pool).create('crawl', 'nacht', {});
      expect(run).toMatchObject({ id: 3, name: 'nacht-3' });
    } finally {
      await pool.end();
      await target.drop();
    }
  });

  it('refuses a target that holds rows, and replaces them with --force', async () => {
    const target = await migratedCopy();
    try {
      await sql(target.url, "INSERT INTO runs (kind, name, status, started_at, config_json) VALUES ('crawl', 'alleen-hier', 'done', 'x', '{}')");
      const refused = await runCli(['catalog', 'migrate', '--data-dir', dataDir, '--to', target.url]);
      expect(refused.code, refused.stderr).toBe(2);
      expect(refused.stderr).toMatch(/already holds rows \(.+\); migrate into an empty database, or pass --force to replace them/);
      expect((await sql(target.url, "SELECT 1 FROM runs WHERE name = 'alleen-hier'")).length).toBe(1); // untouched
      const forced = await runCli(['catalog', 'migrate', '--data-dir', dataDir, '--to', target.url, '--force']);
      expect(forced.code, forced.stderr).toBe(0);
      expect(forced.stdout).toMatch(/^pages\s+1400\s+1400\s+[0-9a-f]{16}\s+ok$/m);
      expect(forced.stdout).toMatch(/every table copied: \d+ rows, schema \d+/);
      expect((await sql(target.url, "SELECT 1 FROM runs WHERE name = 'alleen-hier'")).length).toBe(0); // replaced
    } finally {
      await target.drop();
    }
  });

  it('finds a tampered row and a missing row, and exits 3', async () => {
    const target = await migratedCopy();
    try {
      await sql(target.url, "UPDATE pages SET title = 'Titel 1 - voorbeeld' WHERE url LIKE '%pagina-1?%' AND run_id = 1");
      await sql(target.url, "DELETE FROM identifiers WHERE value = '@voorbeeld_25'");
      const r = await runCli(['catalog', 'compare', '--data-dir', dataDir, '--to', target.url, '--json']);
      expect(r.code, r.stderr).toBe(3);
      const out = JSON.parse(r.stdout) as { ok: boolean; tables: Comparison[] };
      expect(out.ok).toBe(false);
      expect(out.tables.filter((t) => !t.match).map((t) => t.table).sort()).toEqual(['identifiers', 'pages']);
      const pages = out.tables.find((t) => t.table === 'pages')!;
      expect([pages.sqliteRows, pages.postgresRows]).toEqual([1400, 1400]);
      expect(pages.postgresSha256).not.toBe(pages.sqliteSha256);
      const ids = out.tables.find((t) => t.table === 'identifiers')!;
      expect(ids.postgresRows).toBe(ids.sqliteRows - 1);
      const human = await runCli(['catalog', 'compare', '--data-dir', dataDir, '--to', target.url]);
      expect(human.code, human.stderr).toBe(3);
      expect(human.stderr).toContain('2 table(s) differ between the two catalogs: identifiers, pages');
      expect(human.stdout).toMatch(/^pages\s+1400\s+1400\s+[0-9a-f]{16} ≠ [0-9a-f]{16}\s+DIFFERS$/m);
    } finally {
      await target.drop();
    }
  });

  it('shows each backend, its schema version and its rows per table', async () => {
    const target = await migratedCopy();
    try {
      const lite = await runCli(['catalog', 'status', '--data-dir', dataDir, '--json']);
      expect(lite.code, lite.stderr).toBe(0);
      const a = JSON.parse(lite.stdout) as { backend: string; location: string; schemaVersion: number; tables: Record<string, number> };
      expect(a).toMatchObject({ backend: 'sqlite', location: join(dataDir, 'catalog.sqlite'), tables: counts });
      const shared = await runCli(['catalog', 'status', '--json'], { DIJKWACHT_CATALOG_URL: target.url });
      expect(shared.code, shared.stderr).toBe(0);
      const b = JSON.parse(shared.stdout) as typeof a;
      expect(b.backend).toBe('postgres');
      expect(b.schemaVersion).toBe(a.schemaVersion);
      expect(b.location).not.toContain(new URL(target.url).password);
      expect(b.tables).toEqual(counts);
      const human = await runCli(['catalog', 'status', '--catalog', target.url]);
      expect(human.stdout).toMatch(/^backend postgres: postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/dw_test_[0-9a-f]+\nschema \d+\n/);
      expect(human.stdout).toMatch(/^ {2}pages\s+1400$/m);
    } finally {
      await target.drop();
    }
  });

  it('names the server without its password when it cannot connect', async () => {
    const wrong = new URL(server.url);
    wrong.password = 'geheim-wachtwoord';
    const refused = await runCli(['catalog', 'migrate', '--data-dir', dataDir, '--to', wrong.toString()]);
    expect(refused.code, refused.stderr).toBe(2);
    expect(refused.stderr).toContain(`PostgreSQL at postgres://postgres:***@127.0.0.1:${wrong.port}/`);
    expect(refused.stderr).toContain('refused the user or password');
    const down = await runCli(['catalog', 'status', '--catalog', 'postgres://u:geheim-wachtwoord@127.0.0.1:1/db']);
    expect(down.code, down.stderr).toBe(2);
    expect(down.stderr).toContain('Cannot reach PostgreSQL at postgres://u:***@127.0.0.1:1/db');
    for (const r of [refused, down]) expect(r.stderr + r.stdout).not.toContain('geheim-wachtwoord');
    const bad = await runCli(['catalog', 'migrate', '--data-dir', dataDir, '--to', 'mysql://x@y/z']);
    expect(bad.code, bad.stderr).toBe(2);
    expect(bad.stderr).toContain('is not a postgres:// URL');
  });

  it('refuses a data dir without a catalog', async () => {
    const none = await runCli(['catalog', 'migrate', '--data-dir', join(dataDir, 'leeg'), '--to', server.url]);
    expect(none.code, none.stderr).toBe(2);
    expect(none.stderr).toContain(`No catalog at ${join(dataDir, 'leeg', 'catalog.sqlite')}`);
  });

  it('explains itself in --help with an example', async () => {
    const r = await runCli(['catalog', 'migrate', '--help']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('--to <url>');
    expect(r.stdout).toContain('(required)');
    expect(r.stdout).toContain('dijkwacht catalog migrate --data-dir ./case-data --to postgres://');
  });
});
