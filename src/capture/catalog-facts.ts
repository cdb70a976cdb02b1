import { createHash } from 'node:crypto';
import { recordCapture, type Catalog } from '../catalog/index.js';
// The two modules themselves, not classify/index.js: that one compiles the classifier's lexicons (seconds of CPU).
import { findIdentifiers } from '../classify/identifiers.js';
import { registrableDomain } from '../core/domain.js';
import { describeError } from '../core/errors.js';
import type { Logger } from '../log/index.js';
import { mediaTypeOf } from './har.js';
import type { Observed } from './observed.js';
import type { TlsObservation } from './tls-chain.js';

/**
 * After a bundle is stored, the catalog learns what later stages need: the capture itself (for the
 * CDN headers), and identifiers that tie sites together (page identifiers, the favicon's SHA-256,
 * the TLS certificate's SAN set). Best effort: a catalog problem never fails a capture.
 */
export function recordCaptureFacts(input: { catalog: Catalog | null; bundleId: string; url: string; status: string; location: string; caseId: string | null; observed: Observed | null; tls: TlsObservation | null; log: Logger }): void {
  const { observed } = input;
  const domain = registrableDomain(observed?.finalUrl ?? input.url);
  if (!domain) return;
  const { catalog } = input;
  if (!catalog) return;
  try {
    recordCapture(catalog, { bundleId: input.bundleId, url: input.url, domain, at: new Date().toISOString(), status: input.status, location: input.location, headers: observed?.main?.headers ?? {}, caseId: input.caseId });
    const ids = observed?.dom ? findIdentifiers(observed.dom) : [];
    const favicon = observed?.exchanges.find((x) => x.body && /favicon|\.ico(\?|$)/i.test(x.entry.request.url) && mediaTypeOf(x).startsWith('image/'));
    if (favicon?.body) ids.push({ kind: 'favicon-sha256', value: createHash('sha256').update(favicon.body).digest('hex') });
    const sans = input.tls?.chain[0]?.subjectAltNames;
    if (sans && sans.length > 1) ids.push({ kind: 'tls-san-set', value: [...sans].sort().join(',') });
    if (ids.length > 0) {
      const run = catalog.db.prepare("SELECT id FROM runs WHERE name = 'captures'").get() as { id: number } | undefined;
      const runId = run?.id ?? catalog.startRun('crawl', 'captures', { note: 'identifiers found by evidence capture' }).id;
      if (!run) catalog.finishRun(runId, 'done', {});
      catalog.recordIdentifiers(runId, domain, input.url, ids);
    }
  } catch (error) {
    input.log.warn({ err: error }, `could not record capture facts in the catalog: ${describeError(error)}`);
  }
}
