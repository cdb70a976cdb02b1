import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { corpusSites, corpusUrl } from './corpus/index.js';
import { sendJson } from './fixture.js';

/** A searchable document of the fictional web. */
interface Doc {
  url: string;
  title: string;
  text: string;
}

const docs: Doc[] = corpusSites.flatMap((site) => site.pages.map((p) => ({ url: corpusUrl({ host: site.host, path: p.path }), title: p.title, text: `${p.title} ${p.body}`.replace(/<[^>]+>/g, ' ').toLowerCase() })));

function rank(query: string): Doc[] {
  const q = query.toLowerCase().trim();
  const tokens = q.split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 1);
  const scored = docs
    .map((d) => {
      const hits = tokens.filter((t) => d.text.includes(t)).length + (d.text.includes(q) ? tokens.length : 0);
      return { d, hits };
    })
    .filter((x) => x.hits >= Math.max(1, Math.ceil(tokens.length / 2)))
    .sort((a, b) => b.hits - a.hits || a.d.url.localeCompare(b.d.url));
  return scored.map((x) => x.d);
}

export interface TestSearch {
  /** SearXNG-compatible base URL (pass as --searxng-url). */
  searxngUrl: string;
  /** Answers 429 with Retry-After: 1 to the first request for each query, then normally. */
  rateLimitedSearxngUrl: string;
  /** Answers 200 with a body that is not JSON. */
  brokenSearxngUrl: string;
  /** Answers with no results. */
  emptySearxngUrl: string;
  braveApiUrl: string;
  braveApiKey: string;
  googleApiUrl: string;
  googleApiKey: string;
  googleCx: string;
  requests: string[];
  stop(): Promise<void>;
}

export async function startSearch(): Promise<TestSearch> {
  const requests: string[] = [];
  const limited = new Set<string>();
  const json = sendJson;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://search.test');
    requests.push(`${url.pathname}?${url.searchParams.toString()}`);
    const q = url.searchParams.get('q') ?? '';
    const results = rank(q);
    if (url.pathname.startsWith('/searxng')) {
      if (url.searchParams.get('format') !== 'json') return res.writeHead(403).end('format not allowed');
      if (url.pathname === '/searxng-broken/search') return res.writeHead(200, { 'content-type': 'application/json' }).end('{"results": [ {"url": ');
      if (url.pathname === '/searxng-empty/search') return json(res, 200, { query: q, results: [] });
      if (url.pathname === '/searxng-429/search' && !limited.has(q)) {
        limited.add(q);
        return json(res, 429, { error: 'too many requests' }, { 'retry-after': '1' });
      }
      const page = Number(url.searchParams.get('pageno') ?? '1');
      const slice = results.slice((page - 1) * 10, page * 10);
      return json(res, 200, { query: q, number_of_results: results.length, results: slice.map((d) => ({ url: d.url, title: d.title, content: d.text.slice(0, 160), engine: 'fixture' })) });
    }
    if (url.pathname === '/brave/res/v1/web/search') {
      if (req.headers['x-subscription-token'] !== 'test-brave-key') return json(res, 401, { error: 'bad key' });
      const offset = Number(url.searchParams.get('offset') ?? '0');
      const count = Number(url.searchParams.get('count') ?? '20');
      const slice = results.slice(offset * count, (offset + 1) * count);
      return json(res, 200, { type: 'search', web: { results: slice.map((d) => ({ url: d.url, title: d.title, description: d.text.slice(0, 160) })) } });
    }
    if (url.pathname === '/google/customsearch/v1') {
      if (url.searchParams.get('key') !== 'test-google-key' || url.searchParams.get('cx') !== 'test-cx') return json(res, 403, { error: { message: 'bad key' } });
      const start = Number(url.searchParams.get('start') ?? '1');
      const slice = results.slice(start - 1, start - 1 + 10);
      return json(res, 200, slice.length ? { items: slice.map((d) => ({ link: d.url, title: d.title, snippet: d.text.slice(0, 160) })) } : {});
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    searxngUrl: `${base}/searxng`,
    rateLimitedSearxngUrl: `${base}/searxng-429`,
    brokenSearxngUrl: `${base}/searxng-broken`,
    emptySearxngUrl: `${base}/searxng-empty`,
    braveApiUrl: `${base}/brave/res/v1/web/search`,
    braveApiKey: 'test-brave-key',
    googleApiUrl: `${base}/google/customsearch/v1`,
    googleApiKey: 'test-google-key',
    googleCx: 'test-cx',
    requests,
    async stop() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
