import { capturesOf, caseCaptures, latestCapture, recordCapture, type CaptureRow } from '../captures.js';
import type { Catalog } from '../catalog.js';

/**
 * Evidence captures as the catalog knows them (the bundle itself is in the bundle store): which
 * bundle, of which URL and domain, for which case, with what status, where it is stored, and the
 * main response's headers (for CDN detection). Recording a bundle id again replaces its row.
 */
export interface CapturesRepository {
  record(row: CaptureRow): Promise<void>;
  /** The newest capture of a domain, or null. */
  latest(domain: string): Promise<CaptureRow | null>;
  /** Every capture of a domain, oldest first. */
  ofDomain(domain: string): Promise<CaptureRow[]>;
  /** The captures made for a case, oldest first. */
  ofCase(caseId: string): Promise<CaptureRow[]>;
  /** Identifiers a capture found (page identifiers, favicon hash, certificate SAN set), kept under the run named "captures". */
  identifiers(domain: string, pageUrl: string, ids: { kind: string; value: string }[]): Promise<void>;
}

/** The run that identifiers found by evidence capture are recorded under. */
export const CAPTURES_RUN = 'captures';

/** Captures in the embedded SQLite catalog: the functions of catalog/captures.ts. */
export class SqliteCapturesRepository implements CapturesRepository {
  readonly #catalog: Catalog;

  constructor(catalog: Catalog) {
    this.#catalog = catalog;
  }

  async record(row: CaptureRow): Promise<void> {
    recordCapture(this.#catalog, row);
  }

  async latest(domain: string): Promise<CaptureRow | null> {
    return latestCapture(this.#catalog, domain);
  }

  async ofDomain(domain: string): Promise<CaptureRow[]> {
    return capturesOf(this.#catalog, domain);
  }

  async ofCase(caseId: string): Promise<CaptureRow[]> {
    return caseCaptures(this.#catalog, caseId);
  }

  async identifiers(domain: string, pageUrl: string, ids: { kind: string; value: string }[]): Promise<void> {
    if (ids.length === 0) return;
    const catalog = this.#catalog;
    const run = catalog.stmt('SELECT id FROM runs WHERE name = ?').get(CAPTURES_RUN) as { id: number } | undefined;
    const runId = run?.id ?? catalog.startRun('crawl', CAPTURES_RUN, { note: 'identifiers found by evidence capture' }).id;
    if (!run) catalog.finishRun(runId, 'done', {});
    catalog.recordIdentifiers(runId, domain, pageUrl, ids);
  }
}
