import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { initKeys, loadSigner, verifyDetachedSignature } from '../../src/evidence/index.js';
import { signDetached } from '../../src/evidence/sign.js';
import { loadOptions } from '../../src/options/index.js';

describe("an organisation's PKCS#12 as the signing identity", () => {
  it('signs manifests that verify, and a wrong password is a clear error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dw-p12-'));
    await initKeys({ dataDir: dir, name: 'Org signer', organisation: 'Example NGO' });
    const key = forge.pki.privateKeyFromPem(await readFile(join(dir, 'keys', 'signing-key.pem'), 'utf8'));
    const cert = forge.pki.certificateFromPem(await readFile(join(dir, 'keys', 'signing-cert.pem'), 'utf8'));
    const p12 = forge.pkcs12.toPkcs12Asn1(key, [cert], 'correct horse', { algorithm: '3des' });
    const p12File = join(dir, 'org.p12');
    await writeFile(p12File, Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'));

    const signer = await loadSigner(loadOptions({ env: {}, overrides: { dataDir: join(dir, 'elsewhere'), signingP12File: p12File, signingP12Password: 'correct horse' } }));
    expect(signer.subject).toContain('CN=Org signer');
    const content = Buffer.from('{"manifest":true}\n');
    const check = await verifyDetachedSignature(signDetached(content, signer), content);
    expect(check).toMatchObject({ ok: true, signerCertSha256: signer.certificateSha256 });

    await expect(loadSigner(loadOptions({ env: {}, overrides: { signingP12File: p12File, signingP12Password: 'wrong' } }))).rejects.toThrow(/cannot be opened \(wrong password/);
  });
});
