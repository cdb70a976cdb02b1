import { Catalog } from '../catalog.js';
import { SqliteCapturesRepository, type CapturesRepository } from '../repositories/captures-repo.js';
import { SqliteCrawlPagesRepository, type CrawlPagesRepository } from '../repositories/crawl-pages.js';
import { SqliteSharedFrontierRepository, type SharedFrontierRepository } from '../repositories/frontier-shared.js';
import { SqliteRunsRepository, type RunsRepository } from '../repositories/runs.js';
import { SqliteSitesSettleRepository, type SitesSettleRepository } from '../repositories/sites-settle.js';
import { SqliteSitesRepository, type SitesRepository } from '../repositories/sites-listing.js';
import { SqliteLookupsRepository, type LookupsRepository } from '../repositories/lookups.js';
import { SqliteNoticeEventsRepository, type NoticeEventsRepository } from '../repositories/notice-events.js';
import { PostgresCapturesRepository } from './captures.js';
import { PostgresCrawlPagesRepository } from './crawl-pages.js';
import { PostgresSharedFrontierRepository } from './frontier.js';
import { PostgresRunsRepository } from './runs.js';
import { PostgresSitesSettleRepository } from './sites-settle.js';
import { PostgresSitesRepository } from './sites-listing.js';
import { PostgresLookupsRepository } from './lookups.js';
import { migratePostgres } from './migrations.js';
import { PostgresNoticeEventsRepository } from './notice-events.js';
import { openPool, redactUrl, type PoolOptions } from './pool.js';

/** The aggregates the worker roles write (runs, the shared frontier and crawled pages, lookups, captures, notice events), on either backend. */
export interface CatalogRepositories {
  readonly backend: 'sqlite' | 'postgres';
  /** Where the catalog is, for messages: the data directory, or the URL without its password. */
  readonly where: string;
  readonly runs: RunsRepository;
  readonly frontier: SharedFrontierRepository;
  readonly crawlPages: CrawlPagesRepository;
  readonly sites: SitesSettleRepository;
  /** The site listing (`dijkwacht sites`). */
  readonly siteList: SitesRepository;
  readonly lookups: LookupsRepository;
  readonly captures: CapturesRepository;
  readonly notices: NoticeEventsRepository;
  close(): Promise<void>;
}

/** The repositories over an open SQLite catalog (closing them closes the catalog). */
export function sqliteCatalogRepositories(catalog: Catalog, where: string): CatalogRepositories {
  return {
    backend: 'sqlite',
    where,
    runs: new SqliteRunsRepository(catalog),
    frontier: new SqliteSharedFrontierRepository(catalog),
    crawlPages: new SqliteCrawlPagesRepository(catalog),
    sites: new SqliteSitesSettleRepository(catalog),
    siteList: new SqliteSitesRepository(catalog),
    lookups: new SqliteLookupsRepository(catalog),
    captures: new SqliteCapturesRepository(catalog),
    notices: new SqliteNoticeEventsRepository(catalog),
    close: async () => catalog.close(),
  };
}

/**
 * The catalog chosen by the options: the shared PostgreSQL catalog when `catalogUrl` is set
 * (connected, and migrated under the advisory lock), else the SQLite catalog of `dataDir`.
 */
export async function openCatalogRepositories(options: { catalogUrl: string | null; dataDir: string }, poolOptions: PoolOptions = {}): Promise<CatalogRepositories> {
  if (!options.catalogUrl) return sqliteCatalogRepositories(new Catalog(options.dataDir), options.dataDir);
  const url = options.catalogUrl;
  const pool = await openPool(url, poolOptions);
  try {
    await migratePostgres(pool, url);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    backend: 'postgres',
    where: redactUrl(url),
    runs: new PostgresRunsRepository(pool),
    frontier: new PostgresSharedFrontierRepository(pool),
    crawlPages: new PostgresCrawlPagesRepository(pool),
    sites: new PostgresSitesSettleRepository(pool),
    siteList: new PostgresSitesRepository(pool),
    lookups: new PostgresLookupsRepository(pool),
    captures: new PostgresCapturesRepository(pool),
    notices: new PostgresNoticeEventsRepository(pool),
    close: () => pool.end(),
  };
}
