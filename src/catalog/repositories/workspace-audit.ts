import { utcNow } from '../../core/time.js';
import type { Catalog } from '../catalog.js';

/** What the workspace records: every verdict and every action that changes or produces something. */
export const AUDIT_ACTIONS = ['login', 'confirm', 'override', 'skip', 'bulk-confirm', 'verify', 'export', 'escalation-packet', 'ack', 'decision', 'start'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  id: number;
  at: string;
  reviewer: string;
  action: AuditAction;
  /** A domain, case id, notice number or the workspace itself. */
  target: string;
  detail: Record<string, unknown>;
}

/** The workspace's audit trail. Async, so a second backend (PostgreSQL) implements the same contract. */
export interface WorkspaceAuditRepository {
  record(entry: Omit<AuditEntry, 'id' | 'at'> & { at?: string }): Promise<number>;
  /** Newest first. */
  recent(limit: number): Promise<AuditEntry[]>;
  /** Every entry about one target, oldest first. */
  ofTarget(target: string): Promise<AuditEntry[]>;
  /** The newest entry of an action on a target, or null. */
  last(action: AuditAction, target: string): Promise<AuditEntry | null>;
  /** Targets a reviewer skipped since `since` (ISO time). */
  skippedSince(reviewer: string, since: string): Promise<Set<string>>;
}

interface AuditDb {
  id: number;
  at: string;
  reviewer: string;
  action: AuditAction;
  target: string;
  detail_json: string;
}

const toEntry = (r: AuditDb): AuditEntry => ({ id: r.id, at: r.at, reviewer: r.reviewer, action: r.action, target: r.target, detail: JSON.parse(r.detail_json) as Record<string, unknown> });

export class SqliteWorkspaceAuditRepository implements WorkspaceAuditRepository {
  readonly #catalog: Catalog;

  constructor(catalog: Catalog) {
    this.#catalog = catalog;
  }

  async record(entry: Omit<AuditEntry, 'id' | 'at'> & { at?: string }): Promise<number> {
    const info = this.#catalog
      .stmt('INSERT INTO workspace_audit (at, reviewer, action, target, detail_json) VALUES (?, ?, ?, ?, ?)')
      .run(entry.at ?? utcNow(), entry.reviewer, entry.action, entry.target, JSON.stringify(entry.detail));
    return Number(info.lastInsertRowid);
  }

  async recent(limit: number): Promise<AuditEntry[]> {
    return (this.#catalog.stmt('SELECT * FROM workspace_audit ORDER BY id DESC LIMIT ?').all(limit) as AuditDb[]).map(toEntry);
  }

  async ofTarget(target: string): Promise<AuditEntry[]> {
    return (this.#catalog.stmt('SELECT * FROM workspace_audit WHERE target = ? ORDER BY id').all(target) as AuditDb[]).map(toEntry);
  }

  async last(action: AuditAction, target: string): Promise<AuditEntry | null> {
    const r = this.#catalog.stmt('SELECT * FROM workspace_audit WHERE action = ? AND target = ? ORDER BY id DESC LIMIT 1').get(action, target) as AuditDb | undefined;
    return r ? toEntry(r) : null;
  }

  async skippedSince(reviewer: string, since: string): Promise<Set<string>> {
    const rows = this.#catalog.stmt("SELECT DISTINCT target FROM workspace_audit WHERE action = 'skip' AND reviewer = ? AND at >= ?").all(reviewer, since) as { target: string }[];
    return new Set(rows.map((r) => r.target));
  }
}
