import { createHash, sign, type KeyObject } from 'node:crypto';

/**
 * CMS (RFC 5652) SignedData in DER, built by hand and signed with node:crypto (OpenSSL). The layout is
 * the one dijkwacht's bundles have carried since the first one (node-forge's PKCS#7 writer), byte for
 * byte, so signatures made before and after this module look alike to openssl and to every verifier:
 *
 *   ContentInfo { signedData, [0] SignedData {
 *     version 1, digestAlgorithms { sha256 NULL }, encapContentInfo { data [, [0] OCTET STRING content] },
 *     [0] certificates { signer certificate },
 *     signerInfos { SignerInfo { version 1, issuerAndSerialNumber (copied from the certificate),
 *       sha256 NULL, [0] signedAttrs { contentType, messageDigest, signingTime }, rsaEncryption NULL,
 *       OCTET STRING signature } } } }
 *
 * The signed attributes keep that order (openssl verifies them in the order written); the signature
 * is RSASSA-PKCS1-v1_5 with SHA-256 over their DER as a SET.
 */

const OID = {
  signedData: '06092a864886f70d010702',
  data: '06092a864886f70d010701',
  sha256: '0609608648016503040201',
  rsaEncryption: '06092a864886f70d010101',
  contentType: '06092a864886f70d010903',
  messageDigest: '06092a864886f70d010904',
  signingTime: '06092a864886f70d010905',
} as const;

const hex = (h: string): Buffer => Buffer.from(h, 'hex');
const NULL = hex('0500');

function lengthBytes(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

/** One DER element: tag, definite length, content. */
export function tlv(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), lengthBytes(body.length), body]);
}

const seq = (...parts: Buffer[]): Buffer => tlv(0x30, ...parts);
const set = (...parts: Buffer[]): Buffer => tlv(0x31, ...parts);
const algorithm = (oid: string): Buffer => seq(hex(oid), NULL);

interface Element {
  tag: number;
  /** Offset of the first content byte. */
  start: number;
  /** Offset just past the element. */
  end: number;
  /** Offset of the tag byte. */
  at: number;
}

/** Reads the DER element at `at` (single-byte tags, definite lengths: all a certificate needs here). */
function element(der: Buffer, at: number): Element {
  const tag = der[at];
  let length = der[at + 1];
  if (tag === undefined || length === undefined) throw new Error('the certificate DER ends early');
  let start = at + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4) throw new Error('the certificate DER has an unsupported length');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (der[start + i] ?? 0);
    start += count;
  }
  const end = start + length;
  if (end > der.length) throw new Error('the certificate DER ends early');
  return { tag, start, end, at };
}

/** The certificate's issuer Name and serialNumber INTEGER, as DER elements (tag and length included). */
export function issuerAndSerial(certDer: Buffer): { issuer: Buffer; serial: Buffer } {
  const cert = element(certDer, 0);
  const tbs = element(certDer, cert.start);
  const first = element(certDer, tbs.start);
  const serial = first.tag === 0xa0 ? element(certDer, first.end) : first; // after the [0] version, when present
  const sigAlg = element(certDer, serial.end);
  const issuer = element(certDer, sigAlg.end);
  if (cert.tag !== 0x30 || tbs.tag !== 0x30 || serial.tag !== 0x02 || issuer.tag !== 0x30) throw new Error('not an X.509 certificate');
  return { issuer: certDer.subarray(issuer.at, issuer.end), serial: certDer.subarray(serial.at, serial.end) };
}

/** RFC 5280 time as CMS signingTime wants it: UTCTime (YYMMDDHHMMSSZ) 1950–2049, GeneralizedTime otherwise. */
export function derTime(date: Date): Buffer {
  const iso = date.toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
  const digits = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
  const year = date.getUTCFullYear();
  return year >= 1950 && year < 2050 ? tlv(0x17, Buffer.from(`${digits.slice(2)}Z`, 'ascii')) : tlv(0x18, Buffer.from(`${digits}Z`, 'ascii'));
}

export interface CmsSigner {
  key: KeyObject;
  /** The signer certificate, DER. */
  certificateDer: Buffer;
}

/** A SignedData over `content` (inside it unless `detached`), signed with an RSA key; DER bytes. */
export function cmsSignedData(content: Uint8Array, signer: CmsSigner, detached: boolean, signingTime: Date): Buffer {
  const digest = createHash('sha256').update(content).digest();
  const attributes = [
    seq(hex(OID.contentType), set(hex(OID.data))),
    seq(hex(OID.messageDigest), set(tlv(0x04, digest))),
    seq(hex(OID.signingTime), set(derTime(signingTime))),
  ];
  const signature = sign('sha256', set(...attributes), signer.key);
  const { issuer, serial } = issuerAndSerial(signer.certificateDer);
  const signerInfo = seq(hex('020101'), seq(issuer, serial), algorithm(OID.sha256), tlv(0xa0, ...attributes), algorithm(OID.rsaEncryption), tlv(0x04, signature));
  const encapsulated = detached ? seq(hex(OID.data)) : seq(hex(OID.data), tlv(0xa0, tlv(0x04, Buffer.from(content))));
  const signedData = seq(hex('020101'), set(algorithm(OID.sha256)), encapsulated, tlv(0xa0, signer.certificateDer), set(signerInfo));
  return seq(hex(OID.signedData), tlv(0xa0, signedData));
}
