import { Agent as HttpAgent, createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { describeError } from '../core/errors.js';
import { utcNow } from '../core/time.js';
import type { NetworkPolicy, Verdict } from './policy.js';
import { directCause, PROXY_ERROR_TYPE, proxyAuth, proxyOwnError, UnreachableError, upstreamFor, type UnreachableCause, type Upstream } from './upstream.js';

export type { UnreachableCause } from './upstream.js';

/** Header on the empty answer the egress proxy gives instead of a refused plain-HTTP request. */
export const REFUSED_HEADER = 'x-dijkwacht-refused';
/** Header on the egress proxy's own 502 when the target could not be reached: never the site's answer. */
export const UNREACHABLE_HEADER = 'x-dijkwacht-unreachable';
/** The name this proxy gives itself in the Proxy-Status field (RFC 9209) of its own error answers. */
export const EGRESS_PROXY_NAME = 'dijkwacht-egress';

/** A request the network policy kept from leaving the machine. */
export interface Refusal {
  time: string;
  /** What was refused: a non-public address, a method other than GET/HEAD/OPTIONS, a plain WebSocket upgrade. */
  kind: 'address' | 'method' | 'upgrade';
  method: string;
  /** The absolute URL (plain HTTP) or host:port (tunnels). */
  url: string;
  host: string;
  port: number;
  reason: string;
}

export interface Unreachable {
  time: string;
  url: string;
  host: string;
  port: number;
  reason: string;
  /** What kept the target out of reach. */
  cause: UnreachableCause;
  /** Found out by the operator's proxy (its error answer or SOCKS reply), not by this machine. */
  viaProxy: boolean;
  /** The operator proxy's Proxy-Status field (RFC 9209), when it sent one. */
  proxyStatus: string | null;
}

/** The facts of an unreachable target from whatever was thrown while reaching it. */
function unreachableFacts(error: unknown): Pick<Unreachable, 'reason' | 'cause' | 'viaProxy' | 'proxyStatus'> {
  if (error instanceof UnreachableError) return { reason: describeError(error), cause: error.reason, viaProxy: error.viaProxy, proxyStatus: error.proxyStatus };
  return { reason: describeError(error), cause: directCause(error), viaProxy: false, proxyStatus: null };
}

/** The egress proxy's own Proxy-Status member for an unreachable target. */
function ownProxyStatus(facts: Pick<Unreachable, 'cause' | 'reason'>): string {
  return `${EGRESS_PROXY_NAME}; error=${PROXY_ERROR_TYPE[facts.cause]}; details=${JSON.stringify(facts.reason.replace(/[^\x20-\x7e]/g, '?'))}`;
}

export interface EgressOptions {
  policy: NetworkPolicy;
  /** The operator's proxy (Tor, VPN, the test world); null connects straight to vetted addresses. */
  upstream: string | null;
  connectTimeoutMs: number;
  /** A connection with no traffic for this long is closed (slow-loris peers hold nothing open). */
  idleTimeoutMs: number;
  /** Methods a plain-HTTP request may use (the crawler and the browser's guard only send these). */
  methods?: readonly string[];
  onRefusal?: (refusal: Refusal) => void;
  /**
   * Waits before an allowed request (or tunnel) leaves for its host: where workers that share a crawl
   * take their turns at the host and at the global rate, as close to the wire as the crawl gets. What
   * it returns is called once the request has been written to the host (a tunnel: once the client's
   * first bytes went through it), or has failed.
   */
  beforeForward?: (host: string) => Promise<(() => Promise<void>) | void>;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authorization', 'proxy-authenticate', 'te', 'trailer', 'transfer-encoding', 'upgrade']);
const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'] as const;

/**
 * The headers of a forwarded answer. The proxy's own marks (x-dijkwacht-*) are dropped from what a
 * target sends: a hostile site must not pass its answer off as "unreachable" or "refused".
 */
function forwardHeaders(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !HOP_BY_HOP.has(name) && !name.startsWith('x-dijkwacht-')) out[name] = value;
  return out;
}

/** Where a URL goes, as the proxy sees it: host and port, and whether it travels in a tunnel. */
function endpointOf(url: string): { href: string; host: string; port: number; tunnelled: boolean } | null {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return null;
  }
  const tunnelled = target.protocol === 'https:' || target.protocol === 'wss:';
  return { href: target.href, host: target.hostname.replace(/^\[|\]$/g, ''), port: Number(target.port || (tunnelled ? 443 : 80)), tunnelled };
}

function splitHostPort(authority: string): { host: string; port: number } | null {
  const m = /^\[([^\]]+)\]:(\d+)$/.exec(authority) ?? /^([^:]+):(\d+)$/.exec(authority);
  if (!m?.[1] || !m[2]) return null;
  const port = Number(m[2]);
  return port > 0 && port < 65536 ? { host: m[1], port } : null;
}

/**
 * A forward proxy on loopback that every browser context and the HTTP crawler use for target
 * traffic. Each request and each tunnel, including every redirect hop, script navigation,
 * subresource and WebSocket, is checked by the network policy before anything leaves; without an
 * upstream proxy, names are resolved here and the connection goes to the checked address (no
 * rebinding between check and connect). Refused plain-HTTP requests get an empty 204 (a browser
 * then stays where it is), refused tunnels a 403; nothing from behind a refused hop is fetched.
 */
export class EgressProxy {
  readonly refusals: Refusal[] = [];
  /** Targets that could not be reached (DNS, refused or timed-out connections, the upstream proxy's refusal). */
  readonly unreachable: Unreachable[] = [];
  readonly #options: EgressOptions;
  readonly #upstream: Upstream;
  readonly #server: Server;
  readonly #sockets = new Set<Duplex>();
  /** Connections to the operator's proxy are kept open between plain-HTTP requests (a crawl makes thousands). */
  readonly #httpAgent = new HttpAgent({ keepAlive: true, maxSockets: 64 });
  readonly #httpsAgent = new HttpsAgent({ keepAlive: true, maxSockets: 64 });
  #url = '';

  private constructor(options: EgressOptions) {
    this.#options = options;
    this.#upstream = upstreamFor(options.upstream);
    this.#server = createServer((req, res) => void this.#onRequest(req, res));
    this.#server.on('connect', (req: IncomingMessage, socket: Duplex, head: Buffer) => void this.#onConnect(req, socket, head));
    this.#server.on('upgrade', (req: IncomingMessage, socket: Duplex) => {
      this.#refuse('upgrade', req.method ?? 'GET', req.url ?? '', '', 0, 'WebSocket upgrades are not forwarded in plain form');
      socket.destroy();
    });
    this.#server.on('connection', (socket: Socket) => this.#track(socket));
    this.#server.on('clientError', (_error, socket) => socket.destroy());
  }

  static async start(options: EgressOptions): Promise<EgressProxy> {
    const proxy = new EgressProxy(options);
    await new Promise<void>((resolve, reject) => {
      proxy.#server.once('error', reject);
      proxy.#server.listen(0, '127.0.0.1', () => resolve());
    });
    proxy.#url = `http://127.0.0.1:${(proxy.#server.address() as AddressInfo).port}`;
    return proxy;
  }

  /** The proxy URL to hand to Chromium and the crawler. */
  get url(): string {
    return this.#url;
  }

  /** The address refusal that stopped this URL: the request itself (plain HTTP) or the tunnel to its host and port. */
  refusalFor(url: string): Refusal | undefined {
    const t = endpointOf(url);
    if (!t) return undefined;
    return this.refusals.find((r) => r.kind === 'address' && (t.tunnelled ? r.method === 'CONNECT' && r.host === t.host && r.port === t.port : r.url === t.href));
  }

  /** Why this URL's host could not be reached, if it could not. */
  unreachableFor(url: string): Unreachable | undefined {
    const t = endpointOf(url);
    if (!t) return undefined;
    return this.unreachable.find((u) => u.url === t.href || u.host === t.host);
  }

  async stop(): Promise<void> {
    this.#httpAgent.destroy();
    this.#httpsAgent.destroy();
    for (const s of this.#sockets) s.destroy();
    await new Promise((resolve) => this.#server.close(resolve));
  }

  #track(socket: Duplex): void {
    this.#sockets.add(socket);
    socket.on('close', () => this.#sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    if ('setTimeout' in socket && typeof socket.setTimeout === 'function') {
      (socket as Socket).setTimeout(this.#options.idleTimeoutMs, () => socket.destroy());
    }
  }

  #refuse(kind: Refusal['kind'], method: string, url: string, host: string, port: number, reason: string): Refusal {
    const refusal: Refusal = { time: utcNow(), kind, method, url, host, port, reason };
    this.refusals.push(refusal);
    this.#options.onRefusal?.(refusal);
    return refusal;
  }

  /**
   * The policy's verdict for a host, with the addresses to connect to when this proxy resolves;
   * a name that cannot be resolved gives the reason instead.
   */
  async #decide(host: string): Promise<{ verdict: Verdict; addresses: string[] } | UnreachableError> {
    if (this.#upstream.kind !== 'direct') return { verdict: this.#options.policy.host(host), addresses: [] };
    try {
      return await this.#options.policy.resolve(host);
    } catch (error) {
      const cause = directCause(error);
      return new UnreachableError(`could not resolve ${host}: ${describeError(error)}`, { reason: cause === 'other' ? 'host-not-found' : cause, viaProxy: false, cause: error });
    }
  }

  async #onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    let target: URL;
    try {
      target = new URL(req.url ?? '');
      if (target.protocol !== 'http:') throw new Error('not http');
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('dijkwacht egress proxy: absolute http:// URLs only\n');
      return;
    }
    const host = target.hostname.replace(/^\[|\]$/g, '');
    const port = Number(target.port || 80);
    const answerRefused = (kind: Refusal['kind'], reason: string): void => {
      this.#refuse(kind, method, target.href, host, port, reason);
      req.resume();
      res.writeHead(204, { [REFUSED_HEADER]: encodeURIComponent(reason), connection: 'close' }).end();
    };
    if (!(this.#options.methods ?? SAFE_METHODS).includes(method)) {
      answerRefused('method', `${method} requests are never sent to a target`);
      return;
    }
    const unreachable = (error: unknown): void => {
      const facts = unreachableFacts(error);
      this.unreachable.push({ time: utcNow(), url: target.href, host, port, ...facts });
      if (res.headersSent) res.destroy();
      else res.writeHead(502, { [UNREACHABLE_HEADER]: encodeURIComponent(facts.reason), 'proxy-status': ownProxyStatus(facts), 'content-type': 'text/plain', connection: 'close' }).end(`dijkwacht egress proxy: ${facts.reason}\n`);
    };
    const decision = await this.#decide(host);
    if (decision instanceof UnreachableError) {
      unreachable(decision);
      return;
    }
    if (!decision.verdict.allowed) {
      answerRefused('address', decision.verdict.reason);
      return;
    }
    const forwarded = (await this.#options.beforeForward?.(host)) ?? null;
    const sent = (): void => void forwarded?.().catch(() => undefined);
    // The client gave up while it waited (its timeout): nothing is sent.
    if (res.destroyed || req.destroyed) {
      sent();
      return;
    }
    res.once('close', sent);
    const headers = forwardHeaders(req.headers);
    const onUpstream = (upstreamRes: IncomingMessage): void => {
      // The operator's proxy answering for itself (it could not reach the target) is not the target's answer.
      const own = this.#upstream.httpProxy ? proxyOwnError(upstreamRes.statusCode ?? 502, upstreamRes.headers) : null;
      if (own) {
        upstreamRes.resume();
        unreachable(new UnreachableError(`the proxy could not reach ${target.host}: ${own.said}`, { reason: own.reason, viaProxy: true, proxyStatus: own.proxyStatus }));
        return;
      }
      res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.statusMessage, forwardHeaders(upstreamRes.headers));
      upstreamRes.pipe(res);
      upstreamRes.on('error', () => res.destroy());
    };
    const fail = (error: unknown): void => unreachable(error);
    const proxy = this.#upstream.httpProxy;
    if (proxy) {
      const auth = proxyAuth(proxy);
      const out = (proxy.protocol === 'https:' ? httpsRequest : httpRequest)(
        { host: proxy.hostname.replace(/^\[|\]$/g, ''), port: Number(proxy.port || 80), method, path: target.href, headers: { ...headers, ...(auth ? { 'proxy-authorization': auth } : {}) }, agent: proxy.protocol === 'https:' ? this.#httpsAgent : this.#httpAgent },
        onUpstream,
      );
      // An error before the proxy's answer: the proxy itself was not reached, or dropped the request.
      out.on('error', (error) => {
        if (res.headersSent) {
          fail(error);
          return;
        }
        const down = ['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT'].includes(String((error as { code?: unknown }).code));
        fail(new UnreachableError(down ? `the proxy ${proxy.host} could not be reached: ${describeError(error)}` : `the proxy ${proxy.host} gave no answer for ${target.href}: ${describeError(error)}`, { reason: down ? 'proxy-unreachable' : 'other', viaProxy: true, cause: error }));
      });
      res.on('close', () => out.destroy());
      out.once('finish', sent);
      req.pipe(out);
      return;
    }
    let socket: Socket;
    try {
      socket = await this.#upstream.connect(host, port, decision.addresses, this.#options.connectTimeoutMs);
    } catch (error) {
      fail(error);
      return;
    }
    this.#track(socket);
    // No agent: Node then uses createConnection, the vetted socket (an agent would dial by name again).
    const out = httpRequest({ method, path: `${target.pathname}${target.search}`, headers, createConnection: () => socket }, onUpstream);
    out.on('error', fail);
    res.on('close', () => out.destroy());
    out.once('finish', sent);
    req.pipe(out);
  }

  async #onConnect(req: IncomingMessage, client: Duplex, head: Buffer): Promise<void> {
    this.#track(client);
    const authority = splitHostPort(req.url ?? '');
    if (!authority) {
      client.end('HTTP/1.1 400 Bad Request\r\n\r\n');
      return;
    }
    const host = authority.host;
    const label = `${host.includes(':') ? `[${host}]` : host}:${authority.port}`;
    const unreachable = (error: unknown): void => {
      const facts = unreachableFacts(error);
      this.unreachable.push({ time: utcNow(), url: label, host, port: authority.port, ...facts });
      client.end(`HTTP/1.1 502 Bad Gateway\r\n${UNREACHABLE_HEADER}: ${encodeURIComponent(facts.reason)}\r\nProxy-Status: ${ownProxyStatus(facts)}\r\n\r\n`);
    };
    const decision = await this.#decide(host);
    if (decision instanceof UnreachableError) {
      unreachable(decision);
      return;
    }
    if (!decision.verdict.allowed) {
      const refusal = this.#refuse('address', 'CONNECT', label, host, authority.port, decision.verdict.reason);
      client.end(`HTTP/1.1 403 Refused by the network policy\r\n${REFUSED_HEADER}: ${encodeURIComponent(refusal.reason)}\r\n\r\n`);
      return;
    }
    const forwarded = (await this.#options.beforeForward?.(host)) ?? null;
    const sent = (): void => void forwarded?.().catch(() => undefined);
    client.once('close', sent);
    if (client.destroyed) {
      sent();
      return;
    }
    let upstream: Socket;
    try {
      upstream = await this.#upstream.connect(host, authority.port, decision.addresses, this.#options.connectTimeoutMs);
    } catch (error) {
      unreachable(error);
      return;
    }
    this.#track(upstream);
    if (client.destroyed) {
      upstream.destroy();
      return;
    }
    client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) upstream.write(head);
    upstream.pipe(client);
    client.pipe(upstream);
    // The tunnel's request has left once the client's first bytes (its TLS hello) went through.
    if (head.length > 0) sent();
    else client.once('data', sent);
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
  }
}
