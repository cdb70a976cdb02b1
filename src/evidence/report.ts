import { utcNow } from '../core/time.js';
import { toolVersion } from '../core/version.js';
import type { BundleVerification } from './verify.js';

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
      parts.push(`- Signature: ${r.signature.ok ? 'valid' : `INVALID (${r.signature.reason ?? ''})`}; signer ${r.signature.signerSubject ?? 'unknown'}; certificate SHA-256 ${r.signature.signerCertSha256 ?? 'unknown'}; signing time ${r.signature.signingTime ?? 'unknown'}`);
    }
    for (const t of r.timestamps) {
      parts.push(`- Timestamp ${t.file}: ${t.ok ? 'valid' : 'INVALID'}; time ${t.genTime ?? 'unknown'}; TSA ${t.tsaSubject ?? 'unknown'}; ${t.anchored ? 'chain anchored to a trusted root' : 'chain not anchored (no TSA trust anchor given)'}`);
    }
    parts.push(`- Custody events: ${r.custodyEvents}`);
    if (r.problems.length > 0) {
      parts.push(``, `| artifact | problem |`, `| --- | --- |`);
      for (const p of r.problems) parts.push(`| ${p.artifact} | ${p.reason.replace(/\|/g, '\\|')} |`);
    }
    parts.push(``);
  }
  return `${parts.join('\n')}\n`;
}
