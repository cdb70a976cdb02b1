import { DataDirSearchAnswers } from '../../catalog/repositories/search-answers.js';
import { UsageError } from '../../core/errors.js';
import type { Options } from '../../options/index.js';
import { BraveProvider, GoogleProvider, SearxngProvider } from './engines.js';
import type { SearchAnswerSink, SearchProvider } from './provider.js';

export type { SearchAnswer, SearchAnswerSink, SearchHit, SearchPage, SearchProvider } from './provider.js';
export { attributedEngines, API_NAMES } from './attribution.js';
export { redactedUrl } from './engines.js';
export { runSearch, type RankedHit, type SearchFailure, type SearchRunResult } from './run-search.js';
export { searchHint, unreachableCode } from './failures.js';
export { loadQueryFile, parseQueries, shippedQueries, SHIPPED_QUERY_DIR } from './queries.js';
export { BraveProvider, GoogleProvider, SearxngProvider } from './engines.js';
export { getJson, retryAfterMs } from '../../net/http-json.js';

export const ENGINES = ['searxng', 'brave', 'google'] as const;
export type Engine = (typeof ENGINES)[number];

/**
 * Builds the providers asked for, with one clear sentence for each missing setting. Their raw
 * answers are kept in `answers`, by default the catalog of the data directory (null: not kept).
 */
export function createProviders(engines: string[], o: Options, signal?: AbortSignal, answers?: SearchAnswerSink | null): SearchProvider[] {
  const sink = answers === undefined ? new DataDirSearchAnswers(o.dataDir) : answers;
  const common = { timeoutMs: o.navigationTimeoutMs, retries: o.searchRetries, answers: sink, ...(signal ? { signal } : {}) };
  return engines.map((engine) => {
    switch (engine) {
      case 'searxng':
        if (!o.searxngUrl) throw new UsageError('The searxng engine needs --searxng-url URL (or searxngUrl / DIJKWACHT_SEARXNG_URL).');
        return new SearxngProvider(o.searxngUrl, common);
      case 'brave':
        if (!o.braveApiKey) throw new UsageError('The brave engine needs an API key: DIJKWACHT_BRAVE_API_KEY (or braveApiKey in the config file).');
        return new BraveProvider(o.braveApiUrl, o.braveApiKey, common);
      case 'google':
        if (!o.googleApiKey || !o.googleCx) throw new UsageError('The google engine needs DIJKWACHT_GOOGLE_API_KEY and DIJKWACHT_GOOGLE_CX.');
        return new GoogleProvider(o.googleApiUrl, o.googleApiKey, o.googleCx, common);
      default:
        throw new UsageError(`Unknown search engine "${engine}"; use ${ENGINES.join(', ')}.`);
    }
  });
}
