import { createHash } from 'node:crypto';
import type { CapturesRepository } from '../catalog/repositories/captures-repo.js';
// The two modules themselves, not classify/index.js: that one compiles the classifier's lexicons (seconds of CPU).
import { findIdentifiers } from '../classify/identifiers.js';
import { registrableDomain } from '../core/domain.js';
import { describeError } from '../core/errors.js';
import type { Logger } from '../log/index.js';
import { mediaTypeOf } from './har.js';
import type { Observed } from './observed.js';
import type { TlsObservation } from './tls-chain.js';

/** Identifiers that tie sites together: the page's own (analytics, wallets, handles), the favicon's SHA-256, the TLS certificate's SAN set. */
export function captureIdentifiers(observed: Observed | null, tls: TlsObservation | null): { kind: string; value: string }[] {
  const ids = observed?.dom ? findIdentifiers(observed.dom) : [];
  const favicon = observed?.exchanges.find((x) => x.body && /favicon|\.ico(\?|$)/i.test(x.entry.request.url) && mediaTypeOf(x).startsWith('image/'));
  if (favicon?.body) ids.push({ kind: 'favicon-sha256', value: createHash('sha256').update(favicon.body).digest('hex') });
  const sans = tls?.chain[0]?.subjectAltNames;
  if (sans && sans.length > 1) ids.push({ kind: 'tls-san-set', value: [...sans].sort().join(',') });
  return ids;
}

/**
 * After a bundle is stored, the catalog learns what later stages need: the capture itself (for the
 * CDN headers) and its identifiers, in the data directory's catalog or a worker's shared one. Best
 * effort: a catalog problem never fails a capture.
 */
export async function recordCaptureFacts(input: { captures: CapturesRepository | null; bundleId: string; url: string; status: string; location: string; caseId: string | null; observed: Observed | null; tls: TlsObservation | null; log: Logger }): Promise<void> {
  const { observed, captures } = input;
  const domain = registrableDomain(observed?.finalUrl ?? input.url);
  if (!domain || !captures) return;
  try {
    await captures.record({ bundleId: input.bundleId, url: input.url, domain, at: new Date().toISOString(), status: input.status, location: input.location, headers: observed?.main?.headers ?? {}, caseId: input.caseId });
    await captures.identifiers(domain, input.url, captureIdentifiers(observed, input.tls));
  } catch (error) {
    input.log.warn({ err: error, bundleId: input.bundleId }, `could not record the capture in the catalog: ${describeError(error)}`);
  }
}
