import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { WARCRecord, WARCSerializer } from 'warcio';
import { toolVersion } from '../core/version.js';
import type { Exchange } from './har.js';

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

/**
 * Writes every network exchange the browser saw as WARC 1.1 request/response records (gzip per
 * record). Bodies are stored as the browser decoded them; original encoding headers are kept with
 * an X-Archive-Orig- prefix. Bodies beyond `maxBytes` in total are truncated (WARC-Truncated: length).
 */
export async function writeWarc(exchanges: Exchange[], path: string, maxBytes: number, info: Record<string, string>): Promise<WarcResult> {
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
  for (const x of exchanges) {
    const url = x.entry.request.url;
    if (!/^https?:/i.test(url)) continue;
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
  out.end();
  await finished(out);
  return result;
}
