import type { Catalog } from '../catalog.js';
import type { NoticeEvent, NoticeRecipient } from '../notices.js';

/** A notice as a provider dossier reads it: with the packet it carried (folder, case) and its events. */
export interface ProviderNotice {
  id: number;
  recipientType: NoticeRecipient;
  /** The address or form the notice went to. */
  recipient: string;
  /** The recipient's name as the packet gave it (null for a notice recorded by hand). */
  recipientName: string | null;
  sentAt: string;
  packetId: string | null;
  packetSha256: string | null;
  packetDir: string | null;
  caseId: string | null;
  domains: string[];
  events: NoticeEvent[];
}

/** Notices across cases for provider dossiers and rankings. Async: a second backend implements the same contract. */
export interface ProvidersRepository {
  /** Every notice sent at or after `since` (ISO; all when null), oldest first, with its events in order. */
  notices(since: string | null): Promise<ProviderNotice[]>;
}

interface Row {
  id: number;
  recipient_type: NoticeRecipient;
  recipient: string;
  recipient_name: string | null;
  sent_at: string;
  packet_id: string | null;
  packet_sha256: string | null;
  dir: string | null;
  case_id: string | null;
  domains_json: string;
}

interface EventRow {
  notice_id: number;
  kind: NoticeEvent['kind'];
  at: string;
  outcome: string | null;
  note: string | null;
  bundle_id: string | null;
}

export class SqliteProvidersRepository implements ProvidersRepository {
  readonly #catalog: Catalog;

  constructor(catalog: Catalog) {
    this.#catalog = catalog;
  }

  notices(since: string | null): Promise<ProviderNotice[]> {
    const rows = this.#catalog
      .stmt(
        `SELECT n.id, n.recipient_type, n.recipient, p.recipient_name, n.sent_at, n.packet_id, n.packet_sha256, p.dir, p.case_id, n.domains_json
           FROM notices n LEFT JOIN packets p ON p.id = n.packet_id
          WHERE (? IS NULL OR n.sent_at >= ?)
          ORDER BY n.sent_at, n.id`,
      )
      .all(since, since) as Row[];
    const events = new Map<number, NoticeEvent[]>();
    for (const e of this.#catalog.stmt('SELECT notice_id, kind, at, outcome, note, bundle_id FROM notice_events ORDER BY at, id').all() as EventRow[]) {
      const list = events.get(e.notice_id) ?? events.set(e.notice_id, []).get(e.notice_id)!;
      list.push({ kind: e.kind, at: e.at, outcome: e.outcome, note: e.note, bundleId: e.bundle_id });
    }
    return Promise.resolve(
      rows.map((r) => ({
        id: r.id,
        recipientType: r.recipient_type,
        recipient: r.recipient,
        recipientName: r.recipient_name,
        sentAt: r.sent_at,
        packetId: r.packet_id,
        packetSha256: r.packet_sha256,
        packetDir: r.dir,
        caseId: r.case_id,
        domains: JSON.parse(r.domains_json) as string[],
        events: events.get(r.id) ?? [],
      })),
    );
  }
}
