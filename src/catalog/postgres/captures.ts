import { utcNow } from '../../core/time.js';
import type { CaptureRow } from '../captures.js';
import { CAPTURES_RUN, type CapturesRepository } from '../repositories/captures-repo.js';
import { pgText, type Pool } from './pool.js';

interface CaptureRecord {
  bundle_id: string;
  url: string;
  domain: string;
  at: string;
  status: string;
  location: string;
  headers_json: string;
  case_id: string | null;
}

const toCapture = (r: CaptureRecord): CaptureRow => ({
  bundleId: r.bundle_id,
  url: r.url,
  domain: r.domain,
  at: r.at,
  status: r.status,
  location: r.location,
  headers: JSON.parse(r.headers_json) as Record<string, string>,
  caseId: r.case_id,
});

// Times are ISO 8601 text: compared byte by byte, whatever the database's collation.
const OLDEST_FIRST = 'ORDER BY at COLLATE "C", bundle_id COLLATE "C"';

/** Captures on the shared catalog; recording a bundle id again replaces its row, as on SQLite. */
export class PostgresCapturesRepository implements CapturesRepository {
  readonly #pool: Pool;

  constructor(pool: Pool) {
    this.#pool = pool;
  }

  async record(row: CaptureRow): Promise<void> {
    await this.#pool.query(
      `INSERT INTO captures (bundle_id, url, domain, at, status, location, headers_json, case_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (bundle_id) DO UPDATE SET url = excluded.url, domain = excluded.domain, at = excluded.at, status = excluded.status,
         location = excluded.location, headers_json = excluded.headers_json, case_id = excluded.case_id`,
      [row.bundleId, row.url, row.domain, row.at, row.status, row.location, JSON.stringify(row.headers), row.caseId ?? null],
    );
  }

  async latest(domain: string): Promise<CaptureRow | null> {
    const r = (await this.#pool.query<CaptureRecord>('SELECT * FROM captures WHERE domain = $1 ORDER BY at COLLATE "C" DESC, bundle_id COLLATE "C" DESC LIMIT 1', [domain])).rows[0];
    return r ? toCapture(r) : null;
  }

  async ofDomain(domain: string): Promise<CaptureRow[]> {
    return (await this.#pool.query<CaptureRecord>(`SELECT * FROM captures WHERE domain = $1 ${OLDEST_FIRST}`, [domain])).rows.map(toCapture);
  }

  async identifiers(domain: string, pageUrl: string, ids: { kind: string; value: string }[]): Promise<void> {
    if (ids.length === 0) return;
    const at = utcNow();
    await this.#pool.query(
      `INSERT INTO runs (kind, name, status, started_at, ended_at, config_json) VALUES ('crawl', $1, 'done', $2, $2, $3) ON CONFLICT (name) DO NOTHING`,
      [CAPTURES_RUN, at, JSON.stringify({ note: 'identifiers found by evidence capture' })],
    );
    await this.#pool.query(
      `INSERT INTO identifiers (domain, kind, value, page_url, run_id, first_seen)
       SELECT $1, k, v, $2, (SELECT id FROM runs WHERE name = $3), $4 FROM unnest($5::text[], $6::text[]) AS i(k, v) ON CONFLICT DO NOTHING`,
      [domain, pgText(pageUrl), CAPTURES_RUN, at, ids.map((i) => i.kind), ids.map((i) => pgText(i.value))],
    );
  }

  async ofCase(caseId: string): Promise<CaptureRow[]> {
    return (await this.#pool.query<CaptureRecord>(`SELECT * FROM captures WHERE case_id = $1 ${OLDEST_FIRST}`, [caseId])).rows.map(toCapture);
  }
}
