import { Catalog } from '../../src/catalog/catalog.js';
import { evaluate, type Evaluation, type Label } from '../../src/classify/index.js';
import { crawl } from '../../src/discover/index.js';
import { loadOptions, testDefaults } from '../../src/options/index.js';
import { corpus, corpusUrl, type World } from '../world/index.js';

/**
 * Runs the whole corpus through the discovery path (HTTP first, browser for app shells) against the
 * test world, and scores the labels.
 */
export async function evaluateCorpus(world: World, dataDir: string): Promise<Evaluation & { browserPages: number; durationMs: number }> {
  const options = loadOptions({ env: {}, overrides: { ...testDefaults, dataDir, proxy: world.proxyUrl, crawlSameDomainDelayMs: 0, respectRobotsTxt: false, crawlRequestsPerMinute: 100_000 } });
  const catalog = new Catalog(null);
  try {
    const run = catalog.startRun('crawl', `eval-${Date.now()}`, {});
    const stats = await crawl({
      options,
      catalog,
      run,
      seeds: corpus.map((p) => ({ url: corpusUrl(p), source: 'seed' as const })),
      limits: { maxDepth: 0, maxPages: corpus.length, maxPagesPerSite: 10, skipDomains: [] },
    });
    const got = new Map((catalog.db.prepare('SELECT url, label FROM pages WHERE run_id = ?').all(run.id) as { url: string; label: Label | null }[]).map((r) => [r.url, r.label]));
    const result = evaluate(corpus.map((p) => ({ id: `${p.host}${p.path} [${p.lang}]`, expected: p.label, got: got.get(corpusUrl(p)) ?? null, group: p.kind })));
    return { ...result, browserPages: stats.browserPages, durationMs: stats.durationMs };
  } finally {
    catalog.close();
  }
}
