import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendCustody, checkCustody, CustodyLog, initKeys, loadSigner, nextEvent, serializeEvent, signDetached, storedCustody, type CustodyEvent, type Signer } from '../../src/evidence/index.js';
import { genesisHash, eventHash } from '../../src/evidence/custody.js';
import { ANCHORING_DECLARATION } from '../../src/evidence/verify-md.js';
import { loadOptions } from '../../src/options/index.js';
import { FsBundleStore } from '../../src/store/index.js';

const run = promisify(execFile);
const ID = 'bundle-anchor-0001';
let root: string;
let signer: Signer;
let stranger: Signer;
let n = 0;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dw-anchor-'));
  await initKeys({ dataDir: join(root, 'collector'), name: 'anchor test collector' });
  await initKeys({ dataDir: join(root, 'stranger'), name: 'someone else' });
  stranger = await loadSigner(loadOptions({ env: {}, overrides: { dataDir: join(root, 'stranger') } }));
  signer = await loadSigner(loadOptions({ env: {}, overrides: { dataDir: join(root, 'collector') } }));
});
afterAll(async () => rm(root, { recursive: true, force: true }));

/** A stored bundle with the events a capture writes, then "stored" and "verified" appended with the key. */
async function bundle(): Promise<{ store: FsBundleStore; dir: string }> {
  const store = new FsBundleStore(join(root, `store-${n++}`));
  const dir = store.location(ID);
  await mkdir(dir, { recursive: true });
  const log = new CustodyLog(ID, 'alice', signer);
  log.add('captured', { url: 'http://a.test/' });
  log.add('sealed', { sealed: true });
  log.add('signed', { manifestSha256: 'x' });
  await writeFile(join(dir, 'custody.jsonl'), log.text());
  await writeFile(join(dir, 'VERIFY.md'), `anchored: ${ANCHORING_DECLARATION}\n`);
  await writeFile(join(dir, 'manifest.json'), '{}');
  await appendCustody(store, ID, { event: 'stored', actor: 'alice', details: { store: 'fs' } }, signer);
  await appendCustody(store, ID, { event: 'verified', actor: 'alice', details: { ok: true } }, signer);
  return { store, dir };
}

const lines = async (dir: string): Promise<string[]> => (await readFile(join(dir, 'custody.jsonl'), 'utf8')).trim().split('\n');
const write = async (dir: string, ls: string[]): Promise<void> => writeFile(join(dir, 'custody.jsonl'), `${ls.join('\n')}\n`);
const policy = () => ({ trusted: new Set([signer.certificateSha256]), anySigner: false });
const reasons = async (store: FsBundleStore, pinned = true): Promise<string[]> => {
  const dir = store.location(ID);
  const head = await readFile(join(dir, 'custody-head.p7s')).catch(() => null);
  const verdict = await checkCustody({
    bundleId: ID,
    text: await readFile(join(dir, 'custody.jsonl'), 'utf8'),
    head,
    anchoringDeclared: true,
    tokenProves: () => false,
    policy: pinned ? policy() : null,
    requireHead: true,
  });
  return verdict.problems.map((p) => `${p.artifact}: ${p.reason}`);
};

/** What someone without the key can do: rewrite events and recompute the whole chain after them. */
function rechain(ls: string[], from: number, edit: (e: CustodyEvent) => CustodyEvent): string[] {
  const events = ls.map((l) => JSON.parse(l) as CustodyEvent);
  for (let i = from; i < events.length; i++) {
    const e = edit(i === from ? events[i]! : { ...events[i]! });
    const body = { ...e, prevHash: i === 0 ? genesisHash(ID) : events[i - 1]!.hash };
    events[i] = { ...body, hash: eventHash(body) };
  }
  return events.map((e) => serializeEvent(e).trimEnd());
}

describe('an anchored custody log', () => {
  it('verifies, every line anchored by the collector and covered by the signed head', async () => {
    const { store, dir } = await bundle();
    expect(await reasons(store)).toEqual([]);
    const state = await storedCustody(store, ID);
    expect(state.anchoring).toBe('anchored');
    expect(state.head).toMatchObject({ bundleId: ID, lines: 5, seq: 4, event: 'verified' });
    expect(state.anchorSigners).toEqual([signer.certificateSha256]);
    expect((await lines(dir)).every((l) => l.includes('"anchor":"'))).toBe(true);
  });

  it('a rewritten tail with a valid recomputed chain fails, naming the lines', async () => {
    const { store, dir } = await bundle();
    await write(dir, rechain(await lines(dir), 3, (e) => ({ ...e, details: { store: 'elsewhere' } })));
    const found = await reasons(store);
    expect(found).toContain('custody.jsonl: line 4 (stored): its anchor signature does not verify (the line was changed after it was signed)');
    expect(found).toContain('custody.jsonl: line 5 (verified): its anchor signature does not verify (the line was changed after it was signed)');
    expect(found).toContain('custody.jsonl: line 5 is not the verified event the signed head names: the log was rewritten');
  });

  it('a rewritten tail without anchors fails too', async () => {
    const { store, dir } = await bundle();
    await write(dir, rechain(await lines(dir), 4, ({ anchor: _a, ...e }) => ({ ...e, actor: 'mallory' })));
    expect(await reasons(store)).toContain('custody.jsonl: line 5 (verified) is not anchored: it was added without the signing key (forged, or written by a tool that does not anchor)');
  });

  it('a deleted last event fails: the signed head names a line that is gone', async () => {
    const { store, dir } = await bundle();
    await write(dir, (await lines(dir)).slice(0, -1));
    expect(await reasons(store)).toEqual(['custody.jsonl: the custody log ends at line 4 but its signed head names line 5 (verified) — events were removed']);
  });

  it('a deleted head fails: removals can no longer be ruled out', async () => {
    const { store, dir } = await bundle();
    await rm(join(dir, 'custody-head.p7s'));
    expect(await reasons(store)).toEqual(['custody-head.p7s: missing: the signed head of the custody log is gone, so removed events cannot be ruled out']);
  });

  it('a forged appended event fails, with or without a key of its own', async () => {
    const { store, dir } = await bundle();
    const ls = await lines(dir);
    const last = JSON.parse(ls.at(-1)!) as CustodyEvent;
    const forged = nextEvent(last, ID, { event: 'exported', actor: 'mallory', details: { caseId: 'X' } }, null);
    await write(dir, [...ls, serializeEvent(forged).trimEnd()]);
    expect(await reasons(store)).toContain('custody.jsonl: line 6 (exported) is not anchored: it was added without the signing key (forged, or written by a tool that does not anchor)');

    const selfSigned = nextEvent(last, ID, { event: 'exported', actor: 'mallory', details: { caseId: 'X' } }, stranger);
    await write(dir, [...ls, serializeEvent(selfSigned).trimEnd()]);
    expect((await reasons(store)).join('\n')).toContain(`custody.jsonl: line 6 (exported): anchored by an unknown key (certificate SHA-256 ${stranger.certificateSha256})`);
    // Re-signing the head with that key does not help: the head's signer is judged too.
    await appendCustody(store, ID, { event: 'verified', actor: 'mallory', details: {} }, stranger);
    expect((await reasons(store)).join('\n')).toContain(`custody-head.p7s: signed by an unknown key (certificate SHA-256 ${stranger.certificateSha256})`);
  });

  it('an anchor moved to another line, or a swapped head, fails', async () => {
    const { store, dir } = await bundle();
    const ls = await lines(dir);
    const a3 = /"anchor":"([^"]*)"/.exec(ls[2]!)![1]!;
    const a4 = /"anchor":"([^"]*)"/.exec(ls[3]!)![1]!;
    await write(dir, [...ls.slice(0, 3), ls[3]!.replace(a4, a3), ls[4]!]);
    expect(await reasons(store)).toContain('custody.jsonl: line 4 (stored): its anchor signature does not verify (the line was changed after it was signed)');
    const other = await bundle();
    await write(dir, ls);
    await writeFile(join(dir, 'custody-head.p7s'), signDetached(Buffer.from('x'), signer));
    expect((await reasons(store)).join('\n')).toMatch(/custody-head.p7s: the signature carries no content/);
    await writeFile(join(dir, 'custody-head.p7s'), await readFile(join(other.dir, 'custody-head.p7s')));
    expect(await reasons(store)).toContain('custody.jsonl: line 5 is not the verified event the signed head names: the log was rewritten');
  });

  it('appendCustody refuses to build on a tampered log', async () => {
    const { store, dir } = await bundle();
    await write(dir, (await lines(dir)).slice(0, -1));
    await expect(appendCustody(store, ID, { event: 'verified', actor: 'alice', details: {} }, signer)).rejects.toThrow(/does not verify, so no "verified" event was added: .*events were removed/);
  });

  it('without a key only a timestamped event may be appended, and only its token proves it', async () => {
    const { store, dir } = await bundle();
    await expect(appendCustody(store, ID, { event: 'exported', actor: 'alice', details: {} }, null)).rejects.toThrow(/must be anchored with the signing key/);
    await mkdir(join(dir, 'timestamps'));
    await writeFile(join(dir, 'timestamps', '00-tsa.tsr'), 'token bytes');
    await appendCustody(store, ID, { event: 'timestamped', actor: 'alice', details: { file: 'timestamps/00-tsa.tsr', tokenSha256: 'f'.repeat(64) } }, null);
    expect((await reasons(store)).join('\n')).toMatch(/line 6 \(timestamped\) is not anchored/);
    const text = await readFile(join(dir, 'custody.jsonl'), 'utf8');
    const verdict = await checkCustody({ bundleId: ID, text, head: await readFile(join(dir, 'custody-head.p7s')), anchoringDeclared: true, tokenProves: () => true, policy: policy(), requireHead: true });
    expect(verdict.problems).toEqual([]);
    expect(verdict.notes.map((x) => x.reason)).toEqual([
      'line 6 (timestamped) is not anchored; it is proven by the RFC 3161 token timestamps/00-tsa.tsr it names',
      'line 6 come after the signed head (line 5): each is checked on its own anchor, but their removal would go unnoticed until the head is signed again',
    ]);
  });

  it('a log made before anchoring verifies with a note; stripping the anchors of a new one does not pass it off as old', async () => {
    const old = new CustodyLog(ID, 'alice', null);
    old.add('captured', {});
    old.add('signed', {});
    const legacy = await checkCustody({ bundleId: ID, text: old.text(), head: null, anchoringDeclared: false, tokenProves: () => false, policy: policy(), requireHead: true });
    expect(legacy.problems).toEqual([]);
    expect(legacy.anchoring).toBe('legacy');
    expect(legacy.notes.map((x) => x.reason)).toEqual(['custody log not anchored (bundle made before anchoring): the hash chain is checked, but a rewritten tail or a removed last event cannot be detected']);
    const stripped = await checkCustody({ bundleId: ID, text: old.text(), head: null, anchoringDeclared: true, tokenProves: () => false, policy: policy(), requireHead: true });
    expect(stripped.problems.map((p) => p.reason)).toContain('line 1 (captured) is not anchored: it was added without the signing key (forged, or written by a tool that does not anchor)');
  });

  it('the documented limit: rolling log and head back to an earlier signed state is only caught by an outside copy', async () => {
    const { store, dir } = await bundle();
    const before = { log: await readFile(join(dir, 'custody.jsonl')), head: await readFile(join(dir, 'custody-head.p7s')) };
    await appendCustody(store, ID, { event: 'exported', actor: 'alice', details: { caseId: 'C' } }, signer);
    await writeFile(join(dir, 'custody.jsonl'), before.log);
    await writeFile(join(dir, 'custody-head.p7s'), before.head);
    expect(await reasons(store)).toEqual([]);
  });

  it('anchors and the head check with openssl alone, as VERIFY.md says', async () => {
    const { dir } = await bundle();
    const line = (await lines(dir))[3]!;
    const signed = join(dir, '..', 'signed');
    const p7s = join(dir, '..', 'anchor.p7s');
    await run('bash', ['-c', `printf '%s\\n' '${line}' | sed 's/"anchor":"[^"]*",//' > ${signed}; printf '%s\\n' '${line}' | grep -o '"anchor":"[^"]*"' | head -n 1 | cut -d'"' -f4 | openssl base64 -d -A > ${p7s}`]);
    const { stderr } = await run('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', p7s, '-content', signed, '-noverify', '-out', '/dev/null']);
    expect(stderr).toContain('Verification successful');
    const head = await run('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', join(dir, 'custody-head.p7s'), '-noverify']);
    expect(head.stderr).toContain('Verification successful');
    expect(JSON.parse(head.stdout)).toMatchObject({ bundleId: ID, lines: 5 });
  });

  it('signs fast: the RSA operation runs in node:crypto', () => {
    const content = Buffer.alloc(4096, 'a');
    signDetached(content, signer);
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) signDetached(content, signer);
    const ms = (performance.now() - t0) / 20;
    console.log(`signDetached: ${ms.toFixed(1)} ms per signature (RSA-3072)`);
    expect(ms).toBeLessThan(60);
  });
});
