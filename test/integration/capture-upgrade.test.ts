import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyBundleDir } from '../../src/evidence/index.js';
import { startHarness, type Harness } from '../support/capture-env.js';
import { readJsonArtifact, readManifest } from '../support/read.js';
import { blockDigestHolds, openWacz } from '../support/warc-records.js';
import { EDGE_HOSTS } from '../world/sites.js';

interface Chain {
  requestedUrl: string;
  hops: { url: string; status: number; location: string | null; by: string; nonAuthoritativeReason?: string }[];
  internalRedirects: { from: string; to: string; status: number | null; cause: string; causeText: string; nonAuthoritativeReason: string | null; serverContacted: boolean; explanation: string }[];
  serverRedirects: number;
  finalUrl: string;
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

/** Plain-HTTP requests the world's web received for a host (absolute-form through its proxy, or direct). */
const plainHttpSeen = (host: string, path?: string) => h.world.web.seen.filter((s) => s.host === host && s.via !== 'tls' && s.method !== 'CONNECT' && (path === undefined || s.path === path));

describe('an http:// URL the browser upgrades itself (HSTS preload: .dev)', () => {
  const url = `http://${EDGE_HOSTS.preloaded}/`;
  const https = `https://${EDGE_HOSTS.preloaded}/`;
  let bundle: string;
  beforeAll(async () => {
    const r = await h.captureOk(url);
    expect(r.status, r.reasons.join(' | ')).toBe('COMPLETE');
    bundle = r.path;
    expect(r.internalRedirects.map((x) => [x.from, x.to, x.cause])).toEqual([[url, https, 'hsts-preload']]);
  });

  it('never sent the http:// request: no server redirected', () => {
    expect(plainHttpSeen(EDGE_HOSTS.preloaded)).toEqual([]);
    expect(h.world.web.seen.some((s) => s.host === EDGE_HOSTS.preloaded && s.via === 'tls' && s.path === '/')).toBe(true);
  });

  it('keeps the requested URL and records the upgrade as the browser\'s own redirect, with its cause', async () => {
    const manifest = await readManifest(bundle);
    expect(manifest.target).toMatchObject({ requestedUrl: url, finalUrl: https, httpStatus: 200 });
    const chain = await readJsonArtifact<Chain>(bundle, 'redirect-chain.json');
    expect(chain.requestedUrl).toBe(url);
    expect(chain.hops.map((x) => [x.url, x.status, x.by])).toEqual([
      [url, 307, 'browser'],
      [https, 200, 'server'],
    ]);
    expect(chain.hops[0]?.nonAuthoritativeReason).toBe('HSTS');
    expect(chain.serverRedirects).toBe(0);
    expect(chain.internalRedirects).toEqual([expect.objectContaining({ from: url, to: https, status: 307, cause: 'hsts-preload', causeText: 'HSTS preload', nonAuthoritativeReason: 'HSTS', serverContacted: false })]);
    expect(chain.internalRedirects[0]?.explanation).toMatch(/built-in HSTS preload list/);
    expect((await verifyBundleDir(bundle)).problems).toEqual([]);
  });

  it('writes a WARC metadata record for the requested URL, never a response the server did not send', async () => {
    const { records, index } = await openWacz(bundle, h.dataDir);
    // Every digest a record declares holds (warcinfo declares none: WARC-Block-Digest is optional).
    for (const r of records.filter((x) => x.headers['warc-block-digest'])) expect(blockDigestHolds(r), `${r.headers['warc-type']} ${r.headers['warc-target-uri']}`).toBe(true);
    const forHttp = records.filter((r) => r.headers['warc-target-uri'] === url);
    expect(forHttp.map((r) => r.headers['warc-type'])).toEqual(['metadata']);
    const meta = forHttp[0]!;
    expect(meta.headers['content-type']).toBe('application/warc-fields');
    expect(meta.headers['warc-block-digest']).toMatch(/^sha256:/);
    const fields = meta.block.toString('utf8');
    expect(fields).toContain(`location: ${https}\r\n`);
    expect(fields).toContain('non-authoritative-reason: HSTS\r\n');
    expect(fields).toContain('upgrade-cause: hsts-preload\r\n');
    expect(fields).toContain('sent-to-server: no\r\n');
    const response = records.find((r) => r.headers['warc-type'] === 'response' && r.headers['warc-target-uri'] === https);
    expect(response).toBeDefined();
    expect(meta.headers['warc-concurrent-to']).toBe(response?.headers['warc-record-id']);
    // Replay indexes serve the https:// page; the metadata record is not an entry a player could serve.
    expect(index).toContain(`"url":"${https}"`);
    expect(index).not.toContain(`"url":"${url}"`);
  });
});

describe('an upgrade under an HSTS policy the site set earlier in the same capture', () => {
  const host = EDGE_HOSTS.hstsHop;
  it('records the server redirects as the server\'s and the last hop as the browser\'s, caused by that policy', async () => {
    const r = await h.captureOk(`http://${host}/`);
    expect(r.status, r.reasons.join(' | ')).toBe('COMPLETE');
    const chain = await readJsonArtifact<Chain>(r.path, 'redirect-chain.json');
    expect(chain.hops.map((x) => [x.url, x.status, x.by])).toEqual([
      [`http://${host}/`, 301, 'server'],
      [`https://${host}/`, 302, 'server'],
      [`http://${host}/page`, 307, 'browser'],
      [`https://${host}/page`, 200, 'server'],
    ]);
    expect(chain.serverRedirects).toBe(2);
    expect(chain.internalRedirects).toEqual([expect.objectContaining({ from: `http://${host}/page`, to: `https://${host}/page`, cause: 'hsts-policy', causeText: 'HSTS policy' })]);
    expect(chain.internalRedirects[0]?.explanation).toContain(`https://${host}/`);
    // The world's web saw the first plain-HTTP hop, never the upgraded one.
    expect(plainHttpSeen(host, '/')).toHaveLength(1);
    expect(plainHttpSeen(host, '/page')).toEqual([]);
  });
});

describe('a server redirect is still a server redirect', () => {
  it('records every hop of a 301/302 chain as answered by the server, with no internal redirect', async () => {
    const r = await h.captureOk('http://go-pixelpeel.test/');
    const chain = await readJsonArtifact<Chain>(r.path, 'redirect-chain.json');
    expect(chain.hops.map((x) => [x.status, x.by])).toEqual([
      [301, 'server'],
      [302, 'server'],
      [200, 'server'],
    ]);
    expect(chain.internalRedirects).toEqual([]);
    expect(chain.serverRedirects).toBe(2);
    expect(r.internalRedirects).toEqual([]);
  });

  it('also when the server sends the header Chromium puts on its own redirects', async () => {
    const url = `http://${EDGE_HOSTS.hstsHop}/dressed-up`;
    const r = await h.captureOk(url);
    const chain = await readJsonArtifact<Chain>(r.path, 'redirect-chain.json');
    expect(chain.hops.map((x) => [x.status, x.by])).toEqual([
      [307, 'server'],
      [200, 'server'],
    ]);
    expect(chain.internalRedirects).toEqual([]);
    expect(plainHttpSeen(EDGE_HOSTS.hstsHop, '/dressed-up')).toHaveLength(1);
    const { records } = await openWacz(r.path, h.dataDir);
    expect(records.filter((x) => x.headers['warc-target-uri'] === url).map((x) => x.headers['warc-type']).sort()).toEqual(['request', 'response']);
  });
});
