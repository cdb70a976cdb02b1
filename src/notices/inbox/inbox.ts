import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Catalog, DECISIONS, findNotice, listNotices } from '../../catalog/index.js';
import { UsageError } from '../../core/errors.js';
import { sha256Hex } from '../../core/hash.js';
import type { Options } from '../../options/index.js';
import { recordAck, recordDecision } from '../record.js';
import { serverPassword, type SendingConfig } from '../send/config.js';
import { listSendings } from '../send/sendings.js';
import { matchReply, messageIds } from './match.js';
import { addProposal, decideProposal, getProposal, lastUid, type InboxProposal, type ProposalKind } from './proposals.js';
import { readMailbox } from './read.js';
import { ownWords, readReply } from './words.js';

export interface InboxRead {
  mailbox: string;
  /** Messages read this time (each stored as a proposal, matched or not). */
  read: number;
  proposals: InboxProposal[];
}

const oneLine = (s: string, n = 200): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length <= n ? t : `${t.slice(0, n - 1)}…`;
};

/**
 * Reads the new messages of the configured mailbox (sending.imap) and proposes for each what to
 * record: an acknowledgement or a decision on the notice it answers, or "unmatched". Every message is
 * kept (its bytes under <dataDir>/inbox/, its proposal in the catalog), matched or not; nothing is
 * recorded on a notice until a person accepts the proposal.
 */
export async function readInbox(options: Options, config: SendingConfig, env: NodeJS.ProcessEnv = process.env): Promise<InboxRead> {
  const imap = config.imap;
  if (!imap) throw new UsageError('No IMAP server is configured: add "imap" { host, port, secure, user, passwordEnv, mailbox } to the "sending" section of the config file.');
  const password = serverPassword(imap, 'IMAP', env);
  const catalog = new Catalog(options.dataDir);
  try {
    const box = await readMailbox(imap, password, (uv) => lastUid(catalog, imap.mailbox, uv));
    const notices = listNotices(catalog);
    const sendings = listSendings(catalog);
    const dir = resolve(options.dataDir, 'inbox', box.mailbox.replace(/[^A-Za-z0-9._-]/g, '_'));
    await mkdir(dir, { recursive: true });
    const proposals: InboxProposal[] = [];
    for (const m of box.messages) {
      const file = join(dir, `${box.uidValidity}-${m.uid}.eml`);
      await writeFile(`${file}.tmp`, m.raw);
      await rename(`${file}.tmp`, file);
      const match = matchReply({ messageId: m.messageId, inReplyTo: messageIds([m.inReplyTo]), references: messageIds([m.references]), from: m.from, subject: m.subject, text: m.text }, notices, sendings);
      const read = match.noticeId === null ? null : readReply(m.subject, m.text);
      const excerpt = match.matchedBy === 'sent-copy' ? 'a copy of a message dijkwacht sent, not an answer' : (read?.cue ?? (oneLine(ownWords(m.text)) || null));
      const also = match.alsoFits.length > 0 ? ` (also fits #${match.alsoFits.join(', #')})` : '';
      const id = addProposal(catalog, {
        mailbox: box.mailbox,
        uidValidity: box.uidValidity,
        uid: m.uid,
        messageId: m.messageId,
        from: m.from,
        subject: m.subject,
        receivedAt: m.date,
        fetchedAt: new Date().toISOString(),
        rawSha256: sha256Hex(m.raw),
        file,
        noticeId: match.noticeId,
        matchedBy: match.matchedBy ? `${match.matchedBy}${also}` : null,
        proposal: read?.proposal ?? 'unmatched',
        outcome: read?.outcome ?? null,
        excerpt,
      });
      if (id !== null) proposals.push(getProposal(catalog, id)!);
    }
    return { mailbox: box.mailbox, read: box.messages.length, proposals };
  } finally {
    catalog.close();
  }
}

export interface AcceptInput {
  /** Who confirms (written with the record). */
  by: string;
  /** Record it on this notice instead of (or, for an unmatched message, in the absence of) the proposed one. */
  notice?: number | null;
  /** Record this instead of the proposal: ack, or a decision (removed, partially-removed, refused, forwarded, no-action). */
  as?: string | null;
}

/** When the answer came: the message's date, never before the notice nor in the future. */
const answeredAt = (p: InboxProposal, sentAt: string): string => {
  const at = p.receivedAt ?? p.fetchedAt;
  const now = new Date().toISOString();
  return at < sentAt ? sentAt : at > now ? now : at;
};

/**
 * Records proposals as a person confirmed them (recordAck / recordDecision), checking all of them
 * first: an unknown or already handled id, or a message that matches no notice without --notice,
 * records nothing at all.
 */
export function acceptProposals(catalog: Catalog, ids: number[], input: AcceptInput): { id: number; noticeId: number; recorded: ProposalKind; outcome: string | null }[] {
  if (!input.by.trim()) throw new UsageError('Say who confirms: --by "Your Name".');
  if (input.as && input.as !== 'ack' && !(DECISIONS as readonly string[]).includes(input.as)) throw new UsageError(`Unknown --as "${input.as}"; use ack, ${DECISIONS.join(', ')}.`);
  const planned = ids.map((id) => {
    const p = getProposal(catalog, id);
    if (!p) throw new UsageError(`No inbox message #${id}: "dijkwacht notices inbox" lists them.`);
    if (p.status !== 'proposed') throw new UsageError(`Inbox message #${id} was already ${p.status}${p.decidedBy ? ` by ${p.decidedBy}` : ''}: nothing was recorded.`);
    const noticeId = input.notice ?? p.noticeId;
    if (noticeId === null) throw new UsageError(`Inbox message #${id} (${p.from ?? 'unknown sender'}: "${p.subject ?? ''}") matches no notice: name the notice with --notice N (see "dijkwacht notices list"), or dismiss it.`);
    const notice = findNotice(catalog, noticeId);
    if (!notice) throw new UsageError(`No notice ${noticeId}: see "dijkwacht notices list".`);
    const as = input.as ?? (p.proposal === 'decision' ? p.outcome : 'ack');
    if (!as) throw new UsageError(`Inbox message #${id} has no proposal to accept: give --as ack|removed|refused|forwarded.`);
    return { p, notice, as };
  });
  const out: { id: number; noticeId: number; recorded: ProposalKind; outcome: string | null }[] = [];
  catalog.db.transaction(() => {
    for (const { p, notice, as } of planned) {
      const date = answeredAt(p, notice.sentAt);
      const note = `${p.from ?? 'unknown sender'}: "${oneLine(p.subject ?? '', 120)}"${p.excerpt ? ` — ${oneLine(p.excerpt, 160)}` : ''} (inbox #${p.id}, message SHA-256 ${p.rawSha256}; confirmed by ${input.by.trim()})`;
      if (as === 'ack') recordAck(catalog, String(notice.id), { date, note });
      else recordDecision(catalog, String(notice.id), { outcome: as, date, note });
      const recorded: ProposalKind = as === 'ack' ? 'ack' : 'decision';
      const outcome = as === 'ack' ? null : as;
      decideProposal(catalog, p.id, { status: 'accepted', by: input.by.trim(), at: new Date().toISOString(), noticeId: notice.id, proposal: recorded, outcome });
      out.push({ id: p.id, noticeId: notice.id, recorded, outcome });
    }
  })();
  return out;
}

/** Marks proposals as seen and not to be recorded (spam, an out-of-office); the message stays stored. */
export function dismissProposals(catalog: Catalog, ids: number[], by: string): void {
  if (!by.trim()) throw new UsageError('Say who dismisses: --by "Your Name".');
  for (const id of ids) {
    const p = getProposal(catalog, id);
    if (!p) throw new UsageError(`No inbox message #${id}: "dijkwacht notices inbox" lists them.`);
    if (p.status !== 'proposed') throw new UsageError(`Inbox message #${id} was already ${p.status}.`);
  }
  catalog.db.transaction(() => {
    for (const id of ids) {
      const p = getProposal(catalog, id)!;
      decideProposal(catalog, id, { status: 'dismissed', by: by.trim(), at: new Date().toISOString(), noticeId: p.noticeId, proposal: p.proposal, outcome: p.outcome });
    }
  })();
}
