import { spawn, spawnSync } from 'node:child_process';
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BundleWriter } from '../../src/evidence/bundle-writer.js';
import { initKeys } from '../../src/evidence/index.js';
import { newBundleKey, unsealFile } from '../../src/evidence/seal.js';
import { FsBundleStore, StorageError } from '../../src/store/index.js';
import { runCli } from '../support/cli.js';
import { startWorld, type World } from '../world/index.js';

/** Every write to /dev/full fails with ENOSPC: a full disk without filling one. */
const FULL = '/dev/full';
const haveDevFull = existsSync(FULL);

let world: World;
let root: string;
beforeAll(async () => {
  world = await startWorld();
  root = await mkdtemp(join(tmpdir(), 'dw-storage-'));
});
afterAll(async () => {
  await world?.stop();
  await rm(root, { recursive: true, force: true });
});

async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(p)));
    else out.push(relative(root, p));
  }
  return out;
}

describe.runIf(haveDevFull)('the bundle writer on a full disk', () => {
  it('a failed write is one sentence naming the path, stops the writer for good, and discard leaves nothing', async () => {
    const staging = join(root, 'w1', 'staging');
    const writer = await BundleWriter.create(staging, 'b1', null);
    await writer.addBuffer({ name: 'visible-text.txt', role: 'visible-text', mediaType: 'text/plain' }, 'fictional page text');
    await symlink(FULL, join(writer.dir, 'VERIFY.md'));
    const failure = await writer.writeTop('VERIFY.md', 'x'.repeat(100_000)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).message).toBe(`Cannot write ${join(staging, 'b1', 'VERIFY.md')}: no space left on the device (ENOSPC).`);
    expect(failure).toMatchObject({ code: 'ENOSPC', path: join(staging, 'b1', 'VERIFY.md'), scope: 'run' });
    // a bundle with a hole in it is never finished: later writes fail with the same error
    await expect(writer.addBuffer({ name: 'links.json', role: 'links', mediaType: 'application/json' }, '{}')).rejects.toBe(failure);
    await writer.discard();
    expect(await readdir(staging)).toEqual([]);
  });

  it('a failed store write keeps the old file and leaves no temporary file', async () => {
    const store = new FsBundleStore(join(root, 'w2', 'bundles'));
    await mkdir(store.location('b2'), { recursive: true });
    await writeFile(join(store.location('b2'), 'custody.jsonl'), 'old\n');
    await symlink(FULL, join(store.location('b2'), `custody.jsonl.tmp-${process.pid}`));
    const failure = await store.write('b2', 'custody.jsonl', 'new\n').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as Error).message).toMatch(/^Cannot write \S+custody\.jsonl\.tmp-\d+: no space left on the device \(ENOSPC\)\.$/);
    expect(await readdir(store.location('b2'))).toEqual(['custody.jsonl']);
    expect(await readFile(join(store.location('b2'), 'custody.jsonl'), 'utf8')).toBe('old\n');
  });
});

describe('no plaintext at rest by accident', () => {
  it('a sealed buffer is encrypted in memory: nothing unsealed reaches the work directory', async () => {
    const key = newBundleKey();
    const writer = await BundleWriter.create(join(root, 'w3', 'staging'), 'b3', key);
    const original = Buffer.from('placeholder image bytes (neutral test data)');
    const entry = await writer.addBuffer({ name: 'screenshot-full.png', role: 'screenshot-original', mediaType: 'image/png', seal: true }, original);
    expect(await readdir(writer.workDir)).toEqual([]);
    expect(entry).toMatchObject({ path: 'artifacts/screenshot-full.png.sealed', sealed: true, plaintext: { path: 'artifacts/screenshot-full.png', bytes: original.length } });
    const back = join(root, 'w3', 'back.png');
    const plain = await unsealFile(join(writer.dir, entry.path), back, key);
    expect(plain.sha256).toBe(entry.plaintext?.sha256);
    expect(await readFile(back)).toEqual(original);
    await writer.discard();
  });

  it('permission denied (EACCES) is one sentence naming the path, and the item leaves nothing behind', async () => {
    // chmod stops nobody who runs as root: then the writer runs in a child process as "nobody".
    const asRoot = process.getuid?.() === 0;
    const dir = join(root, 'w4');
    await mkdir(dir, { recursive: true });
    await chmod(dir, 0o777);
    if (asRoot) await chmod(root, 0o711); // "nobody" must reach its directory
    const script = `
      import { chmod } from 'node:fs/promises';
      import { readdirSync } from 'node:fs';
      import { join } from 'node:path';
      const { BundleWriter } = await import(${JSON.stringify(resolve(import.meta.dirname, '../../dist/src/evidence/bundle-writer.js'))});
      const staging = process.argv[1];
      const w = await BundleWriter.create(staging, 'b4', null);
      await chmod(join(w.dir, 'artifacts'), 0o555);
      const out = {};
      try { await w.addBuffer({ name: 'dom.html', role: 'dom', mediaType: 'text/html' }, '<p>fictional</p>'); }
      catch (e) { out.error = { name: e.name, message: e.message, code: e.code }; await w.discard(); }
      out.left = readdirSync(staging);
      console.log(JSON.stringify(out));`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script, join(dir, 'staging')], { encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
    expect(child.status, child.stderr).toBe(0);
    const out = JSON.parse(child.stdout) as { error?: { name: string; message: string; code: string }; left: string[] };
    expect(out.error).toEqual({ name: 'StorageError', code: 'EACCES', message: `Cannot write ${join(dir, 'staging', 'b4', 'artifacts', 'dom.html')}: permission denied (EACCES).` });
    expect(out.left).toEqual([]);
  });
});

/** Plants a symlink to /dev/full at `rel` (relative to a staging entry) as soon as the capture stages its bundle. */
function fullDiskAt(staging: string, entry: (id: string) => string): { stop(): void; planted(): string | null } {
  let planted: string | null = null;
  let trying = false;
  const watcher: FSWatcher = watch(staging, (_event, name) => {
    const id = name ? /^(\d{8}T\d{6}Z-.+-[0-9a-f]{8})(\.work)?$/.exec(name)?.[1] : undefined;
    if (planted || trying || !id) return;
    trying = true;
    const target = join(staging, entry(id));
    // the entry's directory may not exist yet at the first event: the next event tries again
    void symlink(FULL, target).then(
      () => (planted = target),
      () => undefined,
    ).finally(() => (trying = false));
  });
  return { stop: () => watcher.close(), planted: () => planted };
}

describe.runIf(haveDevFull)('capture on a full disk', () => {
  const cases: [string, (id: string) => string, RegExp][] = [
    ['a bundle file the writer writes (VERIFY.md)', (id) => join(id, 'VERIFY.md'), /^dijkwacht: Cannot write \S+\/staging\/\S+\/VERIFY\.md: no space left on the device \(ENOSPC\)\.$/],
    ['a file a capture tool writes in the work directory (the WARC)', (id) => join(`${id}.work`, 'capture.warc.gz'), /^dijkwacht: Cannot write \S+\/staging\/\S+: no space left on the device \(ENOSPC\)\.$/],
  ];
  for (const [name, where, message] of cases) {
    it(`ENOSPC in ${name}: exit 6, one line naming the path, no staging and no plaintext left`, async () => {
      const dataDir = join(root, `capture-${cases.findIndex((c) => c[0] === name)}`);
      await initKeys({ dataDir, name: 'dijkwacht test collector', organisation: 'Test NGO' });
      const staging = join(dataDir, 'staging');
      await mkdir(staging, { recursive: true });
      const full = fullDiskAt(staging, where);
      const run = await runCli(['capture', 'http://pixelpeel.test/', '--proxy', world.proxyUrl, '--tsa', world.tsa.url, '--ca-file', world.webCaFile, '--data-dir', dataDir]).finally(() => full.stop());
      expect(full.planted()).not.toBeNull();
      expect(run.code, run.stderr).toBe(6);
      const lines = run.stderr.trim().split('\n');
      expect(lines, run.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(run.stderr).not.toMatch(/Unhandled|\n\s+at /);
      expect(await readdir(staging)).toEqual([]);
      // only the keys and the catalog: no HAR, WARC, screenshot or page text anywhere under the data dir
      const left = (await files(dataDir)).map((f) => relative(relative(root, dataDir), f));
      expect(left.filter((f) => !/^keys\/|^catalog\.sqlite(-wal|-shm)?$/.test(f))).toEqual([]);
    });
  }
});

describe('staging left by dead processes is swept when a writing command starts', () => {
  it('removes what a dead process left and what nobody owns, keeps what a live process owns, and logs both', async () => {
    const dataDir = join(root, 'sweep');
    const staging = join(dataDir, 'staging');
    const packets = join(dataDir, 'packets');
    await mkdir(staging, { recursive: true });
    await mkdir(packets, { recursive: true });
    const dead = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ['-e', '']);
      child.on('exit', () => resolve(child.pid!));
    });
    const owner = (pid: number): string => JSON.stringify({ pid, hostname: hostname(), startedAt: new Date(Date.now() - 60_000).toISOString() });
    const stage = async (dir: string, id: string, pid: number | null): Promise<void> => {
      await mkdir(join(dir, id, 'artifacts'), { recursive: true });
      if (dir === staging) await mkdir(join(dir, `${id}.work`));
      if (dir === staging) await writeFile(join(dir, `${id}.work`, 'network.har'), '{"log":{}}');
      if (pid !== null) await writeFile(join(dir, `${id}.owner.json`), owner(pid));
    };
    await stage(staging, 'left-by-dead', dead);
    await stage(staging, 'owned-by-live', process.pid);
    await stage(staging, 'no-owner-old', null);
    await stage(staging, 'no-owner-new', null);
    await stage(packets, '.staging-dead-packet', dead);
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    for (const p of ['no-owner-old', 'no-owner-old.work', 'no-owner-old/artifacts']) await utimes(join(staging, p), twoHoursAgo, twoHoursAgo);
    await writeFile(join(packets, '2026-01-01-host-finished'), 'a finished packet folder is not staging');

    const run = await runCli(['timestamp', '--pending', '--tsa', world.tsa.url, '--data-dir', dataDir], { DIJKWACHT_LOG_LEVEL: 'info' });
    expect(run.code, run.stderr).toBe(0);
    expect((await readdir(staging)).sort()).toEqual(['no-owner-new', 'no-owner-new.work', 'owned-by-live', 'owned-by-live.owner.json', 'owned-by-live.work']);
    expect((await readdir(packets)).sort()).toEqual(['2026-01-01-host-finished']);

    const sweep = run.stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { context: string; msg: string; swept?: number; removed?: { path: string; reason: string }[]; kept?: { path: string; reason: string }[] })
      .find((l) => l.msg.startsWith('staging sweep'));
    expect(sweep).toMatchObject({ context: 'store', swept: 3 });
    expect(sweep?.removed).toEqual(
      expect.arrayContaining([
        { path: join(staging, 'left-by-dead'), reason: expect.stringMatching(new RegExp(`pid ${dead} .*is not running`)) },
        { path: join(staging, 'no-owner-old'), reason: expect.stringMatching(/no owner file, untouched for \d+/) },
        { path: join(packets, '.staging-dead-packet'), reason: expect.stringMatching(/is not running/) },
      ]),
    );
    expect(sweep?.kept).toEqual(
      expect.arrayContaining([
        { path: join(staging, 'owned-by-live'), reason: `its owner, pid ${process.pid}, is running` },
        { path: join(staging, 'no-owner-new'), reason: expect.stringMatching(/no owner file, but touched/) },
      ]),
    );
    expect(sweep?.msg).toMatch(/removed 3 stale entries .*left-by-dead/);
  });
});
