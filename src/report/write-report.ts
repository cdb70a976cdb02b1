import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Catalog } from '../catalog/index.js';
import { SqliteReportRepository } from '../catalog/repositories/report-figures.js';
import { UsageError } from '../core/errors.js';
import type { Options } from '../options/index.js';
import { reportMetrics, type ReportMetrics } from './metrics.js';
import type { Period } from './period.js';
import { renderReportHtml } from './render-html.js';
import { dataPackage, starSchema, toCsv } from './star-schema.js';

export const REPORT_FORMATS = ['html', 'pdf', 'json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function parseFormats(text: string): ReportFormat[] {
  const asked = text.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  const bad = asked.filter((f) => !(REPORT_FORMATS as readonly string[]).includes(f));
  if (bad.length > 0 || asked.length === 0) throw new UsageError(`Unknown report format "${bad.join(',') || text}": write --format with any of ${REPORT_FORMATS.join(',')}.`);
  return [...new Set(asked)] as ReportFormat[];
}

export interface ReportRequest {
  dataDir: string;
  period: Period;
  formats: ReportFormat[];
  out: string;
  options: Pick<Options, 'chromiumPath'>;
  /** Shown in the report; the figures never depend on it. */
  generatedAt?: Date;
}

export interface ReportResult {
  files: string[];
  metrics: ReportMetrics;
}

/**
 * Builds every requested format in memory first, then writes them into DIR through a staging folder
 * renamed into place, so a failure (e.g. Chromium missing for the PDF) leaves no half-written report.
 */
export async function writeReport(req: ReportRequest): Promise<ReportResult> {
  const generatedAt = (req.generatedAt ?? new Date()).toISOString();
  const catalog = new Catalog(req.dataDir);
  let metrics: ReportMetrics;
  const files = new Map<string, string | Buffer>();
  try {
    const repo = new SqliteReportRepository(catalog);
    metrics = await reportMetrics(repo, req.period);
    const html = renderReportHtml(metrics, generatedAt);
    if (req.formats.includes('html')) files.set('report.html', html);
    if (req.formats.includes('json')) files.set('report.json', `${JSON.stringify({ report: 'dijkwacht period report', generatedAt, ...metrics }, null, 2)}\n`);
    if (req.formats.includes('csv')) {
      const { from, to } = req.period;
      const [runs, siteRuns, sites, notices] = await Promise.all([repo.runs(from, to), repo.siteRuns(from, to), repo.sites(from, to), repo.notices(from, to)]);
      const tables = starSchema({ runs: runs.rows, siteRuns: siteRuns.rows, sites: sites.rows, notices: notices.rows });
      for (const t of tables) files.set(join('csv', `${t.name}.csv`), toCsv(t));
      files.set(join('csv', 'datapackage.json'), `${JSON.stringify(dataPackage(tables, req.period.label), null, 2)}\n`);
    }
    if (req.formats.includes('pdf')) {
      const { PdfRenderer } = await import('../refer/pdf.js');
      const renderer = await PdfRenderer.open(req.options);
      try {
        files.set('report.pdf', await renderer.render(html, { subject: `dijkwacht report ${req.period.label}` }));
      } finally {
        await renderer.close();
      }
    }
  } finally {
    catalog.close();
  }
  await mkdir(req.out, { recursive: true });
  const staging = join(req.out, `.report-staging-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  try {
    await mkdir(join(staging, 'csv'), { recursive: true });
    for (const [name, content] of files) await writeFile(join(staging, name), content);
    if (files.has(join('csv', 'datapackage.json'))) {
      await rm(join(req.out, 'csv'), { recursive: true, force: true });
      await rename(join(staging, 'csv'), join(req.out, 'csv'));
    }
    for (const name of files.keys()) if (!name.startsWith('csv')) await rename(join(staging, name), join(req.out, name));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { files: [...files.keys()].map((f) => join(req.out, f)).sort(), metrics };
}
