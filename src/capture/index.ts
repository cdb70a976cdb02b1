import { createHash, X509Certificate } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import PQueue from 'p-queue';
import { Catalog } from '../catalog/index.js';
import { describeError, DijkwachtError, SetupError } from '../core/errors.js';
import { loadCertificatesPem } from '../evidence/cms.js';
import { loadCustodians, loadSigner } from '../evidence/keys.js';
import { logger } from '../log/index.js';
import type { Options } from '../options/index.js';
import { createStore, type BundleStore } from '../store/index.js';
import { closeBrowser, launchBrowser, type LaunchedBrowser } from '../browser/index.js';
import { captureOne, type CaptureOutcome } from './capture.js';

export type { CaptureOutcome } from './capture.js';
export { findChromium } from '../browser/index.js';
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
 * Chromium flags for the operator's trust anchors (--ca-file): the browser then treats certificates
 * under them as valid, as a browser with that CA installed would. Page loading does not change (TLS
 * errors never stop a capture; the TLS step judges the certificate), but Strict-Transport-Security
 * is honoured only over a valid certificate, so the browser's HTTPS upgrades match that browser's.
 */
async function trustArgs(caFile: string | null): Promise<string[]> {
  if (!caFile) return [];
  try {
    const pem = await readFile(caFile, 'utf8');
    const hashes = (pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []).map((block) =>
      createHash('sha256').update(new X509Certificate(block).publicKey.export({ type: 'spki', format: 'der' })).digest('base64'),
    );
    return hashes.length > 0 ? [`--ignore-certificate-errors-spki-list=${hashes.join(',')}`] : [];
  } catch (error) {
    throw new SetupError(`The CA file ${caFile} (--ca-file) could not be read as PEM certificates: ${describeError(error)}`, { cause: error });
  }
}

/**
 * Browsers for the run, one per concurrent capture, launched when first needed. A capture that
 * wedged its browser hands it back to be killed; the next capture gets a fresh one, so one hostile
 * page never costs the other URLs of the run.
 */
class BrowserSlots {
  readonly #options: Options;
  readonly #args: string[];
  readonly #idle: LaunchedBrowser[] = [];
  readonly #all = new Set<LaunchedBrowser>();

  constructor(options: Options, args: string[]) {
    this.#options = options;
    this.#args = args;
  }

  async take(): Promise<LaunchedBrowser> {
    const browser = this.#idle.pop() ?? (await launchBrowser(this.#options, this.#args));
    this.#all.add(browser);
    return browser;
  }

  async give(browser: LaunchedBrowser, wedged: boolean): Promise<void> {
    if (!wedged && browser.browser.isConnected()) {
      this.#idle.push(browser);
      return;
    }
    this.#all.delete(browser);
    const how = await closeBrowser(browser);
    logger('capture').warn({ how }, 'the browser stopped answering during a capture; it was replaced');
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.#all].map((b) => closeBrowser(b)));
    this.#all.clear();
  }
}

/**
 * Captures URLs into bundles, `captureConcurrency` at a time, each in a browser of its own. A URL
 * that may not be captured gets an error result; the others go on. Problems with keys, the browser
 * or the store stop the run.
 */
export async function captureUrls(input: CaptureRunInput): Promise<CaptureResult[]> {
  const { options } = input;
  const log = logger('capture');
  const signer = await loadSigner(options);
  const custodians = options.seal ? await loadCustodians(options) : [];
  const tsaAnchors = await loadCertificatesPem(options.tsaTrustFiles);
  const store = input.store ?? createStore(options);
  const slots = new BrowserSlots(options, await trustArgs(options.caFile));
  // The first browser is launched before any capture: a missing Chromium stops the run at once.
  await slots.give(await slots.take(), false);
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
          let browser: LaunchedBrowser | null = null;
          let wedged = false;
          let leftover: string | null = null;
          try {
            browser = await slots.take();
            const outcome = await captureOne({ options, browser, signer, custodians, tsaAnchors, store, catalog, log }, url, input.caseId ?? null);
            wedged = outcome.browserWedged;
            leftover = outcome.leftoverWork;
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
            if (browser) await slots.give(browser, wedged || !browser.browser.isConnected());
            if (leftover) await removeLeftover(leftover);
          }
          results[index] = result;
          input.onResult?.(result, ++done, input.urls.length);
        }),
      ),
    );
  } finally {
    await slots.closeAll();
    catalog?.close();
  }
  if (stop.error) throw stop.error;
  return results;
}
