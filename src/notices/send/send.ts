import { randomUUID } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Catalog } from '../../catalog/index.js';
import { DijkwachtError, describeError, UsageError } from '../../core/errors.js';
import { sha256Hex } from '../../core/hash.js';
import { loadSigner, type Signer } from '../../evidence/index.js';
import type { Options } from '../../options/index.js';
import { createStore } from '../../store/index.js';
import { recordSent } from '../record.js';
import { serverPassword, type SendingConfig } from './config.js';
import { recordCustody, type CustodyNote } from './custody.js';
import { citedBundles } from './packet-file.js';
import { planNotices, planRenotice, type PlannedMessage, type Refusal } from './plan.js';
import { claimSending, completeSending, linkSending, releaseSending, unsentPacketIds } from './sendings.js';
import { transmit, type Envelope } from './smtp.js';

export interface SendRequest {
  options: Options;
  config: SendingConfig;
  /** Packet ids or folders. */
  packets?: string[];
  /** Every packet in the catalog that no notice was recorded for. */
  allUnsent?: boolean;
  /** A notice number: send its packet again as a re-notice. */
  renotice?: string | null;
  /** Who approved this run (required unless dryRun). */
  approver?: string | null;
  dryRun?: boolean;
  batchBy?: 'contact' | null;
  /** Drop claims of sends that began and never finished (after checking they did not go out). */
  retryUnfinished?: boolean;
  env?: NodeJS.ProcessEnv;
  now?: () => Date;
}

export interface SentPacket {
  packetId: string;
  dir: string;
  noticeId: number | null;
  /** Where sent/message.eml and sent/smtp-transcript.txt were written. */
  sentDir: string | null;
}

/** What happened to one message of the run. */
export interface SendOutcome {
  status: 'sent' | 'dry-run' | 'refused' | 'failed' | 'not-attempted';
  kind: 'notice' | 'renotice';
  to: string | null;
  envelope: Envelope | null;
  subject: string | null;
  messageId: string | null;
  packets: SentPacket[];
  bytes: number;
  messageSha256: string | null;
  transcriptSha256: string | null;
  smtpResponse: string | null;
  custody: CustodyNote[];
  /** Why it was refused or failed (one sentence); null when it went out. */
  error: DijkwachtError | null;
}

const refusal = (r: Refusal): SendOutcome => ({ status: 'refused', kind: 'notice', to: null, envelope: null, subject: null, messageId: null, packets: [{ packetId: r.packet, dir: '', noticeId: null, sentDir: null }], bytes: 0, messageSha256: null, transcriptSha256: null, smtpResponse: null, custody: [], error: r.error });

const base = (m: PlannedMessage, status: SendOutcome['status'], error: DijkwachtError | null = null): SendOutcome => ({
  status,
  kind: m.kind,
  to: m.to,
  envelope: m.envelope,
  subject: m.subject,
  messageId: m.messageId,
  packets: m.items.map((i) => ({ packetId: i.packet.packetId, dir: i.dir, noticeId: m.noticeId, sentDir: null })),
  bytes: m.bytes.length,
  messageSha256: sha256Hex(m.bytes),
  transcriptSha256: null,
  smtpResponse: null,
  custody: [],
  error,
});

async function writeAtomic(file: string, data: Buffer | string): Promise<void> {
  await writeFile(`${file}.tmp-${process.pid}`, data);
  await rename(`${file}.tmp-${process.pid}`, file);
}

/**
 * Sends approved notices: checks every packet (unchanged, not yet sent, the same responsible party
 * after a fresh lookup), then hands each message to the SMTP server exactly as planned. Only after the
 * server took it: the notice is recorded (channel email), sent/message.eml and sent/smtp-transcript.txt
 * are written beside the packet, the Message-ID, approver and hashes go into the catalog, and an event
 * into each cited bundle's custody log. A refused or unanswered send records nothing and is safe to
 * repeat; the first SMTP failure stops the rest of the run (they are reported as not attempted).
 */
export async function sendNotices(req: SendRequest): Promise<SendOutcome[]> {
  const dryRun = req.dryRun === true;
  const approver = req.approver?.trim() ?? '';
  if (!dryRun && !approver) throw new UsageError('Nothing was sent: every send needs a person\'s approval; add --approve "Your Name" (or --dry-run to see what would be sent).');
  const { smtp, from } = req.config;
  if (!smtp || !from) throw new UsageError('No SMTP server is configured: add a "sending" section with "smtp" { host, port, secure, user, passwordEnv } and "from" to the config file.');
  if (req.renotice && (req.packets?.length || req.allUnsent)) throw new UsageError('--renotice sends one notice again: name no packets and no --all-unsent with it.');
  if (!req.renotice && !req.allUnsent && !req.packets?.length) throw new UsageError('Name the packet(s) to send (packet id or folder), or use --all-unsent.');
  if (req.batchBy && req.renotice) throw new UsageError('--batch-by groups first notices; a re-notice goes alone.');
  const password = dryRun ? null : serverPassword(smtp, 'SMTP', req.env);
  // Before anything goes out: the key that anchors the custody events must be there.
  const signer: Signer | null = dryRun ? null : await loadSigner(req.options);
  const now = req.now ?? (() => new Date());
  const catalog = new Catalog(req.options.dataDir);
  const store = createStore(req.options);
  try {
    const ctx = { options: req.options, catalog, store, config: { ...req.config, from }, now: now() };
    let messages: PlannedMessage[];
    let refused: Refusal[] = [];
    if (req.renotice) messages = [await planRenotice(ctx, req.renotice)];
    else {
      const names = req.allUnsent ? unsentPacketIds(catalog) : req.packets!;
      if (names.length === 0) return [];
      ({ messages, refused } = await planNotices(ctx, names, req.batchBy ?? null));
    }
    const outcomes: SendOutcome[] = refused.map(refusal);
    let stopped = false;
    for (const m of messages) {
      if (dryRun) outcomes.push(base(m, 'dry-run'));
      else if (stopped) outcomes.push(base(m, 'not-attempted', new DijkwachtError('not attempted: an earlier message of this run failed at the SMTP server; run the command again.')));
      else {
        const o = await sendOne(req.options, catalog, store, signer!, smtp, password, m, approver, req.retryUnfinished === true, now);
        outcomes.push(o);
        if (o.status === 'failed') stopped = true;
      }
    }
    return outcomes;
  } finally {
    catalog.close();
  }
}

async function sendOne(options: Options, catalog: Catalog, store: ReturnType<typeof createStore>, signer: Signer, smtp: NonNullable<SendingConfig['smtp']>, password: string | null, m: PlannedMessage, approver: string, retryUnfinished: boolean, now: () => Date): Promise<SendOutcome> {
  const batchId = randomUUID();
  let ids: number[];
  try {
    ids = claimSending(catalog, m.items.map((i) => ({ packetId: i.packet.packetId, noticeId: m.noticeId, kind: m.kind, recipient: m.to, envelope: m.envelope, messageId: m.messageId, approver, batchId })), { retryUnfinished, now: now().toISOString() });
  } catch (error) {
    return base(m, 'refused', error instanceof DijkwachtError ? error : new DijkwachtError(describeError(error), { cause: error }));
  }
  let sent;
  try {
    sent = await transmit(smtp, password, m.envelope, m.bytes);
  } catch (error) {
    releaseSending(catalog, ids);
    return base(m, 'failed', error as DijkwachtError);
  }
  const sentAt = now().toISOString();
  const messageSha256 = sha256Hex(m.bytes);
  const transcriptSha256 = sha256Hex(sent.transcript);
  // The server has it: from here on nothing may be lost. The catalog first, then the files, the notice and custody.
  completeSending(catalog, ids, { sentAt, messageSha256, transcriptSha256, smtpResponse: sent.response });
  const outcome = { ...base(m, 'sent'), transcriptSha256, smtpResponse: sent.response };
  try {
    await afterSending(options, catalog, store, signer, m, ids, outcome, { sentAt, messageSha256, transcriptSha256, transcript: sent.transcript, approver });
  } catch (error) {
    throw new DijkwachtError(`The message went out (Message-ID ${m.messageId}, to ${m.to}) but recording it failed (${describeError(error)}): record it with "dijkwacht notices sent ${m.items.map((i) => i.packet.packetId).join(' ')}" — do not send it again.`, { cause: error, scope: 'run' });
  }
  return outcome;
}

interface Done {
  sentAt: string;
  messageSha256: string;
  transcriptSha256: string;
  transcript: string;
  approver: string;
}

async function afterSending(options: Options, catalog: Catalog, store: ReturnType<typeof createStore>, signer: Signer, m: PlannedMessage, ids: number[], outcome: SendOutcome, done: Done): Promise<void> {
  const { sentAt, messageSha256, transcriptSha256, approver } = done;
  for (const [k, item] of m.items.entries()) {
    const sentDir = m.kind === 'renotice' ? join(item.dir, 'sent', `renotice-${m.renoticeNumber + 1}`) : join(item.dir, 'sent');
    await mkdir(sentDir, { recursive: true });
    await writeAtomic(join(sentDir, 'message.eml'), m.bytes);
    await writeAtomic(join(sentDir, 'smtp-transcript.txt'), done.transcript);
    const noticeId = m.noticeId ?? (await recordSent(catalog, { packet: item.dir, channel: 'email', date: sentAt }));
    linkSending(catalog, ids[k]!, noticeId, sentDir);
    outcome.packets[k] = { packetId: item.packet.packetId, dir: item.dir, noticeId, sentDir };
    outcome.custody.push(
      ...(await recordCustody(store, signer, options, citedBundles(item.packet), {
        action: m.kind === 'renotice' ? 'renotice-sent' : 'notice-sent',
        noticeId,
        packetId: item.packet.packetId,
        packetSha256: item.sha256,
        recipient: m.to,
        messageId: m.messageId,
        messageSha256,
        transcriptSha256,
        approvedBy: approver,
      })),
    );
  }
}
