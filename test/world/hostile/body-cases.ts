import { gzipBomb } from './gzip-bomb.js';
import type { HostileContext, HostileRoute } from './hostile-case.js';
import { htmlFiller, pump } from './pump.js';

const MiB = 1024 * 1024;
const HUGE_BYTES = 64 * MiB;
const FILLER = htmlFiller();
const HTML_HEAD = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile body</title></head><body><h1>Hostile body</h1><p>';

/** Writes bytes on the raw connection, one every `everyMs`, until the peer goes away. */
function trickle(ctx: HostileContext, next: (i: number) => string, everyMs: number): void {
  const socket = ctx.req.socket;
  let i = 0;
  const timer = setInterval(() => {
    if (socket.destroyed) clearInterval(timer);
    else socket.write(next(i++));
  }, everyMs);
  socket.once('close', () => clearInterval(timer));
}

export const bodyCases: HostileRoute[] = [
  {
    name: 'slow-headers',
    path: '/body/slow-headers',
    channel: 'body',
    about: 'slow loris: the status line and headers arrive one byte per second, and the header block never ends',
    expect: [],
    serve(ctx) {
      const start = 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nX-Trickle: ';
      trickle(ctx, (i) => start[i] ?? 'a', 1000);
    },
  },
  {
    name: 'slow-body',
    path: '/body/slow-trickle',
    channel: 'body',
    about: 'headers at once, then a declared 100 kB body trickled one byte per 500 ms (about 14 hours)',
    expect: [],
    serve(ctx) {
      ctx.res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': '100000' });
      ctx.res.write(HTML_HEAD);
      trickle(ctx, () => 'a', 500);
    },
  },
  {
    name: 'endless-chunked',
    path: '/body/endless',
    channel: 'body',
    about: 'a chunked HTML body that never ends (64 KiB every 5 ms while the client reads)',
    expect: [],
    async serve(ctx) {
      ctx.res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      ctx.res.write(HTML_HEAD);
      await pump(ctx.res, FILLER, Infinity, 5);
    },
  },
  {
    name: 'huge-declared',
    path: '/body/huge-declared',
    channel: 'body',
    about: 'a 64 MiB HTML page with an honest Content-Length',
    expect: [],
    async serve(ctx) {
      ctx.res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(HUGE_BYTES) });
      if (await pump(ctx.res, FILLER, HUGE_BYTES / FILLER.length)) ctx.res.end();
    },
  },
  {
    name: 'huge-no-length',
    path: '/body/huge-no-length',
    channel: 'body',
    about: 'a 64 MiB HTML page with neither Content-Length nor chunking (delimited by closing the connection)',
    expect: [],
    async serve(ctx) {
      const socket = ctx.req.socket;
      socket.write('HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\n\r\n');
      if (await pump(socket, FILLER, HUGE_BYTES / FILLER.length)) socket.end();
    },
  },
  {
    name: 'gzip-bomb',
    path: '/body/gzip-bomb',
    channel: 'body',
    about: 'Content-Encoding: gzip, about 1.5 MB on the wire that inflates to about 1 GiB of HTML-ish bytes',
    expect: [],
    serve(ctx) {
      const bomb = gzipBomb();
      ctx.res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip', 'content-length': String(bomb.length) }).end(bomb);
    },
  },
  {
    name: 'length-overstated',
    path: '/body/length-overstated',
    channel: 'body',
    about: 'Content-Length says 1 MB, a short page arrives, and the connection stays open with nothing more',
    expect: [],
    serve(ctx) {
      ctx.res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(MiB) });
      ctx.res.write(`${HTML_HEAD}This page promised more than it sends.</p>`);
    },
  },
  {
    name: 'length-understated',
    path: '/body/length-understated',
    channel: 'body',
    about: 'Content-Length says 40 bytes, 5000 follow (the excess would be read as the next response on a kept-alive connection)',
    expect: [],
    serve(ctx) {
      const body = `${HTML_HEAD}${'More bytes than declared. '.repeat(190)}</p></body></html>`;
      ctx.req.socket.write(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 40\r\n\r\n${body}`);
    },
  },
];
