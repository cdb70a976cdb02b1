import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyBundleDir } from '../../src/evidence/index.js';
import { startHarness, type Harness } from '../support/capture-env.js';
import { readJsonArtifact, readManifest } from '../support/read.js';
import { EDGE_HOSTS } from '../world/sites.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

describe('the proxy\'s own error is not the target\'s answer', () => {
  for (const url of ['http://no-such-host.test/', 'https://no-such-host.test/']) {
    it(`a host the proxy cannot resolve is FAILED "host not found via proxy" (${url.split(':')[0]})`, async () => {
      const r = await h.captureOk(url);
      expect(r.status).toBe('FAILED');
      expect(r.httpStatus).toBeNull();
      expect(r.reasons[0]).toMatch(/^host not found via proxy: /);
      expect(r.reasons[0]).toContain('Proxy-Status: test-world-proxy; error=dns_error');
      const manifest = await readManifest(r.path);
      expect(manifest.capture.status).toBe('FAILED');
      expect(manifest.capture.reasons[0]).toMatch(/^host not found via proxy/);
      expect(manifest.target.httpStatus).toBeNull();
      // No "answer" of the target is kept: the proxy's 502 is neither the main response nor archived.
      expect(manifest.artifacts.map((a) => a.role)).not.toContain('main-response');
      expect(await exists(join(r.path, 'artifacts', 'source.html'))).toBe(false);
      const events = await readJsonArtifact<{ unreachable: { cause: string; viaProxy: boolean; proxyStatus: string } | null }>(r.path, 'capture-events.json');
      expect(events.unreachable).toMatchObject({ cause: 'host-not-found', viaProxy: true, proxyStatus: 'test-world-proxy; error=dns_error; rcode="NXDOMAIN"' });
      expect((await verifyBundleDir(r.path)).problems).toEqual([]);
    });
  }
});

describe('an upgraded URL whose https:// host the proxy cannot resolve', () => {
  it('is FAILED "host not found via proxy" and says the browser had upgraded it', async () => {
    const r = await h.captureOk('http://no-such-upgrade.dev/');
    expect(r.status).toBe('FAILED');
    expect(r.reasons[0]).toMatch(/^host not found via proxy: .*no-such-upgrade\.dev:443/);
    expect(r.reasons[1]).toBe('before that, http://no-such-upgrade.dev/ → https://no-such-upgrade.dev/ (browser upgrade: HSTS preload, no server redirect)');
  });
});

describe('a 502 the target\'s own server sends is the target\'s answer', () => {
  it('is recorded as the server\'s HTTP 502, with its page kept', async () => {
    const r = await h.captureOk(`http://${EDGE_HOSTS.badGateway}/`);
    expect(r.status).toBe('PARTIAL');
    expect(r.httpStatus).toBe(502);
    expect(r.reasons).toContain('the server answered HTTP 502 Bad Gateway');
    expect(r.reasons.join(' ')).not.toMatch(/via proxy/);
    const main = await readJsonArtifact<{ status: number; headers: Record<string, string> }>(r.path, 'main-response.json');
    expect(main.status).toBe(502);
    expect(main.headers.server).toBe('test-gateway');
  });

  it('also when the site\'s own edge reports an error in Proxy-Status and the proxy appends itself', async () => {
    const r = await h.captureOk(`http://${EDGE_HOSTS.badGateway}/edge`);
    expect(r.status).toBe('PARTIAL');
    expect(r.httpStatus).toBe(502);
    const main = await readJsonArtifact<{ headers: Record<string, string> }>(r.path, 'main-response.json');
    expect(main.headers['proxy-status']).toBe('bad-gateway-edge; error=connection_refused, test-world-proxy');
  });
});
