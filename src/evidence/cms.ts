import { webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { certificateFingerprint, signerInfoVerifies, signerVerifies } from './signer-check.js';
import { certificateEntry, derTime, readSignedData, signerEntry, signerFacts, type SignedDataView } from './verify-der.js';

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

/**
 * The certificates of a PEM text, each parsed once per process (verify reads the same shipped TSA
 * chain in every bundle). Throws, like parseCertificatesPem, on a certificate that does not parse.
 */
export function parseCertificatesPemOnce(pem: string): pkijs.Certificate[] {
  const out: pkijs.Certificate[] = [];
  for (const m of pem.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)) {
    const der = Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'base64');
    out.push(certificateEntry(der)?.cert ?? pkijs.Certificate.fromBER(toArrayBuffer(der)));
  }
  return out;
}

/** Signer 0's certificate as pkijs finds it: by issuer and serial number, else the first one. */
export function signerCertificate(sd: pkijs.SignedData): pkijs.Certificate | null {
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

type SignedDataResult = { check: SignatureCheck; content: Buffer | null };

/**
 * A SignedData in the shape dijkwacht and openssl write is read by verify-der.ts; any other input,
 * and any question only pkijs can answer, goes to pkijs: the verdict is the same either way.
 */
async function verifySignedData(p7s: Uint8Array, detachedContent: Uint8Array | null): Promise<SignedDataResult> {
  const view = readSignedData(p7s);
  return (view && signedDataFromView(view, detachedContent)) ?? verifySignedDataPkijs(p7s, detachedContent);
}

/** The check of a SignedData read by verify-der.ts; null when pkijs must decide (ambiguous signer, another algorithm, an odd signing time). */
function signedDataFromView(view: SignedDataView, detachedContent: Uint8Array | null): SignedDataResult | null {
  const result: SignatureCheck = { ok: false, reason: null, signerSubject: null, signerCertSha256: null, signingTime: null };
  const embedded = view.eContent ? Buffer.from(view.eContent) : null;
  if (detachedContent && embedded) {
    result.reason = 'the signature is not detached (it embeds content)';
    return { check: result, content: null };
  }
  if (!detachedContent && !embedded) {
    result.reason = 'the signature carries no content';
    return { check: result, content: null };
  }
  const entry = signerEntry(view.certificates, view.signer);
  if (entry === undefined) return null;
  if (!entry) {
    result.reason = 'the signer certificate is not included';
    return { check: result, content: null };
  }
  result.signerSubject = certificateSubject(entry.cert);
  result.signerCertSha256 = certificateDerSha256(entry.cert);
  const time = view.signer.signedAttrs?.attributes.find((a) => a.type === OID.signingTime)?.first;
  if (time) {
    const date = derTime(time);
    if (!date) return null;
    result.signingTime = date.toISOString();
  }
  const content = embedded ?? detachedContent ?? new Uint8Array();
  const verified = signerVerifies(signerFacts(view.signer), entry.cert, content);
  if (verified === null) return null;
  result.ok = verified;
  if (!verified) result.reason = 'the signature does not match the signed bytes';
  return { check: result, content: embedded ?? Buffer.from(detachedContent ?? []) };
}

async function verifySignedDataPkijs(p7s: Uint8Array, detachedContent: Uint8Array | null): Promise<SignedDataResult> {
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

export { verifyTimestamp, type TimestampCheck } from './verify-timestamp.js';

/** The pkijs readers alone, for the tests that hold the DER reader's verdicts to theirs. */
export const pkijsOnly = {
  detached: async (p7s: Uint8Array, content: Uint8Array): Promise<SignatureCheck> => (await verifySignedDataPkijs(p7s, content)).check,
  attached: async (p7s: Uint8Array): Promise<SignatureCheck & { content: Buffer | null }> => {
    const { check, content } = await verifySignedDataPkijs(p7s, null);
    return { ...check, content: check.ok ? content : null };
  },
};
