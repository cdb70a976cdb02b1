import PQueue from 'p-queue';
import { describeError } from '../../core/errors.js';
import { unreachableCode } from './failures.js';
import type { SearchAnswerSink, SearchProvider } from './provider.js';

export interface RankedHit {
  engine: string;
  query: string;
  rank: number;
  url: string;
  title: string | null;
  snippet: string | null;
  /** The SHA-256 of the stored answer this hit was read from (null when no sink kept it). */
  answerSha256: string | null;
}

export interface SearchFailure {
  engine: string;
  query: string;
  reason: string;
}

export interface SearchRunInput {
  providers: SearchProvider[];
  queries: string[];
  maxResults: number;
  requestsPerSecond: number;
  /** Each query's hits, once the query is done (a query cut by `signal` gives none). */
  onHit?: (hit: RankedHit) => void;
  onFailure?: (f: SearchFailure) => void;
  /** Stops starting queries and pages; a query that was cut is neither a result nor a failure. */
  signal?: AbortSignal;
  /** Where each raw answer is kept; absent: the provider's own sink (createProviders sets one); null: not kept. */
  answers?: SearchAnswerSink | null;
  /** The run the answers belong to, when the caller knows it. */
  runId?: number | null;
  /** Who asked: discovery (default) or a notice re-check. */
  purpose?: 'discover' | 'recheck';
}

export interface SearchRunResult {
  hits: RankedHit[];
  failures: SearchFailure[];
  /** False when `signal` stopped the search before every query was asked. */
  complete: boolean;
}

/**
 * Runs every query on every engine, page by page up to `maxResults`, each engine behind its own rate
 * limit. A failing query is recorded and the others go on, except when the engine cannot be reached
 * at all (connection refused, name not found): its remaining queries are recorded as not searched,
 * without asking, so a dead endpoint costs one failed request, not one per query.
 */
export async function runSearch(input: SearchRunInput): Promise<SearchRunResult> {
  const hits: RankedHit[] = [];
  const failures: SearchFailure[] = [];
  const signal = input.signal;
  let cut = false;
  const fail = (failure: SearchFailure): void => {
    failures.push(failure);
    input.onFailure?.(failure);
  };
  await Promise.all(
    input.providers.map(async (provider) => {
      const sink = input.answers === undefined ? (provider.answers ?? null) : input.answers;
      const queue = new PQueue({ concurrency: 1, intervalCap: input.requestsPerSecond, interval: 1000 });
      let unreachable: string | null = null;
      await Promise.all(
        input.queries.map((query) =>
          queue.add(async () => {
            if (signal?.aborted) {
              cut = true;
              return;
            }
            if (unreachable) {
              fail({ engine: provider.engine, query, reason: `not searched: ${unreachable}` });
              return;
            }
            const found: RankedHit[] = [];
            for (let page = 1; found.length < input.maxResults; page++) {
              let result;
              try {
                result = await provider.search(query, page);
                if (result && sink) {
                  // The answer is the evidence of the ranking: a ranking whose answer cannot be kept is a failure.
                  const taken = Math.min(result.hits.length, input.maxResults - found.length);
                  await sink.record({ ...result.answer, firstRank: found.length + 1, hits: taken, runId: input.runId ?? null, purpose: input.purpose ?? 'discover' });
                }
              } catch (error) {
                if (signal?.aborted) {
                  cut = true;
                  return;
                }
                const reason = describeError(error);
                if (unreachableCode(error)) unreachable = `the ${provider.engine} endpoint cannot be reached (${reason})`;
                fail({ engine: provider.engine, query, reason });
                return;
              }
              if (!result) break;
              const answerSha256 = sink ? result.answer.sha256 : null;
              for (const h of result.hits) {
                if (found.length >= input.maxResults) break;
                found.push({ engine: provider.engine, query, rank: found.length + 1, ...h, answerSha256 });
              }
              if (result.hits.length < provider.pageSize) break;
              if (signal?.aborted) {
                cut = true;
                return;
              }
              // the next page waits for its turn in the rate limit
              await new Promise((r) => setTimeout(r, 1000 / input.requestsPerSecond));
            }
            for (const hit of found) {
              hits.push(hit);
              input.onHit?.(hit);
            }
          }),
        ),
      );
      // The provider's own sink was opened for this search; the caller's sink is the caller's to close.
      if (input.answers === undefined) provider.answers?.close?.();
    }),
  );
  return { hits, failures, complete: !cut };
}
