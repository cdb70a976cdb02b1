import { UsageError } from '../core/errors.js';

/** Where alerts go: webhooks (a JSON POST each) and e-mail through one SMTP server. */
export interface AlertConfig {
  webhooks: WebhookTarget[];
  email: EmailTarget | null;
  /** Send even when a job found nothing new (a heartbeat). Default false: only changes and failures. */
  always: boolean;
}

export interface WebhookTarget {
  url: string;
  /** Extra request headers, e.g. an Authorization header the receiver expects. */
  headers: Record<string, string>;
  timeoutMs: number;
  /** Further attempts after the first, with doubling waits. */
  retries: number;
}

export interface EmailTarget {
  host: string;
  port: number;
  /** TLS from the first byte (port 465). False: plain, upgraded with STARTTLS when the server offers it. */
  secure: boolean;
  /** Refuse to send when the server offers no STARTTLS (always so when a user name is set and `secure` is off). */
  requireTls: boolean;
  user: string | null;
  /** Name of the environment variable that holds the SMTP password (never the password itself). */
  passwordEnv: string | null;
  from: string;
  to: string[];
  timeoutMs: number;
}

const EMAIL = /^[^\s@<>]+@[^\s@<>]+$/;

/**
 * Checks the config file's "alerts" section, naming the first problem:
 * `{ "webhooks": [{ "url": "https://…", "headers": {…} }], "email": { "host": …, "from": …, "to": [...] }, "always": false }`.
 */
export function parseAlertConfig(section: unknown): AlertConfig | null {
  if (section === undefined || section === null) return null;
  if (typeof section !== 'object' || Array.isArray(section)) throw new UsageError('"alerts" in the config file must be an object with "webhooks" and/or "email".');
  const raw = section as Record<string, unknown>;
  for (const key of Object.keys(raw)) if (!['webhooks', 'email', 'always'].includes(key)) throw new UsageError(`"alerts.${key}" is not a known setting; use webhooks, email or always.`);
  const webhooks = raw.webhooks === undefined ? [] : parseWebhooks(raw.webhooks);
  const email = raw.email === undefined ? null : parseEmail(raw.email);
  if (webhooks.length === 0 && !email) throw new UsageError('"alerts" needs at least one webhook or an "email" section.');
  if (raw.always !== undefined && typeof raw.always !== 'boolean') throw new UsageError('"alerts.always" must be true or false.');
  return { webhooks, email, always: raw.always === true };
}

function parseWebhooks(value: unknown): WebhookTarget[] {
  if (!Array.isArray(value)) throw new UsageError('"alerts.webhooks" must be a list.');
  return value.map((w: unknown, i) => {
    const where = `alerts.webhooks[${i}]`;
    const hook = (typeof w === 'string' ? { url: w } : w) as Record<string, unknown> | null;
    if (!hook || typeof hook !== 'object') throw new UsageError(`${where} must be a URL or an object with "url".`);
    const url = typeof hook.url === 'string' ? hook.url : '';
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new UsageError(`${where}: "${url}" is not a URL.`);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new UsageError(`${where}: only http and https webhooks are supported.`);
    const headers = (hook.headers ?? {}) as Record<string, unknown>;
    if (typeof headers !== 'object' || Object.values(headers).some((v) => typeof v !== 'string')) throw new UsageError(`${where}.headers must map names to strings.`);
    return { url, headers: headers as Record<string, string>, timeoutMs: positive(hook.timeoutMs, 10_000, `${where}.timeoutMs`), retries: count(hook.retries, 2, `${where}.retries`) };
  });
}

function parseEmail(value: unknown): EmailTarget {
  const e = value as Record<string, unknown> | null;
  if (!e || typeof e !== 'object') throw new UsageError('"alerts.email" must be an object with host, from and to.');
  if (typeof e.host !== 'string' || !e.host) throw new UsageError('"alerts.email.host" (the SMTP server) is missing.');
  if (typeof e.from !== 'string' || !EMAIL.test(e.from)) throw new UsageError('"alerts.email.from" must be one e-mail address.');
  const to = typeof e.to === 'string' ? [e.to] : e.to;
  if (!Array.isArray(to) || to.length === 0 || to.some((a) => typeof a !== 'string' || !EMAIL.test(a))) throw new UsageError('"alerts.email.to" must be one or more e-mail addresses.');
  const secure = e.secure === true;
  if (e.password !== undefined) throw new UsageError('"alerts.email.password" is not read: put the password in an environment variable and name it in "passwordEnv".');
  return {
    host: e.host,
    port: positive(e.port, secure ? 465 : 587, 'alerts.email.port'),
    secure,
    requireTls: e.requireTls === true,
    user: typeof e.user === 'string' ? e.user : null,
    passwordEnv: typeof e.passwordEnv === 'string' ? e.passwordEnv : null,
    from: e.from,
    to: to as string[],
    timeoutMs: positive(e.timeoutMs, 20_000, 'alerts.email.timeoutMs'),
  };
}

function positive(value: unknown, fallback: number, where: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) throw new UsageError(`"${where}" must be a positive whole number.`);
  return value;
}

function count(value: unknown, fallback: number, where: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 10) throw new UsageError(`"${where}" must be a whole number from 0 to 10.`);
  return value;
}
