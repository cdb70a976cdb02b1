import type { Catalog } from '../catalog.js';
import { diffRuns } from '../diff.js';

export interface RunCounts {
  run: string;
  startedAt: string;
  byLabel: Record<string, number>;
  /** Against the run before it (the first run: every site it saw online is new). */
  newSites: number;
  gone: number;
  moved: number;
}

export interface Tally {
  key: string;
  count: number;
}

export interface DashboardFigures {
  runs: RunCounts[];
  /** Sites labelled other than unrelated. */
  sitesOfInterest: number;
  languages: Tally[];
  countries: Tally[];
  registrars: Tally[];
  networks: Tally[];
}

/** The catalog's figures behind the dashboard. Async: a second backend implements the same contract. */
export interface WorkspaceDashboardRepository {
  figures(options: { top: number; runs: number }): Promise<DashboardFigures>;
}

const tally = (values: Iterable<string>, top: number): Tally[] => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)).slice(0, top);
};

interface LookupFacts {
  registrar?: { name?: string | null };
  hosting?: { country?: string | null; network?: string | null; asn?: number | string | null; holder?: string }[];
}

export class SqliteWorkspaceDashboardRepository implements WorkspaceDashboardRepository {
  readonly #catalog: Catalog;
  /** Diff counts of run pairs, kept while neither run's site rows nor the identifiers (move evidence) change: a new run recomputes only its own pair. */
  readonly #diffs = new Map<string, { key: string; counts: { newSites: number; gone: number; moved: number } }>();

  constructor(catalog: Catalog) {
    this.#catalog = catalog;
  }

  #diffCounts(a: number, b: number): { newSites: number; gone: number; moved: number } {
    const key = JSON.stringify(this.#catalog.stmt('SELECT (SELECT COUNT(*) || \'/\' || MAX(rowid) FROM site_runs WHERE run_id = ?) AS a, (SELECT COUNT(*) || \'/\' || MAX(rowid) FROM site_runs WHERE run_id = ?) AS b, (SELECT MAX(rowid) FROM identifiers) AS ids').get(a, b));
    const hit = this.#diffs.get(`${a}:${b}`);
    if (hit && hit.key === key) return hit.counts;
    const d = diffRuns(this.#catalog, String(a), String(b));
    const counts = { newSites: d.newSites.length, gone: d.goneOffline.length, moved: d.moves.length };
    this.#diffs.set(`${a}:${b}`, { key, counts });
    return counts;
  }

  async figures(options: { top: number; runs: number }): Promise<DashboardFigures> {
    const c = this.#catalog;
    // Runs that settled sites (a run that only recorded captures has nothing to compare).
    const settled = 'EXISTS (SELECT 1 FROM site_runs sr WHERE sr.run_id = runs.id)';
    const runs = (c.stmt(`SELECT id, name, started_at FROM runs WHERE ${settled} ORDER BY id DESC LIMIT ?`).all(options.runs + 1) as { id: number; name: string; started_at: string }[]).reverse();
    const firstId = (c.stmt(`SELECT MIN(id) AS id FROM runs WHERE ${settled}`).get() as { id: number | null }).id;
    const perLabel = c.stmt('SELECT label, COUNT(*) AS n FROM site_runs WHERE run_id = ? AND online = 1 GROUP BY label');
    const online = c.stmt('SELECT COUNT(*) AS n FROM site_runs WHERE run_id = ? AND online = 1');
    const counts: RunCounts[] = [];
    runs.forEach((r, i) => {
      const byLabel: Record<string, number> = {};
      for (const row of perLabel.all(r.id) as { label: string; n: number }[]) byLabel[row.label] = row.n;
      const before = i > 0 ? runs[i - 1]! : null;
      const first = firstId === r.id;
      if (!before && !first) return; // the run before the window: only the base of the next one's diff
      const diff = before ? this.#diffCounts(before.id, r.id) : { newSites: (online.get(r.id) as { n: number }).n, gone: 0, moved: 0 };
      counts.push({ run: r.name, startedAt: r.started_at, byLabel, ...diff });
    });
    const sitesOfInterest = (c.stmt("SELECT COUNT(*) AS n FROM sites WHERE label != 'unrelated'").get() as { n: number }).n;
    const languages = tally((c.stmt("SELECT COALESCE(lang, 'und') AS lang FROM sites WHERE label != 'unrelated'").all() as { lang: string }[]).map((r) => r.lang), options.top);
    const latest = c
      .stmt("SELECT l.report_json FROM domain_lookups l JOIN sites s ON s.domain = l.domain WHERE s.label != 'unrelated' AND l.id = (SELECT MAX(id) FROM domain_lookups l2 WHERE l2.domain = l.domain)")
      .all() as { report_json: string }[];
    const countries: string[] = [];
    const registrars: string[] = [];
    const networks: string[] = [];
    for (const row of latest) {
      const r = JSON.parse(row.report_json) as LookupFacts;
      registrars.push(r.registrar?.name ?? 'unknown');
      // One count per site and country (a site on two addresses in one country counts once).
      const hosting = r.hosting ?? [];
      for (const country of new Set(hosting.map((h) => h.country ?? 'unknown'))) countries.push(country);
      for (const network of new Set(hosting.map((h) => h.network ?? h.holder ?? 'unknown'))) networks.push(network);
    }
    return { runs: counts, sitesOfInterest, languages, countries: tally(countries, options.top), registrars: tally(registrars, options.top), networks: tally(networks, options.top) };
  }
}
