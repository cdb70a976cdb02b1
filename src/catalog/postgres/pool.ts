import pg from 'pg';
import { UsageError } from '../../core/errors.js';

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;

export interface PoolOptions {
  /** Connections this process may hold at once. */
  max?: number;
  /** Give up connecting after this long. */
  connectTimeoutMs?: number;
  /** `application_name` shown in pg_stat_activity (which worker holds what). */
  applicationName?: string;
}

/** The URL as it may be shown or logged: user, host, port and database, never the password. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    for (const key of [...u.searchParams.keys()]) if (/pass|secret|key/i.test(key)) u.searchParams.set(key, '***');
    return u.toString();
  } catch {
    return '(unparsable URL)';
  }
}

/** Checks that `url` names a PostgreSQL database; returns it parsed. */
export function parseCatalogUrl(url: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch (error) {
    throw new UsageError('The catalog URL is not a URL; write it as postgres://USER:PASSWORD@HOST:5432/DATABASE.', { cause: error });
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
    throw new UsageError(`The catalog URL ${redactUrl(url)} is not a postgres:// URL; write it as postgres://USER:PASSWORD@HOST:5432/DATABASE.`);
  }
  if (!u.hostname && !u.searchParams.get('host')) throw new UsageError(`The catalog URL ${redactUrl(url)} names no host; write it as postgres://USER:PASSWORD@HOST:5432/DATABASE.`);
  return u;
}

/**
 * A pool of connections to the shared catalog. Connects once before returning, so a wrong URL,
 * a refused password or a server that is down is reported here, in one sentence naming the URL
 * without its password.
 */
export async function openPool(url: string, options: PoolOptions = {}): Promise<Pool> {
  parseCatalogUrl(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
    application_name: options.applicationName ?? 'dijkwacht',
  });
  // An idle connection that the server drops (restart, failover) must not crash the process;
  // the next query gets a fresh connection.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw connectError(url, error);
  }
  return pool;
}

/** One sentence for a failed connection, by what went wrong. */
export function connectError(url: string, error: unknown): Error {
  const shown = redactUrl(url);
  const code = (error as { code?: string } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === '28P01' || code === '28000') return new UsageError(`PostgreSQL at ${shown} refused the user or password; check the credentials in catalogUrl.`, { cause: error });
  if (code === '3D000') return new UsageError(`The database in ${shown} does not exist; create it (createdb) or fix catalogUrl.`, { cause: error });
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EHOSTUNREACH' || /timeout/i.test(message)) {
    return new UsageError(`Cannot reach PostgreSQL at ${shown}; check that the server runs and catalogUrl names its host and port.`, { cause: error, retryable: true });
  }
  return new UsageError(`Cannot connect to PostgreSQL at ${shown}${code ? ` (${code})` : ''}; check catalogUrl and the server's log.`, { cause: error });
}

/** Runs `fn` in one transaction on one connection; rolls back when it throws. */
export async function inTransaction<T>(pool: Pool, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Text as PostgreSQL can store it: its `text` type refuses the NUL character, which a page or a raw
 * registry answer may contain. NUL becomes U+FFFD (the replacement character), so nothing else changes.
 */
export function pgText<T extends string | null | undefined>(value: T): T {
  return (typeof value === 'string' && value.includes('\0') ? value.replaceAll('\0', '\uFFFD') : value) as T;
}
