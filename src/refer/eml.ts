import MailComposer from 'nodemailer/lib/mail-composer';
import { longDate } from '../core/time.js';
import { packetLabels } from './labels.js';
import type { ReferralPacket } from './packet-types.js';
import { packetTexts } from './texts.js';

/** The plain-text body: the first screen of the dossier, enough to act on without opening the attachments. */
function body(p: ReferralPacket): string {
  const L = packetLabels(p.language);
  const t = packetTexts(p.language);
  const automated = p.domains.filter((d) => !d.labelConfirmed).map((d) => d.domain);
  return [
    `${L.recipient}: ${p.recipient.name}`,
    `${L.reporter}: ${p.reporter.name}, ${p.reporter.organisation} <${p.reporter.email}>`,
    `${L.date}: ${longDate(p.createdAt, p.language)}`,
    '',
    `${L.asked}: ${p.requestedAction}`,
    `${L.respondBy}: ${t.respondBy(p.respondBy)}`,
    '',
    `${L.domainsAndUrls}:`,
    ...p.domains.flatMap((d) => [`  ${d.domain}`, ...d.urls.map((u) => `    ${u}`)]),
    '',
    `${L.evidenceStatus}:`,
    ...p.domains.map((d) => `  ${d.domain}: ${t.evidenceLine(d.evidence)}`),
    '',
    `${L.classification}: ${automated.length > 0 ? t.automated(automated) : t.confirmed}`,
    '',
    p.summary,
    '',
    p.illegality.explanation,
    '',
    p.goodFaith,
    '',
    `${p.reporter.name}`,
    `${p.reporter.organisation}`,
    `${p.reporter.email}`,
    '',
    `${L.packet} ${p.packetId}: packet.pdf, packet.json${p.evidencePack ? `, ${p.evidencePack.file}` : ''}`,
  ].join('\n');
}

/**
 * An RFC 5322 draft (packet.eml) to the recipient's abuse address with the PDF, the JSON and the
 * evidence pack attached. dijkwacht never sends it: a person opens it in a mail client, sends it,
 * and records that.
 */
export async function packetEml(p: ReferralPacket, pdf: Buffer, json: Buffer, pack: Buffer | null, date: Date): Promise<Buffer> {
  const mail = new MailComposer({
    from: { name: p.reporter.name, address: p.reporter.email },
    ...(p.recipient.email ? { to: { name: p.recipient.name, address: p.recipient.email } } : {}),
    subject: p.subject,
    date,
    // CRLF line ends: the draft is byte for byte what SMTP carries (notices send sends these bytes).
    text: body(p).replace(/\r?\n/g, '\r\n'),
    headers: { 'X-Unsent': '1', 'X-Dijkwacht-Packet': p.packetId, 'Content-Language': p.language },
    attachments: [
      { filename: 'packet.pdf', content: pdf, contentType: 'application/pdf' },
      { filename: 'packet.json', content: json, contentType: 'application/json' },
      ...(pack && p.evidencePack ? [{ filename: p.evidencePack.file, content: pack, contentType: 'application/zip' }] : []),
    ],
  });
  return mail.compile().build();
}
