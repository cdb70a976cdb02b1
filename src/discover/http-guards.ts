import { Transform, type Readable } from 'node:stream';
import { REFUSED_HEADER, UNREACHABLE_HEADER, type NetworkPolicy } from '../net/index.js';

/** Why a page was not read; the crawl records it as the page's failure and does not retry. */
export class NotReadError extends Error {}

interface HookRequest {
  url: string;
  noRetry: boolean;
}


/**
 * Before each HTTP fetch: every redirect hop got would follow is checked by the network policy
 * first (the egress proxy checks it again, with DNS, whatever got does).
 */
export function redirectPolicyHook(policy: NetworkPolicy) {
  return (_ctx: unknown, gotOptions?: { hooks?: unknown }): void => {
    if (!gotOptions) return;
    const hooks = (gotOptions.hooks ??= {}) as { beforeRedirect?: unknown[] };
    hooks.beforeRedirect = [
      ...(hooks.beforeRedirect ?? []),
      (options: { url: URL | string }) => {
        const next = String(options.url);
        const verdict = policy.url(next);
        if (!verdict.allowed) throw new NotReadError(`not fetched: the redirect to ${next} was refused by the network policy (${verdict.reason})`);
      },
    ];
  };
}

interface StreamResponse extends Readable {
  statusCode?: number;
  /** The URL answered (after redirects), where the HTTP client gives it. */
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * After the headers of each HTTP fetch: a refusal by the egress proxy becomes the page's failure
 * with its reason; a page that declares more than `maxBytes` is not read; and every body is counted
 * as it arrives (after decompression), so an endless body, a lying Content-Length or a gzip bomb
 * stops at `maxBytes` instead of filling memory.
 */
export function bodyGuardHook(maxBytes: number) {
  return (ctx: { request: HookRequest; response?: StreamResponse }): void => {
    const { request, response } = ctx;
    if (!response) return;
    // The proxy can mark only plain-HTTP answers (it strips the marks targets send); inside TLS a mark is the target's own.
    const plain = /^http:/i.test(response.url ?? request.url);
    const lost = plain ? response.headers[UNREACHABLE_HEADER] : undefined;
    if (typeof lost === 'string') {
      response.destroy();
      throw new NotReadError(`not fetched: the site could not be reached (${decodeURIComponent(lost)})`);
    }
    const refused = plain ? response.headers[REFUSED_HEADER] : undefined;
    if (typeof refused === 'string') {
      request.noRetry = true;
      response.destroy();
      throw new NotReadError(`not fetched: refused by the network policy (${decodeURIComponent(refused)})`);
    }
    const declared = Number(response.headers['content-length'] ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      request.noRetry = true;
      response.destroy();
      throw new NotReadError(`not read: the page declares ${declared} bytes, over the ${maxBytes}-byte limit`);
    }
    let seen = 0;
    const counted = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        seen += chunk.length;
        if (seen > maxBytes) {
          request.noRetry = true;
          response.destroy();
          done(new NotReadError(`not read: the body passed the ${maxBytes}-byte limit (endless, lying about its length, or a compression bomb)`));
          return;
        }
        done(null, chunk);
      },
    });
    response.on('error', (error) => counted.destroy(error));
    response.pipe(counted);
    // Crawlee reads status, headers and the URL from the stream it parses: the counted one carries them.
    Object.assign(counted, { statusCode: response.statusCode, statusMessage: (response as { statusMessage?: string }).statusMessage, headers: response.headers, url: (response as { url?: string }).url, redirectUrls: (response as { redirectUrls?: unknown }).redirectUrls });
    (ctx as { response?: unknown }).response = counted;
  };
}
