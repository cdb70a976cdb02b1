import { UsageError } from '../../core/errors.js';
import type { EmailTarget } from '../../alerts/config.js';

/** An SMTP or IMAP server: the alerts' server fields (host, port, secure, user, passwordEnv, timeoutMs) and a CA file. */
export interface MailServer extends Pick<EmailTarget, 'host' | 'port' | 'secure' | 'requireTls' | 'user' | 'passwordEnv' | 'timeoutMs'> {
  /** PEM file with the CA that issued the server's certificate, for a mail server with its own CA (the system store is used too). */
  caFile: string | null;
}

export interface ImapServer extends MailServer {
  /** The mailbox replies arrive in (default INBOX). It is opened read-only: no flag is changed. */
  mailbox: string;
}

/** When a notice whose content stays online is sent again. */
export interface RenoticeProfile {
  /** Hours after the last (re)notice before the next one is due. */
  everyHours: number;
  /** Only while the last re-check (after the last (re)notice) found the content online. */
  whileOnline: boolean;
  /** Re-notices per notice at most. */
  max: number;
}

/** The config file's "sending" section. */
export interface SendingConfig {
  smtp: MailServer | null;
  /** The envelope sender (MAIL FROM, where bounces go); the From header stays the packet's reporter. */
  from: string | null;
  /** The sender's own archive: an extra envelope recipient, never a header. */
  bcc: string | null;
  renotice: RenoticeProfile;
  imap: ImapServer | null;
}

export const DEFAULT_RENOTICE: RenoticeProfile = { everyHours: 24, whileOnline: true, max: 5 };

/** A server on this machine: a password sent to it never crosses the network (e.g. a local mail bridge). */
export const isLoopbackHost = (host: string): boolean => /^(?:localhost|127(?:\.\d{1,3}){3}|::1|\[::1\])$/i.test(host);

/**
 * A password never crosses the network in the clear (the alerts' e-mail rule): with a user name and
 * no TLS from the first byte, the server must offer STARTTLS — except on loopback.
 */
export const mustStartTls = (s: MailServer): boolean => s.requireTls || (!s.secure && s.user !== null && !isLoopbackHost(s.host));

const EMAIL = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;
export const isEmail = (s: string): boolean => EMAIL.test(s);

type Raw = Record<string, unknown>;

function object(value: unknown, where: string, keys: readonly string[]): Raw {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new UsageError(`"${where}" in the config file must be an object.`);
  for (const key of Object.keys(value)) if (!keys.includes(key)) throw new UsageError(`"${where}.${key}" is not a known setting; use ${keys.join(', ')}.`);
  return value as Raw;
}

function whole(value: unknown, fallback: number, where: string, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) throw new UsageError(`"${where}" must be a whole number from ${min} to ${max}.`);
  return value;
}

function flag(value: unknown, fallback: boolean, where: string): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new UsageError(`"${where}" must be true or false.`);
  return value;
}

function text(value: unknown, where: string, required: boolean): string | null {
  if (value === undefined || value === null) {
    if (required) throw new UsageError(`"${where}" is missing from the config file.`);
    return null;
  }
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`"${where}" must be a non-empty string.`);
  return value.trim();
}

function address(value: unknown, where: string): string | null {
  const s = text(value, where, false);
  if (s !== null && !isEmail(s)) throw new UsageError(`"${where}" must be one e-mail address (got "${s}").`);
  return s;
}

const SERVER_KEYS = ['host', 'port', 'secure', 'requireTls', 'user', 'passwordEnv', 'timeoutMs', 'caFile'] as const;

function server(value: unknown, where: string, extra: readonly string[], ports: { secure: number; plain: number }): { server: MailServer; raw: Raw } {
  const raw = object(value, where, [...SERVER_KEYS, ...extra, 'password']);
  if (raw.password !== undefined) throw new UsageError(`"${where}.password" is not read: put the password in an environment variable and name it in "${where}.passwordEnv".`);
  const secure = flag(raw.secure, false, `${where}.secure`);
  const passwordEnv = text(raw.passwordEnv, `${where}.passwordEnv`, false);
  if (passwordEnv !== null && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(passwordEnv)) throw new UsageError(`"${where}.passwordEnv" must name an environment variable (letters, digits, _), not hold the password.`);
  const user = text(raw.user, `${where}.user`, false);
  if (user !== null && passwordEnv === null) throw new UsageError(`"${where}.user" is set but "${where}.passwordEnv" is not: name the environment variable that holds the password.`);
  return {
    raw,
    server: {
      host: text(raw.host, `${where}.host`, true)!,
      port: whole(raw.port, secure ? ports.secure : ports.plain, `${where}.port`, 1, 65_535),
      secure,
      requireTls: flag(raw.requireTls, false, `${where}.requireTls`),
      user,
      passwordEnv,
      timeoutMs: whole(raw.timeoutMs, 20_000, `${where}.timeoutMs`, 100, 600_000),
      caFile: text(raw.caFile, `${where}.caFile`, false),
    },
  };
}

/**
 * Checks the config file's "sending" section field by field, naming the first problem:
 * `{ "smtp": { "host", "port", "secure", "user", "passwordEnv" }, "from", "bcc", "renotice": { "everyHours", "whileOnline", "max" }, "imap": { …, "mailbox" } }`.
 * Missing: no SMTP or IMAP server (the commands that need one say so), the default re-notice profile.
 */
export function parseSendingConfig(section: unknown): SendingConfig {
  if (section === undefined || section === null) return { smtp: null, from: null, bcc: null, renotice: DEFAULT_RENOTICE, imap: null };
  const raw = object(section, 'sending', ['smtp', 'from', 'bcc', 'renotice', 'imap']);
  const smtp = raw.smtp === undefined ? null : server(raw.smtp, 'sending.smtp', [], { secure: 465, plain: 587 }).server;
  const from = address(raw.from, 'sending.from');
  if (smtp && !from) throw new UsageError('"sending.from" is missing: the address the SMTP server sends from (bounces come back there).');
  let renotice = DEFAULT_RENOTICE;
  if (raw.renotice !== undefined) {
    const r = object(raw.renotice, 'sending.renotice', ['everyHours', 'whileOnline', 'max']);
    renotice = {
      everyHours: whole(r.everyHours, DEFAULT_RENOTICE.everyHours, 'sending.renotice.everyHours', 1, 24 * 365),
      whileOnline: flag(r.whileOnline, DEFAULT_RENOTICE.whileOnline, 'sending.renotice.whileOnline'),
      max: whole(r.max, DEFAULT_RENOTICE.max, 'sending.renotice.max', 0, 100),
    };
  }
  let imap: ImapServer | null = null;
  if (raw.imap !== undefined) {
    const parsed = server(raw.imap, 'sending.imap', ['mailbox'], { secure: 993, plain: 143 });
    imap = { ...parsed.server, mailbox: text(parsed.raw.mailbox, 'sending.imap.mailbox', false) ?? 'INBOX' };
  }
  return { smtp, from, bcc: address(raw.bcc, 'sending.bcc'), renotice, imap };
}

/** The password a server's passwordEnv names, or null without a user; a missing variable is a usage error. */
export function serverPassword(s: MailServer, where: string, env: NodeJS.ProcessEnv = process.env): string | null {
  if (!s.user) return null;
  const value = s.passwordEnv ? env[s.passwordEnv] : undefined;
  if (value === undefined || value === '') throw new UsageError(`The ${where} password variable ${s.passwordEnv ?? '(none)'} is not set: export it before running the command.`);
  return value;
}
