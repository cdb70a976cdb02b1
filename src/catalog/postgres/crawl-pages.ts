import { utcNow } from '../../core/time.js';
import { PAGE_TEXT_MAX, type DiscoveryRecord } from '../catalog.js';
import type { CrawledPage, CrawlPagesRepository, FailedPage, PageRows } from '../repositories/crawl-pages.js';
import { inTransaction, pgText, type Pool, type PoolClient } from './pool.js';

const UPSERT_PAGE = `INSERT INTO pages (run_id, url, final_url, domain, fetched_at, http_status, content_type, via, title, label, score, signals_json, evidence_json, model_json, depth, error, lang)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
  ON CONFLICT (run_id, url) DO UPDATE SET final_url = excluded.final_url, fetched_at = excluded.fetched_at, http_status = excluded.http_status,
    content_type = excluded.content_type, via = excluded.via, title = excluded.title, label = excluded.label, score = excluded.score,
    signals_json = excluded.signals_json, evidence_json = excluded.evidence_json, model_json = excluded.model_json, error = excluded.error, lang = excluded.lang`;

/** Inserts rows of `columns` in one statement (unnest of one array per column), skipping rows already there. */
async function insertMany(client: PoolClient, table: string, columns: string[], types: string[], rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const arrays = columns.map((_, i) => rows.map((r) => r[i]));
  const params = types.map((t, i) => `$${i + 1}::${t}[]`).join(', ');
  await client.query(`INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM unnest(${params}) ON CONFLICT DO NOTHING`, arrays);
}

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
    await inTransaction(this.#pool, async (client) => {
      await client.query(UPSERT_PAGE, [
        runId, pgText(page.url), pgText(page.finalUrl), page.domain, utcNow(), page.httpStatus, pgText(page.contentType), page.via, pgText(page.title),
        c?.label ?? null, c?.score ?? null, c ? pgText(JSON.stringify(c.signals)) : null, c ? pgText(JSON.stringify(c.evidence)) : null, c?.model ? JSON.stringify(c.model) : null,
        page.depth, pgText(page.error), page.lang ?? c?.evidence.lang ?? null,
      ]);
      if (page.text) {
        await client.query('INSERT INTO page_texts (run_id, url, domain, title, text) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (run_id, url) DO UPDATE SET title = excluded.title, text = excluded.text', [runId, pgText(page.url), page.domain, pgText(page.title), pgText(page.text.slice(0, PAGE_TEXT_MAX))]);
      }
      const links = rows.links.to.map((l) => [runId, pgText(rows.links.fromUrl), pgText(l.url), rows.links.fromDomain, l.domain, 'link']);
      if (rows.redirect) links.push([runId, pgText(page.url), pgText(rows.redirect.url), page.domain, rows.redirect.domain, 'redirect']);
      await insertMany(client, 'links', ['run_id', 'from_url', 'to_url', 'from_domain', 'to_domain', 'kind'], ['bigint', 'text', 'text', 'text', 'text', 'text'], links);
      const at = utcNow();
      const ids = rows.identifiers.ids.map((id) => [rows.identifiers.domain, id.kind, pgText(id.value), pgText(page.url), runId, at]);
      await insertMany(client, 'identifiers', ['domain', 'kind', 'value', 'page_url', 'run_id', 'first_seen'], ['text', 'text', 'text', 'text', 'bigint', 'text'], ids);
      await this.#discover(client, runId, discoveries);
    });
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
    // Locks taken in domain order, so that two pages finding the same domains never wait on each other in a circle.
    for (const d of [...discoveries].sort((a, b) => (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0))) {
      // Two workers finding one new domain at once: the lock makes the second see the first's row.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`discovery:${runId}:${d.domain}`]);
      await client.query(
        `INSERT INTO discoveries (run_id, url, domain, source, engine, query, rank, linking_url, at)
         SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9 WHERE NOT EXISTS (SELECT 1 FROM discoveries WHERE run_id = $1 AND domain = $3)`,
        [runId, pgText(d.url), d.domain, d.source, d.engine ?? null, pgText(d.query ?? null), d.rank ?? null, pgText(d.linkingUrl ?? null), utcNow()],
      );
    }
  }

  async pages(runId: number): Promise<CrawledPage[]> {
    const { rows } = await this.#pool.query<CrawledPage>('SELECT url, label, error FROM pages WHERE run_id = $1 ORDER BY url COLLATE "C"', [runId]);
    return rows;
  }
}
