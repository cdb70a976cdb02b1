import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { describeError } from '../core/errors.js';
import { compactStamp } from '../core/time.js';
import { prettyJson } from '../core/json.js';
import { logger } from '../log/index.js';
import { alertText, type AlertBody } from './body.js';
import type { AlertConfig, EmailTarget, WebhookTarget } from './config.js';

export interface Delivery {
  channel: 'webhook' | 'email';
  /** The webhook URL or the e-mail recipients. */
  to: string;
  ok: boolean;
  attempts: number;
  /** The receiver's answer (HTTP status, SMTP response) or why it failed. */
  detail: string;
}

export interface AlertRecord {
  body: AlertBody;
  deliveries: Delivery[];
  /** Where the record was written: <dataDir>/alerts/<stamp>-<job>.json. */
  file: string;
}

const log = (): ReturnType<typeof logger> => logger('cli').child({ component: 'alerts' });

/**
 * Sends the alert to every webhook and the e-mail recipients, and writes body and outcome to
 * <dataDir>/alerts/, so an alert that could not be delivered is still on disk. Never throws.
 */
export async function deliverAlert(body: AlertBody, config: AlertConfig, dataDir: string): Promise<AlertRecord> {
  const deliveries: Delivery[] = [];
  for (const hook of config.webhooks) deliveries.push(await postWebhook(hook, body));
  if (config.email) deliveries.push(await sendEmail(config.email, body));
  const dir = join(dataDir, 'alerts');
  const file = join(dir, `${compactStamp(new Date(body.endedAt))}-${body.job.replace(/[^A-Za-z0-9._-]/g, '_')}.json`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(`${file}.tmp`, prettyJson({ body, deliveries }));
    await rename(`${file}.tmp`, file);
  } catch (error) {
    log().error({ err: error, file }, `the alert record could not be written: ${describeError(error)}`);
  }
  for (const d of deliveries) {
    if (d.ok) log().info({ channel: d.channel, to: d.to }, `alert sent: ${body.summary}`);
    else log().error({ channel: d.channel, to: d.to, attempts: d.attempts }, `alert not delivered to ${d.to}: ${d.detail}; the alert is kept in ${file}`);
  }
  return { body, deliveries, file };
}

/** POSTs the JSON body; a 2xx answer is delivered, anything else is retried with doubling waits. */
export async function postWebhook(hook: WebhookTarget, body: AlertBody, waitMs = 500): Promise<Delivery> {
  let detail = '';
  for (let attempt = 1; attempt <= hook.retries + 1; attempt++) {
    try {
      const res = await fetch(hook.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'dijkwacht-alerts/1', ...hook.headers },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(hook.timeoutMs),
        redirect: 'error',
      });
      await res.arrayBuffer().catch(() => undefined);
      if (res.ok) return { channel: 'webhook', to: hook.url, ok: true, attempts: attempt, detail: `HTTP ${res.status}` };
      detail = `the receiver answered HTTP ${res.status}`;
      // A client error other than rate limiting will not change on retry.
      if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) return { channel: 'webhook', to: hook.url, ok: false, attempts: attempt, detail };
    } catch (error) {
      detail = (error as Error).name === 'TimeoutError' ? `no answer within ${hook.timeoutMs} ms` : `the request failed: ${describeError(error)}`;
    }
    if (attempt <= hook.retries) await new Promise((r) => setTimeout(r, Math.min(30_000, waitMs * 2 ** (attempt - 1))));
  }
  return { channel: 'webhook', to: hook.url, ok: false, attempts: hook.retries + 1, detail };
}

/** One plain-text e-mail to every recipient through the configured SMTP server. */
export async function sendEmail(target: EmailTarget, body: AlertBody): Promise<Delivery> {
  const to = target.to.join(', ');
  const password = target.passwordEnv ? process.env[target.passwordEnv] : undefined;
  if (target.passwordEnv && password === undefined) return { channel: 'email', to, ok: false, attempts: 0, detail: `the SMTP password variable ${target.passwordEnv} is not set` };
  const transport = createTransport({
    host: target.host,
    port: target.port,
    secure: target.secure,
    // A password never crosses the network in the clear: with a user name, the server must offer STARTTLS.
    requireTLS: target.requireTls || (!target.secure && target.user !== null),
    connectionTimeout: target.timeoutMs,
    greetingTimeout: target.timeoutMs,
    socketTimeout: target.timeoutMs,
    ...(target.user ? { auth: { user: target.user, pass: password ?? '' } } : {}),
  });
  try {
    const info = await transport.sendMail({ from: target.from, to: target.to, subject: `dijkwacht: ${body.summary}`, text: alertText(body), headers: { 'X-Dijkwacht-Job': body.job } });
    return { channel: 'email', to, ok: true, attempts: 1, detail: String(info.response) };
  } catch (error) {
    return { channel: 'email', to, ok: false, attempts: 1, detail: `the SMTP server did not take the message: ${describeError(error)}` };
  } finally {
    transport.close();
  }
}
