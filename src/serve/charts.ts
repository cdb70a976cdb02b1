import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { html, table, trusted, type SafeHtml } from './html.js';

/** One bar of a chart. */
export interface Bar {
  key: string;
  count: number;
  /** For stacked and grouped charts: the series (e.g. the label). */
  series?: string;
}

const WIDTH = 420;
/** Longer names are cut in the chart (the table below it has them whole). */
const KEY_CHARS = 26;
/** Counts are whole numbers: no tick at 0.5. */
const wholeTicks = (d: number): string => (Number.isInteger(d) ? String(d) : '');
/** Colour-blind-safe series colours (Okabe–Ito), drawn as SVG presentation attributes, never inline styles. */
const PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000'];

/** A legend as a small SVG: one swatch and name per series. */
function legendOf(series: string[]): SafeHtml {
  const items = series.map((name, i) => html`<g transform="translate(${(i % 4) * 130},${Math.floor(i / 4) * 18})"><rect width="12" height="12" y="2" fill="${PALETTE[i % PALETTE.length]}"></rect><text x="18" y="12" font-size="12">${name}</text></g>`);
  return html`<svg class="legend"  width="${Math.min(4, series.length) * 130}" height="${Math.ceil(series.length / 4) * 18}" role="img" aria-label="${`Legend: ${series.join(', ')}`}">${items}</svg>`;
}

/** Plot draws into a DOM; linkedom gives it one on the server. */
function documentForPlot(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document;
}

/** The SVG Plot made, as markup the strict CSP accepts: its <style> element goes (app.css styles .figure svg). */
function svgOf(node: Element, label: string): string {
  node.querySelectorAll('style').forEach((s) => s.remove());
  // Plot names its marks with aria-label on plain <g> elements, which ARIA does not allow there: the
  // names move to data-mark, and the figure as a whole is one image with one label.
  node.querySelectorAll('[aria-label]').forEach((el) => {
    el.setAttribute('data-mark', el.getAttribute('aria-label') ?? '');
    el.removeAttribute('aria-label');
  });
  node.setAttribute('role', 'img');
  node.setAttribute('aria-label', label);
  return node.outerHTML;
}

/**
 * A figure: the chart as inline SVG with the count on each bar, and the same numbers as a table
 * (for screen readers and for checking). Text in the data (domains, registrar names) is escaped by
 * Plot's DOM and by `table`.
 */
export function barFigure(input: { id: string; title: string; bars: Bar[]; keyLabel: string; countLabel: string; empty: string; grouped?: boolean }): SafeHtml {
  const { bars } = input;
  if (bars.length === 0) return html`<section class="card figure" id="${input.id}"><h2>${input.title}</h2><p class="muted">${input.empty}</p></section>`;
  const stacked = bars.some((b) => b.series !== undefined);
  const keys = [...new Set(bars.map((b) => b.key))];
  const height = stacked ? 260 : Math.max(90, 26 * keys.length + 40);
  const totals = new Map<string, number>();
  for (const b of bars) totals.set(b.key, (totals.get(b.key) ?? 0) + b.count);
  const longest = Math.max(...keys.map((k) => k.length));
  const series = stacked ? [...new Set(bars.map((b) => b.series ?? ''))] : [];
  const color = { domain: series, range: series.map((_, i) => PALETTE[i % PALETTE.length]!) };
  const chart = stacked && input.grouped
    ? Plot.plot({
        document: documentForPlot(),
        width: WIDTH,
        height,
        marginBottom: 50,
        fx: { label: input.keyLabel, domain: keys, tickRotate: keys.length > 6 ? -30 : 0 },
        x: { axis: null, domain: series },
        y: { label: input.countLabel, grid: true, tickFormat: wholeTicks },
        color,
        marks: [
          Plot.barY(bars, { fx: 'key', x: 'series', y: 'count', fill: 'series', title: (b: Bar) => `${b.series}: ${b.count}` }),
          Plot.text(bars, { fx: 'key', x: 'series', y: 'count', text: (b: Bar) => String(b.count), dy: -6 }),
          Plot.ruleY([0]),
        ],
      })
    : stacked
    ? Plot.plot({
        document: documentForPlot(),
        width: WIDTH,
        height,
        marginBottom: 50,
        x: { label: input.keyLabel, domain: keys, tickRotate: keys.length > 6 ? -30 : 0 },
        y: { label: input.countLabel, grid: true, tickFormat: wholeTicks },
        color,
        marks: [
          Plot.barY(bars, { x: 'key', y: 'count', fill: 'series', title: (b: Bar) => `${b.series}: ${b.count}` }),
          Plot.text([...totals].map(([key, count]) => ({ key, count })), { x: 'key', y: 'count', text: (d: { count: number }) => String(d.count), dy: -6 }),
          Plot.ruleY([0]),
        ],
      })
    : Plot.plot({
        document: documentForPlot(),
        width: WIDTH,
        height,
        marginLeft: 16 + 8 * Math.min(KEY_CHARS, longest), // app.css draws chart text at 12 px
        x: { label: input.countLabel, grid: true, tickFormat: wholeTicks },
        y: { label: null, domain: keys, tickFormat: (k: string) => (k.length > KEY_CHARS ? `${k.slice(0, KEY_CHARS - 1)}…` : k) },
        marks: [Plot.barX(bars, { y: 'key', x: 'count', fill: '#0b4f8a' }), Plot.text(bars, { y: 'key', x: 'count', text: (b: Bar) => String(b.count), dx: 10 }), Plot.ruleX([0])],
      });
  const svg = svgOf(chart, input.title);
  const legend = stacked ? legendOf(series) : '';
  const rows = stacked ? bars.map((b) => [b.key, b.series ?? '', b.count]) : bars.map((b) => [b.key, b.count]);
  const head = stacked ? [input.keyLabel, 'series', input.countLabel] : [input.keyLabel, input.countLabel];
  return html`<section class="card figure" id="${input.id}"><h2>${input.title}</h2>${trusted(svg)}${legend}<details><summary>Numbers</summary>${table(head, rows)}</details></section>`;
}
