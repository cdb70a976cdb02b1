import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipDirectory } from '../../src/evidence/index.js';
import { runCli, type CliRun } from '../support/cli.js';
import { startWorld, type World } from '../world/index.js';


let world: World;
let dataDir: string;

const dijkwacht = (args: string[], env: Record<string, string> = {}): Promise<CliRun> => runCli(args, env);

const targetFlags = (): string[] => ['--proxy', world.proxyUrl, '--tsa', world.tsa.url, '--ca-file', world.webCaFile, '--data-dir', dataDir];

beforeAll(async () => {
  world = await startWorld();
  dataDir = await mkdtemp(join(tmpdir(), 'dw-cli-'));
});
afterAll(async () => {
  await world?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('dijkwacht CLI', () => {
  let bundlePath = '';

  it('keys init makes the keys, and refuses to overwrite them', async () => {
    const first = await dijkwacht(['keys', 'init', '--data-dir', dataDir, '--json', '--name', 'CLI test collector']);
    expect(first.code).toBe(0);
    const out = JSON.parse(first.stdout) as { signingCertSha256: string };
    expect(out.signingCertSha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await stat(join(dataDir, 'keys', 'signing-key.pem'))).mode & 0o077).toBe(0);
    const again = await dijkwacht(['keys', 'init', '--data-dir', dataDir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/Keys already exist .* use --force/);
  });

  it('capture --json prints the contract and exits 0 for a COMPLETE, timestamped bundle', async () => {
    const run = await dijkwacht(['capture', 'http://pixelpeel.test/', '--case', 'CASE-7', '--json', ...targetFlags()]);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { bundles: { id: string; path: string; url: string; status: string }[] };
    expect(out.bundles).toHaveLength(1);
    const b = out.bundles[0]!;
    expect(b).toMatchObject({ url: 'http://pixelpeel.test/', status: 'COMPLETE' });
    expect(b.path).toBe(join(dataDir, 'bundles', b.id));
    const manifest = JSON.parse(await readFile(join(b.path, 'manifest.json'), 'utf8')) as { caseId: string };
    expect(manifest.caseId).toBe('CASE-7');
    bundlePath = b.path;
  });

  it('verify --json passes on the bundle, writes a report, and fails with exit 3 on a tampered copy', async () => {
    const run = await dijkwacht(['verify', bundlePath, '--json', '--data-dir', dataDir, '--tsa-trust', world.tsa.caFile]);
    expect(run.code, run.stdout).toBe(0);
    const out = JSON.parse(run.stdout) as { ok: boolean; report: string; results: { path: string; ok: boolean; problems: unknown[] }[] };
    expect(out).toMatchObject({ ok: true, results: [{ path: bundlePath, ok: true, problems: [] }] });
    expect(await readFile(out.report, 'utf8')).toMatch(/ALL BUNDLES VERIFY/);

    const copy = join(dataDir, 'tampered', 'copy');
    await cp(bundlePath, copy, { recursive: true });
    await writeFile(join(copy, 'artifacts', 'visible-text.txt'), 'something else');
    const bad = await dijkwacht(['verify', copy, '--json', '--data-dir', dataDir]);
    expect(bad.code).toBe(3);
    const badOut = JSON.parse(bad.stdout) as { ok: boolean; results: { ok: boolean; problems: { artifact: string; reason: string }[] }[] };
    expect(badOut.ok).toBe(false);
    expect(badOut.results[0]?.problems).toContainEqual({ artifact: 'artifacts/visible-text.txt', reason: expect.stringMatching(/SHA-256 does not match/) });
  });

  it('verify accepts a zip of the bundle', async () => {
    const zip = join(dataDir, 'export', 'bundle.zip');
    await zipDirectory(bundlePath, zip, 'bundle');
    const run = await dijkwacht(['verify', zip, '--json', '--data-dir', dataDir]);
    expect(run.code, run.stdout).toBe(0);
  });

  it('verify --record appends a verified custody event and the bundle still verifies', async () => {
    expect((await dijkwacht(['verify', bundlePath, '--record', '--data-dir', dataDir])).code).toBe(0);
    const last = JSON.parse((await readFile(join(bundlePath, 'custody.jsonl'), 'utf8')).trim().split('\n').pop()!) as { event: string };
    expect(last.event).toBe('verified');
    expect((await dijkwacht(['verify', bundlePath, '--data-dir', dataDir])).code).toBe(0);
  });

  it('unseal restores the originals for the custodian and records it', async () => {
    const out = join(dataDir, 'unsealed');
    const run = await dijkwacht(['unseal', bundlePath, '--key', join(dataDir, 'keys', 'custodian-private.pem'), '--out', out, '--reason', 'e2e test: the custodian checks the originals', '--json', '--data-dir', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { files: { path: string }[] };
    expect(result.files.map((f) => f.path)).toContain('artifacts/screenshot-full.png');
    expect((await readFile(join(out, 'artifacts', 'screenshot-full.png'))).subarray(1, 4).toString()).toBe('PNG');
    const events = (await readFile(join(bundlePath, 'custody.jsonl'), 'utf8')).trim().split('\n').map((l) => (JSON.parse(l) as { event: string }).event);
    expect(events.at(-1)).toBe('unsealed');
    expect((await dijkwacht(['verify', bundlePath, '--data-dir', dataDir])).code).toBe(0);
  });

  it('unseal with a key that is not a custodian key fails clearly', async () => {
    const other = await mkdtemp(join(tmpdir(), 'dw-otherkeys-'));
    await dijkwacht(['keys', 'init', '--data-dir', other]);
    const run = await dijkwacht(['unseal', bundlePath, '--key', join(other, 'keys', 'custodian-private.pem'), '--out', join(other, 'out'), '--reason', 'e2e test: a wrong key', '--data-dir', dataDir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/not one of the bundle's custodian keys/);
  });

  it('--no-seal is an explicit, recorded choice', async () => {
    const run = await dijkwacht(['capture', 'http://pixelpeel.test/pricing', '--no-seal', '--json', ...targetFlags()]);
    expect(run.code, run.stderr).toBe(0);
    const b = (JSON.parse(run.stdout) as { bundles: { path: string }[] }).bundles[0]!;
    const manifest = JSON.parse(await readFile(join(b.path, 'manifest.json'), 'utf8')) as { sealing: { sealed: boolean; reason: string }; artifacts: { path: string }[] };
    expect(manifest.sealing.sealed).toBe(false);
    expect(manifest.sealing.reason).toMatch(/--no-seal/);
    expect(manifest.artifacts.map((a) => a.path)).toContain('artifacts/screenshot-full.png');
  });

  it('a private address without --allow-private-network is refused with exit 4 and a reason', async () => {
    const run = await dijkwacht(['capture', `${world.web.httpOrigin}/`, '--json', '--data-dir', dataDir, '--tsa', world.tsa.url]);
    expect(run.code).toBe(4);
    const out = JSON.parse(run.stdout) as { bundles: unknown[]; errors: { url: string; error: string }[] };
    expect(out.bundles).toEqual([]);
    expect(out.errors[0]?.error).toMatch(/--allow-private-network/);
    const allowed = await dijkwacht(['capture', `${world.web.httpOrigin}/`, '--allow-private-network', '--json', '--data-dir', dataDir, '--tsa', world.tsa.url]);
    expect(allowed.code, allowed.stdout).toBe(0);
  });

  it('a TSA outage leaves the bundle pending (exit 4); timestamp --pending completes it', async () => {
    const run = await dijkwacht(['capture', 'http://pixelpeel.test/pricing', '--json', '--proxy', world.proxyUrl, '--tsa', world.tsa.failingUrl, '--data-dir', dataDir]);
    expect(run.code).toBe(4);
    const b = (JSON.parse(run.stdout) as { bundles: { id: string; path: string; timestampPending: boolean }[] }).bundles[0]!;
    expect(b.timestampPending).toBe(true);
    expect((await dijkwacht(['verify', b.path, '--data-dir', dataDir])).code).toBe(3);
    const stamp = await dijkwacht(['timestamp', '--pending', '--tsa', world.tsa.url, '--json', '--data-dir', dataDir]);
    expect(stamp.code, stamp.stdout).toBe(0);
    expect((JSON.parse(stamp.stdout) as { results: { bundleId: string }[] }).results.map((r) => r.bundleId)).toContain(b.id);
    expect((await dijkwacht(['verify', b.path, '--data-dir', dataDir])).code).toBe(0);
  });

  it('bad configuration gets one clear sentence naming the problem, and exit 2', async () => {
    const config = join(dataDir, 'bad.json');
    await writeFile(config, JSON.stringify({ captureTimeout: 5 }));
    const unknown = await dijkwacht(['capture', 'http://pixelpeel.test/', '--config', config]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option "captureTimeout" in config file/);
    const badEnv = await dijkwacht(['capture', 'http://pixelpeel.test/', '--data-dir', dataDir], { DIJKWACHT_CAPTURE_CONCURRENCY: 'lots' });
    expect(badEnv.code).toBe(2);
    expect(badEnv.stderr).toMatch(/DIJKWACHT_CAPTURE_CONCURRENCY" must be a whole number from 1 to 16/);
    const noKeys = await dijkwacht(['capture', 'http://pixelpeel.test/', '--data-dir', join(dataDir, 'empty')]);
    expect(noKeys.code).toBe(2);
    expect(noKeys.stderr).toMatch(/Run "dijkwacht keys init" first/);
  });
});
