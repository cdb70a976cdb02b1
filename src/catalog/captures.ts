import type { Catalog } from './catalog.js';

export interface CaptureRow {
  bundleId: string;
  url: string;
  domain: string;
  at: string;
  status: string;
  location: string;
  headers: Record<string, string>;
  caseId?: string | null;
}

export function recordCapture(catalog: Catalog, row: CaptureRow): void {
  catalog.db
    .prepare('INSERT OR REPLACE INTO captures (bundle_id, url, domain, at, status, location, headers_json, case_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(row.bundleId, row.url, row.domain, row.at, row.status, row.location, JSON.stringify(row.headers), row.caseId ?? null);
}

interface CaptureDb {
  bundle_id: string;
  url: string;
  domain: string;
  at: string;
  status: string;
  location: string;
  headers_json: string;
  case_id: string | null;
}

const toCapture = (r: CaptureDb): CaptureRow => ({
  bundleId: r.bundle_id,
  url: r.url,
  domain: r.domain,
  at: r.at,
  status: r.status,
  location: r.location,
  headers: JSON.parse(r.headers_json) as Record<string, string>,
  caseId: r.case_id,
});

/** The newest capture of a domain, for the response headers a CDN leaves. */
export function latestCapture(catalog: Catalog, domain: string): CaptureRow | null {
  const r = catalog.stmt('SELECT * FROM captures WHERE domain = ? ORDER BY at DESC LIMIT 1').get(domain) as CaptureDb | undefined;
  return r ? toCapture(r) : null;
}

/** Every capture of a domain, oldest first: the first notice's evidence and each re-check after it. */
export function capturesOf(catalog: Catalog, domain: string): CaptureRow[] {
  return (catalog.stmt('SELECT * FROM captures WHERE domain = ? ORDER BY at').all(domain) as CaptureDb[]).map(toCapture);
}

/** The captures made for a case (`capture --case ID`), oldest first. */
export function caseCaptures(catalog: Catalog, caseId: string): CaptureRow[] {
  return (catalog.stmt('SELECT * FROM captures WHERE case_id = ? ORDER BY at').all(caseId) as CaptureDb[]).map(toCapture);
}

/** Every capture, or those of one case, oldest first: the listing behind `dijkwacht bundles`. */
export function listCaptures(catalog: Catalog, filter: { caseId?: string | null } = {}): CaptureRow[] {
  const rows = filter.caseId ? catalog.stmt('SELECT * FROM captures WHERE case_id = ? ORDER BY at, bundle_id').all(filter.caseId) : catalog.stmt('SELECT * FROM captures ORDER BY at, bundle_id').all();
  return (rows as CaptureDb[]).map(toCapture);
}
