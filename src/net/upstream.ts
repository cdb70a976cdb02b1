import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { connect, type Socket } from 'node:net';
import { SocksClient } from 'socks';
import { RemoteError } from '../core/errors.js';

/** How the egress proxy reaches a target: straight to a vetted address, or through the operator's proxy. */
export interface Upstream {
  /** A TCP connection to host:port (for CONNECT tunnels and for plain HTTP through SOCKS or directly). */
  connect(host: string, port: number, addresses: string[], timeoutMs: number): Promise<Socket>;
  /** Plain HTTP through an HTTP proxy goes in absolute form to that proxy, not through a tunnel. */
  readonly httpProxy: URL | null;
  readonly kind: 'direct' | 'http-proxy' | 'socks-proxy';
}

function proxyAuth(proxy: URL): string | undefined {
  return proxy.username ? `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}` : undefined;
}

export { proxyAuth };

function direct(): Upstream {
  return {
    kind: 'direct',
    httpProxy: null,
    connect: (host, port, addresses, timeoutMs) =>
      new Promise((resolve, reject) => {
        // Only the addresses the policy checked: the name is never looked up a second time.
        const address = addresses[0];
        if (!address) {
          reject(new RemoteError(`no address to connect to for ${host}`));
          return;
        }
        const socket = connect({ host: address, port, timeout: timeoutMs });
        socket.once('connect', () => {
          socket.setTimeout(0);
          resolve(socket);
        });
        socket.once('timeout', () => socket.destroy(new RemoteError(`connecting to ${host}:${port} timed out after ${timeoutMs} ms`)));
        socket.once('error', reject);
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
        req.once('connect', (res, socket) => {
          if (res.statusCode !== 200) {
            socket.destroy();
            reject(new RemoteError(`the proxy refused the tunnel to ${target}: HTTP ${res.statusCode ?? '?'}`));
            return;
          }
          resolve(socket);
        });
        req.once('timeout', () => req.destroy(new RemoteError(`the proxy did not open a tunnel to ${target} within ${timeoutMs} ms`)));
        req.once('error', reject);
        req.end();
      }),
  };
}

function viaSocksProxy(proxy: URL): Upstream {
  const type = proxy.protocol === 'socks4:' ? 4 : 5;
  return {
    kind: 'socks-proxy',
    httpProxy: null,
    connect: async (host, port, _addresses, timeoutMs) => {
      // Names go to the proxy unresolved (socks5h behaviour): Tor resolves them at the exit.
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
    },
  };
}

export function upstreamFor(proxy: string | null): Upstream {
  if (!proxy) return direct();
  const url = new URL(proxy);
  return url.protocol.startsWith('socks') ? viaSocksProxy(url) : viaHttpProxy(url);
}
