import { createHash } from 'node:crypto';
import { RemoteError, describeError } from '../core/errors.js';

export interface JsonRequest {
  url: string;
  headers?: Record<string, string>;
  timeoutMs: number;
  retries: number;
  /** What is asked, for error messages ("SearXNG search for 'undress ai'"). */
  what: string;
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Seconds or an HTTP date, as RFC 9110 allows; capped at five minutes. */
export function retryAfterMs(header: string | null, attempt: number): number {
  if (header) {
    const seconds = Number(header);
    if (Number.isFinite(seconds)) return Math.min(300_000, Math.max(0, seconds * 1000));
    const date = Date.parse(header);
    if (Number.isFinite(date)) return Math.min(300_000, Math.max(0, date - Date.now()));
  }
  return Math.min(60_000, 1000 * 2 ** attempt);
}

/** A JSON answer as received: kept raw, timed and hashed, because answers are evidence. */
export interface RawJson {
  url: string;
  status: number;
  at: string;
  body: string;
  sha256: string;
  json: unknown;
}

/**
 * GET a JSON API with a timeout. 429 and 5xx are retried after Retry-After (or exponential backoff);
 * other statuses and unparseable bodies fail with one clear sentence.
 */
export async function getJson(req: JsonRequest): Promise<unknown> {
  return (await getJsonRaw(req)).json;
}

/** Like getJson, keeping the raw body with its time and SHA-256. */
export async function getJsonRaw(req: JsonRequest): Promise<RawJson> {
  const sleep = req.sleep ?? wait;
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      response = await fetch(req.url, { headers: { accept: 'application/json', ...req.headers }, signal: AbortSignal.timeout(req.timeoutMs) });
    } catch (error) {
      // Nobody listens there, or the name does not exist: waiting will not change that.
      const code = ((error as Error).cause as NodeJS.ErrnoException | undefined)?.code;
      const dead = code !== undefined && ['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH'].includes(code);
      if (attempt < req.retries && !dead) {
        await sleep(retryAfterMs(null, attempt));
        continue;
      }
      throw new RemoteError(`${req.what} failed: ${describeError((error as Error).cause ?? error)}`, { cause: error, retryable: !dead });
    }
    if (response.status === 429 || response.status >= 500) {
      if (attempt < req.retries) {
        await response.body?.cancel();
        await sleep(retryAfterMs(response.headers.get('retry-after'), attempt));
        continue;
      }
      throw new RemoteError(`${req.what} failed: HTTP ${response.status} after ${req.retries + 1} attempts`);
    }
    if (!response.ok) throw new RemoteError(`${req.what} failed: HTTP ${response.status}`, { retryable: false });
    const text = await response.text();
    try {
      const json = JSON.parse(text) as unknown;
      return { url: response.url || req.url, status: response.status, at: new Date().toISOString(), body: text, sha256: createHash('sha256').update(text).digest('hex'), json };
    } catch (error) {
      throw new RemoteError(`${req.what} answered something that is not JSON (${text.slice(0, 60).replace(/\s+/g, ' ')}…)`, { cause: error, retryable: false });
    }
  }
}

/** Reads `obj[key]` as an array of objects, or throws a sentence naming the field. */
export function arrayField(value: unknown, path: string[], what: string): Record<string, unknown>[] {
  let current: unknown = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') throw new RemoteError(`${what}: the answer has no "${path.join('.')}" field`, { retryable: false });
    current = (current as Record<string, unknown>)[key];
  }
  if (current === undefined) return [];
  if (!Array.isArray(current)) throw new RemoteError(`${what}: "${path.join('.')}" is not a list`, { retryable: false });
  return current.filter((x): x is Record<string, unknown> => x !== null && typeof x === 'object');
}

export const stringOrNull = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
