import { createSocket } from 'node:dgram';
import { request, type IncomingHttpHeaders } from 'node:http';
import { connect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { createGunzip } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startWeb, type TestWeb } from '../world/web.js';
import { HOSTILE_CASES, INTERNAL_MARKER, INTERNAL_SPELLINGS, type ForbiddenTraffic } from '../world/hostile/index.js';

// The hostile web checked with plain Node clients (not the tool): the pages say what they claim,
// and the world sees and records what a misbehaving client would do.

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let web: TestWeb;
let proxyPort: number;

/** One request to the world's HTTP server: `target` is sent verbatim (absolute-form when it is a URL, i.e. through the proxy). */
function send(target: string, options: { method?: string; host?: string; body?: string; port?: number; hostname?: string; maxBytes?: number } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ hostname: options.hostname ?? '127.0.0.1', port: options.port ?? proxyPort, method: options.method ?? 'GET', path: target, setHost: false, headers: { host: options.host ?? hostOf(target), connection: 'close' } }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (options.maxBytes && size >= options.maxBytes) res.destroy();
      });
      const done = () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      res.on('end', done);
      res.on('close', done);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const hostOf = (target: string): string => (/^[a-z]+:\/\//i.test(target) ? target.replace(/^[a-z]+:\/\/([^/]+).*$/i, '$1') : '127.0.0.1');

/** A CONNECT tunnel through the world's proxy. */
function tunnel(authority: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const req = request({ hostname: '127.0.0.1', port: proxyPort, method: 'CONNECT', path: authority });
    req.on('connect', (res, socket) => (res.statusCode === 200 ? resolve(socket) : reject(new Error(`CONNECT ${authority}: ${res.statusCode}`))));
    req.on('error', reject);
    req.end();
  });
}

/** Writes a raw request on a socket and reads until the peer closes or `until` matches. */
function exchange(socket: Socket | ReturnType<typeof tlsConnect>, raw: string, until?: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
      if (until?.test(text)) {
        socket.destroy();
        resolve(text);
      }
    });
    socket.on('end', () => resolve(text));
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
    socket.write(raw);
  });
}

const WS_HANDSHAKE = (host: string, path = '/ws') =>
  `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`;

const kinds = (entries: ForbiddenTraffic[]) => entries.map((e) => e.kind);

beforeAll(async () => {
  web = await startWeb();
  proxyPort = Number(new URL(web.proxyUrl).port);
});
afterAll(async () => {
  await web?.stop();
});
beforeEach(() => web.clearForbidden());

describe('hostile web: the table', () => {
  it('names every case once, on a path of its own, and answers each one in every mode it claims', async () => {
    expect(new Set(HOSTILE_CASES.map((c) => c.name)).size).toBe(HOSTILE_CASES.length);
    expect(new Set(HOSTILE_CASES.map((c) => c.path)).size).toBe(HOSTILE_CASES.length);
    // Bodies and the attachment are checked below; everything else answers at once with a page or a redirect.
    const quick = HOSTILE_CASES.filter((c) => c.channel !== 'body' && c.channel !== 'download');
    for (const mode of ['proxy', 'direct'] as const) {
      const replies = await Promise.all(
        quick.filter((c) => !c.modes || c.modes.includes(mode)).map(async (c) => {
          const url = web.hostile.url(c.path, { direct: mode === 'direct' });
          const reply = mode === 'proxy' ? await send(url) : await send(new URL(url).pathname, { host: new URL(url).host });
          return `${c.name} ${mode} ${reply.status}`;
        }),
      );
      for (const line of replies) expect(line).toMatch(/ (200|302|307|308)$/);
    }
    // Merely serving the pages records nothing.
    expect(web.forbidden()).toEqual([]);
  });
});

describe('hostile web: redirects to internal targets', () => {
  it('through the proxy, each spelling redirects to the spelling built from the live sentinel ports', async () => {
    const targets = web.hostile.targets('proxy');
    for (const spelling of INTERNAL_SPELLINGS) {
      const reply = await send(`http://hostile.test/redirect/${spelling}`);
      expect(reply.status, spelling).toBe(302);
      expect(reply.headers.location, spelling).toBe(targets.spellings[spelling]);
    }
    expect(targets.spellings.loopback).toBe(`http://127.0.0.1:${web.hostile.sentinels.loopback.port}/admin`);
    expect(targets.spellings.hex).toMatch(/^http:\/\/0x7f000001:\d+\/admin$/);
    expect(targets.spellings.metadata).toBe('http://169.254.169.254/latest/meta-data/');
  });

  it('directly, only spellings outside 127.0.0.1/32 redirect (to the 127.0.0.2 and ::1 sentinels); the rest are proxy-only', async () => {
    const { port } = web.hostile.sentinels.v4;
    const direct = web.hostile.targets('direct');
    const expected: Record<string, string | undefined> = {
      loopback: `http://127.0.0.2:${port}/admin`,
      decimal: `http://2130706434:${port}/admin`,
      hex: `http://0x7f000002:${port}/admin`,
      short: `http://127.2:${port}/admin`,
      mapped: `http://[::ffff:7f00:2]:${port}/admin`,
    };
    for (const spelling of INTERNAL_SPELLINGS) {
      const c = HOSTILE_CASES.find((x) => x.path === `/redirect/${spelling}`)!;
      const reply = await send(`/hostile/redirect/${spelling}`, { host: new URL(web.httpOrigin).host });
      if (c.modes?.includes('direct') === false) {
        expect(reply.status, spelling).toBe(404);
        expect(direct.spellings[spelling], spelling).toBeUndefined();
      } else {
        expect(reply.status, spelling).toBe(302);
        expect(reply.headers.location, spelling).toBe(direct.spellings[spelling]);
        if (expected[spelling]) expect(reply.headers.location, spelling).toBe(expected[spelling]);
      }
    }
  });

  it('the https page on hostile.test redirects to an internal https URL', async () => {
    const socket = await tunnel('hostile.test:443');
    const tls = tlsConnect({ socket, servername: 'hostile.test', ca: web.certificate.certPem });
    const text = await exchange(tls, 'GET /redirect/https-internal HTTP/1.1\r\nHost: hostile.test\r\nConnection: close\r\n\r\n');
    expect(text).toMatch(/^HTTP\/1\.1 302/);
    expect(text).toMatch(/\r\nlocation: https:\/\/192\.168\.1\.1\/admin\r\n/i);
    expect(web.forbidden()).toEqual([]);
  });

  it('the chain ends internal after three public hops; the 307 keeps the method', async () => {
    const hops: string[] = [];
    let next = 'http://hostile.test/chain/1';
    for (let i = 0; i < 3; i++) {
      const reply = await send(next);
      expect(reply.status).toBe(302);
      next = String(reply.headers.location);
      hops.push(next);
    }
    expect(hops).toEqual(['http://hostile.test/chain/2', 'http://hostile.test/chain/3', web.hostile.targets('proxy').http]);
    const post = await send('http://hostile.test/redirect/307', { method: 'POST', body: 'note=neutral' });
    expect(post.status).toBe(307);
    expect(kinds(web.forbidden())).toEqual(['post']);
  });
});

describe('hostile web: internal targets through the proxy', () => {
  it('records every absolute-form request to an internal spelling, raw or normalised, and answers with the marker', async () => {
    const urls = Object.values(web.hostile.targets('proxy').spellings);
    for (const url of urls) {
      for (const spelled of [url, new URL(url).href]) {
        const reply = await send(spelled);
        expect(reply.status, spelled).toBe(200);
        expect(reply.body.toString(), spelled).toContain(INTERNAL_MARKER);
      }
    }
    const seen = web.forbidden();
    expect(seen).toHaveLength(urls.length * 2);
    expect(seen.every((e) => e.kind === 'internal' && e.via === 'proxy' && e.method === 'GET')).toBe(true);
    const hosts = new Set(seen.map((e) => (e.kind === 'internal' ? e.host : '')));
    // Numeric spellings arrive normalised: the world records the address they name.
    for (const host of ['127.0.0.1', '::1', 'localhost.', '::ffff:7f00:1', '64:ff9b::7f00:1', '::7f00:1', '2002:7f00:1::', 'router', 'nas.local', '169.254.169.254']) expect(hosts, host).toContain(host);
  });

  it('keeps the world origin at 127.0.0.1 mapped to the default host (not internal), also through the proxy', async () => {
    const viaProxy = await send(`${web.httpOrigin}/pricing`);
    expect(viaProxy.status).toBe(200);
    expect(viaProxy.body.toString()).toContain('Pricing');
    const direct = await send('/pricing', { host: new URL(web.httpOrigin).host });
    expect(direct.body.toString()).toContain('Pricing');
    const bare = connect(Number(new URL(web.httpOrigin).port), '127.0.0.1');
    await new Promise((resolve) => bare.once('connect', resolve));
    expect(await exchange(bare, 'GET /pricing HTTP/1.0\r\n\r\n')).toContain('Pricing'); // no Host header at all
    expect(web.forbidden()).toEqual([]);
  });

  it('records a CONNECT to an internal host and completes TLS to a marker page the world certificate covers', async () => {
    const socket = await tunnel('192.168.1.1:443');
    const tls = tlsConnect({ socket, host: '192.168.1.1', ca: web.certificate.certPem });
    const text = await exchange(tls, 'GET /admin HTTP/1.1\r\nHost: 192.168.1.1\r\nConnection: close\r\n\r\n');
    expect(text).toMatch(/^HTTP\/1\.1 200/);
    expect(text).toContain(INTERNAL_MARKER);
    expect(web.forbidden()).toEqual([
      { kind: 'internal', via: 'proxy', method: 'CONNECT', host: '192.168.1.1', port: 443, path: '' },
      { kind: 'internal', via: 'tunnel', method: 'GET', host: '192.168.1.1', port: 443, path: '/admin' },
    ]);
  });

  it('records a ws:// upgrade tunnelled through CONNECT to an internal port 80, and to hostile.test', async () => {
    const internal = await exchange(await tunnel('[::ffff:127.0.0.1]:80'), WS_HANDSHAKE('[::ffff:127.0.0.1]'), new RegExp(INTERNAL_MARKER));
    expect(internal).toMatch(/^HTTP\/1\.1 101/);
    const pub = await exchange(await tunnel('hostile.test:80'), WS_HANDSHAKE('hostile.test', '/ws/echo'), /hello/);
    expect(pub).toMatch(/^HTTP\/1\.1 101/);
    expect(web.forbidden()).toEqual([
      { kind: 'internal', via: 'proxy', method: 'CONNECT', host: '::ffff:7f00:1', port: 80, path: '' },
      { kind: 'internal', via: 'tunnel', method: 'GET', host: '::ffff:7f00:1', port: 80, path: '/ws' },
      { kind: 'websocket', host: '::ffff:7f00:1', port: 80, path: '/ws' },
      { kind: 'websocket', host: 'hostile.test', port: 80, path: '/ws/echo' },
    ]);
  });
});

describe('hostile web: sentinels for the direct path', () => {
  it('records every connection and request reaching 127.0.0.2 and ::1, and serves the marker', async () => {
    const v4 = web.hostile.sentinels.v4;
    const reply = await send('/admin', { hostname: v4.host, port: v4.port, host: `0x7f000002:${v4.port}` });
    expect(reply.body.toString()).toContain(INTERNAL_MARKER);
    const v6 = web.hostile.sentinels.v6!;
    const post = await send('/settings', { hostname: v6.host, port: v6.port, method: 'POST', body: 'ssid=x', host: `[::1]:${v6.port}` });
    expect(post.status).toBe(200);
    expect(web.forbidden()).toEqual([
      { kind: 'internal', via: 'sentinel', method: 'TCP', host: '127.0.0.2', port: v4.port, path: '' },
      { kind: 'internal', via: 'sentinel', method: 'GET', host: '127.0.0.2', port: v4.port, path: '/admin' },
      { kind: 'internal', via: 'sentinel', method: 'TCP', host: '::1', port: v6.port, path: '' },
      { kind: 'internal', via: 'sentinel', method: 'POST', host: '::1', port: v6.port, path: '/settings' },
      { kind: 'post', method: 'POST', host: '::1', path: '/settings' },
    ]);
  });

  it('records WebSocket upgrades at a sentinel and STUN datagrams at the UDP sentinel', async () => {
    const v4 = web.hostile.sentinels.v4;
    const socket = connect(v4.port, v4.host);
    await new Promise((resolve) => socket.once('connect', resolve));
    expect(await exchange(socket, WS_HANDSHAKE(`127.0.0.2:${v4.port}`), new RegExp(INTERNAL_MARKER))).toMatch(/^HTTP\/1\.1 101/);
    const udp = createSocket('udp4');
    await new Promise<void>((resolve) => udp.send(Buffer.from([0, 1, 0, 0]), web.hostile.sentinels.udp.port, '127.0.0.2', () => resolve()));
    udp.close();
    await expect.poll(() => kinds(web.forbidden())).toEqual(['internal', 'internal', 'websocket', 'internal']);
    expect(web.forbidden()[3]).toMatchObject({ kind: 'internal', method: 'UDP', host: '127.0.0.2' });
  });
});

describe('hostile web: other forbidden traffic', () => {
  it('records non-GET methods on any host, form sinks, popup targets and navigation beacons', async () => {
    await send('http://hostile.test/sink/fetch-put', { method: 'PUT', body: 'x' });
    await send('/hostile/sink/fetch-delete', { method: 'DELETE', host: new URL(web.httpOrigin).host });
    await send('http://pixelpeel.test/upload', { method: 'POST', body: 'x' });
    await send('http://hostile.test/form/sink/form-get?note=neutral');
    await send('http://hostile.test/popup/target/window-open');
    await send('http://hostile.test/escape/blob-url');
    await send('http://hostile.test/sink/beacon', { method: 'HEAD' });
    expect(web.forbidden()).toEqual([
      { kind: 'post', method: 'PUT', host: 'hostile.test', path: '/sink/fetch-put' },
      { kind: 'post', method: 'DELETE', host: '127.0.0.1', path: '/hostile/sink/fetch-delete' },
      { kind: 'post', method: 'POST', host: 'pixelpeel.test', path: '/upload' },
      { kind: 'form', method: 'GET', host: 'hostile.test', path: '/form/sink/form-get' },
      { kind: 'popup', host: 'hostile.test', path: '/popup/target/window-open' },
      { kind: 'navigation', host: 'hostile.test', path: '/escape/blob-url' },
    ]);
  });

  it('records the attachment as downloaded only when it was delivered to the end', async () => {
    const cancelled = await send('http://hostile.test/download/file.bin', { maxBytes: 64 * 1024 });
    expect(cancelled.headers['content-disposition']).toMatch(/^attachment/);
    const full = await send('/hostile/download/file.bin', { host: new URL(web.httpOrigin).host });
    expect(full.body.length).toBe(8 * 1024 * 1024);
    await expect.poll(() => web.forbidden()).toEqual([{ kind: 'download', host: '127.0.0.1', path: '/download/file.bin', bytes: 8 * 1024 * 1024 }]);
  });

  it('serves a gzip bomb that is small on the wire and inflates to HTML-ish bytes', async () => {
    const reply = await send('http://hostile.test/body/gzip-bomb');
    expect(reply.headers['content-encoding']).toBe('gzip');
    expect(reply.body.length).toBeLessThan(4 * 1024 * 1024);
    // Inflate the first 4 MiB only: the whole is 1 GiB.
    const head = await new Promise<string>((resolve, reject) => {
      const gunzip = createGunzip();
      let text = '';
      gunzip.on('data', (chunk: Buffer) => {
        text += chunk.toString('latin1');
        if (text.length > 4 * 1024 * 1024) {
          gunzip.destroy();
          resolve(text);
        }
      });
      gunzip.on('error', reject);
      gunzip.end(reply.body);
    });
    expect(head.startsWith('<!doctype html>')).toBe(true);
    expect(head).toContain('<div>');
  });

  it('trickles headers of the slow-loris page and lies about lengths', async () => {
    const socket = await tunnel('hostile.test:80');
    const first = await exchange(socket, 'GET /body/slow-headers HTTP/1.1\r\nHost: hostile.test\r\n\r\n', /^H/);
    expect(first).toBe('H');
    const short = await exchange(await tunnel('hostile.test:80'), 'GET /body/length-understated HTTP/1.1\r\nHost: hostile.test\r\n\r\n', /<\/html>/);
    const [head = '', body = ''] = short.split('\r\n\r\n');
    expect(head).toMatch(/content-length: 40/i);
    expect(body.length).toBeGreaterThan(40);
  });
});
