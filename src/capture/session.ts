import type { Browser, BrowserContext, Page, Request, Response } from 'playwright';
import { ObservationGuard } from '../browser/index.js';
import { describeError, TimeoutError, withTimeout } from '../core/errors.js';
import { asStorageError } from '../store/index.js';
import { REFUSED_HEADER, UNREACHABLE_HEADER, type EgressProxy, type NetworkPolicy } from '../net/index.js';
import type { Options } from '../options/index.js';
import { header, readHar } from './har.js';
import type { Observed, RefusedHop } from './observed.js';
import { NetworkActivity } from './network-activity.js';
import { readPageFacts, scrollThrough } from './page-facts.js';
import { describeResponse, fetchThroughContext, redirectChainOf } from './responses.js';
import type { StepOptions, StepRunner } from './steps.js';
import { UpgradeWatcher } from './upgrades.js';

export interface SessionInput {
  browser: Browser;
  url: string;
  options: Options;
  /** This session's own runner (a fork): the capture deadline can cut it without touching the rest. */
  steps: StepRunner;
  harPath: string;
  egress: EgressProxy;
  policy: NetworkPolicy;
  /** Filled in place, so that what was seen survives a session the deadline abandons. */
  observed: Observed;
}

/** Main-frame hops the policy refused: in the guard (script and meta navigations) or the egress proxy (redirects the browser followed). */
/**
 * Settling after load ends once no request has started or ended for this long (Playwright's
 * "networkidle" window), or at the settle ceiling: a script that moves the page a moment after load
 * starts a request inside the window and is waited for.
 */
const SETTLE_QUIET_MS = 500;
/** After a scroll step at the bottom, and after the way back up: lazy loads that started have ended. */
const SCROLL_QUIET_MS = 100;

function refusedHops(navigations: { url: string; afterLoad: boolean }[], input: SessionInput): RefusedHop[] {
  const hops: RefusedHop[] = [];
  for (const nav of navigations) {
    const verdict = input.policy.url(nav.url);
    const reason = verdict.allowed ? input.egress.refusalFor(nav.url)?.reason : verdict.reason;
    if (reason && !hops.some((h) => h.url === nav.url)) hops.push({ url: nav.url, reason, afterLoad: nav.afterLoad });
  }
  return hops;
}

/**
 * Opens a fresh context (no profile, no cookies) whose only way out is the egress proxy, loads the
 * page under the observation guard, and collects what the bundle needs. Each part is a named step
 * with a deadline; once one runs out of time the page is taken as wedged and the remaining page
 * steps are skipped, and a context that will not close marks the browser for recycling.
 */
export async function observePage(input: SessionInput): Promise<Observed> {
  const { options: o, steps, observed } = input;
  const guard = new ObservationGuard({ policy: input.policy, allowWebSockets: o.allowWebSockets });
  observed.blocked = guard.blocked; // live: a session the deadline abandons still shows what it refused
  const navigations: { url: string; afterLoad: boolean }[] = [];
  const upgrades = new UpgradeWatcher();
  observed.internalRedirects = upgrades.found; // live, like `blocked`
  let loaded = false;
  let closeError: unknown = null;
  /** The last main-frame response before load, also when it became a download. */
  let mainResponse: Response | null = null;
  let context: BrowserContext | null = null;
  let page: Page | null = null;
  let activity: NetworkActivity | null = null;

  /** A page step, skipped once the page has stopped answering. */
  const pageStep = async <T>(name: string, opts: StepOptions, fn: (p: Page) => Promise<T>): Promise<T | undefined> => {
    if (!page) return undefined;
    if (steps.timedOut) {
      steps.skip(name, `the page stopped responding (step ${steps.timedOut} ran out of time)`);
      return undefined;
    }
    const p = page;
    return steps.run(name, opts, () => fn(p));
  };

  // Opening a context is the browser's own work, not the page's: a loaded machine gets at least 10 s.
  await steps.run('open-context', { timeoutMs: Math.max(o.stepTimeoutMs, 10_000), required: true }, async () => {
    context = await input.browser.newContext({
      recordHar: { path: input.harPath, content: 'embed', mode: 'full' },
      acceptDownloads: false,
      ignoreHTTPSErrors: true, // the TLS step judges the certificate; the page is still evidence
      serviceWorkers: 'block',
      viewport: { width: o.viewportWidthPx, height: o.viewportHeightPx },
      deviceScaleFactor: 1,
      locale: o.locale,
      timezoneId: o.timezoneId,
      proxy: { server: input.egress.url },
      ...(o.userAgent ? { userAgent: o.userAgent } : {}),
    });
    page = await context.newPage();
    activity = new NetworkActivity(page);
    await guard.install(context, page);
    const p = page;
    p.on('framenavigated', (frame) => {
      if (frame === p.mainFrame()) observed.clientNavigations.push(frame.url());
    });
    p.on('request', (request: Request) => {
      if (request.isNavigationRequest() && isMainFrameOf(request, p)) navigations.push({ url: request.url(), afterLoad: loaded });
    });
    p.on('response', (r: Response) => {
      const mainFrame = r.request().isNavigationRequest() && isMainFrameOf(r.request(), p);
      if (!loaded && mainFrame) mainResponse = r;
      upgrades.see({ url: r.url(), status: r.status(), headers: r.headers(), mainFrame }, r.serverAddr().then((a) => a !== null));
    });
  });
  const ctx = context as BrowserContext | null;
  if (!ctx || !page) {
    observed.browserWedged = steps.timedOut !== null;
    return observed;
  }
  const p: Page = page;
  const net = activity as NetworkActivity | null ?? new NetworkActivity(p);

  try {
    let response: Response | null = null;
    await pageStep('navigate', { timeoutMs: o.navigationTimeoutMs + 2000, required: true }, async () => {
      try {
        response = await p.goto(input.url, { waitUntil: 'load', timeout: o.navigationTimeoutMs });
      } catch (error) {
        const message = describeError(error);
        const refused = refusedHops(navigations, input)[0];
        if (refused) {
          observed.navigationError = `the page redirected to ${refused.url}, which was refused: ${refused.reason}; nothing behind that hop was fetched`;
          throw new Error(observed.navigationError, { cause: error });
        }
        const lost = /ERR_TUNNEL_CONNECTION_FAILED|ERR_PROXY|ERR_EMPTY_RESPONSE/.test(message) ? navigations.map((n) => input.egress.unreachableFor(n.url)).find(Boolean) : undefined;
        if (lost) {
          observed.unreachable = lost;
          observed.navigationError = `the site could not be reached: ${lost.reason}`;
          throw new Error(observed.navigationError, { cause: error });
        }
        if (/Download is starting|net::ERR_ABORTED/i.test(message)) {
          observed.downloadTarget = true;
          return;
        }
        observed.navigationError = message.replace(/^page\.goto: /, '').replace(/ at https?:\/\/\S+$/, '');
        throw error;
      }
      if (!response) throw new Error('the browser returned no response for the main document');
      // Only the egress proxy's own record makes a marked answer "unreachable": inside TLS a target could send the mark itself.
      const unreachable = input.egress.unreachableFor(response.url()) ? await response.headerValue(UNREACHABLE_HEADER).catch(() => null) : null;
      if (unreachable !== null) {
        // The egress proxy's own 502: the site was not reached, and its "answer" is not evidence.
        observed.unreachable = input.egress.unreachableFor(response.url()) ?? null;
        response = null;
        observed.navigationError = `the site could not be reached: ${decodeURIComponent(unreachable)}`;
        throw new Error(observed.navigationError);
      }
    });
    loaded = true;

    if (observed.downloadTarget) {
      await steps.run('fetch-non-page-target', { timeoutMs: o.navigationTimeoutMs, required: true }, async () => {
        const seen = mainResponse;
        const disposition = seen ? await seen.headerValue('content-disposition').catch(() => null) : null;
        if (seen && disposition && /^\s*attachment/i.test(disposition)) {
          // A file the site pushes is not accepted: its headers are the evidence, its body is never fetched.
          observed.attachmentRefused = true;
          observed.main = await describeResponse(seen, false);
          observed.finalUrl = seen.url();
          observed.redirectChain = await redirectChainOf(seen);
          return;
        }
        const fetched = await fetchThroughContext(ctx, input.url, { timeoutMs: o.navigationTimeoutMs, maxRedirects: 20 });
        observed.main = fetched.response;
        observed.finalUrl = fetched.response.url;
        observed.redirectChain = fetched.chain;
      });
    }

    const main = response as Response | null;
    if (main) {
      await pageStep('settle', { timeoutMs: o.settleMs * 3 + 2000 }, async () => {
        // Until the network has been quiet for SETTLE_QUIET_MS, at most settleMs * 2 + 500 (the ceiling
        // the fixed wait of settleMs used to sit under): a page that is quiet at load costs no more.
        await net.quiet(SETTLE_QUIET_MS, o.settleMs * 2 + 500);
      });
      guard.settle();
      observed.finalUrl = p.url();
      await pageStep('main-response', { timeoutMs: o.stepTimeoutMs, required: true }, async () => {
        observed.main = await describeResponse(main, true, o.stepTimeoutMs * 0.3);
        observed.redirectChain = await redirectChainOf(main);
        await upgrades.settled(o.stepTimeoutMs * 0.2);
        upgrades.silentUpgrades(input.url, observed.redirectChain);
        // The browser hands over text bodies as UTF-8: byte-exact only for UTF-8 pages. For other
        // charsets, and when it kept no body at all (very large ones), the raw bytes are fetched again.
        // From the page when it still answers; from the header when its renderer is busy.
        const declared = /charset=([^;]+)/i.exec(observed.main.headers['content-type'] ?? '')?.[1]?.trim().replace(/"/g, '') ?? 'UTF-8';
        const charset = await withTimeout('reading the page charset', o.stepTimeoutMs * 0.15, () => p.evaluate(() => document.characterSet)).catch(() => declared);
        observed.main.charset = charset;
        const transcoded = /html|xml|text/.test(observed.main.mediaType) && charset.toUpperCase() !== 'UTF-8';
        if ((!observed.main.body || transcoded) && main.request().method() === 'GET') {
          const again = await fetchThroughContext(ctx, main.url(), { timeoutMs: o.navigationTimeoutMs, maxRedirects: 0 });
          observed.main.body = again.response.body;
          observed.main.bodyRefetchedAt = new Date().toISOString();
          observed.main.bodyRefetchReason = transcoded ? `the browser decoded the page from ${charset}` : 'the browser kept no body';
        }
      });
      observed.userAgent = (await pageStep('user-agent', { timeoutMs: o.stepTimeoutMs }, (pg) => pg.evaluate(() => navigator.userAgent))) ?? null;
      await pageStep('scroll', { timeoutMs: o.stepTimeoutMs }, (pg) => scrollThrough(pg, net, { maxSteps: 25, quietMs: SCROLL_QUIET_MS, ceilingMs: o.settleMs * 2 + 500, budgetMs: o.stepTimeoutMs / 2 }));
      observed.facts = (await pageStep('page-facts', { timeoutMs: o.stepTimeoutMs }, (pg) => readPageFacts(pg))) ?? null;
      await pageStep('screenshot', { timeoutMs: o.stepTimeoutMs * 2 }, async (pg) => {
        const height = observed.facts?.documentHeight ?? 0;
        if (height > o.maxScreenshotHeightPx) {
          // Taller than the cap: a viewport as tall as the cap, shot from the top, and the imagery
          // boxes read again at that size so the safe view matches the pixels.
          observed.screenshotCutAtPx = o.maxScreenshotHeightPx;
          await pg.setViewportSize({ width: o.viewportWidthPx, height: o.maxScreenshotHeightPx });
          await pg.evaluate(() => window.scrollTo(0, 0));
          observed.screenshot = await pg.screenshot({ type: 'png', fullPage: false, animations: 'disabled' });
          const again = await readPageFacts(pg).catch(() => null);
          if (again && observed.facts) observed.facts.imagery = again.imagery;
          await pg.setViewportSize({ width: o.viewportWidthPx, height: o.viewportHeightPx });
        } else {
          observed.screenshot = await pg.screenshot({ type: 'png', fullPage: true, animations: 'disabled' });
        }
      });
      observed.dom = (await pageStep('dom', { timeoutMs: o.stepTimeoutMs }, (pg) => pg.content())) ?? null;
    }
  } finally {
    observed.refusedHops = refusedHops(navigations, input);
    for (const refusal of input.egress.refusals) guard.noteRefusal(refusal);
    observed.blockedNotListed = { ...guard.dropped };
    // Closing writes the HAR and ends the context's renderers; one that will not close means a wedged browser.
    await withTimeout('closing the browser context', o.stepTimeoutMs, () => ctx.close()).catch((error: unknown) => {
      closeError = error;
      if (error instanceof TimeoutError) observed.browserWedged = true;
    });
  }
  await steps.run('network-log', { timeoutMs: o.stepTimeoutMs }, async () => {
    if (observed.browserWedged) throw new Error('the browser context did not close, so the network log was not written');
    if (closeError !== null) {
      // Playwright writes the HAR while closing: a full disk there stops the capture like any other write.
      const message = describeError(closeError);
      const code = /\b(ENOSPC|EDQUOT|EFBIG|EIO|EACCES|EPERM|EROFS)\b/.exec(message)?.[1];
      if (code) throw asStorageError(Object.assign(new Error(message), { code }), input.harPath);
      throw new Error(`the network log could not be written: ${message}`);
    }
    // The egress proxy's own answers (refused hops, unreachable targets) are not the target's: never archived.
    observed.exchanges = (await readHar(input.harPath)).filter((x) => header(x.entry.response.headers, REFUSED_HEADER) === null && header(x.entry.response.headers, UNREACHABLE_HEADER) === null);
  });
  return observed;
}

function isMainFrameOf(request: Request, page: Page): boolean {
  try {
    const frame = request.frame();
    return frame.parentFrame() === null && frame.page() === page;
  } catch {
    return false;
  }
}
