import { readFile } from 'node:fs/promises';

/** The parts of a HAR 1.2 file (as Playwright records it) that dijkwacht reads. */
export interface HarHeader {
  name: string;
  value: string;
}

export interface HarEntry {
  startedDateTime: string;
  serverIPAddress?: string;
  request: { method: string; url: string; httpVersion: string; headers: HarHeader[]; postData?: { mimeType?: string; text?: string } };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    headers: HarHeader[];
    redirectURL?: string;
    content: { size: number; mimeType?: string; text?: string; encoding?: string };
  };
  _failureText?: string;
}

export interface Exchange {
  entry: HarEntry;
  body: Buffer | null;
}

export async function readHar(path: string): Promise<Exchange[]> {
  const har = JSON.parse(await readFile(path, 'utf8')) as { log?: { entries?: HarEntry[] } };
  return (har.log?.entries ?? []).map((entry) => {
    const c = entry.response.content;
    const body = c.text === undefined ? null : Buffer.from(c.text, c.encoding === 'base64' ? 'base64' : 'utf8');
    return { entry, body };
  });
}

export function header(headers: HarHeader[], name: string): string | null {
  const lower = name.toLowerCase();
  return headers.find((h) => h.name.toLowerCase() === lower)?.value ?? null;
}

export function mediaTypeOf(exchange: Exchange): string {
  return (exchange.entry.response.content.mimeType || header(exchange.entry.response.headers, 'content-type') || '').split(';')[0]?.trim().toLowerCase() ?? '';
}
