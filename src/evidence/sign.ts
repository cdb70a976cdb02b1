import forge from 'node-forge';
import type { Signer } from './keys.js';

/**
 * A CMS (PKCS#7) SignedData, detached, over the exact bytes given, with the signer certificate
 * included and signed attributes (content type, message digest, signing time). DER bytes.
 * `openssl cms -verify -binary -inform DER -in x.p7s -content manifest.json -noverify` accepts it.
 */
export function signDetached(content: Uint8Array, signer: Signer, signingTime = new Date()): Buffer {
  const p7 = forge.pkcs7.createSignedData();
  p7.content = forge.util.createBuffer(Buffer.from(content).toString('binary'));
  p7.addCertificate(signer.certificate);
  p7.addSigner({
    key: signer.key as forge.pki.rsa.PrivateKey,
    certificate: signer.certificate,
    digestAlgorithm: forge.pki.oids.sha256!,
    authenticatedAttributes: [
      { type: forge.pki.oids.contentType!, value: forge.pki.oids.data! },
      { type: forge.pki.oids.messageDigest! },
      { type: forge.pki.oids.signingTime!, value: signingTime as unknown as string },
    ],
  });
  p7.sign({ detached: true });
  return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
}
