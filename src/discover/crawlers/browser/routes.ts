import { createPlaywrightRouter, type PlaywrightCrawlingContext } from 'crawlee';
import { metaOf, ROUTE_LABELS, ROUTES, type FetchedPage, type RouteDeps } from '../routes.js';

/** Script-rendered pages fetch their content after load: a short, bounded quiet period, then the DOM. */
async function fetched(ctx: PlaywrightCrawlingContext, settled: (ctx: PlaywrightCrawlingContext) => void): Promise<FetchedPage> {
  const { request, page, response } = ctx;
  await page.waitForLoadState('networkidle', { timeout: 1500 }).catch(() => undefined);
  settled(ctx);
  const html = await page.content();
  const headers = response ? await response.allHeaders().catch((): Record<string, string> => ({})) : {};
  return {
    url: request.url,
    finalUrl: page.url(),
    status: response?.status() ?? null,
    contentType: headers['content-type'] ?? null,
    via: 'browser',
    html,
    meta: metaOf(request.userData),
  };
}

/** The browser crawler's router: the same handlers as the HTTP crawler's, on the rendered page. */
export function browserRouter(deps: RouteDeps, settled: (ctx: PlaywrightCrawlingContext) => void) {
  const router = createPlaywrightRouter();
  for (const label of ROUTE_LABELS) router.addHandler(label, async (ctx) => ROUTES[label](await fetched(ctx, settled), deps));
  router.addDefaultHandler(async (ctx) => ROUTES.home(await fetched(ctx, settled), deps));
  return router;
}
