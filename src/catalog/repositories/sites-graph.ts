import { UsageError } from '../../core/errors.js';
import type { Db } from '../db.js';

export interface GraphNode {
  id: string;
  label: string;
  /** The site's label, or "unvisited" for a domain only linked to. */
  category: string;
  score: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  /** How many links (and redirects) go from source to target. */
  weight: number;
  /** "link", or "redirect" when every one of them is a redirect. */
  kind: string;
}

/** The site link graph, row by row from the catalog (never held whole): an async interface, so a second backend implements the same contract. */
export interface SiteGraphRepository {
  /** Every site, then every domain that is only linked to (category "unvisited"), by domain. */
  nodes(runId: number | null): AsyncIterable<GraphNode>;
  /** One edge per linking pair of different domains, by source and target. */
  edges(runId: number | null): AsyncIterable<GraphEdge>;
}

/**
 * Reads the catalog's database only (not the Catalog class, which loads the classifier): `graph`
 * starts fast and holds one row at a time.
 */
export class SqliteSiteGraphRepository implements SiteGraphRepository {
  readonly #db: Db;

  constructor(source: { db: Db }) {
    this.#db = source.db;
  }

  /** A run's id from its name or id, as "dijkwacht runs list" shows them. */
  async runId(idOrName: string): Promise<number> {
    const id = (/^\d+$/.test(idOrName) ? this.#db.prepare('SELECT id FROM runs WHERE id = ?').pluck().get(Number(idOrName)) : this.#db.prepare('SELECT id FROM runs WHERE name = ?').pluck().get(idOrName)) as number | undefined;
    if (id === undefined) throw new UsageError(`No run "${idOrName}" in the catalog; "dijkwacht runs list" shows the runs.`);
    return id;
  }

  async *nodes(runId: number | null): AsyncIterable<GraphNode> {
    for (const [domain, label, score] of this.#db.prepare('SELECT domain, label, score FROM sites ORDER BY domain').raw().iterate() as Iterable<[string, string, number]>) {
      yield { id: domain, label: domain, category: label, score };
    }
    // Domains only linked to: one scan of the links, rows between two known sites filtered out in SQL.
    const run = runId === null ? '' : 'run_id = ? AND ';
    const outside = this.#db
      .prepare(`SELECT from_domain, to_domain FROM links WHERE ${run}from_domain != to_domain AND (from_domain NOT IN (SELECT domain FROM sites) OR to_domain NOT IN (SELECT domain FROM sites))`)
      .raw();
    const unvisited = new Set<string>();
    for (const [from, to] of (runId === null ? outside.iterate() : outside.iterate(runId)) as Iterable<[string, string]>) unvisited.add(from).add(to);
    const isSite = this.#db.prepare('SELECT 1 FROM sites WHERE domain = ?').pluck();
    for (const d of [...unvisited].sort()) if (isSite.get(d) === undefined) yield { id: d, label: d, category: 'unvisited', score: 0 };
  }

  async *edges(runId: number | null): AsyncIterable<GraphEdge> {
    // MIN(kind): "link" when any of the pair's links is a plain link, else "redirect". The GROUP BY
    // sorts every link (there is no index on the domains): a larger page cache keeps that sort in memory.
    this.#db.pragma('cache_size = -65536');
    const stmt = this.#db
      .prepare(`SELECT from_domain, to_domain, COUNT(*), MIN(kind) FROM links WHERE ${runId === null ? '' : 'run_id = ? AND '}from_domain != to_domain GROUP BY from_domain, to_domain`)
      .raw();
    for (const [source, target, weight, kind] of (runId === null ? stmt.iterate() : stmt.iterate(runId)) as Iterable<[string, string, number, string]>) {
      yield { source, target, weight, kind };
    }
  }
}
