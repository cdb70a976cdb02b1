import { toEvent, toNotice, toPacket, type NewNotice, type NoticeDb, type NoticeEvent, type NoticeEventDb, type NoticeRow, type PacketDb, type PacketRow } from '../notices.js';
import { noNotice, type NoticeEventsRepository } from '../repositories/notice-events.js';
import type { Pool } from './pool.js';

type EventRecord = NoticeEventDb & { notice_id: string };

/** Notices and their events on the shared catalog: the same rows and order as on SQLite. */
export class PostgresNoticeEventsRepository implements NoticeEventsRepository {
  readonly #pool: Pool;

  constructor(pool: Pool) {
    this.#pool = pool;
  }

  async recordPacket(p: PacketRow): Promise<void> {
    await this.#pool.query(
      `INSERT INTO packets (id, recipient_type, recipient_name, recipient_address, domains_json, lang, dir, sha256, case_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (id) DO UPDATE SET recipient_type = excluded.recipient_type, recipient_name = excluded.recipient_name, recipient_address = excluded.recipient_address,
         domains_json = excluded.domains_json, lang = excluded.lang, dir = excluded.dir, sha256 = excluded.sha256, case_id = excluded.case_id, created_at = excluded.created_at`,
      [p.id, p.recipientType, p.recipientName, p.recipientAddress, JSON.stringify(p.domains), p.lang, p.dir, p.sha256, p.caseId, p.createdAt],
    );
  }

  async recordNotice(n: NewNotice): Promise<number> {
    const result = await this.#pool.query<{ id: string }>(
      'INSERT INTO notices (packet_id, recipient_type, recipient, channel, sent_at, packet_sha256, reference, domains_json, urls_json) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id',
      [n.packetId, n.recipientType, n.recipient, n.channel, n.sentAt, n.packetSha256, n.reference, JSON.stringify(n.domains), JSON.stringify(n.urls)],
    );
    return Number(result.rows[0]!.id);
  }

  async packet(id: string): Promise<PacketRow | null> {
    const r = (await this.#pool.query<PacketDb>('SELECT * FROM packets WHERE id = $1', [id])).rows[0];
    return r ? toPacket(r) : null;
  }

  async notice(id: number): Promise<NoticeRow | null> {
    const rows = (await this.#pool.query<NoticeDb>('SELECT * FROM notices WHERE id = $1', [id])).rows;
    return (await this.#withEvents(rows))[0] ?? null;
  }

  async notices(domains: string[] = []): Promise<NoticeRow[]> {
    // domains_json is a JSON array of names: `?|` keeps the notices naming any of them.
    const rows = domains.length === 0
      ? (await this.#pool.query<NoticeDb>('SELECT * FROM notices ORDER BY sent_at COLLATE "C", id')).rows
      : (await this.#pool.query<NoticeDb>('SELECT * FROM notices WHERE domains_json::jsonb ?| $1::text[] ORDER BY sent_at COLLATE "C", id', [domains])).rows;
    return this.#withEvents(rows);
  }

  async addEvent(noticeId: number, e: NoticeEvent): Promise<void> {
    try {
      await this.#pool.query('INSERT INTO notice_events (notice_id, kind, at, outcome, note, bundle_id) VALUES ($1, $2, $3, $4, $5, $6)', [noticeId, e.kind, e.at, e.outcome, e.note, e.bundleId]);
    } catch (error) {
      if ((error as { code?: string }).code === '23503') throw noNotice(noticeId, error);
      throw error;
    }
  }

  /** The notices with their events, read in one query for all of them. */
  async #withEvents(rows: NoticeDb[]): Promise<NoticeRow[]> {
    if (rows.length === 0) return [];
    const events = (
      await this.#pool.query<EventRecord>('SELECT notice_id, kind, at, outcome, note, bundle_id FROM notice_events WHERE notice_id = ANY($1::bigint[]) ORDER BY at COLLATE "C", id', [rows.map((r) => String(r.id))])
    ).rows;
    const byNotice = new Map<string, NoticeEvent[]>();
    for (const e of events) (byNotice.get(e.notice_id) ?? byNotice.set(e.notice_id, []).get(e.notice_id)!).push(toEvent(e));
    return rows.map((r) => toNotice(r, byNotice.get(String(r.id)) ?? []));
  }
}
