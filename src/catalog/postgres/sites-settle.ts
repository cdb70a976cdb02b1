import type { Label, Model } from '../../classify/index.js';
import { utcNow } from '../../core/time.js';
import type { SettledLabel, SitesSettleRepository } from '../repositories/sites-settle.js';
import { settledSites, siteChange, type SettlePage } from '../site-settle.js';
import { inTransaction, type Pool, type PoolClient } from './pool.js';

const addHistory = (client: PoolClient, domain: string, label: Label, score: number, note: string | null, runId: number): Promise<unknown> =>
  client.query("INSERT INTO label_history (domain, label, score, source, reviewer, note, run_id, at) VALUES ($1, $2, $3, 'classifier', NULL, $4, $5, $6)", [domain, label, score, note, runId, utcNow()]);

/**
 * Settling on the shared catalog, with the same rules as the embedded one (site-settle.ts). Settles
 * take turns (an advisory lock), and settling a run again changes nothing. Each site's row is locked
 * while it is settled, so a reviewer's verdict saved at the same moment is either seen (and kept) or
 * saved after.
 */
export class PostgresSitesSettleRepository implements SitesSettleRepository {
  readonly #pool: Pool;

  constructor(pool: Pool) {
    this.#pool = pool;
  }

  async settle(runId: number, model: Model | null): Promise<SettledLabel[]> {
    return inTransaction(this.#pool, async (client) => {
      // One settle at a time: two slices finishing one run, or two runs seeing one new site, never both insert it.
      await client.query("SELECT pg_advisory_xact_lock(hashtext('dijkwacht:settle-sites'))");
      const { rows: pages } = await client.query<SettlePage>('SELECT url, domain, label, evidence_json, model_json, final_url, lang FROM pages WHERE run_id = $1 ORDER BY id', [runId]);
      const at = utcNow();
      const out: SettledLabel[] = [];
      for (const site of settledSites(pages, model)) {
        const { domain, verdict } = site;
        await client.query(
          `INSERT INTO site_runs (run_id, domain, label, score, online, final_domain) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (run_id, domain) DO UPDATE SET label = excluded.label, score = excluded.score, online = excluded.online, final_domain = excluded.final_domain`,
          [runId, domain, verdict.label, verdict.score, site.online ? 1 : 0, site.finalDomain],
        );
        if (!site.online) continue;
        const reviewJson = [JSON.stringify(verdict.reviewReasons), verdict.model ? JSON.stringify(verdict.model) : null, site.lang];
        const { rows } = await client.query<{ label: Label; score: number; label_source: 'classifier' | 'human' }>('SELECT label, score, label_source FROM sites WHERE domain = $1 FOR UPDATE', [domain]);
        const existing = rows[0];
        if (!existing) {
          await client.query(
            'INSERT INTO sites (domain, label, score, signals_json, first_seen, last_seen, needs_review, review_reasons_json, model_json, lang) VALUES ($1, $2, $3, $4, $5, $5, $6, $7, $8, $9)',
            [domain, verdict.label, verdict.score, JSON.stringify(verdict.signals), at, verdict.needsReview ? 1 : 0, ...reviewJson],
          );
          await addHistory(client, domain, verdict.label, verdict.score, null, runId);
          out.push({ domain, label: verdict.label, needsReview: verdict.needsReview });
          continue;
        }
        const change = siteChange({ label: existing.label, score: Number(existing.score), labelSource: existing.label_source }, site);
        await client.query('UPDATE sites SET label = $1, score = $2, signals_json = $3, last_seen = $4, needs_review = $5, review_reasons_json = $6, model_json = $7, lang = $8 WHERE domain = $9', [
          change.label, change.score, JSON.stringify(verdict.signals), at, change.needsReview ? 1 : 0, ...reviewJson, domain,
        ]);
        if (change.history) await addHistory(client, domain, verdict.label, verdict.score, change.history.note, runId);
        out.push({ domain, label: change.label, needsReview: change.needsReview });
      }
      return out;
    });
  }
}
