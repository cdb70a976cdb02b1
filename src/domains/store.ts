import type { Catalog } from '../catalog/index.js';
import type { DomainReport } from './lookup.js';

export interface Change {
  field: string;
  from: unknown;
  to: unknown;
}

type Stored = Omit<DomainReport, 'evidence'>;

const TRACKED: [string, (r: Stored) => unknown][] = [
  ['registry', (r) => r.registry],
  ['registrar', (r) => r.registrar.name],
  ['registrar abuse e-mail', (r) => r.registrar.abuseEmail],
  ['nameservers', (r) => [...r.nameservers].sort().join(', ')],
  // lookups stored before `holder` existed carry only `org`
  ['hosting', (r) => r.hosting.map((h) => `${(h.holder as string | undefined) ?? h.org ?? '?'} (${h.network ?? '?'})`).sort().join('; ')],
  ['host abuse e-mail', (r) => r.hosting.map((h) => h.abuseEmail ?? '?').sort().join(', ')],
  ['cdn', (r) => r.cdn?.name ?? null],
  ['ips', (r) => [...r.ips].sort().join(', ')],
];

/** The newest stored lookup of a domain, if younger than `ttlMs`. */
export function cachedLookup(catalog: Catalog, domain: string, ttlMs: number): Stored | null {
  const row = catalog.db.prepare('SELECT at, report_json FROM domain_lookups WHERE domain = ? ORDER BY id DESC LIMIT 1').get(domain) as { at: string; report_json: string } | undefined;
  if (!row || Date.now() - Date.parse(row.at) > ttlMs) return null;
  return JSON.parse(row.report_json) as Stored;
}

/** Stores a lookup with its raw answers; returns what changed since the previous lookup. */
export function storeLookup(catalog: Catalog, report: DomainReport): Change[] {
  const previousRow = catalog.db.prepare('SELECT report_json FROM domain_lookups WHERE domain = ? ORDER BY id DESC LIMIT 1').get(report.domain) as { report_json: string } | undefined;
  const { evidence, ...stored } = report;
  const tx = catalog.db.transaction(() => {
    const id = Number(catalog.db.prepare('INSERT INTO domain_lookups (domain, at, report_json) VALUES (?, ?, ?)').run(report.domain, report.lookedUpAt, JSON.stringify(stored)).lastInsertRowid);
    const add = catalog.db.prepare('INSERT INTO lookup_answers (lookup_id, kind, source, at, sha256, raw) VALUES (?, ?, ?, ?, ?, ?)');
    for (const e of evidence) add.run(id, e.kind, e.source, e.at, e.sha256, e.raw);
  });
  tx();
  if (!previousRow) return [];
  const previous = JSON.parse(previousRow.report_json) as Stored;
  const changes: Change[] = [];
  for (const [field, get] of TRACKED) {
    const a = get(previous);
    const b = get(stored);
    if (JSON.stringify(a) !== JSON.stringify(b)) changes.push({ field, from: a, to: b });
  }
  return changes;
}
