import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const exec = promisify(execFile);

it('npm run demo captures and verifies bundles from the test world, and says where they are', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'dw-demo-'));
  try {
    const { stdout } = await exec(process.execPath, [resolve(import.meta.dirname, '../../dist/scripts/demo.js')], { env: { ...process.env, DIJKWACHT_DEMO_DIR: dir } });
    expect(stdout).toMatch(/discover: \d+ search results, \d+ pages crawled/);
    expect(stdout).toMatch(/sites: nudify [1-9]\d*, deepfake [1-9]\d*, directory \d+, unrelated \d+/);
    expect(stdout).toMatch(/COMPLETE https?:\/\/(?!pixelpeel)[a-z0-9.-]+\.test\//);
    expect(stdout).toMatch(/COMPLETE http:\/\/pixelpeel\.test\//);
    expect(stdout).toMatch(/COMPLETE https:\/\/pixelpeel\.test\//);
    expect(stdout).toMatch(/PARTIAL {2}http:\/\/guarded-portal\.test\/[\s\S]*bot wall/);
    expect(stdout).toMatch(/domains:\n {2}\S+\.test: registrar Voorbeeld Registrar B\.V\. \(abuse abuse@voorbeeld-registrar\.test\); host network RIPE-NCC \(abuse ops@ripe\.net\)/);
    expect(stdout).toMatch(/verify: {3}all bundles verify/);
    const safeView = /safe-view copy:\s+(\S+)/.exec(stdout)?.[1];
    expect((await readFile(safeView!)).subarray(1, 4).toString()).toBe('PNG');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
