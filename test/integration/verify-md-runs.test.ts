import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractZip } from '../../src/evidence/index.js';
import { exportCase } from '../../src/export/index.js';
import { startHarness, type Harness } from '../support/capture-env.js';

/** Every fenced ```sh block of a VERIFY.md, as written. */
function shellBlocks(md: string): { title: string; script: string }[] {
  return [...md.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => {
    const script = m[1]!;
    const before = md.slice(0, m.index).replace(/```sh\n[\s\S]*?```/g, '');
    const heading = [...before.matchAll(/^#+ (.+)$/gm)].at(-1)?.[1] ?? '?';
    const first = /^# (.+)\n/.exec(script)?.[1];
    return { title: first ? `${heading} / ${first}` : heading, script };
  });
}

/** Runs one block the way VERIFY.md says: `bash -e` in the directory, as a file. */
function runBlock(dir: string, script: string, env: Record<string, string> = {}): { code: number; out: string } {
  const r = spawnSync('bash', ['-e', '-c', script], { cwd: dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env }, encoding: 'utf8' });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

let h: Harness;
let bundle: string;
let tmp: string;
let custodian: string;
beforeAll(async () => {
  h = await startHarness();
  tmp = await mkdtemp(join(tmpdir(), 'dw-verify-md-'));
  custodian = join(h.dataDir, 'keys', 'custodian-private.pem');
  bundle = (await h.captureOk('http://pixelpeel.test/pricing', {}, 'CASE-MD')).path;
});
afterAll(async () => {
  await h?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** A fresh copy of the bundle to tamper with. */
async function copy(name: string): Promise<string> {
  const dir = join(tmp, name);
  await cp(bundle, dir, { recursive: true });
  return dir;
}

const block = async (dir: string, pattern: RegExp): Promise<string> => {
  const found = shellBlocks(await readFile(join(dir, 'VERIFY.md'), 'utf8')).find((b) => pattern.test(b.title));
  if (!found) throw new Error(`no block ${String(pattern)}`);
  return found.script;
};

describe("a bundle's VERIFY.md runs as written", () => {
  it('every command block succeeds with bash -e in the bundle directory', async () => {
    const md = await readFile(join(bundle, 'VERIFY.md'), 'utf8');
    const blocks = shellBlocks(md);
    expect(blocks.map((b) => b.title)).toEqual([
      '1. Every artifact is intact',
      '2. The manifest is signed by the collector',
      '3. The signature existed at a trusted time / 3a. the TSA roots',
      '3. The signature existed at a trusted time / 3b. every token',
      '4. Chain of custody / custody: every line',
      '4. Chain of custody / custody: the signed head',
      '5. Sealed artifacts / custodian only: unwrap the bundle key',
    ]);
    for (const b of blocks) {
      const r = runBlock(bundle, b.script, { CUSTODIAN_KEY: custodian });
      expect(r.code, `${b.title}\n${r.out}`).toBe(0);
    }
  });

  it('names the TSA root by the fingerprint of the test world root, ships it, and prints the imprint', async () => {
    const md = await readFile(join(bundle, 'VERIFY.md'), 'utf8');
    const rootPem = await readFile(h.world.tsa.caFile, 'utf8');
    const rootDer = Buffer.from(rootPem.replace(/-----[^-]+-----|\s/g, ''), 'base64');
    expect(md).toContain(sha(rootDer));
    expect(md).toMatch(/test TSA, not a trust service/);
    const chain = await readFile(join(bundle, 'artifacts', 'tsa-chain.pem'), 'utf8');
    expect(chain.replace(/\s/g, '')).toContain(rootPem.replace(/-----[^-]+-----|\s/g, ''));
    const manifest = JSON.parse(await readFile(join(bundle, 'manifest.json'), 'utf8')) as { artifacts: { path: string; role: string; sha256: string }[] };
    expect(manifest.artifacts.find((a) => a.role === 'tsa-chain')).toMatchObject({ path: 'artifacts/tsa-chain.pem', sha256: sha(Buffer.from(chain)) });
    const tokens = runBlock(bundle, await block(bundle, /3b/));
    expect(tokens.out).toContain(`Message data: ${sha(await readFile(join(bundle, 'manifest.json.p7s')))}`);
    expect(tokens.out).toContain('Verification: OK');
    const custody = runBlock(bundle, await block(bundle, /every line/));
    expect(custody.out).toMatch(/line 1: hash OK, link OK, anchored by [0-9a-f]{64} \(the collector's key, section 2\)/);
  });

  it('a tampered copy makes the step that checks it fail', async () => {
    const fails = async (name: string, pattern: RegExp, tamper: (dir: string) => Promise<void>): Promise<string> => {
      const dir = await copy(name);
      await tamper(dir);
      const r = runBlock(dir, await block(bundle, pattern), { CUSTODIAN_KEY: custodian });
      expect(r.code, `${name}: ${r.out}`).not.toBe(0);
      return r.out;
    };
    // An artifact changed: sha256sum -c.
    await fails('artifact', /^1\./, async (d) => writeFile(join(d, 'artifacts', 'links.json'), '[]\n'));
    // Another root slipped into the shipped chain: the named root is missing.
    await fails('root', /3a/, async (d) => writeFile(join(d, 'artifacts', 'tsa-chain.pem'), await readFile(h.world.webCaFile)));
    // The chain swapped for one that does not issue the TSA: openssl ts -verify.
    await fails('chain', /3b/, async (d) => writeFile(join(d, 'artifacts', 'tsa-chain.pem'), await readFile(h.world.webCaFile)));
    // The token no longer over this signature: the imprint check.
    await fails('signature', /3b/, async (d) => {
      const p7s = await readFile(join(d, 'manifest.json.p7s'));
      p7s[p7s.length - 1] = p7s[p7s.length - 1]! ^ 0xff;
      await writeFile(join(d, 'manifest.json.p7s'), p7s);
    });
    await fails('signature-2', /^2\./, async (d) => {
      const p7s = await readFile(join(d, 'manifest.json.p7s'));
      p7s[p7s.length - 1] = p7s[p7s.length - 1]! ^ 0xff;
      await writeFile(join(d, 'manifest.json.p7s'), p7s);
    });
    // A custody line edited: its hash and its anchor.
    const edited = await fails('custody', /every line/, async (d) => {
      const text = await readFile(join(d, 'custody.jsonl'), 'utf8');
      await writeFile(join(d, 'custody.jsonl'), text.replace('"event":"sealed"', '"event":"stored"'));
    });
    expect(edited).toMatch(/line 2: hash BAD/);
    // The last custody line dropped: the signed head.
    await fails('custody-tail', /signed head/, async (d) => {
      const lines = (await readFile(join(d, 'custody.jsonl'), 'utf8')).trim().split('\n');
      await writeFile(join(d, 'custody.jsonl'), `${lines.slice(0, -1).join('\n')}\n`);
    });
  });
});

describe("an export's VERIFY.md runs as written", () => {
  it('every command block succeeds with bash -e in the unpacked export, and a changed file fails step 1', async () => {
    const zip = join(tmp, 'case.zip');
    await exportCase(h.options(), 'CASE-MD', zip);
    const out = join(tmp, 'export');
    await extractZip(zip, out);
    const root = join(out, 'case-CASE-MD');
    const blocks = shellBlocks(await readFile(join(root, 'VERIFY.md'), 'utf8'));
    expect(blocks.length).toBe(3);
    for (const b of blocks) {
      const r = runBlock(root, b.script);
      expect(r.code, `${b.title}\n${r.out}`).toBe(0);
    }
    expect(runBlock(root, blocks[2]!.script).out).toContain('Verification: OK');
    // The bundle inside the export runs its own VERIFY.md too.
    const inner = join(root, 'bundles', (await readdir(join(root, 'bundles')))[0]!);
    for (const b of shellBlocks(await readFile(join(inner, 'VERIFY.md'), 'utf8'))) {
      const r = runBlock(inner, b.script, { CUSTODIAN_KEY: custodian });
      expect(r.code, `bundle in export: ${b.title}\n${r.out}`).toBe(0);
    }
    await writeFile(join(root, 'exhibit-index.json'), `${await readFile(join(root, 'exhibit-index.json'), 'utf8')} `);
    expect(runBlock(root, blocks[0]!.script).code).not.toBe(0);
  });
});

describe('a fresh bundle against its schemas, as a strict consumer reads them', () => {
  it('manifest.json, every custody line and the signed head validate under ajv strict mode', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const addFormats = (await import('ajv-formats')).default as unknown as (a: InstanceType<typeof Ajv2020>) => void;
    const schema = async (file: string): Promise<object> => JSON.parse(await readFile(join(import.meta.dirname, '..', '..', 'evidence-schema', file), 'utf8')) as object;
    const compile = async (file: string) => {
      const ajv = new Ajv2020({ strict: true, strictTypes: true, strictRequired: true, allErrors: true });
      addFormats(ajv);
      return ajv.compile(await schema(file));
    };
    const manifest = await compile('bundle-manifest.schema.json');
    const m = JSON.parse(await readFile(join(bundle, 'manifest.json'), 'utf8')) as unknown;
    expect(manifest(m), JSON.stringify(manifest.errors)).toBe(true);
    const event = await compile('custody-event.schema.json');
    const lines = (await readFile(join(bundle, 'custody.jsonl'), 'utf8')).trim().split('\n');
    for (const line of lines) expect(event(JSON.parse(line)), JSON.stringify(event.errors)).toBe(true);
    const head = await compile('custody-event-head.schema.json');
    const r = spawnSync('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', join(bundle, 'custody-head.p7s'), '-noverify'], { encoding: 'utf8' });
    expect(head(JSON.parse(r.stdout)), JSON.stringify(head.errors)).toBe(true);
  });
});
