import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';
import { createTransport } from 'nodemailer';
import { DijkwachtError, RemoteError, TimeoutError, UsageError } from '../../core/errors.js';
import { mustStartTls, type MailServer } from './config.js';
import { SmtpTranscript } from './transcript.js';

export interface Envelope {
  from: string;
  to: string[];
}

export interface Transmission {
  /** The server's final answer to the message (e.g. "250 OK: queued as …"). */
  response: string;
  /** The SMTP conversation, authentication redacted. */
  transcript: string;
}

/** The trust anchors for a mail server: the system store plus the configured CA file. */
export function mailServerCa(s: MailServer): string[] | undefined {
  if (!s.caFile) return undefined;
  try {
    return [...rootCertificates, readFileSync(s.caFile, 'utf8')];
  } catch (error) {
    throw new UsageError(`The CA file ${s.caFile} of the mail server ${s.host} cannot be read: fix caFile in the "sending" section.`, { cause: error });
  }
}

interface SmtpFailure {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

const nothing = 'nothing was recorded as sent';

/** Says what the SMTP server's failure means for the sender: refused (fix something), temporary or no answer (try again). */
export function smtpError(error: unknown, s: MailServer): DijkwachtError {
  const e = (error ?? {}) as SmtpFailure;
  const answer = (e.response ?? e.message ?? String(error)).split('\n')[0]!.trim();
  const code = e.responseCode ?? Number(/^([45]\d\d)\b/.exec(answer)?.[1] ?? NaN);
  if (e.code === 'EAUTH') return new UsageError(`The SMTP server ${s.host} refused the login (${answer}): ${nothing}; check sending.smtp.user and the password in $${s.passwordEnv ?? '?'}.`, { cause: error });
  if (code >= 500 && code < 600) return new DijkwachtError(`The SMTP server ${s.host} refused the message (${answer}): ${nothing}; the message was not delivered, fix what the server names and send again.`, { cause: error, scope: 'run' });
  if (code >= 400 && code < 500) return new RemoteError(`The SMTP server ${s.host} deferred the message (${answer}, a temporary refusal): ${nothing}; run the same command again later.`, { cause: error, scope: 'run' });
  if (e.code === 'ETIMEDOUT' || /timeout|timed out|greeting never received/i.test(answer)) return new TimeoutError(`The SMTP server ${s.host}:${s.port} did not answer within ${s.timeoutMs} ms: ${nothing}; run the same command again when it answers.`, { cause: error, scope: 'run' });
  return new RemoteError(`The SMTP server ${s.host}:${s.port} could not be reached or broke off (${answer}): ${nothing}; run the same command again.`, { cause: error, scope: 'run' });
}

/**
 * Hands one message to the SMTP server exactly as given (no header added, no re-encoding) to the
 * envelope's addresses only. Throws a DijkwachtError from smtpError when any recipient or the
 * message is refused. A password never crosses the network in the clear (mustStartTls).
 */
export async function transmit(s: MailServer, password: string | null, envelope: Envelope, message: Buffer): Promise<Transmission> {
  const transcript = new SmtpTranscript();
  const ca = mailServerCa(s);
  const transport = createTransport({
    host: s.host,
    port: s.port,
    secure: s.secure,
    requireTLS: mustStartTls(s),
    connectionTimeout: s.timeoutMs,
    greetingTimeout: s.timeoutMs,
    socketTimeout: s.timeoutMs,
    ...(ca ? { tls: { ca } } : {}),
    ...(s.user ? { auth: { user: s.user, pass: password ?? '' } } : {}),
    logger: transcript.logger as never,
    transactionLog: true,
  });
  try {
    const info = (await transport.sendMail({ envelope: { from: envelope.from, to: envelope.to }, raw: message })) as { accepted?: unknown[]; rejected?: unknown[]; response?: string };
    const rejected = (info.rejected ?? []).map(String);
    if (rejected.length > 0) throw Object.assign(new Error(`recipient ${rejected.join(', ')} refused`), { responseCode: 550, response: `550 ${rejected.join(', ')} refused` });
    return { response: String(info.response ?? ''), transcript: transcript.text() };
  } catch (error) {
    throw smtpError(error, s);
  } finally {
    transport.close();
  }
}
