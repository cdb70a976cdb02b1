import { Configuration, ProxyConfiguration } from 'crawlee';
import { MemoryStorage } from '@crawlee/memory-storage';
import type { EgressProxy } from '../../net/index.js';
import type { Options } from '../../options/index.js';
import { RobotsGate } from '../robots.js';
import { RobotsDisallowedError } from './errors.js';
import type { CrawlerSetup } from './http/main.js';

/** Crawlee's configuration for a crawl: its queues live in memory only (the catalog's frontier is the queue of record). */
export function crawleeConfig(): Configuration {
  const storage = new MemoryStorage({ persistStorage: false, writeMetadata: false });
  // Memory is sampled every 5 s, not every second: each sample spawns `ps` for the process tree.
  return new Configuration({ storageClient: storage, purgeOnStart: false, persistStorage: false, headless: true, availableMemoryRatio: 0.6, systemInfoIntervalMillis: 5_000 });
}

/**
 * Crawlee options both crawlers share: every fetch leaves through the egress proxy (and its network
 * policy); concurrency, rate, politeness, retries and timeouts from the options. `politeness: false`
 * leaves the per-host delay and the global rate to the caller (workers share them in the database).
 */
export function commonCrawlerOptions(o: Options, egress: EgressProxy, politeness = true): CrawlerSetup['common'] {
  return {
    proxyConfiguration: new ProxyConfiguration({ proxyUrls: [egress.url] }),
    maxConcurrency: o.crawlConcurrency,
    ...(politeness ? { maxRequestsPerMinute: o.crawlRequestsPerMinute, sameDomainDelaySecs: o.crawlSameDomainDelayMs / 1000 } : {}),
    maxRequestRetries: o.crawlMaxRetries,
    requestHandlerTimeoutSecs: Math.ceil(o.navigationTimeoutMs / 1000) + 15,
    navigationTimeoutSecs: Math.ceil(o.navigationTimeoutMs / 1000),
  };
}

/** Runs before every fetch: a URL robots.txt disallows is failed, not fetched (when respectRobotsTxt is on). */
export function robotsHook(o: Options, egress: EgressProxy): CrawlerSetup['robotsHook'] {
  const robots = o.respectRobotsTxt ? new RobotsGate(egress.url, Math.min(o.navigationTimeoutMs, 15_000)) : null;
  return async ({ request }) => {
    if (robots && !(await robots.allowed(request.url))) throw new RobotsDisallowedError();
  };
}
