import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { WACZ } from '@harvard-lil/js-wacz';
import { WARCRecord, WARCSerializer } from 'warcio';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWacz } from '../../src/capture/wacz.js';

const run = promisify(execFile);
const hex = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** Every entry of a zip, uncompressed, with its compression method: read with yauzl, hashed with node:crypto. */
async function entries(path: string): Promise<{ name: string; method: number; data: Buffer }[]> {
  const zip = await yauzl.openPromise(path, { autoClose: false });
  const out: { name: string; method: number; data: Buffer }[] = [];
  try {
    for await (const entry of zip.eachEntry()) {
      const chunks: Buffer[] = [];
      for await (const c of await zip.openReadStreamPromise(entry)) chunks.push(c as Buffer);
      out.push({ name: entry.fileName, method: entry.compressionMethod, data: Buffer.concat(chunks) });
    }
  } finally {
    zip.close();
  }
  return out;
}

/** A small WARC with one response record, the way the capture writes them (gzip per record). */
async function sampleWarc(path: string): Promise<Buffer> {
  const body = 'x'.repeat(200_000); // several stream chunks
  async function* payload(): AsyncIterable<Uint8Array> {
    yield new TextEncoder().encode(`<html><head><title>Voorbeeld</title></head><body>${body}</body></html>`);
  }
  const record = WARCRecord.create(
    { url: 'http://voorbeeld.test/', date: '2026-01-05T10:00:00Z', type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': 'text/html' }, statusline: 'HTTP/1.1 200 OK' },
    payload(),
  );
  const bytes = Buffer.from(await WARCSerializer.serialize(record, { gzip: true }));
  await writeFile(path, bytes);
  return bytes;
}

describe('WACZ datapackage digests', () => {
  let dir: string;
  let warc: Buffer;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dw-wacz-digest-'));
    warc = await sampleWarc(join(dir, 'data.warc.gz'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('records the true SHA-256 and size of every resource, and of datapackage.json in datapackage-digest.json', async () => {
    const wacz = join(dir, 'fixed.wacz');
    await writeWacz(join(dir, 'data.warc.gz'), wacz, { url: 'http://voorbeeld.test/', title: 'Voorbeeld', ts: '2026-01-05T10:00:00Z' });
    const files = await entries(wacz);
    const byName = new Map(files.map((f) => [f.name, f]));
    const pkgBytes = byName.get('datapackage.json')!.data;
    const pkg = JSON.parse(pkgBytes.toString('utf8')) as { wacz_version: string; resources: { path: string; hash: string; bytes: number }[] };
    expect(pkg.wacz_version).toBe('1.1.1');
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(files.map((f) => f.name).filter((n) => !n.startsWith('datapackage')).sort());
    for (const r of pkg.resources) {
      const data = byName.get(r.path)!.data;
      expect(r.hash, r.path).toBe(`sha256:${hex(data)}`);
      expect(r.bytes, r.path).toBe(data.length);
    }
    // The WARC inside is the WARC that was written, byte for byte.
    const warcResource = pkg.resources.find((r) => r.path.startsWith('archive/'))!;
    expect(warcResource.hash).toBe(`sha256:${hex(warc)}`);
    const digest = JSON.parse(byName.get('datapackage-digest.json')!.data.toString('utf8')) as { path: string; hash: string };
    expect(digest).toEqual({ path: 'datapackage.json', hash: `sha256:${hex(pkgBytes)}` });
    await run('unzip', ['-tq', wacz]);
  });

  it('keeps the entries, their order and their compression as js-wacz wrote them (and js-wacz alone gets the WARC hash wrong)', async () => {
    const raw = join(dir, 'raw.wacz');
    const packager = new WACZ({ input: join(dir, 'data.warc.gz'), output: raw, url: 'http://voorbeeld.test/', ts: '2026-01-05T10:00:00Z', title: 'Voorbeeld', log: { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} } });
    packager.addPage('http://voorbeeld.test/', 'Voorbeeld', '2026-01-05T10:00:00Z');
    try {
      await packager.process(false);
    } finally {
      await packager.indexWARCPool?.destroy();
    }
    const rawFiles = await entries(raw);
    const rawPkg = JSON.parse(rawFiles.find((f) => f.name === 'datapackage.json')!.data.toString('utf8')) as { resources: { path: string; hash: string }[] };
    // js-wacz 0.1.6 issue #127: sha256(file || file). When this starts failing, js-wacz was fixed.
    expect(rawPkg.resources.find((r) => r.path.startsWith('archive/'))!.hash).toBe(`sha256:${hex(Buffer.concat([warc, warc]))}`);

    const fixed = join(dir, 'fixed.wacz');
    const fixedFiles = await entries(fixed);
    expect(fixedFiles.map((f) => [f.name, f.method])).toEqual(rawFiles.map((f) => [f.name, f.method]));
    // Same WARC (pages.jsonl carries a fresh page id per packaging, so only the archive is compared).
    const archive = (files: { name: string; data: Buffer }[]): string => hex(files.find((f) => f.name.startsWith('archive/'))!.data);
    expect(archive(fixedFiles)).toBe(archive(rawFiles));
    expect(await readFile(fixed)).not.toEqual(await readFile(raw));
  });
});
