import { Catalog } from '../../src/catalog/catalog.js';
import { evaluate, loadModel, registrableDomain, type Evaluation, type Judged, type Label } from '../../src/classify/index.js';
import { crawl } from '../../src/discover/index.js';
import { loadOptions, testDefaults } from '../../src/options/index.js';
import { corpusSites, corpusUrl, splitOf, type CorpusSite, type Split, type World } from '../world/index.js';

export interface CorpusRun {
  /** Per split, and all together. */
  bySplit: Partial<Record<Split | 'all', Evaluation>>;
  items: (Judged & { split: Split; author: string })[];
  pages: number;
  browserPages: number;
  durationMs: number;
}

/**
 * Runs corpus sites through the discovery path (HTTP first, the browser for app shells, the fetch
 * plan for role pages) against the test world, settles them into sites, and scores the site labels.
 */
export async function evaluateCorpus(world: World, dataDir: string, sites: CorpusSite[] = corpusSites): Promise<CorpusRun> {
  const options = loadOptions({ env: {}, overrides: { ...testDefaults, dataDir, proxy: world.proxyUrl, crawlSameDomainDelayMs: 0, respectRobotsTxt: false, crawlRequestsPerMinute: 100_000, crawlConcurrency: 16 } });
  const catalog = new Catalog(null);
  try {
    const run = catalog.startRun('crawl', `eval-${Date.now()}`, {});
    const stats = await crawl({
      options,
      catalog,
      run,
      seeds: sites.map((s) => ({ url: corpusUrl({ host: s.host, path: s.pages[0]?.path ?? '/' }), source: 'seed' as const })),
      limits: { maxDepth: 0, maxPages: sites.length * (1 + options.rolePagesPerSite), maxPagesPerSite: options.maxPagesPerSite, rolePagesPerSite: options.rolePagesPerSite, skipDomains: [] },
    });
    catalog.settleSites(run.id, loadModel());
    const items = sites.map((s) => {
      const row = catalog.db.prepare('SELECT label, needs_review, model_json, lang FROM sites WHERE domain = ?').get(registrableDomain(`http://${s.host}/`) ?? s.host) as { label: Label; needs_review: number; model_json: string | null; lang: string | null } | undefined;
      const model = row?.model_json ? (JSON.parse(row.model_json) as { label: Label }).label : null;
      return { id: `${s.host} [${s.lang} ${s.shape}]`, expected: s.label, got: row?.label ?? null, group: s.shape, lang: s.lang, split: splitOf(s), author: s.author, needsReview: row?.needs_review === 1, model };
    });
    const bySplit: CorpusRun['bySplit'] = { all: evaluate(items) };
    for (const split of ['train', 'dev', 'test'] as const) {
      const of = items.filter((i) => i.split === split);
      if (of.length > 0) bySplit[split] = evaluate(of);
    }
    return { bySplit, items, pages: stats.pages, browserPages: stats.browserPages, durationMs: stats.durationMs };
  } finally {
    catalog.close();
  }
}
