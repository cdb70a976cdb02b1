import type { IncomingMessage, ServerResponse } from 'node:http';
import { connect } from 'node:net';
import type { Duplex } from 'node:stream';
import { ForbiddenLog, SAFE_METHODS, type ForbiddenTraffic } from './forbidden-log.js';
import { INTERNAL_MARKER, internalAdminPage } from './internal-admin.js';
import { InternalHosts, parseAuthority, requestPath, type Authority } from './internal-hosts.js';
import { internalTargets, type HostileMode, type InternalTargets } from './internal-targets.js';
import { HOSTILE_HOST, type HostileContext } from './hostile-case.js';
import { hostileHelpers, hostileRoutes } from './hostile-cases.js';
import { startSentinels, type Sentinels } from './sentinels.js';
import { acceptWebSocket } from './websocket-accept.js';

/** Prefix of the hostile site on the world's default host (the direct route). */
export const DIRECT_PREFIX = '/hostile';

/** The world's own origin: these hosts at these ports are the world itself, never "internal". */
const OWN_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);

export interface WorldPorts {
  httpPort: number;
  httpsPort: number;
}

/** What tests get to know about the hostile web (TestWeb.hostile). */
export interface HostileInfo {
  /** A case's URL: through the proxy (http(s)://hostile.test<path>, the default) or directly (<origin>/hostile<path>). */
  url(path: string, options?: { direct?: boolean; https?: boolean }): string;
  /** The internal URLs the pages use in a mode. */
  targets(mode: HostileMode): InternalTargets;
  sentinels: Pick<Sentinels, 'loopback' | 'v4' | 'v6' | 'udp'>;
}

const formatHost = (host: string): string => (host.includes(':') ? `[${host}]` : host);

/**
 * The hostile side of the test world: the pages of hostile.test, the accounting of forbidden
 * traffic on every server of the web, the answers of internal targets and the loopback sentinels.
 */
export class HostileWeb {
  readonly log: ForbiddenLog;
  readonly #hosts = new InternalHosts();
  readonly #sentinels: Sentinels;
  #ports: WorldPorts = { httpPort: 0, httpsPort: 0 };
  #track: (socket: Duplex) => void = () => undefined;

  private constructor(log: ForbiddenLog, sentinels: Sentinels) {
    this.log = log;
    this.#sentinels = sentinels;
  }

  static async start(): Promise<HostileWeb> {
    const log = new ForbiddenLog();
    return new HostileWeb(log, await startSentinels(log));
  }

  /** Tells the hostile web where the world listens (its own origin) and how to track tunnel sockets. */
  attach(ports: WorldPorts, track: (socket: Duplex) => void): void {
    this.#ports = ports;
    this.#track = track;
  }

  forbidden(): ForbiddenTraffic[] {
    return this.log.list();
  }

  /** Internal and not the world's own origin (127.0.0.1 at the world's ports keeps meaning the default host). */
  isInternalTarget(target: Authority): boolean {
    if (target.host === '') return false; // no Host header: the request reached the world's own server and named nothing else
    if (OWN_HOSTS.has(target.host) && (target.port === this.#ports.httpPort || target.port === this.#ports.httpsPort)) return false;
    return this.#hosts.isInternal(target.host);
  }

  /** Accounting every request of the world's web gets: non-safe methods, service-worker scripts. */
  account(req: IncomingMessage, host: string): void {
    const method = req.method ?? 'GET';
    const path = requestPath(req.url);
    if (!SAFE_METHODS.includes(method)) this.log.record({ kind: 'post', method, host, path });
    if (req.headers['service-worker'] === 'script') this.log.record({ kind: 'service-worker', host, path });
  }

  /** The answer of a device on the user's network: recorded, with the marker. */
  serveInternal(req: IncomingMessage, res: ServerResponse, target: Authority, via: 'proxy' | 'tunnel'): void {
    this.log.record({ kind: 'internal', via, method: req.method ?? 'GET', host: target.host, port: target.port, path: requestPath(req.url) });
    req.resume();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'access-control-allow-origin': '*', 'cache-control': 'no-store' }).end(internalAdminPage(target.host));
  }

  /**
   * A CONNECT to an internal target: recorded, then tunnelled to the world's own servers, which
   * answer as the internal device (TLS when the client speaks TLS, plain HTTP otherwise, so ws://
   * through CONNECT works too).
   */
  tunnelInternal(client: Duplex, head: Buffer, target: Authority): void {
    this.log.record({ kind: 'internal', via: 'proxy', method: 'CONNECT', host: target.host, port: target.port, path: '' });
    client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    const start = (first: Buffer) => {
      client.pause();
      const upstream = connect(first[0] === 0x16 ? this.#ports.httpsPort : this.#ports.httpPort, '127.0.0.1', () => {
        upstream.write(first);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      this.#track(upstream);
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
      client.on('close', () => upstream.destroy());
    };
    if (head.length > 0) start(head);
    else client.once('data', start);
  }

  /** Any protocol upgrade on the world's servers: recorded as websocket (and internal when aimed there); WebSockets are accepted. */
  upgrade(req: IncomingMessage, socket: Duplex, scheme: 'http' | 'https'): void {
    socket.on('error', () => socket.destroy());
    const absolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(req.url ?? '');
    const target = parseAuthority(absolute ? (req.url ?? '') : (req.headers.host ?? ''), scheme) ?? { host: '', port: 0 };
    const path = requestPath(req.url);
    const internal = this.isInternalTarget(target);
    if (internal) this.log.record({ kind: 'internal', via: absolute ? 'proxy' : 'tunnel', method: req.method ?? 'GET', host: target.host, port: target.port, path });
    this.log.record({ kind: 'websocket', host: target.host, port: target.port, path });
    acceptWebSocket(req, socket, internal ? INTERNAL_MARKER : 'hello from the hostile test web');
  }

  /** hostile.test through the proxy, or /hostile/… on the default host directly. */
  isHostile(url: URL, defaultHost: string): boolean {
    return url.hostname === HOSTILE_HOST || (url.hostname === defaultHost && (url.pathname === DIRECT_PREFIX || url.pathname.startsWith(`${DIRECT_PREFIX}/`)));
  }

  async route(req: IncomingMessage, res: ServerResponse, url: URL, target: Authority, scheme: 'http' | 'https'): Promise<void> {
    const mode: HostileMode = url.hostname === HOSTILE_HOST ? 'proxy' : 'direct';
    const path = mode === 'proxy' ? url.pathname : url.pathname.slice(DIRECT_PREFIX.length) || '/';
    const defaultPort = scheme === 'https' ? 443 : 80;
    const origin = `${scheme}://${formatHost(target.host || '127.0.0.1')}${target.port === defaultPort ? '' : `:${target.port}`}${mode === 'direct' ? DIRECT_PREFIX : ''}`;
    const ctx: HostileContext = {
      req,
      res,
      path,
      query: url.searchParams,
      mode,
      scheme,
      host: target.host,
      self: (p) => `${origin}${p}`,
      wsSelf: (p) => `${origin.replace(/^http/, 'ws')}${p}`,
      internal: this.targets(mode),
      log: this.log,
    };
    const route = hostileRoutes.get(path);
    if (route) return route.serve(ctx);
    for (const helper of hostileHelpers) {
      const match = helper.pattern.exec(path);
      if (match) return helper.serve(ctx, match);
    }
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<h1>not found</h1>');
  }

  targets(mode: HostileMode): InternalTargets {
    return internalTargets(mode, this.#sentinels, this.#hosts.machineName);
  }

  info(httpOrigin: string, httpsOrigin: string): HostileInfo {
    const { loopback, v4, v6, udp } = this.#sentinels;
    return {
      url: (path, options = {}) =>
        options.direct ? `${options.https ? httpsOrigin : httpOrigin}${DIRECT_PREFIX}${path}` : `${options.https ? 'https' : 'http'}://${HOSTILE_HOST}${path}`,
      targets: (mode) => this.targets(mode),
      sentinels: { loopback, v4, v6, udp },
    };
  }

  stop(): Promise<void> {
    return this.#sentinels.stop();
  }
}
