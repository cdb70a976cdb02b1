import { describeError } from '../../core/errors.js';
import type { EgressProxy } from '../../net/index.js';
import { NotReadError } from '../http-guards.js';
import { HttpStatusError, RobotsDisallowedError } from './errors.js';
import { metaOf, type CrawlLedger } from './routes.js';

export interface FailureDeps {
  ledger: CrawlLedger;
  egress: EgressProxy;
  failed: () => Promise<void>;
}

/**
 * The one place a failed request is recorded, with its reason: an error status, robots.txt, a
 * refusal by the network policy, an over-size or unreadable body, or what the fetch threw.
 */
export function recordFailure(deps: FailureDeps, via: 'http' | 'browser') {
  return async ({ request, response }: { request: { url: string; userData: Record<string, unknown> }; response?: unknown }, error: Error): Promise<void> => {
    // Crawlee refuses a non-HTML body by throwing, but leaves the stream reading: stop it here.
    (response as { destroy?: () => void } | undefined)?.destroy?.();
    const status = error instanceof HttpStatusError ? error.status : statusOf(response);
    const refusal = deps.egress.refusalFor(request.url);
    const known = error instanceof NotReadError || error instanceof RobotsDisallowedError || error instanceof HttpStatusError;
    const reason = refusal && !known ? `not fetched: refused by the network policy (${refusal.reason})` : describeError(error);
    await deps.ledger.fail(request.url, metaOf(request.userData), via, known || !status ? reason : `HTTP ${status}: ${reason}`, status);
    await deps.failed();
  };
}

function statusOf(response: unknown): number | null {
  const r = response as { statusCode?: number; status?: () => number } | undefined;
  if (!r) return null;
  if (typeof r.statusCode === 'number') return r.statusCode;
  try {
    return typeof r.status === 'function' ? r.status() : null;
  } catch {
    return null;
  }
}
