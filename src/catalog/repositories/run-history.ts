import type { Label } from '../../classify/labels.js';
import type { Catalog, RunRow } from '../catalog.js';
import { diffRuns, type RunDiff } from '../diff.js';

/**
 * The runs a scheduled job made and what they are compared with. An async interface: the catalog
 * moves behind repositories, and a second backend implements the same contract.
 */
export interface RunHistoryRepository {
  newestRunId(): Promise<number>;
  runsAfter(id: number): Promise<RunRow[]>;
  /** The last finished run of the same kind before this one, or null for a first run. */
  previousRun(run: RunRow): Promise<RunRow | null>;
  diff(from: RunRow, to: RunRow): Promise<RunDiff>;
  /** Of these domains, the ones some run before `runId` found online: a return, not a new site. */
  seenOnlineBefore(domains: string[], runId: number): Promise<Set<string>>;
  /** The sites a run found online, with the label each had in that run. */
  sitesOnline(runId: number): Promise<{ domain: string; label: Label }[]>;
}

export function runHistoryRepository(catalog: Catalog): RunHistoryRepository {
  const seen = catalog.db.prepare('SELECT 1 FROM site_runs WHERE domain = ? AND run_id < ? AND online = 1 LIMIT 1');
  const online = catalog.db.prepare('SELECT domain, label FROM site_runs WHERE run_id = ? AND online = 1 ORDER BY domain');
  const previous = catalog.db.prepare("SELECT id FROM runs WHERE id < ? AND kind = ? AND status = 'done' ORDER BY id DESC LIMIT 1");
  return {
    newestRunId: async () => (catalog.db.prepare('SELECT COALESCE(MAX(id), 0) AS id FROM runs').get() as { id: number }).id,
    runsAfter: async (id) => catalog.listRuns().filter((r) => r.id > id),
    previousRun: async (run) => {
      const row = previous.get(run.id, run.kind) as { id: number } | undefined;
      return row ? catalog.run(row.id) : null;
    },
    diff: async (from, to) => diffRuns(catalog, from.name, to.name),
    seenOnlineBefore: async (domains, runId) => new Set(domains.filter((d) => seen.get(d, runId) !== undefined)),
    sitesOnline: async (runId) => online.all(runId) as { domain: string; label: Label }[],
  };
}
