import { createHash, webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { certificateFingerprint, chainsToAnchor, signerInfoVerifies } from './signer-check.js';

pkijs.setEngine('node', new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as Crypto }));

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  signingTime: '1.2.840.113549.1.9.5',
  extKeyUsage: '2.5.29.37',
  timeStamping: '1.3.6.1.5.5.7.3.8',
} as const;

export const HASH_OIDS: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

export const toArrayBuffer = (b: Uint8Array): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

function parseContentInfo(der: Uint8Array, what: string): pkijs.SignedData {
  const asn1 = asn1js.fromBER(toArrayBuffer(der));
  if (asn1.offset === -1) throw new Error(`${what} is not valid DER`);
  const info = new pkijs.ContentInfo({ schema: asn1.result });
  if (info.contentType !== OID.signedData) throw new Error(`${what} is not a CMS SignedData (content type ${info.contentType})`);
  return new pkijs.SignedData({ schema: info.content });
}

export function certificateSubject(cert: pkijs.Certificate): string {
  const names: Record<string, string> = { '2.5.4.3': 'CN', '2.5.4.10': 'O', '2.5.4.11': 'OU', '2.5.4.6': 'C', '2.5.4.7': 'L' };
  return cert.subject.typesAndValues
    .map((tv) => {
      const value = (tv.value.valueBlock as { value?: unknown }).value;
      return `${names[tv.type] ?? tv.type}=${typeof value === 'string' ? value : ''}`;
    })
    .join(', ');
}

export function certificateDerSha256(cert: pkijs.Certificate): string {
  return certificateFingerprint(cert);
}

export function certificatePem(cert: pkijs.Certificate): string {
  const b64 = Buffer.from(cert.toSchema().toBER(false)).toString('base64');
  return `-----BEGIN CERTIFICATE-----\n${b64.replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;
}

/** The certificates of PEM files (TSA trust anchors given with tsaTrustFiles), read once. */
export async function loadCertificatesPem(files: string[]): Promise<pkijs.Certificate[]> {
  const { readFile } = await import('node:fs/promises');
  const out: pkijs.Certificate[] = [];
  for (const file of files) out.push(...parseCertificatesPem(await readFile(file, 'utf8')));
  return out;
}

export function parseCertificatesPem(pem: string): pkijs.Certificate[] {
  const out: pkijs.Certificate[] = [];
  for (const m of pem.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)) {
    const der = Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'base64');
    out.push(pkijs.Certificate.fromBER(toArrayBuffer(der)));
  }
  return out;
}

function signerCertificate(sd: pkijs.SignedData): pkijs.Certificate | null {
  const sid: unknown = sd.signerInfos[0]?.sid;
  const certs = (sd.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    return certs.find((c) => c.serialNumber.isEqual(sid.serialNumber) && c.issuer.isEqual(sid.issuer)) ?? null;
  }
  return certs[0] ?? null;
}

export interface SignatureCheck {
  ok: boolean;
  reason: string | null;
  signerSubject: string | null;
  signerCertSha256: string | null;
  signingTime: string | null;
}

/** Checks a detached CMS signature over `content`: digest, signature value, signer certificate present. */
export async function verifyDetachedSignature(p7s: Uint8Array, content: Uint8Array): Promise<SignatureCheck> {
  return (await verifySignedData(p7s, content)).check;
}

/**
 * Checks a CMS signature that carries its content (openssl cms -sign without -detach): the same
 * checks as for a detached one. `content` is the signed bytes, and null unless the signature verifies.
 */
export async function verifyAttachedSignature(p7s: Uint8Array): Promise<SignatureCheck & { content: Buffer | null }> {
  const { check, content } = await verifySignedData(p7s, null);
  return { ...check, content: check.ok ? content : null };
}

async function verifySignedData(p7s: Uint8Array, detachedContent: Uint8Array | null): Promise<{ check: SignatureCheck; content: Buffer | null }> {
  const result: SignatureCheck = { ok: false, reason: null, signerSubject: null, signerCertSha256: null, signingTime: null };
  let sd: pkijs.SignedData;
  try {
    sd = parseContentInfo(p7s, 'the signature');
  } catch (error) {
    result.reason = (error as Error).message;
    return { check: result, content: null };
  }
  if (sd.signerInfos.length !== 1) {
    result.reason = `expected one signer, found ${sd.signerInfos.length}`;
    return { check: result, content: null };
  }
  const embedded = sd.encapContentInfo.eContent ? Buffer.from(sd.encapContentInfo.eContent.getValue()) : null;
  if (detachedContent && embedded) {
    result.reason = 'the signature is not detached (it embeds content)';
    return { check: result, content: null };
  }
  if (!detachedContent && !embedded) {
    result.reason = 'the signature carries no content';
    return { check: result, content: null };
  }
  const cert = signerCertificate(sd);
  if (!cert) {
    result.reason = 'the signer certificate is not included';
    return { check: result, content: null };
  }
  result.signerSubject = certificateSubject(cert);
  result.signerCertSha256 = certificateDerSha256(cert);
  const attr = sd.signerInfos[0]?.signedAttrs?.attributes.find((a) => a.type === OID.signingTime);
  const time = (attr?.values as unknown[] | undefined)?.[0] as { toDate?: () => Date } | undefined;
  if (time?.toDate) result.signingTime = time.toDate().toISOString();
  const fast = signerInfoVerifies(sd, cert, embedded ?? detachedContent ?? new Uint8Array());
  if (fast !== null) {
    result.ok = fast;
    if (!fast) result.reason = 'the signature does not match the signed bytes';
    return { check: result, content: embedded ?? Buffer.from(detachedContent ?? []) };
  }
  try {
    const verified = await sd.verify({ signer: 0, ...(detachedContent ? { data: toArrayBuffer(detachedContent) } : {}), checkChain: false, extendedMode: true });
    result.ok = verified.signatureVerified === true;
    if (!result.ok) result.reason = 'the signature does not match the signed bytes';
  } catch (error) {
    const e = error as { message?: string; signatureVerified?: boolean | null };
    result.reason = e.message ? `the signature does not verify: ${e.message}` : 'the signature does not verify';
  }
  return { check: result, content: embedded ?? Buffer.from(detachedContent ?? []) };
}

export interface TimestampCheck {
  ok: boolean;
  problems: string[];
  genTime: string | null;
  tsaSubject: string | null;
  tsaCertSha256: string | null;
  serialNumber: string | null;
  hashAlgorithm: string | null;
  anchored: boolean;
}

const PKI_STATUS = ['granted', 'grantedWithMods', 'rejection', 'waiting', 'revocationWarning', 'revocationNotification'];

/**
 * Checks an RFC 3161 TimeStampResp over `data`: status granted, the imprint equals the hash of `data`,
 * the TSA's signature verifies, the TSA certificate was valid at genTime and is meant for time
 * stamping, and (when trust anchors are given) chains to one of them, with `intermediates` as untrusted help.
 */
export async function verifyTimestamp(tsr: Uint8Array, data: Uint8Array, trustAnchors: pkijs.Certificate[] = [], expectedNonce?: bigint, intermediates: pkijs.Certificate[] = []): Promise<TimestampCheck> {
  const out: TimestampCheck = { ok: false, problems: [], genTime: null, tsaSubject: null, tsaCertSha256: null, serialNumber: null, hashAlgorithm: null, anchored: false };
  let resp: pkijs.TimeStampResp;
  try {
    const asn1 = asn1js.fromBER(toArrayBuffer(tsr));
    if (asn1.offset === -1) throw new Error('not valid DER');
    resp = new pkijs.TimeStampResp({ schema: asn1.result });
  } catch (error) {
    out.problems.push(`not an RFC 3161 TimeStampResp: ${(error as Error).message}`);
    return out;
  }
  const status = resp.status.status;
  if (status !== pkijs.PKIStatus.granted && status !== pkijs.PKIStatus.grantedWithMods) {
    out.problems.push(`TSA status is ${PKI_STATUS[status] ?? status}, not granted`);
    return out;
  }
  if (!resp.timeStampToken) {
    out.problems.push('the response holds no time-stamp token');
    return out;
  }
  let sd: pkijs.SignedData;
  let tst: pkijs.TSTInfo;
  let econtentBytes: ArrayBuffer;
  try {
    sd = new pkijs.SignedData({ schema: resp.timeStampToken.content });
    if (sd.encapContentInfo.eContentType !== OID.tstInfo) throw new Error(`content type ${sd.encapContentInfo.eContentType}`);
    const econtent = sd.encapContentInfo.eContent;
    if (!econtent) throw new Error('no TSTInfo');
    econtentBytes = econtent.getValue();
    tst = pkijs.TSTInfo.fromBER(econtentBytes);
  } catch (error) {
    out.problems.push(`the token is malformed: ${(error as Error).message}`);
    return out;
  }
  out.genTime = tst.genTime.toISOString();
  out.serialNumber = Buffer.from(tst.serialNumber.valueBlock.valueHexView).toString('hex');
  const alg = HASH_OIDS[tst.messageImprint.hashAlgorithm.algorithmId] ?? null;
  out.hashAlgorithm = alg;
  if (!alg) {
    out.problems.push(`unsupported imprint hash algorithm ${tst.messageImprint.hashAlgorithm.algorithmId}`);
  } else {
    const expected = createHash(alg).update(data).digest('hex');
    const actual = Buffer.from(tst.messageImprint.hashedMessage.valueBlock.valueHexView).toString('hex');
    if (expected !== actual) out.problems.push('the time-stamp imprint does not match the signature file (it was made for other bytes)');
  }
  if (expectedNonce !== undefined) {
    const nonce = tst.nonce ? BigInt(`0x${Buffer.from(tst.nonce.valueBlock.valueHexView).toString('hex') || '0'}`) : null;
    if (nonce !== expectedNonce) out.problems.push('the TSA answered with another nonce');
  }
  // Intermediates shipped beside the token (artifacts/tsa-chain.pem) help build the chain; they are not trusted.
  if (intermediates.length > 0) sd.certificates = [...(sd.certificates ?? []), ...intermediates];
  const cert = signerCertificate(sd);
  if (!cert) {
    out.problems.push('the TSA certificate is not included in the token');
  } else {
    out.tsaSubject = certificateSubject(cert);
    out.tsaCertSha256 = certificateDerSha256(cert);
    const gen = tst.genTime.getTime();
    if (gen < cert.notBefore.value.getTime() || gen > cert.notAfter.value.getTime()) {
      out.problems.push(`the TSA certificate was not valid at genTime ${out.genTime}`);
    }
    const eku = cert.extensions?.find((e) => e.extnID === OID.extKeyUsage);
    const purposes = (eku?.parsedValue as { keyPurposes?: string[] } | undefined)?.keyPurposes ?? [];
    if (!purposes.includes(OID.timeStamping)) out.problems.push('the TSA certificate is not issued for time stamping');
  }
  const fast = cert ? signerInfoVerifies(sd, cert, new Uint8Array(econtentBytes)) : null;
  if (cert && fast !== null) {
    if (!fast) out.problems.push('the TSA signature does not verify');
    if (trustAnchors.length > 0) {
      const pool = (sd.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
      if (chainsToAnchor(cert, pool, trustAnchors, tst.genTime)) out.anchored = true;
      else out.problems.push('the TSA certificate does not chain to a trusted anchor');
    }
    out.ok = out.problems.length === 0;
    return out;
  }
  try {
    const res = await sd.verify({
      signer: 0,
      data: toArrayBuffer(data), // pkijs re-checks the TSTInfo imprint against these bytes
      checkChain: trustAnchors.length > 0,
      trustedCerts: trustAnchors,
      checkDate: tst.genTime,
      extendedMode: true,
    });
    if (res.signatureVerified !== true) out.problems.push('the TSA signature does not verify');
    if (trustAnchors.length > 0) {
      if (res.signerCertificateVerified === true) out.anchored = true;
      else out.problems.push('the TSA certificate does not chain to a trusted anchor');
    }
  } catch (error) {
    const e = error as { message?: string; signatureVerified?: boolean | null; signerCertificateVerified?: boolean | null };
    if (trustAnchors.length > 0 && (e.signerCertificateVerified === false || /certificate|chain|issuer/i.test(e.message ?? ''))) {
      out.problems.push('the TSA certificate does not chain to a trusted anchor');
    } else {
      out.problems.push(`the TSA signature does not verify${e.message ? `: ${e.message}` : ''}`);
    }
  }
  out.ok = out.problems.length === 0;
  return out;
}
