import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/** One unmasked server-to-client text frame (payloads under 64 KiB). */
function textFrame(text: string): Buffer {
  const payload = Buffer.from(text);
  const header = payload.length < 126 ? Buffer.from([0x81, payload.length]) : Buffer.from([0x81, 126, payload.length >> 8, payload.length & 0xff]);
  return Buffer.concat([header, payload]);
}

/**
 * Completes a WebSocket handshake (RFC 6455) and sends one text message, so a page that opens a
 * socket gets a live channel; whatever the client sends afterwards is read and dropped. A request
 * without a WebSocket key is closed.
 */
export function acceptWebSocket(req: IncomingMessage, socket: Duplex, greeting: string): void {
  const key = req.headers['sec-websocket-key'];
  if (typeof key !== 'string' || !/websocket/i.test(req.headers.upgrade ?? '')) {
    socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    return;
  }
  const accept = createHash('sha1').update(key + GUID).digest('base64');
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
  socket.write(textFrame(greeting));
  socket.on('data', () => undefined);
}
