import * as Plot from '@observablehq/plot';
import { chartId, emptyChart, frame, PALETTE, plotSvg } from './svg.js';

export interface TimeDatum {
  /** ISO date or date-time (UTC). */
  date: string;
  value: number;
  /** One line per series; leave out for a single line. */
  series?: string;
}

export interface TimeSpec {
  title: string;
  xLabel: string;
  yLabel: string;
  data: TimeDatum[];
  /** 'line' (default) joins the points; 'bar' draws one bar per date and series. */
  kind?: 'line' | 'bar';
  desc?: string;
  width?: number;
  height?: number;
}

/** A line (or bars) over time: e.g. new / gone / moved domains per run date. */
export function timeChart(spec: TimeSpec): string {
  const width = spec.width ?? 640;
  const height = spec.height ?? 280;
  if (spec.data.length === 0) return emptyChart(spec.title, width);
  const rows = spec.data
    .map((d) => ({ date: new Date(d.date), value: d.value, series: d.series ?? spec.yLabel }))
    .filter((d) => !Number.isNaN(d.date.getTime()))
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.series.localeCompare(b.series));
  if (rows.length === 0) return emptyChart(spec.title, width, 'No dated values in this period.');
  const series = [...new Set(rows.map((d) => d.series))];
  const named = spec.data.some((d) => d.series !== undefined);
  const first = rows[0]!.date.toISOString().slice(0, 10);
  const last = rows[rows.length - 1]!.date.toISOString().slice(0, 10);
  const sums = series.map((s) => `${s} ${rows.filter((d) => d.series === s).reduce((sum, d) => sum + d.value, 0)}`);
  const desc = spec.desc ?? `${spec.yLabel} from ${first} to ${last}, ${rows.length} points. Sum per series: ${sums.join('; ')}.`;
  const color = { domain: series, range: PALETTE.slice(0, series.length) };
  const marks =
    spec.kind === 'bar'
      ? [Plot.rectY(rows, { x: 'date', y: 'value', fill: 'series', interval: 'day' }), Plot.ruleY([0])]
      : [Plot.lineY(rows, { x: 'date', y: 'value', stroke: 'series' }), Plot.dot(rows, { x: 'date', y: 'value', fill: 'series', r: 2.5 }), Plot.ruleY([0])];
  const inner = plotSvg({ width, height, x: { label: spec.xLabel, type: 'utc' }, y: { label: spec.yLabel, grid: true }, color, marks });
  return frame({ title: spec.title, desc, width, legend: named ? series : [], id: chartId(spec.title) }, inner, height);
}
