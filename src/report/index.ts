export { parsePeriod, type Period } from './period.js';
export { countBy, noticeMetrics, percentile, reportMetrics, siteMetrics, type Count, type Figure, type ProviderTiming, type ReportMetrics } from './metrics.js';
export { renderReportHtml } from './render-html.js';
export { dataPackage, starSchema, toCsv } from './star-schema.js';
export { parseFormats, REPORT_FORMATS, writeReport, type ReportFormat, type ReportRequest, type ReportResult } from './write-report.js';
