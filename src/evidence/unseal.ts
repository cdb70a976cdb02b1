import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { IntegrityError, UsageError } from '../core/errors.js';
import type { Manifest } from './manifest.js';
import { unsealFile, unwrapKey } from './seal.js';

export interface UnsealResult {
  outDir: string;
  files: { path: string; bytes: number; sha256: string }[];
  keySha256: string;
}

/**
 * Restores every sealed artifact of a bundle directory into `outDir`, checking each restored file
 * against the plaintext hash the signed manifest records. The bundle itself is not changed.
 */
export async function unsealBundle(bundleDir: string, privateKeyPem: string, outDir: string): Promise<UnsealResult> {
  const manifest = JSON.parse(await readFile(join(bundleDir, 'manifest.json'), 'utf8')) as Manifest;
  if (!manifest.sealing.sealed) throw new UsageError(`Bundle ${manifest.bundleId} was captured without sealing; there is nothing to unseal.`);
  const { key, keySha256 } = unwrapKey(manifest.sealing.recipients, privateKeyPem);
  const root = resolve(outDir);
  const files: UnsealResult['files'] = [];
  for (const artifact of manifest.artifacts.filter((a) => a.sealed && a.plaintext)) {
    const plain = artifact.plaintext!;
    const target = resolve(root, plain.path);
    if (!target.startsWith(root + sep)) throw new IntegrityError(`Refusing to write outside ${root}: ${plain.path}`);
    await mkdir(dirname(target), { recursive: true });
    const restored = await unsealFile(join(bundleDir, artifact.path), target, key);
    if (restored.sha256 !== plain.sha256 || restored.bytes !== plain.bytes) {
      throw new IntegrityError(`${plain.path} decrypted, but its SHA-256 is not the one in the manifest.`);
    }
    files.push({ path: plain.path, bytes: restored.bytes, sha256: restored.sha256 });
  }
  return { outDir: root, files, keySha256 };
}
