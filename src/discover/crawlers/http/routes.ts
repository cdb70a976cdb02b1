import { createCheerioRouter, type CheerioCrawlingContext } from 'crawlee';
import { metaOf, ROUTE_LABELS, ROUTES, type FetchedPage, type RouteDeps } from '../routes.js';

function fetched(ctx: CheerioCrawlingContext): FetchedPage {
  const { request, body, response, contentType, $ } = ctx;
  return {
    url: request.url,
    finalUrl: request.loadedUrl ?? request.url,
    status: response.statusCode ?? null,
    contentType: contentType.type,
    via: 'http',
    html: typeof body === 'string' ? body : body.toString(),
    // Crawlee's own cheerio build: the same API the classifier uses, typed by another copy of the package.
    parsed: $ as unknown as FetchedPage['parsed'],
    meta: metaOf(request.userData as Record<string, unknown>),
  };
}

/** The HTTP crawler's router: one handler per label, each the shared route on the page Crawlee parsed. */
export function httpRouter(deps: RouteDeps) {
  const router = createCheerioRouter();
  for (const label of ROUTE_LABELS) router.addHandler(label, async (ctx) => ROUTES[label](fetched(ctx), deps));
  router.addDefaultHandler(async (ctx) => ROUTES.home(fetched(ctx), deps));
  return router;
}
