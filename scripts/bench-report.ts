// npm run bench:report — the period report for a year over a synthetic catalog of 10,000 sites seen in
// 52 weekly runs, with lookups and notices: time per step and in all (target: a year ≤ 10 s).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addNoticeEvent, Catalog, recordNotice, type NoticeRecipient } from '../src/catalog/index.js';
import { SqliteReportRepository } from '../src/catalog/repositories/report-figures.js';
import { loadOptions, testDefaults } from '../src/options/index.js';
import { parsePeriod, renderReportHtml, reportMetrics, writeReport } from '../src/report/index.js';
import { table } from './bench/measure.js';

const SITES = Number(process.env.BENCH_REPORT_SITES ?? 10_000);
const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 52);
const NOTICES = Number(process.env.BENCH_REPORT_NOTICES ?? 3_000);
const TARGET_MS = 10_000;
const LABELS = ['nudify', 'nudify', 'deepfake', 'directory', 'unrelated', 'unrelated', 'unrelated', 'unrelated'];
const LANGS = ['en', 'nl', 'de', 'fr', 'es'];
const COUNTRIES = ['NL', 'DE', 'US', 'FR', 'SG'];
const TYPES: NoticeRecipient[] = ['host', 'registrar', 'cdn', 'sidn', 'acm', 'site'];
const domain = (i: number): string => `bench-report-${i}.test`;

function synthesise(dataDir: string): void {
  const catalog = new Catalog(dataDir);
  try {
    const db = catalog.db;
    db.exec('BEGIN');
    const site = db.prepare("INSERT INTO sites (domain, label, score, signals_json, first_seen, last_seen, lang) VALUES (?, ?, 0.9, '[]', '2025-01-01T00:00:00.000Z', '2025-12-31T00:00:00.000Z', ?)");
    const lookup = db.prepare('INSERT INTO domain_lookups (domain, at, report_json) VALUES (?, ?, ?)');
    const ident = db.prepare("INSERT INTO identifiers (domain, kind, value, page_url, run_id, first_seen) VALUES (?, 'analytics', ?, 'http://x.test/', 1, '2025-01-01T00:00:00.000Z')");
    for (let i = 0; i < SITES; i++) {
      site.run(domain(i), LABELS[i % LABELS.length]!, LANGS[i % LANGS.length]!);
      lookup.run(domain(i), '2025-01-02T00:00:00.000Z', JSON.stringify({ hosting: [{ country: COUNTRIES[i % COUNTRIES.length] }] }));
      if (i % 50 === 0) ident.run(domain(i), `UA-${Math.floor(i / 100)}`);
    }
    const run = db.prepare("INSERT INTO runs (id, kind, name, status, started_at, config_json) VALUES (?, 'crawl', ?, ?, ?, '{}')");
    const seen = db.prepare('INSERT INTO site_runs (run_id, domain, label, score, online) VALUES (?, ?, ?, 0.9, ?)');
    for (let r = 1; r <= RUNS; r++) {
      run.run(r, `bench-week-${r}`, r % 13 === 0 ? 'failed' : 'done', new Date(Date.UTC(2025, 0, 1 + (r - 1) * 7, 2)).toISOString());
      // Each week sees about 80 % of the sites; a few go offline.
      for (let i = 0; i < SITES; i++) if ((i + r) % 5 !== 0) seen.run(r, domain(i), LABELS[i % LABELS.length]!, (i * r) % 97 === 0 ? 0 : 1);
    }
    db.exec('COMMIT');
    for (let n = 0; n < NOTICES; n++) {
      const sent = Date.UTC(2025, 0, 1) + (n % 360) * 86_400_000;
      const type = TYPES[n % TYPES.length]!;
      const id = recordNotice(catalog, { packetId: null, recipientType: type, recipient: `${type}-provider-${n % 17}`, channel: 'email', sentAt: new Date(sent).toISOString(), packetSha256: null, reference: null, domains: [domain(n % SITES)], urls: [] });
      if (n % 3 !== 0) addNoticeEvent(catalog, id, { kind: 'decision', at: new Date(sent + ((n % 40) + 1) * 3_600_000 * 6).toISOString(), outcome: n % 7 === 0 ? 'refused' : 'removed', note: null, bundleId: null });
    }
  } finally {
    catalog.close();
  }
}

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

const dataDir = await mkdtemp(join(tmpdir(), 'dw-bench-report-'));
try {
  const [, synthMs] = await timed(() => synthesise(dataDir));
  const period = parsePeriod('2025');
  const catalog = new Catalog(dataDir);
  const [metrics, metricsMs] = await timed(() => reportMetrics(new SqliteReportRepository(catalog), period));
  const [, htmlMs] = await timed(() => renderReportHtml(metrics, new Date().toISOString()));
  catalog.close();
  const options = loadOptions({ configFile: null, flags: { ...testDefaults, dataDir } });
  const formats = process.env.BENCH_REPORT_PDF === '0' ? (['html', 'json', 'csv'] as const) : (['html', 'pdf', 'json', 'csv'] as const);
  const [, totalMs] = await timed(() => writeReport({ dataDir, period, formats: [...formats], out: join(dataDir, 'out'), options }));
  const row = (step: string, ms: number, target = ''): string[] => [step, ms.toFixed(0), target];
  process.stdout.write(`report for a year: ${SITES} sites, ${RUNS} runs, ${NOTICES} notices (synthesised in ${(synthMs / 1000).toFixed(1)} s)\n`);
  process.stdout.write(
    table([
      ['step', 'ms', 'target'],
      row('metrics (all queries, run diffs)', metricsMs),
      row('html with charts', htmlMs),
      row(`report (${formats.join(',')}) in all`, totalMs, `≤ ${TARGET_MS} ms ${totalMs <= TARGET_MS ? 'ok' : 'MISSED'}`),
    ]),
  );
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
