import type { Label } from '../classify/index.js';
import { Catalog } from '../catalog/catalog.js';
import { UsageError, describeError } from '../core/errors.js';
import { checkTarget, policyFor } from '../net/index.js';
import type { Options } from '../options/index.js';
import { crawl } from './crawl.js';

export interface UrlClassification {
  url: string;
  finalUrl: string | null;
  label: Label | null;
  score: number | null;
  signals: string[];
  via: 'http' | 'browser' | null;
  error: string | null;
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
      limits: { maxDepth: 0, maxPages: 1, maxPagesPerSite: 1, skipDomains: [] },
    });
    const row = catalog.db.prepare('SELECT final_url, label, score, signals_json, via, error FROM pages WHERE run_id = ? LIMIT 1').get(run.id) as
      | { final_url: string | null; label: Label | null; score: number | null; signals_json: string | null; via: 'http' | 'browser'; error: string | null }
      | undefined;
    if (!row) return { url: target, finalUrl: null, label: null, score: null, signals: [], via: null, error: 'the page was not fetched' };
    return { url: target, finalUrl: row.final_url, label: row.label, score: row.score, signals: JSON.parse(row.signals_json ?? '[]') as string[], via: row.via, error: row.error };
  } finally {
    catalog.close();
  }
}
