import type { RunRow } from '../../catalog/catalog.js';
import type { CatalogRepositories } from '../../catalog/postgres/catalog-repositories.js';
import { registrableDomain } from '../../classify/index.js';
import { UsageError } from '../../core/errors.js';
import { compactStamp } from '../../core/time.js';
import { publicOptions, type Options } from '../../options/index.js';
import { validSeeds } from '../discover.js';
import { frontierEntry } from './shared-ledger.js';

export interface SharedCrawlStart {
  run: RunRow;
  /** Seeds new to the run's frontier (a seed given twice is queued once). */
  seeded: number;
}

/**
 * Starts a crawl that workers share: the run in the shared catalog, its budgets and its seeds in the
 * shared frontier. The caller queues the run's crawl jobs; `dijkwacht worker --roles crawl` works them.
 */
export async function startSharedCrawl(input: { options: Options; seeds: string[]; repos: CatalogRepositories }): Promise<SharedCrawlStart> {
  const o = input.options;
  const seeds = [...new Set(await validSeeds(input.seeds, o))];
  if (seeds.length === 0) throw new UsageError('Give at least one seed: --seed URL or --seeds FILE.');
  const { runs, frontier, crawlPages } = input.repos;
  const run = await runs.create('crawl', `crawl-${compactStamp()}`, {
    engines: [],
    queries: [],
    seeds,
    limits: { maxDepth: o.maxDepth, maxPages: o.maxPages, maxPagesPerSite: o.maxPagesPerSite, rolePagesPerSite: o.rolePagesPerSite, skipDomains: o.crawlSkipDomains },
    respectRobotsTxt: o.respectRobotsTxt,
    shared: true,
    options: publicOptions(o),
  });
  await frontier.setBudget(run.id, { maxPages: o.maxPages, maxPagesPerSite: o.maxPagesPerSite });
  const seeded = await frontier.enqueue(run.id, seeds.map((url) => frontierEntry(url, { depth: 0, source: 'seed', label: 'home', fromHub: false }, true)));
  await crawlPages.discovered(run.id, seeds.map((url) => ({ url, domain: registrableDomain(url) ?? new URL(url).hostname, source: 'seed' as const })));
  return { run, seeded };
}
