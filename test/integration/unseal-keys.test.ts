import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustodyEvent } from '../../src/evidence/index.js';
import { CLI, runCli, type CliRun } from '../support/cli.js';
import { startWorld, type World } from '../world/index.js';

const PASSPHRASE = 'correct horse battery staple';
const exec = promisify(execFile);
let world: World;
let dataDir: string;
let bundle: string;
let bundleId: string;

const custody = async (dir: string): Promise<CustodyEvent[]> => (await readFile(join(dir, 'custody.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as CustodyEvent);
const mode = async (p: string): Promise<string> => ((await stat(p)).mode & 0o777).toString(8);

/** The CLI under a permissive umask (000), as a careless shell would run it. */
async function underUmask000(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const script = `umask 000; exec "${process.execPath}" "${CLI}" ${args.map((a) => `'${a}'`).join(' ')}`;
  try {
    const { stdout, stderr } = await exec('bash', ['-c', script], { env: { ...process.env, DIJKWACHT_LOG_LEVEL: 'silent', ...env }, maxBuffer: 32 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Runs the CLI on a pseudo-terminal (util-linux script) and types `answers` as each prompt appears. */
async function onTerminal(args: string[], answers: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn('script', ['-qec', [process.execPath, CLI, ...args].map((a) => `'${a}'`).join(' '), '/dev/null'], { env: { ...process.env, DIJKWACHT_LOG_LEVEL: 'silent' } });
  let output = '';
  let answered = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
    const prompts = output.match(/passphrase[^:\n]*: |again: /gi)?.length ?? 0;
    while (answered < prompts && answered < answers.length) child.stdin.write(`${answers[answered++]!}\r`);
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, output };
}

beforeAll(async () => {
  world = await startWorld();
  dataDir = await mkdtemp(join(tmpdir(), 'dw-unseal-'));
});
afterAll(async () => {
  await world?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('keys init', () => {
  it('encrypts the custodian key with DIJKWACHT_CUSTODIAN_PASSPHRASE and says where the key belongs', async () => {
    const run = await runCli(['keys', 'init', '--data-dir', dataDir, '--name', 'unseal test collector'], { DIJKWACHT_CUSTODIAN_PASSPHRASE: PASSPHRASE });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('custodian private key: encrypted with your passphrase');
    expect(run.stdout).toMatch(/It does not belong on this machine: move it to the\ncustodian \(an offline computer, or a safe\)/);
    expect(run.stdout).toContain('This machine only needs custodian-public.pem to seal new captures.');
    const pem = await readFile(join(dataDir, 'keys', 'custodian-private.pem'), 'utf8');
    expect(pem).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----/);
    expect(pem).not.toContain(PASSPHRASE);
    expect(await mode(join(dataDir, 'keys', 'custodian-private.pem'))).toBe('600');
    // openssl opens it with the passphrase, as VERIFY.md's unwrap command needs.
    await exec('openssl', ['pkey', '-in', join(dataDir, 'keys', 'custodian-private.pem'), '-passin', `pass:${PASSPHRASE}`, '-noout']);
  });

  it('refuses a passphrase that is too short', async () => {
    const other = await mkdtemp(join(tmpdir(), 'dw-shortpass-'));
    const run = await runCli(['keys', 'init', '--data-dir', other], { DIJKWACHT_CUSTODIAN_PASSPHRASE: 'short' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/at least 8 characters/);
  });

  it('--passphrase-prompt reads it from the terminal without echo', async () => {
    const other = await mkdtemp(join(tmpdir(), 'dw-prompt-'));
    const { code, output } = await onTerminal(['keys', 'init', '--passphrase-prompt', '--data-dir', other], [PASSPHRASE, PASSPHRASE]);
    expect(code, output).toBe(0);
    expect(output).toContain('New custodian key passphrase: ');
    expect(output).not.toContain(PASSPHRASE);
    await exec('openssl', ['pkey', '-in', join(other, 'keys', 'custodian-private.pem'), '-passin', `pass:${PASSPHRASE}`, '-noout']);
    const mismatch = await onTerminal(['keys', 'init', '--force', '--passphrase-prompt', '--data-dir', other], [PASSPHRASE, 'something else entirely']);
    expect(mismatch.code).toBe(2);
    expect(mismatch.output).toContain('The two passphrases differ; no keys were written.');
  });
});

describe('unseal', () => {
  beforeAll(async () => {
    const run = await runCli(['capture', 'http://pixelpeel.test/', '--case', 'CASE-U', '--json', '--proxy', world.proxyUrl, '--tsa', world.tsa.url, '--ca-file', world.webCaFile, '--data-dir', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    const b = (JSON.parse(run.stdout) as { bundles: { id: string; path: string }[] }).bundles[0]!;
    bundle = b.path;
    bundleId = b.id;
  });

  const unsealArgs = (out: string, ...more: string[]): string[] => ['unseal', bundle, '--key', join(dataDir, 'keys', 'custodian-private.pem'), '--out', out, '--data-dir', dataDir, ...more];

  it('requires --reason (usage error, exit 2) and writes nothing', async () => {
    const out = join(dataDir, 'no-reason');
    const run = await runCli(unsealArgs(out), { DIJKWACHT_CUSTODIAN_PASSPHRASE: PASSPHRASE });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/required option '--reason <text>' not specified/);
    await expect(stat(out)).rejects.toThrow();
    const blank = await runCli(unsealArgs(out, '--reason', '  '), { DIJKWACHT_CUSTODIAN_PASSPHRASE: PASSPHRASE });
    expect(blank.code).toBe(2);
    expect(blank.stderr).toMatch(/--reason must say why the originals are needed/);
  });

  it('a missing or wrong passphrase is a clear error, and nothing is written or recorded', async () => {
    const before = (await custody(bundle)).length;
    const missing = await runCli(unsealArgs(join(dataDir, 'x1'), '--reason', 'test'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/is protected by a passphrase: set DIJKWACHT_CUSTODIAN_PASSPHRASE or pass --passphrase-prompt/);
    const wrong = await runCli(unsealArgs(join(dataDir, 'x2'), '--reason', 'test'), { DIJKWACHT_CUSTODIAN_PASSPHRASE: 'not the passphrase' });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/The passphrase does not open the custodian key .*custodian-private\.pem\./);
    await expect(stat(join(dataDir, 'x2'))).rejects.toThrow();
    expect((await custody(bundle)).length).toBe(before);
  });

  it('writes originals 0600 in directories 0700 under umask 000, records who, why and where, and warns', async () => {
    const out = join(dataDir, 'originals');
    const run = await underUmask000([...unsealArgs(out, '--reason', 'court order 2025/123', '--json')], { DIJKWACHT_CUSTODIAN_PASSPHRASE: PASSPHRASE, DIJKWACHT_ACTOR: 'custodian-anna' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/WARNING: \d+ plaintext original\(s\) are now in .*originals .*delete them when no longer needed/);
    const result = JSON.parse(run.stdout) as { files: { path: string; writtenTo: string }[] };
    expect(await mode(out)).toBe('700');
    expect(await mode(join(out, 'artifacts'))).toBe('700');
    expect(await mode(join(out, 'artifacts', 'images'))).toBe('700');
    for (const f of result.files) expect(await mode(f.writtenTo), f.path).toBe('600');

    const last = (await custody(bundle)).at(-1)!;
    expect(last).toMatchObject({ event: 'unsealed', actor: 'custodian-anna', details: { reason: 'court order 2025/123', outDir: out } });
    expect((last.details.files as { writtenTo: string }[]).map((f) => f.writtenTo)).toContain(join(out, 'artifacts', 'screenshot-full.png'));
    expect(last.anchor).toMatch(/^[A-Za-z0-9+/]+=*$/);
    const verify = await runCli(['verify', bundle, '--json', '--data-dir', dataDir]);
    expect(verify.code, verify.stdout).toBe(0);
  });

  it('refuses an --out that already holds files', async () => {
    const run = await runCli(unsealArgs(join(dataDir, 'originals'), '--reason', 'again'), { DIJKWACHT_CUSTODIAN_PASSPHRASE: PASSPHRASE });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is not empty: restored originals never overwrite or mix with other files/);
  });

  it('--passphrase-prompt opens the key from the terminal', async () => {
    const out = join(dataDir, 'originals-prompt');
    const { code, output } = await onTerminal(unsealArgs(out, '--reason', 'expert review', '--passphrase-prompt'), [PASSPHRASE]);
    expect(code, output).toBe(0);
    expect(output).not.toContain(PASSPHRASE);
    expect((await custody(bundle)).at(-1)).toMatchObject({ event: 'unsealed', details: { reason: 'expert review' } });
  });

  it('verify --record and a court export append anchored events, and everything still verifies', async () => {
    expect((await runCli(['verify', bundle, '--record', '--data-dir', dataDir])).code).toBe(0);
    expect((await custody(bundle)).at(-1)?.event).toBe('verified');
    expect((await runCli(['verify', bundle, '--data-dir', dataDir])).code).toBe(0);
    const zip = join(dataDir, 'exports', 'case-u.zip');
    const exported = await runCli(['export', '--case', 'CASE-U', '--out', zip, '--tsa', world.tsa.url, '--data-dir', dataDir]);
    expect(exported.code, exported.stderr).toBe(0);
    const events = await custody(bundle);
    expect(events.at(-1)).toMatchObject({ event: 'exported', details: { caseId: 'CASE-U' } });
    expect(events.every((e) => e.anchor)).toBe(true);
    const zipRun = await runCli(['verify', zip, '--json', '--data-dir', dataDir, '--tsa-trust', world.tsa.caFile]);
    expect(zipRun.code, zipRun.stdout).toBe(0);
    const stored = await runCli(['verify', bundleId, '--json', '--data-dir', dataDir]);
    expect(stored.code, stored.stdout).toBe(0);
  });
});
