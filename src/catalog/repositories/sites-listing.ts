import type { Label } from '../../classify/index.js';
import type { Catalog } from '../catalog.js';
import { siteListing, type SiteListing } from '../queries.js';

export const REVIEW_FILTERS = ['pending', 'confirmed', 'overridden', 'needs-review'] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

/** Which sites `sites` lists; every field narrows, none set lists every site. */
export interface SiteFilter {
  label?: Label | null;
  /** The site's language (ISO 639 code as the classifier recorded it, e.g. nl, en). */
  lang?: string | null;
  /** A hosting country (ISO 3166 alpha-2) in the site's latest domain lookup. */
  country?: string | null;
  /** A hosting network in the latest lookup: its name, holder or AS number ("AS64500" or "64500"). */
  network?: string | null;
  /** Only sites seen in this run (its id). */
  runId?: number | null;
  /** Only sites first seen on or after this ISO date or time. */
  since?: string | null;
  review?: ReviewFilter | null;
}

/** The catalog's site listing, one site at a time: an async interface, so a second backend implements the same contract. */
export interface SitesRepository {
  /** The sites that pass `filter`, in domain order. */
  listing(filter: SiteFilter): AsyncIterable<SiteListing>;
  /** Whether the catalog has any site at all (to tell "no match" from "nothing crawled yet"). */
  any(): Promise<boolean>;
}

interface HostingFact {
  country?: string | null;
  network?: string | null;
  asn?: number | string | null;
  holder?: string | null;
  org?: string | null;
}

export class SqliteSitesRepository implements SitesRepository {
  readonly #catalog: Catalog;

  constructor(catalog: Catalog) {
    this.#catalog = catalog;
  }

  async *listing(filter: SiteFilter): AsyncIterable<SiteListing> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (clause: string, ...values: unknown[]): void => {
      where.push(clause);
      params.push(...values);
    };
    if (filter.label) add('s.label = ?', filter.label);
    if (filter.lang) add('lower(s.lang) = lower(?)', filter.lang);
    if (filter.since) add('s.first_seen >= ?', filter.since);
    if (filter.runId !== null && filter.runId !== undefined) add('EXISTS (SELECT 1 FROM site_runs r WHERE r.domain = s.domain AND r.run_id = ?)', filter.runId);
    if (filter.review === 'needs-review') add("s.needs_review = 1 AND s.review_status = 'pending'");
    else if (filter.review) add('s.review_status = ?', filter.review);
    const sql = `SELECT s.domain FROM sites s${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY s.domain`;
    // Domains first (a small list), so no statement stays open while each listing runs its own queries.
    const domains = (this.#catalog.db.prepare(sql).pluck().all(...params) as string[]);
    const byHosting = filter.country || filter.network ? this.#hostingMatcher(filter) : null;
    for (const domain of domains) {
      if (byHosting && !byHosting(domain)) continue;
      const site = siteListing(this.#catalog, domain);
      if (site) yield site;
    }
  }

  async any(): Promise<boolean> {
    return this.#catalog.stmt('SELECT 1 FROM sites LIMIT 1').get() !== undefined;
  }

  /** Whether a domain's latest lookup (of it or its www. name) puts it in the country and network asked for. */
  #hostingMatcher(filter: SiteFilter): (domain: string) => boolean {
    const latest = this.#catalog.stmt('SELECT report_json FROM domain_lookups WHERE domain IN (?, ?) ORDER BY id DESC LIMIT 1');
    return (domain) => hostingMatches((latest.get(domain, `www.${domain}`) as { report_json: string } | undefined)?.report_json ?? null, filter);
  }
}

/** Whether a lookup report (its JSON) puts the site in the filter's hosting country and network. */
export function hostingMatches(reportJson: string | null, filter: SiteFilter): boolean {
  if (!reportJson) return false;
  const country = filter.country?.trim().toUpperCase() ?? null;
  const network = filter.network?.trim().toLowerCase() ?? null;
  const asn = network ? /^(?:as)?(\d+)$/.exec(network)?.[1] ?? null : null;
  let hosting: HostingFact[] = [];
  try {
    const parsed = JSON.parse(reportJson) as { hosting?: HostingFact[] };
    hosting = Array.isArray(parsed.hosting) ? parsed.hosting : [];
  } catch {
    return false;
  }
  return hosting.some((h) => {
    if (country && (h.country ?? '').toUpperCase() !== country) return false;
    if (!network) return true;
    if (asn !== null && String(h.asn ?? '').replace(/^AS/i, '') === asn) return true;
    return [h.network, h.holder, h.org].some((v) => typeof v === 'string' && v.toLowerCase().includes(network));
  });
}
