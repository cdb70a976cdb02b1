import { createSocket } from 'node:dgram';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { SAFE_METHODS, type ForbiddenLog } from './forbidden-log.js';
import { INTERNAL_MARKER, internalAdminPage } from './internal-admin.js';
import { acceptWebSocket } from './websocket-accept.js';

export interface SentinelAddress {
  host: string;
  port: number;
}

/** Loopback listeners that stand for the user's own machine: anything reaching them is forbidden. */
export interface Sentinels {
  /** 127.0.0.1 on a port of its own: loopback spellings through the proxy point here, so a client that bypasses the proxy for loopback is caught too. */
  loopback: SentinelAddress;
  /** 127.0.0.2, outside 127.0.0.1/32: the target of direct-mode cases. */
  v4: SentinelAddress;
  /** ::1 (on the loopback sentinel's port when free); null where the machine has no IPv6 loopback. */
  v6: SentinelAddress | null;
  /** UDP on 127.0.0.2: a STUN server address for WebRTC cases; every datagram is recorded. */
  udp: SentinelAddress;
  stop(): Promise<void>;
}

async function listen(server: Server, host: string, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

function sentinelServer(log: ForbiddenLog, address: string, sockets: Set<Duplex>): { server: Server; port: () => number; setHost: (host: string) => void } {
  let host = address;
  const server = createServer();
  const port = () => (server.address() as AddressInfo | null)?.port ?? 0;
  const internal = (method: string, path: string) => log.record({ kind: 'internal', via: 'sentinel', method, host, port: port(), path });
  const hold = (socket: Duplex) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  server.on('connection', (socket: Socket) => {
    hold(socket);
    internal('TCP', '');
  });
  server.on('request', (req, res) => {
    const path = req.url ?? '/';
    internal(req.method ?? 'GET', path);
    if (!SAFE_METHODS.includes(req.method ?? 'GET')) log.record({ kind: 'post', method: req.method ?? '', host, path });
    req.resume();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'access-control-allow-origin': '*' }).end(internalAdminPage(host));
  });
  server.on('upgrade', (req, socket: Duplex) => {
    hold(socket);
    internal(req.method ?? 'GET', req.url ?? '/');
    log.record({ kind: 'websocket', host, port: port(), path: req.url ?? '/' });
    acceptWebSocket(req, socket, INTERNAL_MARKER);
  });
  server.on('connect', (req, socket: Duplex) => {
    hold(socket);
    internal('CONNECT', req.url ?? '');
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nConnection: close\r\n\r\n');
  });
  // TLS handshakes and other non-HTTP bytes: the connection was recorded; drop it.
  server.on('clientError', (_error, socket: Duplex) => socket.destroy());
  return { server, port, setHost: (h) => (host = h) };
}

export async function startSentinels(log: ForbiddenLog): Promise<Sentinels> {
  const sockets = new Set<Duplex>();
  const loopback = sentinelServer(log, '127.0.0.1', sockets);
  const v4 = sentinelServer(log, '127.0.0.2', sockets);
  const v6 = sentinelServer(log, '::1', sockets);
  const loopbackPort = await listen(loopback.server, '127.0.0.1', 0);
  // 127.0.0.2 is there on Linux; where it is not (macOS), the sentinel falls back to 127.0.0.1 and
  // direct-mode cases then point inside 127.0.0.1/32 (their tests fail loudly rather than pass).
  const v4Host = await listen(v4.server, '127.0.0.2', 0).then(
    () => '127.0.0.2',
    () => listen(v4.server, '127.0.0.1', 0).then(() => '127.0.0.1'),
  );
  v4.setHost(v4Host);
  const v4Port = v4.port();
  const v6Port = await listen(v6.server, '::1', loopbackPort)
    .catch(() => listen(v6.server, '::1', 0))
    .catch(() => null);
  const udp = createSocket('udp4');
  await new Promise<void>((resolve) => udp.bind(0, v4Host, resolve));
  const udpPort = udp.address().port;
  udp.on('message', () => log.record({ kind: 'internal', via: 'sentinel', method: 'UDP', host: v4Host, port: udpPort, path: '' }));
  return {
    loopback: { host: '127.0.0.1', port: loopbackPort },
    v4: { host: v4Host, port: v4Port },
    v6: v6Port === null ? null : { host: '::1', port: v6Port },
    udp: { host: v4Host, port: udpPort },
    async stop() {
      for (const socket of sockets) socket.destroy();
      await Promise.all([loopback, v4, v6].map(({ server }) => new Promise((resolve) => (server.listening ? server.close(resolve) : resolve(undefined)))));
      await new Promise<void>((resolve) => udp.close(() => resolve()));
    },
  };
}
