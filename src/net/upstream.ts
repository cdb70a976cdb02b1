import type { IncomingHttpHeaders } from 'node:http';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect, type Socket } from 'node:net';
import { SocksClient } from 'socks';
import { describeError, RemoteError } from '../core/errors.js';

/** How the egress proxy reaches a target: straight to a vetted address, or through the operator's proxy. */
export interface Upstream {
  /** A TCP connection to host:port (for CONNECT tunnels and for plain HTTP through SOCKS or directly). */
  connect(host: string, port: number, addresses: string[], timeoutMs: number): Promise<Socket>;
  /** Plain HTTP through an HTTP proxy goes in absolute form to that proxy, not through a tunnel. */
  readonly httpProxy: URL | null;
  readonly kind: 'direct' | 'http-proxy' | 'socks-proxy';
}

/** Why a target was not reached, as far as this machine or the operator's proxy can tell. */
export type UnreachableCause = 'host-not-found' | 'connection-refused' | 'timeout' | 'unreachable' | 'proxy-unreachable' | 'other';

/**
 * The target was not reached. `viaProxy` says who found out: the operator's proxy (its error answer,
 * its SOCKS reply, or the proxy itself not answering) or this machine.
 */
export class UnreachableError extends RemoteError {
  readonly reason: UnreachableCause;
  readonly viaProxy: boolean;
  /** The operator proxy's Proxy-Status header (RFC 9209), as it sent it. */
  readonly proxyStatus: string | null;

  constructor(message: string, details: { reason: UnreachableCause; viaProxy: boolean; proxyStatus?: string | null; cause?: unknown }) {
    super(message, { cause: details.cause });
    this.reason = details.reason;
    this.viaProxy = details.viaProxy;
    this.proxyStatus = details.proxyStatus ?? null;
  }
}

/** One member of a Proxy-Status list: the intermediary's name and its parameters. */
export interface ProxyStatusMember {
  name: string;
  params: Record<string, string>;
}

/**
 * Parses a Proxy-Status field (RFC 9209: a structured-field List, RFC 8941). Members are ordered
 * from the intermediary nearest the origin to the one nearest us. Unparseable text gives [].
 */
export function parseProxyStatus(value: string | null | undefined): ProxyStatusMember[] {
  if (!value) return [];
  const members: ProxyStatusMember[] = [];
  for (const member of splitOutsideQuotes(value, ',')) {
    const [item = '', ...params] = splitOutsideQuotes(member, ';').map((p) => p.trim());
    if (!item) continue;
    const entry: ProxyStatusMember = { name: unquote(item), params: {} };
    for (const param of params) {
      const eq = param.indexOf('=');
      const key = (eq < 0 ? param : param.slice(0, eq)).trim();
      if (key) entry.params[key] = eq < 0 ? '?1' : unquote(param.slice(eq + 1).trim());
    }
    members.push(entry);
  }
  return members;
}

function unquote(s: string): string {
  return s.startsWith('"') && s.endsWith('"') && s.length >= 2 ? s.slice(1, -1).replace(/\\(.)/g, '$1') : s;
}

/** Splits at `sep` where it is not inside a quoted string (structured-field strings escape with a backslash). */
function splitOutsideQuotes(text: string, sep: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '\\') {
      current += ch + (text[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    if (ch === sep && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/** RFC 9209 error types (section 2.3) that mean the proxy could not reach the next hop. */
const PROXY_ERROR_CAUSES: Record<string, UnreachableCause> = {
  dns_error: 'host-not-found',
  dns_timeout: 'timeout',
  destination_not_found: 'host-not-found',
  destination_unavailable: 'unreachable',
  destination_ip_unroutable: 'unreachable',
  connection_refused: 'connection-refused',
  connection_timeout: 'timeout',
  connection_terminated: 'other',
  connection_read_timeout: 'timeout',
  http_response_timeout: 'timeout',
};

/** The RFC 9209 error type for a cause, for the egress proxy's own answers. */
export const PROXY_ERROR_TYPE: Record<UnreachableCause, string> = {
  'host-not-found': 'dns_error',
  'connection-refused': 'connection_refused',
  timeout: 'connection_timeout',
  unreachable: 'destination_unavailable',
  'proxy-unreachable': 'proxy_internal_error',
  other: 'proxy_internal_error',
};

/** Squid's own error pages (X-Squid-Error), for proxies that do not send Proxy-Status. */
const SQUID_CAUSES: Record<string, UnreachableCause> = { ERR_DNS_FAIL: 'host-not-found', ERR_CONNECT_FAIL: 'connection-refused', ERR_READ_TIMEOUT: 'timeout', ERR_LIFETIME_EXP: 'timeout', ERR_GATEWAY_FAILURE: 'other' };

function headerText(headers: IncomingHttpHeaders, name: string): string | null {
  const v = headers[name];
  return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
}

/**
 * Whether an HTTP proxy's answer is the proxy's own error (it could not reach the target) rather
 * than the target's answer passed on: a 5xx whose last Proxy-Status member — the intermediary
 * nearest us — reports a connection-level error, or a Squid error page. A target's own gateway
 * error passed on by a proxy that appends its member carries that member last, without an error.
 */
export function proxyOwnError(status: number, headers: IncomingHttpHeaders): { reason: UnreachableCause; proxyStatus: string | null; said: string } | null {
  if (status < 500) return null;
  const proxyStatus = headerText(headers, 'proxy-status');
  const last = parseProxyStatus(proxyStatus).at(-1);
  const type = last?.params.error;
  if (last && type && PROXY_ERROR_CAUSES[type]) {
    return { reason: PROXY_ERROR_CAUSES[type], proxyStatus, said: `it answered HTTP ${status} with Proxy-Status: ${proxyStatus}` };
  }
  const squid = /^(ERR_[A-Z_]+)/.exec(headerText(headers, 'x-squid-error') ?? '')?.[1];
  if (squid && SQUID_CAUSES[squid]) return { reason: SQUID_CAUSES[squid], proxyStatus, said: `it answered HTTP ${status} with X-Squid-Error: ${headerText(headers, 'x-squid-error')}` };
  return null;
}

/** This machine could not reach a target: the cause from the socket error. */
export function directCause(error: unknown): UnreachableCause {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOTFOUND' || code === 'ENODATA') return 'host-not-found';
  if (code === 'ECONNREFUSED') return 'connection-refused';
  if (code === 'ETIMEDOUT' || /timed out/i.test(describeError(error))) return 'timeout';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return 'unreachable';
  return 'other';
}

function proxyAuth(proxy: URL): string | undefined {
  return proxy.username ? `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}` : undefined;
}

export { proxyAuth };

/** The operator's proxy itself did not answer (a setup problem, not the target's). */
function proxyDown(proxy: URL, error: unknown): UnreachableError {
  return new UnreachableError(`the proxy ${proxy.hostname}:${proxy.port} could not be reached: ${describeError(error)}`, { reason: 'proxy-unreachable', viaProxy: true, cause: error });
}

function direct(): Upstream {
  return {
    kind: 'direct',
    httpProxy: null,
    connect: (host, port, addresses, timeoutMs) =>
      new Promise((resolve, reject) => {
        // Only the addresses the policy checked: the name is never looked up a second time.
        const address = addresses[0];
        if (!address) {
          reject(new UnreachableError(`no address to connect to for ${host}`, { reason: 'host-not-found', viaProxy: false }));
          return;
        }
        const socket = connect({ host: address, port, timeout: timeoutMs });
        socket.once('connect', () => {
          socket.setTimeout(0);
          resolve(socket);
        });
        socket.once('timeout', () => socket.destroy(new UnreachableError(`connecting to ${host}:${port} timed out after ${timeoutMs} ms`, { reason: 'timeout', viaProxy: false })));
        socket.once('error', (error) => reject(error instanceof UnreachableError ? error : new UnreachableError(describeError(error), { reason: directCause(error), viaProxy: false, cause: error })));
      }),
  };
}

function viaHttpProxy(proxy: URL): Upstream {
  const auth = proxyAuth(proxy);
  return {
    kind: 'http-proxy',
    httpProxy: proxy,
    connect: (host, port, _addresses, timeoutMs) =>
      new Promise((resolve, reject) => {
        const target = `${host.includes(':') ? `[${host}]` : host}:${port}`;
        const req = (proxy.protocol === 'https:' ? httpsRequest : httpRequest)({
          host: proxy.hostname.replace(/^\[|\]$/g, ''),
          port: Number(proxy.port || (proxy.protocol === 'https:' ? 443 : 80)),
          method: 'CONNECT',
          path: target,
          headers: { host: target, ...(auth ? { 'proxy-authorization': auth } : {}) },
          timeout: timeoutMs,
        });
        let answered = false;
        req.once('connect', (res, socket) => {
          answered = true;
          if (res.statusCode !== 200) {
            socket.destroy();
            const status = res.statusCode ?? 0;
            const own = proxyOwnError(status, res.headers);
            const said = own?.said ?? `it answered HTTP ${res.statusCode ?? '?'}`;
            const reason: UnreachableCause = own?.reason ?? (status === 504 ? 'timeout' : 'other');
            reject(new UnreachableError(`the proxy did not open a tunnel to ${target}: ${said}`, { reason, viaProxy: true, proxyStatus: own?.proxyStatus ?? null }));
            return;
          }
          resolve(socket);
        });
        req.once('timeout', () => req.destroy(new UnreachableError(`the proxy did not open a tunnel to ${target} within ${timeoutMs} ms`, { reason: 'timeout', viaProxy: true })));
        req.once('error', (error) => reject(error instanceof UnreachableError ? error : answered ? error : proxyDown(proxy, error)));
        req.end();
      }),
  };
}

/** SOCKS replies (RFC 1928 section 6) as the socks library reports them. */
function socksCause(message: string): UnreachableCause {
  if (/HostUnreachable/.test(message)) return 'host-not-found';
  if (/ConnectionRefused/.test(message)) return 'connection-refused';
  if (/TTLExpired|timed out/i.test(message)) return 'timeout';
  if (/NetworkUnreachable/.test(message)) return 'unreachable';
  return 'other';
}

function viaSocksProxy(proxy: URL): Upstream {
  const type = proxy.protocol === 'socks4:' ? 4 : 5;
  return {
    kind: 'socks-proxy',
    httpProxy: null,
    connect: async (host, port, _addresses, timeoutMs) => {
      // Names go to the proxy unresolved (socks5h behaviour): Tor resolves them at the exit.
      try {
        const { socket } = await SocksClient.createConnection({
          proxy: {
            host: proxy.hostname.replace(/^\[|\]$/g, ''),
            port: Number(proxy.port || 1080),
            type,
            ...(proxy.username ? { userId: decodeURIComponent(proxy.username), password: decodeURIComponent(proxy.password) } : {}),
          },
          command: 'connect',
          destination: { host, port },
          timeout: timeoutMs,
        });
        return socket;
      } catch (error) {
        const message = describeError(error);
        if (/ECONNREFUSED|ENOTFOUND|EHOSTUNREACH/.test(message)) throw proxyDown(proxy, error);
        throw new UnreachableError(`the SOCKS proxy could not connect to ${host}:${port}: ${message}`, { reason: socksCause(message), viaProxy: true, cause: error });
      }
    },
  };
}

export function upstreamFor(proxy: string | null): Upstream {
  if (!proxy) return direct();
  const url = new URL(proxy);
  return url.protocol.startsWith('socks') ? viaSocksProxy(url) : viaHttpProxy(url);
}
