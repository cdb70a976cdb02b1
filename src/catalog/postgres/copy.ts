import { UsageError } from '../../core/errors.js';
import type { Db } from '../db.js';
import { migratePostgres } from './migrations.js';
import { inTransaction, redactUrl, type Pool, type PoolClient } from './pool.js';
import { postgresDigest, selectSql, sqliteDigest, sqliteTables, type TableShape } from './table-digest.js';

export interface TableComparison {
  table: string;
  sqliteRows: number;
  postgresRows: number;
  sqliteSha256: string;
  postgresSha256: string;
  /** Same count and same checksum. */
  match: boolean;
}

export interface CopyProgress {
  table: string;
  copied: number;
  total: number;
}

export interface CopyOptions {
  /** Empty the target's catalog tables first when they hold rows (else a non-empty target is refused). */
  force?: boolean;
  /** Rows per INSERT. */
  batchRows?: number;
  onProgress?: (p: CopyProgress) => void;
  /** The target's URL, for messages (shown without its password). */
  url?: string;
}

export interface CopyResult {
  schemaVersion: number;
  tables: TableComparison[];
  /** Every table has the same rows on both sides. */
  ok: boolean;
}

/** PostgreSQL binds at most 65535 parameters per statement. */
const MAX_PARAMS = 65_000;
const quote = (id: string): string => `"${id.replaceAll('"', '""')}"`;

/** Column names of the target's tables, to check the schemas agree before copying a row. */
async function postgresColumns(pool: Pool): Promise<Map<string, string[]>> {
  const rows = (await pool.query<{ t: string; c: string }>('SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position')).rows;
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.t, [...(out.get(r.t) ?? []), r.c]);
  return out;
}

function checkShapes(shapes: TableShape[], target: Map<string, string[]>, shown: string): void {
  for (const shape of shapes) {
    const cols = target.get(shape.name);
    const want = shape.columns.map((c) => c.name);
    if (!cols) throw new UsageError(`${shown} has no table ${shape.name}, which the SQLite catalog holds; both must be at the same dijkwacht schema.`);
    const missing = want.filter((c) => !cols.includes(c));
    if (missing.length > 0) throw new UsageError(`Table ${shape.name} in ${shown} lacks the column(s) ${missing.join(', ')}; the two catalogs are at different schemas.`);
  }
}

/** Tables of the target that already hold rows. */
async function nonEmpty(pool: Pool, shapes: TableShape[]): Promise<string[]> {
  const full: string[] = [];
  for (const s of shapes) if ((await pool.query(`SELECT 1 FROM ${quote(s.name)} LIMIT 1`)).rowCount) full.push(s.name);
  return full;
}

const toParam = (v: unknown): unknown => (typeof v === 'bigint' ? v.toString() : v);

async function copyTable(db: Db, client: PoolClient, shape: TableShape, batchRows: number, onProgress?: (p: CopyProgress) => void): Promise<void> {
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM ${quote(shape.name)}`).get() as { n: number }).n;
  const cols = shape.columns.map((c) => c.name);
  const perBatch = Math.max(1, Math.min(batchRows, Math.floor(MAX_PARAMS / cols.length)));
  const head = `INSERT INTO ${quote(shape.name)} (${cols.map(quote).join(', ')}) VALUES `;
  let batch: unknown[][] = [];
  let copied = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const values = batch.map((_, r) => `(${cols.map((__, c) => `$${r * cols.length + c + 1}`).join(', ')})`).join(', ');
    await client.query(head + values, batch.flat());
    copied += batch.length;
    batch = [];
    onProgress?.({ table: shape.name, copied, total });
  };
  const stmt = db.prepare(selectSql(shape, 'sqlite')).safeIntegers(true).raw(true);
  for (const row of stmt.iterate() as Iterable<unknown[]>) {
    batch.push(row.map(toParam));
    if (batch.length >= perBatch) await flush();
  }
  await flush();
  if (total === 0) onProgress?.({ table: shape.name, copied: 0, total: 0 });
}

/** Moves each identity past the highest copied id, so the next insert on PostgreSQL gets a fresh id. */
async function advanceIdentities(client: PoolClient): Promise<void> {
  const ids = (await client.query<{ t: string; c: string }>("SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'")).rows;
  for (const { t, c } of ids) {
    await client.query(`SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT max(${quote(c)}) FROM ${quote(t)}), 0) + 1, false)`, [quote(t), c]);
  }
}

/** Count and checksum of every table on both sides, by table name. */
export async function compareCatalogs(db: Db, pool: Pool, shapes = sqliteTables(db)): Promise<TableComparison[]> {
  const out: TableComparison[] = [];
  for (const shape of shapes) {
    const a = sqliteDigest(db, shape);
    const b = await postgresDigest(pool, shape);
    out.push({ table: shape.name, sqliteRows: a.rows, postgresRows: b.rows, sqliteSha256: a.sha256, postgresSha256: b.sha256, match: a.rows === b.rows && a.sha256 === b.sha256 });
  }
  return out.sort((a, b) => (a.table < b.table ? -1 : a.table > b.table ? 1 : 0));
}

/**
 * Copies every table of a SQLite catalog into a PostgreSQL catalog, in one transaction (all or
 * nothing), referenced tables first, ids kept; then counts and checksums both sides afresh.
 * The target is migrated first; one that holds rows is refused unless `force` (then emptied).
 */
export async function copyCatalog(db: Db, pool: Pool, options: CopyOptions = {}): Promise<CopyResult> {
  // One read transaction: every table is read from the same snapshot, for the copy and its check.
  db.exec('BEGIN');
  try {
    return await copyInSnapshot(db, pool, options);
  } finally {
    db.exec('COMMIT');
  }
}

async function copyInSnapshot(db: Db, pool: Pool, options: CopyOptions): Promise<CopyResult> {
  const shown = redactUrl(options.url ?? '') || 'the PostgreSQL catalog';
  const migrated = await migratePostgres(pool, options.url);
  const sqliteVersion = sqliteSchemaVersion(db);
  if (sqliteVersion !== migrated.to) throw new UsageError(`The SQLite catalog is at schema ${sqliteVersion} and ${shown} at ${migrated.to}; run the same dijkwacht version on both.`);
  const shapes = sqliteTables(db);
  checkShapes(shapes, await postgresColumns(pool), shown);
  const full = await nonEmpty(pool, shapes);
  if (full.length > 0 && !options.force) {
    throw new UsageError(`${shown} already holds rows (${full.slice(0, 4).join(', ')}${full.length > 4 ? ', …' : ''}); migrate into an empty database, or pass --force to replace them.`);
  }
  await inTransaction(pool, async (client) => {
    if (full.length > 0) await client.query(`TRUNCATE ${shapes.map((s) => quote(s.name)).join(', ')} RESTART IDENTITY`);
    for (const shape of shapes) {
      try {
        await copyTable(db, client, shape, options.batchRows ?? 1000, options.onProgress);
      } catch (error) {
        throw new UsageError(`Copying table ${shape.name} to ${shown} failed (${(error as { message?: string }).message?.split('\n')[0] ?? 'error'}); nothing was copied.`, { cause: error });
      }
    }
    await advanceIdentities(client);
  });
  const tables = await compareCatalogs(db, pool, shapes);
  return { schemaVersion: migrated.to, tables, ok: tables.every((t) => t.match) };
}

/** Row counts per catalog table of a PostgreSQL catalog. */
export async function postgresCounts(pool: Pool): Promise<Record<string, number>> {
  const tables = (await postgresColumns(pool)).keys();
  const out: Record<string, number> = {};
  for (const t of [...tables].filter((n) => n !== 'schema_migrations').sort()) {
    out[t] = Number((await pool.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${quote(t)}`)).rows[0]?.n ?? 0);
  }
  return out;
}

/** Row counts per catalog table of a SQLite catalog, by table name. */
export function sqliteCounts(db: Db): Record<string, number> {
  const out: Record<string, number> = {};
  for (const shape of sqliteTables(db).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    out[shape.name] = (db.prepare(`SELECT COUNT(*) AS n FROM ${quote(shape.name)}`).get() as { n: number }).n;
  }
  return out;
}

/** The schema version of a SQLite catalog. */
export function sqliteSchemaVersion(db: Db): number {
  return (db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations').get() as { v: number }).v;
}
