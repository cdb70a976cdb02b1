import { rm } from 'node:fs/promises';
import PQueue from 'p-queue';
import { Catalog } from '../catalog/index.js';
import { SqliteCapturesRepository, type CapturesRepository } from '../catalog/repositories/captures-repo.js';
import { describeError, DijkwachtError } from '../core/errors.js';
import { loadCertificatesPem } from '../evidence/cms.js';
import { loadCustodians, loadSigner } from '../evidence/keys.js';
import { logger } from '../log/index.js';
import type { Options } from '../options/index.js';
import { createStore, type BundleStore } from '../store/index.js';
import { schemaValidator } from '../evidence/schema.js';
import { tsaChains } from '../evidence/tsa-chain.js';
import type { LaunchedBrowser } from '../browser/index.js';
import { BrowserPool } from './browser-pool.js';
import { captureOne, type CaptureOutcome } from './capture.js';

export type { CaptureOutcome } from './capture.js';
export { findChromium } from '../browser/index.js';
export { launchCaptureBrowser } from './browser-pool.js';
export { detectBotWall } from './bot-wall.js';
export { pixelate, regionsFor } from './safe-view.js';
export { describeInternalRedirect, type InternalRedirect, type UpgradeCause } from './upgrades.js';
export { unreachableLabel } from './unreachable.js';

export interface CaptureRunInput {
  urls: string[];
  options: Options;
  caseId?: string | null;
  store?: BundleStore;
  /** Called as each URL ends, for progress output. */
  onResult?: (result: CaptureResult, done: number, total: number) => void;
  /**
   * The run's first browser, launched by the caller while it prepared the rest (launchCaptureBrowser
   * with the same options); captureUrls owns it from here on and closes it.
   */
  browser?: Promise<LaunchedBrowser>;
  /** Records each capture and its identifiers here (a worker's shared catalog) instead of the data directory's catalog. */
  captures?: CapturesRepository;
}

export type CaptureResult = ({ ok: true } & CaptureOutcome) | { ok: false; url: string; error: string };

/**
 * A killed browser's session may still flush its network log (plaintext, possibly imagery) into the
 * work directory as it goes: remove it, and again a moment later.
 */
async function removeLeftover(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await rm(dir, { recursive: true, force: true });
}

/**
 * Captures URLs into bundles, `captureConcurrency` browser sessions at a time in one warm browser,
 * each URL in a fresh context of its own. As soon as a URL's session ends the next URL starts
 * loading, while the first one's bundle is written, sealed, signed and stamped. A URL that may not
 * be captured gets an error result; the others go on. Problems with keys, the browser or the store
 * stop the run. The browser starts while keys, custodians, TSA roots and chains and the store are read.
 */
export async function captureUrls(input: CaptureRunInput): Promise<CaptureResult[]> {
  const { options } = input;
  const log = logger('capture');
  const pool = new BrowserPool(options, options.captureConcurrency, input.browser ?? null);
  let catalog: Catalog | null = null;
  try {
    const prepared = Promise.all([
      loadSigner(options),
      options.seal ? loadCustodians(options) : Promise.resolve([]),
      loadCertificatesPem(options.tsaTrustFiles).then((anchors) => {
        // Learned once per process: the first bundle need not wait for the probe.
        void tsaChains(options.tsaUrls, options.tsaTimeoutMs, anchors);
        return anchors;
      }),
    ]);
    prepared.catch(() => undefined);
    // A missing Chromium stops the run at once, like missing keys.
    await Promise.all([pool.ready(), prepared]);
    const [signer, custodians, tsaAnchors] = await prepared;
    const store = input.store ?? createStore(options);
    // One catalog for the whole run: the shared one given (a worker's), else the data directory's. One that cannot be opened never stops evidence capture.
    let captures: CapturesRepository | null = input.captures ?? null;
    if (!captures) {
      try {
        catalog = new Catalog(options.dataDir);
        captures = new SqliteCapturesRepository(catalog);
      } catch (error) {
        log.warn({ err: error }, `capture facts will not reach the catalog: ${describeError(error)}`);
      }
    }
    const env = { options, signer, custodians, tsaAnchors, store, captures, log };
    // The schemas every bundle is checked against are compiled while the first page loads (the
    // process is waiting for the browser then), not when the first bundle is finished.
    const warm = setTimeout(() => {
      for (const schema of ['bundle-manifest.schema.json', 'custody-event.schema.json']) {
        try {
          schemaValidator(schema);
        } catch {
          // finalizing reports a schema that cannot be read
        }
      }
    }, 100);
    const results: CaptureResult[] = new Array<CaptureResult>(input.urls.length);
    let done = 0;
    // Twice the sessions: while `captureConcurrency` URLs load, as many finished ones are written.
    const queue = new PQueue({ concurrency: options.captureConcurrency * 2 });
    const stop: { error: DijkwachtError | null } = { error: null };
    await Promise.all(
      input.urls.map((url, index) =>
        queue.add(async () => {
          if (stop.error) return;
          let result: CaptureResult;
          let browser: LaunchedBrowser | null = null;
          let handedBack: Promise<void> | null = null;
          const handBack = (wedged: boolean): Promise<void> => {
            if (browser && !handedBack) handedBack = pool.give(browser, wedged || !browser.browser.isConnected());
            return handedBack ?? Promise.resolve();
          };
          let leftover: string | null = null;
          try {
            browser = await pool.take();
            if (stop.error) return;
            const outcome = await captureOne({ ...env, browser }, url, input.caseId ?? null, { sessionEnded: (wedged) => void handBack(wedged) });
            leftover = outcome.leftoverWork;
            await handBack(outcome.browserWedged);
            result = { ok: true, ...outcome };
          } catch (error) {
            if (error instanceof DijkwachtError && error.scope === 'run') {
              stop.error = error;
              queue.clear();
              return;
            }
            log.error({ url, err: error }, `capture of ${url} failed`);
            result = { ok: false, url, error: describeError(error) };
          } finally {
            await handBack(false);
            if (leftover) await removeLeftover(leftover);
          }
          results[index] = result;
          input.onResult?.(result, ++done, input.urls.length);
        }),
      ),
    );
    clearTimeout(warm);
    if (stop.error) throw stop.error;
    return results;
  } finally {
    await pool.closeAll();
    catalog?.close();
  }
}
