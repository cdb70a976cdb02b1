import { cmsSignedData } from './cms-sign.js';
import type { Signer } from './keys.js';

/**
 * Signatures are CMS SignedData built in cms-sign.ts and signed by node:crypto (OpenSSL): the same
 * bytes node-forge's PKCS#7 writer produced for the first bundles, without its JavaScript ASN.1 and
 * hashing on the way.
 */
function signCms(content: Uint8Array, signer: Signer, detached: boolean, signingTime: Date): Buffer {
  return cmsSignedData(content, { key: signer.key, certificateDer: signer.certificateDer }, detached, signingTime);
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
