import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { pdfaProblems, popplerText } from '../support/packet-checks.js';
import { seedReportCatalog } from '../integration/report-fixture.js';

const exec = promisify(execFile);
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dw-report-cli-'));
  seedReportCatalog(dataDir);
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('dijkwacht report', () => {
  it('writes report.html, a PDF/A report.pdf with the figures, report.json and csv/', async () => {
    const out = join(dataDir, 'q1');
    const run = await runCli(['report', '--period', '2026Q1', '--format', 'html,pdf,json,csv', '--out', out, '--data-dir', dataDir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('report 2026Q1: 3 services, 3 runs, 6 notices');
    for (const f of ['report.html', 'report.pdf', 'report.json', 'csv/datapackage.json', 'csv/fact_notice.csv']) expect(existsSync(join(out, f)), f).toBe(true);
    const pdf = join(out, 'report.pdf');
    expect(await pdfaProblems(pdf)).toEqual([]);
    const text = await popplerText(pdf);
    expect(text).toContain('Services found: 3');
    expect(text).toContain('DSA Art. 22(3)');
    expect(text).toContain('Voorbeeld Hosting');
    await exec('pdftoppm', ['-r', '60', '-png', pdf, join(out, 'page')]);
    expect((await readdir(out)).filter((f) => f.startsWith('page')).length).toBeGreaterThan(1);
  });

  it('refuses a period it cannot read, naming the fix, and writes nothing', async () => {
    const out = join(dataDir, 'bad');
    const run = await runCli(['report', '--period', '2026-13', '--out', out, '--data-dir', dataDir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/"2026-13" is not a period: write --period 2026Q1/);
    expect(existsSync(out)).toBe(false);
    const missing = await runCli(['report', '--out', out, '--data-dir', dataDir]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('add --period 2026Q1');
  });
});
