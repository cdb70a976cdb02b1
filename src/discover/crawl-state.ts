import type { RequestQueue } from 'crawlee';
import type { Analysis, NextRequest } from './frontier.js';
import type { CrawlProgress, CrawlStats } from './crawl.js';
import type { FetchedPage } from './crawlers/routes.js';

/**
 * What one crawl counts and where its requests go: the HTTP queue first, the browser queue for
 * script-rendered pages. Progress is reported at most every 200 ms (counting queued requests is not
 * free on every page).
 */
export class CrawlState {
  readonly http: RequestQueue;
  readonly browser: RequestQueue;
  readonly labels: Record<string, number> = { nudify: 0, deepfake: 0, directory: 0, unrelated: 0 };
  readonly counts = { http: 0, browser: 0, failures: 0, blocked: 0 };
  /** Time spent parsing and classifying pages (the handlers' own work, not the fetches). */
  analysisMs = 0;
  readonly #t0 = performance.now();
  readonly #browserOnly: boolean;
  readonly #onProgress: ((p: CrawlProgress) => void) | undefined;
  #lastProgress = 0;

  constructor(queues: { http: RequestQueue; browser: RequestQueue }, browserOnly: boolean, onProgress?: (p: CrawlProgress) => void) {
    this.http = queues.http;
    this.browser = queues.browser;
    this.#browserOnly = browserOnly;
    this.#onProgress = onProgress;
  }

  readonly enqueue = async (next: NextRequest[]): Promise<void> => {
    if (next.length === 0) return;
    const target = this.#browserOnly ? this.browser : this.http;
    const request = (n: NextRequest) => ({ url: n.url, label: n.meta.label, userData: { depth: n.meta.depth, source: n.meta.source, fromHub: n.meta.fromHub } });
    const first = next.filter((n) => n.forefront);
    const rest = next.filter((n) => !n.forefront);
    if (first.length > 0) await target.addRequests(first.map(request), { forefront: true });
    if (rest.length > 0) await target.addRequests(rest.map(request));
  };

  readonly toBrowser = async (page: FetchedPage): Promise<void> => {
    await this.browser.addRequest({ url: page.url, uniqueKey: `browser:${page.url}`, label: page.meta.label, userData: { depth: page.meta.depth, source: page.meta.source, fromHub: page.meta.fromHub } });
  };

  readonly counted = async (page: FetchedPage, analysis: Analysis, analysisMs: number): Promise<void> => {
    this.counts[page.via]++;
    this.analysisMs += analysisMs;
    const label = analysis.classification.label;
    this.labels[label] = (this.labels[label] ?? 0) + 1;
    await this.progress();
  };

  readonly failed = async (): Promise<void> => {
    this.counts.failures++;
    await this.progress();
  };

  async progress(): Promise<void> {
    if (!this.#onProgress || performance.now() - this.#lastProgress < 200) return;
    this.#lastProgress = performance.now();
    const [h, b] = await Promise.all([this.http.getInfo(), this.browser.getInfo()]);
    const done = this.counts.http + this.counts.browser;
    this.#onProgress({
      done,
      labels: { ...this.labels },
      queued: (h?.pendingRequestCount ?? 0) + (b?.pendingRequestCount ?? 0),
      browserPages: this.counts.browser,
      failures: this.counts.failures,
      pagesPerSecond: done / Math.max(0.001, (performance.now() - this.#t0) / 1000),
    });
  }

  stats(rounds: number): CrawlStats {
    const durationMs = Math.round(performance.now() - this.#t0);
    const pages = this.counts.http + this.counts.browser;
    return { pages, httpPages: this.counts.http, browserPages: this.counts.browser, failures: this.counts.failures, rounds, durationMs, analysisMs: Math.round(this.analysisMs), pagesPerSecond: Math.round((pages / Math.max(0.001, durationMs / 1000)) * 10) / 10 };
  }
}
