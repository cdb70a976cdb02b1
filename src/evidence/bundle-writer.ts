import { createCipheriv, randomBytes } from 'node:crypto';
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { IntegrityError } from '../core/errors.js';
import { sha256File, sha256Hex } from '../core/hash.js';
import { logger } from '../log/index.js';
import { asStorageError, claimStaging, releaseStaging, removeStaging, StorageError } from '../store/index.js';
import type { ArtifactEntry, ArtifactRole } from './manifest.js';
import { SEALED_SUFFIX, sealFile } from './seal.js';

export interface ArtifactSpec {
  /** Name under artifacts/, e.g. "screenshot.png" or "images/ab12.png". */
  name: string;
  role: ArtifactRole;
  mediaType: string;
  seal?: boolean;
  derivedFrom?: string[];
  truncated?: boolean;
  note?: string | null;
  /**
   * Where the entry stands in `artifacts` when parts of a bundle are written at the same time: entries
   * are kept in slot order, and in the order they were added within a slot. Default: after every entry so far.
   */
  slot?: number;
}

/** AES-256-GCM in memory, in the sealed file format of seal.ts (iv(12) || ciphertext || tag(16)). */
function sealBuffer(plain: Buffer, bundleKey: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', bundleKey, iv);
  return Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

/**
 * Writes artifacts into a staging directory, hashing as it writes. Buffers that are sealed are
 * encrypted in memory; files that tools write themselves (HAR, WARC, WACZ) live in a private work
 * directory (0700) until they are sealed, and that directory is removed when the writer is done.
 *
 * The staging entry (`<id>`, `<id>.work`) is claimed for this process with an owner file, so a later
 * sweep removes it if the process dies. The first storage failure (disk full, permission, I/O,
 * read-only) becomes a StorageError naming the path, and every later write of this writer throws
 * it too: a bundle with a hole in it is never finished.
 */
export class BundleWriter {
  readonly dir: string;
  readonly workDir: string;
  readonly artifacts: ArtifactEntry[] = [];
  readonly #slots = new WeakMap<ArtifactEntry, number>();
  #bundleKey: Buffer | null;
  #failure: StorageError | null = null;

  private constructor(dir: string, workDir: string, bundleKey: Buffer | null) {
    this.dir = dir;
    this.workDir = workDir;
    this.#bundleKey = bundleKey;
  }

  static async create(stagingRoot: string, bundleId: string, bundleKey: Buffer | null): Promise<BundleWriter> {
    const dir = join(stagingRoot, bundleId);
    const workDir = join(stagingRoot, `${bundleId}.work`);
    await claimStaging(dir, [workDir]);
    const writer = new BundleWriter(dir, workDir, bundleKey);
    try {
      await writer.#guard(dir, () => mkdir(join(dir, 'artifacts'), { recursive: true }), 'create the staging directory');
      await writer.#guard(workDir, () => mkdir(workDir, { recursive: true, mode: 0o700 }), 'create the work directory');
    } catch (error) {
      await writer.discard();
      throw error;
    }
    return writer;
  }

  get sealing(): boolean {
    return this.#bundleKey !== null;
  }

  /** The storage failure that stopped this writer, if any. */
  get failure(): StorageError | null {
    return this.#failure;
  }

  /** A path in the private work directory, for tools that write files themselves (HAR, WARC, WACZ). */
  workPath(name: string): string {
    return join(this.workDir, name);
  }

  /**
   * Runs a tool that writes `workPath(name)` itself; a storage failure becomes this writer's
   * StorageError naming that path, as for the writer's own writes.
   */
  async guardWork<T>(name: string, fn: (path: string) => Promise<T>): Promise<T> {
    const path = this.workPath(name);
    return this.#guard(path, () => fn(path));
  }

  /** The path an artifact will have in the bundle (with .sealed when it is sealed). */
  pathOf(spec: ArtifactSpec): string {
    if (!/^[A-Za-z0-9._/-]+$/.test(spec.name) || spec.name.includes('..')) throw new IntegrityError(`Bad artifact name ${spec.name}`);
    return `artifacts/${spec.name}${spec.seal && this.#bundleKey ? SEALED_SUFFIX : ''}`;
  }

  async addBuffer(spec: ArtifactSpec, data: Buffer | string): Promise<ArtifactEntry> {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const rel = this.pathOf(spec);
    const target = join(this.dir, rel);
    if (spec.seal && this.#bundleKey) {
      const sealed = sealBuffer(bytes, this.#bundleKey);
      await this.#write(target, sealed);
      return this.#record(spec, rel, { bytes: sealed.length, sha256: sha256Hex(sealed) }, { path: `artifacts/${spec.name}`, bytes: bytes.length, sha256: sha256Hex(bytes) });
    }
    await this.#write(target, bytes);
    return this.#record(spec, rel, { bytes: bytes.length, sha256: sha256Hex(bytes) }, null);
  }

  /** Adds a file that exists already, sealing it when asked. The source is not removed. */
  async addFile(spec: ArtifactSpec, source: string): Promise<ArtifactEntry> {
    const rel = this.pathOf(spec);
    const target = join(this.dir, rel);
    if (spec.seal && this.#bundleKey) {
      const key = this.#bundleKey;
      const result = await this.#guard(target, async () => {
        await mkdir(dirname(target), { recursive: true });
        return sealFile(source, target, key);
      });
      return this.#record(spec, rel, result.ciphertext, { path: `artifacts/${spec.name}`, ...result.plaintext });
    }
    await this.#guard(target, async () => {
      await mkdir(dirname(target), { recursive: true });
      await copyFile(source, target);
    });
    return this.#record(spec, rel, await sha256File(target), null);
  }

  #record(spec: ArtifactSpec, path: string, file: { bytes: number; sha256: string }, plaintext: ArtifactEntry['plaintext']): ArtifactEntry {
    const entry: ArtifactEntry = {
      path,
      role: spec.role,
      mediaType: spec.mediaType,
      bytes: file.bytes,
      sha256: file.sha256,
      sealed: plaintext !== null,
      plaintext,
      derivedFrom: spec.derivedFrom ?? [],
      truncated: spec.truncated ?? false,
      note: spec.note ?? null,
    };
    const last = this.artifacts.at(-1);
    const slot = spec.slot ?? (last ? (this.#slots.get(last) ?? 0) : 0);
    let at = this.artifacts.length;
    while (at > 0 && (this.#slots.get(this.artifacts[at - 1]!) ?? 0) > slot) at--;
    this.#slots.set(entry, slot);
    this.artifacts.splice(at, 0, entry);
    return entry;
  }

  /** Writes a top-level bundle file (manifest, signature, custody log). */
  async writeTop(rel: string, data: Buffer | string): Promise<void> {
    await this.#write(join(this.dir, rel), data, 'w');
  }

  /** Removes the work directory (before commit: nothing unsealed leaves staging). */
  async removeWork(): Promise<void> {
    await this.#guard(this.workDir, () => rm(this.workDir, { recursive: true, force: true }), 'remove');
  }

  /** Removes everything this writer staged. Never throws; what cannot be removed is logged and left to the next sweep. */
  async discard(): Promise<void> {
    const left = await removeStaging(this.dir);
    if (left.length > 0) logger('evidence').error({ paths: left }, `could not remove the staging of ${this.dir}: ${left.join(', ')}`);
  }

  /** Atomic on one filesystem: the bundle appears whole or not at all. */
  async moveTo(target: string): Promise<void> {
    await this.#guard(target, async () => {
      await mkdir(dirname(target), { recursive: true });
      await rename(this.dir, target);
    }, 'move the bundle to');
    await releaseStaging(this.dir);
  }

  async #write(target: string, data: Buffer | string, flag: 'wx' | 'w' = 'wx'): Promise<void> {
    await this.#guard(target, async () => {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, data, { flag });
    });
  }

  /** Runs one file-system step; a storage failure stops this writer for good. */
  async #guard<T>(path: string, fn: () => Promise<T>, what = 'write'): Promise<T> {
    if (this.#failure) throw this.#failure;
    try {
      return await fn();
    } catch (error) {
      const mapped = asStorageError(error, path, what);
      if (mapped instanceof StorageError) this.#failure = mapped;
      throw mapped;
    }
  }
}
