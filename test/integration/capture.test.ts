import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog, latestCapture } from '../../src/catalog/index.js';
import { unsealBundle, verifyBundleDir } from '../../src/evidence/index.js';
import { startHarness, type Harness } from '../support/capture-env.js';
import { readJsonArtifact, readManifest } from '../support/read.js';

const run = promisify(execFile);
let h: Harness;
let bundle: string;

beforeAll(async () => {
  h = await startHarness();
  bundle = (await h.captureOk('http://pixelpeel.test/')).path;
});
afterAll(async () => h?.stop());

describe('a capture of a fixture page over HTTP', () => {
  it('is COMPLETE and verifies', async () => {
    const manifest = await readManifest(bundle);
    expect(manifest.capture.status).toBe('COMPLETE');
    expect(manifest.target.requestedUrl).toBe('http://pixelpeel.test/');
    const result = await verifyBundleDir(bundle);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('holds the Berkeley Protocol minimum and the other artifacts', async () => {
    const roles = new Set((await readManifest(bundle)).artifacts.map((a) => a.role));
    for (const role of ['screenshot-original', 'screenshot-safe-view', 'html-source', 'dom', 'visible-text', 'main-response', 'redirect-chain', 'wacz', 'dns', 'links', 'image-inventory', 'image', 'page-metadata', 'provenance', 'verify-instructions']) {
      expect(roles, role).toContain(role);
    }
    const text = await readFile(join(bundle, 'artifacts', 'visible-text.txt'), 'utf8');
    expect(text).toContain('PixelPeel AI photo studio');
    const links = await readJsonArtifact<{ links: { href: string }[] }>(bundle, 'links.json');
    expect(links.links.map((l) => l.href)).toContain('https://elsewhere.test/partner?ref=pp');
    const meta = await readJsonArtifact<{ title: string; meta: { name: string | null; content: string | null }[] }>(bundle, 'page-metadata.json');
    expect(meta.title).toBe('PixelPeel AI - photo studio');
    expect(meta.meta.find((m) => m.name === 'description')?.content).toContain('Fictional AI photo studio');
  });

  it('seals imagery: screenshot, images and WACZ are ciphertext, and the custodian restores them exactly', async () => {
    const manifest = await readManifest(bundle);
    const sealed = manifest.artifacts.filter((a) => a.sealed).map((a) => a.role);
    expect(sealed).toContain('screenshot-original');
    expect(sealed).toContain('wacz');
    expect(sealed.filter((r) => r === 'image').length).toBeGreaterThanOrEqual(12);
    const cipher = await readFile(join(bundle, 'artifacts', 'screenshot-full.png.sealed'));
    expect(cipher.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(false);
    const out = await mkdtemp(join(tmpdir(), 'dw-unsealed-'));
    const key = await readFile(join(h.dataDir, 'keys', 'custodian-private.pem'), 'utf8');
    const restored = await unsealBundle(bundle, key, out);
    expect(restored.files.length).toBe(manifest.artifacts.filter((a) => a.sealed).length);
    const png = await sharp(join(out, 'artifacts', 'screenshot-full.png')).metadata();
    expect(png.format).toBe('png');
    const wacz = await readFile(join(out, 'artifacts', 'capture.wacz'));
    expect(wacz.subarray(0, 2).toString()).toBe('PK');
  });

  it('keeps a WACZ whose WARC holds the page and its images', async () => {
    const out = await mkdtemp(join(tmpdir(), 'dw-wacz-'));
    await unsealBundle(bundle, await readFile(join(h.dataDir, 'keys', 'custodian-private.pem'), 'utf8'), out);
    await run('unzip', ['-q', join(out, 'artifacts', 'capture.wacz'), '-d', join(out, 'wacz')]);
    expect((await readdir(join(out, 'wacz'))).sort()).toEqual(expect.arrayContaining(['archive', 'datapackage.json', 'indexes', 'pages']));
    const index = await readFile(join(out, 'wacz', 'indexes', 'index.cdx'), 'utf8').catch(() => readFile(join(out, 'wacz', 'indexes', 'index.cdxj'), 'utf8'));
    expect(index).toContain('test,pixelpeel)/');
    expect(index).toContain('/img/p0.png');
  });

  it('pixelates every image region of the safe view while text stays identical to the original', async () => {
    const out = await mkdtemp(join(tmpdir(), 'dw-safe-'));
    await unsealBundle(bundle, await readFile(join(h.dataDir, 'keys', 'custodian-private.pem'), 'utf8'), out);
    const original = sharp(join(out, 'artifacts', 'screenshot-full.png'));
    const safe = sharp(join(bundle, 'artifacts', 'screenshot-safe-view.png'));
    const regions = await readJsonArtifact<{ regions: { left: number; top: number; width: number; height: number; kinds: string[] }[] }>(bundle, 'safe-view-regions.json');
    const gallery = regions.regions.filter((r) => r.kinds.includes('img') && r.width > 200);
    expect(gallery.length).toBeGreaterThanOrEqual(10);
    // Detail measure: mean absolute difference between horizontal neighbours. Checkerboards are full of edges.
    const detail = async (img: ReturnType<typeof sharp>, r: { left: number; top: number; width: number; height: number }): Promise<number> => {
      const inset = { left: r.left + 8, top: r.top + 8, width: r.width - 16, height: r.height - 16 };
      const { data, info } = await img.clone().extract(inset).greyscale().raw().toBuffer({ resolveWithObject: true });
      let sum = 0;
      let n = 0;
      for (let y = 0; y < info.height; y++) for (let x = 1; x < info.width; x++, n++) sum += Math.abs((data[y * info.width + x] ?? 0) - (data[y * info.width + x - 1] ?? 0));
      return sum / n;
    };
    const first = gallery[0]!;
    const before = await detail(original, first);
    const after = await detail(safe, first);
    expect(before).toBeGreaterThan(20);
    expect(after).toBeLessThan(before / 10);
    // The headline text region is pixel-identical.
    const textBox = { left: 20, top: 20, width: 400, height: 40 };
    const a = await original.clone().extract(textBox).raw().toBuffer();
    const b = await safe.clone().extract(textBox).raw().toBuffer();
    expect(b.equals(a)).toBe(true);
  });

  it('inventories images with hashes, dimensions, a perceptual hash and EXIF/XMP traces', async () => {
    const inv = await readJsonArtifact<{ images: { url: string; sha256: string; width: number; height: number; dhash: string; metadata: Record<string, Record<string, unknown>> | null }[] }>(bundle, 'image-inventory.json');
    const traces = inv.images.find((i) => i.url.endsWith('/img/traces.jpg'));
    expect(traces?.width).toBe(300);
    expect(traces?.dhash).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(traces?.metadata)).toContain('FixtureDiffusion 0.9');
    const webp = inv.images.find((i) => i.url.endsWith('/img/photo'));
    expect(webp?.width).toBe(200);
  });

  it('is signed so that openssl cms -verify accepts it', async () => {
    const { stdout, stderr } = await run('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', join(bundle, 'manifest.json.p7s'), '-content', join(bundle, 'manifest.json'), '-noverify', '-out', '/dev/null']);
    expect(`${stdout}${stderr}`).toContain('Verification successful');
  });

  it('carries an RFC 3161 token that openssl ts -verify accepts', async () => {
    const tokens = await readdir(join(bundle, 'timestamps'));
    expect(tokens.length).toBe(1);
    const { stdout } = await run('openssl', ['ts', '-verify', '-data', join(bundle, 'manifest.json.p7s'), '-in', join(bundle, 'timestamps', tokens[0]!), '-CAfile', h.world.tsa.caFile, '-untrusted', h.world.tsa.certFile]);
    expect(stdout).toContain('Verification: OK');
  });

  it('passes the sha256sum checks its VERIFY.md prints', async () => {
    const md = await readFile(join(bundle, 'VERIFY.md'), 'utf8');
    const list = /sha256sum -c <<'HASHES'\n([\s\S]*?)\nHASHES/.exec(md)?.[1] ?? '';
    expect(list.split('\n').length).toBeGreaterThan(20);
    const { stdout } = await run('bash', ['-c', `cd "${bundle}" && sha256sum -c <<'HASHES'\n${list}\nHASHES`]);
    expect(stdout).not.toContain('FAILED');
  });

  it('records provenance and a hash-chained custody log', async () => {
    const prov = await readJsonArtifact<Record<string, unknown>>(bundle, 'provenance.json');
    expect(prov).toMatchObject({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', sealed: true });
    expect(JSON.stringify(prov)).toMatch(/Chrome\/\d+/);
    expect(String((prov.proxy as string) ?? '')).toContain('127.0.0.1');
    const custody = (await readFile(join(bundle, 'custody.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { event: string });
    expect(custody.map((e) => e.event)).toEqual(['captured', 'sealed', 'signed', 'timestamped', 'stored']);
  });
});

describe('what a capture does not do', () => {
  it('never submits a form the page tries to submit, and records the attempt', async () => {
    const r = await h.captureOk('http://pixelpeel.test/autosubmit');
    expect(h.world.web.seen.some((s) => s.path === '/upload')).toBe(false);
    const events = await readJsonArtifact<{ blocked: { kind: string; url: string }[] }>(r.path, 'capture-events.json');
    expect(events.blocked).toContainEqual(expect.objectContaining({ kind: 'form-submission', url: 'http://pixelpeel.test/upload' }));
  });

  it('closes popups, cancels downloads and refuses navigation away after load', async () => {
    const [popup, download, leave] = await h.capture(['http://pixelpeel.test/popup', 'http://pixelpeel.test/download', 'http://pixelpeel.test/leave']);
    const kinds = async (r: typeof popup) => (await readJsonArtifact<{ blocked: { kind: string }[] }>((r as { path: string }).path, 'capture-events.json')).blocked.map((b) => b.kind);
    expect(await kinds(popup)).toContain('popup');
    expect(await kinds(download)).toContain('download');
    expect(await kinds(leave)).toContain('navigation-away');
    expect(h.world.web.seen.filter((s) => s.path === '/away' || s.path === '/popped')).toEqual([]);
    // The download was cancelled: nothing of it is in the bundle.
    const manifest = await readManifest((download as { path: string }).path);
    expect(manifest.artifacts.some((a) => a.bytes === 1024 || a.path.includes('file.bin'))).toBe(false);
  });
});

describe('redirects, HTTPS and bot walls', () => {
  it('records the whole redirect chain', async () => {
    const r = await h.captureOk('http://go-pixelpeel.test/');
    const chain = await readJsonArtifact<{ hops: { url: string; status: number }[]; finalUrl: string }>(r.path, 'redirect-chain.json');
    expect(chain.hops.map((x) => [x.url, x.status])).toEqual([
      ['http://go-pixelpeel.test/', 301],
      ['http://hop.pixelpeel-mirror.test/hop', 302],
      ['http://pixelpeel.test/landing', 200],
    ]);
    expect(chain.finalUrl).toBe('http://pixelpeel.test/landing');
  });

  it('captures HTTPS through the proxy with the certificate chain, trusted via --ca-file', async () => {
    const r = await h.captureOk('https://pixelpeel.test/');
    expect(r.status).toBe('COMPLETE');
    const tls = await readJsonArtifact<{ trusted: boolean; chain: { subjectAltNames: string[] }[] }>(r.path, 'tls/summary.json');
    expect(tls.trusted).toBe(true);
    expect(tls.chain[0]?.subjectAltNames).toContain('DNS:pixelpeel.test');
    expect(await readFile(join(r.path, 'artifacts', 'tls', 'chain.pem'), 'utf8')).toContain('BEGIN CERTIFICATE');
    // the catalog learns the capture and the certificate's SAN set, for CDN detection and operators
    const catalog = new Catalog(h.dataDir);
    try {
      expect(latestCapture(catalog, 'pixelpeel.test')).toMatchObject({ bundleId: r.id, status: 'COMPLETE' });
      const san = catalog.db.prepare("SELECT value FROM identifiers WHERE domain = 'pixelpeel.test' AND kind = 'tls-san-set'").get() as { value: string };
      expect(san.value).toContain('DNS:pixelpeel.test');
    } finally {
      catalog.close();
    }
  });

  it('captures the plain HTTPS server directly, and says so when its certificate is not trusted', async () => {
    const r = await h.captureOk(`${h.world.web.httpsOrigin}/`, { proxy: null, allowPrivateNetwork: true, caFile: null });
    expect(r.status).toBe('PARTIAL');
    expect(r.reasons.join(' ')).toMatch(/TLS certificate is not trusted/);
    expect((await verifyBundleDir(r.path)).ok).toBe(true);
  });

  it('marks a challenge interstitial PARTIAL and never as the site content', async () => {
    const r = await h.captureOk('http://guarded-portal.test/');
    expect(r.status).toBe('PARTIAL');
    expect(r.reasons[0]).toMatch(/bot wall or challenge page/);
    const manifest = await readManifest(r.path);
    expect(manifest.capture.botWall?.signals.join(' ')).toMatch(/Just a moment/);
  });
});

describe('pages that need a browser, other encodings, stealth', () => {
  it('keeps text that only exists after scripts run, and decodes a Latin-1 page', async () => {
    const [app, latin1] = await h.capture(['http://pixelpeel.test/app', 'http://pixelpeel.test/latin1']);
    if (!app?.ok || !latin1?.ok) throw new Error('no bundle');
    expect(await readFile(join(app.path, 'artifacts', 'visible-text.txt'), 'utf8')).toContain('Rendered by script');
    expect(await readFile(join(app.path, 'artifacts', 'source.html'), 'utf8')).toContain('<div id="root"></div>');
    expect(await readFile(join(app.path, 'artifacts', 'dom.html'), 'utf8')).toContain('<div id="root"><h1>Rendered by script</h1>');
    expect(await readFile(join(latin1.path, 'artifacts', 'visible-text.txt'), 'utf8')).toContain('Café crème');
    // The raw response stays byte-exact (Latin-1), as served.
    const raw = await readFile(join(latin1.path, 'artifacts', 'source.html'));
    expect(raw.toString('hex'), raw.toString('latin1')).toContain(Buffer.from('Caf\xe9', 'latin1').toString('hex'));
  });

  it('captures with the stealth evasions and records that it did', async () => {
    const r = await h.captureOk('http://pixelpeel.test/pricing', { stealth: true });
    expect(r.status).toBe('COMPLETE');
    const prov = await readJsonArtifact<{ browser: { stealth: boolean } }>(r.path, 'provenance.json');
    expect(prov.browser.stealth).toBe(true);
  });
});
