import { PlaywrightCrawler, type PlaywrightCrawlingContext } from 'crawlee';
import { chromium, type Page } from 'playwright';
import { chromiumArgs, findChromium, IGNORED_DEFAULT_ARGS, ObservationGuard } from '../../../browser/index.js';
import type { logger } from '../../../log/index.js';
import type { CrawlerSetup } from '../http/main.js';
import { recordFailure } from '../failures.js';
import { browserRouter } from './routes.js';

/** Resource types never fetched by the browser during discovery: no imagery reaches the disk. */
export const BLOCKED_RESOURCE_TYPES = new Set(['image', 'media', 'font', 'texttrack']);

/**
 * The browser, only for pages whose text is rendered by script. Every page sits behind the same
 * observation guard as capture; what it refused goes to the log and the run's count.
 */
export function browserCrawler(setup: CrawlerSetup, log: ReturnType<typeof logger>, blocked: (n: number) => void): PlaywrightCrawler {
  const { options: o, policy } = setup;
  const executable = findChromium(o.chromiumPath);
  const guards = new WeakMap<Page, ObservationGuard>();
  const noteBlocked = (page: Page | undefined, url: string): void => {
    const guard = page ? guards.get(page) : undefined;
    if (!page || !guard || guard.blocked.length === 0) return;
    blocked(guard.blocked.length);
    log.info({ url, blocked: guard.blocked.map((b) => ({ kind: b.kind, url: b.url, method: b.method, reason: b.reason })) }, `the observation guard refused ${guard.blocked.length} action(s) of ${url}`);
    guards.delete(page);
  };
  const settled = (ctx: PlaywrightCrawlingContext): void => {
    guards.get(ctx.page)?.settle();
    noteBlocked(ctx.page, ctx.request.url);
  };
  const failed = recordFailure(setup.failures, 'browser');
  return new PlaywrightCrawler(
    {
      ...setup.common,
      requestQueue: setup.queue,
      minConcurrency: Math.min(4, o.crawlConcurrency),
      launchContext: {
        launcher: chromium,
        // Signals are ours: the run stops cleanly and stays resumable, Playwright must not exit or close first.
        launchOptions: { executablePath: executable.path, args: chromiumArgs(['--ignore-certificate-errors']), headless: true, ignoreDefaultArgs: IGNORED_DEFAULT_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false },
        useIncognitoPages: true,
      },
      browserPoolOptions: {
        useFingerprints: false,
        // Each page is its own context: no service workers, no downloads.
        prePageCreateHooks: [
          (_id, _controller, pageOptions) => {
            if (pageOptions) Object.assign(pageOptions, { serviceWorkers: 'block', acceptDownloads: false });
          },
        ],
      },
      preNavigationHooks: [
        setup.robotsHook,
        async ({ page }, gotoOptions) => {
          // The same observation guard as capture; imagery, media and fonts are never fetched.
          const guard = new ObservationGuard({ policy, blockResourceTypes: BLOCKED_RESOURCE_TYPES });
          await guard.install(page.context(), page);
          guards.set(page, guard);
          if (gotoOptions) gotoOptions.waitUntil = 'load';
        },
      ],
      requestHandler: browserRouter(setup.routes, settled),
      async failedRequestHandler(ctx, error) {
        noteBlocked(ctx.page, ctx.request.url);
        await failed(ctx, error);
      },
    },
    setup.config,
  );
}
