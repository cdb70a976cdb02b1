import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unsealBundle, verifyBundleDir, type BundleVerification } from '../../src/evidence/index.js';
import { startHarness, type Harness } from '../support/capture-env.js';

let h: Harness;
let original: string;
let other: string;
let work: string;

beforeAll(async () => {
  h = await startHarness();
  const [a, b] = await h.capture(['http://pixelpeel.test/', 'http://pixelpeel.test/pricing']);
  if (!a?.ok || !b?.ok) throw new Error('fixture captures failed');
  original = a.path;
  other = b.path;
  work = await mkdtemp(join(tmpdir(), 'dw-tamper-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await h?.stop();
});

let n = 0;
async function copyOfBundle(): Promise<string> {
  const dir = join(work, `b${n++}`, original.split('/').pop()!);
  await cp(original, dir, { recursive: true });
  return dir;
}

async function flipByte(file: string, at = 0.5): Promise<void> {
  const data = await readFile(file);
  const i = Math.floor(data.length * at);
  data[i] = (data[i] ?? 0) ^ 0x01;
  await writeFile(file, data);
}

function expectProblem(result: BundleVerification, artifact: string | RegExp, reason: RegExp): void {
  expect(result.ok).toBe(false);
  const match = result.problems.find((p) => (typeof artifact === 'string' ? p.artifact === artifact : artifact.test(p.artifact)) && reason.test(p.reason));
  expect(match, JSON.stringify(result.problems, null, 1)).toBeDefined();
}

describe('tampering is detected and named', () => {
  it('the untouched bundle verifies', async () => {
    expect((await verifyBundleDir(await copyOfBundle())).problems).toEqual([]);
  });

  for (const artifact of ['artifacts/screenshot-full.png.sealed', 'artifacts/screenshot-safe-view.png', 'artifacts/source.html', 'artifacts/dom.html', 'artifacts/links.json', 'artifacts/capture.wacz.sealed', 'artifacts/provenance.json', 'VERIFY.md']) {
    it(`one changed byte in ${artifact}`, async () => {
      const dir = await copyOfBundle();
      await flipByte(join(dir, artifact));
      expectProblem(await verifyBundleDir(dir), artifact, /SHA-256 does not match/);
    });
  }

  it('one changed byte in an image file', async () => {
    const dir = await copyOfBundle();
    const image = (await readdir(join(dir, 'artifacts', 'images')))[0]!;
    await flipByte(join(dir, 'artifacts', 'images', image));
    expectProblem(await verifyBundleDir(dir), `artifacts/images/${image}`, /SHA-256 does not match/);
  });

  it('a deleted artifact', async () => {
    const dir = await copyOfBundle();
    await rm(join(dir, 'artifacts', 'visible-text.txt'));
    expectProblem(await verifyBundleDir(dir), 'artifacts/visible-text.txt', /missing/);
  });

  it('an added file', async () => {
    const dir = await copyOfBundle();
    await writeFile(join(dir, 'artifacts', 'extra-evidence.txt'), 'planted');
    expectProblem(await verifyBundleDir(dir), 'artifacts/extra-evidence.txt', /not listed in the manifest/);
  });

  it('an edited manifest', async () => {
    const dir = await copyOfBundle();
    const text = await readFile(join(dir, 'manifest.json'), 'utf8');
    await writeFile(join(dir, 'manifest.json'), text.replace('"requestedUrl": "http://pixelpeel.test/"', '"requestedUrl": "http://innocent.test/"'));
    const result = await verifyBundleDir(dir);
    expectProblem(result, 'manifest.json.p7s', /signature does not (verify|match)/);
    expectProblem(result, 'custody.jsonl', /"signed" event names another manifest/);
  });

  it("a signature swapped for another bundle's", async () => {
    const dir = await copyOfBundle();
    await cp(join(other, 'manifest.json.p7s'), join(dir, 'manifest.json.p7s'));
    expectProblem(await verifyBundleDir(dir), 'manifest.json.p7s', /signature does not (verify|match)/);
  });

  it('a changed time in the timestamp token', async () => {
    const dir = await copyOfBundle();
    const token = (await readdir(join(dir, 'timestamps')))[0]!;
    const data = await readFile(join(dir, 'timestamps', token));
    // GeneralizedTime genTime: tag 0x18, then YYYYMMDDHHMMSS…Z. Move the year by one.
    const at = data.findIndex((b, i) => b === 0x18 && data[i + 2] === 0x32 && data[i + 3] === 0x30);
    expect(at).toBeGreaterThan(0);
    data[at + 5] = (data[at + 5] ?? 0x30) === 0x39 ? 0x38 : (data[at + 5] ?? 0x30) + 1;
    await writeFile(join(dir, 'timestamps', token), data);
    expectProblem(await verifyBundleDir(dir), `timestamps/${token}`, /TSA signature does not verify/);
  });

  it('a timestamp token taken from another bundle', async () => {
    const dir = await copyOfBundle();
    const token = (await readdir(join(dir, 'timestamps')))[0]!;
    const foreign = (await readdir(join(other, 'timestamps')))[0]!;
    await cp(join(other, 'timestamps', foreign), join(dir, 'timestamps', token));
    expectProblem(await verifyBundleDir(dir), `timestamps/${token}`, /imprint does not match|signature does not verify/);
  });

  it('an edited custody event', async () => {
    const dir = await copyOfBundle();
    const lines = (await readFile(join(dir, 'custody.jsonl'), 'utf8')).split('\n');
    lines[1] = lines[1]!.replace('"actor":"test"', '"actor":"someone else"');
    await writeFile(join(dir, 'custody.jsonl'), lines.join('\n'));
    expectProblem(await verifyBundleDir(dir), 'custody.jsonl', /line 2 \(sealed\) was edited/);
  });

  it('reordered custody events', async () => {
    const dir = await copyOfBundle();
    const lines = (await readFile(join(dir, 'custody.jsonl'), 'utf8')).trim().split('\n');
    [lines[1], lines[2]] = [lines[2]!, lines[1]!];
    await writeFile(join(dir, 'custody.jsonl'), `${lines.join('\n')}\n`);
    expectProblem(await verifyBundleDir(dir), 'custody.jsonl', /removed or reordered|does not link/);
  });

  it('a removed custody event', async () => {
    const dir = await copyOfBundle();
    const lines = (await readFile(join(dir, 'custody.jsonl'), 'utf8')).trim().split('\n');
    lines.splice(1, 1);
    await writeFile(join(dir, 'custody.jsonl'), `${lines.join('\n')}\n`);
    expectProblem(await verifyBundleDir(dir), 'custody.jsonl', /does not link/);
  });

  it('a changed sealed file no longer decrypts: the AES-GCM tag catches it at unseal', async () => {
    const dir = await copyOfBundle();
    await flipByte(join(dir, 'artifacts', 'screenshot-full.png.sealed'), 0.2);
    const key = await readFile(join(h.dataDir, 'keys', 'custodian-private.pem'), 'utf8');
    await expect(unsealBundle(dir, key, join(work, `unsealed-${n}`))).rejects.toThrow(/does not decrypt/);
  });
});
