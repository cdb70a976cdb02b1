// The graph view (bundled with esbuild into /assets/graph.js): sigma.js draws the graphology graph
// that /graph.json serves (positions computed on the server). A click opens the site's page.
import { DirectedGraph } from 'graphology';
import Sigma from 'sigma';

async function draw(container: HTMLElement): Promise<void> {
  const response = await fetch(container.dataset.source ?? '/graph.json', { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (!response.ok) {
    container.textContent = 'The graph could not be loaded.';
    return;
  }
  const graph = new DirectedGraph({ multi: false });
  graph.import((await response.json()) as Parameters<typeof graph.import>[0]);
  let renderer: Sigma;
  try {
    // Sizes in screen pixels: a node stays readable however the positions are scaled.
    renderer = new Sigma(graph, container, { settings: { renderEdgeLabels: false, labelRenderedSizeThreshold: 5, itemSizesReference: 'screen' } });
  } catch {
    // No WebGL here: the page still has the filters, the exports and the operator table.
    container.textContent = 'This browser cannot draw the graph (WebGL is off); the exports above carry the same graph.';
    container.setAttribute('data-rendered', 'no-webgl');
    return;
  }
  renderer.on('clickNode', ({ node }) => {
    if (graph.getNodeAttribute(node, 'site') === true) window.location.assign(`/sites/${encodeURIComponent(node)}`);
  });
  container.setAttribute('data-rendered', String(graph.order));
}

const container = document.getElementById('graph');
if (container) await draw(container);
