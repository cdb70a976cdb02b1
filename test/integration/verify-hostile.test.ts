import { execFile } from 'node:child_process';
import { crc32, deflateRawSync, constants as zlibConstants } from 'node:zlib';
import { cp, link, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractZip, initKeys, verifyBundleDir, verifyPaths, zipDirectory, type BundleVerification } from '../../src/evidence/index.js';
import { startHarness, type Harness } from '../support/capture-env.js';
import { CLI, runCli } from '../support/cli.js';

const run = promisify(execFile);
let h: Harness;
let original: string;
let work: string;

beforeAll(async () => {
  h = await startHarness();
  original = (await h.captureOk('http://pixelpeel.test/')).path;
  work = await mkdtemp(join(tmpdir(), 'dw-hostile-'));
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

function expectRefused(result: BundleVerification, artifact: string, reason: RegExp): void {
  expect(result.ok).toBe(false);
  expect(result.problems, JSON.stringify(result.problems, null, 1)).toContainEqual({ artifact, reason: expect.stringMatching(reason) });
}

/** Resolves with the verification, or fails the test if it takes longer than `ms` (a FIFO that was opened blocks forever). */
async function promptly<T>(what: Promise<T>, ms = 15_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`did not return within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([what, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

describe('verify refuses links and special files, and never opens them', () => {
  it('an artifact replaced by a symbolic link to identical bytes', async () => {
    const dir = await copyOfBundle();
    const real = join(work, `real-${n}.txt`);
    await cp(join(dir, 'artifacts', 'visible-text.txt'), real);
    await rm(join(dir, 'artifacts', 'visible-text.txt'));
    await symlink(real, join(dir, 'artifacts', 'visible-text.txt'));
    expectRefused(await verifyBundleDir(dir), 'artifacts/visible-text.txt', /^is a symbolic link: refused$/);
  });

  it('the manifest, the custody log or a directory as a symbolic link', async () => {
    for (const [file, problemAt] of [
      ['manifest.json', 'manifest.json'],
      ['custody.jsonl', 'custody.jsonl'],
      ['custody-head.p7s', 'custody-head.p7s'],
    ] as const) {
      const dir = await copyOfBundle();
      await cp(join(dir, file), join(work, `${file}-${n}`));
      await rm(join(dir, file));
      await symlink(join(work, `${file}-${n}`), join(dir, file));
      expectRefused(await verifyBundleDir(dir), problemAt, /is a symbolic link: refused/);
    }
    const dir = await copyOfBundle();
    await cp(join(dir, 'artifacts', 'images'), join(work, `images-${n}`), { recursive: true });
    await rm(join(dir, 'artifacts', 'images'), { recursive: true });
    await symlink(join(work, `images-${n}`), join(dir, 'artifacts', 'images'));
    const result = await verifyBundleDir(dir);
    expectRefused(result, 'artifacts/images', /^is a symbolic link: refused$/);
    expect(result.problems.filter((p) => p.artifact.startsWith('artifacts/images/')).every((p) => p.reason === 'artifacts/images is a symbolic link: refused')).toBe(true);
  });

  it('a FIFO in place of an artifact or the manifest: verify returns promptly with the problem', async () => {
    const dir = await copyOfBundle();
    await rm(join(dir, 'artifacts', 'links.json'));
    await run('mkfifo', [join(dir, 'artifacts', 'links.json')]);
    await run('mkfifo', [join(dir, 'artifacts', 'planted.fifo')]);
    const started = Date.now();
    const result = await promptly(verifyBundleDir(dir));
    expect(Date.now() - started).toBeLessThan(15_000);
    expectRefused(result, 'artifacts/links.json', /^is a FIFO \(named pipe\): refused$/);
    expectRefused(result, 'artifacts/planted.fifo', /^is a FIFO \(named pipe\): refused$/);

    const other = await copyOfBundle();
    await rm(join(other, 'manifest.json'));
    await run('mkfifo', [join(other, 'manifest.json')]);
    expectRefused(await promptly(verifyBundleDir(other)), 'manifest.json', /FIFO/);

    // The CLI too, through the directory walk and the case-export check.
    const cli = await promptly(runCli(['verify', dir, '--json', '--data-dir', h.dataDir]), 60_000);
    expect(cli.code).toBe(3);
    expect(cli.stdout).toContain('is a FIFO (named pipe): refused');
  });

  it('a socket and a hard link', async () => {
    const dir = await copyOfBundle();
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, 'artifacts', 'control.sock'), resolve));
    try {
      await link(join(dir, 'artifacts', 'dom.html'), join(work, `dom-${n}.html`));
      const result = await promptly(verifyBundleDir(dir));
      expectRefused(result, 'artifacts/control.sock', /^is a socket: refused$/);
      expectRefused(result, 'artifacts/dom.html', /^is a hard link \(one of 2 names for the same file\): refused$/);
    } finally {
      server.close();
    }
  });

  it('a manifest path that leaves the bundle', async () => {
    const dir = await copyOfBundle();
    const manifest = await readFile(join(dir, 'manifest.json'), 'utf8');
    await writeFile(join(dir, 'manifest.json'), manifest.replace('"path": "artifacts/links.json"', '"path": "../../../etc/hostname"'));
    expectRefused(await verifyBundleDir(dir), '../../../etc/hostname', /leaves the bundle or is not a plain path: refused/);
  });
});

/** A zip written byte by byte, so that sizes, modes and counts can say whatever a test needs. */
function craftZip(entries: { name: string; data: Buffer; method: 0 | 8; crc: number; size: number; declaredSize?: number; mode?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const declared = e.declaredSize ?? e.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((e.mode ?? 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** `mib` MiB of zeros as raw deflate, built from one flushed 1 MiB block repeated: quick to make, ~1000:1. */
function zeros(mib: number): { data: Buffer; crc: number; size: number } {
  const block = Buffer.alloc(1 << 20);
  const chunk = deflateRawSync(block, { finishFlush: zlibConstants.Z_FULL_FLUSH });
  let crc = 0;
  for (let i = 0; i < mib; i++) crc = crc32(block, crc);
  return { data: Buffer.concat([...Array.from({ length: mib }, () => chunk), Buffer.from([0x03, 0x00])]), crc, size: mib << 20 };
}

async function bytesUnder(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) total += (await stat(join(e.parentPath, e.name))).size;
  return total;
}

describe('zips are capped before anything is written, and counted while extracting', () => {
  it('a zip bomb (1 GiB of zeros in one 1 MB entry) is refused with nothing written', async () => {
    const bomb = join(work, 'bomb.zip');
    const z = zeros(1024);
    await writeFile(bomb, craftZip([{ name: 'bundle/artifacts/zeros.bin', method: 8, ...z }]));
    expect((await stat(bomb)).size).toBeLessThan(2 * 1024 * 1024);
    const target = await mkdtemp(join(work, 'x-'));
    await expect(extractZip(bomb, target)).rejects.toThrow(/would expand \d+ times .* zip bomb/);
    expect(await bytesUnder(target)).toBe(0);
    const [t] = await verifyPaths([bomb]);
    expect(t?.result.problems[0]?.reason).toMatch(/^.*bomb\.zip was refused: the entry bundle\/artifacts\/zeros\.bin would expand \d+ times \(\d+ to 1073741824 bytes\), more than the 200 allowed \(verifyMaxCompressionRatio\): a zip bomb\. Nothing was extracted\.$/);
  });

  it('an entry whose header lies about its size is stopped once it passes the declared size', async () => {
    const liar = join(work, 'liar.zip');
    await writeFile(liar, craftZip([{ name: 'bundle/manifest.json', method: 8, ...zeros(256), declaredSize: 1000 }]));
    const target = await mkdtemp(join(work, 'x-'));
    await expect(extractZip(liar, target)).rejects.toThrow(/liar\.zip (was refused: the entry bundle\/manifest\.json holds more than the 1000 bytes it declares|could not be extracted: the entry bundle\/manifest\.json is damaged or lies about its size)/);
    const written = await bytesUnder(target);
    console.log(`lying entry (256 MiB, declared 1000 bytes): ${written} bytes written before extraction stopped`);
    expect(written).toBeLessThan(10 * 1024 * 1024);
  });

  it('total size and entry count are capped (options verifyMaxZipBytes, verifyMaxZipEntries); the temp dir is removed', async () => {
    const many = join(work, 'many.zip');
    const small = { method: 0 as const, data: Buffer.from('x'), crc: crc32(Buffer.from('x')), size: 1 };
    await writeFile(many, craftZip(Array.from({ length: 50 }, (_, i) => ({ name: `bundle/f${i}.txt`, ...small }))));
    const limits = { maxEntries: 10, maxBytes: 1 << 30, maxCompressionRatio: 200 };
    const [t] = await verifyPaths([many], { zipLimits: limits });
    expect(t?.result.problems[0]?.reason).toMatch(/declares 50 entries, more than the 10 allowed \(verifyMaxZipEntries\)/);
    const big = join(work, 'big.zip');
    await writeFile(big, craftZip([{ name: 'bundle/a.bin', method: 8, ...zeros(4) }]));
    const tmp = await mkdtemp(join(work, 'tmp-'));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      const [b] = await verifyPaths([big], { zipLimits: { ...limits, maxBytes: 1024 * 1024, maxCompressionRatio: 100_000 } });
      expect(b?.result.problems[0]?.reason).toMatch(/declare more than 1048576 bytes in total \(verifyMaxZipBytes\)/);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    expect(await readdir(tmp)).toEqual([]);
  });

  it('symbolic link entries are refused', async () => {
    const zip = join(work, 'link.zip');
    const target = Buffer.from('/etc/passwd');
    await writeFile(zip, craftZip([{ name: 'bundle/artifacts/links.json', method: 0, data: target, crc: crc32(target), size: target.length, mode: 0o120777 }]));
    const [t] = await verifyPaths([zip]);
    expect(t?.result.problems[0]?.reason).toMatch(/the entry bundle\/artifacts\/links\.json is a symbolic link, which a bundle never holds/);
  });

  it('a zip of a sound bundle still verifies under the default caps', async () => {
    const zip = join(work, 'sound.zip');
    await zipDirectory(original, zip, 'bundle');
    const [t] = await verifyPaths([zip]);
    expect(t?.result.problems).toEqual([]);
  });
});

describe('pinned signers', () => {
  let foreign: string;
  let foreignCert: string;
  let foreignSha256: string;

  beforeAll(async () => {
    const keys = join(work, 'fresh-keys');
    const made = await initKeys({ dataDir: keys, name: 'a collector nobody pinned' });
    foreignCert = join(keys, 'keys', 'signing-cert.pem');
    foreignSha256 = made.signingCertSha256;
    foreign = (await h.captureOk('http://pixelpeel.test/pricing', { signingKeyFile: join(keys, 'keys', 'signing-key.pem'), signingCertFile: foreignCert })).path;
  });

  it('a bundle signed by a key that is not pinned fails, naming the certificate', async () => {
    const run1 = await runCli(['verify', foreign, '--json', '--data-dir', h.dataDir]);
    expect(run1.code).toBe(3);
    const out = JSON.parse(run1.stdout) as { results: { problems: { artifact: string; reason: string }[] }[] };
    const problems = out.results.flatMap((r) => r.problems);
    expect(problems).toContainEqual({ artifact: 'manifest.json.p7s', reason: `signed by an unknown key (certificate SHA-256 ${foreignSha256}): pin it with --signer-cert or trustedSigners if you trust it` });
    expect(problems).toContainEqual({ artifact: 'custody.jsonl', reason: expect.stringMatching(new RegExp(`^line 1 \\(captured\\): anchored by an unknown key \\(certificate SHA-256 ${foreignSha256}\\)`)) });
    expect(problems).toContainEqual({ artifact: 'custody-head.p7s', reason: expect.stringMatching(/^signed by an unknown key/) });
  });

  it('passes with --signer-cert (file or fingerprint with colons) or trustedSigners, and with --any-signer as a note', async () => {
    expect((await runCli(['verify', foreign, '--data-dir', h.dataDir, '--signer-cert', foreignCert])).code).toBe(0);
    const colons = foreignSha256.toUpperCase().match(/../g)!.join(':');
    expect((await runCli(['verify', foreign, '--data-dir', h.dataDir, '--signer-cert', colons])).code).toBe(0);
    expect((await runCli(['verify', foreign, '--data-dir', h.dataDir], { DIJKWACHT_TRUSTED_SIGNERS: foreignSha256 })).code).toBe(0);
    const any = await runCli(['verify', foreign, '--json', '--data-dir', h.dataDir, '--any-signer']);
    expect(any.code, any.stdout).toBe(0);
    const out = JSON.parse(any.stdout) as { results: { notes: { artifact: string; reason: string }[] }[] };
    expect(out.results[0]?.notes).toContainEqual({ artifact: 'manifest.json.p7s', reason: `signed by an unknown key (certificate SHA-256 ${foreignSha256}); accepted because of --any-signer` });
    // The collector's own bundles pass on its own data dir with no flag at all.
    expect((await runCli(['verify', original, '--data-dir', h.dataDir])).code).toBe(0);
  });

  it('an unusable --signer-cert is a usage error', async () => {
    const bad = await runCli(['verify', original, '--data-dir', h.dataDir, '--signer-cert', join(work, 'no-such.pem')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--signer-cert ".*no-such\.pem" is neither a SHA-256 certificate fingerprint \(64 hex digits\) nor a readable certificate file/);
  });
});

describe('the verification report', () => {
  it('goes under the data dir, and verify creates no ./storage where it is run', async () => {
    const cwd = await mkdtemp(join(work, 'expert-'));
    const env: NodeJS.ProcessEnv = { ...process.env, DIJKWACHT_LOG_LEVEL: 'silent' };
    delete env.DIJKWACHT_DATA_DIR;
    const { stdout } = await run(process.execPath, [CLI, 'verify', original, '--any-signer', '--json'], { cwd, env }).catch((e: { stdout: string }) => e);
    expect((JSON.parse(stdout) as { report: string | null }).report).toBeNull();
    expect(await readdir(cwd)).toEqual([]);
    const withData = await runCli(['verify', original, '--json', '--data-dir', h.dataDir]);
    const report = (JSON.parse(withData.stdout) as { report: string }).report;
    expect(report.startsWith(join(h.dataDir, 'reports'))).toBe(true);
    expect(await readFile(report, 'utf8')).toMatch(/every event anchored/);
  });

  it('a directory of bundles holding a link outside any bundle names it', async () => {
    const parent = join(work, `parent-${n++}`);
    await mkdir(parent);
    await cp(original, join(parent, 'one'), { recursive: true });
    await symlink('/etc', join(parent, 'elsewhere'));
    const targets = await verifyPaths([parent]);
    expect(targets.flatMap((t) => t.result.problems)).toContainEqual({ artifact: 'elsewhere', reason: 'is a symbolic link: refused' });
    expect(targets.find((t) => t.result.bundleId)?.result.problems).toEqual([]);
  });
});
