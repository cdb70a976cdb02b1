import type { Label } from '../../classify/index.js';
import type { Catalog, SiteRow } from '../catalog.js';
import { capturesOf, type CaptureRow } from '../captures.js';
import { listNotices, packetsOf, type NoticeRow, type PacketRow } from '../notices.js';
import { labelHistory } from '../queries.js';

export interface PageRow {
  url: string;
  finalUrl: string | null;
  httpStatus: number | null;
  title: string | null;
  label: Label | null;
  fetchedAt: string;
  runId: number;
  error: string | null;
}

export interface LookupRow {
  at: string;
  registry: string | null;
  registrar: string | null;
  registrarAbuse: string | null;
  nameservers: string[];
  ips: string[];
  hosting: { holder: string; network: string | null; country: string | null; abuseEmail: string | null }[];
  cdn: string | null;
  /** Fields that differ from the lookup before this one. */
  changed: string[];
}

export interface SitePage {
  site: SiteRow;
  history: ReturnType<typeof labelHistory>;
  pages: PageRow[];
  pageCount: number;
  identifiers: { kind: string; value: string; pageUrl: string; firstSeen: string }[];
  lookups: LookupRow[];
  captures: CaptureRow[];
  packets: PacketRow[];
  notices: NoticeRow[];
}

/** Everything the site page shows, read in one go. Async: a second backend implements the same contract. */
export interface WorkspaceSiteRepository {
  site(domain: string, pageLimit: number): Promise<SitePage | null>;
}

interface StoredReport {
  registry: string | null;
  registrar: { name: string | null; abuseEmail: string | null };
  nameservers: string[];
  ips: string[];
  hosting: { holder?: string; org?: string | null; network: string | null; country: string | null; abuseEmail: string | null }[];
  cdn: { name: string } | null;
}

function toLookup(at: string, r: StoredReport): Omit<LookupRow, 'changed'> {
  return {
    at,
    registry: r.registry ?? null,
    registrar: r.registrar?.name ?? null,
    registrarAbuse: r.registrar?.abuseEmail ?? null,
    nameservers: [...(r.nameservers ?? [])].sort(),
    ips: [...(r.ips ?? [])].sort(),
    hosting: (r.hosting ?? []).map((h) => ({ holder: h.holder ?? h.org ?? '?', network: h.network ?? null, country: h.country ?? null, abuseEmail: h.abuseEmail ?? null })),
    cdn: r.cdn?.name ?? null,
  };
}

const COMPARED = ['registry', 'registrar', 'registrarAbuse', 'nameservers', 'ips', 'hosting', 'cdn'] as const;

export class SqliteWorkspaceSiteRepository implements WorkspaceSiteRepository {
  readonly #catalog: Catalog;

  constructor(catalog: Catalog) {
    this.#catalog = catalog;
  }

  async site(domain: string, pageLimit: number): Promise<SitePage | null> {
    const c = this.#catalog;
    const site = c.site(domain);
    if (!site) return null;
    const names = [domain, `www.${domain}`];
    const pages = c
      .stmt('SELECT url, final_url, http_status, title, label, fetched_at, run_id, error FROM pages WHERE domain IN (?, ?) ORDER BY fetched_at DESC, id DESC LIMIT ?')
      .all(...names, pageLimit) as { url: string; final_url: string | null; http_status: number | null; title: string | null; label: Label | null; fetched_at: string; run_id: number; error: string | null }[];
    const pageCount = (c.stmt('SELECT COUNT(*) AS n FROM pages WHERE domain IN (?, ?)').get(...names) as { n: number }).n;
    const identifiers = c.stmt('SELECT kind, value, page_url, first_seen FROM identifiers WHERE domain = ? ORDER BY kind, value').all(domain) as { kind: string; value: string; page_url: string; first_seen: string }[];
    const lookupRows = c.stmt('SELECT at, report_json FROM domain_lookups WHERE domain IN (?, ?) ORDER BY id').all(...names) as { at: string; report_json: string }[];
    const lookups: LookupRow[] = [];
    let previous: Omit<LookupRow, 'changed'> | null = null;
    for (const row of lookupRows) {
      const now = toLookup(row.at, JSON.parse(row.report_json) as StoredReport);
      const changed = previous ? COMPARED.filter((k) => JSON.stringify(previous![k]) !== JSON.stringify(now[k])) : [];
      lookups.push({ ...now, changed });
      previous = now;
    }
    return {
      site,
      history: labelHistory(c, domain),
      pages: pages.map((p) => ({ url: p.url, finalUrl: p.final_url, httpStatus: p.http_status, title: p.title, label: p.label, fetchedAt: p.fetched_at, runId: p.run_id, error: p.error })),
      pageCount,
      identifiers: identifiers.map((i) => ({ kind: i.kind, value: i.value, pageUrl: i.page_url, firstSeen: i.first_seen })),
      lookups: lookups.reverse(),
      captures: capturesOf(c, domain).reverse(),
      packets: packetsOf(c, domain),
      notices: listNotices(c, [domain]),
    };
  }
}
