/**
 * Migration 12: notices sent by dijkwacht itself (`notices send --approve`): who approved, the
 * Message-ID, the SMTP transcript's hash, and re-notice bookkeeping; and the replies read from the
 * sender's mailbox (`notices inbox --imap`) with what they are proposed to record.
 *
 * notice_sendings: one row per packet per transmission. A row is claimed ('sending') before the
 * SMTP conversation and either completed ('sent') or deleted when the server refuses, so a packet
 * is never sent twice by two processes at once (the partial unique index) and a refused send leaves
 * nothing behind. The packets of one batched message share batch_id and message_id.
 *
 * inbox_messages: one row per message read from the mailbox (mailbox, UIDVALIDITY, UID), kept also
 * when it matches no notice; nothing is recorded on a notice until a person accepts the proposal.
 */
export const MIGRATION = `
  CREATE TABLE notice_sendings (
    id INTEGER PRIMARY KEY,
    packet_id TEXT NOT NULL,
    notice_id INTEGER REFERENCES notices(id),
    kind TEXT NOT NULL CHECK (kind IN ('notice', 'renotice')),
    status TEXT NOT NULL CHECK (status IN ('sending', 'sent')),
    recipient TEXT NOT NULL,
    envelope_json TEXT NOT NULL,
    message_id TEXT NOT NULL,
    approver TEXT NOT NULL,
    batch_id TEXT NOT NULL,
    claimed_by TEXT NOT NULL,
    started_at TEXT NOT NULL,
    sent_at TEXT,
    message_sha256 TEXT,
    transcript_sha256 TEXT,
    smtp_response TEXT,
    sent_dir TEXT
  );
  CREATE UNIQUE INDEX notice_sendings_once ON notice_sendings(packet_id) WHERE kind = 'notice';
  CREATE INDEX notice_sendings_message ON notice_sendings(message_id);
  CREATE INDEX notice_sendings_notice ON notice_sendings(notice_id, started_at);
  CREATE TABLE inbox_messages (
    id INTEGER PRIMARY KEY,
    mailbox TEXT NOT NULL,
    uid_validity TEXT NOT NULL,
    uid INTEGER NOT NULL,
    message_id TEXT,
    from_address TEXT,
    subject TEXT,
    received_at TEXT,
    fetched_at TEXT NOT NULL,
    raw_sha256 TEXT NOT NULL,
    file TEXT NOT NULL,
    notice_id INTEGER REFERENCES notices(id),
    matched_by TEXT,
    proposal TEXT NOT NULL CHECK (proposal IN ('ack', 'decision', 'unmatched')),
    outcome TEXT,
    excerpt TEXT,
    status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'dismissed')),
    decided_by TEXT,
    decided_at TEXT,
    UNIQUE (mailbox, uid_validity, uid)
  );
  CREATE INDEX inbox_messages_status ON inbox_messages(status, id);
`;
