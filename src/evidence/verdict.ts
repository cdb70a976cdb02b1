import type { BundleVerification } from './verify.js';

/**
 * What a verification established, in one word and its reasons. FAILED: a check failed (the problems).
 * PARTIAL: every check passed, but something a court expert relies on could not be established — the
 * timestamp is not anchored to a root the verifier trusts, the signer is a key nobody vouched for, the
 * capture itself is PARTIAL or FAILED, the custody log predates anchoring. OK: nothing of the kind.
 * Never a bare "OK" for those: the reasons travel with the word.
 */
export type VerdictWord = 'OK' | 'PARTIAL' | 'FAILED';

export interface Verdict {
  verdict: VerdictWord;
  reasons: string[];
}

const short = (fp: string): string => `${fp.slice(0, 16)}…`;

/** The things this verification could not establish (empty when it established all of them). */
export function unestablished(r: BundleVerification): string[] {
  const out: string[] = [];
  if (r.status === 'PARTIAL' || r.status === 'FAILED') {
    const why = (r.captureReasons ?? []).join('; ');
    out.push(`capture ${r.status}${why ? ` (${why})` : ''}`);
  }
  const loose = r.timestamps.filter((t) => t.ok && !t.anchored);
  if (loose.length > 0) {
    const shipped = [...new Set(loose.flatMap((t) => t.shippedRoots ?? []))];
    const root = shipped.length > 0 ? `; it verifies only up to the TSA root shipped in the bundle, SHA-256 ${shipped.map(short).join(', ')}, which a root obtained from the TSA itself must confirm (--tsa-trust)` : '';
    out.push(`timestamp not anchored (no TSA trust anchor given)${root}`);
  }
  if (r.timestampPending && r.timestamps.length === 0) out.push('timestamp pending (accepted with --allow-pending): no trusted time');
  if (r.signature?.ok) {
    if (r.signerTrust === 'accepted') out.push('signer not pinned (an unknown key, accepted only because of --any-signer)');
    else if (r.signerTrust === 'unjudged') out.push('signer not pinned (no signer was checked against trusted signers)');
    else if (r.signerTrust === 'trusted' && !r.signerPinned) {
      out.push('signer not pinned (self-signed key nobody vouches for: trusted only because it is this data dir\'s own key; pin it with --signer-cert or trustedSigners)');
    }
  }
  if (r.custody?.anchoring === 'legacy') out.push('custody log not anchored (bundle made before anchoring)');
  if (r.custody?.anchoring === 'partly') out.push('custody log anchored only from a later event on (older events predate anchoring)');
  return out;
}

export function verdictOf(r: BundleVerification): Verdict {
  if (!r.ok) return { verdict: 'FAILED', reasons: r.problems.map((p) => `${p.artifact}: ${p.reason}`) };
  const reasons = unestablished(r);
  return { verdict: reasons.length > 0 ? 'PARTIAL' : 'OK', reasons };
}

/** "PARTIAL: a; b" or "FAILED: a; b" or "OK". */
export function verdictLine(v: Verdict): string {
  return v.reasons.length > 0 ? `${v.verdict}: ${v.reasons.join('; ')}` : v.verdict;
}
