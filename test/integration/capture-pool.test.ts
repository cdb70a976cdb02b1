import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CaptureResult } from '../../src/capture/index.js';
import { startHarness, type Harness } from '../support/capture-env.js';
import { readJsonArtifact, readManifest } from '../support/read.js';

/**
 * A loopback site of its own, started and stopped here: /setter sets a cookie (header and script),
 * local storage and a cacheable script; /reader shows what it finds of them. The server writes down
 * the Cookie header of every request it gets.
 */
interface Seen {
  path: string;
  cookie: string | null;
}

let h: Harness;
let server: Server;
let origin: string;
let grey: Buffer;
const seen: Seen[] = [];

const page = (title: string, body: string): string => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

function serve(req: IncomingMessage, res: ServerResponse): void {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  seen.push({ path, cookie: req.headers.cookie ?? null });
  const html = (text: string, headers: Record<string, string> = {}): void => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(text);
  };
  if (path === '/setter') {
    html(
      page('Beeldlab voorbeeld: instellen', '<h1>Instellen</h1><script src="/shared.js"></script><script>document.cookie="dw-script=1; path=/; max-age=3600";localStorage.setItem("dw-store","set-by-setter");</script>'),
      { 'set-cookie': 'dw-header=1; Path=/; Max-Age=3600' },
    );
  } else if (path === '/reader') {
    html(page('Beeldlab voorbeeld: lezen', '<h1>Lezen</h1><script src="/shared.js"></script><p id="out"></p><script>document.getElementById("out").textContent="cookies: ["+document.cookie+"] storage: ["+(localStorage.getItem("dw-store")||"")+"]";</script>'));
  } else if (path === '/shared.js') {
    res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'public, max-age=3600' }).end('window.sharedLoaded = true;');
  } else if (path === '/lazy') {
    html(page('Beeldlab voorbeeld: lang', '<h1>Lange pagina</h1><div style="height:6000px">ruimte</div><img loading="lazy" src="/img/onder.png" width="200" height="120" alt="grijs vlak">'));
  } else if (path === '/endless') {
    const more = 'fetch("/more").then(r=>r.text()).then(t=>{const p=document.createElement("p");p.style.height="2000px";p.textContent=t;document.body.appendChild(p);});';
    html(page('Beeldlab voorbeeld: eindeloos', `<h1>Eindeloos</h1><div style="height:3000px">ruimte</div><div id="end">einde</div><script>new IntersectionObserver((e,o)=>{if(e[0].isIntersecting){o.disconnect();${more}}}).observe(document.getElementById("end"));</script>`));
  } else if (path === '/more') {
    setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain' }).end('meer voorbeelden geladen'), 400); // longer than the old fixed pauses at the bottom (120 + 150 ms)
  } else if (path === '/img/onder.png') {
    res.writeHead(200, { 'content-type': 'image/png' }).end(grey);
  } else {
    res.writeHead(404).end();
  }
}

beforeAll(async () => {
  h = await startHarness();
  grey = await sharp({ create: { width: 200, height: 120, channels: 3, background: { r: 128, g: 128, b: 128 } } }).png().toBuffer();
  server = createServer(serve);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await h?.stop();
});
beforeEach(() => {
  seen.length = 0;
});

/** Straight to the loopback site: no proxy, private network allowed for this test's own server. */
const capture = (paths: string[], captureConcurrency: number): Promise<CaptureResult[]> => h.capture(paths.map((p) => `${origin}${p}`), { proxy: null, allowPrivateNetwork: true, captureConcurrency });

function bundles(results: CaptureResult[]): Extract<CaptureResult, { ok: true }>[] {
  return results.map((r) => {
    if (!r.ok) throw new Error(`no bundle for ${r.url}: ${r.error}`);
    return r;
  });
}

const visibleText = (bundle: string): Promise<string> => readFile(join(bundle, 'artifacts', 'visible-text.txt'), 'utf8');

describe('a run of many URLs in one warm browser', () => {
  it('gives every URL a fresh context: a cookie, storage or cache entry of URL 1 never reaches URL 2 (one at a time)', async () => {
    const [setter, reader] = bundles(await capture(['/setter', '/reader'], 1));
    expect((await readManifest(setter!.path)).capture.status).toBe('COMPLETE');
    const readers = seen.filter((s) => s.path === '/reader');
    expect(readers).toHaveLength(1);
    expect(readers[0]!.cookie).toBeNull();
    expect(await visibleText(reader!.path)).toContain('cookies: [] storage: []');
    // The cacheable script was fetched again for the second URL: no shared cache.
    expect(seen.filter((s) => s.path === '/shared.js')).toHaveLength(2);
    // Within one URL's context the cookie does travel (the header cookie goes with the script request).
    expect(seen.find((s) => s.path === '/shared.js')?.cookie).toContain('dw-header=1');
  });

  it('keeps them apart when two sessions run at once and later URLs load while earlier ones are written', async () => {
    const results = bundles(await capture(['/setter', '/setter', '/reader', '/reader', '/reader'], 2));
    expect(results.map((r) => r.status)).toEqual(['COMPLETE', 'COMPLETE', 'COMPLETE', 'COMPLETE', 'COMPLETE']);
    const readers = seen.filter((s) => s.path === '/reader');
    expect(readers).toHaveLength(3);
    expect(readers.every((s) => s.cookie === null)).toBe(true);
    for (const r of results.slice(2)) expect(await visibleText(r.path)).toContain('cookies: [] storage: []');
    expect(seen.filter((s) => s.path === '/shared.js')).toHaveLength(5);
    // Each bundle is its own: distinct ids, each with its own requested URL.
    expect(new Set(results.map((r) => r.id)).size).toBe(5);
    for (const [i, r] of results.entries()) expect((await readManifest(r.path)).target.requestedUrl).toBe(`${origin}${['/setter', '/setter', '/reader', '/reader', '/reader'][i]}`);
  });
});

describe('scrolling by condition instead of fixed pauses', () => {
  it('still loads an image that loads lazily at the bottom of a tall page', async () => {
    const [lazy] = bundles(await capture(['/lazy'], 1));
    const inventory = await readJsonArtifact<{ images: { url: string; width: number | null }[] }>(lazy!.path, 'image-inventory.json');
    expect(inventory.images.map((i) => i.url)).toContain(`${origin}/img/onder.png`);
    expect(inventory.images.find((i) => i.url.endsWith('/img/onder.png'))?.width).toBe(200);
  });

  it('waits at the bottom of an endless page while it grows, and keeps what it added', async () => {
    const [endless] = bundles(await capture(['/endless'], 1));
    expect(seen.filter((s) => s.path === '/more')).toHaveLength(1);
    expect(await visibleText(endless!.path)).toContain('meer voorbeelden geladen');
    const steps = (await readManifest(endless!.path)).capture.steps.map((s) => `${s.name}:${s.outcome}`);
    expect(steps).toContain('scroll:OK');
  });
});
