import { arrayField, getJson, stringOrNull } from '../../net/http-json.js';
import type { SearchHit, SearchProvider } from './provider.js';

export interface EngineOptions {
  timeoutMs: number;
  retries: number;
  /** Ends a wait between retries (Retry-After can be minutes) as soon as the run is interrupted. */
  signal?: AbortSignal;
}

/** What getJson is given: the timeout and retries, and a wait that the run's signal cuts short. */
function requestOptions(o: EngineOptions): { timeoutMs: number; retries: number; sleep?: (ms: number) => Promise<void> } {
  const { signal, ...rest } = o;
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
  readonly #base: string;
  readonly #o: ReturnType<typeof requestOptions>;

  constructor(baseUrl: string, o: EngineOptions) {
    this.#base = baseUrl.replace(/\/+$/, '');
    this.#o = requestOptions(o);
  }

  async search(query: string, page: number): Promise<SearchHit[]> {
    const url = `${this.#base}/search?${new URLSearchParams({ q: query, format: 'json', pageno: String(page), safesearch: '0' })}`;
    const what = `SearXNG search for "${query}" (page ${page})`;
    return hits(arrayField(await getJson({ url, what, ...this.#o }), ['results'], what), 'url', 'title', 'content');
  }
}

/** Brave Search API (web search). */
export class BraveProvider implements SearchProvider {
  readonly engine = 'brave';
  readonly pageSize = 20;
  readonly #url: string;
  readonly #key: string;
  readonly #o: ReturnType<typeof requestOptions>;

  constructor(apiUrl: string, key: string, o: EngineOptions) {
    this.#url = apiUrl;
    this.#key = key;
    this.#o = requestOptions(o);
  }

  async search(query: string, page: number): Promise<SearchHit[]> {
    if (page > 10) return []; // the API serves offsets 0..9
    const url = `${this.#url}?${new URLSearchParams({ q: query, count: String(this.pageSize), offset: String(page - 1), safesearch: 'off' })}`;
    const what = `Brave search for "${query}" (page ${page})`;
    return hits(arrayField(await getJson({ url, what, headers: { 'x-subscription-token': this.#key }, ...this.#o }), ['web', 'results'], what), 'url', 'title', 'description');
  }
}

/** Google Programmable Search JSON API. */
export class GoogleProvider implements SearchProvider {
  readonly engine = 'google';
  readonly pageSize = 10;
  readonly #url: string;
  readonly #key: string;
  readonly #cx: string;
  readonly #o: ReturnType<typeof requestOptions>;

  constructor(apiUrl: string, key: string, cx: string, o: EngineOptions) {
    this.#url = apiUrl;
    this.#key = key;
    this.#cx = cx;
    this.#o = requestOptions(o);
  }

  async search(query: string, page: number): Promise<SearchHit[]> {
    const start = 1 + (page - 1) * this.pageSize;
    if (start > 91) return []; // the API serves the first 100 results
    const url = `${this.#url}?${new URLSearchParams({ key: this.#key, cx: this.#cx, q: query, start: String(start), num: String(this.pageSize) })}`;
    const what = `Google search for "${query}" (page ${page})`;
    return hits(arrayField(await getJson({ url, what, ...this.#o }), ['items'], what), 'link', 'title', 'snippet');
  }
}
