import { createHttpRouter, type HttpCrawlingContext } from 'crawlee';
import { metaOf, ROUTE_LABELS, ROUTES, type FetchedPage, type RouteDeps } from '../routes.js';

function fetched(ctx: HttpCrawlingContext): FetchedPage {
  const { request, body, response, contentType } = ctx;
  return {
    url: request.url,
    finalUrl: request.loadedUrl ?? request.url,
    status: response.statusCode ?? null,
    contentType: contentType.type,
    via: 'http',
    // Crawlee has decoded the body to UTF-8 from the charset the response declares.
    html: typeof body === 'string' ? body : body.toString('utf8'),
    meta: metaOf(request.userData as Record<string, unknown>),
  };
}

/** The HTTP crawler's router: one handler per label, each the shared route on the page as fetched (parsed once, in the analysis pool). */
export function httpRouter(deps: RouteDeps) {
  const router = createHttpRouter();
  for (const label of ROUTE_LABELS) router.addHandler(label, async (ctx) => ROUTES[label](fetched(ctx), deps));
  router.addDefaultHandler(async (ctx) => ROUTES.home(fetched(ctx), deps));
  return router;
}
