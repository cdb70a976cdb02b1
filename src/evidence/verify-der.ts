import { createHash } from 'node:crypto';
import * as pkijs from 'pkijs';
import type { SignerFacts } from './signer-check.js';

/**
 * A strict DER reader for the CMS SignedData and RFC 3161 structures that verify checks on every
 * bundle, so that a run of many bundles does not spend its time in asn1js/pkijs's generic schema
 * matching. It reads only the shapes dijkwacht and openssl write: definite lengths, the fields of
 * RFC 5652 §5.1/§5.3 and RFC 3161 §2.4.2 in their order, one signer. Anything else — BER, an
 * unexpected tag, a field it does not know, trailing bytes inside a structure — gives null, and
 * the caller checks that input with pkijs as before, so verdicts never depend on which reader ran.
 * Certificates are parsed by pkijs, once per distinct certificate per process.
 */

/** One element: its tag byte, its contents [start, end) and the whole element [at, end). */
export interface Der {
  tag: number;
  at: number;
  start: number;
  end: number;
  buf: Uint8Array;
}

const SEQUENCE = 0x30;
const SET = 0x31;
const INTEGER = 0x02;
const BOOLEAN = 0x01;
const OCTET_STRING = 0x04;
const OID = 0x06;
const UTF8_STRING = 0x0c;
const UTC_TIME = 0x17;
const GENERALIZED_TIME = 0x18;
const MESSAGE_DIGEST_OID = '1.2.840.113549.1.9.4';

const bytesOf = (d: Der): Uint8Array => d.buf.subarray(d.start, d.end);
export const elementOf = (d: Der): Uint8Array => d.buf.subarray(d.at, d.end);

/** The element at `at`, ending at or before `limit`; null for high tag numbers, indefinite or oversized lengths. */
function element(buf: Uint8Array, at: number, limit: number): Der | null {
  if (at + 2 > limit) return null;
  const tag = buf[at]!;
  if ((tag & 0x1f) === 0x1f) return null;
  let len = buf[at + 1]!;
  let start = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || start + n > limit) return null;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[start + i]!;
    start += n;
  }
  const end = start + len;
  return end <= limit ? { tag, at, start, end, buf } : null;
}

/** The elements inside a constructed element, which must fill it exactly. */
function children(d: Der): Der[] | null {
  if (!(d.tag & 0x20)) return null;
  const out: Der[] = [];
  for (let at = d.start; at < d.end; ) {
    const child = element(d.buf, at, d.end);
    if (!child) return null;
    out.push(child);
    at = child.end;
  }
  return out;
}

/** The whole of `buf` as one element (what asn1js reads first; trailing bytes are ignored as it does). */
function top(buf: Uint8Array): Der | null {
  return element(buf, 0, buf.length);
}

function oid(d: Der | undefined): string | null {
  if (!d || d.tag !== OID || d.end === d.start) return null;
  const arcs: number[] = [];
  let value = 0;
  for (let i = d.start; i < d.end; i++) {
    const b = d.buf[i]!;
    value = value * 128 + (b & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 256) return null;
    if (!(b & 0x80)) {
      arcs.push(value);
      value = 0;
    }
  }
  if (d.buf[d.end - 1]! & 0x80) return null;
  const first = arcs.shift()!;
  const head = first < 40 ? [0, first] : first < 80 ? [1, first - 40] : [2, first - 80];
  return [...head, ...arcs].join('.');
}

/** The object identifier of an AlgorithmIdentifier (SEQUENCE { OID, parameters OPTIONAL }). */
function algorithm(d: Der | undefined): string | null {
  if (!d || d.tag !== SEQUENCE) return null;
  const parts = children(d);
  if (!parts || parts.length < 1 || parts.length > 2) return null;
  return oid(parts[0]);
}

const isInteger = (d: Der | undefined): d is Der => d !== undefined && d.tag === INTEGER && d.end > d.start;

/** A Name: SEQUENCE OF SET OF SEQUENCE { OID, primitive value }, at least one of each. */
function isName(d: Der | undefined): boolean {
  const rdns = d?.tag === SEQUENCE ? children(d) : null;
  if (!rdns || rdns.length === 0) return false;
  return rdns.every((rdn) => {
    const avas = rdn.tag === SET ? children(rdn) : null;
    if (!avas || avas.length === 0) return false;
    return avas.every((ava) => {
      const tv = ava.tag === SEQUENCE ? children(ava) : null;
      return tv !== null && tv.length === 2 && oid(tv[0]) !== null && !(tv[1]!.tag & 0x20);
    });
  });
}

/** Attributes (RFC 5652 §5.3): SEQUENCE { OID, SET OF value } each, at least one, each with a value. */
function attributesOf(d: Der): AttributeView[] | null {
  const attrs = children(d);
  if (!attrs || attrs.length === 0) return null;
  const out: AttributeView[] = [];
  for (const a of attrs) {
    const parts = a.tag === SEQUENCE ? children(a) : null;
    const type = oid(parts?.[0]);
    const values = parts?.length === 2 && parts[1]!.tag === SET ? children(parts[1]!) : null;
    if (!type || !values || values.length === 0) return null;
    out.push({ type, first: values[0]! });
  }
  return out;
}

/** The time of a UTCTime or GeneralizedTime in the forms DER allows, computed as asn1js does; else null. */
export function derTime(d: Der): Date | null {
  const text = Buffer.from(bytesOf(d)).toString('latin1');
  if (d.tag === UTC_TIME) {
    const m = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text);
    if (!m) return null;
    const yy = Number(m[1]);
    return new Date(Date.UTC(yy >= 50 ? 1900 + yy : 2000 + yy, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
  }
  if (d.tag === GENERALIZED_TIME) {
    const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{1,9}))?Z$/.exec(text);
    if (!m) return null;
    const ms = m[7] ? Math.floor(1000 * Number(`0.${m[7]}`)) : 0;
    return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), ms));
  }
  return null;
}

/** A certificate with what signer lookup compares: serial number (contents and whole element) and issuer, as bytes. */
export interface CertEntry {
  cert: pkijs.Certificate;
  serial: Uint8Array;
  serialDer: Uint8Array;
  issuer: Uint8Array;
}

const certCache = new Map<string, CertEntry>();
const MAX_CERTS = 256;

/** A certificate parsed by pkijs once per process and DER (a run of bundles carries the same few); null when it does not parse. */
export function certificateEntry(der: Uint8Array): CertEntry | null {
  const key = createHash('sha256').update(der).digest('base64');
  const hit = certCache.get(key);
  if (hit) return hit;
  const outer = top(der);
  const tbs = outer && outer.end === der.length && outer.tag === SEQUENCE ? children(outer)?.[0] : undefined;
  const fields = tbs?.tag === SEQUENCE ? children(tbs) : null;
  if (!fields) return null;
  const f = fields[0]?.tag === 0xa0 ? fields.slice(1) : fields;
  if (!isInteger(f[0]) || !isName(f[2])) return null;
  let cert: pkijs.Certificate;
  try {
    const copy = new Uint8Array(der);
    cert = pkijs.Certificate.fromBER(copy.buffer);
  } catch {
    return null;
  }
  const entry = { cert, serial: bytesOf(f[0]).slice(), serialDer: elementOf(f[0]).slice(), issuer: elementOf(f[2]!).slice() };
  if (certCache.size >= MAX_CERTS) certCache.clear();
  certCache.set(key, entry);
  entries.set(cert, entry);
  return entry;
}

const entries = new WeakMap<pkijs.Certificate, CertEntry>();

/** The entry of a certificate pkijs parsed elsewhere (from its bytes as read); null when it holds none (built in memory). */
export function entryOfCertificate(cert: pkijs.Certificate): CertEntry | null {
  const known = entries.get(cert);
  if (known) return known;
  const serialDer = new Uint8Array(cert.serialNumber.valueBeforeDecodeView);
  const issuer = new Uint8Array(cert.issuer.valueBeforeDecode);
  if (serialDer.length === 0 || issuer.length === 0) return null;
  const entry = { cert, serial: new Uint8Array(cert.serialNumber.valueBlock.valueHexView), serialDer, issuer };
  entries.set(cert, entry);
  return entry;
}

const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.compare(a, b) === 0;

/**
 * Signer 0's certificate among `certs` exactly as pkijs finds it (the first whose serial number and
 * issuer equal the SignerInfo's), null when none has its serial number, undefined when only pkijs's
 * looser name comparison could tell (same serial number, issuer or encoding not byte-identical).
 */
export function signerEntry(certs: CertEntry[], signer: SignerInfoView): CertEntry | null | undefined {
  for (const c of certs) {
    if (!same(c.serial, signer.sidSerial)) continue;
    return same(c.serialDer, signer.sidSerialDer) && same(c.issuer, signer.sidIssuer) ? c : undefined;
  }
  return null;
}

/** One signed attribute: its type and its first value. */
export interface AttributeView {
  type: string;
  first: Der;
}

export interface SignerInfoView {
  sidIssuer: Uint8Array;
  sidSerial: Uint8Array;
  sidSerialDer: Uint8Array;
  digestOid: string;
  signatureOid: string;
  /** The [0] element as read (tag and length included) and its attributes; null when there are none. */
  signedAttrs: { der: Uint8Array; attributes: AttributeView[] } | null;
  signature: Uint8Array;
}

export interface SignedDataView {
  eContentType: string;
  eContent: Uint8Array | null;
  certificates: CertEntry[];
  signer: SignerInfoView;
}

function signerInfo(d: Der): SignerInfoView | null {
  const f = d.tag === SEQUENCE ? children(d) : null;
  if (!f || !isInteger(f[0])) return null;
  const sid = f[1]?.tag === SEQUENCE ? children(f[1]) : null;
  if (!sid || sid.length !== 2 || !isName(sid[0]) || !isInteger(sid[1])) return null;
  const digestOid = algorithm(f[2]);
  let i = 3;
  let signedAttrs: SignerInfoView['signedAttrs'] = null;
  if (f[i]?.tag === 0xa0) {
    const attributes = attributesOf(f[i]!);
    // The messageDigest is read as an OCTET STRING's contents; any other value is left to pkijs.
    if (!attributes || attributes.some((a) => a.type === MESSAGE_DIGEST_OID && a.first.tag !== OCTET_STRING)) return null;
    signedAttrs = { der: elementOf(f[i]!), attributes };
    i++;
  }
  const signatureOid = algorithm(f[i]);
  const signature = f[i + 1];
  if (!digestOid || !signatureOid || signature?.tag !== OCTET_STRING) return null;
  const rest = f.slice(i + 2);
  if (rest.length > 1 || (rest.length === 1 && (rest[0]!.tag !== 0xa1 || !attributesOf(rest[0]!)))) return null;
  return { sidIssuer: elementOf(sid[0]!), sidSerial: bytesOf(sid[1]), sidSerialDer: elementOf(sid[1]), digestOid, signatureOid, signedAttrs, signature: bytesOf(signature) };
}

/** SignedData (RFC 5652 §5.1) with exactly one signer and no CRLs; null for anything else. */
function signedData(d: Der | undefined): SignedDataView | null {
  const f = d?.tag === SEQUENCE ? children(d) : null;
  if (!f || !isInteger(f[0]) || f[1]?.tag !== SET) return null;
  const digests = children(f[1]);
  if (!digests || digests.some((a) => algorithm(a) === null)) return null;
  const encap = f[2]?.tag === SEQUENCE ? children(f[2]) : null;
  const eContentType = oid(encap?.[0]);
  if (!encap || !eContentType || encap.length > 2) return null;
  let eContent: Uint8Array | null = null;
  if (encap.length === 2) {
    const wrapped = encap[1]!.tag === 0xa0 ? children(encap[1]!) : null;
    if (!wrapped || wrapped.length !== 1 || wrapped[0]!.tag !== OCTET_STRING) return null;
    eContent = bytesOf(wrapped[0]!);
  }
  let i = 3;
  const certificates: CertEntry[] = [];
  if (f[i]?.tag === 0xa0) {
    const set = children(f[i]!);
    if (!set || set.length === 0) return null;
    for (const c of set) {
      const entry = c.tag === SEQUENCE ? certificateEntry(elementOf(c)) : null;
      if (!entry) return null;
      certificates.push(entry);
    }
    i++;
  }
  const signers = f[i]?.tag === SET ? children(f[i]!) : null;
  if (!signers || signers.length !== 1 || f.length !== i + 1) return null;
  const signer = signerInfo(signers[0]!);
  return signer ? { eContentType, eContent, certificates, signer } : null;
}

const SIGNED_DATA_OID = '1.2.840.113549.1.7.2';

/** A ContentInfo holding SignedData. */
function contentInfo(d: Der | null | undefined): SignedDataView | null {
  const f = d?.tag === SEQUENCE ? children(d) : null;
  if (!f || f.length !== 2 || oid(f[0]) !== SIGNED_DATA_OID || f[1]!.tag !== 0xa0) return null;
  const inner = children(f[1]!);
  return inner?.length === 1 ? signedData(inner[0]) : null;
}

/** A CMS signature file (ContentInfo with SignedData) in the shape described above, or null. */
export function readSignedData(der: Uint8Array): SignedDataView | null {
  return contentInfo(top(der));
}

export interface TstInfoView {
  hashOid: string;
  hashed: Uint8Array;
  serial: Uint8Array;
  genTime: Date;
  nonce: Uint8Array | null;
}

/** TSTInfo (RFC 3161 §2.4.2) without extensions, the whole eContent; null for anything else. */
function tstInfo(der: Uint8Array): TstInfoView | null {
  const d = top(der);
  const f = d && d.end === der.length && d.tag === SEQUENCE ? children(d) : null;
  if (!f || !isInteger(f[0]) || !oid(f[1]) || f[2]?.tag !== SEQUENCE || !isInteger(f[3]) || f[4]?.tag !== GENERALIZED_TIME) return null;
  const imprint = children(f[2]);
  const hashOid = algorithm(imprint?.[0]);
  if (!imprint || imprint.length !== 2 || !hashOid || imprint[1]!.tag !== OCTET_STRING) return null;
  const genTime = derTime(f[4]);
  if (!genTime) return null;
  let i = 5;
  if (f[i]?.tag === SEQUENCE) {
    const acc = children(f[i]!);
    const tags = acc?.map((a) => a.tag).join(',') ?? null;
    if (tags === null || !/^(?:2,?)?(?:128,?)?(?:129)?$/.test(tags) || acc!.some((a) => a.end === a.start)) return null;
    i++;
  }
  if (f[i]?.tag === BOOLEAN) {
    if (f[i]!.end - f[i]!.start !== 1) return null;
    i++;
  }
  let nonce: Uint8Array | null = null;
  if (isInteger(f[i])) {
    nonce = bytesOf(f[i]!);
    i++;
  }
  if (f[i]?.tag === 0xa0) {
    const names = children(f[i]!);
    const name = names?.length === 1 ? names[0]! : null;
    if (!name || name.tag !== 0xa4) return null;
    const inner = children(name);
    if (!inner || inner.length !== 1 || !isName(inner[0])) return null;
    i++;
  }
  if (f.length !== i) return null;
  return { hashOid, hashed: bytesOf(imprint[1]!), serial: bytesOf(f[3]), genTime, nonce };
}

export interface TimeStampView {
  status: number;
  signed: SignedDataView;
  econtent: Uint8Array;
  tst: TstInfoView;
}

const TST_INFO_OID = '1.2.840.113549.1.9.16.1.4';

/** A granted TimeStampResp (RFC 3161 §2.4.2) whose token holds a TSTInfo, in the shape described above; else null. */
export function readTimeStampResp(der: Uint8Array): TimeStampView | null {
  const d = top(der);
  const f = d?.tag === SEQUENCE ? children(d) : null;
  if (!f || f.length !== 2 || f[0]!.tag !== SEQUENCE) return null;
  const info = children(f[0]!);
  if (!info || !isInteger(info[0]) || info[0].end - info[0].start !== 1) return null;
  const status = d!.buf[info[0].start]!;
  if (status > 1) return null;
  // An optional statusString (PKIFreeText: SEQUENCE OF UTF8String); a failInfo is left to pkijs.
  const text = info[1];
  const texts = text?.tag === SEQUENCE ? children(text) : null;
  if (info.length > 2 || (text && (!texts || texts.length === 0 || texts.some((s) => s.tag !== UTF8_STRING)))) return null;
  const signed = contentInfo(f[1]);
  if (!signed || signed.eContentType !== TST_INFO_OID || !signed.eContent) return null;
  const tst = tstInfo(signed.eContent);
  return tst ? { status, signed, econtent: signed.eContent, tst } : null;
}


/** What the signature check (signer-check.ts) reads, from this reader's view of a SignerInfo. */
export function signerFacts(info: SignerInfoView): SignerFacts {
  const attrs = info.signedAttrs;
  return {
    digestOid: info.digestOid,
    signatureOid: info.signatureOid,
    signedAttrs: attrs
      ? {
          has: (type) => attrs.attributes.some((a) => a.type === type),
          messageDigest: () => bytesOf(attrs.attributes.find((a) => a.type === MESSAGE_DIGEST_OID)!.first),
          der: () => attrs.der,
        }
      : null,
    signature: info.signature,
  };
}
