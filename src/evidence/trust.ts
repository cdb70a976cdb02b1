import { readFile } from 'node:fs/promises';
import { UsageError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import type { Options } from '../options/index.js';
import { localCertificateSha256 } from './keys.js';

/**
 * Which signing certificates verify accepts, by SHA-256 of the DER certificate. Without a policy
 * (library callers that pass none) signers are reported, not judged.
 */
export interface SignerPolicy {
  trusted: ReadonlySet<string>;
  /** The fingerprints someone vouched for (--signer-cert, trustedSigners); the data dir's own key is trusted, not pinned. */
  pinned?: ReadonlySet<string>;
  /** Report an unknown signer as a note instead of failing (verify --any-signer). */
  anySigner: boolean;
}

export type SignerVerdict = 'trusted' | 'unknown' | 'accepted' | 'unjudged';

export function judgeSigner(certificateSha256: string | null, policy: SignerPolicy | null | undefined): SignerVerdict {
  if (!policy) return 'unjudged';
  if (certificateSha256 && policy.trusted.has(certificateSha256)) return 'trusted';
  return policy.anySigner ? 'accepted' : 'unknown';
}

/** "signed by an unknown key (certificate SHA-256 …)", with what to do about it. */
export function unknownSignerText(verb: string, certificateSha256: string | null, verdict: 'unknown' | 'accepted'): string {
  const base = `${verb} by an unknown key (certificate SHA-256 ${certificateSha256 ?? 'unknown'})`;
  return verdict === 'accepted' ? `${base}; accepted because of --any-signer` : `${base}: pin it with --signer-cert or trustedSigners if you trust it`;
}

/** A SHA-256 fingerprint as 64 lower-case hex digits, from hex with or without colons; else null. */
export function parseFingerprint(value: string): string | null {
  const hex = value.trim().replace(/^sha256[:=]?/i, '').replace(/:/g, '').toLowerCase();
  return /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}

/** Fingerprints of every certificate in a PEM or DER file. */
export function certificateFingerprints(data: Buffer): string[] {
  const text = data.toString('latin1');
  const pems = [...text.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)];
  if (pems.length > 0) return pems.map((m) => sha256Hex(Buffer.from((m[1] ?? '').replace(/\s+/g, ''), 'base64')));
  return data.length > 0 && data[0] === 0x30 ? [sha256Hex(data)] : [];
}

/** Each value is a fingerprint or a certificate file; `source` names where it came from in errors. */
export async function resolveTrustedSigners(values: readonly string[], source: string): Promise<string[]> {
  const out: string[] = [];
  for (const value of values) {
    const fingerprint = parseFingerprint(value);
    if (fingerprint) {
      out.push(fingerprint);
      continue;
    }
    let data: Buffer;
    try {
      data = await readFile(value);
    } catch (error) {
      throw new UsageError(`${source} "${value}" is neither a SHA-256 certificate fingerprint (64 hex digits) nor a readable certificate file.`, { cause: error });
    }
    const prints = certificateFingerprints(data);
    if (prints.length === 0) throw new UsageError(`${source} file ${value} holds no certificate (PEM or DER).`);
    out.push(...prints);
  }
  return out;
}

/** The policy of `dijkwacht verify`: trustedSigners, --signer-cert values and the data dir's own certificate. */
export async function signerPolicy(options: Options, signerCerts: readonly string[], anySigner: boolean): Promise<SignerPolicy> {
  const pinned = new Set([...(await resolveTrustedSigners(options.trustedSigners, 'trustedSigners entry')), ...(await resolveTrustedSigners(signerCerts, '--signer-cert'))]);
  const trusted = new Set(pinned);
  const local = await localCertificateSha256(options);
  if (local) trusted.add(local);
  return { trusted, pinned, anySigner };
}
