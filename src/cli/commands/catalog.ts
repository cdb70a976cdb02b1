import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import type { Catalog } from '../../catalog/catalog.js';
import type { CopyProgress, TableComparison } from '../../catalog/postgres/copy.js';
import type { Pool } from '../../catalog/postgres/pool.js';
import { ExitCode } from '../exit-codes.js';
import { printJson, progress, resolveOptions, withCommonOptions, type CommonFlags } from '../shared.js';

interface CatalogFlags extends CommonFlags {
  to?: string;
  catalog?: string;
  force?: boolean;
  batchRows?: string;
}

/** The SQLite catalog of the data dir, which must exist (migrating an empty one copies nothing). */
async function openSource(dataDir: string): Promise<Catalog> {
  const [{ Catalog }, { catalogPath }] = await Promise.all([import('../../catalog/catalog.js'), import('../../catalog/db.js')]);
  if (!existsSync(catalogPath(dataDir))) throw new UsageError(`No catalog at ${catalogPath(dataDir)}; pass the --data-dir that holds catalog.sqlite.`);
  return new Catalog(dataDir);
}

async function openTarget(url: string | undefined): Promise<{ pool: Pool; url: string }> {
  if (!url) throw new UsageError('Say where to copy the catalog: --to postgres://USER:PASSWORD@HOST:5432/DATABASE.');
  const { openPool, parseCatalogUrl } = await import('../../catalog/postgres/pool.js');
  parseCatalogUrl(url);
  return { pool: await openPool(url, { max: 2, applicationName: 'dijkwacht catalog' }), url };
}

/** Runs `fn` with the data dir's SQLite catalog and the PostgreSQL target open, and closes both after. */
async function withBoth<T>(dataDir: string, url: string | undefined, fn: (source: Catalog, target: { pool: Pool; url: string }) => Promise<T>): Promise<T> {
  const source = await openSource(dataDir);
  try {
    const target = await openTarget(url);
    try {
      return await fn(source, target);
    } finally {
      await target.pool.end();
    }
  } finally {
    source.close();
  }
}

function printTables(tables: TableComparison[]): void {
  const width = Math.max(5, ...tables.map((t) => t.table.length));
  process.stdout.write(`${'table'.padEnd(width)}  ${'sqlite'.padStart(9)}  ${'postgres'.padStart(9)}  checksum (SHA-256, first 16)\n`);
  for (const t of tables) {
    const sums = t.sqliteSha256 === t.postgresSha256 ? t.sqliteSha256.slice(0, 16) : `${t.sqliteSha256.slice(0, 16)} ≠ ${t.postgresSha256.slice(0, 16)}`;
    process.stdout.write(`${t.table.padEnd(width)}  ${String(t.sqliteRows).padStart(9)}  ${String(t.postgresRows).padStart(9)}  ${sums}  ${t.match ? 'ok' : 'DIFFERS'}\n`);
  }
}

function verdict(tables: TableComparison[], json: boolean | undefined): void {
  const differ = tables.filter((t) => !t.match);
  if (differ.length === 0) return;
  if (!json) process.stderr.write(`dijkwacht: ${differ.length} table(s) differ between the two catalogs: ${differ.map((t) => t.table).join(', ')}\n`);
  process.exitCode = ExitCode.VerifyFailed;
}

function batchRows(value: string | undefined): number {
  if (value === undefined) return 1000;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 50_000) throw new UsageError(`--batch-rows must be a whole number from 1 to 50000, not "${value}".`);
  return n;
}

export function registerCatalog(program: Command): void {
  const catalog = program.command('catalog').description('the catalog itself: its backend and schema, and copying a SQLite catalog into a shared PostgreSQL one');

  withCommonOptions(
    catalog
      .command('migrate')
      .description('copy the SQLite catalog of the data dir into PostgreSQL (one transaction, ids kept), then print per table the rows on both sides and a checksum of each; exit 3 when any table differs')
      .requiredOption('--to <url>', 'postgres:// URL of the target database; it is migrated to the current schema first')
      .option('--force', 'replace the rows a non-empty target already holds (otherwise it is refused)')
      .option('--batch-rows <n>', 'rows per INSERT (default: 1000)'),
  )
    .addHelpText('after', '\nExample:\n  dijkwacht catalog migrate --data-dir ./case-data --to postgres://dijkwacht:PASSWORD@db.example.test:5432/dijkwacht')
    .action(async (flags: CatalogFlags) => {
      const options = resolveOptions(flags);
      const rows = batchRows(flags.batchRows);
      await withBoth(options.dataDir, flags.to, async (source, target) => {
        const { copyCatalog } = await import('../../catalog/postgres/copy.js');
        let last = '';
        const onProgress = (p: CopyProgress): void => {
          if (p.copied === p.total && last !== p.table) progress(`copied ${p.table}: ${p.total} rows`, flags.json);
          else if (p.copied < p.total) progress(`copying ${p.table}: ${p.copied}/${p.total}`, flags.json);
          if (p.copied === p.total) last = p.table;
        };
        const result = await copyCatalog(source.db, target.pool, { force: flags.force === true, batchRows: rows, onProgress, url: target.url });
        if (flags.json) printJson(result);
        else {
          printTables(result.tables);
          if (result.ok) process.stdout.write(`every table copied: ${result.tables.reduce((n, t) => n + t.postgresRows, 0)} rows, schema ${result.schemaVersion}\n`);
        }
        verdict(result.tables, flags.json);
      });
    });

  withCommonOptions(
    catalog
      .command('compare')
      .description('count and checksum every table of the SQLite catalog and of a PostgreSQL copy, without copying; exit 3 when any differs')
      .requiredOption('--to <url>', 'postgres:// URL of the copy'),
  )
    .addHelpText('after', '\nExample:\n  dijkwacht catalog compare --to postgres://dijkwacht:PASSWORD@db.example.test:5432/dijkwacht --json')
    .action(async (flags: CatalogFlags) => {
      const options = resolveOptions(flags);
      await withBoth(options.dataDir, flags.to, async (source, target) => {
        const { compareCatalogs } = await import('../../catalog/postgres/copy.js');
        const tables = await compareCatalogs(source.db, target.pool);
        if (flags.json) printJson({ tables, ok: tables.every((t) => t.match) });
        else printTables(tables);
        verdict(tables, flags.json);
      });
    });

  withCommonOptions(
    catalog
      .command('status')
      .description('the catalog in use: backend (SQLite file or PostgreSQL), schema version and rows per table')
      .option('--catalog <url>', 'postgres:// URL of a shared catalog (default: catalogUrl / DIJKWACHT_CATALOG_URL; none: the SQLite catalog of the data dir)'),
  )
    .addHelpText('after', '\nExample:\n  dijkwacht catalog status --json')
    .action(async (flags: CatalogFlags) => {
      const options = resolveOptions(flags, { catalogUrl: flags.catalog });
      const status = options.catalogUrl ? await postgresStatus(options.catalogUrl) : await sqliteStatus(options.dataDir);
      if (flags.json) printJson(status);
      else {
        process.stdout.write(`backend ${status.backend}: ${status.location}\nschema ${status.schemaVersion}\n`);
        const width = Math.max(...Object.keys(status.tables).map((t) => t.length));
        for (const [table, n] of Object.entries(status.tables)) process.stdout.write(`  ${table.padEnd(width)}  ${String(n).padStart(9)}\n`);
      }
    });
}

interface CatalogStatus {
  backend: 'sqlite' | 'postgres';
  /** The file, or the URL without its password. */
  location: string;
  schemaVersion: number;
  tables: Record<string, number>;
}

async function sqliteStatus(dataDir: string): Promise<CatalogStatus> {
  const [{ catalogPath }, { sqliteCounts, sqliteSchemaVersion }] = await Promise.all([import('../../catalog/db.js'), import('../../catalog/postgres/copy.js')]);
  const source = await openSource(dataDir);
  try {
    return { backend: 'sqlite', location: catalogPath(dataDir), schemaVersion: sqliteSchemaVersion(source.db), tables: sqliteCounts(source.db) };
  } finally {
    source.close();
  }
}

async function postgresStatus(url: string): Promise<CatalogStatus> {
  const [{ postgresCounts }, { postgresSchemaVersion }, { redactUrl }] = await Promise.all([import('../../catalog/postgres/copy.js'), import('../../catalog/postgres/migrations.js'), import('../../catalog/postgres/pool.js')]);
  const { pool } = await openTarget(url);
  try {
    return { backend: 'postgres', location: redactUrl(url), schemaVersion: await postgresSchemaVersion(pool), tables: await postgresCounts(pool) };
  } finally {
    await pool.end();
  }
}
