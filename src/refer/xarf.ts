import { randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import type { PacketDomain } from './packet-types.js';
import type { Reporter } from './reporter.js';

/**
 * X-ARF v4 twins of a packet for abuse desks that ingest XARF: one `content` report per URL.
 * XARF has no type for non-consensual intimate imagery; `harassment` is the nearest, and the tags
 * carry the precise category (the DSA Transparency Database keyword).
 */
export function xarfReports(domains: PacketDomain[], reporter: Reporter, description: string): Record<string, unknown>[] {
  const emailDomain = reporter.email.split('@')[1] ?? 'invalid';
  const contact = { org: reporter.organisation, contact: reporter.email, domain: emailDomain };
  return domains.flatMap((d) =>
    d.urls.map((url) => {
      const evidence = d.evidence.find((e) => e.url === url) ?? d.evidence.at(-1);
      const ip = d.ips.find((x) => isIP(x) !== 0) ?? null;
      const asn = Number(d.hosting[0]?.asn?.replace(/^AS/i, ''));
      return {
        xarf_version: '4.0.0',
        report_id: randomUUID(),
        timestamp: evidence?.capturedAt ?? new Date().toISOString(),
        reporter: contact,
        sender: contact,
        source_identifier: ip ?? d.domain,
        category: 'content',
        type: 'harassment',
        evidence_source: 'researcher_analysis',
        url,
        domain: d.domain,
        ...(d.registrar.name ? { registrar: d.registrar.name } : {}),
        nameservers: d.nameservers,
        ...(d.hosting[0]?.org ? { hosting_provider: d.hosting[0].org } : d.cdn ? { hosting_provider: d.cdn.name } : {}),
        ...(Number.isInteger(asn) && asn > 0 ? { asn } : {}),
        ...(d.hosting[0]?.country && /^[A-Z]{2}$/.test(d.hosting[0].country) ? { country_code: d.hosting[0].country } : {}),
        ...(evidence ? { verified_at: evidence.capturedAt } : {}),
        verification_method: d.labelSource === 'human' ? 'manual' : 'automated_crawler',
        description: description.slice(0, 1000),
        evidence: evidence?.manifestSha256
          ? [
              {
                content_type: 'text/plain',
                description: `dijkwacht evidence bundle ${evidence.bundleId}: SHA-256 of its signed manifest`,
                payload: Buffer.from(`bundle ${evidence.bundleId}\nmanifest.json sha256 ${evidence.manifestSha256}\ncaptured ${evidence.capturedAt}\n`).toString('base64'),
                hash: `sha256:${evidence.manifestSha256}`,
              },
            ]
          : [],
        tags: ['dsa:keyword_non_consensual_material_deepfake', `service:${d.label}`],
        confidence: d.labelSource === 'human' ? 1 : 0.9,
      };
    }),
  );
}
