import { loadModel, type Label } from '../classify/index.js';
import { Catalog, type RunKind, type RunRow, type RunStatus } from '../catalog/catalog.js';
import { UsageError, describeError } from '../core/errors.js';
import { compactStamp } from '../core/time.js';
import { logger } from '../log/index.js';
import { checkTarget, policyFor } from '../net/index.js';
import { publicOptions, type Options } from '../options/index.js';
import { crawl, type CrawlProgress, type CrawlStats, type Seed } from './crawl.js';
import { SqliteSearchAnswerRepository } from '../catalog/repositories/search-answers.js';
import { createProviders, runSearch, searchHint } from './search/index.js';
import { Frontier } from './frontier.js';
import { NO_BUDGET } from './seed-refusal.js';

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
  /** Called once the run exists (started or resumed), before anything is searched or fetched. */
  onRun?: (run: RunRow) => void;
  onProgress?: (p: CrawlProgress) => void;
  onPhase?: (phase: string) => void;
  /**
   * Stops the run: no new searches or pages, what is in flight finishes, the run is left
   * `interrupted` and resumable. The catalog says `interrupted` as soon as the signal fires.
   */
  signal?: AbortSignal;
}

export interface DiscoveryResult {
  run: RunRow;
  stats: CrawlStats & {
    searchHits: number;
    searchFailures: number;
    /** Seeds and search results not fetched because --max-pages was spent before their turn. */
    noBudget: number;
    /** Every URL (seeds, search results, links, role pages) waiting for page budget: `--resume RUN --max-pages N` fetches them. */
    waitingForBudget: number;
    /** Pages of the whole run; `pages` counts this session's (a resumed or continued run). */
    pagesInRun: number;
    sitesByLabel: Record<Label, number>;
  };
  sites: { domain: string; label: Label }[];
  failures: { url: string | null; what: string; reason: string }[];
  /** Why the run failed (status `failed`): one sentence with the likely cause. Null otherwise. */
  failure: string | null;
}

const NO_CRAWL: CrawlStats = { pages: 0, httpPages: 0, browserPages: 0, failures: 0, rounds: 0, durationMs: 0, analysisMs: 0, pagesPerSecond: 0 };
const SEARCH_WHAT = /^search \(([^:]+): ([\s\S]*)\)$/;

/** The seeds as URLs the network policy allows (syntax, scheme, literal private addresses); a bad one is a usage error. */
export async function validSeeds(urls: string[], o: Options): Promise<string[]> {
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
 * catalog. Resumable: the run's queues and pages survive a crash or kill, and a discover run cut
 * during its search asks the queries it had not asked when resumed. The run ends `done`, `failed`
 * (every search or every fetch failed: `failure` says why) or `interrupted` (the signal fired).
 */
export async function runDiscovery(input: DiscoveryInput): Promise<DiscoveryResult> {
  const o = input.options;
  const catalog = new Catalog(o.dataDir);
  try {
    let run: RunRow;
    let seeds: Seed[] = [];
    if (input.resume) {
      run = input.resume === 'latest' ? (catalog.lastUnfinishedRun(input.kind) ?? missingResume(input.kind)) : catalog.run(input.resume);
      if (run.status === 'done') {
        // A finished run continues only with more page budget, from the URLs the budget stopped.
        const left = Frontier.leftover(catalog, run.id);
        if (left.deferred === 0) throw new UsageError(`Run ${run.name} already finished and left nothing for lack of page budget; start a new run instead of --resume.`);
        if (o.maxPages <= left.scheduled) throw new UsageError(`Run ${run.name} finished with ${left.deferred} URL(s) left for lack of page budget; continue it with --max-pages larger than ${left.scheduled}, e.g. --resume ${run.name} --max-pages ${left.scheduled + left.deferred}.`);
        input.onPhase?.(`continuing ${run.name} with --max-pages ${o.maxPages} (${left.deferred} URL(s) were waiting for page budget)`);
        catalog.stmt("UPDATE runs SET config_json = json_set(config_json, '$.limits.maxPages', ?) WHERE id = ?").run(o.maxPages, run.id);
      } else {
        input.onPhase?.(`resuming ${run.name} (${catalog.pageCount(run.id)} pages already done)`);
      }
      catalog.setRunStatus(run.id, 'running');
    } else {
      const engines = [...new Set(input.engines ?? [])];
      if (input.kind === 'discover') {
        if (engines.length === 0) throw new UsageError('No search engine to ask: pass --engine searxng|brave|google (repeatable), or set "searchEngines" in the config file (DIJKWACHT_SEARCH_ENGINES).');
        createProviders(engines, o, undefined, null); // every engine's settings are checked before the run starts (nothing is searched, nothing kept)
      }
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
      seeds = seedUrls.map((url) => ({ url, source: 'seed' as const }));
    }
    input.onRun?.(run);
    const runId = run.id;
    const markInterrupted = (): void => catalog.setRunStatus(runId, 'interrupted');
    input.signal?.addEventListener('abort', markInterrupted, { once: true });
    try {
      if (run.kind === 'discover') {
        // A run stopped (or killed) before its search was done asks the queries it had not asked yet.
        if (run.stats.searchComplete !== true) {
          if (!(await searchForRun(catalog, run, input))) return finish(catalog, run, 'interrupted', NO_CRAWL, { searchComplete: false }, null);
          catalog.stmt("UPDATE runs SET stats_json = json_set(stats_json, '$.searchComplete', json('true')) WHERE id = ?").run(run.id);
        }
        seeds = searchSeeds(catalog, run.id);
      }
      input.onPhase?.(`crawling ${run.name}`);
      const stats = await crawl({
        options: o,
        catalog,
        run,
        seeds,
        limits: { maxDepth: o.maxDepth, maxPages: o.maxPages, maxPagesPerSite: o.maxPagesPerSite, rolePagesPerSite: o.rolePagesPerSite, skipDomains: o.crawlSkipDomains },
        onProgress: input.onProgress,
        signal: input.signal,
      }).catch((error: unknown) => {
        catalog.recordFailure(run.id, null, 'run', describeError(error));
        catalog.finishRun(run.id, 'failed', { error: describeError(error) });
        throw error;
      });
      if (input.signal?.aborted) return finish(catalog, run, 'interrupted', stats, { searchComplete: true }, null);
      const failure = whyFailed(catalog, run, o);
      if (failure) {
        catalog.recordFailure(run.id, null, 'run', failure);
        logger('discover').error({ run: run.name }, `run ${run.name} failed: ${failure}`);
      }
      return finish(catalog, run, failure ? 'failed' : 'done', stats, { searchComplete: true, ...(failure ? { failure } : {}) }, failure);
    } finally {
      input.signal?.removeEventListener('abort', markInterrupted);
    }
  } finally {
    catalog.close();
  }
}

function finish(catalog: Catalog, run: RunRow, status: RunStatus, stats: CrawlStats, extra: Record<string, unknown>, failure: string | null): DiscoveryResult {
  const sites = catalog.settleSites(run.id, loadModel());
  const sitesByLabel: Record<Label, number> = { nudify: 0, deepfake: 0, directory: 0, unrelated: 0 };
  for (const s of sites) sitesByLabel[s.label]++;
  const search = searchCounts(catalog, run.id);
  const noBudget = (catalog.stmt('SELECT COUNT(*) AS n FROM failures WHERE run_id = ? AND what = ?').get(run.id, NO_BUDGET) as { n: number }).n;
  const waitingForBudget = Frontier.leftover(catalog, run.id).deferred;
  const full = { ...stats, pagesInRun: catalog.pageCount(run.id), searchHits: search.hits, searchFailures: search.failures, noBudget, waitingForBudget, sitesByLabel };
  catalog.finishRun(run.id, status, { ...full, ...extra });
  return { run: catalog.run(run.id), stats: full, sites, failures: catalog.failures(run.id), failure };
}

/**
 * Asks every (engine, query) of the run that has neither results nor a recorded failure yet, and
 * records what comes back. Returns false when the signal cut the search short.
 */
async function searchForRun(catalog: Catalog, run: RunRow, input: DiscoveryInput): Promise<boolean> {
  const o = input.options;
  const engines = (run.config.engines as string[] | undefined) ?? [];
  const queries = (run.config.queries as string[] | undefined) ?? [];
  const asked = new Set((catalog.stmt('SELECT DISTINCT engine, query FROM search_results WHERE run_id = ?').all(run.id) as { engine: string; query: string }[]).map((r) => `${r.engine}\n${r.query}`));
  for (const f of catalog.failures(run.id)) {
    const m = SEARCH_WHAT.exec(f.what);
    if (m) asked.add(`${m[1]}\n${m[2]}`);
  }
  // The answers go into this run's catalog with its run id (not through a second connection matched by time).
  const answers = new SqliteSearchAnswerRepository(catalog);
  const providers = createProviders(engines, o, input.signal, answers);
  const todo = providers.map((p) => ({ provider: p, queries: queries.filter((q) => !asked.has(`${p.engine}\n${q}`)) })).filter((t) => t.queries.length > 0);
  if (todo.length === 0) return true;
  input.onPhase?.(`searching ${todo.map((t) => `${t.queries.length} queries on ${t.provider.engine}`).join(', ')}`);
  const results = await Promise.all(
    todo.map((t) => runSearch({ providers: [t.provider], queries: t.queries, maxResults: o.searchMaxResults, requestsPerSecond: o.searchRequestsPerSecond, signal: input.signal, answers, runId: run.id })),
  );
  for (const { hits, failures } of results) {
    for (const h of hits) catalog.recordSearchResult(run.id, h);
    for (const f of failures) catalog.recordFailure(run.id, null, `search (${f.engine}: ${f.query})`, f.reason);
  }
  return results.every((r) => r.complete);
}

/** The run's search results as seeds, best rank first per URL. */
function searchSeeds(catalog: Catalog, runId: number): Seed[] {
  const rows = catalog.stmt('SELECT engine, query, rank, url FROM search_results WHERE run_id = ? ORDER BY rowid').all(runId) as { engine: string; query: string; rank: number; url: string }[];
  const seen = new Set<string>();
  const seeds: Seed[] = [];
  for (const h of rows) {
    if (seen.has(h.url)) continue;
    seen.add(h.url);
    seeds.push({ url: h.url, source: 'search', engine: h.engine, query: h.query, rank: h.rank });
  }
  return seeds;
}

function searchCounts(catalog: Catalog, runId: number): { hits: number; failures: number } {
  const hits = (catalog.stmt('SELECT COUNT(*) AS n FROM search_results WHERE run_id = ?').get(runId) as { n: number }).n;
  return { hits, failures: catalog.failures(runId).filter((f) => SEARCH_WHAT.test(f.what)).length };
}

/**
 * Why a finished run counts as failed, or null: every search failed, or not one page could be read
 * (every fetch failed, or no seed was admitted). One sentence, with the first failure and a hint.
 */
function whyFailed(catalog: Catalog, run: RunRow, o: Options): string | null {
  const failures = catalog.failures(run.id);
  if (run.kind === 'discover') {
    const search = failures.filter((f) => SEARCH_WHAT.test(f.what));
    if (searchCounts(catalog, run.id).hits === 0 && search.length > 0) {
      const first = search.find((f) => !f.reason.startsWith('not searched:')) ?? search[0]!;
      const engine = SEARCH_WHAT.exec(first.what)?.[1] ?? 'search';
      return `every search failed (${search.length} of ${search.length}; first: ${first.reason}): ${searchHint(engine, first.reason)}`;
    }
  }
  const pages = catalog.stmt('SELECT COUNT(*) AS n, COALESCE(SUM(error IS NULL), 0) AS ok FROM pages WHERE run_id = ?').get(run.id) as { n: number; ok: number };
  if (pages.ok > 0) return null;
  const fetches = failures.filter((f) => f.what.startsWith('fetch'));
  if (pages.n > 0 && fetches.length > 0) {
    const first = fetches[0]!;
    const host = first.url ? safeHost(first.url) : null;
    const where = first.url && !(host && first.reason.includes(host)) ? ` at ${first.url}` : '';
    return `every fetch failed (${pages.n} of ${pages.n}; first: ${first.reason}${where}): ${fetchHint(first.reason, o)}`;
  }
  const refused = failures.filter((f) => f.what === 'seed' || f.what === NO_BUDGET);
  if (run.kind === 'crawl' && pages.n === 0 && refused.length > 0) return `no seed was fetched (first: ${refused[0]!.url ?? ''}: ${refused[0]!.reason})`;
  return null;
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** The likely cause of failed fetches, as a question the user can act on. */
function fetchHint(reason: string, o: Options): string {
  if (/ENOTFOUND|EAI_AGAIN|getaddrinfo|ERR_NAME_NOT_RESOLVED/.test(reason)) {
    return o.proxy ? 'the names do not resolve, not even through --proxy: are the seeds right, and does the proxy resolve names?' : 'the names do not resolve from here: is --proxy missing?';
  }
  if (/ECONNREFUSED|ERR_CONNECTION_REFUSED|ERR_PROXY_CONNECTION_FAILED|ERR_TUNNEL_CONNECTION_FAILED/.test(reason)) {
    return o.proxy ? 'connections are refused: is the proxy running, and is --proxy right?' : 'connections are refused: are the sites down, or is --proxy missing?';
  }
  if (/robots\.txt/.test(reason)) return 'robots.txt disallows them (--no-robots ignores it; that is recorded in the run)';
  if (/private|loopback|network policy|refused by/i.test(reason)) return 'they are on a private network: --allow-private-network allows that';
  if (/time(d)? ?out/i.test(reason)) return o.proxy ? 'nothing answered in time: is the proxy working?' : 'nothing answered in time: are the sites up?';
  if (/^HTTP [45]\d\d/.test(reason)) return 'the sites answered with errors: are the seed URLs right?';
  return 'see "dijkwacht runs show" for every failure';
}

function missingResume(kind: RunKind): never {
  throw new UsageError(`There is no unfinished ${kind} run to resume.`);
}
