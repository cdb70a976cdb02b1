import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { WARCRecord, WARCSerializer } from 'warcio';
import { toolVersion } from '../core/version.js';
import { header, type Exchange } from './har.js';
import type { InternalRedirect } from './upgrades.js';

export interface WarcResult {
  records: number;
  truncatedBodies: number;
  bodyBytes: number;
}

/** Hop-by-hop and encoding headers that no longer describe the stored (decoded) body. */
const REWRITE = new Set(['content-encoding', 'transfer-encoding', 'content-length']);

function statusLine(x: Exchange): string {
  const r = x.entry.response;
  return `HTTP/1.1 ${r.status} ${r.statusText || ''}`.trim();
}

function responseHeaders(x: Exchange, bodyLength: number): [string, string][] {
  const out: [string, string][] = [];
  for (const h of x.entry.response.headers) {
    if (h.name.startsWith(':')) continue; // HTTP/2 pseudo-headers
    if (REWRITE.has(h.name.toLowerCase())) out.push([`X-Archive-Orig-${h.name}`, h.value]);
    else out.push([h.name, h.value]);
  }
  out.push(['Content-Length', String(bodyLength)]);
  const proto = x.entry.response.httpVersion;
  if (proto && !/^HTTP\/1\./i.test(proto)) out.push(['X-Archive-Orig-Protocol', proto]);
  return out;
}

function requestHeaders(x: Exchange): [string, string][] {
  return x.entry.request.headers.filter((h) => !h.name.startsWith(':')).map((h) => [h.name, h.value]);
}

async function* once_(data: Uint8Array): AsyncIterable<Uint8Array> {
  yield data;
}

/** One application/warc-fields line; values on one line, as the format wants. */
const field = (name: string, value: string): string => `${name}: ${value.replace(/[\r\n]+/g, ' ')}\r\n`;

/**
 * A browser-internal redirect (Chromium's own 307 with Non-Authoritative-Reason) as a WARC
 * `metadata` record for the URL that was asked for: nothing was sent to a server, so it is neither a
 * `request` nor a `response` record. Its Content-Type, application/warc-fields, keeps replay indexes
 * (pywb, warcio) from serving it in place of the https:// response it points to.
 */
function internalRedirectRecord(x: Exchange, known: InternalRedirect | undefined, concurrentTo: string | undefined): WARCRecord {
  const r = x.entry.response;
  const url = x.entry.request.url;
  const location = header(r.headers, 'location') ?? known?.to ?? '';
  const reason = header(r.headers, 'non-authoritative-reason') ?? known?.nonAuthoritativeReason ?? 'unknown';
  const body = [
    field('browser-internal-redirect', `${r.status} ${r.statusText || 'Internal Redirect'}`.trim()),
    field('location', location),
    field('non-authoritative-reason', reason),
    field('upgrade-cause', known?.cause ?? 'browser-other'),
    field('sent-to-server', 'no'),
    field('explanation', known?.explanation ?? `the browser redirected on its own (Non-Authoritative-Reason: ${reason}); no server answered this URL`),
  ].join('');
  return WARCRecord.create(
    { url, date: x.entry.startedDateTime, type: 'metadata', warcVersion: 'WARC/1.1', warcHeaders: { 'Content-Type': 'application/warc-fields', ...(concurrentTo ? { 'WARC-Concurrent-To': concurrentTo } : {}) } },
    once_(Buffer.from(body, 'utf8')),
  );
}

/**
 * Chromium marks the redirects it makes itself (HSTS, HTTPS-Upgrades …) with Non-Authoritative-Reason,
 * and they came from no server address; a server that sends the header itself is archived as it answered.
 */
export const isInternalRedirect = (x: Exchange): boolean =>
  header(x.entry.response.headers, 'non-authoritative-reason') !== null && x.entry.response.status >= 300 && x.entry.response.status < 400 && !x.entry.serverIPAddress;

/**
 * Writes every network exchange the browser saw as WARC 1.1 request/response records (gzip per
 * record). Bodies are stored as the browser decoded them; original encoding headers are kept with
 * an X-Archive-Orig- prefix. Bodies beyond `maxBytes` in total are truncated (WARC-Truncated: length).
 */
export async function writeWarc(exchanges: Exchange[], path: string, maxBytes: number, info: Record<string, string>, internalRedirects: InternalRedirect[] = []): Promise<WarcResult> {
  const out = createWriteStream(path);
  // A write error (a full disk) is kept and thrown at the next write, never left unhandled.
  let failure: Error | null = null;
  out.on('error', (error) => {
    failure = error;
  });
  const write = async (record: WARCRecord): Promise<void> => {
    const bytes = await WARCSerializer.serialize(record, { gzip: true });
    if (failure) throw failure;
    if (!out.write(bytes)) await once(out, 'drain');
  };
  const result: WarcResult = { records: 0, truncatedBodies: 0, bodyBytes: 0 };
  await write(WARCRecord.createWARCInfo({ filename: 'capture.warc.gz', warcVersion: 'WARC/1.1' }, { software: `dijkwacht ${toolVersion}`, format: 'WARC File Format 1.1', ...info }));
  result.records++;
  const responseIds = new Map<string, string>();
  const internal: Exchange[] = [];
  for (const x of exchanges) {
    const url = x.entry.request.url;
    if (!/^https?:/i.test(url)) continue;
    if (isInternalRedirect(x)) {
      internal.push(x); // written after the responses, so each can name the record of the URL it led to
      continue;
    }
    const date = x.entry.startedDateTime;
    let body = x.body ?? Buffer.alloc(0);
    let truncated = false;
    const room = Math.max(0, maxBytes - result.bodyBytes);
    if (body.length > room) {
      body = body.subarray(0, room);
      truncated = true;
      result.truncatedBodies++;
    }
    result.bodyBytes += body.length;
    const warcHeaders: Record<string, string> = {};
    if (x.entry.serverIPAddress) warcHeaders['WARC-IP-Address'] = x.entry.serverIPAddress.replace(/^\[|\]$/g, '');
    if (truncated) warcHeaders['WARC-Truncated'] = 'length';
    const response = WARCRecord.create(
      { url, date, type: 'response', warcVersion: 'WARC/1.1', statusline: statusLine(x), httpHeaders: responseHeaders(x, body.length), warcHeaders },
      once_(body),
    );
    await write(response);
    const responseId = response.warcHeaders.headers.get('WARC-Record-ID') ?? undefined;
    if (responseId && !responseIds.has(url)) responseIds.set(url, responseId);
    const u = new URL(url);
    const post = x.entry.request.postData?.text;
    const request = WARCRecord.create(
      {
        url,
        date,
        type: 'request',
        warcVersion: 'WARC/1.1',
        statusline: `${x.entry.request.method} ${u.pathname}${u.search} HTTP/1.1`,
        httpHeaders: requestHeaders(x),
        warcHeaders: responseId ? { 'WARC-Concurrent-To': responseId } : {},
      },
      once_(post ? Buffer.from(post) : new Uint8Array(0)),
    );
    await write(request);
    result.records += 2;
  }
  for (const x of internal) {
    const known = internalRedirects.find((r) => r.from === x.entry.request.url);
    const to = header(x.entry.response.headers, 'location') ?? known?.to;
    await write(internalRedirectRecord(x, known, to ? responseIds.get(to) : undefined));
    result.records++;
  }
  out.end();
  await finished(out);
  return result;
}
