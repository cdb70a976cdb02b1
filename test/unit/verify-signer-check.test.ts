import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCertificatesPem, verifyAttachedSignature, verifyDetachedSignature } from '../../src/evidence/cms.js';
import { initKeys, loadSigner, type Signer } from '../../src/evidence/index.js';
import { chainsToAnchor } from '../../src/evidence/signer-check.js';
import { signAttached, signDetached } from '../../src/evidence/sign.js';
import { loadOptions, testDefaults } from '../../src/options/index.js';
import { issueCertificate } from '../world/pki.js';

let dataDir: string;
let signer: Signer;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dw-signer-check-'));
  await initKeys({ dataDir, name: 'signer-check' });
  signer = await loadSigner(loadOptions({ env: {}, overrides: { ...testDefaults, dataDir } }));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('CMS signatures checked with node:crypto', () => {
  const content = Buffer.from('{"bundleId":"20261202T000000Z-signer-check-0001"}\n');

  it('accepts a detached signature over the exact bytes and refuses one changed byte', async () => {
    const p7s = signDetached(content, signer);
    const good = await verifyDetachedSignature(p7s, content);
    expect(good.ok).toBe(true);
    expect(good.signerSubject).toContain('CN=');
    const changed = Buffer.from(content);
    changed[5] = changed[5]! ^ 1;
    const bad = await verifyDetachedSignature(p7s, changed);
    expect(bad.ok).toBe(false);
    expect(bad.reason).toBe('the signature does not match the signed bytes');
  });

  it('returns the content of an attached signature only when it verifies', async () => {
    const p7s = signAttached(content, signer);
    const good = await verifyAttachedSignature(p7s);
    expect(good.ok).toBe(true);
    expect(good.content?.equals(content)).toBe(true);
    // Flip one byte of the signature value (the last bytes of the DER are the RSA signature).
    const tampered = Buffer.from(p7s);
    tampered[tampered.length - 3] = tampered[tampered.length - 3]! ^ 0xff;
    const bad = await verifyAttachedSignature(tampered);
    expect(bad.ok).toBe(false);
    expect(bad.content).toBeNull();
  });
});

describe('certificate paths checked with node:crypto', () => {
  const root = issueCertificate({ commonName: 'signer-check root', ca: true });
  const middle = issueCertificate({ commonName: 'signer-check intermediate', issuer: root, ca: true });
  const leaf = issueCertificate({ commonName: 'signer-check TSA', issuer: middle, timeStamping: true });
  const stranger = issueCertificate({ commonName: 'signer-check other root', ca: true });
  const [rootCert, middleCert, leafCert, strangerCert] = [root, middle, leaf, stranger].map((c) => parseCertificatesPem(c.certPem)[0]!);
  const now = new Date();

  it('chains a leaf through an untrusted intermediate to its anchor', () => {
    expect(chainsToAnchor(leafCert!, [middleCert!], [rootCert!], now)).toBe(true);
  });

  it('refuses another anchor, a missing intermediate, and a time outside the validity', () => {
    expect(chainsToAnchor(leafCert!, [middleCert!], [strangerCert!], now)).toBe(false);
    expect(chainsToAnchor(leafCert!, [], [rootCert!], now)).toBe(false);
    expect(chainsToAnchor(leafCert!, [middleCert!], [rootCert!], new Date(Date.now() - 10 * 86_400_000))).toBe(false);
  });

  it('does not accept a leaf (not a CA) as an intermediate', () => {
    const underLeaf = issueCertificate({ commonName: 'signer-check under leaf', issuer: leaf });
    const underLeafCert = parseCertificatesPem(underLeaf.certPem)[0]!;
    expect(chainsToAnchor(underLeafCert, [leafCert!, middleCert!], [rootCert!], now)).toBe(false);
  });
});
