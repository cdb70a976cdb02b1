import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteReviewRepository, listSites, reviewSite } from '../../src/catalog/index.js';
import { classifyParts, pageParts, loadModel } from '../../src/classify/index.js';
import { judge } from '../../src/classify/judge.js';
import { renderedHtml } from '../support/site-eval.js';
import { startDiscoveryHarness, type DiscoveryHarness } from '../support/discovery-env.js';
import { corpusSites, corpusUrl, splitOf, type CorpusSite } from '../world/index.js';

let h: DiscoveryHarness;
beforeAll(async () => {
  h = await startDiscoveryHarness();
});
afterAll(async () => h?.stop());

const evidenceOf = (site: CorpusSite, page: CorpusSite['pages'][number]) => classifyParts(pageParts(corpusUrl({ host: site.host, path: page.path }), renderedHtml(site, page)), { model: loadModel() }).evidence;

/** Training-split services whose home page alone does not read as a service, but the whole site does. */
const claimOffHome = corpusSites.filter((s) => {
  if (splitOf(s) !== 'train' || s.author === 'legacy' || (s.label !== 'nudify' && s.label !== 'deepfake') || s.pages[0]?.jsOnly) return false;
  const home = judge([evidenceOf(s, s.pages[0]!)]);
  return home.label === 'unrelated' && judge(s.pages.map((p) => evidenceOf(s, p))).label === s.label;
});

describe('the fetch plan judges a site on its role pages', () => {
  it('finds the claim on a role page when the home page reads as an ordinary studio', async () => {
    expect(claimOffHome.length).toBeGreaterThanOrEqual(2);
    const sites = claimOffHome.slice(0, 3);
    const result = await h.crawl(sites.map((s) => corpusUrl({ host: s.host, path: '/' })), { maxDepth: 0 });
    const catalog = h.catalog();
    try {
      for (const site of sites) {
        const listed = listSites(catalog).find((s) => s.domain === site.host);
        expect(listed?.label, site.host).toBe(site.label);
        // the reasons name the page each piece of evidence came from
        expect(listed?.signals.join('\n'), site.host).toMatch(/\(\/[^)]+\)/);
        const read = catalog.db.prepare('SELECT url FROM pages WHERE run_id = ? AND domain = ? AND error IS NULL').all(result.run.id, site.host) as { url: string }[];
        expect(read.length, site.host).toBeGreaterThan(1);
        // one fetch per page: tracking parameters are dropped when scheduling
        expect(read.filter((r) => /[?&](?:ref|aff|utm_[a-z]+)=/.test(r.url))).toEqual([]);
      }
    } finally {
      catalog.close();
    }
  });

  it('reads no role pages of a site that shows no weak signal', async () => {
    const plain = corpusSites.find((s) => s.author !== 'legacy' && splitOf(s) === 'train' && s.label === 'unrelated' && s.pages.length >= 3 && !s.pages[0]?.jsOnly && evidenceOf(s, s.pages[0]!).items.length === 0);
    expect(plain, 'a training site without any evidence on its home page').toBeDefined();
    const result = await h.crawl([corpusUrl({ host: plain!.host, path: '/' })], { maxDepth: 0 });
    const catalog = h.catalog();
    try {
      expect((catalog.db.prepare('SELECT COUNT(*) AS n FROM pages WHERE run_id = ?').get(result.run.id) as { n: number }).n).toBe(1);
    } finally {
      catalog.close();
    }
  });

  it('analysts\' verdicts become training records with their pages\' text, and review lists marked sites first', async () => {
    const site = claimOffHome[0]!;
    await h.crawl([corpusUrl({ host: site.host, path: '/' })], { maxDepth: 0 });
    const catalog = h.catalog();
    try {
      const repo = new SqliteReviewRepository(catalog);
      const pending = await repo.pending({ all: true });
      const firstUnmarked = pending.findIndex((p) => !p.needsReview);
      expect(pending.slice(firstUnmarked < 0 ? pending.length : firstUnmarked).every((p) => !p.needsReview)).toBe(true);
      reviewSite(catalog, { domain: `https://www.${site.host}/pricing`, verdict: 'override', label: 'unrelated', reviewer: 'Analyst', note: 'test' });
      const records = [];
      for await (const r of repo.trainingRecords()) records.push(r);
      const mine = records.find((r) => r.domain === site.host);
      expect(mine).toMatchObject({ label: 'unrelated', verdict: 'overridden', source: 'review' });
      expect(mine!.pages.length).toBeGreaterThan(0);
      expect(mine!.pages.every((p) => p.text.length > 0 && !/<img|\.png/.test(p.text))).toBe(true);
    } finally {
      catalog.close();
    }
  });
});
