import { loadModel, type Label } from '../classify/index.js';
import { Catalog } from '../catalog/catalog.js';
import { UsageError, describeError } from '../core/errors.js';
import { checkTarget, policyFor } from '../net/index.js';
import type { Options } from '../options/index.js';
import { crawl } from './crawl.js';

export interface UrlClassification {
  url: string;
  finalUrl: string | null;
  /** The site's label, from the page and the role pages its fetch plan read. */
  label: Label | null;
  score: number | null;
  signals: string[];
  via: 'http' | 'browser' | null;
  error: string | null;
  needsReview: boolean;
  /** Every page read for the verdict, with its own label. */
  pages: { url: string; label: Label | null; error: string | null }[];
}

/**
 * Classifies one URL the way discovery does (HTTP first, the browser for script-rendered pages),
 * without touching the catalog or downloading images.
 */
export async function classifyUrl(url: string, options: Options): Promise<UrlClassification> {
  let target: string;
  try {
    target = (await checkTarget(url, { policy: policyFor(options), viaProxy: true })).url.toString();
  } catch (error) {
    throw new UsageError(describeError(error));
  }
  const catalog = new Catalog(null);
  try {
    const run = catalog.startRun('crawl', `classify-${Date.now()}-${Math.random().toString(16).slice(2, 8)}`, {});
    await crawl({
      options: { ...options, crawlSameDomainDelayMs: 0, respectRobotsTxt: false },
      catalog,
      run,
      seeds: [{ url: target, source: 'seed' }],
      limits: { maxDepth: 0, maxPages: 1 + options.rolePagesPerSite, maxPagesPerSite: 1 + options.rolePagesPerSite, rolePagesPerSite: options.rolePagesPerSite, skipDomains: [] },
    });
    const rows = catalog.db.prepare('SELECT url, final_url, label, via, error, domain FROM pages WHERE run_id = ? ORDER BY id').all(run.id) as { url: string; final_url: string | null; label: Label | null; via: 'http' | 'browser'; error: string | null; domain: string }[];
    const first = rows.find((r) => r.url === target) ?? rows[0];
    if (!first) return { url: target, finalUrl: null, label: null, score: null, signals: [], via: null, error: 'the page was not fetched', needsReview: false, pages: [] };
    catalog.settleSites(run.id, loadModel());
    const site = catalog.site(first.domain);
    const pages = rows.map((r) => ({ url: r.url, label: r.label, error: r.error }));
    if (!site || first.error) return { url: target, finalUrl: first.final_url, label: null, score: null, signals: [], via: first.via, error: first.error ?? 'the page was not read', needsReview: false, pages };
    return { url: target, finalUrl: first.final_url, label: site.label, score: site.score, signals: site.signals, via: first.via, error: null, needsReview: site.needsReview, pages };
  } finally {
    catalog.close();
  }
}
