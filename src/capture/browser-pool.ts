import { createHash, X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { closeBrowser, launchBrowser, type LaunchedBrowser } from '../browser/index.js';
import { describeError, SetupError } from '../core/errors.js';
import { logger } from '../log/index.js';
import type { Options } from '../options/index.js';

/**
 * Chromium flags for the operator's trust anchors (--ca-file): the browser then treats certificates
 * under them as valid, as a browser with that CA installed would. Page loading does not change (TLS
 * errors never stop a capture; the TLS step judges the certificate), but Strict-Transport-Security
 * is honoured only over a valid certificate, so the browser's HTTPS upgrades match that browser's.
 */
export async function trustArgs(caFile: string | null): Promise<string[]> {
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

/** Launches the run's first browser, with the trust anchors' flags: started as early as the caller can. */
export async function launchCaptureBrowser(options: Pick<Options, 'chromiumPath' | 'stealth' | 'caFile'>): Promise<LaunchedBrowser> {
  return launchBrowser(options, await trustArgs(options.caFile));
}

interface Pooled {
  launched: LaunchedBrowser;
  /** Sessions (each in its own fresh context) running in this browser now. */
  active: number;
  /** Takes no new sessions: it stopped answering once. Closed when its last session ends. */
  retired: boolean;
  wedged: boolean;
}

/**
 * One warm browser for the whole run, shared by at most `limit` sessions at a time, each session in a
 * context of its own (no cookies, storage or cache shared between URLs: a context is a fresh
 * off-the-record profile). A browser that a session reports as wedged takes no new sessions; it is
 * closed (or killed) once its last session has ended, and the next session gets a freshly launched
 * one, so one hostile page never costs the other URLs of the run.
 */
export class BrowserPool {
  readonly #options: Options;
  readonly #limit: number;
  #current: Pooled | null = null;
  #launching: Promise<Pooled> | null = null;
  readonly #all = new Set<Pooled>();
  readonly #waiting: (() => void)[] = [];
  #leased = 0;

  constructor(options: Options, limit: number, first: Promise<LaunchedBrowser> | null = null) {
    this.#options = options;
    this.#limit = Math.max(1, limit);
    if (first) {
      this.#launching = this.#adopt(first);
      this.#launching.catch(() => undefined); // reported by ready() or take()
    }
  }

  /** Waits for the first browser: a missing or broken Chromium stops the run here, before any capture. */
  async ready(): Promise<void> {
    await this.#browser();
  }

  /** A browser for one session; waits while `limit` sessions run. Hand it back with `give`. */
  async take(): Promise<LaunchedBrowser> {
    while (this.#leased >= this.#limit) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#leased++;
    try {
      const pooled = await this.#browser();
      pooled.active++;
      return pooled.launched;
    } catch (error) {
      this.#release();
      throw error;
    }
  }

  /** Ends a session's hold on its browser; a wedged or disconnected browser is retired. */
  async give(browser: LaunchedBrowser, wedged: boolean): Promise<void> {
    const pooled = [...this.#all].find((p) => p.launched === browser);
    this.#release();
    if (!pooled) return;
    pooled.active--;
    if (wedged || !browser.browser.isConnected()) {
      pooled.retired = true;
      pooled.wedged ||= wedged;
      if (this.#current === pooled) this.#current = null;
    }
    if (pooled.retired && pooled.active === 0) await this.#close(pooled);
  }

  async closeAll(): Promise<void> {
    await this.#launching?.catch(() => undefined);
    await Promise.all([...this.#all].map((p) => closeBrowser(p.launched)));
    this.#all.clear();
    this.#current = null;
  }

  #release(): void {
    this.#leased--;
    this.#waiting.shift()?.();
  }

  async #browser(): Promise<Pooled> {
    if (this.#current && !this.#current.retired && this.#current.launched.browser.isConnected()) return this.#current;
    if (this.#current) {
      // Disconnected between sessions (it crashed): retire it and start another.
      this.#current.retired = true;
      if (this.#current.active === 0) await this.#close(this.#current);
      this.#current = null;
    }
    const launching = (this.#launching ??= this.#adopt(launchCaptureBrowser(this.#options)));
    try {
      return await launching;
    } finally {
      if (this.#launching === launching) this.#launching = null;
    }
  }

  async #adopt(launch: Promise<LaunchedBrowser>): Promise<Pooled> {
    const pooled: Pooled = { launched: await launch, active: 0, retired: false, wedged: false };
    this.#all.add(pooled);
    this.#current = pooled;
    return pooled;
  }

  async #close(pooled: Pooled): Promise<void> {
    if (!this.#all.delete(pooled)) return;
    const how = await closeBrowser(pooled.launched);
    if (pooled.wedged) logger('capture').warn({ how }, 'the browser stopped answering during a capture; it was replaced');
  }
}
