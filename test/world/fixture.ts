import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a fixture route answers. `hangMs` delays the answer (timeouts); `stream` writes large bodies in chunks. */
export interface FixtureResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  hangMs?: number;
  stream?: { chunk: string; count: number };
}

export type Route = (req: IncomingMessage, url: URL) => FixtureResponse | Promise<FixtureResponse>;

export interface Site {
  /** Short description, for the README's table of the test world. */
  about: string;
  routes: Record<string, Route>;
  /** Serve the placeholder images /img/p0.png … like the default host does. */
  placeholderImages?: boolean;
}

export const html = (body: string, status = 200, headers: Record<string, string> = {}): FixtureResponse => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8', ...headers },
  body,
});

export const page = (title: string, body: string, head = ''): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}
<style>body{font-family:sans-serif;margin:0;padding:24px;background:#fff;color:#111}h1{font-size:32px;margin:0 0 12px}
.grid{display:grid;grid-template-columns:repeat(5,220px);gap:12px}.grid img{width:220px;height:165px;display:block}
.hero{height:160px;background-size:cover;margin:12px 0}p{max-width:900px;line-height:1.4}</style></head>
<body>${body}</body></html>`;

export const redirect = (location: string, status = 302): FixtureResponse => ({ status, headers: { location }, body: '' });

/** Answers with a JSON body (the search and RDAP endpoints of the test world). */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}, contentType = 'application/json'): void {
  res.writeHead(status, { 'content-type': contentType, ...headers }).end(JSON.stringify(body));
}
