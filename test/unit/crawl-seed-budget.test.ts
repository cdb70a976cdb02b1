import { describe, expect, it } from 'vitest';
import { Catalog } from '../../src/catalog/catalog.js';
import { Frontier } from '../../src/discover/frontier.js';
import { NO_BUDGET } from '../../src/discover/seed-refusal.js';
import { policyFor } from '../../src/net/index.js';

describe('seeds and search results the frontier does not fetch', () => {
  it('records an exact reason for each: no page budget left, a skipped platform, a private address; a repeated seed is no failure', () => {
    const catalog = new Catalog(null);
    const run = catalog.startRun('discover', 'budget-test', {});
    const frontier = new Frontier(catalog, run.id, { maxDepth: 1, maxPages: 2, maxPagesPerSite: 5, skipDomains: ['chat-platform.test'] }, policyFor({ allowPrivateNetwork: false, allowPrivateNetworks: [] }));
    const result = (url: string, rank: number) => frontier.seed(url, { source: 'search', engine: 'searxng', query: 'q', rank });
    expect(result('http://one.test/', 1)).toBe(true);
    expect(result('http://one.test/', 2)).toBe(false);
    expect(result('http://chat-platform.test/x', 3)).toBe(false);
    expect(result('http://127.0.0.1/', 4)).toBe(false);
    expect(result('http://two.test/', 5)).toBe(true);
    expect(result('http://three.test/', 6)).toBe(false);
    expect(result('http://four.test/', 7)).toBe(false);
    const failures = catalog.failures(run.id);
    expect(failures.map((f) => [f.url, f.what])).toEqual([
      ['http://chat-platform.test/x', 'seed'],
      ['http://127.0.0.1/', 'seed'],
      ['http://three.test/', NO_BUDGET],
      ['http://four.test/', NO_BUDGET],
    ]);
    expect(failures[0]!.reason).toMatch(/chat-platform\.test is a platform domain/);
    expect(failures[1]!.reason).toMatch(/private or local network/);
    expect(failures[2]!.reason).toBe('not fetched: no page budget left for this search result (all 2 pages of --max-pages were given to earlier ones)');
    catalog.close();
  });
});
