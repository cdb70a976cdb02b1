import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import { DijkwachtError, UsageError, describeError } from '../core/errors.js';
import { logger } from '../log/index.js';
import { SESSION_COOKIE, SESSION_MS, sameSecret } from './auth.js';
import { registerAssets } from './assets.js';
import type { Ctx, Env, Workspace } from './context.js';
import { registerArtifacts } from './views/artifacts.js';
import { registerAudit } from './views/audit.js';
import { registerCases } from './views/cases.js';
import { registerDashboard } from './views/dashboard.js';
import { registerGraph } from './views/graph.js';
import { registerNotices } from './views/notices.js';
import { registerReview } from './views/review.js';
import { registerSite } from './views/site.js';

const SAFE_METHODS = new Set(['GET', 'HEAD']);
/** Wrong tokens allowed per minute at /login (the whole workspace, not per client: it is one team's). */
const LOGIN_FAILURES_ALLOWED = 20;
const LOGIN_WINDOW_MS = 60_000;

/** A plain page for answers given before a session exists (no scripts, no styles). */
const bare = (title: string, text: string): string => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`;

const UNAUTHORISED = bare('Sign in needed', 'Open the login address that <code>dijkwacht serve</code> printed (/login?token=…), or send <code>Authorization: Bearer TOKEN</code>.');

/** The token of an `Authorization: Bearer` header, or null. */
const bearerOf = (header: string | undefined): string | null => {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m ? m[1]! : null;
};

/** The CSRF token a state-changing request carries: the X-CSRF-Token header or the _csrf form field. */
async function csrfOf(c: Ctx): Promise<string | null> {
  const header = c.req.header('x-csrf-token');
  if (header) return header;
  const type = c.req.header('content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) return null;
  const body = await c.req.parseBody({ all: true });
  const field = body._csrf;
  return typeof field === 'string' ? field : null;
}

/**
 * The workspace as a Hono app: secure headers and a strict CSP on every answer; a guard against
 * DNS rebinding; a session (cookie) or bearer token on every request but /login; a CSRF token on
 * every state change made with the cookie; then the views.
 */
export function workspaceApp(ws: Workspace): Hono<Env> {
  const app = new Hono<Env>();
  // 'serve' is not (yet) one of the log contexts: a child of the CLI logger.
  const log = logger('serve');
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
      // same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" on its own form posts.
      referrerPolicy: 'same-origin',
      crossOriginResourcePolicy: 'same-origin',
      strictTransportSecurity: ws.tls ? 'max-age=31536000' : false,
    }),
  );
  // Server time of every answer, for the benchmark and the browser's network panel.
  app.use(async (c, next) => {
    const t0 = performance.now();
    await next();
    c.header('Server-Timing', `app;dur=${(performance.now() - t0).toFixed(1)}`);
  });
  app.use(async (c, next) => {
    const host = (c.req.header('host') ?? '').toLowerCase();
    if (ws.allowedHosts && !ws.allowedHosts.has(host)) return c.text(`This workspace answers to ${[...ws.allowedHosts][0]} only.`, 421);
    c.header('Cache-Control', 'no-store');
    await next();
  });

  const failedLogins: number[] = [];
  app.get('/login', async (c) => {
    const now = Date.now();
    while (failedLogins.length > 0 && failedLogins[0]! < now - LOGIN_WINDOW_MS) failedLogins.shift();
    if (failedLogins.length >= LOGIN_FAILURES_ALLOWED) return c.html(bare('Too many attempts', 'Too many wrong tokens in the last minute; wait a minute and use the token <code>dijkwacht serve</code> printed.'), 429, { 'Retry-After': '60' });
    const token = c.req.query('token') ?? '';
    const reviewer = token ? ws.reviewers.reviewerOf(token) : null;
    if (!reviewer && token) failedLogins.push(now);
    if (!reviewer) return c.html(bare('Sign in needed', token ? 'That token is not one this workspace knows. Use the one <code>dijkwacht serve</code> printed, or one from its --reviewers file.' : 'Open /login?token=TOKEN with the token <code>dijkwacht serve</code> printed.'), 401);
    const session = ws.sessions.create(reviewer);
    setCookie(c, SESSION_COOKIE, session.id, { httpOnly: true, sameSite: 'Strict', secure: ws.tls, path: '/', maxAge: Math.floor(SESSION_MS / 1000) });
    await ws.audit.record({ reviewer, action: 'login', target: 'workspace', detail: { via: 'token' } });
    return c.redirect('/', 303);
  });

  app.use(async (c, next) => {
    const bearer = bearerOf(c.req.header('authorization'));
    if (bearer !== null) {
      const reviewer = ws.reviewers.reviewerOf(bearer);
      if (!reviewer) return c.html(UNAUTHORISED, 401, { 'WWW-Authenticate': 'Bearer realm="dijkwacht"' });
      c.set('reviewer', reviewer);
      c.set('session', null);
      c.set('csrf', '');
      return next();
    }
    const session = ws.sessions.get(getCookie(c, SESSION_COOKIE));
    if (!session) return c.html(UNAUTHORISED, 401, { 'WWW-Authenticate': 'Bearer realm="dijkwacht"' });
    c.set('reviewer', session.reviewer);
    c.set('session', session);
    c.set('csrf', session.csrf);
    if (!SAFE_METHODS.has(c.req.method)) {
      // The cookie travels by itself; the token proves the request came from a page of this workspace.
      const origin = c.req.header('origin');
      const sent = await csrfOf(c);
      const originHost = origin?.replace(/^https?:\/\//, '').toLowerCase();
      const fetchSite = c.req.header('sec-fetch-site');
      const originOk =
        (originHost === undefined || (ws.allowedHosts ? ws.allowedHosts.has(originHost) : originHost === (c.req.header('host') ?? '').toLowerCase())) &&
        (fetchSite === undefined || fetchSite === 'same-origin' || fetchSite === 'none');
      if (!originOk || sent === null || !sameSecret(sent, session.csrf)) return c.html(bare('Refused', 'This change came without the page\'s CSRF token (or from another origin); reload the page and try again.'), 403);
    }
    return next();
  });

  app.post('/logout', (c) => {
    const session = c.get('session');
    if (session) ws.sessions.end(session.id);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.html(bare('Signed out', 'Open the login address again to sign in.'));
  });

  registerAssets(app);
  registerArtifacts(app, ws);
  registerDashboard(app, ws);
  registerReview(app, ws);
  registerSite(app, ws);
  registerCases(app, ws);
  registerNotices(app, ws);
  registerGraph(app, ws);
  registerAudit(app, ws);

  app.notFound((c) => c.html(bare('Not found', 'Nothing here. The views are listed on the dashboard.'), 404));
  app.onError((error, c) => {
    if (error instanceof UsageError) return c.html(bare('Cannot do that', describeError(error)), 400);
    log.error({ err: error, path: c.req.path }, 'workspace request failed');
    return c.html(bare('Something went wrong', error instanceof DijkwachtError ? describeError(error) : 'The workspace could not answer this request; the log has the detail.'), 500);
  });
  return app;
}
