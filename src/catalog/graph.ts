import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { DirectedGraph } from 'graphology';
import { escapeXml } from '../core/html.js';
import type { Catalog } from './catalog.js';
import type { GraphEdge, GraphNode, SiteGraphRepository } from './repositories/sites-graph.js';

/** The site graph in memory (the workspace draws it): one node per registrable domain, one directed edge per linking pair (weight = links). */
export function siteGraph(catalog: Catalog, runId: number | null = null): DirectedGraph {
  const graph = new DirectedGraph({ multi: false, allowSelfLoops: false });
  for (const s of catalog.db.prepare('SELECT domain, label, score FROM sites').iterate() as Iterable<{ domain: string; label: string; score: number }>) {
    graph.mergeNode(s.domain, { label: s.domain, category: s.label, score: s.score });
  }
  const links = (runId === null
    ? catalog.db.prepare('SELECT from_domain, to_domain, kind, COUNT(*) AS n FROM links GROUP BY from_domain, to_domain, kind').iterate()
    : catalog.db.prepare('SELECT from_domain, to_domain, kind, COUNT(*) AS n FROM links WHERE run_id = ? GROUP BY from_domain, to_domain, kind').iterate(runId)) as Iterable<{ from_domain: string; to_domain: string; kind: string; n: number }>;
  for (const l of links) {
    if (l.from_domain === l.to_domain) continue;
    for (const d of [l.from_domain, l.to_domain]) if (!graph.hasNode(d)) graph.addNode(d, { label: d, category: 'unvisited', score: 0 });
    const key = `${l.from_domain}->${l.to_domain}`;
    if (graph.hasEdge(key)) graph.updateEdgeAttribute(key, 'weight', (w: number | undefined) => (w ?? 0) + l.n);
    else graph.addDirectedEdgeWithKey(key, l.from_domain, l.to_domain, { weight: l.n, kind: l.kind });
  }
  return graph;
}

export type GraphFormat = 'gexf' | 'graphml';

// Most names need no escaping: test first, escape only when a special character is there.
const xml = (s: string): string => (/[&<>"]/.test(s) ? escapeXml(s) : s);
const num = (v: unknown, fallback: number): string => {
  const n = Number(v ?? fallback);
  return Number.isFinite(n) ? String(n) : String(fallback);
};

/** The parts of one file format: lines before the nodes, one line per node, between, one per edge, after. */
interface GraphWriter {
  head: string[];
  node: (n: GraphNode) => string;
  between: string[];
  edge: (e: GraphEdge) => string;
  tail: string[];
}

/** GEXF 1.2, the layout graphology-gexf reads back and Gephi opens. */
const GEXF: GraphWriter = {
  head: [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft">',
    '  <meta/>',
    '  <graph defaultedgetype="directed">',
    '    <attributes class="node">',
    '      <attribute id="category" title="category" type="string"/>',
    '      <attribute id="score" title="score" type="double"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="kind" title="kind" type="string"/>',
    '    </attributes>',
    '    <nodes>',
  ],
  node: (n) => `      <node id="${xml(n.id)}" label="${xml(n.label)}"><attvalues><attvalue for="category" value="${xml(n.category)}"/><attvalue for="score" value="${num(n.score, 0)}"/></attvalues></node>`,
  between: ['    </nodes>', '    <edges>'],
  edge: (e) => {
    const [source, target] = [xml(e.source), xml(e.target)];
    return `      <edge id="${source}-&gt;${target}" source="${source}" target="${target}" weight="${num(e.weight, 1)}"><attvalues><attvalue for="kind" value="${xml(e.kind)}"/></attvalues></edge>`;
  },
  tail: ['    </edges>', '  </graph>', '</gexf>'],
};

/** GraphML 1.0 (graphology-graphml reads but does not write it). */
const GRAPHML: GraphWriter = {
  head: [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="category" for="node" attr.name="category" attr.type="string"/>',
    '  <key id="score" for="node" attr.name="score" attr.type="double"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="kind" for="edge" attr.name="kind" attr.type="string"/>',
    '  <graph id="dijkwacht" edgedefault="directed">',
  ],
  node: (n) => `    <node id="${xml(n.id)}"><data key="label">${xml(n.label)}</data><data key="category">${xml(n.category)}</data><data key="score">${num(n.score, 0)}</data></node>`,
  between: [],
  edge: (e) => {
    const [source, target] = [xml(e.source), xml(e.target)];
    return `    <edge id="${source}-&gt;${target}" source="${source}" target="${target}"><data key="weight">${num(e.weight, 1)}</data><data key="kind">${xml(e.kind)}</data></edge>`;
  },
  tail: ['  </graph>', '</graphml>'],
};

const WRITERS: Record<GraphFormat, GraphWriter> = { gexf: GEXF, graphml: GRAPHML };

function nodesOf(graph: DirectedGraph): GraphNode[] {
  return graph.mapNodes((id, a) => ({ id, label: typeof a.label === 'string' ? a.label : id, category: typeof a.category === 'string' ? a.category : 'unvisited', score: Number(a.score ?? 0) }));
}

function edgesOf(graph: DirectedGraph): GraphEdge[] {
  return graph.mapEdges((_key, a, source, target) => ({ source, target, weight: Number(a.weight ?? 1), kind: typeof a.kind === 'string' ? a.kind : 'link' }));
}

function toText(graph: DirectedGraph, w: GraphWriter): string {
  return `${[...w.head, ...nodesOf(graph).map(w.node), ...w.between, ...edgesOf(graph).map(w.edge), ...w.tail].join('\n')}\n`;
}

export function toGexf(graph: DirectedGraph): string {
  return toText(graph, GEXF);
}

export function toGraphml(graph: DirectedGraph): string {
  return toText(graph, GRAPHML);
}

/**
 * Streams the site graph from the catalog into `out`, row by row, with back-pressure: neither the
 * graph nor the file is ever held whole. Returns how many nodes and edges were written.
 */
export async function writeGraph(repo: SiteGraphRepository, runId: number | null, format: GraphFormat, out: Writable): Promise<{ nodes: number; edges: number }> {
  const w = WRITERS[format];
  const counted = { nodes: 0, edges: 0 };
  async function* lines(): AsyncIterable<string> {
    yield* w.head;
    for await (const n of repo.nodes(runId)) {
      counted.nodes++;
      yield w.node(n);
    }
    yield* w.between;
    for await (const e of repo.edges(runId)) {
      counted.edges++;
      yield w.edge(e);
    }
    yield* w.tail;
  }
  await writeChunked(lines(), out);
  return counted;
}

/** Lines joined into ~64 KiB chunks, written with back-pressure. */
export async function writeChunked(lines: AsyncIterable<string> | Iterable<string>, out: Writable): Promise<void> {
  let chunk = '';
  for await (const line of lines) {
    chunk += `${line}\n`;
    if (chunk.length >= 65_536) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  if (chunk) out.write(chunk);
}
