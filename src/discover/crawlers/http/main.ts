import { HttpCrawler, type Configuration, type HttpCrawlingContext, type RequestQueue } from 'crawlee';
import type { Options } from '../../../options/index.js';
import type { NetworkPolicy } from '../../../net/index.js';
import { bodyGuardHook, redirectPolicyHook } from '../../http-guards.js';
import { recordFailure, type FailureDeps } from '../failures.js';
import type { RouteDeps } from '../routes.js';
import { httpRouter } from './routes.js';

export interface CrawlerSetup {
  options: Options;
  config: Configuration;
  queue: RequestQueue;
  policy: NetworkPolicy;
  /** Crawlee options both crawlers share (proxy, concurrency, politeness, timeouts). */
  common: Record<string, unknown>;
  robotsHook: (ctx: { request: { url: string; noRetry: boolean } }) => Promise<void>;
  routes: RouteDeps;
  failures: FailureDeps;
}

/**
 * HTTP first: static pages are read and classified without a browser. Crawlee only fetches (an
 * HttpCrawler, not a CheerioCrawler, which would parse every page twice on this thread); the analysis
 * pool parses each page once.
 */
export function httpCrawler(setup: CrawlerSetup): HttpCrawler<HttpCrawlingContext> {
  const { options: o } = setup;
  return new HttpCrawler<HttpCrawlingContext>(
    {
      ...setup.common,
      requestQueue: setup.queue,
      minConcurrency: Math.min(8, o.crawlConcurrency),
      // Discovery keeps no logins or cookies between pages: no session to create per request.
      useSessionPool: false,
      persistCookiesPerSession: false,
      ignoreSslErrors: true,
      additionalMimeTypes: ['application/xhtml+xml'],
      preNavigationHooks: [setup.robotsHook, redirectPolicyHook(setup.policy)],
      postNavigationHooks: [bodyGuardHook(o.crawlMaxPageBytes)],
      requestHandler: httpRouter(setup.routes),
      failedRequestHandler: recordFailure(setup.failures, 'http'),
    },
    setup.config,
  );
}
