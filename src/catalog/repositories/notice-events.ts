import { UsageError } from '../../core/errors.js';
import type { Catalog } from '../catalog.js';
import { addNoticeEvent, findNotice, findPacket, listNotices, recordNotice, recordPacket, type NewNotice, type NoticeEvent, type NoticeRow, type PacketRow } from '../notices.js';

/**
 * Notices and their dated events (acknowledgements, decisions, re-checks), on either backend: what
 * a re-check reads (the open notices about some domains, the case of each notice's packet) and
 * writes (one re-check event per notice). Events of a notice are ordered by time, then by when
 * they were added.
 */
export interface NoticeEventsRepository {
  recordPacket(packet: PacketRow): Promise<void>;
  /** Records a notice as sent; returns its id. */
  recordNotice(notice: NewNotice): Promise<number>;
  packet(id: string): Promise<PacketRow | null>;
  notice(id: number): Promise<NoticeRow | null>;
  /** Notices with their events, oldest first; only those about one of `domains` when given. */
  notices(domains?: string[]): Promise<NoticeRow[]>;
  /** Adds a dated event to a notice; a UsageError when there is no such notice. */
  addEvent(noticeId: number, event: NoticeEvent): Promise<void>;
}

export const noNotice = (id: number, cause?: unknown): UsageError =>
  new UsageError(`No notice #${id} in the catalog; "dijkwacht notices list" shows the notices.`, { cause });

/** Notices in the embedded SQLite catalog: the functions of catalog/notices.ts. */
export class SqliteNoticeEventsRepository implements NoticeEventsRepository {
  readonly #catalog: Catalog;

  constructor(catalog: Catalog) {
    this.#catalog = catalog;
  }

  async recordPacket(packet: PacketRow): Promise<void> {
    recordPacket(this.#catalog, packet);
  }

  async recordNotice(notice: NewNotice): Promise<number> {
    return recordNotice(this.#catalog, notice);
  }

  async packet(id: string): Promise<PacketRow | null> {
    return findPacket(this.#catalog, id);
  }

  async notice(id: number): Promise<NoticeRow | null> {
    return findNotice(this.#catalog, id);
  }

  async notices(domains: string[] = []): Promise<NoticeRow[]> {
    return listNotices(this.#catalog, domains);
  }

  async addEvent(noticeId: number, event: NoticeEvent): Promise<void> {
    try {
      addNoticeEvent(this.#catalog, noticeId, event);
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw noNotice(noticeId, error);
      throw error;
    }
  }
}
