import { UsageError } from '../../core/errors.js';
import { utcNow } from '../../core/time.js';
import type { Catalog, RunKind, RunRow, RunStatus } from '../catalog.js';

/**
 * Runs, for work that several processes share: a run's name stays unique however many processes
 * create runs at once (the name asked for, else the first free `-2`, `-3` … as Catalog.startRun
 * names them).
 */
export interface RunsRepository {
  create(kind: RunKind, name: string, config: Record<string, unknown>): Promise<RunRow>;
  finish(id: number, status: RunStatus, stats: Record<string, unknown>): Promise<void>;
  /** By id, or by name; a UsageError names the run when there is none. */
  get(idOrName: number | string): Promise<RunRow>;
}

/** The names a run asked to be called `name` tries, in order. */
export function candidateName(name: string, attempt: number): string {
  return attempt <= 1 ? name : `${name}-${attempt}`;
}

/** The first attempt number whose name is not in `taken` (1 = the name itself). */
export function firstFree(name: string, taken: ReadonlySet<string>, from = 1): number {
  let n = from;
  while (taken.has(candidateName(name, n))) n++;
  return n;
}

export function noRun(idOrName: number | string): UsageError {
  return new UsageError(`No run "${idOrName}" in the catalog; "dijkwacht runs list" shows the runs.`);
}

export interface RunRecord {
  id: number | string;
  kind: RunKind;
  name: string;
  status: RunStatus;
  started_at: string;
  ended_at: string | null;
  config_json: string;
  stats_json: string;
}

export const toRunRow = (r: RunRecord): RunRow => ({
  id: Number(r.id),
  kind: r.kind,
  name: r.name,
  status: r.status,
  startedAt: r.started_at,
  endedAt: r.ended_at,
  config: JSON.parse(r.config_json) as Record<string, unknown>,
  stats: JSON.parse(r.stats_json) as Record<string, unknown>,
});

/** The embedded catalog: the check and the insert share one write transaction (BEGIN IMMEDIATE), so other processes wait. */
export class SqliteRunsRepository implements RunsRepository {
  readonly #catalog: Catalog;

  constructor(catalog: Catalog) {
    this.#catalog = catalog;
  }

  async create(kind: RunKind, name: string, config: Record<string, unknown>): Promise<RunRow> {
    const taken = this.#catalog.stmt('SELECT 1 FROM runs WHERE name = ?');
    const insert = this.#catalog.stmt("INSERT INTO runs (kind, name, status, started_at, config_json) VALUES (?, ?, 'running', ?, ?) RETURNING *");
    const tx = this.#catalog.db.transaction(() => {
      let n = 1;
      while (taken.get(candidateName(name, n)) !== undefined) n++;
      return insert.get(kind, candidateName(name, n), utcNow(), JSON.stringify(config)) as RunRecord;
    });
    return toRunRow(tx.immediate());
  }

  async finish(id: number, status: RunStatus, stats: Record<string, unknown>): Promise<void> {
    const info = this.#catalog.stmt('UPDATE runs SET status = ?, ended_at = ?, stats_json = ? WHERE id = ?').run(status, utcNow(), JSON.stringify(stats), id);
    if (info.changes === 0) throw noRun(id);
  }

  async get(idOrName: number | string): Promise<RunRow> {
    const byId = typeof idOrName === 'number' || /^\d+$/.test(idOrName);
    const row = (byId ? this.#catalog.stmt('SELECT * FROM runs WHERE id = ?').get(Number(idOrName)) : this.#catalog.stmt('SELECT * FROM runs WHERE name = ?').get(idOrName)) as RunRecord | undefined;
    if (!row) throw noRun(idOrName);
    return toRunRow(row);
  }
}
