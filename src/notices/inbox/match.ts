import type { NoticeRow } from '../../catalog/index.js';
import type { SendingRow } from '../send/sendings.js';

/** What of a reply is used to find its notice. */
export interface ReplyFacts {
  messageId: string | null;
  inReplyTo: string[];
  references: string[];
  from: string | null;
  subject: string;
  text: string;
}

/** How the notice was found; 'sent-copy' is a copy of a message dijkwacht sent itself (the archive), never an answer. */
export type MatchedBy = 'in-reply-to' | 'references' | 'packet-id' | 'domain' | 'address' | 'address-domain' | 'sent-copy';

export interface Match {
  noticeId: number | null;
  matchedBy: MatchedBy | null;
  /** Other notices that fit as well (a person picks with accept --notice). */
  alsoFits: number[];
}

const ids = (s: string): string[] => [...s.matchAll(/<[^<>\s]+>/g)].map((m) => m[0].toLowerCase());

/** Message-IDs in a header value, lower-cased in their angle brackets. */
export const messageIds = (values: (string | null | undefined)[]): string[] => [...new Set(values.flatMap((v) => (v ? ids(v) : [])))];

const newestFirst = (a: NoticeRow, b: NoticeRow): number => b.sentAt.localeCompare(a.sentAt) || b.id - a.id;

const mailDomain = (a: string): string => a.split('@').at(-1)!.toLowerCase();

/** The domain names a text mentions as whole names (not as part of a longer one). */
const mentions = (text: string, domain: string): boolean => new RegExp(`(?<![a-z0-9.-])${domain.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9-]|\\.[a-z0-9])`, 'i').test(text);

function pick(found: NoticeRow[], by: MatchedBy): Match | null {
  if (found.length === 0) return null;
  const sorted = [...new Map(found.map((n) => [n.id, n])).values()].sort(newestFirst);
  return { noticeId: sorted[0]!.id, matchedBy: by, alsoFits: sorted.slice(1).map((n) => n.id) };
}

/**
 * Finds the notice a reply answers, most certain first: its In-Reply-To, then its References
 * against the Message-IDs dijkwacht sent; else a packet id, then a domain of a notice named in its
 * subject or body (preferring notices to the sender's address); else the sender's address, then its
 * mail domain, against the addresses notices went to (the newest such notice). No match: null.
 */
export function matchReply(reply: ReplyFacts, notices: NoticeRow[], sendings: SendingRow[]): Match {
  const byMessageId = new Map<string, number[]>();
  for (const s of sendings) if (s.noticeId !== null) byMessageId.set(s.messageId.toLowerCase(), [...(byMessageId.get(s.messageId.toLowerCase()) ?? []), s.noticeId]);
  const byId = new Map(notices.map((n) => [n.id, n]));
  const viaIds = (list: string[]): NoticeRow[] => list.flatMap((id) => byMessageId.get(id) ?? []).map((id) => byId.get(id)).filter((n): n is NoticeRow => n !== undefined);
  const own = reply.messageId ? byMessageId.has(reply.messageId.toLowerCase()) : false;
  if (own) return { noticeId: null, matchedBy: 'sent-copy', alsoFits: [] };
  const direct = pick(viaIds(reply.inReplyTo), 'in-reply-to') ?? pick(viaIds(reply.references), 'references');
  if (direct) return direct;
  const words = `${reply.subject}\n${reply.text}`;
  const from = reply.from?.toLowerCase() ?? null;
  const toSender = (list: NoticeRow[]): NoticeRow[] => {
    const exact = list.filter((n) => from !== null && n.recipient.toLowerCase() === from);
    return exact.length > 0 ? exact : list;
  };
  const withPacket = notices.filter((n) => n.packetId && words.toLowerCase().includes(n.packetId.toLowerCase()));
  const viaPacket = pick(withPacket, 'packet-id');
  if (viaPacket) return viaPacket;
  const withDomain = notices.filter((n) => n.domains.some((d) => mentions(words, d)));
  const viaDomain = pick(toSender(withDomain), 'domain');
  if (viaDomain) return viaDomain;
  if (from) {
    const viaAddress = pick(notices.filter((n) => n.recipient.toLowerCase() === from), 'address');
    if (viaAddress) return viaAddress;
    const viaMailDomain = pick(notices.filter((n) => n.recipient.includes('@') && mailDomain(n.recipient) === mailDomain(from)), 'address-domain');
    if (viaMailDomain) return viaMailDomain;
  }
  return { noticeId: null, matchedBy: null, alsoFits: [] };
}
