import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longDate } from '../../src/core/time.js';
import { extractZip, verifyPaths } from '../../src/evidence/index.js';
import { checkExports, exportCase } from '../../src/export/index.js';
import { startHarness, type Harness } from '../support/capture-env.js';
import { runCli } from '../support/cli.js';
import { pdfaProblems } from '../support/packet-checks.js';

const exec = promisify(execFile);
/** The text of a PDF as poppler's pdftotext lays it out: one printed line per line. */
const pdfLines = async (file: string): Promise<string> => (await exec('pdftotext', ['-layout', file, '-'], { maxBuffer: 32 << 20 })).stdout;
const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

const CASE = 'CASE-R';
let h: Harness;
let out: string;
const ids = { complete: '', partial: '', excluded: '', loose: '' };

beforeAll(async () => {
  h = await startHarness();
  out = await mkdtemp(join(tmpdir(), 'dw-record-'));
  ids.complete = (await h.captureOk('http://pixelpeel.test/', {}, CASE)).id;
  // A setting that differs for one bundle: the methodology must give it for that bundle alone.
  ids.partial = (await h.captureOk('http://guarded-portal.test/', { viewportWidthPx: 1200 }, CASE)).id;
  ids.excluded = (await h.captureOk('http://kleding-weg.nl/', {}, CASE)).id;
  ids.loose = (await h.captureOk('http://coverlift-ai.test/')).id;
  // On an HSTS-preloaded TLD: the browser itself upgrades http:// to https://, no server redirects.
  await h.captureOk('http://upgrade-demo.dev/', {}, 'CASE-U');
}, 180_000);
afterAll(async () => {
  await h?.stop();
  await rm(out, { recursive: true, force: true });
});

const cli = (args: string[]) => runCli([...args, '--data-dir', h.dataDir]);

describe('dijkwacht cases and bundles', () => {
  it('bundles --case lists the case’s bundles oldest first, with the SHA-256 of each manifest as stored', async () => {
    const run = await cli(['bundles', '--case', CASE, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const list = JSON.parse(run.stdout) as { bundleId: string; url: string; status: string; caseId: string; capturedAt: string; manifestSha256: string }[];
    expect(list.map((b) => [b.bundleId, b.url, b.status, b.caseId])).toEqual([
      [ids.complete, 'http://pixelpeel.test/', 'COMPLETE', CASE],
      [ids.partial, 'http://guarded-portal.test/', 'PARTIAL', CASE],
      [ids.excluded, 'http://kleding-weg.nl/', 'COMPLETE', CASE],
    ]);
    for (const b of list) expect(b.manifestSha256).toBe(sha256(await readFile(join(h.dataDir, 'bundles', b.bundleId, 'manifest.json'))));

    const all = await cli(['bundles']);
    expect(all.code).toBe(0);
    expect(all.stdout).toContain(`${ids.loose}  COMPLETE`);
    expect(all.stdout).toContain(`manifest sha256 ${list[0]!.manifestSha256}`);
    const none = await cli(['bundles', '--case', 'NO-SUCH-CASE']);
    expect(none).toMatchObject({ code: 0, stdout: 'case NO-SUCH-CASE has no bundles ("dijkwacht cases" lists the cases)\n' });
  });

  it('cases counts bundles and outcomes per case; an empty data dir says how to start one', async () => {
    const run = await cli(['cases', '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      expect.objectContaining({ caseId: CASE, bundles: 3, statuses: { COMPLETE: 2, PARTIAL: 1, FAILED: 0 }, domains: ['guarded-portal.test', 'kleding-weg.nl', 'pixelpeel.test'], exported: false, lastExport: null }),
      expect.objectContaining({ caseId: 'CASE-U', bundles: 1 }),
    ]);
    const text = await cli(['cases']);
    expect(text.stdout).toMatch(/^CASE-R {2}3 bundles \(COMPLETE 2, PARTIAL 1, FAILED 0\) {2}not exported$/m);
    const empty = await mkdtemp(join(out, 'empty-'));
    const nothing = await runCli(['cases', '--data-dir', empty]);
    expect(nothing).toMatchObject({ code: 0, stdout: 'no cases yet: give captures a case id, e.g. "dijkwacht capture URL --case CASE-1"\n' });
  });
});

describe('export --exclude and the legal record', () => {
  let root = '';
  let exportId = '';

  it('refuses to exclude a bundle that is not part of the case, naming it', async () => {
    await expect(exportCase(h.options(), CASE, join(out, 'bad.zip'), undefined, { exclude: [ids.loose] })).rejects.toThrow(`Bundle ${ids.loose} is not part of case ${CASE}, so it cannot be excluded`);
    const run = await cli(['export', '--case', CASE, '--out', join(out, 'bad.zip'), '--exclude', 'no-such-bundle']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Bundle no-such-bundle is not part of case CASE-R/);
    expect(existsSync(join(out, 'bad.zip'))).toBe(false);
  });

  it('leaves the excluded bundle out of the zip and names it; one exhibit PDF per included bundle', async () => {
    // Exported with other settings than those of the capture: the documents must give the capture's.
    const zip = join(out, 'case.zip');
    const result = await exportCase(h.options({ settleMs: 1234, proxy: null }), CASE, zip, undefined, { exclude: [ids.excluded] });
    exportId = result.exportId;
    expect(result.bundles).toEqual([ids.complete, ids.partial]);
    expect(result.excluded).toEqual([ids.excluded]);
    const dir = join(out, 'unpacked');
    await extractZip(zip, dir);
    root = join(dir, `case-${CASE}`);
    expect((await readdir(join(root, 'bundles'))).sort()).toEqual([ids.complete, ids.partial].sort());
    expect((await readdir(join(root, 'exhibits'))).sort()).toEqual(['E-001.pdf', 'E-002.pdf']);
    // Every document of the export is PDF/A-2b, tagged, with an outline and embedded fonts.
    for (const pdf of ['statement-of-findings.pdf', 'exhibit-index.pdf', 'verification-report.pdf', 'methodology.pdf', join('exhibits', 'E-001.pdf')]) expect([pdf, await pdfaProblems(join(root, pdf))]).toEqual([pdf, []]);
    expect(await readFile(join(root, 'SHA256SUMS'), 'utf8')).not.toContain(ids.excluded.slice(-8));
    const targets = await verifyPaths([zip], { containerCheck: (r, label) => checkExports(r, label) });
    expect(targets.map((t) => t.result.problems)).toEqual(targets.map(() => []));

    const methodology = await readFile(join(root, 'methodology.md'), 'utf8');
    expect(methodology).toMatch(new RegExp(`left out on the instruction of the operator, test \\(export --exclude\\)[^]*${ids.excluded}  COMPLETE`));
    expect(await pdfLines(join(root, 'methodology.pdf'))).toContain(ids.excluded);
    const index = JSON.parse(await readFile(join(root, 'exhibit-index.json'), 'utf8')) as { excluded: { bundleId: string; excludedBy: string }[] };
    expect(index.excluded).toEqual([expect.objectContaining({ bundleId: ids.excluded, excludedBy: 'test' })]);
    expect(await pdfLines(join(root, 'exhibit-index.pdf'))).toMatch(new RegExp(`Excluded from this export[^]*${ids.excluded}`));

    const cases = JSON.parse((await cli(['cases', '--json'])).stdout) as { caseId: string; exported: boolean; lastExport: { exportId: string } | null }[];
    expect(cases.find((c) => c.caseId === CASE)).toMatchObject({ exported: true, lastExport: { exportId } });
  }, 120_000);

  it('each exhibit PDF carries the exact URL, the bundle id and the full manifest hash on one line', async () => {
    for (const [file, id, url] of [
      ['E-001.pdf', ids.complete, 'http://pixelpeel.test/'],
      ['E-002.pdf', ids.partial, 'http://guarded-portal.test/'],
    ] as const) {
      const text = await pdfLines(join(root, 'exhibits', file));
      const manifestSha = sha256(await readFile(join(root, 'bundles', id, 'manifest.json')));
      expect(text.split('\n').some((line) => line.includes(manifestSha))).toBe(true);
      expect(text).toContain(url);
      expect(text).toContain(id);
      const manifest = JSON.parse(await readFile(join(root, 'bundles', id, 'manifest.json'), 'utf8')) as { capture: { endedAt: string } };
      expect(text).toContain(manifest.capture.endedAt);
      expect(text).toContain(longDate(manifest.capture.endedAt, 'nl'));
      expect(text).toContain(`Bijlage ${file.replace('.pdf', '')}`);
    }
    const partial = await pdfLines(join(root, 'exhibits', 'E-002.pdf'));
    expect(partial).toMatch(/gedeeltelijk \(in het manifest: „PARTIAL”\)/);
    expect(partial.replace(/\s+/g, ' ')).toMatch(/bot wall or challenge page/);
  });

  it('the exhibit index gives a PARTIAL bundle its status and reasons, never a bare "verifies: yes"', async () => {
    const text = (await pdfLines(join(root, 'exhibit-index.pdf'))).replace(/\s+/g, ' ');
    const e2 = text.slice(text.indexOf('E-002 — http://guarded-portal.test/'));
    expect(e2).toMatch(/capture outcome PARTIAL a bot wall or challenge page \(challenge-interstitial\)/);
    expect(e2).toMatch(/this proves the files are unchanged, not that the capture shows the site \(capture PARTIAL\)/);
    expect(text).not.toMatch(/verifies yes/);
    expect(await pdfLines(join(root, 'verification-report.pdf'))).toMatch(/files intact; capture PARTIAL/);
  });

  it('the methodology gives the settings in force at capture, per bundle where they differ', async () => {
    const md = await readFile(join(root, 'methodology.md'), 'utf8');
    expect(md).toContain('settleMs = 300');
    expect(md).not.toContain('settleMs = 1234');
    expect(md).toContain(`proxy = ${h.world.proxyUrl}`);
    expect(md).toMatch(new RegExp(`Only for E-002 \\(${ids.partial}\\):\\n\\n\`\`\`text\\nviewportWidthPx = 1200\\n`));
    expect(md).toMatch(new RegExp(`Only for E-001 \\(${ids.complete}\\):\\n\\n\`\`\`text\\nviewportWidthPx = 1366\\n`));
  });

  it('the Dutch statement of findings says who captured what, when and how, with a signature line', async () => {
    const text = await pdfLines(join(root, 'statement-of-findings.pdf'));
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(`Verklaring van bevindingen — zaak ${CASE}`);
    for (const id of [ids.complete, ids.partial]) {
      const manifest = await readFile(join(root, 'bundles', id, 'manifest.json'));
      const m = JSON.parse(manifest.toString('utf8')) as { target: { requestedUrl: string }; capture: { endedAt: string } };
      expect(text.split('\n').some((line) => line.includes(sha256(manifest)))).toBe(true);
      expect(text).toContain(id);
      expect(text).toContain(m.target.requestedUrl);
      expect(flat).toContain(longDate(m.capture.endedAt, 'nl'));
    }
    const provenance = JSON.parse(await readFile(join(root, 'bundles', ids.complete, 'artifacts', 'provenance.json'), 'utf8')) as { browser: { version: string }; tool: { version: string } };
    expect(flat).toContain(`Chromium ${provenance.browser.version}`);
    expect(flat).toContain(`dijkwacht ${provenance.tool.version}`);
    expect(flat).toMatch(/venstergrootte verschilt per bijlage: E-001: 1366 × 768 pixels E-002: 1200 × 768 pixels/);
    expect(flat).toContain(`via de proxy ${h.world.proxyUrl}`);
    expect(flat).toMatch(/gedeeltelijk \(in het manifest: „PARTIAL”\)/);
    expect(flat).toMatch(new RegExp(`5\\. Weggelaten bundels .*niet in deze export opgenomen.*${ids.excluded}`));
    // The harness's actor, "test", is recorded in the provenance: the collector signs under that name.
    expect(flat).toMatch(/6\. Ondertekening Ik verklaar .* naam test plaats en datum _+ handtekening/);
    // English only inside the quoted reasons the program recorded.
    expect(flat.replace(/„[^”]*”/g, '')).not.toMatch(/\b(the|and|with|bundle|capture|page)\b/);
  });

  it('an HTTPS upgrade by the browser reads as one, never as a server redirect', async () => {
    const zip = join(out, 'upgrade.zip');
    await exportCase(h.options(), 'CASE-U', zip);
    const dir = join(out, 'upgrade');
    await extractZip(zip, dir);
    const index = (await pdfLines(join(dir, 'case-CASE-U', 'exhibit-index.pdf'))).replace(/\s+/g, ' ');
    expect(index).toContain('http://upgrade-demo.dev/ → https://upgrade-demo.dev/ browser upgrade: HSTS preload, no server redirect');
    expect(index).toMatch(/after 0 server redirects/);
    const exhibit = (await pdfLines(join(dir, 'case-CASE-U', 'exhibits', 'E-001.pdf'))).replace(/\s+/g, ' ');
    expect(exhibit).toContain('http://upgrade-demo.dev/ → https://upgrade-demo.dev/');
    expect(exhibit).toMatch(/oorzaak door de browser zelf: de naam staat op de ingebouwde HSTS-lijst van de browser \(vastgelegd als „HSTS preload”\); het http-adres heeft geen server bereikt; de server heeft niet doorverwezen/);
  }, 120_000);
});
