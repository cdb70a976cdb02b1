import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { derTime } from '../../src/evidence/cms-sign.js';
import { verifyAttachedSignature, verifyDetachedSignature } from '../../src/evidence/cms.js';
import { initKeys, loadSigner, type Signer } from '../../src/evidence/keys.js';
import { signAttached, signDetached } from '../../src/evidence/sign.js';
import { loadOptions } from '../../src/options/index.js';

/** The writer every bundle was signed with before: node-forge's PKCS#7, with forge's own RSA. */
function forgeSignature(content: Buffer, keyPem: string, certPem: string, detached: boolean, signingTime: Date): Buffer {
  const p7 = forge.pkcs7.createSignedData();
  p7.content = forge.util.createBuffer(content.toString('binary'));
  const certificate = forge.pki.certificateFromPem(certPem);
  p7.addCertificate(certificate);
  p7.addSigner({
    key: forge.pki.privateKeyFromPem(keyPem),
    certificate,
    digestAlgorithm: forge.pki.oids.sha256!,
    authenticatedAttributes: [
      { type: forge.pki.oids.contentType!, value: forge.pki.oids.data! },
      { type: forge.pki.oids.messageDigest! },
      { type: forge.pki.oids.signingTime!, value: signingTime as unknown as string },
    ],
  });
  p7.sign({ detached });
  return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
}

let dir: string;
let signer: Signer;
let keyPem: string;
let certPem: string;
const content = Buffer.from('{\n  "bundleId": "20261123T000000Z-beeldlab-voorbeeld.test-0001",\n  "note": "één manifest"\n}\n', 'utf8');
const at = new Date('2026-11-23T10:11:12.345Z');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dw-sign-'));
  await initKeys({ dataDir: dir, name: 'Signing test collector', organisation: 'Stichting Voorbeeld' });
  signer = await loadSigner(loadOptions({ env: {}, overrides: { dataDir: dir } }));
  keyPem = await readFile(join(dir, 'keys', 'signing-key.pem'), 'utf8');
  certPem = await readFile(join(dir, 'keys', 'signing-cert.pem'), 'utf8');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('signatures made with node:crypto', () => {
  it('are byte for byte the SignedData node-forge wrote, detached and attached', () => {
    expect(signDetached(content, signer, at).equals(forgeSignature(content, keyPem, certPem, true, at))).toBe(true);
    expect(signAttached(content, signer, at).equals(forgeSignature(content, keyPem, certPem, false, at))).toBe(true);
  });

  it('are the same bytes for a signer opened from a PKCS#12 file', async () => {
    const key = forge.pki.privateKeyFromPem(keyPem);
    const p12 = forge.pkcs12.toPkcs12Asn1(key, [forge.pki.certificateFromPem(certPem)], 'correct horse', { algorithm: '3des' });
    const p12File = join(dir, 'org.p12');
    await writeFile(p12File, Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'));
    const fromP12 = await loadSigner(loadOptions({ env: {}, overrides: { dataDir: join(dir, 'elsewhere'), signingP12File: p12File, signingP12Password: 'correct horse' } }));
    expect(fromP12.certificateSha256).toBe(signer.certificateSha256);
    expect(signDetached(content, fromP12, at).equals(forgeSignature(content, keyPem, certPem, true, at))).toBe(true);
  });

  it('are accepted by openssl cms -verify, and refused after one changed byte of content', async () => {
    const p7s = join(dir, 'manifest.json.p7s');
    const data = join(dir, 'manifest.json');
    await writeFile(p7s, signDetached(content, signer));
    await writeFile(data, content);
    const out = execFileSync('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', p7s, '-content', data, '-noverify', '-out', '/dev/null'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(out).toBe('');
    const altered = Buffer.from(content);
    altered[5] = altered[5]! ^ 1;
    await writeFile(data, altered);
    expect(() => execFileSync('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', p7s, '-content', data, '-noverify', '-out', '/dev/null'], { stdio: 'ignore' })).toThrow();

    const attached = join(dir, 'head.p7s');
    await writeFile(attached, signAttached(content, signer));
    const printed = execFileSync('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', attached, '-noverify'], { stdio: ['ignore', 'pipe', 'ignore'] });
    expect(printed.equals(content)).toBe(true);
  });

  it("pass dijkwacht's own verifier with the signer's certificate", async () => {
    expect(await verifyDetachedSignature(signDetached(content, signer), content)).toMatchObject({ ok: true, signerCertSha256: signer.certificateSha256 });
    const attached = await verifyAttachedSignature(signAttached(content, signer));
    expect(attached).toMatchObject({ ok: true, signerCertSha256: signer.certificateSha256 });
  });

  it('write signing time as UTCTime up to 2049 and GeneralizedTime from 2050 (RFC 5652 §11.3)', () => {
    expect(derTime(new Date('2049-12-31T23:59:59.999Z')).toString('latin1')).toBe('\x17\x0d491231235959Z');
    expect(derTime(new Date('2050-01-01T00:00:00Z')).toString('latin1')).toBe('\x18\x0f20500101000000Z');
    expect(derTime(new Date('1999-01-02T03:04:05Z')).toString('latin1')).toBe('\x17\x0d990102030405Z');
  });
});
