// Not the classifier's index: it loads the lexicons, the model and cheerio, which catalog commands never need.
import type { Label, Model, PageClassification } from '../classify/index.js';
import { UsageError } from '../core/errors.js';
import { utcNow } from '../core/time.js';
import type { Statement } from 'better-sqlite3';
import { openCatalogDb, type Db } from './db.js';
import { settledSites, siteChange, type SettlePage } from './site-settle.js';

/** Characters of a page's text kept for training records. */
export const PAGE_TEXT_MAX = 20_000;

export type RunKind = 'discover' | 'crawl';
export type RunStatus = 'running' | 'done' | 'failed' | 'interrupted';

export interface RunRow {
  id: number;
  kind: RunKind;
  name: string;
  status: RunStatus;
  startedAt: string;
  endedAt: string | null;
  config: Record<string, unknown>;
  stats: Record<string, unknown>;
}

export interface PageRecord {
  url: string;
  finalUrl: string | null;
  domain: string;
  httpStatus: number | null;
  contentType: string | null;
  via: 'http' | 'browser';
  depth: number;
  /** The page's own reading (its site's judgement is made when sites are settled). */
  classification: Pick<PageClassification, 'label' | 'score' | 'signals' | 'evidence' | 'model'> | null;
  title: string | null;
  error: string | null;
  /** The page's visible text, kept for pages with claims (analysts' training records). */
  text?: string | null;
  /** The page's language (ISO 639-1) as identified from its text; else the classifier's reading. */
  lang?: string | null;
}

export interface DiscoveryRecord {
  url: string;
  domain: string;
  source: 'search' | 'seed' | 'link';
  engine?: string | null;
  query?: string | null;
  rank?: number | null;
  linkingUrl?: string | null;
}

export interface SiteRow {
  domain: string;
  label: Label;
  score: number;
  signals: string[];
  labelSource: 'classifier' | 'human';
  reviewStatus: 'pending' | 'confirmed' | 'overridden';
  firstSeen: string;
  lastSeen: string;
  /** The rules and the learned model disagree, or the language is not in the lexicon. */
  needsReview: boolean;
  reviewReasons: string[];
  lang: string | null;
}

interface RunDb {
  id: number;
  kind: RunKind;
  name: string;
  status: RunStatus;
  started_at: string;
  ended_at: string | null;
  config_json: string;
  stats_json: string;
}

const toRun = (r: RunDb): RunRow => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  status: r.status,
  startedAt: r.started_at,
  endedAt: r.ended_at,
  config: JSON.parse(r.config_json) as Record<string, unknown>,
  stats: JSON.parse(r.stats_json) as Record<string, unknown>,
});

export { mainLanguage } from './site-settle.js';

/** The catalog: runs, pages, sites and their label history, links, discoveries and identifiers. */
export class Catalog {
  readonly db: Db;
  readonly #statements = new Map<string, Statement>();

  /** The catalog under a data root, or an in-memory one (null) for one-off work. */
  constructor(dataDir: string | null) {
    this.db = openCatalogDb(dataDir);
  }

  /** A prepared statement, prepared once: the crawl writes several rows per page. */
  stmt(sql: string): Statement {
    let s = this.#statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.#statements.set(sql, s);
    }
    return s;
  }

  close(): void {
    this.db.close();
  }

  // ---- runs ----
  /** Starts a run; a name already taken gets a -2, -3 … suffix. */
  startRun(kind: RunKind, name: string, config: Record<string, unknown>): RunRow {
    const taken = this.stmt('SELECT 1 FROM runs WHERE name = ?');
    let unique = name;
    for (let n = 2; taken.get(unique) !== undefined; n++) unique = `${name}-${n}`;
    name = unique;
    const info = this.stmt("INSERT INTO runs (kind, name, status, started_at, config_json) VALUES (?, ?, 'running', ?, ?)")
      .run(kind, name, utcNow(), JSON.stringify(config));
    return this.run(Number(info.lastInsertRowid));
  }

  run(idOrName: number | string): RunRow {
    const row = (typeof idOrName === 'number' || /^\d+$/.test(idOrName)
      ? this.stmt('SELECT * FROM runs WHERE id = ?').get(Number(idOrName))
      : this.stmt('SELECT * FROM runs WHERE name = ?').get(idOrName)) as RunDb | undefined;
    if (!row) throw new UsageError(`No run "${idOrName}" in the catalog; "dijkwacht runs list" shows the runs.`);
    return toRun(row);
  }

  /** The newest run that did not finish, for --resume. */
  lastUnfinishedRun(kind: RunKind): RunRow | null {
    const row = this.stmt("SELECT * FROM runs WHERE kind = ? AND status IN ('running', 'interrupted') ORDER BY id DESC LIMIT 1").get(kind) as RunDb | undefined;
    return row ? toRun(row) : null;
  }

  listRuns(): RunRow[] {
    return (this.stmt('SELECT * FROM runs ORDER BY id').all() as RunDb[]).map(toRun);
  }

  finishRun(id: number, status: RunStatus, stats: Record<string, unknown>): void {
    this.stmt('UPDATE runs SET status = ?, ended_at = ?, stats_json = ? WHERE id = ?').run(status, utcNow(), JSON.stringify(stats), id);
  }

  setRunStatus(id: number, status: RunStatus): void {
    this.stmt('UPDATE runs SET status = ? WHERE id = ?').run(status, id);
  }

  // ---- what a run saw ----
  hasPage(runId: number, url: string): boolean {
    return this.stmt('SELECT 1 FROM pages WHERE run_id = ? AND url = ?').get(runId, url) !== undefined;
  }

  recordPage(runId: number, page: PageRecord): void {
    const c = page.classification;
    this.stmt(
        `INSERT INTO pages (run_id, url, final_url, domain, fetched_at, http_status, content_type, via, title, label, score, signals_json, evidence_json, model_json, depth, error, lang)
         VALUES (@runId, @url, @finalUrl, @domain, @at, @httpStatus, @contentType, @via, @title, @label, @score, @signals, @evidence, @model, @depth, @error, @lang)
         ON CONFLICT (run_id, url) DO UPDATE SET final_url = excluded.final_url, fetched_at = excluded.fetched_at, http_status = excluded.http_status,
           content_type = excluded.content_type, via = excluded.via, title = excluded.title, label = excluded.label, score = excluded.score,
           signals_json = excluded.signals_json, evidence_json = excluded.evidence_json, model_json = excluded.model_json, error = excluded.error, lang = excluded.lang`,
      )
      .run({
        runId,
        url: page.url,
        finalUrl: page.finalUrl,
        domain: page.domain,
        at: utcNow(),
        httpStatus: page.httpStatus,
        contentType: page.contentType,
        via: page.via,
        title: page.title,
        label: c?.label ?? null,
        score: c?.score ?? null,
        signals: c ? JSON.stringify(c.signals) : null,
        evidence: c ? JSON.stringify(c.evidence) : null,
        model: c?.model ? JSON.stringify(c.model) : null,
        depth: page.depth,
        error: page.error,
        lang: page.lang ?? c?.evidence.lang ?? null,
      });
    if (page.text) {
      this.stmt('INSERT OR REPLACE INTO page_texts (run_id, url, domain, title, text) VALUES (?, ?, ?, ?, ?)').run(runId, page.url, page.domain, page.title, page.text.slice(0, PAGE_TEXT_MAX));
    }
  }

  recordLinks(runId: number, fromUrl: string, fromDomain: string, links: { url: string; domain: string }[], kind: 'link' | 'redirect' = 'link'): void {
    const stmt = this.stmt('INSERT OR IGNORE INTO links (run_id, from_url, to_url, from_domain, to_domain, kind) VALUES (?, ?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      for (const l of links) stmt.run(runId, fromUrl, l.url, fromDomain, l.domain, kind);
    })();
  }

  recordDiscovery(runId: number, d: DiscoveryRecord): void {
    this.stmt('INSERT INTO discoveries (run_id, url, domain, source, engine, query, rank, linking_url, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(runId, d.url, d.domain, d.source, d.engine ?? null, d.query ?? null, d.rank ?? null, d.linkingUrl ?? null, utcNow());
  }

  recordSearchResult(runId: number, r: { engine: string; query: string; rank: number; url: string; title: string | null; snippet: string | null }): void {
    this.stmt('INSERT INTO search_results (run_id, engine, query, rank, url, title, snippet, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(runId, r.engine, r.query, r.rank, r.url, r.title, r.snippet, utcNow());
  }

  recordIdentifiers(runId: number, domain: string, pageUrl: string, ids: { kind: string; value: string }[]): void {
    const stmt = this.stmt('INSERT OR IGNORE INTO identifiers (domain, kind, value, page_url, run_id, first_seen) VALUES (?, ?, ?, ?, ?, ?)');
    const at = utcNow();
    this.db.transaction(() => {
      for (const id of ids) stmt.run(domain, id.kind, id.value, pageUrl, runId, at);
    })();
  }

  recordFailure(runId: number, url: string | null, what: string, reason: string): void {
    this.stmt('INSERT INTO failures (run_id, url, what, reason, at) VALUES (?, ?, ?, ?, ?)').run(runId, url, what, reason, utcNow());
  }

  failures(runId: number): { url: string | null; what: string; reason: string }[] {
    return this.stmt('SELECT url, what, reason FROM failures WHERE run_id = ? ORDER BY id').all(runId) as { url: string | null; what: string; reason: string }[];
  }

  pageCount(runId: number): number {
    return (this.stmt('SELECT COUNT(*) AS n FROM pages WHERE run_id = ?').get(runId) as { n: number }).n;
  }

  /**
   * Rolls the run's pages up into sites: label, score and reasons per registrable domain. A human
   * verdict is never overwritten; every change of label is kept in the label history.
   */
  settleSites(runId: number, model: Model | null): { domain: string; label: Label; needsReview: boolean }[] {
    const pages = this.stmt('SELECT url, domain, label, evidence_json, model_json, final_url, lang FROM pages WHERE run_id = ? ORDER BY id').all(runId) as SettlePage[];
    const at = utcNow();
    const out: { domain: string; label: Label; needsReview: boolean }[] = [];
    const tx = this.db.transaction(() => {
      for (const site of settledSites(pages, model)) {
        const { domain, verdict } = site;
        const existing = this.site(domain);
        this.stmt('INSERT OR REPLACE INTO site_runs (run_id, domain, label, score, online, final_domain) VALUES (?, ?, ?, ?, ?, ?)').run(runId, domain, verdict.label, verdict.score, site.online ? 1 : 0, site.finalDomain);
        if (!site.online) continue; // seen offline: last_seen stays, the run's site_runs row says so
        const reviewJson = [JSON.stringify(verdict.reviewReasons), verdict.model ? JSON.stringify(verdict.model) : null, site.lang] as const;
        if (!existing) {
          this.stmt('INSERT INTO sites (domain, label, score, signals_json, first_seen, last_seen, needs_review, review_reasons_json, model_json, lang) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(domain, verdict.label, verdict.score, JSON.stringify(verdict.signals), at, at, verdict.needsReview ? 1 : 0, ...reviewJson);
          this.addHistory(domain, verdict.label, verdict.score, 'classifier', null, null, runId);
          out.push({ domain, label: verdict.label, needsReview: verdict.needsReview });
        } else {
          const change = siteChange(existing, site);
          this.stmt('UPDATE sites SET label = ?, score = ?, signals_json = ?, last_seen = ?, needs_review = ?, review_reasons_json = ?, model_json = ?, lang = ? WHERE domain = ?').run(change.label, change.score, JSON.stringify(verdict.signals), at, change.needsReview ? 1 : 0, ...reviewJson, domain);
          if (change.history) this.addHistory(domain, verdict.label, verdict.score, 'classifier', null, change.history.note, runId);
          out.push({ domain, label: change.label, needsReview: change.needsReview });
        }
      }
    });
    tx();
    return out;
  }

  addHistory(domain: string, label: Label, score: number | null, source: 'classifier' | 'human', reviewer: string | null, note: string | null, runId: number | null): void {
    this.stmt('INSERT INTO label_history (domain, label, score, source, reviewer, note, run_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(domain, label, score, source, reviewer, note, runId, utcNow());
  }

  site(domain: string): SiteRow | null {
    const row = this.stmt('SELECT * FROM sites WHERE domain = ?').get(domain) as
      | { domain: string; label: Label; score: number; signals_json: string; label_source: 'classifier' | 'human'; review_status: SiteRow['reviewStatus']; first_seen: string; last_seen: string; needs_review: number; review_reasons_json: string | null; lang: string | null }
      | undefined;
    if (!row) return null;
    return {
      domain: row.domain,
      label: row.label,
      score: row.score,
      signals: JSON.parse(row.signals_json) as string[],
      labelSource: row.label_source,
      reviewStatus: row.review_status,
      firstSeen: row.first_seen,
      lastSeen: row.last_seen,
      needsReview: row.needs_review === 1,
      reviewReasons: row.review_reasons_json ? (JSON.parse(row.review_reasons_json) as string[]) : [],
      lang: row.lang,
    };
  }
}
