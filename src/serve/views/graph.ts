import type { Hono } from 'hono';
import { DirectedGraph } from 'graphology';
import { LABELS } from '../../classify/index.js';
import { siteGraph, toGexf, toGraphml } from '../../catalog/index.js';
import { cached } from '../cache.js';
import { operatorClusters } from '../clusters.js';
import type { OperatorCluster } from '../../operators/index.js';
import type { Ctx, Env, Workspace } from '../context.js';
import { html, page, table } from '../html.js';

const CATEGORIES = [...LABELS, 'unvisited'] as const;
const COLOURS: Record<string, string> = { nudify: '#d55e00', deepfake: '#cc79a7', directory: '#0072b2', unrelated: '#999999', unvisited: '#cccccc' };
const CLUSTERS_SHOWN = 50;

interface GraphFilter {
  categories: Set<string>;
  /** Draw operator clusters (shared identifiers, redirects, addresses) as edges. */
  operators: boolean;
  minWeight: number;
  q: string | null;
}

function filterOf(c: Ctx): GraphFilter {
  const chosen = c.req.queries('category')?.filter((x) => (CATEGORIES as readonly string[]).includes(x)) ?? [];
  const min = Number(c.req.query('min') ?? '1');
  return { categories: new Set(chosen.length > 0 ? chosen : ['nudify', 'deepfake', 'directory']), operators: c.req.query('operators') !== '0', minWeight: Number.isFinite(min) && min >= 1 ? Math.floor(min) : 1, q: (c.req.query('q') ?? '').trim().toLowerCase().slice(0, 100) || null };
}

const queryOf = (f: GraphFilter): string => {
  const q = new URLSearchParams();
  for (const cat of f.categories) q.append('category', cat);
  if (f.minWeight > 1) q.set('min', String(f.minWeight));
  if (!f.operators) q.set('operators', '0');
  if (f.q) q.set('q', f.q);
  const s = q.toString();
  return s ? `?${s}` : '';
};

/**
 * The site graph (src/catalog/graph.ts) cut to the chosen labels, links of at least `minWeight`
 * and, with a search, the matching sites and their neighbours; laid out on a spiral by category
 * and degree (deterministic, so two exports of one catalog match).
 */
export async function filteredGraph(ws: Workspace, f: GraphFilter): Promise<DirectedGraph> {
  return cached(ws, `graph${queryOf(f)}`, async () => cutGraph(await cached(ws, 'site-graph', () => siteGraph(ws.catalog)), (await operatorClusters(ws)).clusters, f));
}

/** The chosen part of the site graph, plus one "operator" edge from each cluster's first site to each other member. */
function cutGraph(full: DirectedGraph, clusters: OperatorCluster[], f: GraphFilter): DirectedGraph {
  const graph = new DirectedGraph({ multi: false, allowSelfLoops: false });
  full.forEachNode((node, a: { category?: string }) => {
    if (f.categories.has(a.category ?? 'unvisited')) graph.addNode(node, { ...a });
  });
  full.forEachEdge((key, a: { weight?: number }, source, target) => {
    if ((a.weight ?? 1) >= f.minWeight && graph.hasNode(source) && graph.hasNode(target)) graph.addDirectedEdgeWithKey(key, source, target, { ...a });
  });
  if (f.operators) {
    for (const cl of clusters) {
      const [head, ...rest] = cl.domains.map((d) => d.domain).filter((d) => graph.hasNode(d));
      const kinds = [...new Set(cl.evidence.map((e) => e.kind))].join(', ');
      for (const other of head ? rest : []) {
        const key = `operator:${head}->${other}`;
        if (!graph.hasEdge(head, other)) graph.addDirectedEdgeWithKey(key, head!, other, { weight: 1, kind: 'operator', evidence: kinds });
      }
    }
  }
  if (f.q) {
    const keep = new Set<string>();
    graph.forEachNode((node) => {
      if (node.includes(f.q!)) {
        keep.add(node);
        for (const n of graph.neighbors(node)) keep.add(n);
      }
    });
    for (const node of graph.nodes()) if (!keep.has(node)) graph.dropNode(node);
  }
  const nodes = graph.nodes().sort((x, y) => String(graph.getNodeAttribute(x, 'category')).localeCompare(String(graph.getNodeAttribute(y, 'category'))) || graph.degree(y) - graph.degree(x) || x.localeCompare(y));
  const golden = Math.PI * (3 - Math.sqrt(5));
  nodes.forEach((node, i) => {
    const r = Math.sqrt(i + 1);
    const category = String(graph.getNodeAttribute(node, 'category'));
    graph.mergeNodeAttributes(node, { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden), size: 6 + Math.min(10, Math.sqrt(graph.degree(node)) * 2), color: COLOURS[category] ?? '#666666', site: category !== 'unvisited' });
  });
  graph.forEachEdge((key, a: { weight?: number; kind?: string }) => graph.mergeEdgeAttributes(key, { size: a.kind === 'operator' ? 2 : Math.min(6, 1 + Math.log2(a.weight ?? 1)), color: a.kind === 'operator' ? '#e69f00' : '#9aa5b1' }));
  return graph;
}

/** GET /graph (sigma.js view + operator clusters), /graph.json, /graph.gexf, /graph.graphml: all with the same filters. */
export function registerGraph(app: Hono<Env>, ws: Workspace): void {
  app.get('/graph', async (c) => {
    const f = filterOf(c);
    const graph = await filteredGraph(ws, f);
    const qs = queryOf(f);
    const boxes = CATEGORIES.map((cat) => html`<label><span><input type="checkbox" name="category" value="${cat}"${f.categories.has(cat) ? html` checked` : ''}> ${cat}</span></label>`);
    const { clusters } = await operatorClusters(ws);
    const shown = clusters.filter((cl) => (!f.q || cl.domains.some((d) => d.domain.includes(f.q!))) && cl.domains.some((d) => f.categories.has(d.label ?? 'unvisited'))).slice(0, CLUSTERS_SHOWN);
    const body = html`<form class="filters" method="get" action="/graph" role="search"><fieldset><legend>Labels</legend>${boxes}</fieldset>
<label>Operator links <select name="operators"><option value="1"${f.operators ? html` selected` : ''}>shown</option><option value="0"${f.operators ? '' : html` selected`}>hidden</option></select></label>
<label>Links at least <input type="number" name="min" min="1" value="${f.minWeight}"></label><label>Domain contains <input name="q" value="${f.q ?? ''}"></label><button type="submit">Filter</button></form>
<p>${graph.order} site(s), ${graph.size} link(s) (grey: links between sites; orange: the same operator). Export: <a href="/graph.gexf${qs}" download>GEXF (Gephi)</a> · <a href="/graph.graphml${qs}" download>GraphML</a> · <a href="/graph.json${qs}">JSON (graphology)</a>. Click a site to open its page.</p>
<div id="graph" data-source="/graph.json${qs}" role="img" aria-label="${`Site graph: ${graph.order} sites and ${graph.size} links`}"></div>
<h2>Operator clusters</h2>${shown.length === 0 ? html`<p class="muted">No sites share strong identifiers, redirects or addresses.</p>` : table(['cluster', 'sites', 'shared evidence'], shown.map((cl) => [cl.id, html`${cl.domains.map((d, i) => html`${i > 0 ? ', ' : ''}<a href="/sites/${encodeURIComponent(d.domain)}">${d.domain}</a> <span class="muted">${d.label ?? ''}</span>`)}`, cl.evidence.map((e) => `${e.kind} ${e.value.slice(0, 60)}`).join('; ')]))}`;
    return c.html(page({ title: 'Graph', path: '/graph', reviewer: c.get('reviewer'), csrf: c.get('csrf'), body, scripts: ['/assets/graph.js'] }));
  });
  app.get('/graph.json', async (c) => c.json((await filteredGraph(ws, filterOf(c))).export()));
  app.get('/graph.gexf', async (c) => c.body(toGexf(await filteredGraph(ws, filterOf(c))), 200, { 'Content-Type': 'application/gexf+xml; charset=utf-8', 'Content-Disposition': 'attachment; filename="dijkwacht-graph.gexf"' }));
  app.get('/graph.graphml', async (c) => c.body(toGraphml(await filteredGraph(ws, filterOf(c))), 200, { 'Content-Type': 'application/graphml+xml; charset=utf-8', 'Content-Disposition': 'attachment; filename="dijkwacht-graph.graphml"' }));
}
