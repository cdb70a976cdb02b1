import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendCustody, checkCustodyLog, loadSigner, verifyPaths } from '../../src/evidence/index.js';
import { S3BundleStore } from '../../src/store/s3-store.js';
import { startHarness, type Harness } from '../support/capture-env.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ s3: true });
});
afterAll(async () => h?.stop());

const s3Options = () => {
  const s3 = h.world.s3!;
  return h.options({
    store: 's3',
    s3Endpoint: s3.endpoint,
    s3Bucket: s3.bucket,
    s3ForcePathStyle: true,
    s3AccessKeyId: s3.accessKeyId,
    s3SecretAccessKey: s3.secretAccessKey,
    s3ObjectLockMode: 'COMPLIANCE',
    s3ObjectLockDays: 30,
  });
};

describe('the S3 bundle store (against a real S3-compatible server)', () => {
  it('stores a captured bundle whole, with Object Lock retention on every object, and it verifies from S3', async () => {
    const options = s3Options();
    const [r] = await h.capture(['http://pixelpeel.test/'], options);
    if (!r?.ok) throw new Error('capture failed');
    expect(r.path).toMatch(new RegExp(`^s3://evidence/bundles/${r.id}/$`));
    const store = new S3BundleStore(options);
    expect(await store.list()).toContain(r.id);
    const files = await store.files(r.id);
    expect(files).toEqual(expect.arrayContaining(['manifest.json', 'manifest.json.p7s', 'custody.jsonl', 'VERIFY.md', 'artifacts/screenshot-safe-view.png']));
    for (const f of files) {
      const lock = h.world.s3!.lockHeaders.get(`bundles/${r.id}/${f}`);
      expect(lock?.mode, f).toBe('COMPLIANCE');
      const days = (Date.parse(lock?.retainUntil ?? '') - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(29);
      expect(days).toBeLessThan(31);
    }
    const custody = checkCustodyLog((await store.read(r.id, 'custody.jsonl')).toString(), r.id);
    expect(custody.problems).toEqual([]);
    expect(custody.events.at(-1)?.details).toMatchObject({ store: 's3' });
    const [verified] = await verifyPaths([r.id], { store });
    expect(verified?.result.problems).toEqual([]);
    expect(verified?.result.ok).toBe(true);
  });

  it('uploads large artifacts in parts and lists a bundle only once its manifest is there', async () => {
    const options = { ...s3Options(), s3PartSizeBytes: 5 * 1024 * 1024 };
    const store = new S3BundleStore(options);
    const staging = await mkdtemp(join(tmpdir(), 'dw-s3-stage-'));
    await mkdir(join(staging, 'artifacts'), { recursive: true });
    await writeFile(join(staging, 'artifacts', 'big.bin'), randomBytes(12 * 1024 * 1024));
    await writeFile(join(staging, 'custody.jsonl'), '');
    await writeFile(join(staging, 'manifest.json'), '{}');
    const partsBefore = h.world.s3!.uploadParts;
    await store.commit(staging, '20261123T000000Z-multipart-test');
    expect(h.world.s3!.uploadParts - partsBefore).toBeGreaterThanOrEqual(3);
    expect((await store.read('20261123T000000Z-multipart-test', 'artifacts/big.bin')).length).toBe(12 * 1024 * 1024);
    expect(await store.list()).toContain('20261123T000000Z-multipart-test');
    await rm(staging, { recursive: true, force: true });
  });

  it('appends custody events to a stored bundle', async () => {
    const options = s3Options();
    const [r] = await h.capture(['http://pixelpeel.test/pricing'], options);
    if (!r?.ok) throw new Error('capture failed');
    const store = new S3BundleStore(options);
    await appendCustody(store, r.id, { event: 'verified', actor: 'test', details: { ok: true } }, await loadSigner(options));
    const custody = checkCustodyLog((await store.read(r.id, 'custody.jsonl')).toString(), r.id);
    expect(custody.problems).toEqual([]);
    expect(custody.events.at(-1)?.event).toBe('verified');
  });
});
