// A synthetic catalog for the catalog benchmarks: fictional .test domains, neutral text, no imagery.
import { Catalog } from '../../src/catalog/index.js';

export interface SynthShape {
  sites: number;
  pagesPerSite: number;
  linksPerPage: number;
}

const LABELS = ['nudify', 'deepfake', 'directory', 'unrelated'] as const;
const COUNTRIES = ['NL', 'DE', 'US', 'FR'];

export const domainOf = (i: number): string => `site-${String(i).padStart(5, '0')}.test`;

/**
 * Fills a fresh catalog in `dataDir`: two runs ("synth-a", "synth-b"), every site in both (a fifth
 * only in the second, a tenth offline in it), `pagesPerSite` pages in the second run with
 * `linksPerPage` links each to other sites, shared identifiers in groups of three and a domain
 * lookup with a hosting country per site.
 */
export function synthesiseCatalog(dataDir: string, shape: SynthShape): { pages: number; links: number } {
  const catalog = new Catalog(dataDir);
  const db = catalog.db;
  const at = '2026-03-01T00:00:00.000Z';
  let pages = 0;
  let links = 0;
  try {
    db.transaction(() => {
      const runA = Number(db.prepare("INSERT INTO runs (kind, name, status, started_at, ended_at, config_json, stats_json) VALUES ('crawl', 'synth-a', 'done', ?, ?, '{}', '{}')").run(at, at).lastInsertRowid);
      const runB = Number(db.prepare("INSERT INTO runs (kind, name, status, started_at, ended_at, config_json, stats_json) VALUES ('crawl', 'synth-b', 'done', ?, ?, '{}', '{}')").run(at, at).lastInsertRowid);
      const site = db.prepare("INSERT INTO sites (domain, label, score, signals_json, first_seen, last_seen, lang) VALUES (?, ?, ?, ?, ?, ?, ?)");
      const siteRun = db.prepare('INSERT INTO site_runs (run_id, domain, label, score, online, final_domain) VALUES (?, ?, ?, ?, ?, NULL)');
      const page = db.prepare("INSERT INTO pages (run_id, url, final_url, domain, fetched_at, http_status, content_type, via, title, label, score, signals_json, depth) VALUES (?, ?, ?, ?, ?, 200, 'text/html', 'http', ?, ?, ?, '[]', 1)");
      const link = db.prepare("INSERT INTO links (run_id, from_url, to_url, from_domain, to_domain, kind) VALUES (?, ?, ?, ?, ?, 'link')");
      const discovery = db.prepare("INSERT INTO discoveries (run_id, url, domain, source, at) VALUES (?, ?, ?, 'seed', ?)");
      const identifier = db.prepare('INSERT INTO identifiers (domain, kind, value, page_url, run_id, first_seen) VALUES (?, ?, ?, ?, ?, ?)');
      const lookup = db.prepare('INSERT INTO domain_lookups (domain, at, report_json) VALUES (?, ?, ?)');
      for (let i = 0; i < shape.sites; i++) {
        const domain = domainOf(i);
        const label = LABELS[i % LABELS.length]!;
        const score = (i % 100) / 100;
        site.run(domain, label, score, JSON.stringify([`${label} (score ${score})`, 'synthetic site: neutral placeholder text']), at, at, i % 3 === 0 ? 'nl' : 'en');
        if (i % 5 !== 0) siteRun.run(runA, domain, label, score, 1);
        siteRun.run(runB, domain, label, score, i % 10 === 7 ? 0 : 1);
        discovery.run(runB, `http://${domain}/`, domain, at);
        for (let p = 0; p < shape.pagesPerSite; p++) {
          const url = `http://${domain}/p${p}`;
          page.run(runB, url, url, domain, at, `Page ${p} of ${domain}`, label, score);
          pages++;
          for (let l = 0; l < shape.linksPerPage; l++) {
            const to = domainOf((i * 7 + p * 3 + l + 1) % shape.sites);
            link.run(runB, url, `http://${to}/p${l}`, domain, to);
            links++;
          }
        }
        identifier.run(domain, 'analytics', `UA-${Math.floor(i / 3)}`, `http://${domain}/`, runB, at);
        lookup.run(domain, at, JSON.stringify({ domain, registrableDomain: domain, ips: ['192.0.2.1'], nameservers: [`ns${i % 50}.dns-${i % 50}.test`], hosting: [{ ip: '192.0.2.1', country: COUNTRIES[i % COUNTRIES.length], network: `SYNTH-NET-${i % 20}`, asn: 64500 + (i % 20), holder: `Synthetic Hosting ${i % 20}` }] }));
      }
    })();
  } finally {
    catalog.close();
  }
  return { pages, links };
}
