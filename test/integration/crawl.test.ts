import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSites } from '../../src/catalog/index.js';
import { startDiscoveryHarness, type DiscoveryHarness } from '../support/discovery-env.js';

let h: DiscoveryHarness;
beforeAll(async () => {
  h = await startDiscoveryHarness();
});
afterAll(async () => h?.stop());

describe('crawling from seeds through the link graph', () => {
  it('follows a directory to the services it lists, labels them, and never reports the directory as a service', async () => {
    const result = await h.crawl(['http://best-undress-apps.test/', 'http://ai-tools-hub.test/nsfw'], { maxDepth: 2, maxPages: 60 });
    expect(result.run.status).toBe('done');
    const labels = Object.fromEntries(result.sites.map((s) => [s.domain, s.label]));
    expect(labels['best-undress-apps.test']).toBe('directory');
    expect(labels['ai-tools-hub.test']).toBe('directory');
    expect(labels['undressly.test']).toBe('nudify');
    expect(labels['peelpix.test']).toBe('nudify');
    expect(labels['faceswapxxx.test']).toBe('deepfake');
    expect(labels['sexswap.test']).toBe('deepfake');
    // platforms are identifiers, not sites to crawl
    expect(h.world.web.seen.some((s) => s.host === 't.me' || s.host.endsWith('discord.gg'))).toBe(false);
    const catalog = h.catalog();
    try {
      const undressly = listSites(catalog).find((s) => s.domain === 'undressly.test')!;
      expect(undressly.signals[0]).toMatch(/^nudify: claims to undress people/);
      expect(undressly.signals.join('\n')).toMatch(/uses Stripe checkout/);
      expect(undressly.discoveredBy[0]).toMatchObject({ source: 'link', linkingUrl: expect.stringMatching(/best-undress-apps\.test|ai-tools-hub\.test/) });
      const ids = catalog.db.prepare("SELECT kind, value FROM identifiers WHERE domain = 'undressly.test'").all();
      expect(ids).toEqual(expect.arrayContaining([{ kind: 'stripe-publishable-key', value: 'pk_live_51FixtureUndressly0001' }, { kind: 'google-analytics-4', value: 'G-UNDRS0001' }]));
      const tg = catalog.db.prepare("SELECT value FROM identifiers WHERE domain = 'peelpix.test' AND kind = 'telegram'").all();
      expect(tg).toEqual([{ value: 'peelpix_official_bot' }]);
    } finally {
      catalog.close();
    }
  });

  it('never downloads images: neither over HTTP nor in the browser, whatever their URL looks like', async () => {
    const before = h.world.web.seen.length;
    // shellapp-undress renders by script (browser); both pages carry <img> tags
    const result = await h.crawl(['http://shellapp-undress.test/', 'http://undressly.test/', 'http://pixelpeel.test/'], { maxDepth: 0 });
    const during = h.world.web.seen.slice(before);
    expect(during.filter((s) => /\/img\/|\.png|\.jpe?g|\.webp|\/img\/photo/.test(s.path))).toEqual([]);
    const catalog = h.catalog();
    try {
      const via = catalog.db.prepare('SELECT url, via, label FROM pages WHERE run_id = ? ORDER BY url').all(result.run.id);
      expect(via).toContainEqual({ url: 'http://shellapp-undress.test/', via: 'browser', label: 'nudify' });
      expect(via).toContainEqual({ url: 'http://undressly.test/', via: 'http', label: 'nudify' });
    } finally {
      catalog.close();
    }
    // the script of the app shell was loaded, so the page did render
    expect(during.some((s) => s.host === 'shellapp-undress.test' && s.path === '/static/app.js')).toBe(true);
  });

  it('honours robots.txt and records what it did not fetch', async () => {
    const result = await h.crawl(['http://robots-closed.test/'], { maxDepth: 0 });
    expect(h.world.web.seen.some((s) => s.host === 'robots-closed.test' && s.path === '/')).toBe(false);
    expect(result.failures.map((f) => f.reason)).toContain('not fetched: disallowed by robots.txt');
    const ignoring = await h.crawl(['http://robots-closed.test/'], { maxDepth: 0, respectRobotsTxt: false });
    expect(ignoring.sites).toContainEqual(expect.objectContaining({ domain: 'robots-closed.test', label: 'nudify' }));
    const catalog = h.catalog();
    try {
      expect(catalog.run(ignoring.run.id).config.respectRobotsTxt).toBe(false);
    } finally {
      catalog.close();
    }
  });

  it('records bad pages with their reason and goes on', async () => {
    const result = await h.crawl(
      ['http://pixelpeel.test/huge-declared', 'http://pixelpeel.test/missing', 'http://pixelpeel.test/broken', 'http://pixelpeel.test/loop', 'http://pixelpeel.test/doc.pdf', 'http://pixelpeel.test/slow', 'http://no-such-host.test/', 'http://pixelpeel.test/latin1', 'http://undressly.test/'],
      { maxDepth: 0, navigationTimeoutMs: 2000, crawlMaxPageBytes: 1024 * 1024 },
    );
    const reasons: Record<string, string> = Object.fromEntries(result.failures.map((f) => [f.url ?? '', f.reason]));
    expect(reasons['http://pixelpeel.test/huge-declared']).toMatch(/declares 3145728 bytes, over the 1048576-byte limit/);
    expect(reasons['http://pixelpeel.test/missing']).toMatch(/HTTP 404/);
    expect(reasons['http://pixelpeel.test/broken']).toMatch(/500/);
    expect(reasons['http://pixelpeel.test/loop']).toMatch(/redirect/i);
    expect(reasons['http://pixelpeel.test/doc.pdf']).toMatch(/application\/pdf|content-type|not supported/i);
    expect(reasons['http://pixelpeel.test/slow']).toMatch(/timed? ?out|timeout/i);
    expect(reasons['http://no-such-host.test/']).toMatch(/502|failed|ERR|tunnel|status/i);
    expect(result.sites).toContainEqual(expect.objectContaining({ domain: 'undressly.test', label: 'nudify' }));
    const catalog = h.catalog();
    try {
      const latin = catalog.db.prepare("SELECT title FROM pages WHERE url = 'http://pixelpeel.test/latin1' AND run_id = ?").get(result.run.id) as { title: string };
      expect(latin.title).toBe('Café');
    } finally {
      catalog.close();
    }
  });

  it('stays within the page budget and the per-site budget', async () => {
    const result = await h.crawl(['http://ai-tools-hub.test/nsfw'], { maxDepth: 3, maxPages: 4 });
    expect(result.stats.pages + result.stats.failures).toBeLessThanOrEqual(4);
  });
});
