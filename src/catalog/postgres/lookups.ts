import type { DomainReport } from '../../domains/lookup.js';
import { changesOver, diffLookups, type LatestLookup, type LookupChange, type LookupChanges, type LookupsRepository, type StoredLookup } from '../repositories/lookups.js';
import { inTransaction, type Pool } from './pool.js';

/** First key of the per-domain advisory lock taken while a lookup is stored ("dklk"); the second is the domain's hash. */
const LOOKUP_LOCK = 0x646b6c6b;

/**
 * Lookups on the shared catalog. Storing takes a transaction-scoped advisory lock on the domain, so
 * that two workers storing lookups of one domain at once each compare with the lookup before their
 * own: the changes reported form one unbroken history.
 */
export class PostgresLookupsRepository implements LookupsRepository {
  readonly #pool: Pool;

  constructor(pool: Pool) {
    this.#pool = pool;
  }

  async store(report: DomainReport): Promise<LookupChange[]> {
    const { evidence, ...stored } = report;
    return inTransaction(this.#pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOOKUP_LOCK, report.domain]);
      const previous = (await client.query<{ report_json: string }>('SELECT report_json FROM domain_lookups WHERE domain = $1 ORDER BY id DESC LIMIT 1', [report.domain])).rows[0];
      const inserted = await client.query<{ id: string }>('INSERT INTO domain_lookups (domain, at, report_json) VALUES ($1, $2, $3) RETURNING id', [report.domain, report.lookedUpAt, JSON.stringify(stored)]);
      const id = inserted.rows[0]!.id;
      if (evidence.length > 0) {
        await client.query(
          'INSERT INTO lookup_answers (lookup_id, kind, source, at, sha256, raw) SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[])',
          [id, evidence.map((e) => e.kind), evidence.map((e) => e.source), evidence.map((e) => e.at), evidence.map((e) => e.sha256), evidence.map((e) => e.raw)],
        );
      }
      return previous ? diffLookups(JSON.parse(previous.report_json) as StoredLookup, stored) : [];
    });
  }

  async latest(domain: string): Promise<LatestLookup | null> {
    const row = (await this.#pool.query<{ at: string; report_json: string }>('SELECT at, report_json FROM domain_lookups WHERE domain = $1 ORDER BY id DESC LIMIT 1', [domain])).rows[0];
    return row ? { at: row.at, report: JSON.parse(row.report_json) as StoredLookup } : null;
  }

  async changes(domain: string): Promise<LookupChanges[]> {
    return changesOver((await this.#pool.query<{ at: string; report_json: string }>('SELECT at, report_json FROM domain_lookups WHERE domain = $1 ORDER BY id', [domain])).rows);
  }
}
