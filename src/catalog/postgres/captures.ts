import type { CaptureRow } from '../captures.js';
import type { CapturesRepository } from '../repositories/captures-repo.js';
import type { Pool } from './pool.js';

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

  async ofCase(caseId: string): Promise<CaptureRow[]> {
    return (await this.#pool.query<CaptureRecord>(`SELECT * FROM captures WHERE case_id = $1 ${OLDEST_FIRST}`, [caseId])).rows.map(toCapture);
  }
}
