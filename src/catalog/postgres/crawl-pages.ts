import { utcNow } from '../../core/time.js';
import { PAGE_TEXT_MAX, type DiscoveryRecord } from '../catalog.js';
import type { CrawledPage, CrawlPagesRepository, FailedPage, PageRows } from '../repositories/crawl-pages.js';
import { inTransaction, pgText, type Pool, type PoolClient } from './pool.js';

const UPSERT_PAGE = `INSERT INTO pages (run_id, url, final_url, domain, fetched_at, http_status, content_type, via, title, label, score, signals_json, evidence_json, model_json, depth, error, lang)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
  ON CONFLICT (run_id, url) DO UPDATE SET final_url = excluded.final_url, fetched_at = excluded.fetched_at, http_status = excluded.http_status,
    content_type = excluded.content_type, via = excluded.via, title = excluded.title, label = excluded.label, score = excluded.score,
    signals_json = excluded.signals_json, evidence_json = excluded.evidence_json, model_json = excluded.model_json, error = excluded.error, lang = excluded.lang`;

/** A read page's rows in one statement: the page ($1–$17), its text ($18), links ($19–$23) and identifiers ($24–$26). */
const WRITE_PAGE = `WITH page AS (${UPSERT_PAGE} RETURNING 1),
  text AS (
    INSERT INTO page_texts (run_id, url, domain, title, text) SELECT $1, $2, $4, $9, $18 WHERE $18::text IS NOT NULL
    ON CONFLICT (run_id, url) DO UPDATE SET title = excluded.title, text = excluded.text RETURNING 1),
  link AS (
    INSERT INTO links (run_id, from_url, to_url, from_domain, to_domain, kind)
    SELECT $1, * FROM unnest($19::text[], $20::text[], $21::text[], $22::text[], $23::text[]) ON CONFLICT DO NOTHING RETURNING 1),
  ident AS (
    INSERT INTO identifiers (domain, kind, value, page_url, run_id, first_seen)
    SELECT i.domain, i.kind, i.value, $2, $1, $5 FROM unnest($24::text[], $25::text[], $26::text[]) AS i(domain, kind, value) ON CONFLICT DO NOTHING RETURNING 1)
  SELECT (SELECT count(*) FROM page) AS pages`;

/**
 * A crawl's pages on the shared catalog. Every statement is idempotent: a page fetched twice (its
 * lease expired while a worker was still reading it) is one row, its links and identifiers are not
 * doubled, and a domain is discovered once per run (under a per-run, per-domain transaction lock).
 */
export class PostgresCrawlPagesRepository implements CrawlPagesRepository {
  readonly #pool: Pool;

  constructor(pool: Pool) {
    this.#pool = pool;
  }

  async write(runId: number, rows: PageRows, discoveries: DiscoveryRecord[]): Promise<void> {
    const { page } = rows;
    const c = page.classification;
    const links = rows.links.to.map((l) => [rows.links.fromUrl, l.url, rows.links.fromDomain, l.domain, 'link']);
    if (rows.redirect) links.push([page.url, rows.redirect.url, page.domain, rows.redirect.domain, 'redirect']);
    const column = (i: number): string[] => links.map((l) => pgText(l[i]!));
    const ids = rows.identifiers.ids;
    const params = [
      runId, pgText(page.url), pgText(page.finalUrl), page.domain, utcNow(), page.httpStatus, pgText(page.contentType), page.via, pgText(page.title),
      c?.label ?? null, c?.score ?? null, c ? pgText(JSON.stringify(c.signals)) : null, c ? pgText(JSON.stringify(c.evidence)) : null, c?.model ? JSON.stringify(c.model) : null,
      page.depth, pgText(page.error), page.lang ?? c?.evidence.lang ?? null,
      page.text ? pgText(page.text.slice(0, PAGE_TEXT_MAX)) : null,
      column(0), column(1), column(2), column(3), column(4),
      ids.map(() => rows.identifiers.domain), ids.map((i) => i.kind), ids.map((i) => pgText(i.value)),
    ];
    // One statement (atomic by itself) for the page, its text, links and identifiers: one round trip a page.
    if (discoveries.length === 0) await this.#pool.query(WRITE_PAGE, params);
    else {
      await inTransaction(this.#pool, async (client) => {
        await client.query(WRITE_PAGE, params);
        await this.#discover(client, runId, discoveries);
      });
    }
  }

  async failed(runId: number, f: FailedPage): Promise<void> {
    await inTransaction(this.#pool, async (client) => {
      await client.query(UPSERT_PAGE, [runId, pgText(f.url), null, f.domain, utcNow(), f.status, null, f.via, null, null, null, null, null, null, f.depth, pgText(f.reason), null]);
      await client.query('INSERT INTO failures (run_id, url, what, reason, at) VALUES ($1, $2, $3, $4, $5)', [runId, pgText(f.url), `fetch (${f.via})`, pgText(f.reason), utcNow()]);
    });
  }

  async discovered(runId: number, discoveries: DiscoveryRecord[]): Promise<void> {
    await inTransaction(this.#pool, (client) => this.#discover(client, runId, discoveries));
  }

  async #discover(client: PoolClient, runId: number, discoveries: DiscoveryRecord[]): Promise<void> {
    // Two workers finding one new domain at once: the lock makes the second see the first's row. The
    // locks are taken in domain order, so that two pages finding the same domains never wait on each
    // other in a circle; the insert is a statement of its own, so that it sees rows committed meanwhile.
    const byDomain = new Map(discoveries.map((d) => [d.domain, d]));
    const list = [...byDomain.values()].sort((a, b) => (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0));
    await client.query('SELECT pg_advisory_xact_lock(hashtext(k)) FROM unnest($1::text[]) WITH ORDINALITY AS u(k, n) ORDER BY n', [list.map((d) => `discovery:${runId}:${d.domain}`)]);
    await client.query(
      `INSERT INTO discoveries (run_id, url, domain, source, engine, query, rank, linking_url, at)
       SELECT $1, d.url, d.domain, d.source, d.engine, d.query, d.rank, d.linking_url, $2
       FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bigint[], $9::text[]) AS d(url, domain, source, engine, query, rank, linking_url)
       WHERE NOT EXISTS (SELECT 1 FROM discoveries x WHERE x.run_id = $1 AND x.domain = d.domain)`,
      [runId, utcNow(), list.map((d) => pgText(d.url)), list.map((d) => d.domain), list.map((d) => d.source), list.map((d) => d.engine ?? null), list.map((d) => pgText(d.query ?? null)), list.map((d) => d.rank ?? null), list.map((d) => pgText(d.linkingUrl ?? null))],
    );
  }

  async pages(runId: number): Promise<CrawledPage[]> {
    const { rows } = await this.#pool.query<CrawledPage>('SELECT url, label, error FROM pages WHERE run_id = $1 ORDER BY url COLLATE "C"', [runId]);
    return rows;
  }
}
