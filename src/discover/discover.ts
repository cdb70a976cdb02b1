import type { Label } from '../classify/index.js';
import { Catalog, type RunKind, type RunRow } from '../catalog/catalog.js';
import { UsageError, describeError } from '../core/errors.js';
import { compactStamp } from '../core/time.js';
import { logger } from '../log/index.js';
import { checkTarget, policyFor } from '../net/index.js';
import { publicOptions, type Options } from '../options/index.js';
import { crawl, type CrawlProgress, type CrawlStats, type Seed } from './crawl.js';
import { createProviders, runSearch } from './search/index.js';

export interface DiscoveryInput {
  kind: RunKind;
  options: Options;
  /** discover: search engines and queries. */
  engines?: string[];
  queries?: string[];
  /** crawl: seed URLs. */
  seeds?: string[];
  /** Continue this run (a name, an id, or "latest") instead of starting one. */
  resume?: string | null;
  onProgress?: (p: CrawlProgress) => void;
  onPhase?: (phase: string) => void;
  signal?: AbortSignal;
}

export interface DiscoveryResult {
  run: RunRow;
  stats: CrawlStats & { searchHits: number; searchFailures: number; sitesByLabel: Record<Label, number> };
  sites: { domain: string; label: Label }[];
  failures: { url: string | null; what: string; reason: string }[];
}

async function validSeeds(urls: string[], o: Options): Promise<string[]> {
  const out: string[] = [];
  for (const url of urls) {
    try {
      // Syntax, scheme and literal private addresses; a name that does not resolve is a crawl failure, recorded.
      out.push((await checkTarget(url, { policy: policyFor(o), viaProxy: true })).url.toString());
    } catch (error) {
      throw new UsageError(`Seed ${url}: ${describeError(error)}`);
    }
  }
  return out;
}

/**
 * One discovery run: search (discover) or seeds (crawl), then the crawl, then sites settled in the
 * catalog. Resumable: the run's queues and pages survive a crash or kill.
 */
export async function runDiscovery(input: DiscoveryInput): Promise<DiscoveryResult> {
  const o = input.options;
  const log = logger('discover');
  const catalog = new Catalog(o.dataDir);
  try {
    let run: RunRow;
    let seeds: Seed[] = [];
    let searchHits = 0;
    let searchFailures = 0;
    if (input.resume) {
      run = input.resume === 'latest' ? (catalog.lastUnfinishedRun(input.kind) ?? missingResume(input.kind)) : catalog.run(input.resume);
      if (run.status === 'done') throw new UsageError(`Run ${run.name} already finished; start a new run instead of --resume.`);
      catalog.setRunStatus(run.id, 'running');
      input.onPhase?.(`resuming ${run.name} (${catalog.pageCount(run.id)} pages already done)`);
    } else {
      const engines = input.engines ?? [];
      const providers = input.kind === 'discover' ? createProviders(engines, o) : [];
      const seedUrls = input.kind === 'crawl' ? await validSeeds(input.seeds ?? [], o) : [];
      if (input.kind === 'crawl' && seedUrls.length === 0) throw new UsageError('Give at least one seed: --seed URL or --seeds FILE.');
      if (input.kind === 'discover' && (input.queries ?? []).length === 0) throw new UsageError('No queries to search for.');
      run = catalog.startRun(input.kind, `${input.kind}-${compactStamp()}`, {
        engines,
        queries: input.queries ?? [],
        seeds: seedUrls,
        limits: { maxDepth: o.maxDepth, maxPages: o.maxPages, maxPagesPerSite: o.maxPagesPerSite },
        respectRobotsTxt: o.respectRobotsTxt,
        options: publicOptions(o),
      });
      if (input.kind === 'discover') {
        input.onPhase?.(`searching ${input.queries!.length} queries on ${engines.join(', ')}`);
        const { hits, failures } = await runSearch({ providers, queries: input.queries!, maxResults: o.searchMaxResults, requestsPerSecond: o.searchRequestsPerSecond });
        for (const h of hits) catalog.recordSearchResult(run.id, h);
        for (const f of failures) catalog.recordFailure(run.id, null, `search (${f.engine}: ${f.query})`, f.reason);
        searchHits = hits.length;
        searchFailures = failures.length;
        const seen = new Set<string>();
        for (const h of hits) {
          if (seen.has(h.url)) continue;
          seen.add(h.url);
          seeds.push({ url: h.url, source: 'search', engine: h.engine, query: h.query, rank: h.rank });
        }
        if (hits.length === 0 && failures.length > 0) log.warn({ failures: failures.length }, 'every search failed');
      } else {
        seeds = seedUrls.map((url) => ({ url, source: 'seed' as const }));
      }
    }
    input.onPhase?.(`crawling ${run.name}`);
    const stats = await crawl({
      options: o,
      catalog,
      run,
      seeds,
      limits: { maxDepth: o.maxDepth, maxPages: o.maxPages, maxPagesPerSite: o.maxPagesPerSite, skipDomains: o.crawlSkipDomains },
      onProgress: input.onProgress,
      signal: input.signal,
    }).catch((error: unknown) => {
      catalog.recordFailure(run.id, null, 'run', describeError(error));
      catalog.finishRun(run.id, 'failed', { error: describeError(error) });
      throw error;
    });
    const sites = catalog.settleSites(run.id);
    const sitesByLabel: Record<Label, number> = { nudify: 0, deepfake: 0, directory: 0, unrelated: 0 };
    for (const s of sites) sitesByLabel[s.label]++;
    const previous = (run.stats.searchHits as number | undefined) ?? 0;
    const full = { ...stats, searchHits: searchHits || previous, searchFailures, sitesByLabel };
    catalog.finishRun(run.id, input.signal?.aborted ? 'interrupted' : 'done', full);
    return { run: catalog.run(run.id), stats: full, sites, failures: catalog.failures(run.id) };
  } finally {
    catalog.close();
  }
}

function missingResume(kind: RunKind): never {
  throw new UsageError(`There is no unfinished ${kind} run to resume.`);
}
