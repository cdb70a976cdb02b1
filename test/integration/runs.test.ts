import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffRuns, labelHistory, listSites, reviewSite, siteGraph, toGexf, toGraphml } from '../../src/catalog/index.js';
import { runDiscovery } from '../../src/discover/index.js';
import { startDiscoveryHarness, type DiscoveryHarness } from '../support/discovery-env.js';

let h: DiscoveryHarness;
beforeAll(async () => {
  h = await startDiscoveryHarness();
});
afterAll(async () => h?.stop());

const SEEDS = ['http://best-undress-apps.test/', 'http://ai-tools-hub.test/nsfw', 'http://deepnude-alternatives.test/'];

describe('runs over time', () => {
  it('a killed run resumes without losing or duplicating sites', async () => {
    const full = await h.crawl(SEEDS, { maxDepth: 1, maxPages: 40, crawlConcurrency: 1 });
    const abort = new AbortController();
    const partial = await runDiscovery({
      kind: 'crawl',
      options: h.options({ maxDepth: 1, maxPages: 40, crawlConcurrency: 1 }),
      seeds: SEEDS,
      signal: abort.signal,
      // Progress is reported at the first page and then at most every 200 ms, so the first report is
      // the one that certainly comes before the crawl ends, however fast the machine.
      onProgress: (p) => {
        if (p.done >= 1) abort.abort();
      },
    });
    expect(partial.run.status).toBe('interrupted');
    expect(partial.stats.pages).toBeLessThan(full.stats.pages);
    const resumed = await runDiscovery({ kind: 'crawl', options: h.options({ maxDepth: 1, maxPages: 40, crawlConcurrency: 1 }), resume: 'latest' });
    expect(resumed.run.name).toBe(partial.run.name);
    expect(resumed.run.status).toBe('done');
    const domains = (r: typeof full) => r.sites.map((s) => `${s.domain}:${s.label}`).sort();
    expect(domains(resumed)).toEqual(domains(full));
    const catalog = h.catalog();
    try {
      const dupes = catalog.db.prepare('SELECT url, COUNT(*) n FROM pages WHERE run_id = ? GROUP BY url HAVING n > 1').all(resumed.run.id);
      expect(dupes).toEqual([]);
    } finally {
      catalog.close();
    }
  });

  it('a finished run continues with more page budget from the URLs the budget stopped, fetching nothing twice', async () => {
    const first = await h.crawl(SEEDS, { maxDepth: 1, maxPages: 6, crawlConcurrency: 1 });
    expect(first.run.status).toBe('done');
    expect(first.stats.waitingForBudget).toBeGreaterThan(0);
    const sameBudget = runDiscovery({ kind: 'crawl', options: h.options({ maxDepth: 1, maxPages: 6 }), resume: first.run.name });
    await expect(sameBudget).rejects.toThrow(/--max-pages larger than \d+/);
    const more = await runDiscovery({ kind: 'crawl', options: h.options({ maxDepth: 1, maxPages: 40, crawlConcurrency: 1 }), resume: first.run.name });
    expect(more.run.name).toBe(first.run.name);
    expect(more.run.status).toBe('done');
    expect(more.stats.pages).toBeGreaterThan(0);
    expect(more.stats.pagesInRun).toBe(first.stats.pagesInRun + more.stats.pages);
    expect(more.stats.waitingForBudget).toBeLessThan(first.stats.waitingForBudget);
    expect(more.sites.length).toBeGreaterThan(first.sites.length);
    expect(more.run.config.limits).toMatchObject({ maxPages: 40 });
    const catalog = h.catalog();
    try {
      const dupes = catalog.db.prepare('SELECT url, COUNT(*) n FROM pages WHERE run_id = ? GROUP BY url HAVING n > 1').all(more.run.id);
      expect(dupes).toEqual([]);
    } finally {
      catalog.close();
    }
  });

  it('runs diff shows new sites, sites gone offline, and a domain that moved', async () => {
    const first = await h.crawl(['http://best-undress-apps.test/'], { maxDepth: 1 });
    h.world.web.setHostState('xrayvision-app.test', { offline: true });
    h.world.web.setHostState('peelpix.test', { redirectTo: 'https://clothoff-mirror.test' });
    try {
      const second = await h.crawl(['http://best-undress-apps.test/', 'http://beste-uitkleed-apps.test/'], { maxDepth: 1 });
      const catalog = h.catalog();
      try {
        const d = diffRuns(catalog, first.run.name, second.run.name);
        expect(d.goneOffline).toContainEqual(expect.objectContaining({ domain: 'xrayvision-app.test', label: 'nudify' }));
        expect(d.newSites.map((s) => s.domain)).toEqual(expect.arrayContaining(['beste-uitkleed-apps.test', 'uitkleden-ai.test', 'naaktmaker.test']));
        expect(d.moves).toContainEqual({ from: 'peelpix.test', to: 'clothoff-mirror.test', evidence: 'peelpix.test redirects to clothoff-mirror.test' });
      } finally {
        catalog.close();
      }
    } finally {
      h.world.web.setHostState('xrayvision-app.test', null);
      h.world.web.setHostState('peelpix.test', null);
    }
  });

  it('a human verdict wins over the classifier, survives the next run, and is kept in the history', async () => {
    await h.crawl(['http://best-undress-apps.test/'], { maxDepth: 0 });
    let catalog = h.catalog();
    try {
      expect(() => reviewSite(catalog, { domain: 'best-undress-apps.test', verdict: 'override', label: 'nudify', reviewer: '', note: null })).toThrow(/reviewer/);
      const site = reviewSite(catalog, { domain: 'best-undress-apps.test', verdict: 'override', label: 'nudify', reviewer: 'A. Analyst', note: 'sells its own credits too' });
      expect(site).toMatchObject({ label: 'nudify', labelSource: 'human', reviewStatus: 'overridden' });
    } finally {
      catalog.close();
    }
    await h.crawl(['http://best-undress-apps.test/'], { maxDepth: 0 });
    catalog = h.catalog();
    try {
      expect(listSites(catalog).find((s) => s.domain === 'best-undress-apps.test')?.label).toBe('nudify');
      const history = labelHistory(catalog, 'best-undress-apps.test');
      expect(history.map((x) => x.source)).toEqual(expect.arrayContaining(['classifier', 'human']));
      expect(history.find((x) => x.source === 'human')).toMatchObject({ reviewer: 'A. Analyst', note: 'sells its own credits too', label: 'nudify' });
      expect(history.at(-1)).toMatchObject({ source: 'classifier', label: 'directory', note: 'human verdict kept' });
    } finally {
      catalog.close();
    }
  });

  it('exports the site graph as GEXF and GraphML that graphology reads back', async () => {
    const catalog = h.catalog();
    try {
      const graph = siteGraph(catalog);
      expect(graph.hasEdge('best-undress-apps.test->undressly.test')).toBe(true);
      const gexfFile = join(h.dataDir, 'g.gexf');
      const graphmlFile = join(h.dataDir, 'g.graphml');
      await writeFile(gexfFile, toGexf(graph));
      await writeFile(graphmlFile, toGraphml(graph));
      const fromGexf = parseGexf(DirectedGraph, await readFile(gexfFile, 'utf8'));
      const fromGraphml = parseGraphml(DirectedGraph, new DOMParser().parseFromString(await readFile(graphmlFile, 'utf8'), 'text/xml'));
      for (const g of [fromGexf, fromGraphml]) {
        expect(g.order).toBe(graph.order);
        expect(g.size).toBe(graph.size);
        expect(g.getNodeAttribute('undressly.test', 'category')).toBe('nudify');
      }
    } finally {
      catalog.close();
    }
  });
});
