import { sha256Hex } from '../../core/hash.js';
import { arrayField, getJsonRaw, stringOrNull, type RawJson } from '../../net/http-json.js';
import type { SearchAnswer, SearchAnswerSink, SearchHit, SearchPage, SearchProvider } from './provider.js';

export interface EngineOptions {
  timeoutMs: number;
  retries: number;
  /** Ends a wait between retries (Retry-After can be minutes) as soon as the run is interrupted. */
  signal?: AbortSignal;
  /** Where the raw answers are kept when runSearch is given no sink of its own. */
  answers?: SearchAnswerSink | null;
}

/** Query parameters that carry credentials: never kept with an answer. */
const SECRET_PARAMS = /^(?:key|api[_-]?key|apikey|token|access[_-]?token|subscription[_-]?key)$/i;

/** The URL asked, with credentials removed: what is kept beside the answer. */
export function redactedUrl(url: string): string {
  const u = new URL(url);
  for (const name of [...u.searchParams.keys()]) if (SECRET_PARAMS.test(name)) u.searchParams.set(name, 'REDACTED');
  return u.toString();
}

/** The answer as evidence: its body as UTF-8 bytes, hashed, with the URL asked (credentials removed). */
function answerOf(engine: string, query: string, page: number, asked: string, raw: RawJson): SearchAnswer {
  const body = Buffer.from(raw.body, 'utf8');
  return { engine, query, page, requestUrl: redactedUrl(asked), httpStatus: raw.status, mediaType: 'application/json', retrievedAt: raw.at, body, sha256: sha256Hex(body) };
}

/** What getJson is given: the timeout and retries, and a wait that the run's signal cuts short. */
function requestOptions(o: EngineOptions): { timeoutMs: number; retries: number; sleep?: (ms: number) => Promise<void> } {
  const { signal } = o;
  const rest = { timeoutMs: o.timeoutMs, retries: o.retries };
  if (!signal) return rest;
  return {
    ...rest,
    sleep: (ms) =>
      new Promise<void>((resolve, reject) => {
        if (signal.aborted) return reject(signal.reason as Error);
        const timer = setTimeout(() => {
          signal.removeEventListener('abort', stop);
          resolve();
        }, ms);
        const stop = (): void => {
          clearTimeout(timer);
          reject(signal.reason as Error);
        };
        signal.addEventListener('abort', stop, { once: true });
      }),
  };
}

function hits(items: Record<string, unknown>[], urlKey: string, titleKey: string, snippetKey: string): SearchHit[] {
  const out: SearchHit[] = [];
  for (const item of items) {
    const url = stringOrNull(item[urlKey]);
    if (!url || !/^https?:\/\//i.test(url)) continue; // field by field: no URL, no result
    out.push({ url, title: stringOrNull(item[titleKey]), snippet: stringOrNull(item[snippetKey]) });
  }
  return out;
}

/** A self-hosted SearXNG instance with `format=json` enabled. */
export class SearxngProvider implements SearchProvider {
  readonly engine = 'searxng';
  readonly pageSize = 10;
  readonly answers: SearchAnswerSink | null;
  readonly #base: string;
  readonly #o: ReturnType<typeof requestOptions>;

  constructor(baseUrl: string, o: EngineOptions) {
    this.#base = baseUrl.replace(/\/+$/, '');
    this.#o = requestOptions(o);
    this.answers = o.answers ?? null;
  }

  async search(query: string, page: number): Promise<SearchPage> {
    const url = `${this.#base}/search?${new URLSearchParams({ q: query, format: 'json', pageno: String(page), safesearch: '0' })}`;
    const what = `SearXNG search for "${query}" (page ${page})`;
    const raw = await getJsonRaw({ url, what, ...this.#o });
    return { hits: hits(arrayField(raw.json, ['results'], what), 'url', 'title', 'content'), answer: answerOf(this.engine, query, page, url, raw) };
  }
}

/** Brave Search API (web search). */
export class BraveProvider implements SearchProvider {
  readonly engine = 'brave';
  readonly pageSize = 20;
  readonly answers: SearchAnswerSink | null;
  readonly #url: string;
  readonly #key: string;
  readonly #o: ReturnType<typeof requestOptions>;

  constructor(apiUrl: string, key: string, o: EngineOptions) {
    this.#url = apiUrl;
    this.#key = key;
    this.#o = requestOptions(o);
    this.answers = o.answers ?? null;
  }

  async search(query: string, page: number): Promise<SearchPage | null> {
    if (page > 10) return null; // the API serves offsets 0..9
    const url = `${this.#url}?${new URLSearchParams({ q: query, count: String(this.pageSize), offset: String(page - 1), safesearch: 'off' })}`;
    const what = `Brave search for "${query}" (page ${page})`;
    const raw = await getJsonRaw({ url, what, headers: { 'x-subscription-token': this.#key }, ...this.#o });
    return { hits: hits(arrayField(raw.json, ['web', 'results'], what), 'url', 'title', 'description'), answer: answerOf(this.engine, query, page, url, raw) };
  }
}

/** Google Programmable Search JSON API. */
export class GoogleProvider implements SearchProvider {
  readonly engine = 'google';
  readonly pageSize = 10;
  readonly answers: SearchAnswerSink | null;
  readonly #url: string;
  readonly #key: string;
  readonly #cx: string;
  readonly #o: ReturnType<typeof requestOptions>;

  constructor(apiUrl: string, key: string, cx: string, o: EngineOptions) {
    this.#url = apiUrl;
    this.#key = key;
    this.#cx = cx;
    this.#o = requestOptions(o);
    this.answers = o.answers ?? null;
  }

  async search(query: string, page: number): Promise<SearchPage | null> {
    const start = 1 + (page - 1) * this.pageSize;
    if (start > 91) return null; // the API serves the first 100 results
    const url = `${this.#url}?${new URLSearchParams({ key: this.#key, cx: this.#cx, q: query, start: String(start), num: String(this.pageSize) })}`;
    const what = `Google search for "${query}" (page ${page})`;
    const raw = await getJsonRaw({ url, what, ...this.#o });
    return { hits: hits(arrayField(raw.json, ['items'], what), 'link', 'title', 'snippet'), answer: answerOf(this.engine, query, page, url, raw) };
  }
}
