import { createHash, timingSafeEqual, verify as verifySignature, X509Certificate, type KeyObject } from 'node:crypto';
import type * as pkijs from 'pkijs';

/**
 * The signature and certificate-path checks of CMS SignedData, done with node:crypto (OpenSSL)
 * instead of pkijs's WebCrypto round trips: the same rules (RFC 5652 §5.4, §5.6), a fraction of the
 * time. asn1js/pkijs still parse the structures; nothing here changes a byte of any bundle.
 */

const HASHES: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

/** Signature algorithms checked here: PKCS#1 v1.5 RSA and ECDSA. Anything else goes back to pkijs. */
const SIGNATURES: Record<string, { hash: string | null }> = {
  '1.2.840.113549.1.1.1': { hash: null }, // rsaEncryption: the hash is the signer's digest algorithm
  '1.2.840.113549.1.1.5': { hash: 'sha1' },
  '1.2.840.113549.1.1.11': { hash: 'sha256' },
  '1.2.840.113549.1.1.12': { hash: 'sha384' },
  '1.2.840.113549.1.1.13': { hash: 'sha512' },
  '1.2.840.10045.4.3.2': { hash: 'sha256' },
  '1.2.840.10045.4.3.3': { hash: 'sha384' },
  '1.2.840.10045.4.3.4': { hash: 'sha512' },
};

const CONTENT_TYPE = '1.2.840.113549.1.9.3';
const MESSAGE_DIGEST = '1.2.840.113549.1.9.4';

interface Parsed {
  x509: X509Certificate;
  key: KeyObject;
  derSha256: string;
}

/**
 * Certificates seen in this run, keyed by a hash of their signed part and signature. Every
 * bundle of one signer and one TSA carries the same certificates, so each is encoded and parsed by
 * node:crypto once per run rather than once per bundle. Bounded: a run sees few distinct signers.
 */
const parsed = new Map<string, Parsed>();
const MAX_CACHED = 256;
/** The same, by object: verify-der.ts hands out one pkijs object per distinct certificate. */
const byObject = new WeakMap<pkijs.Certificate, Parsed>();

function parsedOf(cert: pkijs.Certificate): Parsed {
  const known = byObject.get(cert);
  if (known) return known;
  // The whole signed part and the signature: two certificates share a key only if they are the same certificate.
  const id = createHash('sha256').update(cert.tbsView).update(cert.signatureValue.valueBlock.valueHexView).update(cert.signatureAlgorithm.algorithmId).digest('base64');
  let entry = parsed.get(id);
  if (!entry) {
    const der = Buffer.from(cert.toSchema().toBER(false));
    const x509 = new X509Certificate(der);
    entry = { x509, key: x509.publicKey, derSha256: createHash('sha256').update(der).digest('hex') };
    if (parsed.size >= MAX_CACHED) parsed.clear();
    if (cert.tbsView.byteLength > 0) parsed.set(id, entry); // a certificate built in memory has no bytes read to key on
  }
  if (cert.tbsView.byteLength > 0) byObject.set(cert, entry);
  return entry;
}

/** The node:crypto view of a pkijs certificate. */
export function nodeCertificate(cert: pkijs.Certificate): X509Certificate {
  return parsedOf(cert).x509;
}

/** SHA-256 of the certificate's DER, hex (its fingerprint). */
export function certificateFingerprint(cert: pkijs.Certificate): string {
  return parsedOf(cert).derSha256;
}

function publicKeyOf(cert: pkijs.Certificate): KeyObject {
  return parsedOf(cert).key;
}

/** What the signature check reads of a SignerInfo, whichever reader parsed it. */
export interface SignerFacts {
  digestOid: string;
  signatureOid: string;
  /** Present when the SignerInfo has signed attributes. */
  signedAttrs: {
    has(type: string): boolean;
    /** The messageDigest attribute's value bytes (read only once both attributes are known to be there). */
    messageDigest(): Uint8Array;
    /** The attributes' DER as read, tag and length included. */
    der(): Uint8Array;
  } | null;
  signature: Uint8Array;
}

/** The facts of signer 0 of a pkijs SignedData. */
export function signerFactsOf(info: pkijs.SignerInfo): SignerFacts {
  const attrs = info.signedAttrs;
  return {
    digestOid: info.digestAlgorithm.algorithmId,
    signatureOid: info.signatureAlgorithm.algorithmId,
    signedAttrs: attrs
      ? {
          has: (type) => attrs.attributes.some((a) => a.type === type),
          messageDigest: () => (attrs.attributes.find((a) => a.type === MESSAGE_DIGEST)!.values[0] as { valueBlock: { valueHexView: Uint8Array } }).valueBlock.valueHexView,
          // pkijs keeps the DER of the attributes as read (RFC 5652 §5.4).
          der: () => (attrs.encodedValue.byteLength > 0 ? new Uint8Array(attrs.encodedValue) : new Uint8Array(attrs.toSchema().toBER(false))),
        }
      : null,
    signature: info.signature.valueBlock.valueHexView,
  };
}

/**
 * Whether signer 0 of `sd` signed `content` (the detached or encapsulated bytes) with `cert`'s key.
 * Null when the algorithm is not one handled here (the caller falls back to pkijs).
 */
export function signerInfoVerifies(sd: pkijs.SignedData, cert: pkijs.Certificate, content: Uint8Array): boolean | null {
  const info = sd.signerInfos[0];
  if (!info) return false;
  return signerVerifies(signerFactsOf(info), cert, content);
}

/** The same check on the facts of a SignerInfo, read by pkijs or by the DER reader of verify-der.ts. */
export function signerVerifies(info: SignerFacts, cert: pkijs.Certificate, content: Uint8Array): boolean | null {
  const digest = HASHES[info.digestOid];
  const algorithm = SIGNATURES[info.signatureOid];
  if (!digest || !algorithm) return null;
  let signed: Buffer = Buffer.from(content);
  if (info.signedAttrs) {
    if (!info.signedAttrs.has(CONTENT_TYPE) || !info.signedAttrs.has(MESSAGE_DIGEST)) return false;
    const expected = Buffer.from(info.signedAttrs.messageDigest());
    const actual = createHash(digest).update(content).digest();
    if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return false;
    // The attributes as read, re-tagged as a SET (RFC 5652 §5.4).
    signed = Buffer.from(info.signedAttrs.der());
    signed[0] = 0x31;
  }
  try {
    return verifySignature(algorithm.hash ?? digest, signed, publicKeyOf(cert), Buffer.from(info.signature));
  } catch {
    return false;
  }
}

function validAt(cert: X509Certificate, at: Date): boolean {
  return at.getTime() >= Date.parse(cert.validFrom) && at.getTime() <= Date.parse(cert.validTo);
}

/**
 * Whether `leaf` chains to one of `anchors` through `pool` (untrusted certificates), every link's
 * signature verifying and every certificate on the path valid at `at`; intermediates must be CAs.
 */
export function chainsToAnchor(leaf: pkijs.Certificate, pool: pkijs.Certificate[], anchors: pkijs.Certificate[], at: Date): boolean {
  const trusted = anchors.map(nodeCertificate);
  const helpers = pool.map(nodeCertificate);
  const seen = new Set<string>();
  let current = nodeCertificate(leaf);
  for (let depth = 0; depth < 8; depth++) {
    if (!validAt(current, at)) return false;
    if (trusted.some((a) => a.fingerprint256 === current.fingerprint256)) return true;
    seen.add(current.fingerprint256);
    const cur = current;
    const issuedBy = (c: X509Certificate): boolean => c.ca && cur.checkIssued(c) && cur.verify(c.publicKey);
    const anchor = trusted.find(issuedBy);
    if (anchor) return validAt(anchor, at);
    const next = helpers.find((c) => !seen.has(c.fingerprint256) && issuedBy(c));
    if (!next) return false;
    current = next;
  }
  return false;
}
