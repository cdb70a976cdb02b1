import type { Catalog } from './catalog.js';

export interface CaptureRow {
  bundleId: string;
  url: string;
  domain: string;
  at: string;
  status: string;
  location: string;
  headers: Record<string, string>;
}

export function recordCapture(catalog: Catalog, row: CaptureRow): void {
  catalog.db
    .prepare('INSERT OR REPLACE INTO captures (bundle_id, url, domain, at, status, location, headers_json) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(row.bundleId, row.url, row.domain, row.at, row.status, row.location, JSON.stringify(row.headers));
}

/** The newest capture of a domain, for the response headers a CDN leaves. */
export function latestCapture(catalog: Catalog, domain: string): CaptureRow | null {
  const r = catalog.db.prepare('SELECT * FROM captures WHERE domain = ? ORDER BY at DESC LIMIT 1').get(domain) as
    | { bundle_id: string; url: string; domain: string; at: string; status: string; location: string; headers_json: string }
    | undefined;
  return r ? { bundleId: r.bundle_id, url: r.url, domain: r.domain, at: r.at, status: r.status, location: r.location, headers: JSON.parse(r.headers_json) as Record<string, string> } : null;
}
