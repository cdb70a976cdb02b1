import { utcNow } from '../core/time.js';
import { toolVersion } from '../core/version.js';
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
  const parts = [
    `# dijkwacht verification report`,
    ``,
    `- Checked: ${utcNow()} with dijkwacht ${toolVersion}`,
    `- Input: ${input.join(', ')}`,
    `- Result: **${ok ? 'ALL BUNDLES VERIFY' : 'PROBLEMS FOUND'}** (${results.filter((r) => r.ok).length} of ${results.length} bundles verify)`,
    ``,
  ];
  for (const r of results) {
    parts.push(`## ${r.bundleId ?? r.path}: ${r.ok ? 'OK' : 'FAILED'}`, ``);
    parts.push(`- Location: ${r.path}`, `- URL: ${r.url ?? 'unknown'}`, `- Capture status: ${r.status ?? 'unknown'}`);
    parts.push(`- Artifacts hashed: ${r.artifactsChecked} (${r.bytesHashed} bytes)`);
    if (r.signature) {
      const trust = r.signerTrust ? `; ${TRUST[r.signerTrust] ?? r.signerTrust}` : '';
      parts.push(`- Signature: ${r.signature.ok ? 'valid' : `INVALID (${r.signature.reason ?? ''})`}; signer ${r.signature.signerSubject ?? 'unknown'}; certificate SHA-256 ${r.signature.signerCertSha256 ?? 'unknown'}${trust}; signing time ${r.signature.signingTime ?? 'unknown'}`);
    }
    for (const t of r.timestamps) {
      parts.push(`- Timestamp ${t.file}: ${t.ok ? 'valid' : 'INVALID'}; time ${t.genTime ?? 'unknown'}; TSA ${t.tsaSubject ?? 'unknown'}; ${t.anchored ? 'chain anchored to a trusted root' : 'chain not anchored (no TSA trust anchor given)'}`);
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
