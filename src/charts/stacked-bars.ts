import * as Plot from '@observablehq/plot';
import { chartId, emptyChart, frame, PALETTE, plotSvg, wholeTicks } from './svg.js';

export interface StackedBarDatum {
  /** The bar (e.g. a run id or a month). Bars keep the order they first appear in. */
  x: string;
  /** The part of the bar (e.g. a label). */
  series: string;
  value: number;
}

export interface StackedBarSpec {
  title: string;
  xLabel: string;
  yLabel: string;
  data: StackedBarDatum[];
  /** Series order (and colours); default: the order they first appear in. */
  series?: string[];
  desc?: string;
  width?: number;
  height?: number;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Stacked vertical bars: e.g. services per label per run. */
export function stackedBarChart(spec: StackedBarSpec): string {
  const width = spec.width ?? 640;
  const height = spec.height ?? 300;
  if (spec.data.length === 0) return emptyChart(spec.title, width);
  const bars = unique(spec.data.map((d) => d.x));
  const series = spec.series ?? unique(spec.data.map((d) => d.series));
  const sums = bars.map((bar) => spec.data.filter((d) => d.x === bar).reduce((sum, d) => sum + d.value, 0));
  const totals = bars.map((bar, i) => `${bar}: ${sums[i]}`);
  const desc = spec.desc ?? `${spec.yLabel} per ${spec.xLabel}, split by ${series.join(', ')}. Totals: ${totals.slice(0, 24).join('; ')}${totals.length > 24 ? '; …' : ''}.`;
  const inner = plotSvg({
    width,
    height,
    marginBottom: bars.some((b) => b.length > 8) ? 60 : 36,
    x: { label: spec.xLabel, domain: bars, tickRotate: bars.some((b) => b.length > 8) ? -30 : 0 },
    // All zero: a domain of [0, 0] would draw every bar to the top.
    y: { label: spec.yLabel, grid: true, tickFormat: wholeTicks, domain: [0, Math.max(1, ...sums)] },
    color: { domain: series, range: PALETTE.slice(0, Math.max(series.length, 1)) },
    marks: [Plot.barY(spec.data, { x: 'x', y: 'value', fill: 'series', order: series }), Plot.ruleY([0])],
  });
  return frame({ title: spec.title, desc, width, legend: series, id: chartId(spec.title) }, inner, height);
}
