import { createHash } from 'node:crypto';
import type { Db } from '../db.js';
import type { Pool } from './pool.js';

/** A catalog table as SQLite declares it: what the copy and the checksums go by. */
export interface TableShape {
  name: string;
  columns: { name: string; type: 'integer' | 'real' | 'text' | 'blob' }[];
  /** Primary key columns in key order; empty when the table has none (then every column orders). */
  primaryKey: string[];
  /** Tables this one references (copied first). */
  references: string[];
}

/** Not copied: each backend records its own migrations. */
const OWN_TABLES = new Set(['schema_migrations']);

function affinity(declared: string): TableShape['columns'][number]['type'] {
  const t = declared.toUpperCase();
  if (t.includes('INT')) return 'integer';
  if (/CHAR|CLOB|TEXT/.test(t)) return 'text';
  if (/REAL|FLOA|DOUB/.test(t)) return 'real';
  return t === '' || t.includes('BLOB') ? 'blob' : 'real';
}

/** Every catalog table of a SQLite catalog, referenced tables before the tables that reference them. */
export function sqliteTables(db: Db): TableShape[] {
  const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name).filter((n) => !OWN_TABLES.has(n));
  const shapes = names.map((name): TableShape => {
    const cols = db.prepare('SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid').all(name) as { name: string; type: string; pk: number }[];
    const refs = db.prepare('SELECT DISTINCT "table" AS t FROM pragma_foreign_key_list(?)').all(name) as { t: string }[];
    return {
      name,
      columns: cols.map((c) => ({ name: c.name, type: affinity(c.type) })),
      primaryKey: cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name),
      references: refs.map((r) => r.t).filter((t) => t !== name),
    };
  });
  const ordered: TableShape[] = [];
  const placed = new Set<string>();
  const visit = (shape: TableShape, path: Set<string>): void => {
    if (placed.has(shape.name) || path.has(shape.name)) return;
    path.add(shape.name);
    for (const ref of shape.references) {
      const target = shapes.find((s) => s.name === ref);
      if (target) visit(target, path);
    }
    placed.add(shape.name);
    ordered.push(shape);
  };
  for (const shape of shapes) visit(shape, new Set());
  return ordered;
}

const quote = (id: string): string => `"${id.replaceAll('"', '""')}"`;

/** Columns that give the table one order on both backends: the primary key, else every column. */
function orderColumns(shape: TableShape): TableShape['columns'] {
  const key = shape.primaryKey.length > 0 ? shape.primaryKey : shape.columns.map((c) => c.name);
  return key.map((k) => shape.columns.find((c) => c.name === k)!);
}

/** SELECT of every column in SQLite's column order, in key order (text compared byte-wise on both sides). */
export function selectSql(shape: TableShape, backend: 'sqlite' | 'postgres'): string {
  const cols = shape.columns.map((c) => quote(c.name)).join(', ');
  const order = orderColumns(shape)
    .map((c) => (backend === 'sqlite' ? quote(c.name) : `${quote(c.name)}${c.type === 'text' ? ' COLLATE "C"' : ''} ASC NULLS FIRST`))
    .join(', ');
  return `SELECT ${cols} FROM ${quote(shape.name)} ORDER BY ${order}`;
}

/**
 * A row written the same way whichever backend it came from: a JSON array in column order,
 * integers as decimal strings (SQLite's 64-bit values, PostgreSQL's bigint strings), reals as
 * JavaScript writes the double, text as is, null as null.
 */
export function canonicalRow(shape: TableShape, row: Record<string, unknown>): string {
  return JSON.stringify(
    shape.columns.map(({ name, type }) => {
      const v = row[name] as string | number | bigint | Buffer | null | undefined;
      if (v === null || v === undefined) return null;
      if (Buffer.isBuffer(v)) return `x'${v.toString('hex')}'`;
      if (type === 'integer') return typeof v === 'number' && Number.isInteger(v) ? BigInt(v).toString() : v.toString();
      if (type === 'real') return String(Number(v));
      return v.toString();
    }),
  );
}

export interface TableDigest {
  rows: number;
  /** SHA-256 over every row's canonical form and a newline, in key order. */
  sha256: string;
}

/** Count and checksum of a table in the SQLite catalog. */
export function sqliteDigest(db: Db, shape: TableShape): TableDigest {
  const hash = createHash('sha256');
  let rows = 0;
  const stmt = db.prepare(selectSql(shape, 'sqlite')).safeIntegers(true);
  for (const row of stmt.iterate() as Iterable<Record<string, unknown>>) {
    hash.update(`${canonicalRow(shape, row)}\n`);
    rows++;
  }
  return { rows, sha256: hash.digest('hex') };
}

/** Count and checksum of the same table in PostgreSQL, read in batches through a cursor. */
export async function postgresDigest(pool: Pool, shape: TableShape, batchRows = 5000): Promise<TableDigest> {
  const client = await pool.connect();
  const hash = createHash('sha256');
  let rows = 0;
  try {
    await client.query('BEGIN READ ONLY');
    await client.query(`DECLARE dw_digest NO SCROLL CURSOR FOR ${selectSql(shape, 'postgres')}`);
    for (;;) {
      const batch = await client.query<Record<string, unknown>>(`FETCH ${batchRows} FROM dw_digest`);
      for (const row of batch.rows) hash.update(`${canonicalRow(shape, row)}\n`);
      rows += batch.rows.length;
      if (batch.rows.length < batchRows) break;
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  return { rows, sha256: hash.digest('hex') };
}
