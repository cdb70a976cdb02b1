import MailComposer from 'nodemailer/lib/mail-composer';
import type { ReferralPacket } from './packet-types.js';
import { packetTexts } from './texts.js';

/** The plain-text body: enough to act on without opening the attachments. */
function body(p: ReferralPacket): string {
  const L = packetTexts(p.language).labels;
  return [
    p.summary,
    '',
    `${L.urls!}:`,
    ...p.domains.flatMap((d) => d.urls.map((u) => `  ${u}`)),
    '',
    p.illegality.explanation,
    '',
    `${L.action!}: ${p.requestedAction}`,
    '',
    p.goodFaith,
    '',
    `${p.reporter.name}`,
    `${p.reporter.organisation}`,
    `${p.reporter.email}`,
    '',
    `packet ${p.packetId} (packet.pdf, packet.json attached)`,
  ].join('\n');
}

/**
 * An RFC 5322 draft (packet.eml) to the recipient's abuse address with the PDF and JSON attached.
 * dijkwacht never sends it: a person opens it in a mail client, sends it, and records that.
 */
export async function packetEml(p: ReferralPacket, pdf: Buffer, json: Buffer, date: Date): Promise<Buffer> {
  const mail = new MailComposer({
    from: { name: p.reporter.name, address: p.reporter.email },
    ...(p.recipient.email ? { to: { name: p.recipient.name, address: p.recipient.email } } : {}),
    subject: p.subject,
    date,
    text: body(p),
    headers: { 'X-Unsent': '1', 'X-Dijkwacht-Packet': p.packetId, 'Content-Language': p.language },
    attachments: [
      { filename: 'packet.pdf', content: pdf, contentType: 'application/pdf' },
      { filename: 'packet.json', content: json, contentType: 'application/json' },
    ],
  });
  return mail.compile().build();
}
