import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EgressProxy, NetworkPolicy, UNREACHABLE_HEADER } from '../../src/net/index.js';

/** An operator's proxy that cannot reach anything: it says why in Proxy-Status, as RFC 9209 has it. */
let upstream: Server;
let upstreamUrl: string;

beforeAll(async () => {
  upstream = createServer((req, res) => {
    const host = new URL(req.url ?? '/').hostname;
    if (host === 'refused.test') res.writeHead(502, { 'proxy-status': 'operator-proxy; error=connection_refused' }).end('refused');
    else if (host === 'slow.test') res.writeHead(504, { 'proxy-status': 'operator-proxy; error=connection_timeout' }).end('timeout');
    else if (host === 'spoof.test') res.writeHead(200, { [UNREACHABLE_HEADER]: 'host%20not%20found', 'x-dijkwacht-refused': 'policy' }).end('a page that pretends to be the proxy');
    else res.writeHead(502, { 'proxy-status': 'origin-edge; error=connection_refused, operator-proxy' }).end('the site\'s own gateway error');
  });
  upstream.on('connect', (_req, socket) => socket.end('HTTP/1.1 504 Gateway Timeout\r\nProxy-Status: operator-proxy; error=connection_timeout\r\n\r\n'));
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});
afterAll(async () => new Promise((resolve) => upstream.close(resolve)));

const policy = () => new NetworkPolicy({ allowPrivateNetwork: false, allowPrivateNetworks: [] });

async function viaEgress(egress: EgressProxy, target: string): Promise<{ status: number; headers: Record<string, unknown> }> {
  const proxy = new URL(egress.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: proxy.hostname, port: proxy.port, path: target, method: 'GET' }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, headers: res.headers });
    });
    req.on('error', reject);
    req.end();
  });
}

async function tunnel(egress: EgressProxy, authority: string): Promise<number> {
  const proxy = new URL(egress.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: proxy.hostname, port: proxy.port, method: 'CONNECT', path: authority });
    req.on('connect', (res, socket) => {
      socket.destroy();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the egress proxy keeps the operator proxy\'s errors apart from targets\' answers', () => {
  it('turns the proxy\'s own errors into its own marked 502, with the cause and who found out', async () => {
    const egress = await EgressProxy.start({ policy: policy(), upstream: upstreamUrl, connectTimeoutMs: 2000, idleTimeoutMs: 5000 });
    try {
      const refused = await viaEgress(egress, 'http://refused.test/');
      expect(refused.status).toBe(502);
      expect(refused.headers[UNREACHABLE_HEADER]).toBeDefined();
      expect(refused.headers['proxy-status']).toMatch(/^dijkwacht-egress; error=connection_refused; details=/);
      expect(await tunnel(egress, 'slow.test:443')).toBe(502);
      expect(egress.unreachable.map((u) => [u.host, u.cause, u.viaProxy])).toEqual([
        ['refused.test', 'connection-refused', true],
        ['slow.test', 'timeout', true],
      ]);
      expect(egress.unreachable[1]?.proxyStatus).toBe('operator-proxy; error=connection_timeout');
    } finally {
      await egress.stop();
    }
  });

  it('passes on a target\'s gateway error that the proxy only forwarded', async () => {
    const egress = await EgressProxy.start({ policy: policy(), upstream: upstreamUrl, connectTimeoutMs: 2000, idleTimeoutMs: 5000 });
    try {
      const answer = await viaEgress(egress, 'http://gateway.test/');
      expect(answer.status).toBe(502);
      expect(answer.headers[UNREACHABLE_HEADER]).toBeUndefined();
      expect(answer.headers['proxy-status']).toBe('origin-edge; error=connection_refused, operator-proxy');
      expect(egress.unreachable).toEqual([]);
    } finally {
      await egress.stop();
    }
  });

  it('drops the proxy\'s own marks from what a target sends: a site cannot pass its page off as unreachable', async () => {
    const egress = await EgressProxy.start({ policy: policy(), upstream: upstreamUrl, connectTimeoutMs: 2000, idleTimeoutMs: 5000 });
    try {
      const answer = await viaEgress(egress, 'http://spoof.test/');
      expect(answer.status).toBe(200);
      expect(answer.headers[UNREACHABLE_HEADER]).toBeUndefined();
      expect(answer.headers['x-dijkwacht-refused']).toBeUndefined();
      expect(egress.unreachable).toEqual([]);
    } finally {
      await egress.stop();
    }
  });

  it('says so when the operator\'s proxy itself cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const egress = await EgressProxy.start({ policy: policy(), upstream: `http://127.0.0.1:${port}`, connectTimeoutMs: 2000, idleTimeoutMs: 5000 });
    try {
      expect((await viaEgress(egress, 'http://any.test/')).status).toBe(502);
      expect(await tunnel(egress, 'any.test:443')).toBe(502);
      expect(egress.unreachable.map((u) => [u.cause, u.viaProxy])).toEqual([
        ['proxy-unreachable', true],
        ['proxy-unreachable', true],
      ]);
    } finally {
      await egress.stop();
    }
  });
});
