/**
 * Server-side SVG charts (Observable Plot on a linkedom document). Every function takes plain data
 * and returns one self-contained <svg> string with a visible title, axis labels, a legend where
 * there are series, and <title>/<desc> for screen readers. No scripts, no inline CSS: the strings
 * can go straight into a page served under a strict Content-Security-Policy, or into a PDF.
 */
export { stackedBarChart, type StackedBarDatum, type StackedBarSpec } from './stacked-bars.js';
export { timeChart, type TimeDatum, type TimeSpec } from './time-chart.js';
export { topBarChart, type TopBarDatum, type TopBarSpec } from './top-bars.js';
export { escapeXml, PALETTE } from './svg.js';
