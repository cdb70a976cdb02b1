import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaptureResult } from '../../src/capture/index.js';
import { KEY_FILES, keysDir, unsealBundle, verifyBundleDir } from '../../src/evidence/index.js';
import { startHarness, type Harness } from '../support/capture-env.js';
import { HOSTILE_CASES, INTERNAL_MARKER, type HostileCase } from '../world/hostile/index.js';

/** Tight budgets: a hostile page must end within them, not within the defaults. */
// Navigation gets room for a loaded CI machine (a redirect must be refused, not timed out first).
const BUDGET = { navigationTimeoutMs: 8000, stepTimeoutMs: 3000, settleMs: 250, captureDeadlineMs: 30_000, captureConcurrency: 2 };

/** Channels whose pages only test that the capture ends in time. */
const BOUNDED_CHANNELS = new Set(['body', 'renderer', 'dialog']);

/** Channels where going straight to the network (no proxy) differs from going through one: addresses, resolution, tunnels. */
const DIRECT_CHANNELS = new Set(['redirect', 'navigation', 'subresource', 'script-request', 'worker', 'websocket', 'webrtc', 'frame', 'download']);

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) if (entry.isFile()) out.push(join(entry.parentPath, entry.name));
  return out;
}

/** Every byte of a bundle, sealed artifacts opened with the custodian key, searched for the internal page's marker. */
async function markerIn(h: Harness, bundleDir: string): Promise<string[]> {
  const out = await mkdtemp(join(tmpdir(), 'dw-unsealed-'));
  try {
    const key = await readFile(join(keysDir(h.dataDir), KEY_FILES.custodianPrivate), 'utf8');
    await unsealBundle(bundleDir, key, out).catch(() => undefined); // a bundle with nothing sealed has nothing to open
    const hits: string[] = [];
    for (const file of [...(await filesUnder(bundleDir)), ...(await filesUnder(out))]) {
      if ((await readFile(file)).includes(INTERNAL_MARKER)) hits.push(file);
    }
    return hits;
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

function describeCase(c: HostileCase, r: CaptureResult | undefined): string {
  return `${c.name} (${c.path}): ${r ? (r.ok ? `${r.status} ${r.reasons.join(' | ')}` : `error ${r.error}`) : 'no result'}`;
}

describe('capture against the hostile web', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  for (const mode of ['proxy', 'direct'] as const) {
    it(`ends every hostile page with a signed, honest bundle and lets nothing forbidden out (${mode})`, async () => {
      const cases = HOSTILE_CASES.filter((c) => (!c.modes || c.modes.includes(mode)) && (mode === 'proxy' || DIRECT_CHANNELS.has(c.channel)));
      const urls = cases.map((c) => h.world.web.hostile.url(c.path, { direct: mode === 'direct', https: c.https ?? false }));
      h.world.web.clearForbidden();
      const overrides = mode === 'proxy' ? BUDGET : { ...BUDGET, proxy: null, allowPrivateNetworks: ['127.0.0.1/32'] };
      // Pages that only test bounds (bodies, renderer, dialogs) get the short timeout they are meant to hit.
      const bounded = cases.map((c) => BOUNDED_CHANNELS.has(c.channel));
      const [short, long] = await Promise.all([
        h.capture(urls.filter((_, i) => bounded[i]), { ...overrides, navigationTimeoutMs: 4000, captureConcurrency: 1 }),
        h.capture(urls.filter((_, i) => !bounded[i]), { ...overrides, captureConcurrency: 1 }),
      ]);
      const results = bounded.map((b) => (b ? short.shift() : long.shift()));

      // One result per URL: a hostile page never costs the others of the run.
      expect(results).toHaveLength(urls.length);
      cases.forEach((c, i) => {
        const r = results[i];
        expect(r?.ok, describeCase(c, r)).toBe(true);
        if (!r?.ok) return;
        if (r.status !== 'COMPLETE') expect(r.reasons.length, describeCase(c, r)).toBeGreaterThan(0);
        if (c.channel === 'redirect' && c.expect.includes('internal')) {
          expect(r.status, describeCase(c, r)).not.toBe('COMPLETE');
          expect(r.reasons.join(' '), describeCase(c, r)).toMatch(/refused/);
        }
      });

      // Nothing the world counts as forbidden: no POST, no download, no internal request, no WebSocket, no popup.
      expect(h.world.web.forbidden()).toEqual([]);

      // No half bundles, and every bundle still verifies as evidence.
      expect(await readdir(join(h.dataDir, 'staging')).catch(() => [])).toEqual([]);
      for (const [i, r] of results.entries()) {
        if (!r?.ok) continue;
        const check = await verifyBundleDir(r.path, { allowPendingTimestamp: true });
        expect(check.problems, describeCase(cases[i]!, r)).toEqual([]);
        expect(await markerIn(h, r.path), describeCase(cases[i]!, r)).toEqual([]);
      }
    }, 900_000);
  }
});
