import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** Colours for series, in order; the legend and the bars use the same list. */
export const PALETTE = ['#4269d0', '#efb118', '#ff725c', '#6cc5b0', '#3ca951', '#ff8ab7', '#a463f2', '#97bbf5', '#9c6b4e', '#9498a0'];

export interface Frame {
  title: string;
  /** One or two sentences a screen reader reads; the chart functions write one from the data when omitted. */
  desc: string;
  width: number;
  /** Series names shown as a legend above the plot (empty: no legend). */
  legend: string[];
  id: string;
}

const TITLE_HEIGHT = 28;
const LEGEND_ROW = 20;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** A stable id from the title, so two charts on one page do not share ids and the same input gives the same SVG. */
export function chartId(title: string): string {
  let hash = 2166136261;
  for (const ch of title) hash = Math.imul(hash ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return `chart-${hash.toString(36)}`;
}

/** Renders Plot options on a server-side document and returns the bare <svg> (no <style>, no style attributes). */
export function plotSvg(options: Plot.PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const node = Plot.plot({ ...options, document }) as unknown as { outerHTML: string };
  // Inline <style> and style="" would need 'unsafe-inline' under a strict Content-Security-Policy;
  // presentation attributes on the wrapper carry the font instead.
  return node.outerHTML.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/\sstyle="[^"]*"/g, '');
}

function legendRows(names: string[], width: number): { svg: string; height: number } {
  if (names.length === 0) return { svg: '', height: 0 };
  const parts: string[] = [];
  let x = 0;
  let row = 0;
  names.forEach((name, i) => {
    const w = 18 + Math.min(name.length, 28) * 6.5 + 14;
    if (x > 0 && x + w > width) {
      x = 0;
      row += 1;
    }
    const y = TITLE_HEIGHT + row * LEGEND_ROW;
    parts.push(
      `<rect x="${x}" y="${y + 3}" width="12" height="12" fill="${PALETTE[i % PALETTE.length]}"/>` +
        `<text x="${x + 17}" y="${y + 13}">${escapeXml(name.slice(0, 28))}</text>`,
    );
    x += w;
  });
  return { svg: `<g class="legend">${parts.join('')}</g>`, height: (row + 1) * LEGEND_ROW + 4 };
}

/** Puts a plot under a visible title and legend, inside one accessible <svg role="img"> with <title> and <desc>. */
export function frame(f: Frame, inner: string, innerHeight: number): string {
  const legend = legendRows(f.legend, f.width);
  const top = TITLE_HEIGHT + legend.height;
  const height = top + innerHeight;
  const placed = inner.replace(/^<svg\b/, `<svg x="0" y="${top}"`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="dw-chart" role="img" width="${f.width}" height="${height}" ` +
    `viewBox="0 0 ${f.width} ${height}" aria-labelledby="${f.id}-title ${f.id}-desc" font-family="system-ui, sans-serif" font-size="11">` +
    `<title id="${f.id}-title">${escapeXml(f.title)}</title><desc id="${f.id}-desc">${escapeXml(f.desc)}</desc>` +
    `<text x="0" y="18" font-size="15" font-weight="bold">${escapeXml(f.title)}</text>` +
    legend.svg +
    placed +
    `</svg>`
  );
}

/** The frame shown when there is nothing to plot: the title and one sentence, never an empty axis. */
export function emptyChart(title: string, width: number, message = 'No data in this period.'): string {
  const id = chartId(title);
  return frame({ title, desc: message, width, legend: [], id }, `<svg width="${width}" height="40"><text x="0" y="24" fill="#555">${escapeXml(message)}</text></svg>`, 40);
}

/** Tick labels for counts: whole numbers only (a count axis never reads 0.5). */
export const wholeTicks = (d: number): string => (Number.isInteger(d) ? String(d) : '');
