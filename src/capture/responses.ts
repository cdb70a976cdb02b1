import type { APIResponse, BrowserContext, Response } from 'playwright';
import { withTimeout } from '../core/errors.js';
import { REFUSED_HEADER, UNREACHABLE_HEADER } from '../net/index.js';
import type { Hop, MainResponse } from './observed.js';

const mediaTypeOf = (headers: Record<string, string>): string => (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/**
 * The main response as the browser saw it. A busy renderer never hands over the body: after
 * `bodyTimeoutMs` it is left out (and fetched again by the caller).
 */
export async function describeResponse(response: Response, withBody: boolean, bodyTimeoutMs = 3000): Promise<MainResponse> {
  const headers = await response.allHeaders().catch(() => response.headers());
  const headerLines = await response.headersArray().catch(() => Object.entries(headers).map(([name, value]) => ({ name, value })));
  let body: Buffer | null = null;
  if (withBody) body = await withTimeout('reading the response body', bodyTimeoutMs, () => response.body()).catch(() => null);
  return {
    url: response.url(),
    status: response.status(),
    statusText: response.statusText(),
    headers,
    headerLines,
    mediaType: mediaTypeOf(headers),
    body,
    securityDetails: (await response.securityDetails().catch(() => null)) ?? null,
    remoteAddress: await response.serverAddr().catch(() => null),
  };
}

/**
 * The main document's redirect chain, each hop marked with who answered it: Chromium's own
 * redirects (HSTS and other upgrades) carry a Non-Authoritative-Reason header and reached no server.
 */
export async function redirectChainOf(response: Response): Promise<Hop[]> {
  const hops: Hop[] = [];
  let req = response.request().redirectedFrom();
  while (req) {
    const r = await req.response().catch(() => null);
    // Chromium's own redirects carry Non-Authoritative-Reason and came over no connection; a server sending the header is still a server.
    const header = r ? await r.headerValue('non-authoritative-reason').catch(() => null) : null;
    const reason = header !== null && r && (await r.serverAddr().catch(() => null)) === null ? header : null;
    hops.unshift({
      url: req.url(),
      status: r?.status() ?? null,
      location: r ? ((await r.headerValue('location').catch(() => null)) ?? null) : null,
      by: reason === null ? 'server' : 'browser',
      ...(reason === null ? {} : { nonAuthoritativeReason: reason }),
    });
    req = req.redirectedFrom();
  }
  hops.push({ url: response.url(), status: response.status(), location: null, by: 'server' });
  return hops;
}

/** The egress proxy answered for a refused hop: the reason, or null for a real answer. */
function refusedBy(response: APIResponse): string | null {
  const header = response.headers()[REFUSED_HEADER];
  return header === undefined ? null : decodeURIComponent(header);
}

/**
 * A plain GET through the context (and so through the egress proxy and its policy). A hop the
 * policy refused ends it with an error naming the hop, never with the proxy's empty answer.
 */
export async function fetchThroughContext(context: BrowserContext, url: string, opts: { timeoutMs: number; maxRedirects: number }): Promise<{ response: MainResponse; chain: Hop[] }> {
  const r = await context.request.get(url, { timeout: opts.timeoutMs, maxRedirects: opts.maxRedirects });
  try {
    const refused = refusedBy(r);
    if (refused !== null) throw new Error(`the request to ${r.url()} was refused by the network policy: ${refused}`);
    const lost = r.headers()[UNREACHABLE_HEADER];
    if (lost !== undefined) throw new Error(`${r.url()} could not be reached: ${decodeURIComponent(lost)}`);
    const headers = r.headers();
    return {
      response: { url: r.url(), status: r.status(), statusText: r.statusText(), headers, headerLines: r.headersArray(), mediaType: mediaTypeOf(headers), body: await r.body(), securityDetails: null, remoteAddress: null },
      chain: [{ url: r.url(), status: r.status(), location: null, by: 'server' }],
    };
  } finally {
    await r.dispose();
  }
}
