import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pgLib from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RemoteError, TargetError } from '../../src/core/errors.js';
import { loadOptions, testDefaults } from '../../src/options/index.js';
import { DeferJobError, QueueWorker, connectQueue, enqueue, queueSettings, queueStatus, type JobLine, type QueueConnection } from '../../src/queue/index.js';
import { logger } from '../../src/log/index.js';
import { CLI, runCli } from '../support/cli.js';
import { createTestDatabase, startPostgres, type TestPostgres } from '../support/postgres-server.js';
import { startDns, type TestDns } from '../world/dns.js';
import { startRdap, type TestRdap } from '../world/rdap.js';

/** RDAP of the test world behind a proxy that answers after a delay (so jobs are in flight long enough to kill a worker mid-job) and counts every query. */
interface SlowRdap {
  bootstrapDir: string;
  queries: string[];
  stop(): Promise<void>;
}

async function startSlowRdap(upstream: string, delayMs: number): Promise<SlowRdap> {
  const queries: string[] = [];
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    queries.push(`${req.headers.host ?? ''}${req.url ?? ''}`);
    setTimeout(() => {
      const up = request(`${upstream}${req.url ?? '/'}`, { headers: { accept: req.headers.accept ?? '*/*' } }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      up.on('error', () => res.writeHead(502).end());
      up.end();
    }, delayMs);
  };
  // The registry on 127.0.0.1, the RIR on 127.0.0.2: two RDAP servers, so that a daily limit can name one.
  const servers: Server[] = [createServer(handler), createServer(handler)];
  await Promise.all(servers.map((server, i) => new Promise<void>((r) => server.listen(0, `127.0.0.${i + 1}`, r))));
  const [registry, rir] = servers.map((server, i) => `http://127.0.0.${i + 1}:${(server.address() as AddressInfo).port}`);
  const bootstrapDir = await mkdtemp(join(tmpdir(), 'dw-queue-boot-'));
  const at = new Date().toISOString();
  await writeFile(join(bootstrapDir, 'dns.json'), JSON.stringify({ version: '1.0', publication: at, services: [[['com', 'nl', 'test'], [`${registry}/registry/`]]] }));
  await writeFile(join(bootstrapDir, 'ipv4.json'), JSON.stringify({ version: '1.0', publication: at, services: [[['192.0.2.0/24'], [`${rir}/ripe/`]]] }));
  return {
    bootstrapDir,
    queries,
    async stop() {
      for (const server of servers) {
        server.closeAllConnections();
        await new Promise((r) => server.close(r));
      }
      await rm(bootstrapDir, { recursive: true, force: true });
    },
  };
}

/** A `dijkwacht worker` child process with its job lines (stdout, JSON) and started jobs (debug log on stderr). */
interface WorkerProcess {
  child: ChildProcess;
  lines: JobLine[];
  started: string[];
  /** The last error and warning lines (stderr), for a failure's message. */
  problems: string[];
  exited: Promise<number | null>;
}

function startWorker(env: Record<string, string>, dataDir: string, concurrency = 2): WorkerProcess {
  const child = spawn(process.execPath, [CLI, 'worker', '--roles', 'lookup', '--concurrency', String(concurrency), '--json', '--log-level', 'debug', '--data-dir', dataDir], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const w: WorkerProcess = { child, lines: [], started: [], problems: [], exited: new Promise((r) => child.once('exit', (code) => r(code))) };
  const onLines = (stream: NodeJS.ReadableStream, each: (line: string) => void): void => {
    let rest = '';
    stream.on('data', (b: Buffer) => {
      const parts = (rest + b.toString()).split('\n');
      rest = parts.pop() ?? '';
      for (const p of parts) each(p);
    });
  };
  onLines(child.stdout, (l) => l.startsWith('{') && w.lines.push(JSON.parse(l) as JobLine));
  onLines(child.stderr, (l) => {
    if (!l.startsWith('{') || /"level":(40|50|60)/.test(l)) w.problems = [...w.problems, l.slice(0, 600)].slice(-8);
    if (!l.startsWith('{')) return;
    const entry = JSON.parse(l) as { msg?: string; job?: string };
    if (entry.msg?.startsWith('job started') && entry.job) w.started.push(entry.job);
  });
  return w;
}

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 90_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const domains = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}-${String(i + 1).padStart(2, '0')}.test`);

/** Stored lookups per domain in the shared PostgreSQL catalog the workers write into (catalogUrl). */
async function storedLookups(env: Record<string, string>): Promise<Map<string, number>> {
  const client = new pgLib.Client({ connectionString: env.DIJKWACHT_CATALOG_URL });
  await client.connect();
  try {
    const rows = (await client.query<{ domain: string; n: string }>('SELECT domain, count(*) AS n FROM domain_lookups GROUP BY domain')).rows;
    return new Map(rows.map((r) => [r.domain, Number(r.n)]));
  } finally {
    await client.end();
  }
}

let pg: TestPostgres;
let rdap: TestRdap;
let dns: TestDns;
let slow: SlowRdap;
const cleanup: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  [pg, rdap, dns] = await Promise.all([startPostgres(), startRdap(), startDns()]);
  slow = await startSlowRdap(rdap.base, 400);
});
afterAll(async () => {
  for (const fn of cleanup.reverse()) await fn().catch(() => undefined);
  await Promise.all([slow?.stop(), rdap?.stop(), dns?.stop(), pg?.stop()]);
});

/** Env for every process of one scenario: its own database and data directory, short leases, the slow RDAP. */
async function scenario(extra: Record<string, string> = {}): Promise<{ env: Record<string, string>; dataDir: string; queue: QueueConnection }> {
  const db = await createTestDatabase(pg.url, 'dw_queue');
  const dataDir = await mkdtemp(join(tmpdir(), 'dw-queue-data-'));
  const env = {
    DIJKWACHT_CATALOG_URL: db.url,
    DIJKWACHT_RDAP_BOOTSTRAP: slow.bootstrapDir,
    DIJKWACHT_DNS_SERVER: dns.server,
    DIJKWACHT_RDAP_REQUESTS_PER_SECOND: '100',
    DIJKWACHT_RDAP_DAILY_LIMITS: '',
    DIJKWACHT_QUEUE_LEASE_SECONDS: '3',
    DIJKWACHT_QUEUE_RETRY_DELAY_SECONDS: '1',
    DIJKWACHT_QUEUE_POLL_MS: '200',
    DIJKWACHT_QUEUE_STOP_GRACE_MS: '5000',
    ...extra,
  };
  const opts = loadOptions({ env, configFile: null, cwd: dataDir });
  const queue = await connectQueue(opts, { settings: queueSettings(opts) });
  cleanup.push(() => rm(dataDir, { recursive: true, force: true }), () => db.drop(), () => queue.close());
  return { env, dataDir, queue };
}

const stopWorker = async (w: WorkerProcess): Promise<number | null> => {
  if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGTERM');
  return w.exited;
};

describe('dijkwacht worker: lookups shared by worker processes over PostgreSQL', () => {
  it('loses and repeats nothing when a worker is killed mid-job, and finishes after a database restart', async () => {
    const { env, dataDir, queue } = await scenario();
    const a = startWorker(env, dataDir);
    const b = startWorker(env, dataDir);
    cleanup.push(() => stopWorker(a), () => stopWorker(b));
    const first = domains('wachtrij', 30);
    const added = await runCli(['queue', 'add', 'lookup', ...first], env);
    expect(added.code, added.stderr).toBe(0);
    const ids = added.stdout.trim().split('\n');
    expect(ids).toHaveLength(30);

    // Kill A while it holds jobs it has not finished.
    let held: string[] = [];
    await until('worker A to be in the middle of a job', () => {
      const finished = new Set(a.lines.map((l) => l.job));
      held = a.started.filter((j) => !finished.has(j));
      return held.length > 0 && a.lines.length >= 1;
    });
    a.child.kill('SIGKILL');
    await a.exited;
    const heldAtKill = held.filter((j) => !a.lines.some((l) => l.job === j));
    expect(heldAtKill.length).toBeGreaterThan(0);

    const status = async () => (await queueStatus(queue, { roles: ['lookup'] })).lookup;
    await until('every job of the first batch to complete', async () => (await status()).done === 30);

    const rows = (await queue.sql("SELECT id, state, retry_count, output FROM dijkwacht_queue.job WHERE name = 'lookup'")).rows;
    expect(rows.map((r) => r.state)).toEqual(Array(30).fill('completed'));
    // The killed worker's jobs: their lease expired, and B ran them to the end. A job whose completion
    // reached the database in the instant before the kill (A's line not yet printed) stays A's, once.
    const bId = b.lines[0]?.worker;
    const aId = a.lines[0]?.worker;
    const takenOver = heldAtKill.filter((job) => (rows.find((r) => r.id === job)!.output as { worker: string }).worker === bId);
    expect(takenOver.length).toBeGreaterThan(0);
    for (const job of heldAtKill) {
      const row = rows.find((r) => r.id === job)!;
      const by = (row.output as { worker: string }).worker;
      if (by === bId) {
        expect(Number(row.retry_count)).toBeGreaterThanOrEqual(1);
        expect(b.lines.some((l) => l.job === job && l.outcome === 'done')).toBe(true);
      } else {
        expect(by).toBe(aId);
        expect(Number(row.retry_count)).toBe(0);
        expect(b.lines.some((l) => l.job === job)).toBe(false);
      }
    }
    // Every job done once, every domain stored once.
    const doneLines = [...a.lines, ...b.lines].filter((l) => l.outcome === 'done').map((l) => l.job);
    expect(new Set(doneLines).size).toBe(30);
    expect(doneLines.filter((j) => heldAtKill.includes(j))).toHaveLength(heldAtKill.length);
    const stored = await storedLookups(env);
    expect([...stored.keys()].sort()).toEqual(first);
    expect([...stored.values()].every((n) => n === 1)).toBe(true);
    expect((await status()).deadLetterCount).toBe(0);

    // A database restart mid-run: the workers reconnect and finish, still once each.
    const c = startWorker(env, dataDir);
    cleanup.push(() => stopWorker(c));
    const second = domains('herstart', 30);
    expect((await runCli(['queue', 'add', 'lookup', ...second], env)).code).toBe(0);
    await until('a few jobs of the second batch', async () => (await status()).done >= 35);
    await pg.restart();
    await until('every job of the second batch to complete', async () => (await status()).done === 60);
    const after = await storedLookups(env);
    expect([...after.keys()].sort()).toEqual([...first, ...second].sort());
    expect([...after.values()].every((n) => n === 1)).toBe(true);
    expect((await status()).deadLetterCount).toBe(0);

    // SIGTERM: both remaining workers stop cleanly.
    expect(await stopWorker(b), b.problems.join('\n')).toBe(0);
    expect(await stopWorker(c), c.problems.join('\n')).toBe(0);
  });

  it('keeps two workers within a shared RDAP daily budget: exactly N queries, the rest deferred to tomorrow', async () => {
    const budget = 7;
    const { env, dataDir, queue } = await scenario({ DIJKWACHT_RDAP_DAILY_LIMITS: `127.0.0.1=${budget}` });
    const names = domains('budget', 20);
    const before = slow.queries.length;
    const a = startWorker(env, dataDir, 3);
    const b = startWorker(env, dataDir, 3);
    cleanup.push(() => stopWorker(a), () => stopWorker(b));
    expect((await runCli(['queue', 'add', 'lookup', ...names], env)).code).toBe(0);
    const status = async () => (await queueStatus(queue, { roles: ['lookup'] })).lookup;
    await until('every lookup to be done or deferred', async () => {
      const s = await status();
      return s.pending + s.active + s.retrying === 0 && s.scheduled === names.length - budget;
    });
    const asked = slow.queries.slice(before).filter((q) => q.startsWith('127.0.0.1:'));
    expect(asked).toHaveLength(budget);
    expect(asked.every((q) => names.some((n) => q.endsWith(`/registry/domain/${n}`)))).toBe(true);
    expect((await storedLookups(env)).size).toBe(budget);
    const lines = [...a.lines, ...b.lines];
    expect(lines.filter((l) => l.outcome === 'deferred')).toHaveLength(names.length - budget);
    expect(lines.find((l) => l.outcome === 'deferred')?.detail).toMatch(new RegExp(`daily limit of ${budget} RDAP queries to 127\\.0\\.0\\.1 is reached`));
    expect(await stopWorker(a)).toBe(0);
    expect(await stopWorker(b)).toBe(0);
  });
});

describe('the retry policy of errors', () => {
  it('retries a retryable error with backoff, fails a non-retryable one at once, and lists both as dead letters with their reasons', async () => {
    const { queue, env } = await scenario({ DIJKWACHT_QUEUE_RETRY_LIMIT: '2' });
    const lines: JobLine[] = [];
    const options = loadOptions({ overrides: { ...testDefaults, dataDir: tmpdir() }, env: {} });
    const worker = new QueueWorker({
      queue,
      roles: ['lookup'],
      concurrency: 2,
      options,
      id: 'test-worker',
      log: logger('cli'),
      onJob: (l) => lines.push(l),
      handlers: {
        lookup: {
          async handle(data) {
            if (data.domain === 'altijd-bezet.test') throw new RemoteError('the registry answered 503 Service Unavailable');
            if (data.domain === 'geweigerd.test') throw new TargetError('the address 10.0.0.7 is in a private network');
            if (data.domain === 'morgen.test') throw new DeferJobError('the daily limit is reached', new Date(Date.now() + 3_600_000));
            return { domain: data.domain };
          },
        },
      },
    });
    const ids = await enqueue(queue, 'lookup', ['altijd-bezet.test', 'geweigerd.test', 'morgen.test', 'gewoon.test'].map((domain) => ({ domain, fresh: false })));
    const running = worker.run();
    await until('both failures to be dead letters', async () => (await queueStatus(queue, { roles: ['lookup'] })).lookup.deadLetterCount === 2, 60_000);
    worker.stop();
    await running;

    const of = (domain: string) => lines.filter((l) => l.target === domain).map((l) => l.outcome);
    const retries = queue.settings.retryLimit;
    expect(of('altijd-bezet.test')).toEqual([...Array(retries).fill('retry'), 'failed']);
    expect(of('geweigerd.test')).toEqual(['failed']);
    expect(of('morgen.test')).toEqual(['deferred']);
    expect(of('gewoon.test')).toEqual(['done']);

    const s = (await queueStatus(queue, { roles: ['lookup'] })).lookup;
    expect(s.scheduled).toBe(1);
    const dead = new Map(s.deadLetters.map((d) => [d.target, d]));
    expect(dead.get('altijd-bezet.test')).toMatchObject({ reason: 'the registry answered 503 Service Unavailable', kind: 'RemoteError', attempts: retries + 1 });
    expect(dead.get('geweigerd.test')).toMatchObject({ reason: 'the address 10.0.0.7 is in a private network', kind: 'TargetError', attempts: 1 });
    const row = (await queue.sql('SELECT retry_count, state FROM dijkwacht_queue.job WHERE id = $1', [ids[1]])).rows[0]!;
    expect(row).toMatchObject({ state: 'failed', retry_count: 0 });

    const shown = await runCli(['queue', 'status'], env);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toMatch(/^lookup +pending 0, retrying 0, scheduled 1, active 0; .*dead letters 2$/m);
    expect(shown.stdout).toContain('geweigerd.test: the address 10.0.0.7 is in a private network (attempt 1)');
  });
});
