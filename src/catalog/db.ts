import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { SetupError } from '../core/errors.js';
import { utcNow } from '../core/time.js';
import { MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

export function catalogPath(dataDir: string): string {
  return resolve(dataDir, 'catalog.sqlite');
}

/** Opens (creating if needed) the catalog and applies pending migrations in one transaction each. */
export function openCatalogDb(dataDir: string | null): Db {
  if (dataDir) mkdirSync(resolve(dataDir), { recursive: true });
  let db: Db;
  try {
    db = new Database(dataDir ? catalogPath(dataDir) : ':memory:');
  } catch (error) {
    throw new SetupError(`Cannot open the catalog at ${dataDir ? catalogPath(dataDir) : 'memory'}.`, { cause: error });
  }
  db.pragma('journal_mode = WAL');
  // Under WAL, NORMAL syncs at checkpoints instead of every commit: a crash of the process loses
  // nothing and the file never corrupts; a power cut may lose the last commits (pages a re-run
  // fetches again). Evidence bundles do not depend on it: they are written and synced as files.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  MIGRATIONS.forEach((sql, index) => {
    const version = index + 1;
    if (applied.has(version)) return;
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(version, utcNow());
    })();
  });
  const newest = Math.max(0, ...applied);
  if (newest > MIGRATIONS.length) {
    db.close();
    throw new SetupError(`The catalog at ${dataDir ? catalogPath(dataDir) : 'memory'} was written by a newer dijkwacht (schema ${newest}); upgrade dijkwacht.`);
  }
  return db;
}
