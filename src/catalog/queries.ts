import { LABELS, type Label } from '../classify/labels.js';
import { registrableDomain } from '../core/domain.js';
import { UsageError } from '../core/errors.js';
import type { Catalog } from './catalog.js';

export interface SiteListing {
  domain: string;
  label: Label;
  score: number;
  signals: string[];
  urls: string[];
  firstSeen: string;
  lastSeen: string;
  labelSource: 'classifier' | 'human';
  reviewStatus: 'pending' | 'confirmed' | 'overridden';
  discoveredBy: { source: string; engine: string | null; query: string | null; rank: number | null; linkingUrl: string | null; run: number; at: string }[];
}

export function checkLabel(label: string): Label {
  if (!(LABELS as readonly string[]).includes(label)) throw new UsageError(`Unknown label "${label}"; use ${LABELS.join(', ')}.`);
  return label as Label;
}

/** Every site in the catalog (optionally one label), with its pages and how it was found. */
export function listSites(catalog: Catalog, label: Label | null = null): SiteListing[] {
  const rows = (label ? catalog.stmt('SELECT domain FROM sites WHERE label = ? ORDER BY domain').all(label) : catalog.stmt('SELECT domain FROM sites ORDER BY domain').all()) as { domain: string }[];
  return rows.map(({ domain }) => siteListing(catalog, domain)!);
}

/** One site as `listSites` shows it, or null when the catalog does not know it. */
export function siteListing(catalog: Catalog, domain: string): SiteListing | null {
  const urlsOf = catalog.stmt('SELECT DISTINCT url FROM pages WHERE domain = ? AND error IS NULL ORDER BY url LIMIT 50');
  const foundBy = catalog.stmt('SELECT source, engine, query, rank, linking_url, run_id, at FROM discoveries WHERE domain = ? ORDER BY id LIMIT 20');
  const site = catalog.site(domain);
  if (!site) return null;
  return {
    domain,
    label: site.label,
    score: site.score,
    signals: site.signals,
    urls: (urlsOf.all(domain) as { url: string }[]).map((r) => r.url),
    firstSeen: site.firstSeen,
    lastSeen: site.lastSeen,
    labelSource: site.labelSource,
    reviewStatus: site.reviewStatus,
    discoveredBy: (foundBy.all(domain) as { source: string; engine: string | null; query: string | null; rank: number | null; linking_url: string | null; run_id: number; at: string }[]).map((d) => ({
      source: d.source,
      engine: d.engine,
      query: d.query,
      rank: d.rank,
      linkingUrl: d.linking_url,
      run: d.run_id,
      at: d.at,
    })),
  };
}

export const csvCell = (v: unknown): string => {
  const s = Array.isArray(v) ? v.join(' | ') : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const SITES_CSV_HEAD = ['domain', 'label', 'score', 'labelSource', 'reviewStatus', 'firstSeen', 'lastSeen', 'urls', 'signals', 'discoveredBy'] as const;

/** One site as a CSV line (no line end), in the columns of SITES_CSV_HEAD. */
export function siteCsvRow(s: SiteListing): string {
  return [s.domain, s.label, s.score, s.labelSource, s.reviewStatus, s.firstSeen, s.lastSeen, s.urls, s.signals, s.discoveredBy.map((d) => (d.source === 'search' ? `${d.engine}:"${d.query}"#${d.rank}` : d.source === 'link' ? `link:${d.linkingUrl}` : d.source))]
    .map(csvCell)
    .join(',');
}

export function sitesCsv(sites: SiteListing[]): string {
  return `${[SITES_CSV_HEAD.join(','), ...sites.map(siteCsvRow)].join('\n')}\n`;
}

// ---- human review ----
/** A domain as the catalog keys it: "www.x.nl", "https://x.nl/page" and "X.NL" all name x.nl. */
export function catalogDomain(input: string): string {
  const raw = input.trim().toLowerCase();
  const url = /^[a-z][a-z0-9+.-]*:\/\//.test(raw) ? raw : `http://${raw}`;
  return registrableDomain(url) ?? raw;
}

export function reviewSite(catalog: Catalog, given: { domain: string; verdict: 'confirm' | 'override'; label?: Label; reviewer: string; note: string | null }): SiteListing {
  const input = { ...given, domain: catalog.site(given.domain) ? given.domain : catalogDomain(given.domain) };
  const site = catalog.site(input.domain);
  if (!site) throw new UsageError(`${input.domain} is not in the catalog; "dijkwacht sites" lists what is.`);
  if (!input.reviewer.trim()) throw new UsageError('A review needs the reviewer\'s name (--reviewer NAME).');
  const label = input.verdict === 'confirm' ? site.label : input.label;
  if (!label) throw new UsageError('An override needs --label.');
  catalog.db
    .prepare("UPDATE sites SET label = ?, label_source = 'human', review_status = ?, needs_review = 0 WHERE domain = ?")
    .run(label, input.verdict === 'confirm' ? 'confirmed' : 'overridden', input.domain);
  catalog.addHistory(input.domain, label, null, 'human', input.reviewer, input.note, null);
  return siteListing(catalog, input.domain)!;
}

export function labelHistory(catalog: Catalog, domain: string): { label: Label; score: number | null; source: string; reviewer: string | null; note: string | null; run: number | null; at: string }[] {
  return (catalog.db.prepare('SELECT label, score, source, reviewer, note, run_id AS run, at FROM label_history WHERE domain = ? ORDER BY id').all(domain) as ReturnType<typeof labelHistory>);
}
