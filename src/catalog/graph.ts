import { DirectedGraph } from 'graphology';
import { escapeXml } from '../core/html.js';
import { write as writeGexf } from 'graphology-gexf';
import type { Catalog } from './catalog.js';

/** The site graph: one node per registrable domain, one directed edge per linking pair (weight = links). */
export function siteGraph(catalog: Catalog, runId: number | null = null): DirectedGraph {
  const graph = new DirectedGraph({ multi: false, allowSelfLoops: false });
  const sites = catalog.db.prepare('SELECT domain, label, score FROM sites').all() as { domain: string; label: string; score: number }[];
  for (const s of sites) graph.mergeNode(s.domain, { label: s.domain, category: s.label, score: s.score });
  const links = (runId === null
    ? catalog.db.prepare('SELECT from_domain, to_domain, kind, COUNT(*) AS n FROM links GROUP BY from_domain, to_domain, kind').all()
    : catalog.db.prepare('SELECT from_domain, to_domain, kind, COUNT(*) AS n FROM links WHERE run_id = ? GROUP BY from_domain, to_domain, kind').all(runId)) as { from_domain: string; to_domain: string; kind: string; n: number }[];
  for (const l of links) {
    if (l.from_domain === l.to_domain) continue;
    for (const d of [l.from_domain, l.to_domain]) if (!graph.hasNode(d)) graph.mergeNode(d, { label: d, category: 'unvisited', score: 0 });
    const key = `${l.from_domain}->${l.to_domain}`;
    if (graph.hasEdge(key)) graph.updateEdgeAttribute(key, 'weight', (w: number | undefined) => (w ?? 0) + l.n);
    else graph.addDirectedEdgeWithKey(key, l.from_domain, l.to_domain, { weight: l.n, kind: l.kind });
  }
  return graph;
}

export function toGexf(graph: DirectedGraph): string {
  return writeGexf(graph, {
    formatNode: (key, attrs: Record<string, unknown>) => ({ label: typeof attrs.label === 'string' ? attrs.label : key, attributes: { category: String(attrs.category as string), score: Number(attrs.score) } }),
    formatEdge: (_key, attrs: Record<string, unknown>) => ({ weight: Number(attrs.weight), attributes: { kind: String(attrs.kind as string) } }),
  });
}

const xml = escapeXml;

/** GraphML 1.0 (graphology-graphml reads but does not write it). */
export function toGraphml(graph: DirectedGraph): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="category" for="node" attr.name="category" attr.type="string"/>',
    '  <key id="score" for="node" attr.name="score" attr.type="double"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="kind" for="edge" attr.name="kind" attr.type="string"/>',
    '  <graph id="dijkwacht" edgedefault="directed">',
  ];
  graph.forEachNode((key, a) => {
    out.push(`    <node id="${xml(key)}"><data key="label">${xml(a.label ?? key)}</data><data key="category">${xml(a.category)}</data><data key="score">${xml(a.score ?? 0)}</data></node>`);
  });
  graph.forEachEdge((key, a, source, target) => {
    out.push(`    <edge id="${xml(key)}" source="${xml(source)}" target="${xml(target)}"><data key="weight">${xml(a.weight ?? 1)}</data><data key="kind">${xml(a.kind ?? 'link')}</data></edge>`);
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
