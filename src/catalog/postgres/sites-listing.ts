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
    const { rows: sites } = await this.#pool.query<SiteRecord>(`SELECT * FROM sites s${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY s.domain COLLATE "C"`, params);
    for (const s of sites) {
      if (filter.country || filter.network) {
        const { rows } = await this.#pool.query<{ report_json: string }>('SELECT report_json FROM domain_lookups WHERE domain = ANY($1) ORDER BY id DESC LIMIT 1', [[s.domain, `www.${s.domain}`]]);
        if (!hostingMatches(rows[0]?.report_json ?? null, filter)) continue;
      }
      const urls = await this.#pool.query<{ url: string }>('SELECT DISTINCT url COLLATE "C" AS url FROM pages WHERE domain = $1 AND error IS NULL ORDER BY 1 LIMIT 50', [s.domain]);
      const found = await this.#pool.query<{ source: string; engine: string | null; query: string | null; rank: string | null; linking_url: string | null; run_id: string; at: string }>(
        'SELECT source, engine, query, rank, linking_url, run_id, at FROM discoveries WHERE domain = $1 ORDER BY id LIMIT 20',
        [s.domain],
      );
      yield {
        domain: s.domain,
        label: s.label,
        score: Number(s.score),
        signals: JSON.parse(s.signals_json) as string[],
        urls: urls.rows.map((r) => r.url),
        firstSeen: s.first_seen,
        lastSeen: s.last_seen,
        labelSource: s.label_source,
        reviewStatus: s.review_status,
        discoveredBy: found.rows.map((d) => ({ source: d.source, engine: d.engine, query: d.query, rank: d.rank === null ? null : Number(d.rank), linkingUrl: d.linking_url, run: Number(d.run_id), at: d.at })),
      };
    }
  }

  /** Whether the catalog has any site at all (to tell "no match" from "nothing crawled yet"). */
  async any(): Promise<boolean> {
    return (await this.#pool.query('SELECT 1 FROM sites LIMIT 1')).rows.length > 0;
  }
}
