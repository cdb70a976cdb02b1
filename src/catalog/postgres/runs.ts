import { utcNow } from '../../core/time.js';
import type { RunKind, RunRow, RunStatus } from '../catalog.js';
import { candidateName, firstFree, noRun, toRunRow, type RunRecord, type RunsRepository } from '../repositories/runs.js';
import type { Pool } from './pool.js';

/** Escapes LIKE's wildcards in a literal prefix. */
const likePrefix = (s: string): string => `${s.replace(/[\\%_]/g, (c) => `\\${c}`)}-%`;

/**
 * Runs on the shared catalog. A name is claimed by the insert itself (ON CONFLICT DO NOTHING on
 * the unique name): of several processes asking for the same name, one gets it and the others
 * move on to the next free suffix, without a lock.
 */
export class PostgresRunsRepository implements RunsRepository {
  readonly #pool: Pool;

  constructor(pool: Pool) {
    this.#pool = pool;
  }

  async create(kind: RunKind, name: string, config: Record<string, unknown>): Promise<RunRow> {
    const taken = async (): Promise<Set<string>> =>
      new Set((await this.#pool.query<{ name: string }>("SELECT name FROM runs WHERE name = $1 OR name LIKE $2 ESCAPE '\\'", [name, likePrefix(name)])).rows.map((r) => r.name));
    let names = await taken();
    let attempt = firstFree(name, names);
    for (let tries = 0; ; tries++) {
      const result = await this.#pool.query<RunRecord>(
        "INSERT INTO runs (kind, name, status, started_at, config_json) VALUES ($1, $2, 'running', $3, $4) ON CONFLICT (name) DO NOTHING RETURNING *",
        [kind, candidateName(name, attempt), utcNow(), JSON.stringify(config)],
      );
      const row = result.rows[0];
      if (row) return toRunRow(row);
      // Someone else took that name between our look and our insert: look again.
      if (tries % 4 === 3) names = await taken();
      else names.add(candidateName(name, attempt));
      attempt = firstFree(name, names, attempt);
    }
  }

  async finish(id: number, status: RunStatus, stats: Record<string, unknown>): Promise<void> {
    const result = await this.#pool.query('UPDATE runs SET status = $1, ended_at = $2, stats_json = $3 WHERE id = $4', [status, utcNow(), JSON.stringify(stats), id]);
    if (result.rowCount === 0) throw noRun(id);
  }

  async get(idOrName: number | string): Promise<RunRow> {
    const byId = typeof idOrName === 'number' || /^\d+$/.test(idOrName);
    const result = byId
      ? await this.#pool.query<RunRecord>('SELECT * FROM runs WHERE id = $1', [Number(idOrName)])
      : await this.#pool.query<RunRecord>('SELECT * FROM runs WHERE name = $1', [idOrName]);
    const row = result.rows[0];
    if (!row) throw noRun(idOrName);
    return toRunRow(row);
  }
}
