import type { Catalog } from './catalog.js';

/** Who a notice went to: the referral recipients plus the earlier links of the takedown chain. */
/** Every recipient kind a notice can go to (the same ids as src/refer/kinds/registry.ts; a test keeps them equal). */
export const NOTICE_RECIPIENTS = ['site', 'registrant', 'host', 'cdn', 'registrar', 'sidn', 'acm', 'payment', 'signin', 'appstore', 'messaging', 'search-engine', 'ap', 'police'] as const;
export type NoticeRecipient = (typeof NOTICE_RECIPIENTS)[number];

export const NOTICE_CHANNELS = ['email', 'form', 'api', 'post', 'other'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

/** What a recipient decided; `removed` is also what a re-check records when the page is gone. */
export const DECISIONS = ['removed', 'partially-removed', 'refused', 'forwarded', 'no-action'] as const;
/**
 * Decisions that count as acting on a notice (the content is gone, or the notice went where it can be
 * acted on). A notice is acted on at the earliest such decision or re-check that found the page gone;
 * the provider dossiers and the period reports both count it so.
 */
export const ACTED_DECISIONS: readonly string[] = ['removed', 'partially-removed', 'forwarded'];
export type Decision = (typeof DECISIONS)[number];

export interface PacketRow {
  id: string;
  recipientType: NoticeRecipient;
  recipientName: string;
  recipientAddress: string | null;
  domains: string[];
  lang: string;
  dir: string;
  sha256: string;
  caseId: string | null;
  createdAt: string;
}

export interface NoticeEvent {
  kind: 'ack' | 'decision' | 'recheck';
  at: string;
  outcome: string | null;
  note: string | null;
  bundleId: string | null;
}

export interface NoticeRow {
  id: number;
  packetId: string | null;
  recipientType: NoticeRecipient;
  recipient: string;
  channel: NoticeChannel;
  sentAt: string;
  packetSha256: string | null;
  reference: string | null;
  domains: string[];
  urls: string[];
  events: NoticeEvent[];
}

export function recordPacket(catalog: Catalog, p: PacketRow): void {
  catalog
    .stmt('INSERT OR REPLACE INTO packets (id, recipient_type, recipient_name, recipient_address, domains_json, lang, dir, sha256, case_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(p.id, p.recipientType, p.recipientName, p.recipientAddress, JSON.stringify(p.domains), p.lang, p.dir, p.sha256, p.caseId, p.createdAt);
}

/** A packets row as either backend returns it. */
export interface PacketDb {
  id: string;
  recipient_type: NoticeRecipient;
  recipient_name: string;
  recipient_address: string | null;
  domains_json: string;
  lang: string;
  dir: string;
  sha256: string;
  case_id: string | null;
  created_at: string;
}

export const toPacket = (r: PacketDb): PacketRow => ({
  id: r.id,
  recipientType: r.recipient_type,
  recipientName: r.recipient_name,
  recipientAddress: r.recipient_address,
  domains: JSON.parse(r.domains_json) as string[],
  lang: r.lang,
  dir: r.dir,
  sha256: r.sha256,
  caseId: r.case_id,
  createdAt: r.created_at,
});

export function findPacket(catalog: Catalog, id: string): PacketRow | null {
  const r = catalog.stmt('SELECT * FROM packets WHERE id = ?').get(id) as PacketDb | undefined;
  return r ? toPacket(r) : null;
}

export function packetsOf(catalog: Catalog, domain: string): PacketRow[] {
  return (catalog.stmt('SELECT p.* FROM packets p, json_each(p.domains_json) d WHERE d.value = ? ORDER BY p.created_at').all(domain) as PacketDb[]).map(toPacket);
}

export interface NewNotice {
  packetId: string | null;
  recipientType: NoticeRecipient;
  recipient: string;
  channel: NoticeChannel;
  sentAt: string;
  packetSha256: string | null;
  reference: string | null;
  domains: string[];
  urls: string[];
}

export function recordNotice(catalog: Catalog, n: NewNotice): number {
  const result = catalog
    .stmt('INSERT INTO notices (packet_id, recipient_type, recipient, channel, sent_at, packet_sha256, reference, domains_json, urls_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(n.packetId, n.recipientType, n.recipient, n.channel, n.sentAt, n.packetSha256, n.reference, JSON.stringify(n.domains), JSON.stringify(n.urls));
  return Number(result.lastInsertRowid);
}

export function addNoticeEvent(catalog: Catalog, noticeId: number, e: NoticeEvent): void {
  catalog.stmt('INSERT INTO notice_events (notice_id, kind, at, outcome, note, bundle_id) VALUES (?, ?, ?, ?, ?, ?)').run(noticeId, e.kind, e.at, e.outcome, e.note, e.bundleId);
}

/** A notices row as either backend returns it (PostgreSQL gives bigint ids as strings). */
export interface NoticeDb {
  id: number | string;
  packet_id: string | null;
  recipient_type: NoticeRecipient;
  recipient: string;
  channel: NoticeChannel;
  sent_at: string;
  packet_sha256: string | null;
  reference: string | null;
  domains_json: string;
  urls_json: string;
}

/** A notice_events row as either backend returns it. */
export type NoticeEventDb = Omit<NoticeEvent, 'bundleId'> & { bundle_id: string | null };

export const toEvent = (e: NoticeEventDb): NoticeEvent => ({ kind: e.kind, at: e.at, outcome: e.outcome, note: e.note, bundleId: e.bundle_id });

/** A notice with its events, from the rows of either backend. */
export function toNotice(r: NoticeDb, events: NoticeEvent[]): NoticeRow {
  return {
    id: Number(r.id),
    packetId: r.packet_id,
    recipientType: r.recipient_type,
    recipient: r.recipient,
    channel: r.channel,
    sentAt: r.sent_at,
    packetSha256: r.packet_sha256,
    reference: r.reference,
    domains: JSON.parse(r.domains_json) as string[],
    urls: JSON.parse(r.urls_json) as string[],
    events,
  };
}

function withEvents(catalog: Catalog, r: NoticeDb): NoticeRow {
  return toNotice(r, (catalog.stmt('SELECT kind, at, outcome, note, bundle_id FROM notice_events WHERE notice_id = ? ORDER BY at, id').all(r.id) as NoticeEventDb[]).map(toEvent));
}

/** The notice recorded for a packet, if it was recorded as sent. */
export function noticeOfPacket(catalog: Catalog, packetId: string): { id: number; sentAt: string } | null {
  const row = catalog.stmt('SELECT id, sent_at FROM notices WHERE packet_id = ? ORDER BY id LIMIT 1').get(packetId) as { id: number; sent_at: string } | undefined;
  return row ? { id: row.id, sentAt: row.sent_at } : null;
}

export function findNotice(catalog: Catalog, id: number): NoticeRow | null {
  const r = catalog.stmt('SELECT * FROM notices WHERE id = ?').get(id) as NoticeDb | undefined;
  return r ? withEvents(catalog, r) : null;
}

/** Notices, oldest first; only those about one of `domains` when given. */
export function listNotices(catalog: Catalog, domains: string[] = []): NoticeRow[] {
  const rows = catalog.stmt('SELECT * FROM notices ORDER BY sent_at, id').all() as NoticeDb[];
  const wanted = new Set(domains);
  return rows.map((r) => withEvents(catalog, r)).filter((n) => wanted.size === 0 || n.domains.some((d) => wanted.has(d)));
}
