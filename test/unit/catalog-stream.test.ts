import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog, SqliteSiteGraphRepository, SqliteSitesRepository, siteGraph, writeGraph, type GraphFormat } from '../../src/catalog/index.js';
import { domainOf, synthesiseCatalog } from '../../scripts/bench/synth-catalog.js';

let dir: string;
let catalog: Catalog;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dw-catalog-stream-'));
  synthesiseCatalog(dir, { sites: 120, pagesPerSite: 3, linksPerPage: 2 });
  catalog = new Catalog(dir);
  // A link to a domain never crawled, one redirect-only pair and one pair linked twice (in two kinds).
  const add = catalog.db.prepare("INSERT INTO links (run_id, from_url, to_url, from_domain, to_domain, kind) VALUES (2, ?, ?, ?, ?, ?)");
  add.run('http://site-00001.test/p0', 'http://elsewhere.test/', 'site-00001.test', 'elsewhere.test', 'link');
  add.run('http://site-00002.test/p0', 'http://moved-&-co.test/', 'site-00002.test', 'moved-&-co.test', 'redirect');
  add.run('http://site-00003.test/x', 'http://site-00010.test/y', 'site-00003.test', 'site-00010.test', 'redirect');
});
afterAll(async () => {
  catalog?.close();
  await rm(dir, { recursive: true, force: true });
});

async function streamed(format: GraphFormat, runId: number | null = null): Promise<{ text: string; counts: { nodes: number; edges: number } }> {
  const file = join(dir, `g-${format}-${runId ?? 'all'}.xml`);
  const out = createWriteStream(file);
  const counts = await writeGraph(new SqliteSiteGraphRepository(catalog), runId, format, out);
  out.end();
  await finished(out);
  return { text: await readFile(file, 'utf8'), counts };
}

describe('graph streamed from the catalog', () => {
  it('writes GEXF and GraphML that graphology reads back as the in-memory site graph', async () => {
    const expected = siteGraph(catalog);
    for (const format of ['gexf', 'graphml'] as const) {
      const { text, counts } = await streamed(format);
      const read = format === 'gexf' ? parseGexf(DirectedGraph, text) : parseGraphml(DirectedGraph, new DOMParser().parseFromString(text, 'text/xml'));
      expect(counts).toEqual({ nodes: expected.order, edges: expected.size });
      expect(read.order).toBe(expected.order);
      expect(read.size).toBe(expected.size);
      expect(read.getNodeAttribute('elsewhere.test', 'category')).toBe('unvisited');
      expect(read.hasNode('moved-&-co.test')).toBe(true);
      expect(read.getNodeAttribute(domainOf(4), 'category')).toBe(expected.getNodeAttribute(domainOf(4), 'category'));
      expected.forEachEdge((key, attrs, source, target) => {
        const edge = read.edge(source, target);
        expect(edge, key).toBeDefined();
        expect(Number(read.getEdgeAttribute(edge!, 'weight'))).toBe(attrs.weight);
      });
    }
  });

  it('names a pair "link" when any of its links is one, and keeps one run apart', async () => {
    const { text } = await streamed('gexf', 1);
    expect(text).not.toContain('elsewhere.test');
    const all = parseGexf(DirectedGraph, (await streamed('gexf')).text);
    expect(all.getEdgeAttribute(all.edge('site-00002.test', 'moved-&-co.test')!, 'kind')).toBe('redirect');
  });
});

describe('sites listing, one site at a time', () => {
  const domains = async (filter: Parameters<SqliteSitesRepository['listing']>[0]): Promise<string[]> => {
    const out: string[] = [];
    for await (const s of new SqliteSitesRepository(catalog).listing(filter)) out.push(s.domain);
    return out;
  };

  it('filters by label, language, hosting country, network, run, since and review status', async () => {
    // The synthetic catalog: label i % 4, language nl when i % 3 == 0, country NL when i % 4 == 0, network i % 20, run 1 lacks i % 5 == 0.
    const all = await domains({});
    expect(all).toHaveLength(120);
    expect(await domains({ label: 'nudify', lang: 'nl' })).toEqual(all.filter((_, i) => i % 4 === 0 && i % 3 === 0));
    expect(await domains({ country: 'nl' })).toEqual(all.filter((_, i) => i % 4 === 0));
    expect(await domains({ network: 'AS64503' })).toEqual(all.filter((_, i) => i % 20 === 3));
    expect(await domains({ network: 'synth-net-7', country: 'DE' })).toEqual([]);
    expect(await domains({ network: 'Synthetic Hosting 5', country: 'DE' })).toEqual(all.filter((_, i) => i % 20 === 5));
    expect(await domains({ runId: 1 })).toEqual(all.filter((_, i) => i % 5 !== 0));
    expect(await domains({ since: '2026-03-02T00:00:00.000Z' })).toEqual([]);
    catalog.db.prepare("UPDATE sites SET review_status = 'confirmed' WHERE domain = ?").run(domainOf(7));
    catalog.db.prepare('UPDATE sites SET needs_review = 1 WHERE domain = ?').run(domainOf(8));
    expect(await domains({ review: 'confirmed' })).toEqual([domainOf(7)]);
    expect(await domains({ review: 'needs-review' })).toEqual([domainOf(8)]);
    expect(await domains({ review: 'pending' })).toHaveLength(119);
  });
});
