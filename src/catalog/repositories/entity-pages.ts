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
}
