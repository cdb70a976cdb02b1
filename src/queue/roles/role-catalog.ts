import { openCatalogRepositories, type CatalogRepositories } from '../../catalog/postgres/catalog-repositories.js';
import { DijkwachtError, RemoteError, describeError } from '../../core/errors.js';
import type { Options } from '../../options/index.js';

/** Connections the worker's roles hold to the catalog together (besides the queue's): jobs share them, each query is short. */
const CATALOG_CONNECTIONS = 4;

/** One open catalog per process and catalog, shared by the roles that use it. */
interface Shared {
  open: Promise<CatalogRepositories>;
  users: number;
}
const shared = new Map<string, Shared>();

const keyOf = (o: Options): string => o.catalogUrl ?? `sqlite:${o.dataDir}`;

/**
 * The catalog a role writes into, opened at its first job and kept until the worker stops: the
 * shared PostgreSQL catalog when catalogUrl is set (every worker, whatever its data directory,
 * writes the same tables), else the SQLite catalog of the data directory. The roles of one worker
 * share one connection pool.
 */
export class RoleCatalog {
  readonly #options: Options;
  #entry: Shared | null = null;

  constructor(options: Options) {
    this.#options = options;
  }

  async get(): Promise<CatalogRepositories> {
    const key = keyOf(this.#options);
    let entry = shared.get(key);
    if (!entry) {
      const open = openCatalogRepositories(this.#options, { max: CATALOG_CONNECTIONS, applicationName: 'dijkwacht-worker' }).catch((error: unknown) => {
        shared.delete(key); // the next job tries again
        // A database that cannot be reached now (restarting) is worth a retry of the job, not a dead letter.
        if (error instanceof DijkwachtError && error.retryable) throw new RemoteError(`the catalog cannot be opened now: ${describeError(error)}`, { cause: error });
        throw error;
      });
      entry = { open, users: 0 };
      shared.set(key, entry);
    }
    if (this.#entry !== entry) {
      this.#entry = entry;
      entry.users++;
    }
    return entry.open;
  }

  /** Lets go of the catalog; the last role of the process to let go closes it. */
  async close(): Promise<void> {
    const entry = this.#entry;
    this.#entry = null;
    if (!entry || --entry.users > 0) return;
    const key = keyOf(this.#options);
    if (shared.get(key) === entry) shared.delete(key);
    await (await entry.open.catch(() => null))?.close();
  }
}
