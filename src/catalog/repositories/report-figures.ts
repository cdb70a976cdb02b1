import type { Catalog } from '../catalog.js';
import { diffRuns } from '../diff.js';
import { ACTED_DECISIONS } from '../notices.js';

/** Rows of one query, with the query text so a report can name where each figure came from. */
export interface Sourced<T> {
  rows: T[];
  query: string;
}

export interface RunChangeRow {
  run: string;
  startedAt: string;
  status: string;
  previous: string | null;
  newSites: number;
  newServices: number;
  gone: number;
  moved: number;
}

export interface SiteRunFact {
  runId: number;
  domain: string;
  label: string;
  online: number;
}

export interface SeenSite {
  domain: string;
  /** 1 when the site was online with a service label (nudify, deepfake) in at least one run of the period. */
  service: number;
}

export interface SiteDim {
  domain: string;
  label: string;
  lang: string | null;
  reviewStatus: string;
  country: string | null;
  firstSeen: string;
}

export interface RunDim {
  id: number;
  name: string;
  kind: string;
  status: string;
  startedAt: string;
}

export interface NoticeFact {
  id: number;
  recipientType: string;
  recipient: string;
  sentAt: string;
  /** When the notice was acted on: the earliest decision in ACTED_DECISIONS or re-check that found the page gone, if any. */
  actedAt: string | null;
  /** The latest decision's outcome, null while none is recorded. */
  outcome: string | null;
  domains: string;
}

/** Everything the period report reads. Async: the PostgreSQL backend implements the same contract. */
export interface ReportRepository {
  runs(from: string, to: string): Promise<Sourced<RunDim>>;
  runChanges(from: string, to: string): Promise<Sourced<RunChangeRow>>;
  siteRuns(from: string, to: string): Promise<Sourced<SiteRunFact>>;
  /** Every domain online in a run of the period, once. */
  seenSites(from: string, to: string): Promise<Sourced<SeenSite>>;
  sites(from: string, to: string): Promise<Sourced<SiteDim>>;
  notices(from: string, to: string): Promise<Sourced<NoticeFact>>;
}

const RUNS_SQL = 'SELECT id, name, kind, status, started_at AS startedAt FROM runs WHERE started_at >= ? AND started_at < ? ORDER BY started_at, id';
const SITE_RUNS_SQL =
  'SELECT sr.run_id AS runId, sr.domain, sr.label, sr.online FROM site_runs sr JOIN runs r ON r.id = sr.run_id WHERE r.started_at >= ? AND r.started_at < ? ORDER BY sr.run_id, sr.domain';
const SEEN_SQL = `SELECT sr.domain, MAX(sr.label IN ('nudify', 'deepfake')) AS service FROM site_runs sr JOIN runs r ON r.id = sr.run_id
  WHERE r.started_at >= ? AND r.started_at < ? AND sr.online = 1 GROUP BY sr.domain ORDER BY sr.domain`;
// The sites seen in the period, with their hosting country from the latest lookup made before the period ended.
const SITES_SQL = `SELECT s.domain, s.label, s.lang, s.review_status AS reviewStatus, s.first_seen AS firstSeen,
  (SELECT json_extract(dl.report_json, '$.hosting[0].country') FROM domain_lookups dl WHERE dl.domain = s.domain AND dl.at < ? ORDER BY dl.at DESC, dl.id DESC LIMIT 1) AS country
  FROM sites s WHERE s.domain IN (SELECT sr.domain FROM site_runs sr JOIN runs r ON r.id = sr.run_id WHERE r.started_at >= ? AND r.started_at < ?) ORDER BY s.domain`;
const NOTICES_SQL = `SELECT n.id, n.recipient_type AS recipientType, n.recipient, n.sent_at AS sentAt, n.domains_json AS domains,
  (SELECT MIN(e.at) FROM notice_events e WHERE e.notice_id = n.id AND ((e.kind = 'decision' AND e.outcome IN (${ACTED_DECISIONS.map((d) => `'${d}'`).join(', ')})) OR (e.kind = 'recheck' AND e.outcome = 'gone'))) AS actedAt,
  (SELECT e.outcome FROM notice_events e WHERE e.notice_id = n.id AND e.kind = 'decision' ORDER BY e.at DESC, e.id DESC LIMIT 1) AS outcome
  FROM notices n WHERE n.sent_at >= ? AND n.sent_at < ? ORDER BY n.sent_at, n.id`;
const RUN_CHANGES_QUERY = "diffRuns(previous run, run) in src/catalog/diff.ts for each run of the period; previous = SELECT id FROM runs WHERE (started_at, id) < (run's) ORDER BY started_at DESC, id DESC LIMIT 1";

const SERVICES = new Set(['nudify', 'deepfake']);

export class SqliteReportRepository implements ReportRepository {
  readonly #catalog: Catalog;

  constructor(catalog: Catalog) {
    this.#catalog = catalog;
  }

  async runs(from: string, to: string): Promise<Sourced<RunDim>> {
    return { rows: this.#catalog.stmt(RUNS_SQL).all(from, to) as RunDim[], query: RUNS_SQL };
  }

  async runChanges(from: string, to: string): Promise<Sourced<RunChangeRow>> {
    const runs = (await this.runs(from, to)).rows;
    const before = this.#catalog.stmt('SELECT id, name FROM runs WHERE started_at < ? OR (started_at = ? AND id < ?) ORDER BY started_at DESC, id DESC LIMIT 1');
    const rows = runs.map((run): RunChangeRow => {
      const prev = before.get(run.startedAt, run.startedAt, run.id) as { id: number; name: string } | undefined;
      const base = { run: run.name, startedAt: run.startedAt, status: run.status, previous: prev?.name ?? null };
      if (!prev) {
        const first = this.#catalog.stmt('SELECT label FROM site_runs WHERE run_id = ? AND online = 1').all(run.id) as { label: string }[];
        return { ...base, newSites: first.length, newServices: first.filter((s) => SERVICES.has(s.label)).length, gone: 0, moved: 0 };
      }
      const d = diffRuns(this.#catalog, String(prev.id), String(run.id));
      return { ...base, newSites: d.newSites.length, newServices: d.newSites.filter((s) => SERVICES.has(s.label)).length, gone: d.goneOffline.length, moved: d.moves.length };
    });
    return { rows, query: RUN_CHANGES_QUERY };
  }

  async siteRuns(from: string, to: string): Promise<Sourced<SiteRunFact>> {
    return { rows: this.#catalog.stmt(SITE_RUNS_SQL).all(from, to) as SiteRunFact[], query: SITE_RUNS_SQL };
  }

  async seenSites(from: string, to: string): Promise<Sourced<SeenSite>> {
    return { rows: this.#catalog.stmt(SEEN_SQL).all(from, to) as SeenSite[], query: SEEN_SQL.replace(/\s+/g, ' ') };
  }

  async sites(from: string, to: string): Promise<Sourced<SiteDim>> {
    return { rows: this.#catalog.stmt(SITES_SQL).all(to, from, to) as SiteDim[], query: SITES_SQL.replace(/\s+/g, ' ') };
  }

  async notices(from: string, to: string): Promise<Sourced<NoticeFact>> {
    return { rows: this.#catalog.stmt(NOTICES_SQL).all(from, to) as NoticeFact[], query: NOTICES_SQL.replace(/\s+/g, ' ') };
  }
}
