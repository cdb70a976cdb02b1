import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BraveProvider, GoogleProvider, SearxngProvider, retryAfterMs, runSearch } from '../../src/discover/search/index.js';
import { startDiscoveryHarness, type DiscoveryHarness } from '../support/discovery-env.js';

let h: DiscoveryHarness;
beforeAll(async () => {
  h = await startDiscoveryHarness();
});
afterAll(async () => h?.stop());

const o = { timeoutMs: 5000, retries: 2 };

describe('search providers against the test world', () => {
  it('SearXNG, Brave and Google all return ranked results with engine, query and rank, across pages', async () => {
    const s = h.world.search;
    const providers = [new SearxngProvider(s.searxngUrl, o), new BraveProvider(s.braveApiUrl, s.braveApiKey, o), new GoogleProvider(s.googleApiUrl, s.googleApiKey, s.googleCx, o)];
    const { hits, failures } = await runSearch({ providers, queries: ['undress ai', 'deepfake porno'], maxResults: 15, requestsPerSecond: 50 });
    expect(failures).toEqual([]);
    for (const engine of ['searxng', 'brave', 'google']) {
      const mine = hits.filter((x) => x.engine === engine && x.query === 'undress ai');
      expect(mine.length, engine).toBe(15);
      expect(mine.map((x) => x.rank)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
      expect(mine.filter((x) => /undress/.test(x.url)).length, engine).toBeGreaterThan(0);
    }
    // SearXNG needed two pages of 10 for 15 results
    expect(s.requests.filter((r) => r.startsWith('/searxng/search') && r.includes('q=undress+ai')).length).toBe(2);
  });

  it('waits as Retry-After says after a 429, then succeeds', async () => {
    const provider = new SearxngProvider(h.world.search.rateLimitedSearxngUrl, o);
    const t0 = Date.now();
    const { hits, failures } = await runSearch({ providers: [provider], queries: ['nudify app'], maxResults: 5, requestsPerSecond: 50 });
    expect(failures).toEqual([]);
    expect(hits.length).toBe(5);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    expect(retryAfterMs('2', 0)).toBe(2000);
    expect(retryAfterMs(new Date(Date.now() + 3000).toUTCString(), 0)).toBeGreaterThan(1000);
    expect(retryAfterMs(null, 3)).toBe(8000);
  });

  it('records malformed answers, bad keys and empty results as failures or nothing, and goes on', async () => {
    const s = h.world.search;
    const { hits, failures } = await runSearch({
      providers: [new SearxngProvider(s.brokenSearxngUrl, o), new SearxngProvider(s.emptySearxngUrl, o), new BraveProvider(s.braveApiUrl, 'wrong-key', o)],
      queries: ['undress ai'],
      maxResults: 10,
      requestsPerSecond: 50,
    });
    expect(hits).toEqual([]);
    expect(failures.map((f) => f.reason)).toEqual(expect.arrayContaining([expect.stringMatching(/not JSON/), expect.stringMatching(/HTTP 401/)]));
  });
});

describe('an engine that cannot be reached, and a search that is stopped', () => {
  it('a refused connection fails the query once; the other queries of that engine are not asked', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    await new Promise((resolve) => server.close(resolve));
    const { hits, failures, complete } = await runSearch({
      providers: [new SearxngProvider(`http://127.0.0.1:${port}/`, { timeoutMs: 5000, retries: 0 }), new SearxngProvider(h.world.search.searxngUrl, o)],
      queries: ['undress ai', 'nudify app', 'deepfake porno'],
      maxResults: 5,
      requestsPerSecond: 50,
    });
    expect(complete).toBe(true);
    expect(hits.length).toBe(15); // the reachable engine answered every query
    expect(failures.map((f) => f.reason)).toEqual([
      expect.stringMatching(/ECONNREFUSED/),
      expect.stringMatching(/^not searched: the searxng endpoint cannot be reached \(.*ECONNREFUSED/),
      expect.stringMatching(/^not searched: the searxng endpoint cannot be reached/),
    ]);
  });

  it('a stopped search asks nothing more, and records what it cut neither as results nor as failures', async () => {
    const abort = new AbortController();
    const { hits, failures, complete } = await runSearch({
      providers: [new SearxngProvider(h.world.search.searxngUrl, { ...o, signal: abort.signal })],
      queries: ['undress ai', 'nudify app', 'deepfake porno', 'uitkleden ai'],
      maxResults: 5,
      requestsPerSecond: 50,
      signal: abort.signal,
      onHit: () => abort.abort(),
    });
    expect(complete).toBe(false);
    expect(failures).toEqual([]);
    expect(new Set(hits.map((x) => x.query))).toEqual(new Set(['undress ai']));
    expect(hits.length).toBe(5);
  });
});

describe('discover: search, then crawl', () => {
  it('stores how every site was found: engine, query and rank', async () => {
    const { runDiscovery } = await import('../../src/discover/index.js');
    const { listSites } = await import('../../src/catalog/index.js');
    const result = await runDiscovery({ kind: 'discover', options: h.options({ maxDepth: 1, maxPages: 160, searchMaxResults: 10 }), engines: ['searxng'], queries: ['undress ai', 'uitkleden ai'] });
    expect(result.stats.searchHits).toBeGreaterThan(10);
    const catalog = h.catalog();
    try {
      const first = catalog.db.prepare("SELECT query, rank, url FROM search_results WHERE run_id = ? AND query = 'undress ai' ORDER BY rank LIMIT 1").get(result.run.id) as { query: string; rank: number; url: string };
      const site = listSites(catalog).find((s) => first.url.includes(`//${s.domain}/`));
      expect(site?.discoveredBy).toContainEqual(expect.objectContaining({ source: 'search', engine: 'searxng', query: 'undress ai', rank: first.rank }));
      expect(listSites(catalog, 'nudify').length).toBeGreaterThan(5);
      // news and help pages come up in search too, and stay unrelated
      const news = listSites(catalog).find((s) => s.domain === 'dailyledger-news.test');
      if (news) expect(news.label).toBe('unrelated');
    } finally {
      catalog.close();
    }
  });
});
