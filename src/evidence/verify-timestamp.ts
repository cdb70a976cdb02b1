import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { certificateDerSha256, certificateSubject, HASH_OIDS, signerCertificate, toArrayBuffer } from './cms.js';
import { chainsToAnchor, signerInfoVerifies, signerVerifies } from './signer-check.js';
import { entryOfCertificate, readTimeStampResp, signerEntry, signerFacts, type CertEntry, type TimeStampView } from './verify-der.js';

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

const OID = {
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  extKeyUsage: '2.5.29.37',
  timeStamping: '1.3.6.1.5.5.7.3.8',
} as const;

const PKI_STATUS = ['granted', 'grantedWithMods', 'rejection', 'waiting', 'revocationWarning', 'revocationNotification'];

/** What the checks read of a granted token, whichever reader parsed it. */
interface TokenFacts {
  genTime: Date;
  serial: Uint8Array;
  hashOid: string;
  hashed: Uint8Array;
  nonce: Uint8Array | null;
  /** The TSA certificate (among the token's and the intermediates), or null when none is there. */
  cert: pkijs.Certificate | null;
  /** The token's certificates and the intermediates: untrusted help for the chain. */
  pool: pkijs.Certificate[];
  /** The TSA's signature over the TSTInfo checked with node:crypto; null for an algorithm only pkijs checks. */
  signatureVerifies: () => boolean | null;
}

const emptyCheck = (): TimestampCheck => ({ ok: false, problems: [], genTime: null, tsaSubject: null, tsaCertSha256: null, serialNumber: null, hashAlgorithm: null, anchored: false });

/**
 * Checks an RFC 3161 TimeStampResp over `data`: status granted, the imprint equals the hash of `data`,
 * the TSA's signature verifies, the TSA certificate was valid at genTime and is meant for time
 * stamping, and (when trust anchors are given) chains to one of them, with `intermediates` as untrusted help.
 * A token in the shape TSAs write is read by verify-der.ts; anything else, and any question only
 * pkijs can answer, goes to pkijs: the verdict is the same either way.
 */
export async function verifyTimestamp(tsr: Uint8Array, data: Uint8Array, trustAnchors: pkijs.Certificate[] = [], expectedNonce?: bigint, intermediates: pkijs.Certificate[] = []): Promise<TimestampCheck> {
  const view = readTimeStampResp(tsr);
  const fast = view ? timestampFromView(view, data, trustAnchors, expectedNonce, intermediates) : null;
  return fast ?? verifyTimestampPkijs(tsr, data, trustAnchors, expectedNonce, intermediates);
}

/** The checks on facts read by either reader; `done` is false when pkijs must check the signature and chain. */
function judgeToken(facts: TokenFacts, data: Uint8Array, trustAnchors: pkijs.Certificate[], expectedNonce: bigint | undefined): { out: TimestampCheck; done: boolean } {
  const out = emptyCheck();
  out.genTime = facts.genTime.toISOString();
  out.serialNumber = Buffer.from(facts.serial).toString('hex');
  const alg = HASH_OIDS[facts.hashOid] ?? null;
  out.hashAlgorithm = alg;
  if (!alg) {
    out.problems.push(`unsupported imprint hash algorithm ${facts.hashOid}`);
  } else {
    const expected = createHash(alg).update(data).digest('hex');
    const actual = Buffer.from(facts.hashed).toString('hex');
    if (expected !== actual) out.problems.push('the time-stamp imprint does not match the signature file (it was made for other bytes)');
  }
  if (expectedNonce !== undefined) {
    const nonce = facts.nonce ? BigInt(`0x${Buffer.from(facts.nonce).toString('hex') || '0'}`) : null;
    if (nonce !== expectedNonce) out.problems.push('the TSA answered with another nonce');
  }
  const cert = facts.cert;
  if (!cert) {
    out.problems.push('the TSA certificate is not included in the token');
  } else {
    out.tsaSubject = certificateSubject(cert);
    out.tsaCertSha256 = certificateDerSha256(cert);
    const gen = facts.genTime.getTime();
    if (gen < cert.notBefore.value.getTime() || gen > cert.notAfter.value.getTime()) {
      out.problems.push(`the TSA certificate was not valid at genTime ${out.genTime}`);
    }
    const eku = cert.extensions?.find((e) => e.extnID === OID.extKeyUsage);
    const purposes = (eku?.parsedValue as { keyPurposes?: string[] } | undefined)?.keyPurposes ?? [];
    if (!purposes.includes(OID.timeStamping)) out.problems.push('the TSA certificate is not issued for time stamping');
  }
  const verified = cert ? facts.signatureVerifies() : null;
  if (!cert || verified === null) return { out, done: false };
  if (!verified) out.problems.push('the TSA signature does not verify');
  if (trustAnchors.length > 0) {
    if (chainsToAnchor(cert, facts.pool, trustAnchors, facts.genTime)) out.anchored = true;
    else out.problems.push('the TSA certificate does not chain to a trusted anchor');
  }
  out.ok = out.problems.length === 0;
  return { out, done: true };
}

/** The check of a token read by verify-der.ts, or null when pkijs must decide. */
function timestampFromView(view: TimeStampView, data: Uint8Array, trustAnchors: pkijs.Certificate[], expectedNonce: bigint | undefined, intermediates: pkijs.Certificate[]): TimestampCheck | null {
  const extra = intermediates.map(entryOfCertificate);
  if (extra.some((e) => e === null)) return null;
  const pool = [...view.signed.certificates, ...(extra as CertEntry[])];
  const entry = signerEntry(pool, view.signed.signer);
  if (!entry) return null; // ambiguous, or no certificate: pkijs says which
  const { tst } = view;
  const facts: TokenFacts = {
    ...tst,
    cert: entry.cert,
    pool: pool.map((e) => e.cert),
    signatureVerifies: () => signerVerifies(signerFacts(view.signed.signer), entry.cert, view.econtent),
  };
  const judged = judgeToken(facts, data, trustAnchors, expectedNonce);
  return judged.done ? judged.out : null;
}

/** The pkijs reader alone (tests hold the DER reader's verdicts to its). */
export async function verifyTimestampPkijs(tsr: Uint8Array, data: Uint8Array, trustAnchors: pkijs.Certificate[], expectedNonce: bigint | undefined, intermediates: pkijs.Certificate[]): Promise<TimestampCheck> {
  const out = emptyCheck();
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
  // Intermediates shipped beside the token (artifacts/tsa-chain.pem) help build the chain; they are not trusted.
  if (intermediates.length > 0) sd.certificates = [...(sd.certificates ?? []), ...intermediates];
  const cert = signerCertificate(sd);
  const judged = judgeToken(
    {
      genTime: tst.genTime,
      serial: tst.serialNumber.valueBlock.valueHexView,
      hashOid: tst.messageImprint.hashAlgorithm.algorithmId,
      hashed: tst.messageImprint.hashedMessage.valueBlock.valueHexView,
      nonce: tst.nonce ? tst.nonce.valueBlock.valueHexView : null,
      cert,
      pool: (sd.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate),
      signatureVerifies: () => signerInfoVerifies(sd, cert!, new Uint8Array(econtentBytes)),
    },
    data,
    trustAnchors,
    expectedNonce,
  );
  if (judged.done) return judged.out;
  const { out: checked } = judged;
  try {
    const res = await sd.verify({
      signer: 0,
      data: toArrayBuffer(data), // pkijs re-checks the TSTInfo imprint against these bytes
      checkChain: trustAnchors.length > 0,
      trustedCerts: trustAnchors,
      checkDate: tst.genTime,
      extendedMode: true,
    });
    if (res.signatureVerified !== true) checked.problems.push('the TSA signature does not verify');
    if (trustAnchors.length > 0) {
      if (res.signerCertificateVerified === true) checked.anchored = true;
      else checked.problems.push('the TSA certificate does not chain to a trusted anchor');
    }
  } catch (error) {
    const e = error as { message?: string; signatureVerified?: boolean | null; signerCertificateVerified?: boolean | null };
    if (trustAnchors.length > 0 && (e.signerCertificateVerified === false || /certificate|chain|issuer/i.test(e.message ?? ''))) {
      checked.problems.push('the TSA certificate does not chain to a trusted anchor');
    } else {
      checked.problems.push(`the TSA signature does not verify${e.message ? `: ${e.message}` : ''}`);
    }
  }
  checked.ok = checked.problems.length === 0;
  return checked;
}
