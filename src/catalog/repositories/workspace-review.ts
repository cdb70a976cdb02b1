import type { Label, PageEvidence } from '../../classify/index.js';
import { utcNow } from '../../core/time.js';
import type { Catalog } from '../catalog.js';
import { reviewSite, type SiteListing } from '../queries.js';
import { SqlitePageEvidenceRepository } from './page-evidence.js';

/** Which part of the review queue to show. */
export interface QueueFilter {
  label: Label | null;
  /** Part of the domain name. */
  search: string | null;
  /** Only sites the rules and the model disagree on. */
  needsReviewOnly: boolean;
  /** Sites this reviewer skipped: shown after the others. */
  skipped: Set<string>;
  limit: number;
}

export interface QueueItem {
  domain: string;
  label: Label;
  score: number;
  needsReview: boolean;
  reviewReasons: string[];
  signals: string[];
  lang: string | null;
  skipped: boolean;
}

export interface QueuePage {
  total: number;
  items: QueueItem[];
}

export interface Verdict {
  domain: string;
  verdict: 'confirm' | 'override';
  label?: Label;
  reviewer: string;
  note: string | null;
}

/**
 * The review queue as the workspace pages through it, and verdicts recorded together with their
 * audit entry. Same order as `dijkwacht review` (SqliteReviewRepository.pending): needsReview
 * first, then classifier-only services; the verdict goes through `reviewSite`, so `sites --json`
 * and `review history` show it.
 */
export interface WorkspaceReviewRepository {
  queue(filter: QueueFilter): Promise<QueuePage>;
  evidenceOf(domain: string): Promise<PageEvidence[]>;
  /** One verdict and its audit entry, in one transaction. */
  decide(verdict: Verdict, detail?: Record<string, unknown>): Promise<SiteListing>;
  /** Confirms every listed site still pending, in one transaction with one audit entry per site. */
  confirmAll(domains: string[], reviewer: string, note: string | null): Promise<string[]>;
}

interface QueueDb {
  domain: string;
  label: Label;
  score: number;
  needs_review: number;
  review_reasons_json: string | null;
  signals_json: string;
  lang: string | null;
}

export class SqliteWorkspaceReviewRepository implements WorkspaceReviewRepository {
  readonly #catalog: Catalog;

  constructor(catalog: Catalog) {
    this.#catalog = catalog;
  }

  async queue(filter: QueueFilter): Promise<QueuePage> {
    const where = ["review_status = 'pending'", "(label != 'unrelated' OR needs_review = 1)"];
    const params: (string | number)[] = [];
    if (filter.label) {
      where.push('label = ?');
      params.push(filter.label);
    }
    if (filter.search) {
      where.push("domain LIKE ? ESCAPE '\\'");
      params.push(`%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
    if (filter.needsReviewOnly) where.push('needs_review = 1');
    const clause = where.join(' AND ');
    const total = (this.#catalog.db.prepare(`SELECT COUNT(*) AS n FROM sites WHERE ${clause}`).get(...params) as { n: number }).n;
    const skipped = [...filter.skipped];
    // Skipped sites sort last; the list of them is bound as JSON so any number fits one statement.
    const rows = this.#catalog.db
      .prepare(
        `SELECT domain, label, score, needs_review, review_reasons_json, signals_json, lang FROM sites WHERE ${clause}
         ORDER BY CASE WHEN domain IN (SELECT value FROM json_each(?)) THEN 1 ELSE 0 END, needs_review DESC, CASE label WHEN 'unrelated' THEN 1 ELSE 0 END, score DESC, domain LIMIT ?`,
      )
      .all(...params, JSON.stringify(skipped), filter.limit) as QueueDb[];
    return {
      total,
      items: rows.map((r) => ({
        domain: r.domain,
        label: r.label,
        score: r.score,
        needsReview: r.needs_review === 1,
        reviewReasons: r.review_reasons_json ? (JSON.parse(r.review_reasons_json) as string[]) : [],
        signals: JSON.parse(r.signals_json) as string[],
        lang: r.lang,
        skipped: filter.skipped.has(r.domain),
      })),
    };
  }

  async evidenceOf(domain: string): Promise<PageEvidence[]> {
    return new SqlitePageEvidenceRepository(this.#catalog).ofDomain(domain);
  }

  #audit(reviewer: string, action: string, target: string, detail: Record<string, unknown>): void {
    this.#catalog.stmt('INSERT INTO workspace_audit (at, reviewer, action, target, detail_json) VALUES (?, ?, ?, ?, ?)').run(utcNow(), reviewer, action, target, JSON.stringify(detail));
  }

  async decide(v: Verdict, detail: Record<string, unknown> = {}): Promise<SiteListing> {
    return this.#catalog.db.transaction(() => {
      const before = this.#catalog.site(v.domain)?.label ?? null;
      const site = reviewSite(this.#catalog, v);
      this.#audit(v.reviewer, v.verdict, site.domain, { ...detail, from: before, to: site.label, note: v.note });
      return site;
    })();
  }

  async confirmAll(domains: string[], reviewer: string, note: string | null): Promise<string[]> {
    return this.#catalog.db.transaction(() => {
      const done: string[] = [];
      for (const domain of domains) {
        const site = this.#catalog.site(domain);
        if (!site || site.reviewStatus !== 'pending') continue;
        reviewSite(this.#catalog, { domain, verdict: 'confirm', reviewer, note });
        this.#audit(reviewer, 'bulk-confirm', domain, { label: site.label, note, batch: domains.length });
        done.push(domain);
      }
      return done;
    })();
  }
}
