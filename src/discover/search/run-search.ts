import PQueue from 'p-queue';
import { describeError } from '../../core/errors.js';
import type { SearchProvider } from './provider.js';

export interface RankedHit {
  engine: string;
  query: string;
  rank: number;
  url: string;
  title: string | null;
  snippet: string | null;
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
  onHit?: (hit: RankedHit) => void;
  onFailure?: (f: SearchFailure) => void;
}

/**
 * Runs every query on every engine, page by page up to `maxResults`, each engine behind its own rate
 * limit. A failing query is recorded and the others go on.
 */
export async function runSearch(input: SearchRunInput): Promise<{ hits: RankedHit[]; failures: SearchFailure[] }> {
  const hits: RankedHit[] = [];
  const failures: SearchFailure[] = [];
  await Promise.all(
    input.providers.map(async (provider) => {
      const queue = new PQueue({ concurrency: 1, intervalCap: input.requestsPerSecond, interval: 1000 });
      await Promise.all(
        input.queries.map((query) =>
          queue.add(async () => {
            let rank = 0;
            for (let page = 1; rank < input.maxResults; page++) {
              let pageHits;
              try {
                pageHits = await provider.search(query, page);
              } catch (error) {
                const failure = { engine: provider.engine, query, reason: describeError(error) };
                failures.push(failure);
                input.onFailure?.(failure);
                return;
              }
              if (pageHits.length === 0) return;
              for (const h of pageHits) {
                if (rank >= input.maxResults) break;
                const hit = { engine: provider.engine, query, rank: ++rank, ...h };
                hits.push(hit);
                input.onHit?.(hit);
              }
              if (pageHits.length < provider.pageSize) return;
              // the next page waits for its turn in the rate limit
              await new Promise((r) => setTimeout(r, 1000 / input.requestsPerSecond));
            }
          }),
        ),
      );
    }),
  );
  return { hits, failures };
}
