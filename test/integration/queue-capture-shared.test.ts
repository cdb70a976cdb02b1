import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pgLib from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '../../src/catalog/index.js';
import { CLI, runCli } from '../support/cli.js';
import { createTestDatabase, startPostgres, type TestPostgres } from '../support/postgres-server.js';
import { startWorld, type World } from '../world/index.js';

let pg: TestPostgres;
let world: World;
const cleanup: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  [pg, world] = await Promise.all([startPostgres(), startWorld()]);
});
afterAll(async () => {
  for (const fn of cleanup.reverse()) await fn().catch(() => undefined);
  await Promise.all([world?.stop(), pg?.stop()]);
});

describe('a capture worker on the shared catalog', () => {
  it('records the capture and its identifiers in PostgreSQL only, and the bundle verifies', { timeout: 180_000 }, async () => {
    const db = await createTestDatabase(pg.url, 'dw_capture');
    cleanup.push(() => db.drop());
    const dataDir = await mkdtemp(join(tmpdir(), 'dw-capture-worker-'));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const env = { DIJKWACHT_CATALOG_URL: db.url, DIJKWACHT_PROXY: world.proxyUrl, DIJKWACHT_TSA_URLS: world.tsa.url, DIJKWACHT_CA_FILE: world.webCaFile, DIJKWACHT_QUEUE_POLL_MS: '200', DIJKWACHT_LOG_LEVEL: 'warn' };
    const keys = await runCli(['keys', 'init', '--data-dir', dataDir], { DIJKWACHT_CUSTODIAN_PASSPHRASE: 'correct horse battery staple' });
    expect(keys.code, keys.stderr).toBe(0);
    const added = await runCli(['queue', 'add', 'capture', 'https://pixelpeel.test/', '--case', 'CASE-W', '--data-dir', dataDir], env);
    expect(added.code, added.stderr).toBe(0);
    const worker = spawn(process.execPath, [CLI, 'worker', '--roles', 'capture', '--concurrency', '1', '--json', '--data-dir', dataDir], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    worker.stdout.on('data', (b: Buffer) => (output += b.toString()));
    worker.stderr.on('data', (b: Buffer) => (output += b.toString()));
    const exited = new Promise<number | null>((r) => worker.once('exit', (code) => r(code)));
    cleanup.push(async () => {
      if (worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
      await exited;
    });
    const waited = await runCli(['queue', 'wait', '--roles', 'capture', '--timeout-seconds', '100', '--data-dir', dataDir], env);
    expect(waited.code, `${waited.stdout}\n${output.slice(-3000)}`).toBe(0);
    worker.kill('SIGTERM');
    expect(await exited).toBe(0);

    const client = new pgLib.Client({ connectionString: db.url });
    await client.connect();
    try {
      const captures = (await client.query<{ bundle_id: string; status: string; location: string; case_id: string }>("SELECT bundle_id, status, location, case_id FROM captures WHERE domain = 'pixelpeel.test'")).rows;
      expect(captures).toHaveLength(1);
      expect(captures[0]).toMatchObject({ status: 'COMPLETE', case_id: 'CASE-W' });
      const san = (await client.query<{ value: string; run: string }>("SELECT i.value, r.name AS run FROM identifiers i JOIN runs r ON r.id = i.run_id WHERE i.domain = 'pixelpeel.test' AND i.kind = 'tls-san-set'")).rows;
      expect(san).toHaveLength(1);
      expect(san[0]!.value).toContain('DNS:pixelpeel.test');
      expect(san[0]!.run).toBe('captures');
      // The bundle verifies as any other.
      const verified = await runCli(['verify', captures[0]!.location, '--data-dir', dataDir], env);
      expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    } finally {
      await client.end();
    }
    // Nothing went into the worker's own SQLite catalog.
    const file = join(dataDir, 'catalog.sqlite');
    if (existsSync(file)) {
      const catalog = new Catalog(dataDir);
      try {
        expect(catalog.stmt('SELECT count(*) AS n FROM captures').get()).toEqual({ n: 0 });
        expect(catalog.stmt('SELECT count(*) AS n FROM identifiers').get()).toEqual({ n: 0 });
      } finally {
        catalog.close();
      }
    }
  });
});
