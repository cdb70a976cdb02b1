import * as Plot from '@observablehq/plot';
import { chartId, emptyChart, frame, PALETTE, plotSvg, wholeTicks } from './svg.js';

export interface TopBarDatum {
  label: string;
  value: number;
}

export interface TopBarSpec {
  title: string;
  /** What the bar length counts (the x axis). */
  xLabel: string;
  /** What the rows are, e.g. "hosting country": said in the <desc> (the row names speak for themselves on screen). */
  yLabel: string;
  data: TopBarDatum[];
  /** Show at most this many rows, largest first (default 10); the rest are summed into "other". */
  limit?: number;
  desc?: string;
  width?: number;
}

/** Horizontal bars, largest first: top-N registrars, networks, countries, languages. */
export function topBarChart(spec: TopBarSpec): string {
  const width = spec.width ?? 640;
  if (spec.data.length === 0) return emptyChart(spec.title, width);
  const limit = spec.limit ?? 10;
  const sorted = [...spec.data].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  const shown = sorted.slice(0, limit);
  const rest = sorted.slice(limit).reduce((sum, d) => sum + d.value, 0);
  if (rest > 0) shown.push({ label: 'other', value: rest });
  const height = 30 + shown.length * 24;
  const longest = Math.max(...shown.map((d) => Math.min(d.label.length, 30)));
  const desc = spec.desc ?? `${spec.xLabel} by ${spec.yLabel}: ${shown.map((d) => `${d.label} ${d.value}`).join('; ')}.`;
  const inner = plotSvg({
    width,
    height,
    marginLeft: Math.max(60, longest * 6.5 + 10),
    // All zero: a domain of [0, 0] would draw every bar across the whole chart.
    x: { label: spec.xLabel, grid: true, tickFormat: wholeTicks, domain: [0, Math.max(1, ...shown.map((d) => d.value))] },
    y: { label: null, domain: shown.map((d) => d.label), tickFormat: (t: string) => (t.length > 30 ? `${t.slice(0, 29)}…` : t) },
    marks: [
      Plot.barX(shown, { y: 'label', x: 'value', fill: PALETTE[0] }),
      Plot.text(shown, { y: 'label', x: 'value', text: (d: TopBarDatum) => String(d.value), dx: 4, textAnchor: 'start' }),
      Plot.ruleX([0]),
    ],
  });
  return frame({ title: spec.title, desc, width, legend: [], id: chartId(spec.title) }, inner, height);
}
