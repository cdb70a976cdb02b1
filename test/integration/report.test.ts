import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '../../src/catalog/index.js';
import { stackedBarChart, timeChart, topBarChart } from '../../src/charts/index.js';
import { SqliteReportRepository } from '../../src/catalog/repositories/report-figures.js';
import { parsePeriod, reportMetrics, writeReport, type ReportMetrics } from '../../src/report/index.js';
import { seedReportCatalog } from './report-fixture.js';

const NOW = new Date('2026-12-02T00:00:00.000Z');
let dataDir: string;
let out: string;
let metrics: ReportMetrics;

async function metricsFor(period: string): Promise<ReportMetrics> {
  const catalog = new Catalog(dataDir);
  try {
    return await reportMetrics(new SqliteReportRepository(catalog), parsePeriod(period, NOW));
  } finally {
    catalog.close();
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dw-report-'));
  out = join(dataDir, 'out');
  seedReportCatalog(dataDir);
  metrics = await metricsFor('2026Q1');
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('charts', () => {
  it('return one accessible SVG with title, description and legend, without scripts or inline CSS', () => {
    const spec = { title: 'Services per label per run', xLabel: 'run', yLabel: 'sites', data: [{ x: 'run-1', series: 'nudify', value: 3 }, { x: 'run-1', series: 'unrelated', value: 2 }, { x: 'run-2', series: 'nudify', value: 4 }] };
    const svg = stackedBarChart(spec);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img"/);
    expect(svg).toContain('<title id="');
    expect(svg).toMatch(/<desc id="[^"]+">[^<]*run-1: 5; run-2: 4/);
    expect(svg).toContain('>unrelated</text>');
    expect(svg).not.toMatch(/<style|style="|<script/);
    expect(stackedBarChart(spec)).toBe(svg);
    expect(topBarChart({ title: 'Countries', xLabel: 'sites', yLabel: 'country', data: [{ label: 'NL', value: 2 }, { label: 'DE', value: 1 }, { label: 'US', value: 1 }], limit: 2 })).toMatch(/NL 2; DE 1; other 1/);
    expect(timeChart({ title: 'Empty', xLabel: 'date', yLabel: 'n', data: [] })).toContain('No data in this period.');
  });
});

describe('period', () => {
  it('reads quarters, years and inclusive ranges, and names what is wrong otherwise', () => {
    expect(parsePeriod('2026Q1', NOW)).toMatchObject({ from: '2026-01-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z', open: false });
    expect(parsePeriod('2025', NOW)).toMatchObject({ from: '2025-01-01T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z' });
    expect(parsePeriod('2026-01-01..2026-01-31', NOW).to).toBe('2026-02-01T00:00:00.000Z');
    expect(parsePeriod('2026', NOW)).toMatchObject({ open: true, to: NOW.toISOString() });
    expect(() => parsePeriod('2026Q5', NOW)).toThrow(/not a period.*--period 2026Q1/);
    expect(() => parsePeriod('2026-02-30..2026-03-01', NOW)).toThrow(/start "2026-02-30" is not a date/);
    expect(() => parsePeriod('2026-03-01..2026-02-01', NOW)).toThrow(/ends before it starts/);
    expect(() => parsePeriod('2027', NOW)).toThrow(/not started yet/);
  });
});

describe('report figures', () => {
  it('counts services, runs and changes as plain SQL over the seeded catalog does', () => {
    const catalog = new Catalog(dataDir);
    try {
      const services = catalog.db
        .prepare("SELECT COUNT(DISTINCT sr.domain) AS n FROM site_runs sr JOIN runs r ON r.id = sr.run_id WHERE r.started_at >= '2026-01-01' AND r.started_at < '2026-04-01' AND sr.online = 1 AND sr.label IN ('nudify', 'deepfake')")
        .get() as { n: number };
      expect(metrics.servicesFound.value).toBe(services.n);
    } finally {
      catalog.close();
    }
    expect(metrics.servicesFound.value).toBe(3);
    expect(metrics.totals.value).toEqual({ runs: 3, failedRuns: 1, newSites: 2, newServices: 2, gone: 2, moved: 1 });
    expect(metrics.runs.value.map((r) => [r.run, r.previous, r.newServices, r.gone, r.moved])).toEqual([
      ['r1-january', 'r0-december', 1, 0, 0],
      ['r2-february', 'r1-january', 1, 2, 1],
      ['r3-march', 'r2-february', 0, 0, 0],
    ]);
    expect(metrics.languages.value).toEqual([{ key: 'nl', count: 2 }, { key: 'en', count: 1 }]);
    // The lookup after the quarter (DE) does not count; delta-maker was never looked up.
    expect(metrics.countries.value).toEqual([{ key: 'NL', count: 1 }, { key: 'US', count: 1 }, { key: 'unknown', count: 1 }]);
  });

  it('measures notices, action windows and time to action per provider', () => {
    expect(metrics.noticesByRecipientType.value).toEqual([
      { key: 'host', count: 2 },
      { key: 'acm', count: 1 },
      { key: 'cdn', count: 1 },
      { key: 'registrar', count: 1 },
      { key: 'sidn', count: 1 },
    ]);
    expect(metrics.actedWithin.value).toEqual({ notices: 6, within24h: 1, within7d: 2, within30d: 3, share24h: 0.167, share7d: 0.333, share30d: 0.5 });
    expect(metrics.timeToAction.value.find((p) => p.provider === 'Voorbeeld Hosting')).toEqual({ provider: 'Voorbeeld Hosting', recipientType: 'host', notices: 2, acted: 2, medianHours: 12, p90Hours: 72 });
    expect(metrics.sidnAcmOutcomes.value).toEqual([
      { recipientType: 'acm', outcome: 'no decision yet', count: 1 },
      { recipientType: 'sidn', outcome: 'removed', count: 1 },
    ]);
    expect(metrics.dsa.value.map((d) => [d.provider, d.action, d.count])).toEqual([
      ['Voorbeeld Hosting', 'removed', 2],
      ['Randnet CDN', 'no decision recorded', 1],
      ['Registrar Proef BV', 'refused', 1],
    ]);
    expect(metrics.dsa.value[0]!.category).toBe('STATEMENT_CATEGORY_CYBER_VIOLENCE');
  });

  it('names the query behind every figure and gives the same numbers twice', async () => {
    for (const [name, figure] of Object.entries(metrics)) if (name !== 'period') expect((figure as { source: string }).source, name).toMatch(/SELECT|diffRuns/);
    expect(JSON.stringify(await metricsFor('2026Q1'))).toBe(JSON.stringify(metrics));
    expect((await metricsFor('2026-04-01..2026-04-30')).servicesFound.value).toBe(0);
  });
});

describe('report files', () => {
  it('writes html with inline charts and footnotes, json, and a star schema whose keys join', async () => {
    const { files } = await writeReport({ dataDir, period: parsePeriod('2026Q1', NOW), formats: ['html', 'json', 'csv'], out, options: { chromiumPath: null } });
    expect(files.map((f) => f.slice(out.length + 1)).sort()).toEqual(['csv/datapackage.json', 'csv/dim_date.csv', 'csv/dim_recipient.csv', 'csv/dim_run.csv', 'csv/dim_site.csv', 'csv/fact_notice.csv', 'csv/fact_site_run.csv', 'report.html', 'report.json']);
    const html = await readFile(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<svg');
    expect(html).toMatch(/<title id="[^"]+">New, gone and moved domains per run<\/title>/);
    expect(html).toContain('id="src-1"');
    expect(html).not.toMatch(/<script|<img|https?:\/\/(?!www\.w3\.org)/);
    const json = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as ReportMetrics;
    expect(json.servicesFound).toEqual(metrics.servicesFound);
    const csv = async (name: string): Promise<string[][]> => (await readFile(join(out, 'csv', `${name}.csv`), 'utf8')).trim().split('\n').map((l) => l.split(','));
    const facts = await csv('fact_notice');
    const recipients = new Set((await csv('dim_recipient')).slice(1).map((r) => r[0]));
    expect(facts.length - 1).toBe(6);
    for (const f of facts.slice(1)) expect(recipients.has(f[1])).toBe(true);
    const pkg = JSON.parse(await readFile(join(out, 'csv', 'datapackage.json'), 'utf8')) as { resources: { path: string; schema: { fields: { name: string }[] } }[] };
    for (const r of pkg.resources) expect((await csv(r.path.replace('.csv', '')))[0]).toEqual(r.schema.fields.map((f) => f.name));
    expect((await readdir(out)).filter((f) => f.startsWith('.report-staging'))).toEqual([]);
  });
});
