import type { ReferralPacket } from './packet-types.js';

/**
 * checklist.md, beside the packet and never sent: what the sender checks and does before and after
 * sending. Everything addressed to the sender lives here and on the console, never in the dossier.
 */
export function checklistMarkdown(p: ReferralPacket, notes: string[]): string {
  const to = p.recipient.email ? `${p.recipient.name} <${p.recipient.email}>` : `${p.recipient.name} (${p.recipient.web ?? 'its own channel'})`;
  const lines = [
    `# Before sending packet ${p.packetId}`,
    '',
    `To: ${to}`,
    `Domains: ${p.domains.map((d) => d.domain).join(', ')}`,
    `Answer asked by: ${p.respondBy.slice(0, 10)}`,
    '',
    '## Check',
    '',
    ...(notes.length > 0 ? notes.map((n) => `- [ ] ${n}`) : ['- [ ] Nothing to flag: read the PDF once as the recipient will.']),
    `- [ ] Read packet.pdf from the first page: recipient, request, domains and URLs, deadline and evidence status come first.`,
    p.evidencePack ? `- [ ] Send ${p.evidencePack.file} with the packet (the e-mail draft already attaches it).` : '- [ ] No evidence pack: no bundle of these domains could be read from the store.',
    '',
    '## After sending',
    '',
    `- [ ] Or let dijkwacht send it (fresh recipient check, recorded, custody event): \`dijkwacht notices send ${p.packetId} --approve "Your Name"\`.`,
    `- [ ] Record it: \`dijkwacht notices sent ${p.packetId} --channel email\` (or --channel web for a form).`,
    '- [ ] Record acknowledgements and decisions with `dijkwacht notices ack|decision`.',
    '',
  ];
  return lines.join('\n');
}
