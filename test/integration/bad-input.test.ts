import { createServer } from 'node:net';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyBundleDir } from '../../src/evidence/index.js';
import { startHarness, type Harness } from '../support/capture-env.js';
import { readManifest } from '../support/read.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function expectNoHalfBundles(): Promise<void> {
  const staging = join(h.dataDir, 'staging');
  const left = await readdir(staging).catch(() => []);
  expect(left).toEqual([]);
}

describe('targets that are refused before anything is written', () => {
  it('an invalid URL, another scheme and a private address give a clear error and no bundle', async () => {
    const results = await h.capture(['not a url', 'ftp://pixelpeel.test/file', 'http://127.0.0.1:1/'], { proxy: null });
    expect(results.map((r) => r.ok)).toEqual([false, false, false]);
    const errors = results.map((r) => (r.ok ? '' : r.error));
    expect(errors[0]).toMatch(/not a valid URL/);
    expect(errors[1]).toMatch(/Only http and https/);
    expect(errors[2]).toMatch(/loopback address; pass --allow-private-network/);
    await expectNoHalfBundles();
  });
});

describe('targets that fail or misbehave end in a signed bundle that says why', () => {
  const cases: [string, () => string, Partial<Parameters<Harness['capture']>[1]>, RegExp, string][] = [
    ['an unknown host', () => 'http://no-such-host.invalid/', { proxy: null }, /does not exist/, 'FAILED'],
    ['a refused connection', () => 'http://127.0.0.1:PORT/', { proxy: null, allowPrivateNetwork: true }, /could not be reached: connect ECONNREFUSED 127\.0\.0\.1/, 'FAILED'],
    ['a 404', () => 'http://pixelpeel.test/missing', {}, /HTTP 404/, 'PARTIAL'],
    ['a 500', () => 'http://pixelpeel.test/broken', {}, /HTTP 500/, 'PARTIAL'],
    ['a page that never answers', () => 'http://pixelpeel.test/slow', { navigationTimeoutMs: 2500 }, /Timeout|timed out|did not finish/i, 'FAILED'],
    ['a redirect loop', () => 'http://pixelpeel.test/loop', {}, /ERR_TOO_MANY_REDIRECTS/, 'FAILED'],
    ['a PDF', () => 'http://pixelpeel.test/doc.pdf', {}, /application\/pdf, not a web page/, 'PARTIAL'],
    ['an image', () => 'http://pixelpeel.test/image.png', {}, /image\/png, not a web page/, 'PARTIAL'],
  ];
  for (const [name, url, overrides, reason, status] of cases) {
    it(name, async () => {
      const target = url().replace('PORT', String(await closedPort()));
      const [result] = await h.capture([target], overrides);
      expect(result?.ok, JSON.stringify(result)).toBe(true);
      if (!result?.ok) return;
      expect(result.status).toBe(status);
      expect(result.reasons.join(' | ')).toMatch(reason);
      const manifest = await readManifest(result.path);
      expect(manifest.capture.reasons.join(' | ')).toMatch(reason);
      const verified = await verifyBundleDir(result.path);
      expect(verified.problems).toEqual([]);
      await expectNoHalfBundles();
    });
  }

  it('keeps the body of a non-page target, sealed when it may show imagery', async () => {
    const [pdf, png] = await h.capture(['http://pixelpeel.test/doc.pdf', 'http://pixelpeel.test/image.png']);
    for (const r of [pdf, png]) {
      if (!r?.ok) throw new Error('no bundle');
      const body = (await readManifest(r.path)).artifacts.find((a) => a.role === 'response-body' || a.role === 'image');
      expect(body?.sealed).toBe(true);
    }
  });

  it('a huge page is kept up to the size cap, with the truncation recorded', async () => {
    const [r] = await h.capture(['http://pixelpeel.test/huge'], { maxPageBytes: 1_000_000, maxScreenshotHeightPx: 4000, navigationTimeoutMs: 60_000 });
    if (!r?.ok) throw new Error('no bundle');
    expect(r.status).toBe('PARTIAL');
    expect(r.reasons.join(' | ')).toMatch(/response body \(\d+ bytes\) was cut at 1000000 bytes/);
    expect(r.reasons.join(' | ')).toMatch(/screenshot was cut at 4000 px/);
    expect((await verifyBundleDir(r.path)).problems).toEqual([]);
    const source = (await readManifest(r.path)).artifacts.find((a) => a.role === 'html-source');
    expect(source?.truncated).toBe(true);
    expect(source?.bytes).toBe(1_000_000);
    const shot = (await readManifest(r.path)).artifacts.find((a) => a.role === 'screenshot-original');
    expect(shot?.truncated).toBe(true);
    expect((await stat(join(r.path, 'manifest.json'))).size).toBeGreaterThan(0);
  });
});
