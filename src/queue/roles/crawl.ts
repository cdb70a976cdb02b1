import type { RunRow } from '../../catalog/catalog.js';
import { UsageError } from '../../core/errors.js';
import type { Options } from '../../options/index.js';
import type { CrawlEngine } from '../../discover/shared/crawl-slice.js';
import type { SharedCrawlLimits } from '../../discover/shared/shared-ledger.js';
import type { JobContext, Role } from '../handler.js';
import { hostKey, type SharedLimits } from '../limits.js';
import { RoleCatalog } from './role-catalog.js';

/** The shared limits' key of the crawl's global request rate (crawlRequestsPerMinute across all workers). */
export const CRAWL_RATE_KEY = 'crawl:rate';

/** The run's crawl limits as `crawl --queue` stored them in its config. */
function limitsOf(run: RunRow, o: Options): SharedCrawlLimits {
  const l = (run.config.limits ?? {}) as Partial<SharedCrawlLimits>;
  return { maxDepth: l.maxDepth ?? o.maxDepth, rolePagesPerSite: l.rolePagesPerSite ?? o.rolePagesPerSite, skipDomains: l.skipDomains ?? o.crawlSkipDomains };
}

/**
 * The crawl role: one slice of a shared crawl per job. The slice claims URLs from the run's shared
 * frontier for half the job's lease, reads them with the same router as `dijkwacht crawl`, and
 * writes every page to the shared catalog; then it queues the next slice, or, when the frontier has
 * nothing left anywhere, settles the run's sites and marks the run done. Every fetch waits for its host's turn and for the global
 * rate across all workers. One egress proxy and one set of analysis threads serve all the slices of
 * a worker process.
 */
export function crawlRole(options: Options): Role<'crawl'> {
  const catalog = new RoleCatalog(options);
  let engine: Promise<CrawlEngine> | null = null;
  const startEngine = async (ctx: JobContext): Promise<CrawlEngine> => {
    const { startCrawlEngine } = await import('../../discover/shared/crawl-slice.js');
    // The worker's shared limits are the same for every job it runs: the engine keeps the first job's.
    return startCrawlEngine(options, (host) => takeTurn(ctx.limits, options, host));
  };
  return {
    async handle(data, ctx) {
      const repos = await catalog.get();
      const run = await repos.runs.get(data.runId);
      if (run.kind !== 'crawl') throw new UsageError(`Run ${run.name} is a ${run.kind} run; crawl jobs take runs started by "dijkwacht crawl --queue".`);
      if (run.status !== 'running') return { run: run.name, skipped: `the run is ${run.status}` };
      engine ??= startEngine(ctx).catch((error: unknown) => {
        engine = null;
        throw error;
      });
      const { crawlSlice } = await import('../../discover/shared/crawl-slice.js');
      const result = await crawlSlice({
        engine: await engine,
        runId: run.id,
        workerId: `${ctx.worker}:${ctx.job.id}`,
        frontier: repos.frontier,
        pages: repos.crawlPages,
        limits: limitsOf(run, options),
        until: Date.now() + Math.floor(ctx.job.leaseMs / 2),
        leaseMs: options.crawlUrlLeaseSeconds * 1000,
        signal: ctx.signal,
        log: ctx.log,
      });
      let sites: number | null = null;
      if (result.finished) {
        // Whichever slice sees the end settles the run's sites (settling again changes nothing), then closes the run.
        const { loadModel } = await import('../../classify/index.js');
        sites = (await repos.sites.settle(run.id, loadModel())).length;
        const counts = await repos.frontier.counts(run.id);
        await repos.runs.finish(run.id, 'done', { pages: counts.done, refused: counts.refused, leftForBudget: counts.queued, sites, shared: true });
      } else if (!ctx.signal.aborted) {
        await ctx.requeue({ runId: run.id });
      }
      return { run: run.name, pages: result.pages, failures: result.failures, released: result.released, finished: result.finished, ...(sites !== null ? { sites } : {}) };
    },
    async close() {
      const e = engine;
      engine = null;
      await (await e?.catch(() => null))?.close();
      await catalog.close();
    },
  };
}

/**
 * A request's turn as it leaves the egress proxy, across all workers: the global rate first, then
 * the host, held until the request has been written, so the next request to the host leaves at least
 * the politeness delay after this one really went out.
 */
async function takeTurn(limits: SharedLimits, o: Options, host: string): Promise<() => Promise<void>> {
  await limits.waitTurn(CRAWL_RATE_KEY, Math.floor(60_000 / o.crawlRequestsPerMinute));
  return limits.holdTurn(hostKey(host), o.crawlSameDomainDelayMs, o.navigationTimeoutMs);
}
