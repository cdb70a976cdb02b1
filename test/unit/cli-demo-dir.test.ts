import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MARKER, prepareDemoDir } from '../../scripts/demo-dir.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dw-demo-dir-'));
});
afterAll(async () => rm(root, { recursive: true, force: true }));

describe('the demo data directory', () => {
  it('starts every run empty: a second run finds nothing of the first', async () => {
    const dir = join(root, 'demo');
    expect(await prepareDemoDir(dir)).toEqual({ emptied: false });
    await mkdir(join(dir, 'bundles', 'old'), { recursive: true });
    await writeFile(join(dir, 'catalog.sqlite'), 'from the first run');
    expect(await prepareDemoDir(dir)).toEqual({ emptied: true });
    expect(await readdir(dir)).toEqual([DEMO_MARKER]);
  });

  it('refuses a directory with someone else\'s files and removes nothing', async () => {
    const dir = join(root, 'real-data');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'catalog.sqlite'), 'real work');
    await expect(prepareDemoDir(dir)).rejects.toThrow(/holds files the demo did not make; choose an empty directory with DIJKWACHT_DEMO_DIR/);
    expect(existsSync(join(dir, 'catalog.sqlite'))).toBe(true);
    // The project's own storage/demo from before the marker existed is the demo's to empty.
    expect(await prepareDemoDir(dir, true)).toEqual({ emptied: true });
  });
});
