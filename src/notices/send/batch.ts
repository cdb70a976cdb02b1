import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import { UsageError } from '../../core/errors.js';
import { newMessageId, plainText } from './message.js';
import type { LoadedPacket } from './packet-file.js';

const COVER = {
  nl: {
    subject: (n: number, domains: string[]) => `Meldingen (${n}): ${domains.join(', ')}`,
    intro: (n: number, to: string) => `Dit bericht bundelt ${n} meldingen aan ${to}. Elke melding staat hieronder in haar geheel; haar bijlagen hebben haar kenmerk als voorvoegsel:`,
    part: 'Melding',
  },
  en: {
    subject: (n: number, domains: string[]) => `Notices (${n}): ${domains.join(', ')}`,
    intro: (n: number, to: string) => `This message bundles ${n} notices to ${to}. Each notice follows in full; its attachments carry its reference as a prefix:`,
    part: 'Notice',
  },
} as const;

const cut = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

/**
 * One message for several packets to the same address: a cover listing them, each packet's own
 * e-mail text in full, and each packet's PDF, JSON and evidence pack attached under its reference
 * (the first 8 characters of its packet id). All packets must share recipient address and reporter.
 */
export async function batchMessage(items: LoadedPacket[], now: Date): Promise<{ bytes: Buffer; messageId: string; subject: string }> {
  const first = items[0]!.packet;
  const to = first.recipient.email!;
  for (const { packet } of items) {
    if (packet.recipient.email?.toLowerCase() !== to.toLowerCase()) throw new UsageError(`Packet ${packet.packetId} goes to ${packet.recipient.email ?? 'no address'}, not ${to}: only packets to one address go out together.`);
    if (packet.reporter.email.toLowerCase() !== first.reporter.email.toLowerCase()) throw new UsageError(`Packet ${packet.packetId} is from ${packet.reporter.email}, not ${first.reporter.email}: packets from different reporters are not sent together.`);
  }
  const t = COVER[first.language];
  const domains = [...new Set(items.flatMap((i) => i.packet.domains.map((d) => d.domain)))];
  const subject = cut(t.subject(items.length, domains), 200);
  const ref = (id: string): string => id.slice(0, 8);
  const attachments: { filename: string; content: Buffer; contentType: string }[] = [];
  const listing: string[] = [];
  const sections: string[] = [];
  for (const [i, { packet, dir, draft }] of items.entries()) {
    const files: [string, string][] = [['packet.pdf', 'application/pdf'], ['packet.json', 'application/json']];
    if (packet.evidencePack) files.push([packet.evidencePack.file, 'application/zip']);
    for (const [file, contentType] of files) attachments.push({ filename: `${ref(packet.packetId)}-${file}`, content: await readFile(join(dir, file)), contentType });
    listing.push(`  ${i + 1}. ${ref(packet.packetId)} — ${packet.domains.map((d) => d.domain).join(', ')}: ${files.map(([f]) => `${ref(packet.packetId)}-${f}`).join(', ')}`);
    sections.push([`==== ${t.part} ${i + 1}/${items.length} (${ref(packet.packetId)}): ${packet.subject} ====`, '', plainText(draft)].join('\n'));
  }
  const messageId = newMessageId(first.reporter.email);
  const mail = new MailComposer({
    from: { name: first.reporter.name, address: first.reporter.email },
    to: { name: first.recipient.name, address: to },
    subject,
    date: now,
    messageId,
    text: [t.intro(items.length, first.recipient.name.replace(/\.+$/, '')), '', ...listing, '', ...sections.flatMap((s) => [s, ''])].join('\n'),
    headers: { 'X-Dijkwacht-Packet': items.map((i) => i.packet.packetId).join(', '), 'Content-Language': first.language },
    attachments,
  });
  return { bytes: await mail.compile().build(), messageId, subject };
}
