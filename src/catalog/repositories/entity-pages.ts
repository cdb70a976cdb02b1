import { listingOf } from '../../core/app-listing.js';
import type { Catalog } from '../catalog.js';

export interface EntityPage {
  url: string;
  title: string | null;
  text: string;
}

/** The stored text of a domain's pages, for finding the legal entity a service claims. Async: a second backend implements the same contract. */
export interface EntityRepository {
  /** The newest stored text of each page of the domain (subdomains included), by URL. */
  pages(domain: string): Promise<EntityPage[]>;
  /** The language detected for the site's pages (ISO 639-1), or null when none was detected. */
  siteLanguage(domain: string): Promise<string | null>;
  /** The app ids (Google Play packages, App Store ids) the domain's pages link, never those of a store's own listing page. */
  linkedApps(domain: string): Promise<{ kind: string; value: string }[]>;
  /** Captures whose URL contains this text (newest first): where a store listing may have been captured. */
  capturesWithUrlContaining(text: string): Promise<{ bundleId: string; url: string }[]>;
  /** The newest capture of the domain, or null. */
  latestCapture(domain: string): Promise<{ bundleId: string; url: string } | null>;
}

export class SqliteEntityRepository implements EntityRepository {
  readonly #catalog: Catalog;

  constructor(catalog: Catalog) {
    this.#catalog = catalog;
  }

  pages(domain: string): Promise<EntityPage[]> {
    const rows = this.#catalog
      .stmt(
        `SELECT t.url, t.title, t.text FROM page_texts t
          WHERE (t.domain = ? OR t.domain LIKE ?)
            AND t.run_id = (SELECT MAX(run_id) FROM page_texts t2 WHERE t2.url = t.url)
          ORDER BY t.url`,
      )
      .all(domain, `%.${domain}`) as EntityPage[];
    return Promise.resolve(rows);
  }

  siteLanguage(domain: string): Promise<string | null> {
    const row = this.#catalog.stmt('SELECT lang FROM sites WHERE domain = ?').get(domain) as { lang: string | null } | undefined;
    return Promise.resolve(row?.lang ?? null);
  }

  linkedApps(domain: string): Promise<{ kind: string; value: string }[]> {
    const rows = this.#catalog
      .stmt("SELECT DISTINCT kind, value, page_url FROM identifiers WHERE domain = ? AND kind IN ('google-play-app', 'apple-app-store-app') ORDER BY kind, value")
      .all(domain) as { kind: string; value: string; page_url: string | null }[];
    const seen = new Set<string>();
    return Promise.resolve(
      rows
        .filter((r) => !(r.page_url && listingOf(r.page_url)))
        .filter((r) => !seen.has(`${r.kind}\u0000${r.value}`) && seen.add(`${r.kind}\u0000${r.value}`) !== undefined)
        .map((r) => ({ kind: r.kind, value: r.value })),
    );
  }

  capturesWithUrlContaining(text: string): Promise<{ bundleId: string; url: string }[]> {
    return Promise.resolve(this.#catalog.stmt("SELECT bundle_id AS bundleId, url FROM captures WHERE instr(url, ?) > 0 ORDER BY at DESC").all(text) as { bundleId: string; url: string }[]);
  }

  latestCapture(domain: string): Promise<{ bundleId: string; url: string } | null> {
    const row = this.#catalog.stmt('SELECT bundle_id AS bundleId, url FROM captures WHERE domain = ? ORDER BY at DESC LIMIT 1').get(domain) as { bundleId: string; url: string } | undefined;
    return Promise.resolve(row ?? null);
  }
}
