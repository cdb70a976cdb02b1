import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { asStorageError, guardWrite, StorageError } from './errors.js';
import type { BundleStore } from './bundle-store.js';
import { releaseStaging, trackTemporary, untrackTemporary } from './staging-sweep.js';

export async function listFilesRecursive(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) await walk(p);
      else out.push(relative(root, p).split('\\').join('/'));
    }
  };
  await walk(root);
  return out.sort();
}

/** Bundles as directories under <dataDir>/bundles. Commit is a rename: a bundle appears whole or not at all. */
export class FsBundleStore implements BundleStore {
  readonly kind = 'fs' as const;
  readonly root: string;

  /** `root` holds one directory per bundle: <dataDir>/bundles for the data root's store. */
  constructor(root: string) {
    this.root = resolve(root);
  }

  static forDataDir(dataDir: string): FsBundleStore {
    return new FsBundleStore(resolve(dataDir, 'bundles'));
  }

  location(bundleId: string): string {
    return join(this.root, bundleId);
  }

  async commit(stagingDir: string, bundleId: string): Promise<string> {
    const target = this.location(bundleId);
    await guardWrite(this.root, () => mkdir(this.root, { recursive: true }), 'create the bundle store');
    try {
      await rename(stagingDir, target);
    } catch (error) {
      const storage = asStorageError(error, target, `move bundle ${bundleId} to`);
      throw storage instanceof StorageError ? storage : new StorageError(`Cannot move bundle ${bundleId} into ${this.root}.`, { cause: error, path: target });
    }
    await releaseStaging(stagingDir);
    return target;
  }

  async list(): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.root);
    } catch {
      return [];
    }
    const ids: string[] = [];
    for (const name of names.sort()) if (await this.has(name)) ids.push(name);
    return ids;
  }

  async has(bundleId: string): Promise<boolean> {
    return stat(join(this.location(bundleId), 'manifest.json')).then(
      (s) => s.isFile(),
      () => false,
    );
  }

  read(bundleId: string, rel: string): Promise<Buffer> {
    return readFile(join(this.location(bundleId), rel));
  }

  files(bundleId: string): Promise<string[]> {
    return listFilesRecursive(this.location(bundleId));
  }

  /** Replaces one file of a bundle atomically (write beside it, then rename); a failed write leaves the old file and no temporary one. */
  async write(bundleId: string, rel: string, data: Buffer | string): Promise<void> {
    const target = join(this.location(bundleId), rel);
    const tmp = `${target}.tmp-${process.pid}`;
    trackTemporary(tmp);
    try {
      await guardWrite(tmp, async () => {
        await mkdir(dirname(target), { recursive: true });
        await writeFile(tmp, data);
      });
      await guardWrite(target, () => rename(tmp, target));
    } catch (error) {
      await rm(tmp, { force: true }).catch(() => undefined);
      throw error;
    } finally {
      untrackTemporary(tmp);
    }
  }

  async materialize(bundleId: string): Promise<{ dir: string; release(): Promise<void> }> {
    return { dir: this.location(bundleId), release: async () => undefined };
  }
}
