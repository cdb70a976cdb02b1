import { randomUUID } from 'node:crypto';
import { encodeWords, foldLines } from 'nodemailer/lib/mime-funcs';

const CRLF = '\r\n';

/** Where the header block of an RFC 5322 message ends and its body begins. */
function split(raw: Buffer): { head: string; body: Buffer } {
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  const end = crlf >= 0 && (lf < 0 || crlf < lf) ? crlf + 4 : lf >= 0 ? lf + 2 : raw.length;
  return { head: raw.subarray(0, end).toString('latin1'), body: raw.subarray(end) };
}

/** The header fields in order, each with its raw (folded) lines. */
function fields(head: string): { name: string; raw: string }[] {
  const out: { name: string; raw: string }[] = [];
  for (const line of head.split(/(?<=\n)/)) {
    if (line === '\r\n' || line === '\n') continue;
    if (/^[ \t]/.test(line) && out.length > 0) out.at(-1)!.raw += line;
    else out.push({ name: line.split(':', 1)[0]!.trim().toLowerCase(), raw: line });
  }
  return out;
}

/** The unfolded value of the first header field `name`, or null. */
export function headerValue(raw: Buffer, name: string): string | null {
  const f = fields(split(raw).head).find((x) => x.name === name.toLowerCase());
  return f ? f.raw.slice(f.raw.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim() : null;
}

/** A Message-ID in angle brackets, unique, on the sender's domain. */
export function newMessageId(from: string): string {
  return `<${randomUUID()}@${from.split('@').at(-1) ?? 'dijkwacht.invalid'}>`;
}

/** An RFC 5322 date, as nodemailer writes it. */
export const mailDate = (d: Date): string => d.toUTCString().replace(/GMT/, '+0000');

/** SMTP carries lines ending in CRLF only (RFC 5321 §2.3.8): a bare LF, as nodemailer leaves in a 7bit text part, becomes CRLF here rather than in the transport. */
export const crlf = (raw: Buffer): Buffer => Buffer.from(raw.toString('latin1').replace(/\r?\n/g, CRLF), 'latin1');

const headerLine = (name: string, value: string): string => `${foldLines(`${name}: ${value}`, 76)}${CRLF}`;

/**
 * The message as it goes out: the draft's bytes, with only what the transport must have — a
 * Message-ID and a Date when the draft lacks them (prepended), CRLF line ends, and the final line
 * break that ends the SMTP data. Returns the Message-ID it carries.
 */
export function outgoing(input: Buffer, sender: string, now: Date): { bytes: Buffer; messageId: string } {
  const draft = crlf(input);
  const add: string[] = [];
  let messageId = headerValue(draft, 'message-id');
  if (!messageId) {
    messageId = newMessageId(sender);
    add.push(headerLine('Message-ID', messageId));
  }
  if (!headerValue(draft, 'date')) add.push(headerLine('Date', mailDate(now)));
  const parts = [Buffer.from(add.join(''), 'latin1'), draft];
  if (!draft.subarray(-2).equals(Buffer.from(CRLF))) parts.push(Buffer.from(CRLF));
  return { bytes: Buffer.concat(parts), messageId };
}

/**
 * The draft sent again as a re-notice: the same bytes with a new Subject (the prefix before the
 * packet's subject), a new Message-ID and Date, and In-Reply-To/References naming the first notice,
 * so the recipient's ticket system threads it with the first one.
 */
export function renoticeMessage(original: Buffer, input: { subject: string; inReplyTo: string; references: string[]; sender: string; now: Date }): { bytes: Buffer; messageId: string } {
  const { head, body } = split(crlf(original));
  const messageId = newMessageId(input.sender);
  const replaced = new Set(['subject', 'message-id', 'date', 'in-reply-to', 'references']);
  const kept = fields(head).filter((f) => !replaced.has(f.name)).map((f) => f.raw);
  const added = [
    headerLine('Subject', encodeWords(input.subject, 'Q', 52)),
    headerLine('Message-ID', messageId),
    headerLine('Date', mailDate(input.now)),
    headerLine('In-Reply-To', input.inReplyTo),
    headerLine('References', [...new Set(input.references)].join(' ')),
  ];
  const bytes = Buffer.concat([Buffer.from([...added, ...kept].join('') + CRLF, 'latin1'), body]);
  return { bytes: bytes.subarray(-2).equals(Buffer.from(CRLF)) ? bytes : Buffer.concat([bytes, Buffer.from(CRLF)]), messageId };
}

/** The first text/plain part of a message that nodemailer composed, decoded (7bit, 8bit, quoted-printable or base64). */
export function plainText(raw: Buffer): string {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(headerValue(raw, 'content-type') ?? '')?.[1];
  const sections = boundary ? raw.toString('latin1').split(`--${boundary}`).slice(1, -1) : [raw.toString('latin1')];
  for (const section of sections) {
    const part = Buffer.from(section.replace(/^\r?\n/, ''), 'latin1');
    const type = headerValue(part, 'content-type') ?? 'text/plain';
    if (!/^text\/plain\b/i.test(type)) continue;
    const encoding = (headerValue(part, 'content-transfer-encoding') ?? '7bit').toLowerCase();
    const body = split(part).body.toString('latin1').replace(/\r?\n$/, '');
    if (encoding === 'base64') return Buffer.from(body, 'base64').toString('utf8');
    if (encoding === 'quoted-printable') {
      const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
      return Buffer.from(bytes, 'latin1').toString('utf8').replace(/\r\n/g, '\n');
    }
    return Buffer.from(body, 'latin1').toString('utf8').replace(/\r\n/g, '\n');
  }
  return '';
}
