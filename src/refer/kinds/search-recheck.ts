import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addNoticeEvent, Catalog, findPacket, listNotices, type NoticeRow } from '../../catalog/index.js';
import { SqliteSearchAnswerRepository } from '../../catalog/repositories/search-answers.js';
import { describeError } from '../../core/errors.js';
import { attributedEngines, createProviders, runSearch, type SearchAnswerSink } from '../../discover/search/index.js';
import { noticeStatus, silenceDays } from '../../notices/status.js';
import type { Options } from '../../options/index.js';
import type { ReferralPacket } from '../packet-types.js';
import type { SearchEngineFinding, SearchEngineSpecific } from './search-engine.js';

/** One recorded ranking asked again: where the service stands now for the same query on the same search client. */
export interface RankCheck {
  domain: string;
  query: string;
  client: string;
  /** The position cited in the packet. */
  before: number;
  /** The position now, or null when the engine no longer shows the domain for this query. */
  rank: number | null;
  url: string | null;
  /** The stored answer of this re-check (SHA-256), null when the search failed. */
  answerSha256: string | null;
  /** Why there is no verdict for this ranking (the search failed), else null. */
  failure: string | null;
}

export interface SearchRecheckResult {
  noticeId: number;
  engine: string;
  /** online: still ranked for at least one query; gone: ranked for none; null: no verdict (nothing recorded). */
  outcome: 'online' | 'gone' | null;
  checks: RankCheck[];
  /** Why the notice could not be re-checked, else null. */
  error: string | null;
}

const onDomain = (url: string, domain: string): boolean => {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host === domain || host.endsWith(`.${domain}`);
  } catch {
    return false;
  }
};

async function packetOf(catalog: Catalog, n: NoticeRow): Promise<SearchEngineSpecific | string> {
  const row = n.packetId ? findPacket(catalog, n.packetId) : null;
  if (!row) return 'it was recorded by hand, so no queries were recorded with it';
  try {
    const p = JSON.parse(await readFile(join(row.dir, 'packet.json'), 'utf8')) as ReferralPacket;
    return p.recipientSpecific['search-engine'] ?? 'its packet holds no search findings';
  } catch (error) {
    return `its packet could not be read (${describeError(error)})`;
  }
}

/** Keeps answers in the catalog and their bodies in memory, so that each re-check can read who ranked what. */
class KeepingSink implements SearchAnswerSink {
  readonly bodies = new Map<string, Buffer>();
  /** The first answer of each (client, query): the one that shows whether the service is still on the first page. */
  readonly firstAnswer = new Map<string, string>();
  readonly #repo: SqliteSearchAnswerRepository;

  constructor(catalog: Catalog) {
    this.#repo = new SqliteSearchAnswerRepository(catalog);
  }

  record(a: Parameters<SearchAnswerSink['record']>[0]): Promise<number> {
    this.bodies.set(a.sha256, a.body);
    if (a.page === 1) this.firstAnswer.set(`${a.engine}\u0000${a.query}`, a.sha256);
    return this.#repo.record(a);
  }
}

const checkNote = (c: RankCheck): string =>
  `"${c.query}" (${c.client}) ${c.domain}: ${c.failure ? `not checked (${c.failure})` : c.rank === null ? `no longer shown (was position ${c.before})` : `position ${c.rank} (was ${c.before}) ${c.url ?? ''}`.trim()}${c.answerSha256 ? `, answer SHA-256 ${c.answerSha256}` : ''}`;

/**
 * Asks the recorded queries of every open search-engine notice again, on the search client that
 * found them (its configured endpoint), and records one dated re-check per notice: `online` while
 * the engine still shows the service for any of the queries, `gone` when it shows it for none.
 * Each answer is stored like discovery's. A notice whose searches fail gets no event: no verdict
 * is recorded on an answer that did not come.
 */
export async function recheckSearchNotices(options: Options, input: { domains?: string[]; onCheck?: (c: RankCheck) => void } = {}): Promise<SearchRecheckResult[]> {
  const catalog = new Catalog(options.dataDir);
  try {
    const thresholds = silenceDays(options);
    const open = listNotices(catalog, input.domains ?? []).filter((n) => n.recipientType === 'search-engine' && noticeStatus(n, thresholds).state !== 'gone');
    const out: SearchRecheckResult[] = [];
    for (const n of open) {
      const s = await packetOf(catalog, n);
      if (typeof s === 'string') {
        out.push({ noticeId: n.id, engine: 'unknown', outcome: null, checks: [], error: `notice ${n.id} cannot be re-checked: ${s}` });
        continue;
      }
      const sink = new KeepingSink(catalog);
      const byClient = new Map<string, SearchEngineFinding[]>();
      for (const f of s.findings) byClient.set(f.client, [...(byClient.get(f.client) ?? []), f]);
      const checks: RankCheck[] = [];
      for (const [client, findings] of byClient) {
        let hits: Awaited<ReturnType<typeof runSearch>>['hits'] = [];
        let failures = new Map<string, string>();
        try {
          const result = await runSearch({ providers: createProviders([client], options, undefined, sink), queries: [...new Set(findings.map((f) => f.query))], maxResults: options.searchMaxResults, requestsPerSecond: options.searchRequestsPerSecond, answers: sink, purpose: 'recheck' });
          hits = result.hits;
          failures = new Map(result.failures.map((f) => [f.query, f.reason]));
        } catch (error) {
          failures = new Map(findings.map((f) => [f.query, describeError(error)]));
        }
        for (const f of findings) {
          const failure = failures.get(f.query) ?? null;
          const mine = hits.filter((h) => h.query === f.query && onDomain(h.url, f.domain) && h.answerSha256 && attributedEngines(client, sink.bodies.get(h.answerSha256)!, h.url).includes(s.engine));
          const top = mine.sort((a, b) => a.rank - b.rank)[0] ?? null;
          const answered = sink.firstAnswer.get(`${client}\u0000${f.query}`) ?? null;
          const check: RankCheck = { domain: f.domain, query: f.query, client, before: f.rank, rank: failure ? null : (top?.rank ?? null), url: top?.url ?? null, answerSha256: failure ? null : (top?.answerSha256 ?? answered), failure };
          checks.push(check);
          input.onCheck?.(check);
        }
      }
      const decided = checks.filter((c) => !c.failure);
      const outcome = decided.some((c) => c.rank !== null) ? 'online' : decided.length === checks.length && checks.length > 0 ? 'gone' : null;
      if (outcome) addNoticeEvent(catalog, n.id, { kind: 'recheck', at: new Date().toISOString(), outcome, note: checks.map(checkNote).join('; '), bundleId: null });
      out.push({ noticeId: n.id, engine: s.engine, outcome, checks, error: outcome ? null : `notice ${n.id}: every search failed, nothing recorded (${checks.map((c) => c.failure).filter(Boolean)[0] ?? 'no queries'})` });
    }
    return out;
  } finally {
    catalog.close();
  }
}
