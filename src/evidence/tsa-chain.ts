import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { describeError } from '../core/errors.js';
import { specialAddressReason } from '../net/index.js';
import { certificateDerSha256, certificatePem, certificateSubject, toArrayBuffer } from './cms.js';
import { requestTimestamp } from './timestamp.js';

/**
 * The certificate chain a TSA signs under, shipped in the bundle as artifacts/tsa-chain.pem so that
 * `openssl ts -verify -CAfile artifacts/tsa-chain.pem` runs on the bundle alone. Shipping the root
 * does not make it trusted: VERIFY.md names its fingerprint, and the expert compares that with the
 * root the TSA publishes before relying on the check.
 *
 * The chain must be known before the manifest is signed (the manifest lists it, and the tokens are
 * made over the signature), so each TSA is asked once per process for a token over a probe; the
 * finalizer checks afterwards that the real tokens were signed under the chain it shipped.
 */

export const TSA_CHAIN_FILE = 'artifacts/tsa-chain.pem';
export const TSA_CHAIN_MEDIA_TYPE = 'application/pem-certificate-chain';

export interface TsaChain {
  tsaUrl: string;
  /** Leaf (the TSA's own certificate) first, then its issuers as far as they are known. */
  certs: pkijs.Certificate[];
  /** The self-signed certificate that ends the chain, when the TSA sent it or an anchor supplied it. */
  root: pkijs.Certificate | null;
  /** Why the TSA is not a public trust service (it answers on a loopback or private address), or null. */
  local: string | null;
}

/** Every certificate a TimeStampResp carries (RFC 3161 certReq: the TSA's own and the ones it adds). */
export function tokenCertificates(tsr: Uint8Array): pkijs.Certificate[] {
  try {
    const asn1 = asn1js.fromBER(toArrayBuffer(tsr));
    if (asn1.offset === -1) return [];
    const resp = new pkijs.TimeStampResp({ schema: asn1.result });
    if (!resp.timeStampToken) return [];
    const sd = new pkijs.SignedData({ schema: resp.timeStampToken.content });
    return (sd.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  } catch {
    return [];
  }
}

export const isSelfIssued = (c: pkijs.Certificate): boolean => c.subject.isEqual(c.issuer);

/** `leaf` and its issuers from `pool`, in order, by name; stops at a self-issued certificate or a gap. */
export function orderChain(leaf: pkijs.Certificate, pool: pkijs.Certificate[]): pkijs.Certificate[] {
  const chain = [leaf];
  let at = leaf;
  while (!isSelfIssued(at) && chain.length < 8) {
    const issuer = pool.find((c) => c.subject.isEqual(at.issuer) && !chain.includes(c));
    if (!issuer) break;
    chain.push(issuer);
    at = issuer;
  }
  return chain;
}

/** Why a TSA URL is no public trust service (loopback, private address, a .test name), or null. */
export function localTsa(tsaUrl: string): string | null {
  let host: string;
  try {
    host = new URL(tsaUrl).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    return null;
  }
  if (host === 'localhost' || host.endsWith('.localhost')) return 'it answers on this machine (localhost)';
  if (host.endsWith('.test') || host.endsWith('.invalid')) return `its name ${host} is reserved for testing`;
  const special = specialAddressReason(host);
  return special ? `it answers on ${special} (${host})` : null;
}

const PROBE = Buffer.from('dijkwacht: which certificate chain does this TSA sign under?');
const learned = new Map<string, Promise<TsaChain | null>>();

async function probe(tsaUrl: string, timeoutMs: number, anchors: pkijs.Certificate[]): Promise<TsaChain | null> {
  const token = await requestTimestamp(tsaUrl, PROBE, timeoutMs);
  const certs = tokenCertificates(token.der);
  const leaf = certs.find((c) => certificateDerSha256(c) === token.check.tsaCertSha256);
  if (!leaf) return null;
  const chain = orderChain(leaf, [...certs, ...anchors]);
  const top = chain.at(-1)!;
  return { tsaUrl, certs: chain, root: isSelfIssued(top) ? top : null, local: localTsa(tsaUrl) };
}

/**
 * The chain of every TSA in `tsaUrls` that answers, learned once per process and URL (`fresh` asks
 * again; a failure is remembered too). `anchors` (tsaTrustFiles) complete a chain whose TSA does not send its root. A TSA that does
 * not answer is left out: its bundle will be "timestamp pending" anyway.
 */
export async function tsaChains(tsaUrls: string[], timeoutMs: number, anchors: pkijs.Certificate[] = [], fresh = false): Promise<{ chains: TsaChain[]; failures: string[] }> {
  const chains: TsaChain[] = [];
  const failures: string[] = [];
  for (const url of [...new Set(tsaUrls)]) {
    if (fresh) learned.delete(url);
    let pending = learned.get(url);
    if (!pending) {
      pending = probe(url, timeoutMs, anchors);
      learned.set(url, pending);
    }
    try {
      const chain = await pending;
      if (chain) chains.push(chain);
    } catch (error) {
      // Kept: a TSA that is down is not asked twice per bundle. If it answers the real request later,
      // its token has no shipped chain and the finalizer asks again with `fresh`.
      failures.push(`${url}: ${describeError(error)}`);
    }
  }
  return { chains, failures };
}

/** True when every token was signed by the leaf of the chain shipped for its TSA. */
export function tokensMatchChains(tokens: { tsaUrl: string; der: Buffer }[], chains: TsaChain[]): boolean {
  return tokens.every((t) => {
    const chain = chains.find((c) => c.tsaUrl === t.tsaUrl);
    const leaf = chain?.certs[0];
    return leaf !== undefined && tokenCertificates(t.der).some((c) => certificateDerSha256(c) === certificateDerSha256(leaf));
  });
}

/** artifacts/tsa-chain.pem: each certificate once, with a comment naming it (openssl skips the comments). */
export function chainFileText(chains: TsaChain[]): string {
  const seen = new Set<string>();
  const parts = ['# RFC 3161 time-stamp authorities this bundle was stamped by, and their certificate chains.', '# Compare each root\'s SHA-256 with the root its TSA publishes before relying on it (see VERIFY.md, section 3).', ''];
  for (const chain of chains) {
    parts.push(`# TSA ${chain.tsaUrl}`);
    for (const [i, cert] of chain.certs.entries()) {
      const sha = certificateDerSha256(cert);
      if (seen.has(sha)) continue;
      seen.add(sha);
      const role = i === 0 ? 'TSA certificate' : cert === chain.root ? 'root' : 'intermediate';
      parts.push(`# ${role}: ${certificateSubject(cert)}`, `# SHA-256: ${sha}`, certificatePem(cert));
    }
  }
  return `${parts.join('\n')}\n`;
}

/** The self-issued certificates of a chain file: the roots a token must chain to. */
export function chainRoots(certs: pkijs.Certificate[]): pkijs.Certificate[] {
  return certs.filter(isSelfIssued);
}
