import { RequestQueue, log as crawleeLog } from 'crawlee';
import type { CrawlPagesRepository } from '../../catalog/repositories/crawl-pages.js';
import type { ClaimedEntry, SharedFrontierRepository } from '../../catalog/repositories/frontier-shared.js';
import type { Logger } from '../../log/index.js';
import { EgressProxy, policyFor, type NetworkPolicy } from '../../net/index.js';
import type { Options } from '../../options/index.js';
import { startAnalysisPool, type AnalysisPool } from '../analysis/pool.js';
import { httpCrawler } from '../crawlers/http/main.js';
import { commonCrawlerOptions, crawleeConfig, robotsHook } from '../crawlers/setup.js';
import { SharedLedger, type SharedCrawlLimits } from './shared-ledger.js';

/** What a process's crawl slices share: the egress proxy (every fetch leaves through its policy) and the analysis threads. */
export interface CrawlEngine {
  options: Options;
  policy: NetworkPolicy;
  egress: EgressProxy;
  analysis: AnalysisPool;
  close(): Promise<void>;
}

/** `turn` waits before each request leaves for its host (robots.txt, pages and redirects alike); what it returns is called once the request has left. */
export async function startCrawlEngine(o: Options, turn: (host: string) => Promise<() => Promise<void>>): Promise<CrawlEngine> {
  crawleeLog.setLevel(o.logLevel === 'debug' || o.logLevel === 'trace' ? crawleeLog.LEVELS.WARNING : crawleeLog.LEVELS.OFF);
  const policy = policyFor(o);
  const egress = await EgressProxy.start({ policy, upstream: o.proxy, connectTimeoutMs: Math.min(o.navigationTimeoutMs, 15_000), idleTimeoutMs: o.navigationTimeoutMs, beforeForward: turn });
  const analysis = startAnalysisPool(o.crawlAnalysisThreads);
  return {
    options: o,
    policy,
    egress,
    analysis,
    async close() {
      await analysis.close();
      await egress.stop();
    },
  };
}

export interface SliceInput {
  engine: CrawlEngine;
  runId: number;
  workerId: string;
  frontier: SharedFrontierRepository;
  pages: CrawlPagesRepository;
  limits: SharedCrawlLimits;
  /** The slice claims no new URL after this time (epoch ms); what is in flight is finished. */
  until: number;
  /** How long a claimed URL stays this worker's before another worker may take it. */
  leaseMs: number;
  /** Aborted when the worker stops: nothing new is claimed, what is in flight is finished or given back. */
  signal: AbortSignal;
  log: Logger;
}

export interface SliceResult {
  pages: number;
  failures: number;
  /** The run's frontier has nothing left to hand out and nothing leased: the crawl is over. */
  finished: boolean;
  /** URLs given back unfetched (the worker stopped). */
  released: number;
}

/** How long the slice waits for its pages in flight once it stops claiming. */
const DRAIN_MS = 30_000;

/**
 * One slice of a shared crawl in this worker: URLs claimed from the run's shared frontier, fetched by
 * an HTTP crawler with the same router as `dijkwacht crawl`, read in the analysis threads, and written
 * to the shared catalog (SharedLedger), until the frontier is finished or the slice's time is up.
 * Pages the HTTP crawler cannot read (script-rendered) are recorded as failed with their reason: the
 * browser round is the `crawl` command's.
 */
export async function crawlSlice(input: SliceInput): Promise<SliceResult> {
  const { engine, frontier, runId, workerId } = input;
  const o = engine.options;
  const config = crawleeConfig();
  const queue = await RequestQueue.open(`shared-${runId}-${process.pid}-${Date.now()}`, { config });
  const inFlight = new Set<string>();
  const counts = { pages: 0, failures: 0 };
  let wake: (() => void) | null = null;
  const ledger = new SharedLedger({
    runId,
    workerId,
    frontier,
    pages: input.pages,
    limits: input.limits,
    policy: engine.policy,
    finished: (url, outcome) => {
      inFlight.delete(url);
      counts[outcome === 'read' ? 'pages' : 'failures']++;
      wake?.();
    },
  });
  const robots = robotsHook(o, engine.egress);
  const stop = new AbortController();
  const onAbort = (): void => stop.abort();
  input.signal.addEventListener('abort', onAbort, { once: true });
  const crawler = httpCrawler({
    options: o,
    config,
    queue,
    policy: engine.policy,
    // Politeness and the request rate are taken in the shared database as requests leave the egress proxy, not per process.
    common: { ...commonCrawlerOptions(o, engine.egress, false), keepAlive: true },
    robotsHook: robots,
    routes: {
      ledger,
      analysis: engine.analysis,
      enqueue: async () => undefined,
      toBrowser: async (page) => ledger.fail(page.url, page.meta, 'http', 'rendered by script: the shared crawl reads HTTP only (crawl this URL with "dijkwacht crawl" for the browser round)', page.status),
      counted: async () => undefined,
    },
    failures: { ledger, egress: engine.egress, failed: async () => undefined },
  });
  // A crawler that fails ends the slice (what it held goes back); it never becomes an unhandled rejection.
  const running = crawler.run().catch((error: unknown) => {
    input.log.warn({ err: error }, 'the slice crawler ended with an error');
    stop.abort();
  });
  const pause = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });
  // What the crawler can fetch now and a little more: a worker that claimed far ahead would keep URLs
  // waiting in its own queue that an idle worker could be fetching.
  const want = o.crawlConcurrency + Math.ceil(o.crawlConcurrency / 4);
  let finished = false;
  try {
    while (!stop.signal.aborted && Date.now() < input.until) {
      if (inFlight.size >= want) {
        await pause(1000);
        continue;
      }
      const claimed = await frontier.claim(runId, want - inFlight.size, workerId, input.leaseMs);
      if (claimed.length > 0) {
        for (const c of claimed) inFlight.add(c.url);
        await queue.addRequests(claimed.map(toRequest));
        continue;
      }
      if (inFlight.size === 0 && (await frontier.counts(runId)).leased === 0) {
        // Nothing leased anywhere: whatever a finished page scheduled is queued by now. One more claim decides.
        const last = await frontier.claim(runId, want, workerId, input.leaseMs);
        if (last.length === 0) {
          finished = true;
          break;
        }
        for (const c of last) inFlight.add(c.url);
        await queue.addRequests(last.map(toRequest));
        continue;
      }
      await pause(250);
    }
    const drainUntil = Date.now() + DRAIN_MS;
    while (inFlight.size > 0 && Date.now() < drainUntil) await pause(250);
  } finally {
    input.signal.removeEventListener('abort', onAbort);
    crawler.stop('the slice is over');
    await running;
  }
  let released = 0;
  for (const url of inFlight) if (await frontier.release(runId, url, workerId)) released++;
  return { ...counts, finished, released };
}

function toRequest(c: ClaimedEntry): { url: string; uniqueKey: string; label: string; userData: Record<string, unknown> } {
  const label = c.label ?? (c.source === 'search' ? 'search' : 'home');
  // The attempt in the key: a URL handed out again (an expired lease) is fetched again, not skipped as seen.
  return { url: c.url, uniqueKey: `${c.url}#${c.attempts}`, label, userData: { depth: c.depth, source: c.source, fromHub: c.fromHub } };
}
