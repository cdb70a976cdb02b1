import { constants, createPrivateKey, privateEncrypt, type KeyObject } from 'node:crypto';
import forge from 'node-forge';
import type { Signer } from './keys.js';

/** DER DigestInfo prefix for SHA-256 (RFC 8017 §9.2 note 1); the digest follows. */
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

const nodeKeys = new WeakMap<object, KeyObject>();

/**
 * node-forge builds the CMS structure (openssl-compatible since the first bundle); the RSA operation
 * itself runs in node:crypto (OpenSSL), which is about fifty times faster than forge's JavaScript
 * big-number code. RSASSA-PKCS1-v1_5 is "private-key encrypt the DigestInfo with type-1 padding".
 */
function rsaKeyOf(signer: Signer): forge.pki.rsa.PrivateKey {
  let key = nodeKeys.get(signer.key);
  if (!key) {
    key = createPrivateKey(forge.pki.privateKeyToPem(signer.key));
    nodeKeys.set(signer.key, key);
  }
  const nodeKey = key;
  const sign = (md: forge.md.MessageDigest): string =>
    privateEncrypt({ key: nodeKey, padding: constants.RSA_PKCS1_PADDING }, Buffer.concat([SHA256_DIGEST_INFO, Buffer.from(md.digest().getBytes(), 'binary')])).toString('binary');
  return { sign } as unknown as forge.pki.rsa.PrivateKey;
}

function signCms(content: Uint8Array, signer: Signer, detached: boolean, signingTime: Date): Buffer {
  const p7 = forge.pkcs7.createSignedData();
  p7.content = forge.util.createBuffer(Buffer.from(content).toString('binary'));
  p7.addCertificate(signer.certificate);
  p7.addSigner({
    key: rsaKeyOf(signer),
    certificate: signer.certificate,
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

/**
 * A CMS (PKCS#7) SignedData, detached, over the exact bytes given, with the signer certificate
 * included and signed attributes (content type, message digest, signing time). DER bytes.
 * `openssl cms -verify -binary -inform DER -in x.p7s -content manifest.json -noverify` accepts it.
 */
export function signDetached(content: Uint8Array, signer: Signer, signingTime = new Date()): Buffer {
  return signCms(content, signer, true, signingTime);
}

/**
 * The same SignedData with the content inside it: one file that cannot get out of step with what it
 * signs. `openssl cms -verify -binary -inform DER -in x.p7s -noverify` prints the content.
 */
export function signAttached(content: Uint8Array, signer: Signer, signingTime = new Date()): Buffer {
  return signCms(content, signer, false, signingTime);
}
