import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/core/hash.js';
import { genesisHash, eventHash } from '../../src/evidence/custody.js';
import {
  appendCustody,
  CustodyLog,
  loadSigner,
  nextEvent,
  serializeEvent,
  signDetached,
  unsealBundle,
  verifyBundleDir,
  type BundleVerification,
  type CustodyEvent,
  type Manifest,
} from '../../src/evidence/index.js';
import { FsBundleStore } from '../../src/store/index.js';
import { startHarness, type Harness } from '../support/capture-env.js';

const run = promisify(execFile);

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

const custodyLines = async (dir: string): Promise<string[]> => (await readFile(join(dir, 'custody.jsonl'), 'utf8')).trim().split('\n');
const writeLines = async (dir: string, lines: string[]): Promise<void> => writeFile(join(dir, 'custody.jsonl'), `${lines.join('\n')}\n`);
const bundleIdOf = (dir: string): string => dir.split('/').pop()!;

/** What someone without the key can do: change line `from` (1-based) and recompute every hash after it. */
function rechain(lines: string[], id: string, from: number, edit: (e: CustodyEvent) => CustodyEvent): string[] {
  const events = lines.map((l) => JSON.parse(l) as CustodyEvent);
  for (let i = from - 1; i < events.length; i++) {
    const e = i === from - 1 ? edit(events[i]!) : events[i]!;
    const body = { ...e, prevHash: i === 0 ? genesisHash(id) : events[i - 1]!.hash };
    events[i] = { ...body, hash: eventHash(body) };
  }
  return events.map((e) => serializeEvent(e).trimEnd());
}

/** Runs a shell block of VERIFY.md, found by its first comment line, in the bundle directory. */
/** Runs a VERIFY.md block as it says: bash -e in the bundle directory. A failing check exits non-zero. */
async function verifyMdBlock(dir: string, title: string): Promise<{ stdout: string; stderr: string; code: number }> {
  const md = await readFile(join(dir, 'VERIFY.md'), 'utf8');
  const block = new RegExp(`\`\`\`sh\n(# ${title}\n[\\s\\S]*?)\`\`\``).exec(md)?.[1];
  expect(block, title).toBeDefined();
  return run('bash', ['-e', '-c', block!], { cwd: dir }).then(
    (r) => ({ ...r, code: 0 }),
    (e: { stdout?: string; stderr?: string; code?: number }) => ({ stdout: e.stdout ?? '', stderr: e.stderr ?? '', code: e.code ?? 1 }),
  );
}

describe('the custody log cannot be rewritten unnoticed', () => {
  it('every line is anchored by the collector and the signed head covers them all', async () => {
    const dir = await copyOfBundle();
    const result = await verifyBundleDir(dir);
    expect(result.problems).toEqual([]);
    const lines = await custodyLines(dir);
    expect(result.custody).toEqual({ anchoring: 'anchored', anchorSigners: [result.signature!.signerCertSha256], headLines: lines.length });
    expect(lines.map((l) => (JSON.parse(l) as CustodyEvent).event)).toEqual(['captured', 'sealed', 'signed', 'timestamped', 'stored']);
  });

  it("VERIFY.md's custody commands pass with openssl and sha256sum alone", async () => {
    const dir = await copyOfBundle();
    const fingerprint = ((await verifyBundleDir(dir)).signature!.signerCertSha256)!;
    const every = await verifyMdBlock(dir, 'custody: every line');
    const lines = await custodyLines(dir);
    expect(every.code).toBe(0);
    expect(every.stdout.trim().split('\n')).toEqual(lines.map((_, i) => `line ${i + 1}: hash OK, link OK, anchored by ${fingerprint} (the collector's key, section 2)`));
    const head = await verifyMdBlock(dir, 'custody: the signed head');
    expect(head.code).toBe(0);
    expect(head.stderr).toContain('CMS Verification successful');
    const json = JSON.parse(/(\{.*\})/.exec(head.stdout)![1]!) as { custodySha256: string; lines: number };
    expect(json.lines).toBe(lines.length);
    expect(head.stdout).toContain(`head signed by ${fingerprint}`);
    expect(head.stdout.trim().split('\n').at(-1)).toBe(`the signed head covers lines 1-${lines.length} of custody.jsonl: OK`);
  });

  it('a rewritten tail with a valid recomputed chain fails, and VERIFY.md shows it', async () => {
    const dir = await copyOfBundle();
    await writeLines(dir, rechain(await custodyLines(dir), bundleIdOf(dir), 4, (e) => ({ ...e, details: { ...e.details, genTime: '2020-01-01T00:00:00.000Z' } })));
    const result = await verifyBundleDir(dir);
    expectProblem(result, 'custody.jsonl', /^line 4 \(timestamped\): its anchor signature does not verify \(the line was changed after it was signed\)$/);
    expectProblem(result, 'custody.jsonl', /^line 5 \(stored\): its anchor signature does not verify/);
    expectProblem(result, 'custody.jsonl', /^line 5 is not the stored event the signed head names: the log was rewritten$/);
    const every = await verifyMdBlock(dir, 'custody: every line');
    expect(every.stdout).toMatch(/line 4: hash OK, link OK, anchored by NONE \(BAD: its anchor does not verify\)/);
    expect(every.code).not.toBe(0);
  });

  it('the last custody event deleted fails', async () => {
    const dir = await copyOfBundle();
    await writeLines(dir, (await custodyLines(dir)).slice(0, -1));
    expectProblem(await verifyBundleDir(dir), 'custody.jsonl', /^the custody log ends at line 4 but its signed head names line 5 \(stored\) — events were removed$/);
    const head = await verifyMdBlock(dir, 'custody: the signed head');
    expect(head.code).not.toBe(0);
    expect(head.stdout.trim().split('\n').at(-1)).toBe('custody.jsonl has fewer lines than the 5 the head covers: events were removed');
  });

  it('a forged custody event appended fails', async () => {
    const dir = await copyOfBundle();
    const lines = await custodyLines(dir);
    const forged = nextEvent(JSON.parse(lines.at(-1)!) as CustodyEvent, bundleIdOf(dir), { event: 'exported', actor: 'test', details: { caseId: 'X' } }, null);
    await writeLines(dir, [...lines, serializeEvent(forged).trimEnd()]);
    expectProblem(await verifyBundleDir(dir), 'custody.jsonl', /^line 6 \(exported\) is not anchored: it was added without the signing key/);
  });

  it('stripping every anchor and the head does not pass a bundle off as one made before anchoring', async () => {
    const dir = await copyOfBundle();
    const stripped = (await custodyLines(dir)).map((l) => l.replace(/"anchor":"[^"]*",/, ''));
    await writeLines(dir, stripped);
    await rm(join(dir, 'custody-head.p7s'));
    const result = await verifyBundleDir(dir);
    expectProblem(result, 'custody.jsonl', /^line 1 \(captured\) is not anchored/);
    expectProblem(result, 'custody-head.p7s', /^missing: the signed head of the custody log is gone/);
  });

  it('an anchored append (verify --record and unseal use it) keeps the bundle verifying', async () => {
    const dir = await copyOfBundle();
    const signer = await loadSigner(h.options());
    const store = new FsBundleStore(join(dir, '..'));
    await appendCustody(store, bundleIdOf(dir), { event: 'verified', actor: 'test', details: { ok: true } }, signer);
    const result = await verifyBundleDir(dir);
    expect(result.problems).toEqual([]);
    expect(result.custody?.headLines).toBe(6);
  });

  it('a bundle made before anchoring still verifies, with a clear note; later events are anchored', async () => {
    const dir = await copyOfBundle();
    const id = bundleIdOf(dir);
    const signer = await loadSigner(h.options());
    // Rebuild the bundle as the tool wrote it before anchoring: VERIFY.md without the anchors, a plain chain.
    const md = (await readFile(join(dir, 'VERIFY.md'), 'utf8')).replaceAll('dijkwacht-custody-anchor/1', 'an older custody format');
    await writeFile(join(dir, 'VERIFY.md'), md);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    const entry = manifest.artifacts.find((a) => a.path === 'VERIFY.md')!;
    entry.bytes = Buffer.byteLength(md);
    entry.sha256 = sha256Hex(md);
    const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
    await writeFile(join(dir, 'manifest.json'), manifestBytes);
    await writeFile(join(dir, 'manifest.json.p7s'), signDetached(manifestBytes, signer));
    await rm(join(dir, 'timestamps'), { recursive: true });
    await rm(join(dir, 'custody-head.p7s'));
    const old = new CustodyLog(id, 'test', null);
    old.add('captured', {});
    old.add('signed', { manifestSha256: sha256Hex(manifestBytes) });
    await writeFile(join(dir, 'custody.jsonl'), old.text());

    const legacy = await verifyBundleDir(dir, { allowPendingTimestamp: true });
    expect(legacy.problems).toEqual([]);
    expect(legacy.custody?.anchoring).toBe('legacy');
    expect(legacy.notes).toContainEqual({ artifact: 'custody.jsonl', reason: expect.stringMatching(/^custody log not anchored \(bundle made before anchoring\)/) });

    await appendCustody(new FsBundleStore(join(dir, '..')), id, { event: 'verified', actor: 'test', details: { ok: true } }, signer);
    const later = await verifyBundleDir(dir, { allowPendingTimestamp: true });
    expect(later.problems).toEqual([]);
    expect(later.custody?.anchoring).toBe('partly');
    expect(later.notes).toContainEqual({ artifact: 'custody.jsonl', reason: 'lines 1–2 predate anchoring (bundle made before anchoring); the signed head covers them from line 3 on' });
  });
});
