import PQueue from 'p-queue';
import { Catalog } from '../catalog/index.js';
import { describeError, DijkwachtError } from '../core/errors.js';
import { loadCustodians, loadSigner } from '../evidence/keys.js';
import { logger } from '../log/index.js';
import type { Options } from '../options/index.js';
import { createStore, type BundleStore } from '../store/index.js';
import { launchBrowser } from './browser.js';
import { captureOne, type CaptureOutcome } from './capture.js';

export type { CaptureOutcome } from './capture.js';
export { findChromium } from './browser.js';
export { detectBotWall } from './bot-wall.js';
export { pixelate, regionsFor } from './safe-view.js';

export interface CaptureRunInput {
  urls: string[];
  options: Options;
  caseId?: string | null;
  store?: BundleStore;
  /** Called as each URL ends, for progress output. */
  onResult?: (result: CaptureResult, done: number, total: number) => void;
}

export type CaptureResult = ({ ok: true } & CaptureOutcome) | { ok: false; url: string; error: string };

/**
 * Captures URLs into bundles, `captureConcurrency` at a time, in one browser. A URL that may not be
 * captured gets an error result; the others go on. Problems with keys, the browser or the store stop the run.
 */
export async function captureUrls(input: CaptureRunInput): Promise<CaptureResult[]> {
  const { options } = input;
  const log = logger('capture');
  const signer = await loadSigner(options);
  const custodians = options.seal ? await loadCustodians(options) : [];
  const store = input.store ?? createStore(options);
  const browser = await launchBrowser(options);
  // One catalog for the whole run; a catalog that cannot be opened never stops evidence capture.
  let catalog: Catalog | null = null;
  try {
    catalog = new Catalog(options.dataDir);
  } catch (error) {
    log.warn({ err: error }, `capture facts will not reach the catalog: ${describeError(error)}`);
  }
  const results: CaptureResult[] = new Array<CaptureResult>(input.urls.length);
  let done = 0;
  const queue = new PQueue({ concurrency: options.captureConcurrency });
  const stop: { error: DijkwachtError | null } = { error: null };
  try {
    await Promise.all(
      input.urls.map((url, index) =>
        queue.add(async () => {
          if (stop.error) return;
          let result: CaptureResult;
          try {
            result = { ok: true, ...(await captureOne({ options, browser, signer, custodians, store, catalog, log }, url, input.caseId ?? null)) };
          } catch (error) {
            if (error instanceof DijkwachtError && error.scope === 'run') {
              stop.error = error;
              queue.clear();
              return;
            }
            log.error({ url, err: error }, `capture of ${url} failed`);
            result = { ok: false, url, error: describeError(error) };
          }
          results[index] = result;
          input.onResult?.(result, ++done, input.urls.length);
        }),
      ),
    );
  } finally {
    await browser.browser.close().catch(() => undefined);
    catalog?.close();
  }
  if (stop.error) throw stop.error;
  return results;
}
