import { SetupError } from '../../core/errors.js';
import { utcNow } from '../../core/time.js';
import { MIGRATIONS as SQLITE_MIGRATIONS } from '../migrations.js';
import { PG_BASE } from './migrations/01-07-base.js';
import { PG_08_12 } from './migrations/08-12.js';
import { PG_13 } from './migrations/13-shared-frontier.js';
import { PG_14 } from './migrations/14-search-answers.js';
import { inTransaction, redactUrl, type Pool } from './pool.js';

/**
 * The PostgreSQL catalog's schema, versioned like SQLite's: version N here is version N of
 * src/catalog/migrations.ts, recorded in a `schema_migrations` table of the same shape.
 * Append only, in step with the SQLite list.
 */
export const PG_MIGRATIONS: readonly string[] = [...PG_BASE, ...PG_08_12, PG_13, PG_14];

/** Key of the advisory lock held while migrating, so that workers starting together migrate once. */
const MIGRATE_LOCK = 0x646b7763; // "dkwc"

export interface MigrateResult {
  /** Schema version before and after. */
  from: number;
  to: number;
  applied: number[];
}

/**
 * Applies pending migrations in one transaction under an advisory lock: a second process that
 * migrates at the same time waits, then finds nothing left to do. Refuses a database written by
 * a newer dijkwacht.
 */
export async function migratePostgres(pool: Pool, url = ''): Promise<MigrateResult> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATE_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version bigint PRIMARY KEY, applied_at text NOT NULL)');
    const rows = (await client.query<{ version: string }>('SELECT version FROM schema_migrations')).rows;
    const applied = new Set(rows.map((r) => Number(r.version)));
    const from = Math.max(0, ...applied);
    if (from > PG_MIGRATIONS.length) {
      throw new SetupError(`The catalog at ${redactUrl(url) || 'this PostgreSQL database'} was written by a newer dijkwacht (schema ${from}); upgrade dijkwacht.`);
    }
    if (PG_MIGRATIONS.length !== SQLITE_MIGRATIONS.length) {
      // A developer error (a SQLite migration without its twin); the schema test names the table.
      throw new SetupError(`This dijkwacht has ${SQLITE_MIGRATIONS.length} SQLite catalog migrations but ${PG_MIGRATIONS.length} PostgreSQL ones; add the missing twin in src/catalog/postgres/migrations/.`);
    }
    const done: number[] = [];
    for (const [index, sql] of PG_MIGRATIONS.entries()) {
      const version = index + 1;
      if (applied.has(version)) continue;
      await client.query(sql);
      await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [version, utcNow()]);
      done.push(version);
    }
    return { from, to: Math.max(from, ...done), applied: done };
  });
}

/** The schema version of a PostgreSQL catalog (0: never migrated). */
export async function postgresSchemaVersion(pool: Pool): Promise<number> {
  const exists = await pool.query<{ t: string | null }>("SELECT to_regclass('schema_migrations')::text AS t");
  if (!exists.rows[0]?.t) return 0;
  const row = await pool.query<{ v: string | null }>('SELECT max(version)::text AS v FROM schema_migrations');
  return Number(row.rows[0]?.v ?? 0);
}
