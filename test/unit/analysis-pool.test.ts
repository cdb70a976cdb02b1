import { describe, expect, it } from 'vitest';
import { analysePage } from '../../src/discover/analysis/analyse-page.js';
import { startAnalysisPool } from '../../src/discover/analysis/pool.js';

const PAGE = `<!doctype html><html lang="en"><head><title>Photo studio</title><link rel="icon" href="/fav.ico"></head><body>
<h1>An ordinary photo studio</h1><p>${'We retouch portraits, restore old photographs and change backgrounds for shops and families. '.repeat(6)}</p>
<a href="https://t.me/studio_fixture_bot">Our bot</a><a href="https://other-site.test/">Partner</a></body></html>`;

describe('the analysis pool (pages read off the crawl thread)', () => {
  it('a thread reads a page exactly as the crawl thread would: label, evidence, language, identifiers, links', async () => {
    const pool = startAnalysisPool(1);
    try {
      expect(pool.threads).toBe(1);
      const task = { url: 'http://studio.test/', html: PAGE, rendered: false };
      const [inThread, threaded] = [analysePage(task), await pool.analyse(task)];
      const { ms: _a, ...expected } = inThread;
      const { ms: _b, ...got } = threaded;
      expect(got).toEqual(expected);
      expect(got.lang).toBe('en');
      expect(got.parts.externalLinks.map((l) => l.domain)).toContain('other-site.test');
      expect(got.identifiers.map((i) => i.value)).toContain('http://studio.test/fav.ico');
    } finally {
      await pool.close();
    }
  });

  it('bad input gets an analysis, not a crash, and the pool keeps reading', async () => {
    const pool = startAnalysisPool(1);
    try {
      const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)).toString('latin1');
      const results = await Promise.all(['', binary, '<html><body><div><p>unclosed'.repeat(200)].map((html, i) => pool.analyse({ url: `http://bad-${i}.test/`, html, rendered: false })));
      expect(results.map((r) => r.classification.label)).toEqual(['unrelated', 'unrelated', 'unrelated']);
    } finally {
      await pool.close();
    }
  });

  it('with no threads the crawl thread reads the pages itself', async () => {
    const pool = startAnalysisPool(0);
    expect(pool.threads).toBe(0);
    expect((await pool.analyse({ url: 'http://studio.test/', html: PAGE, rendered: false })).classification.label).toBe('unrelated');
    await pool.close();
  });
});
