import { createCipheriv, createDecipheriv, createHash, createPrivateKey, createPublicKey, constants, privateDecrypt, publicEncrypt, randomBytes, type KeyObject } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { IntegrityError } from '../core/errors.js';
import { asStorageError } from '../store/errors.js';
import type { Custodian } from './keys.js';
import { publicKeySha256 } from './keys.js';

export const SEAL_ALGORITHM = 'AES-256-GCM' as const;
export const KEY_WRAP_ALGORITHM = 'RSA-OAEP-SHA256' as const;
export const SEALED_FILE_FORMAT = 'iv(12 bytes) || ciphertext || tag(16 bytes)' as const;
export const SEALED_SUFFIX = '.sealed';

export interface SealRecipient {
  keySha256: string;
  algorithm: typeof KEY_WRAP_ALGORITHM;
  wrappedKey: string; // base64
}

export function newBundleKey(): Buffer {
  return randomBytes(32);
}

export function wrapKey(bundleKey: Buffer, custodians: Custodian[]): SealRecipient[] {
  return custodians.map((c) => ({
    keySha256: c.fingerprint,
    algorithm: KEY_WRAP_ALGORITHM,
    wrappedKey: publicEncrypt({ key: c.key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, bundleKey).toString('base64'),
  }));
}

/** Finds the recipient entry for this private key and unwraps the bundle key. */
export function unwrapKey(recipients: SealRecipient[], privateKeyPem: string): { key: Buffer; keySha256: string } {
  let key: KeyObject;
  try {
    key = createPrivateKey(privateKeyPem);
  } catch (error) {
    throw new IntegrityError('The key file is not a private key in PEM.', { cause: error });
  }
  const fingerprint = publicKeySha256(createPublicKey(key));
  const entry = recipients.find((r) => r.keySha256 === fingerprint);
  if (!entry) throw new IntegrityError(`This key (${fingerprint.slice(0, 16)}…) is not one of the bundle's custodian keys.`);
  try {
    return { key: privateDecrypt({ key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, Buffer.from(entry.wrappedKey, 'base64')), keySha256: fingerprint };
  } catch (error) {
    throw new IntegrityError('The wrapped bundle key cannot be decrypted with this key.', { cause: error });
  }
}

export interface SealResult {
  plaintext: { bytes: number; sha256: string };
  ciphertext: { bytes: number; sha256: string };
}

/** Hashes what passes through, without changing it. */
class Tap extends Transform {
  readonly hash = createHash('sha256');
  bytes = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: (e?: Error | null, data?: Buffer) => void): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    done(null, chunk);
  }
}

/** Encrypts a file under the bundle key, hashing plaintext and ciphertext as it writes. */
export async function sealFile(source: string, target: string, bundleKey: Buffer): Promise<SealResult> {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', bundleKey, iv);
  const plain = new Tap();
  const sealed = new Tap();
  await pipeline(
    createReadStream(source),
    plain,
    cipher,
    async function* (ciphertext: AsyncIterable<Buffer>) {
      yield iv;
      for await (const chunk of ciphertext) yield chunk;
      yield cipher.getAuthTag(); // the cipher has ended once its output is exhausted
    },
    sealed,
    createWriteStream(target, { flags: 'wx' }),
  );
  return {
    plaintext: { bytes: plain.bytes, sha256: plain.hash.digest('hex') },
    ciphertext: { bytes: sealed.bytes, sha256: sealed.hash.digest('hex') },
  };
}

/** Decrypts a sealed file; the GCM tag is checked, so any change to the ciphertext fails. */
export async function unsealFile(source: string, target: string, bundleKey: Buffer): Promise<{ bytes: number; sha256: string }> {
  const fh = await open(source, 'r');
  let size: number;
  const iv = Buffer.alloc(12);
  const tag = Buffer.alloc(16);
  try {
    size = (await fh.stat()).size;
    if (size < 28) throw new IntegrityError(`${source} is too short to be a sealed file.`);
    await fh.read(iv, 0, 12, 0);
    await fh.read(tag, 0, 16, size - 16);
  } finally {
    await fh.close();
  }
  const decipher = createDecipheriv('aes-256-gcm', bundleKey, iv);
  decipher.setAuthTag(tag);
  const tap = new Tap();
  try {
    await pipeline(createReadStream(source, { start: 12, end: size - 17 }), decipher, tap, createWriteStream(target, { mode: 0o600 }));
  } catch (error) {
    // Never leave a partly decrypted original behind, whatever went wrong.
    await rm(target, { force: true }).catch(() => undefined);
    const storage = asStorageError(error, target);
    if (storage !== error) throw storage;
    throw new IntegrityError(`${source} does not decrypt: it was altered or the key is wrong.`, { cause: error });
  }
  return { bytes: tap.bytes, sha256: tap.hash.digest('hex') };
}
