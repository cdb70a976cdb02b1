import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { hostname } from 'node:os';
import type { Duplex } from 'node:stream';
import type { FixtureResponse } from './fixture.js';
import { issueCertificate, type Issued } from './pki.js';
import { DEFAULT_HOST, imageRoute, sites } from './sites.js';
import { corpusSite, renderCorpusPage, type CorpusSite } from './corpus/index.js';
import { generatedPage, isGeneratedHost } from './generated-web.js';
import { HOSTILE_HOST, HostileWeb, INTERNAL_CERT_IPS, INTERNAL_CERT_NAMES, parseAuthority, requestPath, type ForbiddenTraffic, type HostileInfo } from './hostile/index.js';

async function corpusRoute(site: CorpusSite, url: URL): Promise<FixtureResponse> {
  const image = await imageRoute(url.pathname);
  if (image) return { status: 200, headers: { 'content-type': 'image/png' }, body: image };
  if (url.pathname === '/static/app.js') {
    const wanted = url.searchParams.get('page') ?? '/';
    const shell = site.pages.find((p) => p.jsOnly && p.path === wanted) ?? site.pages.find((p) => p.jsOnly);
    if (shell) return { status: 200, headers: { 'content-type': 'text/javascript' }, body: renderCorpusPage(site, shell).script ?? '' };
  }
  if (url.pathname === '/robots.txt') return { status: 200, headers: { 'content-type': 'text/plain' }, body: 'User-agent: *\nAllow: /\n' };
  const page = site.pages.find((p) => p.path === url.pathname);
  if (!page) return { status: 404, headers: { 'content-type': 'text/html' }, body: '<h1>not found</h1>' };
  return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: renderCorpusPage(site, page).html };
}

export interface SeenRequest {
  method: string;
  host: string;
  path: string;
  via: 'direct' | 'proxy' | 'tls';
  /** When the request arrived (epoch ms): per-host politeness is checked against these. */
  at: number;
}

/** Changes a test can make to a host between runs: take it offline, or move it to another domain. */
export type HostState = { offline: true } | { redirectTo: string };

export interface TestWeb {
  /** Plain HTTP server; also a forward proxy (absolute-form requests and CONNECT) for the virtual hosts. */
  httpOrigin: string;
  /** HTTPS server with a self-signed certificate (localhost, 127.0.0.1 and every virtual host). */
  httpsOrigin: string;
  proxyUrl: string;
  /** PEM of the self-signed certificate: the trust anchor to pass as --ca-file. */
  certificate: Issued;
  seen: SeenRequest[];
  setHostState(host: string, state: HostState | null): void;
  /** Traffic the tool must never cause (internal targets, non-GET methods, upgrades, completed downloads, popups …), in arrival order. */
  forbidden(): ForbiddenTraffic[];
  clearForbidden(): void;
  /** The hostile web (hostile.test): case URLs, internal targets per mode, sentinel addresses. */
  hostile: HostileInfo;
  stop(): Promise<void>;
}

const hostStates = new Map<string, HostState>();

/** The world's forward proxy, as it names itself in Proxy-Status (RFC 9209). */
export const WORLD_PROXY_NAME = 'test-world-proxy';
/** What the world's proxy says when it cannot resolve a name: its own error, as real proxies mark it. */
const NOT_FOUND_STATUS = `${WORLD_PROXY_NAME}; error=dns_error; rcode="NXDOMAIN"`;

/** Answers going out through the proxy (absolute-form requests): the proxy appends its member to a Proxy-Status the site sent. */
const proxied = new WeakSet<ServerResponse>();

function knownHost(host: string): boolean {
  return Boolean(sites[host] ?? corpusSite(host)) || isGeneratedHost(host) || host === HOSTILE_HOST;
}

function hostOf(raw: string | undefined): string {
  const host = (raw ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '').toLowerCase();
  return host === '127.0.0.1' || host === 'localhost' || host === '::1' || host === '' ? DEFAULT_HOST : host;
}

async function answer(res: ServerResponse, fixture: FixtureResponse): Promise<void> {
  if (fixture.hangMs) {
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, fixture.hangMs);
      res.on('close', () => {
        clearTimeout(timer);
        resolve(undefined);
      });
    });
    if (res.destroyed) return;
  }
  const headers = { ...(fixture.headers ?? { 'content-type': 'text/plain' }) };
  // An intermediary that handles a response carrying Proxy-Status appends itself, nearest the client last (RFC 9209 section 2).
  if (proxied.has(res) && headers['proxy-status']) headers['proxy-status'] = `${headers['proxy-status']}, ${WORLD_PROXY_NAME}`;
  res.writeHead(fixture.status, headers);
  if (fixture.stream) {
    for (let i = 0; i < fixture.stream.count && !res.destroyed; i++) {
      if (!res.write(fixture.stream.chunk)) await new Promise((resolve) => res.once('drain', resolve));
    }
    res.end();
    return;
  }
  res.end(fixture.body ?? '');
}

async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const state = hostStates.get(url.hostname);
  if (state && 'offline' in state) {
    res.destroy();
    return;
  }
  if (state && 'redirectTo' in state) {
    res.writeHead(301, { location: `${state.redirectTo}${url.pathname === '/' ? '' : url.pathname}` }).end();
    return;
  }
  if (isGeneratedHost(url.hostname)) {
    await answer(res, url.pathname.startsWith('/img/') ? { status: 200, headers: { 'content-type': 'image/png' }, body: (await imageRoute('/img/p0.png')) ?? '' } : generatedPage(url.hostname, url.pathname));
    return;
  }
  const corpusHit = corpusSite(url.hostname);
  if (corpusHit) {
    await answer(res, await corpusRoute(corpusHit, url));
    return;
  }
  const site = sites[url.hostname];
  if (!site) {
    res.writeHead(502, { 'content-type': 'text/plain' }).end(`test world: no such host ${url.hostname}`);
    return;
  }
  const image = url.hostname === DEFAULT_HOST || site.placeholderImages ? await imageRoute(url.pathname) : null;
  if (image) {
    await answer(res, { status: 200, headers: { 'content-type': 'image/png', 'cache-control': 'no-store' }, body: image });
    return;
  }
  const handler = site.routes[url.pathname];
  if (!handler) {
    await answer(res, { status: 404, headers: { 'content-type': 'text/html' }, body: '<h1>not found</h1>' });
    return;
  }
  await answer(res, await handler(req, url));
}

export async function startWeb(): Promise<TestWeb> {
  const hosts = Object.keys(sites);
  // The internal names and addresses too: a client that trusts the world completes TLS to them (the threat made real).
  const certificate = issueCertificate({
    commonName: 'dijkwacht test world',
    altNames: ['localhost', ...hosts, HOSTILE_HOST, ...INTERNAL_CERT_NAMES, hostname().toLowerCase()],
    ipAddresses: ['127.0.0.1', ...INTERNAL_CERT_IPS],
  });
  const seen: SeenRequest[] = [];
  const hostile = await HostileWeb.start();

  const handle = (via: 'direct' | 'tls') => (req: IncomingMessage, res: ServerResponse) => {
    const absolute = /^https?:\/\//i.test(req.url ?? '');
    const scheme = via === 'tls' ? 'https' : 'http';
    // Who the request names (before the default-host mapping): internal targets answer as a device on the user's network.
    const target = parseAuthority(absolute ? (req.url ?? '') : (req.headers.host ?? ''), scheme);
    hostile.account(req, target?.host ?? '');
    if (target && hostile.isInternalTarget(target)) {
      seen.push({ at: Date.now(), method: req.method ?? 'GET', host: target.host, path: requestPath(req.url), via: absolute ? 'proxy' : via });
      hostile.serveInternal(req, res, target, absolute ? 'proxy' : 'tunnel');
      return;
    }
    const url = absolute ? new URL(req.url ?? '/') : new URL(req.url ?? '/', `${scheme}://${hostOf(req.headers.host)}`);
    url.hostname = hostOf(url.host);
    seen.push({ at: Date.now(), method: req.method ?? 'GET', host: url.hostname, path: url.pathname, via: absolute ? 'proxy' : via });
    req.resume();
    if (absolute) {
      proxied.add(res);
      if (!knownHost(url.hostname)) {
        // A name the world's proxy cannot resolve: the proxy's own error, never a site's answer.
        res.writeHead(502, { 'content-type': 'text/plain', 'proxy-status': NOT_FOUND_STATUS }).end(`test world proxy: cannot resolve ${url.hostname}\n`);
        return;
      }
    }
    const answered = target && hostile.isHostile(url, DEFAULT_HOST) ? hostile.route(req, res, url, target, scheme) : route(req, res, url);
    answered.catch((error: Error) => {
      if (!res.headersSent) res.writeHead(500).end(error.message);
      else res.destroy();
    });
  };

  const https = createHttpsServer({ key: certificate.keyPem, cert: certificate.certPem }, handle('tls'));
  const http: Server = createHttpServer(handle('direct'));
  const sockets = new Set<Socket | Duplex>();
  const track = (s: Socket | Duplex) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  };
  http.on('connection', track);
  https.on('connection', track);
  // Any upgrade (WebSocket) is forbidden traffic: recorded, then accepted so a page gets a live socket.
  http.on('upgrade', (req: IncomingMessage, socket: Duplex) => hostile.upgrade(req, socket, 'http'));
  https.on('upgrade', (req: IncomingMessage, socket: Duplex) => hostile.upgrade(req, socket, 'https'));

  await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const httpsPort = (https.address() as AddressInfo).port;
  const httpPort = (http.address() as AddressInfo).port;
  hostile.attach({ httpPort, httpsPort }, track);

  // CONNECT tunnels: port 443 goes to the HTTPS server, anything else to the HTTP server.
  http.on('connect', (req: IncomingMessage, client: Duplex, head: Buffer) => {
    track(client);
    // A client may reset at any time, also while being refused: never an unhandled socket error.
    client.on('error', () => client.destroy());
    const authority = parseAuthority(req.url ?? '', 'https');
    if (authority && hostile.isInternalTarget(authority)) {
      seen.push({ at: Date.now(), method: 'CONNECT', host: authority.host, path: '', via: 'proxy' });
      hostile.tunnelInternal(client, head, authority);
      return;
    }
    const [host = '', port = '443'] = (req.url ?? '').split(':');
    if (!knownHost(host.toLowerCase())) {
      client.end(`HTTP/1.1 502 Bad Gateway\r\nProxy-Status: ${NOT_FOUND_STATUS}\r\n\r\n`);
      return;
    }
    seen.push({ at: Date.now(), method: 'CONNECT', host: host.toLowerCase(), path: '', via: 'proxy' });
    const upstream = connect(port === '443' ? httpsPort : httpPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    track(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });

  return {
    httpOrigin: `http://127.0.0.1:${httpPort}`,
    httpsOrigin: `https://127.0.0.1:${httpsPort}`,
    proxyUrl: `http://127.0.0.1:${httpPort}`,
    certificate,
    seen,
    setHostState(host, state) {
      if (state) hostStates.set(host, state);
      else hostStates.delete(host);
    },
    forbidden: () => hostile.forbidden(),
    clearForbidden: () => hostile.log.clear(),
    hostile: hostile.info(`http://127.0.0.1:${httpPort}`, `https://127.0.0.1:${httpsPort}`),
    async stop() {
      hostStates.clear();
      for (const s of sockets) s.destroy();
      await Promise.all([new Promise((r) => http.close(r)), new Promise((r) => https.close(r)), hostile.stop()]);
    },
  };
}
