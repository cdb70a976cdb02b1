import { page } from '../fixture.js';
import { bodyCases } from './body-cases.js';
import { downloadCases, linkCases } from './download-cases.js';
import { sendHtml, type HelperRoute, type HostileCase, type HostileRoute } from './hostile-case.js';
import { pageCases, pageHelpers } from './page-cases.js';
import { redirectCases, redirectHelpers } from './redirect-cases.js';
import { requestCases, requestHelpers } from './request-cases.js';

const cases: HostileRoute[] = [...redirectCases, ...bodyCases, ...pageCases, ...requestCases, ...downloadCases, ...linkCases];

const index: HostileRoute = {
  name: 'index',
  path: '/',
  channel: 'links',
  about: 'links every other case: a crawl seeded here meets them all (for an HTTP crawler: the redirects, the bodies, the link pages, the attachment)',
  expect: ['internal', 'download'],
  serve(ctx) {
    const items = cases.map((c) => `<li><a href="${ctx.self(c.path)}">${c.name}</a>: ${c.about.replace(/</g, '&lt;')}</li>`).join('\n');
    sendHtml(ctx, page('Hostile test web', `<h1>Hostile test web</h1><p>Fictional pages that try to turn a crawler against its user.</p><ul>${items}</ul>`));
  },
};

/** Every route that is a case, by path. */
export const hostileRoutes: ReadonlyMap<string, HostileRoute> = new Map([index, ...cases].map((c) => [c.path, c]));

/** Hops, sinks, popup targets and worker scripts the cases lead to. */
export const hostileHelpers: readonly HelperRoute[] = [...redirectHelpers, ...pageHelpers, ...requestHelpers];

/** The hostile web, one entry per page: iterate it in tests (see HostileCase for the fields). */
export const HOSTILE_CASES: readonly HostileCase[] = [index, ...cases].map(({ serve: _serve, ...entry }) => entry);
