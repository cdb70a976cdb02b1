import { hostname } from 'node:os';
import type { Catalog } from '../../catalog/index.js';
import { UsageError } from '../../core/errors.js';
import type { Envelope } from './smtp.js';

export type SendingKind = 'notice' | 'renotice';

/** One transmission of one packet (a batched message has one row per packet, with one message id). */
export interface SendingRow {
  id: number;
  packetId: string;
  noticeId: number | null;
  kind: SendingKind;
  status: 'sending' | 'sent';
  recipient: string;
  envelope: Envelope;
  messageId: string;
  approver: string;
  batchId: string;
  claimedBy: string;
  startedAt: string;
  sentAt: string | null;
  messageSha256: string | null;
  transcriptSha256: string | null;
  smtpResponse: string | null;
  sentDir: string | null;
}

interface SendingDb {
  id: number;
  packet_id: string;
  notice_id: number | null;
  kind: SendingKind;
  status: 'sending' | 'sent';
  recipient: string;
  envelope_json: string;
  message_id: string;
  approver: string;
  batch_id: string;
  claimed_by: string;
  started_at: string;
  sent_at: string | null;
  message_sha256: string | null;
  transcript_sha256: string | null;
  smtp_response: string | null;
  sent_dir: string | null;
}

const toRow = (r: SendingDb): SendingRow => ({
  id: r.id,
  packetId: r.packet_id,
  noticeId: r.notice_id,
  kind: r.kind,
  status: r.status,
  recipient: r.recipient,
  envelope: JSON.parse(r.envelope_json) as Envelope,
  messageId: r.message_id,
  approver: r.approver,
  batchId: r.batch_id,
  claimedBy: r.claimed_by,
  startedAt: r.started_at,
  sentAt: r.sent_at,
  messageSha256: r.message_sha256,
  transcriptSha256: r.transcript_sha256,
  smtpResponse: r.smtp_response,
  sentDir: r.sent_dir,
});

/** This process, as written in a claim: another process on this host can tell whether it still runs. */
export const claimant = (): string => `${hostname()}:${process.pid}`;

function alive(claimedBy: string): boolean {
  const [host, pid] = claimedBy.split(':');
  if (host !== hostname()) return true; // another machine: assume it may still be sending
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch {
    return false;
  }
}

export interface Claim {
  packetId: string;
  noticeId: number | null;
  kind: SendingKind;
  recipient: string;
  envelope: Envelope;
  messageId: string;
  approver: string;
  batchId: string;
}

/**
 * Claims the packets of one message before the SMTP conversation, in one transaction: a packet
 * already sent, or being sent by another process, is refused; a claim left by a process that
 * stopped mid-send is refused too (its outcome is unknown) unless `retryUnfinished` drops it.
 */
export function claimSending(catalog: Catalog, claims: Claim[], opts: { retryUnfinished: boolean; now: string }): number[] {
  return catalog.db.transaction(() => {
    const ids: number[] = [];
    for (const c of claims) {
      if (c.kind === 'notice') {
        const sent = catalog.stmt("SELECT * FROM notice_sendings WHERE status = 'sent' AND kind = 'notice' AND packet_id = ?").get(c.packetId) as SendingDb | undefined;
        if (sent) throw new UsageError(`Packet ${c.packetId} was already sent (${sent.sent_at ?? sent.started_at}, Message-ID ${sent.message_id}): nothing was sent twice; to send it again use "dijkwacht notices send --renotice NOTICE".`);
      }
      const open = catalog.stmt("SELECT * FROM notice_sendings WHERE status = 'sending' AND (packet_id = ? AND kind = ? OR (? IS NOT NULL AND notice_id = ?))").all(c.packetId, c.kind, c.noticeId, c.noticeId) as SendingDb[];
      for (const o of open.map(toRow)) {
        if (alive(o.claimedBy)) throw new UsageError(`Packet ${o.packetId} is being sent right now (by ${o.claimedBy}, since ${o.startedAt}): nothing was sent twice; wait for it and see "dijkwacht notices list".`);
        if (!opts.retryUnfinished) throw new UsageError(`A send of packet ${o.packetId} began at ${o.startedAt} and did not finish (the process stopped before the SMTP server answered), so it may or may not have gone out: look in the sender's archive or the SMTP server's log; if it did not go out, run the same command with --retry-unfinished.`);
        catalog.stmt('DELETE FROM notice_sendings WHERE id = ?').run(o.id);
      }
      const result = catalog
        .stmt("INSERT INTO notice_sendings (packet_id, notice_id, kind, status, recipient, envelope_json, message_id, approver, batch_id, claimed_by, started_at) VALUES (?, ?, ?, 'sending', ?, ?, ?, ?, ?, ?, ?)")
        .run(c.packetId, c.noticeId, c.kind, c.recipient, JSON.stringify(c.envelope), c.messageId, c.approver, c.batchId, claimant(), opts.now);
      ids.push(Number(result.lastInsertRowid));
    }
    return ids;
  })();
}

/** The SMTP server did not take the message: the claims go, nothing is recorded. */
export function releaseSending(catalog: Catalog, ids: number[]): void {
  const del = catalog.stmt("DELETE FROM notice_sendings WHERE id = ? AND status = 'sending'");
  catalog.db.transaction(() => ids.forEach((id) => del.run(id)))();
}

/** The SMTP server took the message. */
export function completeSending(catalog: Catalog, ids: number[], done: { sentAt: string; messageSha256: string; transcriptSha256: string; smtpResponse: string }): void {
  const up = catalog.stmt("UPDATE notice_sendings SET status = 'sent', sent_at = ?, message_sha256 = ?, transcript_sha256 = ?, smtp_response = ? WHERE id = ?");
  catalog.db.transaction(() => ids.forEach((id) => up.run(done.sentAt, done.messageSha256, done.transcriptSha256, done.smtpResponse, id)))();
}

/** Links a completed sending to the notice recorded for it and the folder its files went to. */
export function linkSending(catalog: Catalog, id: number, noticeId: number, sentDir: string): void {
  catalog.stmt('UPDATE notice_sendings SET notice_id = ?, sent_dir = ? WHERE id = ?').run(noticeId, sentDir, id);
}

/** Every completed sending, oldest first; only those of one notice when given. */
export function listSendings(catalog: Catalog, noticeId?: number): SendingRow[] {
  const rows = noticeId === undefined
    ? (catalog.stmt("SELECT * FROM notice_sendings WHERE status = 'sent' ORDER BY sent_at, id").all() as SendingDb[])
    : (catalog.stmt("SELECT * FROM notice_sendings WHERE status = 'sent' AND notice_id = ? ORDER BY sent_at, id").all(noticeId) as SendingDb[]);
  return rows.map(toRow);
}

/** Packets in the catalog that no notice was recorded for, oldest first. */
export function unsentPacketIds(catalog: Catalog): string[] {
  return (catalog.stmt('SELECT id FROM packets WHERE id NOT IN (SELECT packet_id FROM notices WHERE packet_id IS NOT NULL) ORDER BY created_at, id').all() as { id: string }[]).map((r) => r.id);
}

/** The notices a Message-ID was sent with (several for a batched message). */
export function noticesOfMessageId(catalog: Catalog, messageId: string): number[] {
  return (catalog.stmt("SELECT DISTINCT notice_id FROM notice_sendings WHERE status = 'sent' AND message_id = ? AND notice_id IS NOT NULL").all(messageId) as { notice_id: number }[]).map((r) => r.notice_id);
}
