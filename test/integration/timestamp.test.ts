import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeTimestamps, pendingBundles, verifyBundleDir } from '../../src/evidence/index.js';
import { FsBundleStore } from '../../src/store/index.js';
import { startHarness, type Harness } from '../support/capture-env.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

describe('trusted time', () => {
  it('a TSA that is down or answers nonsense never loses the capture: the bundle is saved as timestamp pending', async () => {
    const tsaUrls = [h.world.tsa.failingUrl, h.world.tsa.garbageUrl, h.world.tsa.wrongImprintUrl, 'http://127.0.0.1:1/tsr'];
    const r = await h.captureOk('http://pixelpeel.test/pricing', { tsaUrls });
    expect(r.status).toBe('COMPLETE');
    expect(r.timestampPending).toBe(true);
    expect(await readdir(join(r.path, 'timestamps')).catch(() => [])).toEqual([]);
    const custody = (await readFile(join(r.path, 'custody.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { event: string; details: { failures?: { reason: string }[] } });
    const pending = custody.find((e) => e.event === 'timestamp-pending');
    const reasons = (pending?.details.failures ?? []).map((f) => f.reason).join(' | ');
    expect(reasons).toMatch(/answered HTTP 500/);
    expect(reasons).toMatch(/not an RFC 3161 TimeStampResp/);
    expect(reasons).toMatch(/imprint does not match/);
    expect(reasons).toMatch(/could not be reached/);

    const before = await verifyBundleDir(r.path);
    expect(before.ok).toBe(false);
    expect(before.problems).toEqual([{ artifact: 'timestamps', reason: expect.stringMatching(/timestamp pending/) }]);

    const store = FsBundleStore.forDataDir(h.dataDir);
    expect(await pendingBundles(store)).toContain(r.id);
    const [done] = await completeTimestamps(store, [r.id], [h.world.tsa.url], 5000, 'test');
    expect(done?.stamped).toEqual(['timestamps/00-127.0.0.1.tsr']);
    const after = await verifyBundleDir(r.path);
    expect(after.problems).toEqual([]);
    expect(await pendingBundles(store)).not.toContain(r.id);
  });

  it('with several TSAs every one that answers adds a token, and the verifier checks each against the TSA root', async () => {
    const r = await h.captureOk('http://pixelpeel.test/pricing', { tsaUrls: [h.world.tsa.url, h.world.tsa.failingUrl, h.world.tsa.url] });
    expect((await readdir(join(r.path, 'timestamps'))).length).toBe(2);
    const { parseCertificatesPem } = await import('../../src/evidence/index.js');
    const anchors = parseCertificatesPem(await readFile(h.world.tsa.caFile, 'utf8'));
    const verified = await verifyBundleDir(r.path, { tsaTrustAnchors: anchors });
    expect(verified.problems).toEqual([]);
    expect(verified.timestamps.every((t) => t.anchored)).toBe(true);
    // A root that did not issue the TSA certificate is not accepted.
    const otherRoot = parseCertificatesPem(await readFile(h.world.webCaFile, 'utf8'));
    const wrong = await verifyBundleDir(r.path, { tsaTrustAnchors: otherRoot });
    expect(wrong.problems.map((p) => p.reason), JSON.stringify(wrong.problems)).toContain('the TSA certificate does not chain to a trusted anchor');
  });
});
