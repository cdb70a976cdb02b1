import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startPostgres, usePostgresDatabase, type TestPostgres } from '../support/postgres-server.js';

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe('startPostgres', () => {
  let server: TestPostgres;
  beforeAll(async () => {
    server = await startPostgres();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('runs a real PostgreSQL on loopback, with password auth and fsync off', async () => {
    const url = new URL(server.url);
    expect(url.hostname).toBe('127.0.0.1');
    expect(Number(url.port)).toBe(server.port);
    const [row] = await query<{ version: string; fsync: string; listen: string }>(server.url, "SELECT version() AS version, current_setting('fsync') AS fsync, current_setting('listen_addresses') AS listen");
    expect(row?.version).toMatch(/^PostgreSQL \d+/);
    expect(row?.fsync).toBe('off');
    expect(row?.listen).toBe('127.0.0.1');
    url.password = 'wrong';
    await expect(query(url.toString(), 'SELECT 1')).rejects.toThrow(/password authentication failed/);
  });

  it('keeps committed rows across a clean restart and a crash restart, on the same port', async () => {
    const db = await createTestDatabase(server.url);
    await query(db.url, 'CREATE TABLE t (id bigint PRIMARY KEY, body text NOT NULL)');
    await query(db.url, "INSERT INTO t VALUES (1, 'eerste')");
    await server.restart();
    await query(db.url, "INSERT INTO t VALUES (2, 'tweede')");
    await server.restart({ crash: true });
    const rows = await query<{ id: string; body: string }>(db.url, 'SELECT id, body FROM t ORDER BY id');
    expect(rows).toEqual([{ id: '1', body: 'eerste' }, { id: '2', body: 'tweede' }]);
    expect(new URL(server.url).port).toBe(String(server.port));
    await db.drop();
    expect(await query(server.url, 'SELECT 1 FROM pg_database WHERE datname = $1', [db.name])).toEqual([]);
  });
});

describe('stop', () => {
  it('stops the server and removes its data directory', async () => {
    const server = await startPostgres();
    const [row] = await query<{ dir: string }>(server.url, "SELECT current_setting('data_directory') AS dir");
    const dataDir = row!.dir;
    expect(existsSync(dataDir)).toBe(true);
    await server.stop();
    expect(existsSync(dataDir)).toBe(false);
    await expect(query(server.url, 'SELECT 1')).rejects.toThrow(/ECONNREFUSED/);
    await server.stop(); // twice is harmless
  });
});

describe('a test process that dies', () => {
  it('takes its server with it, and the next start removes the directory it left', async () => {
    const harness = resolve(import.meta.dirname, '../../dist/test/support/postgres-server.js');
    const child = spawn(process.execPath, ['--input-type=module', '-e', `const { startPostgres } = await import(${JSON.stringify(harness)}); const s = await startPostgres(); process.stdout.write(s.url + '\\n'); setInterval(() => {}, 1000);`], { stdio: ['ignore', 'pipe', 'inherit'] });
    const url = await new Promise<string>((done) => {
      let out = '';
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        if (out.includes('\n')) done(out.trim());
      });
    });
    const [row] = await query<{ dir: string }>(url, "SELECT current_setting('data_directory') AS dir");
    const root = dirname(row!.dir);
    child.kill('SIGKILL');
    // The server gets SIGQUIT when its parent dies: soon nobody answers on its port.
    for (let i = 0; ; i++) {
      const refused = await query(url, 'SELECT 1').then(() => false, () => true);
      if (refused) break;
      if (i > 300) throw new Error('the server outlived the process that started it');
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(existsSync(root)).toBe(true);
    const next = await startPostgres();
    await next.stop();
    expect(existsSync(root)).toBe(false);
  });
});

describe('usePostgresDatabase', async () => {
  const db = await usePostgresDatabase();

  it('gives the file a fresh, empty database of its own', async () => {
    const [row] = await query<{ name: string; tables: string }>(db.url, "SELECT current_database() AS name, (SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public') AS tables");
    expect(row?.name).toMatch(/^dw_test_[0-9a-f]{12}$/);
    expect(row?.tables).toBe('0');
    expect(new URL(db.url).pathname).toBe(`/${row?.name}`);
  });
});
