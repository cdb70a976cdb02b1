import type { DomainReport } from '../../domains/lookup.js';
import type { Catalog } from '../catalog.js';

/** A lookup as the catalog keeps it: the report without its raw answers (those sit in lookup_answers). */
export type StoredLookup = Omit<DomainReport, 'evidence'>;

/** One tracked fact that differs between two lookups of a domain. */
export interface LookupChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** The newest lookup of a domain and when it was made (the report's lookedUpAt). */
export interface LatestLookup {
  at: string;
  report: StoredLookup;
}

/** A lookup that found something different from the lookup before it. */
export interface LookupChanges {
  at: string;
  changes: LookupChange[];
}

/**
 * Domain lookups with their raw answers (RDAP, WHOIS, DNS), on either backend. Lookups of one
 * domain are ordered by when they were stored; "latest" and "previous" follow that order.
 */
export interface LookupsRepository {
  /** Stores a lookup with every raw answer in one transaction; returns what changed since the domain's previous lookup ([] for the first). */
  store(report: DomainReport): Promise<LookupChange[]>;
  /** The newest stored lookup of `domain`, or null when it was never looked up. */
  latest(domain: string): Promise<LatestLookup | null>;
  /** Every stored lookup of `domain` that changed a tracked fact, oldest first. */
  changes(domain: string): Promise<LookupChanges[]>;
}

/** The facts whose change between two lookups is reported (registry, registrar, hosting, CDN …). */
const TRACKED: [string, (r: StoredLookup) => unknown][] = [
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

/** What changed from `previous` to `next`, field by field. */
export function diffLookups(previous: StoredLookup, next: StoredLookup): LookupChange[] {
  const changes: LookupChange[] = [];
  for (const [field, get] of TRACKED) {
    const a = get(previous);
    const b = get(next);
    if (JSON.stringify(a) !== JSON.stringify(b)) changes.push({ field, from: a, to: b });
  }
  return changes;
}

/** The lookups of one domain, oldest first, reduced to those that changed something. */
export function changesOver(rows: { at: string; report_json: string }[]): LookupChanges[] {
  const out: LookupChanges[] = [];
  let previous: StoredLookup | null = null;
  for (const row of rows) {
    const now = JSON.parse(row.report_json) as StoredLookup;
    if (previous) {
      const changes = diffLookups(previous, now);
      if (changes.length > 0) out.push({ at: row.at, changes });
    }
    previous = now;
  }
  return out;
}

/** True unless `latest` is older than `ttlMs` (as `dijkwacht domains` has always judged its cache). */
export const isFresh = (latest: LatestLookup, ttlMs: number, nowMs = Date.now()): boolean => !(nowMs - Date.parse(latest.at) > ttlMs);

/** The newest lookup of a domain in a SQLite catalog (synchronous: the CLI's path). */
export function readLatestLookup(catalog: Catalog, domain: string): LatestLookup | null {
  const row = catalog.stmt('SELECT at, report_json FROM domain_lookups WHERE domain = ? ORDER BY id DESC LIMIT 1').get(domain) as { at: string; report_json: string } | undefined;
  return row ? { at: row.at, report: JSON.parse(row.report_json) as StoredLookup } : null;
}

/** Stores a lookup and its raw answers in a SQLite catalog (synchronous: the CLI's path); returns the changes since the previous lookup. */
export function writeLookup(catalog: Catalog, report: DomainReport): LookupChange[] {
  const previous = readLatestLookup(catalog, report.domain);
  const { evidence, ...stored } = report;
  const tx = catalog.db.transaction(() => {
    const id = Number(catalog.stmt('INSERT INTO domain_lookups (domain, at, report_json) VALUES (?, ?, ?)').run(report.domain, report.lookedUpAt, JSON.stringify(stored)).lastInsertRowid);
    const add = catalog.stmt('INSERT INTO lookup_answers (lookup_id, kind, source, at, sha256, raw) VALUES (?, ?, ?, ?, ?, ?)');
    for (const e of evidence) add.run(id, e.kind, e.source, e.at, e.sha256, e.raw);
  });
  tx();
  return previous ? diffLookups(previous.report, stored) : [];
}

/** Lookups in the embedded SQLite catalog: the same statements `dijkwacht domains` runs. */
export class SqliteLookupsRepository implements LookupsRepository {
  readonly #catalog: Catalog;

  constructor(catalog: Catalog) {
    this.#catalog = catalog;
  }

  async store(report: DomainReport): Promise<LookupChange[]> {
    return writeLookup(this.#catalog, report);
  }

  async latest(domain: string): Promise<LatestLookup | null> {
    return readLatestLookup(this.#catalog, domain);
  }

  async changes(domain: string): Promise<LookupChanges[]> {
    return changesOver(this.#catalog.stmt('SELECT at, report_json FROM domain_lookups WHERE domain = ? ORDER BY id').all(domain) as { at: string; report_json: string }[]);
  }
}
