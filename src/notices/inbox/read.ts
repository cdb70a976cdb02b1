import type { FetchMessageObject, MessageStructureObject } from 'imapflow';
import { RemoteError, TimeoutError, UsageError } from '../../core/errors.js';
import { mustStartTls, type ImapServer } from '../send/config.js';
import { mailServerCa } from '../send/smtp.js';

/** One message as read from the mailbox. */
export interface MailboxMessage {
  uid: number;
  raw: Buffer;
  messageId: string | null;
  inReplyTo: string | null;
  references: string | null;
  from: string | null;
  subject: string;
  date: string | null;
  /** The first plain-text part (or the HTML part without its tags), decoded to UTF-8. */
  text: string;
}

export interface MailboxRead {
  mailbox: string;
  uidValidity: string;
  messages: MailboxMessage[];
}

const TEXT_LIMIT = 512 * 1024;

/** The part to read as the reply's text: the first inline text/plain, else text/html. */
function textPart(node: MessageStructureObject | undefined): { part: string; html: boolean } | null {
  if (!node) return null;
  const all: MessageStructureObject[] = [];
  const walk = (n: MessageStructureObject): void => {
    all.push(n);
    for (const c of n.childNodes ?? []) walk(c);
  };
  walk(node);
  const inline = all.filter((n) => n.disposition !== 'attachment');
  const plain = inline.find((n) => n.type === 'text/plain');
  const html = inline.find((n) => n.type === 'text/html');
  const chosen = plain ?? html;
  if (!chosen) return null;
  return { part: chosen.part ?? '1', html: chosen === html && !plain };
}

const stripHtml = (s: string): string => s.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<br\s*\/?>|<\/p>|<\/div>/gi, '\n').replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/[ \t]+/g, ' ');

const header = (headers: Buffer | undefined, name: string): string | null => {
  if (!headers) return null;
  const m = new RegExp(`^${name}:([^\\r\\n]*(?:\\r?\\n[ \\t][^\\r\\n]*)*)`, 'im').exec(headers.toString('utf8'));
  return m ? m[1]!.replace(/\r?\n[ \t]+/g, ' ').trim() : null;
};

function imapError(error: unknown, s: ImapServer): Error {
  const e = error as { authenticationFailed?: boolean; code?: string; message?: string; responseText?: string };
  if (e.authenticationFailed) return new UsageError(`The IMAP server ${s.host} refused the login (${e.responseText ?? e.message ?? 'authentication failed'}): check sending.imap.user and the password in $${s.passwordEnv ?? '?'}.`, { cause: error });
  if (e.code === 'ETIMEOUT' || e.code === 'ETIMEDOUT' || /timeout/i.test(e.message ?? '')) return new TimeoutError(`The IMAP server ${s.host}:${s.port} did not answer within ${s.timeoutMs} ms: nothing was read; run the command again.`, { cause: error, scope: 'run' });
  return new RemoteError(`The IMAP server ${s.host}:${s.port} could not be read (${e.responseText ?? e.message ?? String(error)}): nothing was recorded; run the command again.`, { cause: error, scope: 'run' });
}

/**
 * Reads the messages with a UID above `afterUid` (all when the mailbox's UIDVALIDITY changed) from
 * the mailbox, opened read-only: no flag is set, nothing is moved or deleted.
 */
export async function readMailbox(s: ImapServer, password: string | null, seen: (uidValidity: string) => number): Promise<MailboxRead> {
  const ca = mailServerCa(s);
  // Loaded here: the notices module is imported by the workspace and exports, which never read mail.
  const { ImapFlow } = await import('imapflow');
  const client = new ImapFlow({
    host: s.host,
    port: s.port,
    secure: s.secure,
    // A password never crosses the network in the clear (mustStartTls); otherwise STARTTLS when offered.
    ...(!s.secure && mustStartTls(s) ? { doSTARTTLS: true } : {}),
    ...(ca ? { tls: { ca } } : {}),
    ...(s.user ? { auth: { user: s.user, pass: password ?? '' } } : {}),
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: s.timeoutMs,
    greetingTimeout: s.timeoutMs,
    socketTimeout: Math.max(s.timeoutMs, 30_000),
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw imapError(error, s);
  }
  try {
    const box = await client.mailboxOpen(s.mailbox, { readOnly: true }).catch((error: unknown) => {
      throw new UsageError(`The mailbox "${s.mailbox}" cannot be opened on ${s.host} (${(error as Error).message}): fix sending.imap.mailbox.`, { cause: error });
    });
    const uidValidity = String(box.uidValidity);
    const after = seen(uidValidity);
    const fetched: FetchMessageObject[] = [];
    if (box.exists > 0) {
      for await (const m of client.fetch(`${after + 1}:*`, { uid: true, source: true, envelope: true, bodyStructure: true, headers: ['in-reply-to', 'references'] }, { uid: true })) {
        if (m.uid > after) fetched.push(m);
      }
    }
    const messages: MailboxMessage[] = [];
    for (const m of fetched) {
      const which = textPart(m.bodyStructure);
      let text = '';
      if (which) {
        const { content } = await client.download(String(m.uid), which.part, { uid: true, maxBytes: TEXT_LIMIT });
        const chunks: Buffer[] = [];
        for await (const c of content) chunks.push(c as Buffer);
        text = Buffer.concat(chunks).toString('utf8');
        if (which.html) text = stripHtml(text);
      }
      const env = m.envelope;
      messages.push({
        uid: m.uid,
        raw: m.source ?? Buffer.alloc(0),
        messageId: env?.messageId ?? null,
        inReplyTo: env?.inReplyTo ?? header(m.headers, 'in-reply-to'),
        references: header(m.headers, 'references'),
        from: env?.from?.[0]?.address?.toLowerCase() ?? null,
        subject: env?.subject ?? '',
        date: env?.date ? new Date(env.date).toISOString() : null,
        text,
      });
    }
    return { mailbox: s.mailbox, uidValidity, messages };
  } catch (error) {
    throw error instanceof UsageError ? error : imapError(error, s);
  } finally {
    await client.logout().catch(() => client.close());
  }
}
