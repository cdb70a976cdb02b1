import type { Catalog } from '../../catalog/index.js';

export type ProposalKind = 'ack' | 'decision' | 'unmatched';
export type ProposalStatus = 'proposed' | 'accepted' | 'dismissed';

/** A message read from the mailbox and what it is proposed to record. */
export interface InboxProposal {
  id: number;
  mailbox: string;
  uidValidity: string;
  uid: number;
  messageId: string | null;
  from: string | null;
  subject: string | null;
  receivedAt: string | null;
  fetchedAt: string;
  rawSha256: string;
  /** The message as read, beside the catalog (<dataDir>/inbox/…). */
  file: string;
  noticeId: number | null;
  matchedBy: string | null;
  proposal: ProposalKind;
  outcome: string | null;
  /** The words that gave the proposal away, or the reply's first lines. */
  excerpt: string | null;
  status: ProposalStatus;
  decidedBy: string | null;
  decidedAt: string | null;
}

interface Db {
  id: number;
  mailbox: string;
  uid_validity: string;
  uid: number;
  message_id: string | null;
  from_address: string | null;
  subject: string | null;
  received_at: string | null;
  fetched_at: string;
  raw_sha256: string;
  file: string;
  notice_id: number | null;
  matched_by: string | null;
  proposal: ProposalKind;
  outcome: string | null;
  excerpt: string | null;
  status: ProposalStatus;
  decided_by: string | null;
  decided_at: string | null;
}

const toProposal = (r: Db): InboxProposal => ({
  id: r.id,
  mailbox: r.mailbox,
  uidValidity: r.uid_validity,
  uid: r.uid,
  messageId: r.message_id,
  from: r.from_address,
  subject: r.subject,
  receivedAt: r.received_at,
  fetchedAt: r.fetched_at,
  rawSha256: r.raw_sha256,
  file: r.file,
  noticeId: r.notice_id,
  matchedBy: r.matched_by,
  proposal: r.proposal,
  outcome: r.outcome,
  excerpt: r.excerpt,
  status: r.status,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
});

export type NewProposal = Omit<InboxProposal, 'id' | 'status' | 'decidedBy' | 'decidedAt'>;

/** Stores a message read from the mailbox once (by mailbox, UIDVALIDITY and UID); returns its id, or null when it was already stored. */
export function addProposal(catalog: Catalog, p: NewProposal): number | null {
  const r = catalog
    .stmt('INSERT OR IGNORE INTO inbox_messages (mailbox, uid_validity, uid, message_id, from_address, subject, received_at, fetched_at, raw_sha256, file, notice_id, matched_by, proposal, outcome, excerpt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(p.mailbox, p.uidValidity, p.uid, p.messageId, p.from, p.subject, p.receivedAt, p.fetchedAt, p.rawSha256, p.file, p.noticeId, p.matchedBy, p.proposal, p.outcome, p.excerpt);
  return r.changes > 0 ? Number(r.lastInsertRowid) : null;
}

/** The highest UID stored for a mailbox under this UIDVALIDITY (0: none; a new UIDVALIDITY starts again). */
export function lastUid(catalog: Catalog, mailbox: string, uidValidity: string): number {
  return (catalog.stmt('SELECT MAX(uid) AS uid FROM inbox_messages WHERE mailbox = ? AND uid_validity = ?').get(mailbox, uidValidity) as { uid: number | null }).uid ?? 0;
}

export function getProposal(catalog: Catalog, id: number): InboxProposal | null {
  const r = catalog.stmt('SELECT * FROM inbox_messages WHERE id = ?').get(id) as Db | undefined;
  return r ? toProposal(r) : null;
}

/** Proposals in the order the messages were read; by default those still waiting for a person. */
export function listProposals(catalog: Catalog, status: ProposalStatus | 'all' = 'proposed'): InboxProposal[] {
  const rows = status === 'all' ? (catalog.stmt('SELECT * FROM inbox_messages ORDER BY id').all() as Db[]) : (catalog.stmt('SELECT * FROM inbox_messages WHERE status = ? ORDER BY id').all(status) as Db[]);
  return rows.map(toProposal);
}

export function decideProposal(catalog: Catalog, id: number, d: { status: 'accepted' | 'dismissed'; by: string; at: string; noticeId: number | null; proposal: ProposalKind; outcome: string | null }): void {
  catalog.stmt('UPDATE inbox_messages SET status = ?, decided_by = ?, decided_at = ?, notice_id = ?, proposal = ?, outcome = ? WHERE id = ?').run(d.status, d.by, d.at, d.noticeId, d.proposal, d.outcome, id);
}
