import { Catalog } from '../catalog.js';
import { SqliteCountersRepository, type CountersRepository } from '../repositories/counters.js';
import { SqliteSharedFrontierRepository, type SharedFrontierRepository } from '../repositories/frontier-shared.js';
import { SqliteRunsRepository, type RunsRepository } from '../repositories/runs.js';
import { PostgresCountersRepository } from './counters.js';
import { PostgresSharedFrontierRepository } from './frontier.js';
import { migratePostgres } from './migrations.js';
import { openPool, type Pool, type PoolOptions } from './pool.js';
import { PostgresRunsRepository } from './runs.js';

/** What work shared by several processes needs from the catalog, on either backend. */
export interface SharedRepositories {
  readonly backend: 'sqlite' | 'postgres';
  readonly runs: RunsRepository;
  readonly frontier: SharedFrontierRepository;
  readonly counters: CountersRepository;
  close(): Promise<void>;
}

/** The repositories over an open SQLite catalog (closing them closes the catalog). */
export function sqliteRepositories(catalog: Catalog): SharedRepositories {
  return {
    backend: 'sqlite',
    runs: new SqliteRunsRepository(catalog),
    frontier: new SqliteSharedFrontierRepository(catalog),
    counters: new SqliteCountersRepository(catalog),
    close: async () => catalog.close(),
  };
}

/** The repositories over a pool (the caller owns the pool). */
export function postgresRepositories(pool: Pool): Omit<SharedRepositories, 'close'> {
  return {
    backend: 'postgres',
    runs: new PostgresRunsRepository(pool),
    frontier: new PostgresSharedFrontierRepository(pool),
    counters: new PostgresCountersRepository(pool),
  };
}

/** Connects to a PostgreSQL catalog, migrates it (under the advisory lock) and returns its repositories. */
export async function openPostgresRepositories(url: string, options: PoolOptions = {}): Promise<SharedRepositories & { pool: Pool }> {
  const pool = await openPool(url, options);
  try {
    await migratePostgres(pool, url);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return { ...postgresRepositories(pool), pool, close: () => pool.end() };
}

/** The catalog chosen by the options: PostgreSQL when `catalogUrl` is set, else the SQLite catalog of `dataDir`. */
export async function openSharedRepositories(options: { catalogUrl: string | null; dataDir: string }, pool: PoolOptions = {}): Promise<SharedRepositories> {
  if (options.catalogUrl) return openPostgresRepositories(options.catalogUrl, pool);
  return sqliteRepositories(new Catalog(options.dataDir));
}
