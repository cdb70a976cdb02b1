import { utcNow } from '../core/time.js';
import { toolVersion } from '../core/version.js';
import { verdictOf } from './verdict.js';
import type { BundleVerification, Problem } from './verify.js';

const TRUST: Record<string, string> = {
  trusted: 'a pinned signer',
  accepted: 'NOT a pinned signer (accepted with --any-signer)',
  unknown: 'NOT a pinned signer',
  unjudged: 'not checked against pinned signers',
};

const ANCHORING: Record<string, string> = {
  anchored: 'every event anchored',
  partly: 'anchored from a later event on (older events predate anchoring)',
  legacy: 'not anchored (bundle made before anchoring)',
};

const table = (rows: Problem[], what: string): string[] =>
  rows.length === 0 ? [] : [``, `| artifact | ${what} |`, `| --- | --- |`, ...rows.map((p) => `| ${p.artifact} | ${p.reason.replace(/\|/g, '\\|')} |`)];

/** The human-readable verification report (Markdown). */
export function verificationReport(results: BundleVerification[], input: string[]): string {
  const ok = results.length > 0 && results.every((r) => r.ok);
  const verdicts = results.map(verdictOf);
  const count = (w: string): number => verdicts.filter((v) => v.verdict === w).length;
  const headline = !ok ? 'PROBLEMS FOUND' : count('PARTIAL') > 0 ? `ALL BUNDLES VERIFY, ${count('PARTIAL')} PARTIAL (not everything could be established)` : 'ALL BUNDLES VERIFY';
  const parts = [
    `# dijkwacht verification report`,
    ``,
    `- Checked: ${utcNow()} with dijkwacht ${toolVersion}`,
    `- Input: ${input.join(', ')}`,
    `- Result: **${headline}** (${results.length} checked: ${count('OK')} OK, ${count('PARTIAL')} PARTIAL, ${count('FAILED')} FAILED)`,
    ``,
  ];
  for (const [i, r] of results.entries()) {
    const v = verdicts[i]!;
    parts.push(`## ${r.bundleId ?? r.path}: ${v.verdict}`, ``);
    if (v.verdict === 'PARTIAL') parts.push(`PARTIAL: ${v.reasons.join('; ')}`, ``);
    if (v.verdict === 'FAILED') parts.push(`FAILED: ${v.reasons.length} problem(s), listed below.`, ``);
    parts.push(`- Location: ${r.path}`, `- URL: ${r.url ?? 'unknown'}`, `- Capture status: ${r.status ?? 'unknown'}`);
    parts.push(`- Artifacts hashed: ${r.artifactsChecked} (${r.bytesHashed} bytes)`);
    if (r.signature) {
      const judged = r.signerTrust === 'trusted' && !r.signerPinned ? 'the data dir\'s own key, NOT pinned (self-signed key nobody vouches for)' : r.signerTrust ? (TRUST[r.signerTrust] ?? r.signerTrust) : null;
      const trust = judged ? `; ${judged}` : '';
      parts.push(`- Signature: ${r.signature.ok ? 'valid' : `INVALID (${r.signature.reason ?? ''})`}; signer ${r.signature.signerSubject ?? 'unknown'}; certificate SHA-256 ${r.signature.signerCertSha256 ?? 'unknown'}${trust}; signing time ${r.signature.signingTime ?? 'unknown'}`);
    }
    for (const t of r.timestamps) {
      parts.push(`- Timestamp ${t.file}: ${t.ok ? 'valid' : 'INVALID'}; time ${t.genTime ?? 'unknown'}; TSA ${t.tsaSubject ?? 'unknown'}; ${t.anchored ? 'chain anchored to a trusted root' : `timestamp not anchored (no TSA trust anchor given)${t.shippedRoots?.length ? `; verifies up to the root shipped in the bundle, SHA-256 ${t.shippedRoots.join(', ')}` : ''}`}`);
    }
    const custody = r.custody
      ? `; ${ANCHORING[r.custody.anchoring] ?? r.custody.anchoring}; signed head covers ${r.custody.headLines ?? 'no'} line(s); anchored by ${r.custody.anchorSigners.join(', ') || 'no key'}`
      : '';
    parts.push(`- Custody events: ${r.custodyEvents}${custody}`);
    parts.push(...table(r.problems, 'problem'), ...table(r.notes ?? [], 'note'));
    parts.push(``);
  }
  return `${parts.join('\n')}\n`;
}
