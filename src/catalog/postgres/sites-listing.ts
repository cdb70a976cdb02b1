import type { Label } from '../../classify/index.js';
import type { SiteListing } from '../queries.js';
import { hostingMatches, type SiteFilter, type SitesRepository } from '../repositories/sites-listing.js';
import type { Pool } from './pool.js';

interface SiteRecord {
  domain: string;
  label: Label;
  score: number;
  signals_json: string;
  label_source: SiteListing['labelSource'];
  review_status: SiteListing['reviewStatus'];
  first_seen: string;
  last_seen: string;
}

/** Sites whose pages and discoveries are read together. */
const BATCH = 200;

function groupBy<T extends { domain: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.domain);
    if (list) list.push(r);
    else out.set(r.domain, [r]);
  }
  return out;
}

/** The site listing on the shared catalog: the same filters, order and fields as on SQLite. */
export class PostgresSitesRepository implements SitesRepository {
  readonly #pool: Pool;

  constructor(pool: Pool) {
    this.#pool = pool;
  }

  async *listing(filter: SiteFilter): AsyncIterable<SiteListing> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: (n: string) => string, value?: unknown): void => {
      if (value === undefined) where.push(clause(''));
      else {
        params.push(value);
        where.push(clause(`$${params.length}`));
      }
    };
    if (filter.label) add((n) => `s.label = ${n}`, filter.label);
    if (filter.lang) add((n) => `lower(s.lang) = lower(${n})`, filter.lang);
    if (filter.since) add((n) => `s.first_seen >= ${n}`, filter.since);
    if (filter.runId !== null && filter.runId !== undefined) add((n) => `EXISTS (SELECT 1 FROM site_runs r WHERE r.domain = s.domain AND r.run_id = ${n})`, filter.runId);
    if (filter.review === 'needs-review') add(() => "s.needs_review = 1 AND s.review_status = 'pending'");
    else if (filter.review) add((n) => `s.review_status = ${n}`, filter.review);
    const { rows: all } = await this.#pool.query<SiteRecord>(`SELECT * FROM sites s${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY s.domain COLLATE "C"`, params);
    const sites = filter.country || filter.network ? await this.#byHosting(all, filter) : all;
    // Pages and discoveries a batch of sites at a time: two queries per batch, not per site.
    for (let i = 0; i < sites.length; i += BATCH) {
      const batch = sites.slice(i, i + BATCH);
      const domains = batch.map((s) => s.domain);
      const urls = await this.#pool.query<{ domain: string; url: string }>(
        `SELECT domain, url FROM (
           SELECT domain, url, row_number() OVER (PARTITION BY domain ORDER BY url COLLATE "C") AS n
           FROM (SELECT DISTINCT domain, url FROM pages WHERE domain = ANY($1) AND error IS NULL) d
         ) r WHERE n <= 50 ORDER BY domain, url COLLATE "C"`,
        [domains],
      );
      const found = await this.#pool.query<{ domain: string; source: string; engine: string | null; query: string | null; rank: string | null; linking_url: string | null; run_id: string; at: string }>(
        `SELECT domain, source, engine, query, rank, linking_url, run_id, at FROM (
           SELECT *, row_number() OVER (PARTITION BY domain ORDER BY id) AS n FROM discoveries WHERE domain = ANY($1)
         ) d WHERE n <= 20 ORDER BY domain, id`,
        [domains],
      );
      const urlsOf = groupBy(urls.rows);
      const foundOf = groupBy(found.rows);
      for (const s of batch) {
        yield {
          domain: s.domain,
          label: s.label,
          score: Number(s.score),
          signals: JSON.parse(s.signals_json) as string[],
          urls: (urlsOf.get(s.domain) ?? []).map((r) => r.url),
          firstSeen: s.first_seen,
          lastSeen: s.last_seen,
          labelSource: s.label_source,
          reviewStatus: s.review_status,
          discoveredBy: (foundOf.get(s.domain) ?? []).map((d) => ({ source: d.source, engine: d.engine, query: d.query, rank: d.rank === null ? null : Number(d.rank), linkingUrl: d.linking_url, run: Number(d.run_id), at: d.at })),
        };
      }
    }
  }

  /** The sites whose latest lookup (of the domain or its www. name) puts them in the filter's country and network. */
  async #byHosting(sites: SiteRecord[], filter: SiteFilter): Promise<SiteRecord[]> {
    const out: SiteRecord[] = [];
    for (const s of sites) {
      const { rows } = await this.#pool.query<{ report_json: string }>('SELECT report_json FROM domain_lookups WHERE domain = ANY($1) ORDER BY id DESC LIMIT 1', [[s.domain, `www.${s.domain}`]]);
      if (hostingMatches(rows[0]?.report_json ?? null, filter)) out.push(s);
    }
    return out;
  }

  /** Whether the catalog has any site at all (to tell "no match" from "nothing crawled yet"). */
  async any(): Promise<boolean> {
    return (await this.#pool.query('SELECT 1 FROM sites LIMIT 1')).rows.length > 0;
  }
}
