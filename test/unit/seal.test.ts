import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicKeySha256 } from '../../src/evidence/keys.js';
import { newBundleKey, sealFile, unsealFile, unwrapKey, wrapKey } from '../../src/evidence/seal.js';

describe('sealing', () => {
  it('round-trips a file and reports both hashes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dw-seal-'));
    const plain = Buffer.from('placeholder bytes '.repeat(10_000));
    await writeFile(join(dir, 'in'), plain);
    const key = newBundleKey();
    const sealed = await sealFile(join(dir, 'in'), join(dir, 'in.sealed'), key);
    expect(sealed.plaintext.bytes).toBe(plain.length);
    expect(sealed.ciphertext.bytes).toBe(plain.length + 28);
    expect((await readFile(join(dir, 'in.sealed'))).includes(Buffer.from('placeholder'))).toBe(false);
    await unsealFile(join(dir, 'in.sealed'), join(dir, 'out'), key);
    expect((await readFile(join(dir, 'out'))).equals(plain)).toBe(true);
    await expect(unsealFile(join(dir, 'in.sealed'), join(dir, 'out2'), newBundleKey())).rejects.toThrow(/does not decrypt/);
  });

  it('wraps the bundle key for each custodian; only their keys unwrap it', () => {
    const a = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const b = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const c = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const key = newBundleKey();
    const recipients = wrapKey(key, [a, b].map((k, i) => ({ key: k.publicKey, fingerprint: publicKeySha256(k.publicKey), source: `k${i}` })));
    for (const k of [a, b]) expect(unwrapKey(recipients, k.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string).key.equals(key)).toBe(true);
    expect(() => unwrapKey(recipients, c.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string)).toThrow(/not one of the bundle's custodian keys/);
  });
});
