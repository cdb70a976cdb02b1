import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl } from '../../src/discover/crawl.js';
import { startDiscoveryHarness, type DiscoveryHarness } from '../support/discovery-env.js';
import { HOSTILE_CASES } from '../world/hostile/index.js';

// The size cap must be reached before the timeout even on a loaded CI machine.
const BUDGET = { navigationTimeoutMs: 10_000, crawlConcurrency: 8, crawlMaxRetries: 0, crawlMaxPageBytes: 2 * 1024 * 1024, respectRobotsTxt: true };

describe('discovery against the hostile web', () => {
  let h: DiscoveryHarness;
  beforeAll(async () => {
    h = await startDiscoveryHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('HTTP first: every hostile page ends with a page or a failure and a reason; nothing forbidden leaves', async () => {
    h.world.web.clearForbidden();
    const seeds = HOSTILE_CASES.map((c) => h.world.web.hostile.url(c.path, { https: c.https ?? false }));
    const result = await h.crawl(seeds, { ...BUDGET, maxDepth: 1, maxPages: 1000, maxPagesPerSite: 1000 });
    expect(h.world.web.forbidden()).toEqual([]);
    const catalog = h.catalog();
    try {
      const pages = catalog.db.prepare('SELECT url FROM pages WHERE run_id = ?').all(result.run.id) as { url: string }[];
      const failed = new Map(result.failures.map((f) => [f.url, f.reason]));
      for (const seed of seeds) expect(pages.some((p) => p.url === seed) || failed.has(seed), seed).toBe(true);
      for (const reason of failed.values()) expect(reason.length).toBeGreaterThan(0);
      const bodyFailure = (path: string): string | undefined => failed.get(h.world.web.hostile.url(path));
      expect(bodyFailure('/body/gzip-bomb')).toMatch(/limit|bomb/);
      expect(bodyFailure('/body/endless')).toMatch(/limit|timed out/);
      const redirect = result.failures.find((f) => f.url === h.world.web.hostile.url('/redirect/loopback'));
      expect(redirect?.reason).toMatch(/refused/);
    } finally {
      catalog.close();
    }
  }, 600_000);

  it('in the browser: the observation guard holds for discovery too', async () => {
    h.world.web.clearForbidden();
    // What only a script-running browser meets, and two redirects (the egress proxy refuses hops the browser follows by itself).
    const cases = HOSTILE_CASES.filter((c) => c.browserOnly || ['/redirect/loopback', '/redirect/https-internal'].includes(c.path));
    const seeds = cases.map((c) => h.world.web.hostile.url(c.path, { https: c.https ?? false }));
    const catalog = h.catalog();
    try {
      const run = catalog.startRun('crawl', `hostile-browser-${Date.now()}`, {});
      const stats = await crawl({
        options: h.options({ ...BUDGET, navigationTimeoutMs: 4000, crawlConcurrency: 4 }), // only the guard is asserted here, not the size cap
        catalog,
        run,
        seeds: seeds.map((url) => ({ url, source: 'seed' as const })),
        limits: { maxDepth: 0, maxPages: seeds.length, maxPagesPerSite: seeds.length, skipDomains: [] },
        browserOnly: true,
      });
      expect(stats.pages + stats.failures).toBeGreaterThanOrEqual(seeds.length);
      expect(h.world.web.forbidden()).toEqual([]);
    } finally {
      catalog.close();
    }
  }, 600_000);
});
