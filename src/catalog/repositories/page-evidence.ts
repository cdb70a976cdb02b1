import type { PageEvidence } from '../../classify/index.js';
import type { Catalog } from '../catalog.js';

/**
 * The classifier's evidence per page of a site, as the crawl stored it. An async interface (the
 * catalog moves behind repositories; a second backend implements the same contract).
 */
export interface PageEvidenceRepository {
  /** The latest stored evidence of each page of `domain` (and its www. name), newest fetch first. */
  ofDomain(domain: string): Promise<PageEvidence[]>;
}

export class SqlitePageEvidenceRepository implements PageEvidenceRepository {
  readonly #catalog: Catalog;

  constructor(catalog: Catalog) {
    this.#catalog = catalog;
  }

  async ofDomain(domain: string): Promise<PageEvidence[]> {
    const rows = this.#catalog
      .stmt('SELECT url, evidence_json FROM pages WHERE (domain = ? OR domain = ?) AND evidence_json IS NOT NULL ORDER BY fetched_at DESC, id DESC')
      .all(domain, `www.${domain}`) as { url: string; evidence_json: string }[];
    const seen = new Set<string>();
    const out: PageEvidence[] = [];
    for (const r of rows) {
      if (seen.has(r.url)) continue;
      seen.add(r.url);
      out.push(JSON.parse(r.evidence_json) as PageEvidence);
    }
    return out;
  }
}
