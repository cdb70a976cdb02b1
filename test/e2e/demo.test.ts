import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { pdfText } from '../support/documents.js';

const exec = promisify(execFile);

it('npm run demo runs the whole pipeline on the test world and says where the outputs are', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'dw-demo-'));
  try {
    const { stdout } = await exec(process.execPath, [resolve(import.meta.dirname, '../../dist/scripts/demo.js')], { env: { ...process.env, DIJKWACHT_DEMO_DIR: dir } });
    expect(stdout).toMatch(/discover: \d+ search results, \d+ pages crawled/);
    expect(stdout).toMatch(/sites: nudify [1-9]\d*, deepfake [1-9]\d*, directory \d+, unrelated \d+/);
    expect(stdout).toMatch(/COMPLETE https?:\/\/(?!pixelpeel)[a-z0-9.-]+\.test\//);
    expect(stdout).toMatch(/COMPLETE http:\/\/kleding-weg\.nl\//);
    expect(stdout).toMatch(/COMPLETE https:\/\/pixelpeel\.test\//);
    expect(stdout).toMatch(/PARTIAL {2}http:\/\/guarded-portal\.test\/[\s\S]*bot wall/);
    expect(stdout).toMatch(/kleding-weg\.nl: registrar Voorbeeld Registrar B\.V\. \(abuse abuse@voorbeeld-registrar\.test\); host Voorbeeld Hosting B\.V\. \(abuse abuse@voorbeeld-hosting\.test\)/);
    expect(stdout).toMatch(/coverlift-ai\.test: .*host behind Cloudflare/);
    for (const type of ['host', 'registrar', 'sidn', 'acm', 'cdn']) expect(stdout).toMatch(new RegExp(`^ {2}${type} +\\S`, 'm'));
    expect(stdout).toMatch(/due {6}kleding-weg\.nl: registrar silent 15 days -> refer --to sidn/);
    expect(stdout).toMatch(/export: {3}\d+ bundles, \d+ exhibits, 5 packets, 2 notices; SHA256SUMS signed and timestamped/);
    expect(stdout).toMatch(/verify: {3}the export and all \d+ bundles in it verify/);
    const sidnPdf = /SIDN packet \(PDF\):\s+(\S+)/.exec(stdout)?.[1];
    const text = (await pdfText(sidnPdf!)).replace(/\s+/g, ' ');
    expect(text).toMatch(/Verzoek notice-and-takedown: kleding-weg\.nl/);
    expect(text).toContain('abuse@voorbeeld-registrar.test');
    const safeView = /safe-view copy:\s+(\S+)/.exec(stdout)?.[1];
    expect((await readFile(safeView!)).subarray(1, 4).toString()).toBe('PNG');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  // The whole pipeline with two browsers at work beside the other suites: give it room on a 2-core machine.
}, 600_000);
