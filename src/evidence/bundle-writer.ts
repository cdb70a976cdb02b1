import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { IntegrityError } from '../core/errors.js';
import { sha256File, sha256Hex } from '../core/hash.js';
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
}

/**
 * Writes artifacts into a staging directory, hashing as it writes. Sealed artifacts are encrypted
 * from a private work directory that is removed when the writer is closed.
 */
export class BundleWriter {
  readonly dir: string;
  readonly workDir: string;
  readonly artifacts: ArtifactEntry[] = [];
  #bundleKey: Buffer | null;
  #tmpCounter = 0;

  private constructor(dir: string, workDir: string, bundleKey: Buffer | null) {
    this.dir = dir;
    this.workDir = workDir;
    this.#bundleKey = bundleKey;
  }

  static async create(stagingRoot: string, bundleId: string, bundleKey: Buffer | null): Promise<BundleWriter> {
    const dir = join(stagingRoot, bundleId);
    const workDir = join(stagingRoot, `${bundleId}.work`);
    await mkdir(join(dir, 'artifacts'), { recursive: true });
    await mkdir(workDir, { recursive: true, mode: 0o700 });
    return new BundleWriter(dir, workDir, bundleKey);
  }

  get sealing(): boolean {
    return this.#bundleKey !== null;
  }

  /** A path in the private work directory, for tools that write files themselves (HAR, WARC, WACZ). */
  workPath(name: string): string {
    return join(this.workDir, name);
  }

  /** The path an artifact will have in the bundle (with .sealed when it is sealed). */
  pathOf(spec: ArtifactSpec): string {
    if (!/^[A-Za-z0-9._/-]+$/.test(spec.name) || spec.name.includes('..')) throw new IntegrityError(`Bad artifact name ${spec.name}`);
    return `artifacts/${spec.name}${spec.seal && this.#bundleKey ? SEALED_SUFFIX : ''}`;
  }

  async addBuffer(spec: ArtifactSpec, data: Buffer | string): Promise<ArtifactEntry> {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    if (spec.seal && this.#bundleKey) {
      const tmp = this.workPath(`buffer-${++this.#tmpCounter}`);
      await writeFile(tmp, bytes, { mode: 0o600 });
      try {
        return await this.addFile(spec, tmp);
      } finally {
        await rm(tmp, { force: true });
      }
    }
    const rel = this.pathOf(spec);
    const target = join(this.dir, rel);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, bytes, { flag: 'wx' });
    return this.#record(spec, rel, { bytes: bytes.length, sha256: sha256Hex(bytes) }, null);
  }

  /** Adds a file that exists already, sealing it when asked. The source is not removed. */
  async addFile(spec: ArtifactSpec, source: string): Promise<ArtifactEntry> {
    const rel = this.pathOf(spec);
    const target = join(this.dir, rel);
    await mkdir(dirname(target), { recursive: true });
    if (spec.seal && this.#bundleKey) {
      const result = await sealFile(source, target, this.#bundleKey);
      return this.#record(spec, rel, result.ciphertext, { path: `artifacts/${spec.name}`, ...result.plaintext });
    }
    await copyFile(source, target);
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
    this.artifacts.push(entry);
    return entry;
  }

  /** Writes a top-level bundle file (manifest, signature, custody log). */
  async writeTop(rel: string, data: Buffer | string): Promise<void> {
    const target = join(this.dir, rel);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, data);
  }

  async removeWork(): Promise<void> {
    await rm(this.workDir, { recursive: true, force: true });
  }

  async discard(): Promise<void> {
    await Promise.all([this.removeWork(), rm(this.dir, { recursive: true, force: true })]);
  }

  /** Atomic on one filesystem: the bundle appears whole or not at all. */
  async moveTo(target: string): Promise<void> {
    await mkdir(dirname(target), { recursive: true });
    await rename(this.dir, target);
  }
}
