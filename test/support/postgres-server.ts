import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { SetupError } from '../../src/core/errors.js';

const exec = promisify(execFile);
const POSTGRES_ROOT = '/usr/lib/postgresql';

export interface TestPostgres {
  /** `postgres://postgres:PASSWORD@127.0.0.1:PORT/postgres` (password auth over TCP, like a real deployment). */
  url: string;
  port: number;
  /** Stops the server and removes its data directory. Safe to call twice. */
  stop(): Promise<void>;
  /**
   * Stops and starts the server again on the same port and data directory. `crash: true` stops it
   * with an immediate shutdown (no checkpoint), so the next start runs crash recovery.
   */
  restart(options?: { crash?: boolean }): Promise<void>;
}

/** The newest Debian PostgreSQL binaries directory (`/usr/lib/postgresql/<major>/bin`). */
export function findPostgresBin(): string {
  const majors = existsSync(POSTGRES_ROOT)
    ? readdirSync(POSTGRES_ROOT).filter((d) => /^\d+$/.test(d) && existsSync(join(POSTGRES_ROOT, d, 'bin', 'initdb'))).map(Number).sort((a, b) => b - a)
    : [];
  const major = majors[0];
  if (major === undefined) throw new SetupError(`PostgreSQL is not installed (no ${POSTGRES_ROOT}/<version>/bin/initdb); run npm run setup, or install Debian's postgresql package.`);
  return join(POSTGRES_ROOT, String(major), 'bin');
}

interface RunAs {
  /** Prefix to run a program as the server's user (empty when we are not root). */
  prefix: string[];
  uid: number | null;
  gid: number | null;
}

/**
 * PostgreSQL refuses to run as root: as root, run it as the `postgres` system user. Either way the
 * server gets SIGQUIT (immediate shutdown) when the process that started it dies, so a test run
 * that is killed leaves no server behind.
 */
async function runAs(): Promise<RunAs> {
  if (process.getuid?.() !== 0) return { prefix: ['setpriv', '--pdeathsig', 'QUIT', '--'], uid: null, gid: null };
  let uid: number;
  let gid: number;
  try {
    uid = Number((await exec('id', ['-u', 'postgres'])).stdout.trim());
    gid = Number((await exec('id', ['-g', 'postgres'])).stdout.trim());
  } catch (error) {
    throw new SetupError('Running as root needs the postgres system user to start PostgreSQL; install Debian\'s postgresql package (npm run setup).', { cause: error });
  }
  return { prefix: ['setpriv', '--pdeathsig', 'QUIT', `--reuid=${uid}`, `--regid=${gid}`, '--init-groups', '--'], uid, gid };
}

const ROOT_PREFIX = 'dijkwacht-pg-';
/** The pid of the process that started the server: a directory whose owner is gone is removed by the next start. */
const OWNER_FILE = 'owner.pid';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the directories of servers whose starting process died (their server died with it). */
async function sweepAbandoned(): Promise<void> {
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith(ROOT_PREFIX))) {
    const dir = join(tmpdir(), name);
    const owner = Number(await readFile(join(dir, OWNER_FILE), 'utf8').catch(() => ''));
    if (Number.isInteger(owner) && owner > 0 && !alive(owner)) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function command(as: RunAs, program: string, args: string[]): [string, string[]] {
  const argv = [...as.prefix, program, ...args];
  return [argv[0]!, argv.slice(1)];
}

/**
 * Starts a real PostgreSQL (Debian's binaries) in a fresh temporary directory, listening on a free
 * loopback port with its unix socket inside that directory; `fsync=off` for speed. Nothing is
 * shared with any other server on the machine.
 */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = findPostgresBin();
  const as = await runAs();
  await sweepAbandoned();
  const root = await mkdtemp(join(tmpdir(), ROOT_PREFIX));
  await writeFile(join(root, OWNER_FILE), String(process.pid));
  const dataDir = join(root, 'data');
  const socketDir = join(root, 'socket');
  const password = randomBytes(12).toString('hex');
  await mkdir(socketDir);
  await writeFile(join(root, 'pwfile'), `${password}\n`, { mode: 0o600 });
  if (as.uid !== null && as.gid !== null) {
    for (const path of [root, socketDir, join(root, 'pwfile')]) await chown(path, as.uid, as.gid);
  }
  const [initProgram, initArgs] = command(as, join(bin, 'initdb'), [
    '-D', dataDir, '-U', 'postgres', '--pwfile', join(root, 'pwfile'), '-E', 'UTF8', '--locale=C.UTF-8',
    '--auth-local=trust', '--auth-host=scram-sha-256', '--no-sync', '--no-instructions',
  ]);
  try {
    await exec(initProgram, initArgs, { cwd: root });
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw new SetupError(`initdb failed in ${root}; check that the postgres user may write to ${tmpdir()}.`, { cause: error });
  }
  await rm(join(root, 'pwfile'), { force: true });

  let port = await freePort();
  let child: ChildProcess | null = null;
  let stopped = false;
  const killOnExit = (): void => {
    if (child?.exitCode === null) child.kill('SIGQUIT');
  };
  process.once('exit', killOnExit);

  const launch = async (): Promise<void> => {
    const [program, args] = command(as, join(bin, 'postgres'), [
      '-D', dataDir, '-p', String(port), '-k', socketDir, '-c', 'listen_addresses=127.0.0.1',
      // fsync=off only risks data on an OS crash; a killed server still recovers every commit.
      // (synchronous_commit stays on: with it off a crash restart loses the last commits.)
      '-c', 'fsync=off', '-c', 'full_page_writes=off',
      '-c', 'max_connections=300', '-c', 'shared_buffers=32MB', '-c', 'log_min_messages=warning',
    ]);
    const proc = spawn(program, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    proc.stderr.on('data', (b: Buffer) => (log = (log + b.toString()).slice(-8000)));
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    child = proc;
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (proc.exitCode !== null || proc.signalCode !== null) throw new SetupError(`PostgreSQL exited while starting on port ${port}: ${log.trim().split('\n').slice(-3).join(' | ')}`);
      const client = new pg.Client({ connectionString: urlFor(port, password), connectionTimeoutMillis: 1000 });
      try {
        await client.connect();
        await client.end();
        return;
      } catch (error) {
        await client.end().catch(() => undefined);
        if (Date.now() > deadline) {
          proc.kill('SIGQUIT');
          await exited;
          throw new SetupError(`PostgreSQL did not accept connections on port ${port} within 30 s: ${log.trim().split('\n').slice(-3).join(' | ')}`, { cause: error });
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  };

  const halt = async (signal: NodeJS.Signals): Promise<void> => {
    const proc = child;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    proc.kill(signal);
    await exited;
  };

  try {
    await launch();
  } catch (error) {
    // Another process may have taken the port between probing and listening: one more try.
    port = await freePort();
    try {
      await launch();
    } catch {
      process.removeListener('exit', killOnExit);
      await rm(root, { recursive: true, force: true });
      throw error;
    }
  }

  return {
    url: urlFor(port, password),
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await halt('SIGINT'); // fast shutdown: disconnect clients, checkpoint, exit
      process.removeListener('exit', killOnExit);
      await rm(root, { recursive: true, force: true });
    },
    async restart(options = {}) {
      if (stopped) throw new Error('restart() after stop()');
      await halt(options.crash ? 'SIGQUIT' : 'SIGINT');
      // An immediate shutdown can leave the pid file behind for a moment; postgres removes it itself.
      await launch();
    },
  };
}

function urlFor(port: number, password: string): string {
  return `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
}

/** A database of its own on `serverUrl` (random name), and how to drop it again. */
export async function createTestDatabase(serverUrl: string, prefix = 'dw_test'): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

export interface FileDatabase {
  /** URL of this file's own database. */
  readonly url: string;
  /** The server's admin URL (the `postgres` database). */
  readonly serverUrl: string;
  /** The started server, or null when DIJKWACHT_TEST_PG_URL points at one the tests do not own. */
  readonly server: TestPostgres | null;
}

/**
 * Vitest helper: one fresh database for the calling test file. Uses the server named by
 * `DIJKWACHT_TEST_PG_URL` when set, otherwise starts one (startPostgres) and stops it afterwards.
 * Read the fields inside tests or hooks, not at module load.
 */
export async function usePostgresDatabase(): Promise<FileDatabase> {
  const { afterAll, beforeAll } = await import('vitest');
  let server: TestPostgres | null = null;
  let database: Awaited<ReturnType<typeof createTestDatabase>> | null = null;
  let serverUrl = '';
  beforeAll(async () => {
    const external = process.env.DIJKWACHT_TEST_PG_URL;
    if (external) serverUrl = external;
    else {
      server = await startPostgres();
      serverUrl = server.url;
    }
    database = await createTestDatabase(serverUrl);
  });
  afterAll(async () => {
    await database?.drop();
    await server?.stop();
  });
  return {
    get url() {
      if (!database) throw new Error('usePostgresDatabase(): read .url inside a test or hook');
      return database.url;
    },
    get serverUrl() {
      return serverUrl;
    },
    get server() {
      return server;
    },
  };
}
