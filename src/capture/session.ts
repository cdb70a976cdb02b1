import type { Browser, BrowserContext, Page, Response } from 'playwright';
import { describeError } from '../core/errors.js';
import type { Options } from '../options/index.js';
import { proxySettings } from './browser.js';
import { ObservationGuard, type BlockedAction } from './guards.js';
import { readHar, type Exchange } from './har.js';
import { readPageFacts, scrollThrough, type PageFacts } from './page-facts.js';
import type { StepRunner } from './steps.js';

export interface MainResponse {
  url: string;
  status: number;
  statusText: string;
  headers: Record<string, string>;
  headerLines: { name: string; value: string }[];
  mediaType: string;
  body: Buffer | null;
  securityDetails: Record<string, unknown> | null;
  remoteAddress: { ipAddress: string; port: number } | null;
  /** The browser kept no body (very large responses); it was fetched again with a plain GET at this time. */
  bodyRefetchedAt?: string;
  bodyRefetchReason?: string;
  /** The character set the browser decoded the document with. */
  charset?: string;
}

export interface Hop {
  url: string;
  status: number | null;
  location: string | null;
}

/** Everything observed of one page in one isolated browser context. */
export interface Observed {
  finalUrl: string | null;
  main: MainResponse | null;
  redirectChain: Hop[];
  clientNavigations: string[];
  navigationError: string | null;
  /** The target triggered a download instead of a page (PDF, archive …); `main` then comes from a plain GET. */
  downloadTarget: boolean;
  facts: PageFacts | null;
  screenshot: Buffer | null;
  screenshotCutAtPx: number | null;
  dom: string | null;
  exchanges: Exchange[];
  blocked: BlockedAction[];
  userAgent: string | null;
}

async function describeResponse(response: Response, withBody: boolean): Promise<MainResponse> {
  const headers = await response.allHeaders().catch(() => response.headers());
  const headerLines = await response.headersArray().catch(() => Object.entries(headers).map(([name, value]) => ({ name, value })));
  let body: Buffer | null = null;
  if (withBody) body = await response.body().catch(() => null);
  return {
    url: response.url(),
    status: response.status(),
    statusText: response.statusText(),
    headers,
    headerLines,
    mediaType: (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '',
    body,
    securityDetails: ((await response.securityDetails().catch(() => null))) ?? null,
    remoteAddress: await response.serverAddr().catch(() => null),
  };
}

async function redirectChainOf(response: Response): Promise<Hop[]> {
  const hops: Hop[] = [];
  let req = response.request().redirectedFrom();
  while (req) {
    const r = await req.response().catch(() => null);
    hops.unshift({ url: req.url(), status: r?.status() ?? null, location: r ? ((await r.headerValue('location').catch(() => null)) ?? null) : null });
    req = req.redirectedFrom();
  }
  hops.push({ url: response.url(), status: response.status(), location: null });
  return hops;
}

export interface SessionInput {
  browser: Browser;
  url: string;
  options: Options;
  steps: StepRunner;
  harPath: string;
}

/**
 * Opens a fresh context (no profile, no cookies), loads the page under the observation guard, and
 * collects what the bundle needs. Each part is a named step; a failing optional step loses nothing else.
 */
export async function observePage(input: SessionInput): Promise<Observed> {
  const { options: o, steps } = input;
  const observed: Observed = {
    finalUrl: null,
    main: null,
    redirectChain: [],
    clientNavigations: [],
    navigationError: null,
    downloadTarget: false,
    facts: null,
    screenshot: null,
    screenshotCutAtPx: null,
    dom: null,
    exchanges: [],
    blocked: [],
    userAgent: null,
  };
  const context: BrowserContext = await input.browser.newContext({
    recordHar: { path: input.harPath, content: 'embed', mode: 'full' },
    acceptDownloads: false,
    ignoreHTTPSErrors: true, // the TLS step judges the certificate; the page is still evidence
    serviceWorkers: 'block',
    viewport: { width: o.viewportWidthPx, height: o.viewportHeightPx },
    deviceScaleFactor: 1,
    locale: o.locale,
    timezoneId: o.timezoneId,
    ...(o.userAgent ? { userAgent: o.userAgent } : {}),
    ...(o.proxy ? { proxy: proxySettings(o.proxy) } : {}),
  });
  const guard = new ObservationGuard(o.allowPrivateNetwork);
  let page: Page | null = null;
  try {
    page = await context.newPage();
    await guard.install(context, page);
    const p = page;
    p.on('framenavigated', (frame) => {
      if (frame === p.mainFrame()) observed.clientNavigations.push(frame.url());
    });

    let response: Response | null = null;
    await steps.run('navigate', { timeoutMs: o.navigationTimeoutMs + 2000, required: true }, async () => {
      try {
        response = await p.goto(input.url, { waitUntil: 'load', timeout: o.navigationTimeoutMs });
      } catch (error) {
        const message = describeError(error);
        if (/Download is starting|net::ERR_ABORTED/i.test(message)) {
          observed.downloadTarget = true;
          return;
        }
        observed.navigationError = message.replace(/^page\.goto: /, '').replace(/ at https?:\/\/\S+$/, '');
        throw error;
      }
      if (!response) throw new Error('the browser returned no response for the main document');
    });

    if (observed.downloadTarget) {
      await steps.run('fetch-non-page-target', { timeoutMs: o.navigationTimeoutMs, required: true }, async () => {
        const r = await context.request.get(input.url, { timeout: o.navigationTimeoutMs, maxRedirects: 20 });
        const headers = r.headers();
        observed.main = {
          url: r.url(),
          status: r.status(),
          statusText: r.statusText(),
          headers,
          headerLines: r.headersArray(),
          mediaType: (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '',
          body: await r.body(),
          securityDetails: null,
          remoteAddress: null,
        };
        observed.finalUrl = r.url();
        observed.redirectChain = [{ url: r.url(), status: r.status(), location: null }];
        await r.dispose();
      });
    }

    const main = response as Response | null;
    if (main) {
      await steps.run('settle', { timeoutMs: o.settleMs * 3 + 2000 }, async () => {
        // At least settleMs, and until the network has been idle for 500 ms (bounded).
        await Promise.all([p.waitForLoadState('networkidle', { timeout: o.settleMs * 2 + 500 }).catch(() => undefined), p.waitForTimeout(o.settleMs)]);
      });
      guard.settle();
      observed.finalUrl = p.url();
      await steps.run('main-response', { timeoutMs: o.stepTimeoutMs, required: true }, async () => {
        observed.main = await describeResponse(main, true);
        observed.redirectChain = await redirectChainOf(main);
        // The browser hands over text bodies as UTF-8: byte-exact only for UTF-8 pages. For other
        // charsets, and when it kept no body at all (very large ones), the raw bytes are fetched again.
        const charset = await p.evaluate(() => document.characterSet).catch(() => 'UTF-8');
        observed.main.charset = charset;
        const transcoded = /html|xml|text/.test(observed.main.mediaType) && charset.toUpperCase() !== 'UTF-8';
        if ((!observed.main.body || transcoded) && main.request().method() === 'GET') {
          const again = await context.request.get(main.url(), { timeout: o.navigationTimeoutMs, maxRedirects: 0 });
          observed.main.body = await again.body();
          observed.main.bodyRefetchedAt = new Date().toISOString();
          observed.main.bodyRefetchReason = transcoded ? `the browser decoded the page from ${charset}` : 'the browser kept no body';
          await again.dispose();
        }
      });
      observed.userAgent = await p.evaluate(() => navigator.userAgent).catch(() => null);
      await steps.run('scroll', { timeoutMs: o.stepTimeoutMs }, () => scrollThrough(p));
      observed.facts = (await steps.run('page-facts', { timeoutMs: o.stepTimeoutMs }, () => readPageFacts(p))) ?? null;
      await steps.run('screenshot', { timeoutMs: o.stepTimeoutMs * 2 }, async () => {
        const height = observed.facts?.documentHeight ?? 0;
        if (height > o.maxScreenshotHeightPx) {
          // Taller than the cap: a viewport as tall as the cap, shot from the top, and the imagery
          // boxes read again at that size so the safe view matches the pixels.
          observed.screenshotCutAtPx = o.maxScreenshotHeightPx;
          await p.setViewportSize({ width: o.viewportWidthPx, height: o.maxScreenshotHeightPx });
          await p.evaluate(() => window.scrollTo(0, 0));
          observed.screenshot = await p.screenshot({ type: 'png', fullPage: false, animations: 'disabled' });
          const again = await readPageFacts(p).catch(() => null);
          if (again && observed.facts) observed.facts.imagery = again.imagery;
          await p.setViewportSize({ width: o.viewportWidthPx, height: o.viewportHeightPx });
        } else {
          observed.screenshot = await p.screenshot({ type: 'png', fullPage: true, animations: 'disabled' });
        }
      });
      observed.dom = (await steps.run('dom', { timeoutMs: o.stepTimeoutMs }, () => p.content())) ?? null;
    }
  } finally {
    observed.blocked = guard.blocked;
    await context.close().catch(() => undefined); // writes the HAR
  }
  await steps.run('network-log', { timeoutMs: o.stepTimeoutMs }, async () => {
    observed.exchanges = await readHar(input.harPath);
  });
  return observed;
}
