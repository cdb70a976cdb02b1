import type { Label } from '../../classify/index.js';
import type { Catalog } from '../catalog.js';
import { siteListing, type SiteListing } from '../queries.js';

/** One analyst's verdict as a training record for `npm run train:classifier -- --extra FILE` (text only, never images). */
export interface TrainingRecord {
  domain: string;
  label: Label;
  lang: string;
  pages: { url: string; title: string; text: string }[];
  source: 'review';
  /** confirmed: the classifier was right; overridden: a human replaced its label. */
  verdict: 'confirmed' | 'overridden';
  reviewedAt: string | null;
}

export interface ReviewItem extends SiteListing {
  needsReview: boolean;
  reviewReasons: string[];
}

/**
 * The review queue and what analysts' verdicts teach the model. An async interface: the catalog
 * moves behind repositories, and a second backend implements the same contract.
 */
export interface ReviewRepository {
  /** Sites waiting for review: those the rules and the model disagree on (or in a language the lexicon lacks) first. */
  pending(options: { all: boolean; label?: Label | null }): Promise<ReviewItem[]>;
  /** Confirmed and overridden verdicts with their pages' text, oldest verdict first. */
  trainingRecords(): AsyncIterable<TrainingRecord>;
  /** Reviewed sites that have no stored page text (reported, not exported). */
  reviewedWithoutText(): Promise<string[]>;
}

export class SqliteReviewRepository implements ReviewRepository {
  readonly #catalog: Catalog;

  constructor(catalog: Catalog) {
    this.#catalog = catalog;
  }

  async pending(options: { all: boolean; label?: Label | null }): Promise<ReviewItem[]> {
    const label = options.label ?? null;
    const rows = this.#catalog
      .stmt("SELECT domain FROM sites WHERE review_status = 'pending' AND (? = 1 OR label != 'unrelated' OR needs_review = 1 OR label = ?) AND (? IS NULL OR label = ?) ORDER BY needs_review DESC, CASE label WHEN 'unrelated' THEN 1 ELSE 0 END, score DESC, domain")
      .all(options.all ? 1 : 0, label, label, label) as { domain: string }[];
    return rows.map(({ domain }) => {
      const site = this.#catalog.site(domain)!;
      return { ...siteListing(this.#catalog, domain)!, needsReview: site.needsReview, reviewReasons: site.reviewReasons };
    });
  }

  async *trainingRecords(): AsyncIterable<TrainingRecord> {
    const reviewed = this.#catalog
      .stmt("SELECT s.domain, s.label, s.review_status, s.lang, (SELECT MAX(at) FROM label_history h WHERE h.domain = s.domain AND h.source = 'human') AS reviewed_at FROM sites s WHERE s.review_status IN ('confirmed', 'overridden') ORDER BY reviewed_at, s.domain")
      .all() as { domain: string; label: Label; review_status: 'confirmed' | 'overridden'; lang: string | null; reviewed_at: string | null }[];
    // The latest text of each page of the site.
    const texts = this.#catalog.stmt('SELECT url, title, text FROM page_texts WHERE domain = ? AND run_id = (SELECT MAX(run_id) FROM page_texts p2 WHERE p2.domain = page_texts.domain AND p2.url = page_texts.url) ORDER BY url');
    for (const r of reviewed) {
      const pages = (texts.all(r.domain) as { url: string; title: string | null; text: string }[]).map((p) => ({ url: p.url, title: p.title ?? '', text: p.text }));
      if (pages.length === 0) continue;
      yield { domain: r.domain, label: r.label, lang: r.lang ?? 'und', pages, source: 'review', verdict: r.review_status, reviewedAt: r.reviewed_at };
    }
  }

  async reviewedWithoutText(): Promise<string[]> {
    return (
      this.#catalog.stmt("SELECT domain FROM sites s WHERE review_status IN ('confirmed', 'overridden') AND NOT EXISTS (SELECT 1 FROM page_texts t WHERE t.domain = s.domain) ORDER BY domain").all() as { domain: string }[]
    ).map((r) => r.domain);
  }
}
