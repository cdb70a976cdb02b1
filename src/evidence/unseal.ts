import { type KeyObject } from 'node:crypto';
import { chmod, lstat, mkdir, open, readdir, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { IntegrityError, UsageError } from '../core/errors.js';
import { inspectFile, readBundleFile, unsafePath } from './bundle-files.js';
import type { Manifest } from './manifest.js';
import { unsealFile, unwrapKey } from './seal.js';

export interface UnsealResult {
  bundleId: string;
  outDir: string;
  /** `path` as in the manifest's `plaintext.path`; `writtenTo` the absolute file written. */
  files: { path: string; bytes: number; sha256: string; writtenTo: string }[];
  keySha256: string;
}

/** Modes of what unseal writes, whatever the umask: plaintext originals are for the custodian only. */
export const UNSEALED_DIR_MODE = 0o700;
export const UNSEALED_FILE_MODE = 0o600;

const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

/** `outDir` as a new or empty directory of mode 0700 (an existing one is tightened). */
async function prepareOutDir(root: string): Promise<void> {
  const st = await lstat(root).catch(() => null);
  if (st) {
    if (!st.isDirectory()) throw new UsageError(`--out ${root} exists and is not a directory.`);
    if ((await readdir(root)).length > 0) throw new UsageError(`--out ${root} is not empty: restored originals never overwrite or mix with other files. Choose a new directory.`);
  } else {
    await mkdir(dirname(root), { recursive: true });
    await mkdir(root, { mode: UNSEALED_DIR_MODE });
  }
  await chmod(root, UNSEALED_DIR_MODE);
}

/** Creates the directories between `root` and `target` with mode 0700. */
async function makeParents(root: string, target: string): Promise<void> {
  let dir = root;
  for (const part of relative(root, dirname(target)).split(sep).filter(Boolean)) {
    dir = join(dir, part);
    const st = await lstat(dir).catch(() => null);
    if (st && (!st.isDirectory() || st.isSymbolicLink())) throw new IntegrityError(`Refusing to write through ${dir}: it is not a directory this unseal made.`);
    if (!st) {
      await mkdir(dir, { mode: UNSEALED_DIR_MODE });
      await chmod(dir, UNSEALED_DIR_MODE);
    }
  }
}

/**
 * Restores every sealed artifact of a bundle directory into `outDir` (new, or empty), checking each
 * restored file against the plaintext hash the signed manifest records. Directories get mode 0700 and
 * files 0600 before a byte is written. The bundle itself is not changed; the caller records the act.
 */
export async function unsealBundle(bundleDir: string, privateKey: string | KeyObject, outDir: string): Promise<UnsealResult> {
  const read = await readBundleFile(bundleDir, 'manifest.json', MAX_MANIFEST_BYTES);
  if (!read.ok) throw new IntegrityError(`The manifest of ${bundleDir} cannot be read: it ${read.reason}.`);
  const manifest = JSON.parse(read.value.toString('utf8')) as Manifest;
  if (!manifest.sealing.sealed) throw new UsageError(`Bundle ${manifest.bundleId} was captured without sealing; there is nothing to unseal.`);
  const pem = typeof privateKey === 'string' ? privateKey : (privateKey.export({ type: 'pkcs8', format: 'pem' }) as string);
  const { key, keySha256 } = unwrapKey(manifest.sealing.recipients, pem);
  const root = resolve(outDir);
  await prepareOutDir(root);
  const files: UnsealResult['files'] = [];
  for (const artifact of manifest.artifacts.filter((a) => a.sealed && a.plaintext)) {
    const plain = artifact.plaintext!;
    const target = resolve(root, plain.path);
    if (unsafePath(plain.path) || !target.startsWith(root + sep)) throw new IntegrityError(`Refusing to write outside ${root}: ${plain.path}`);
    const source = await inspectFile(bundleDir, artifact.path);
    if (!source.ok) throw new IntegrityError(`${artifact.path} of bundle ${manifest.bundleId} cannot be unsealed: it ${source.reason}.`);
    await makeParents(root, target);
    // Created empty with mode 0600 first, so the plaintext never sits in a file others may read.
    await (await open(target, 'wx', UNSEALED_FILE_MODE)).close();
    await chmod(target, UNSEALED_FILE_MODE);
    const restored = await unsealFile(join(bundleDir, artifact.path), target, key).catch(async (error: unknown) => {
      await rm(target, { force: true });
      throw error;
    });
    if (restored.sha256 !== plain.sha256 || restored.bytes !== plain.bytes) {
      await rm(target, { force: true });
      throw new IntegrityError(`${plain.path} decrypted, but its SHA-256 is not the one in the manifest.`);
    }
    files.push({ path: plain.path, bytes: restored.bytes, sha256: restored.sha256, writtenTo: target });
  }
  return { bundleId: manifest.bundleId, outDir: root, files, keySha256 };
}
