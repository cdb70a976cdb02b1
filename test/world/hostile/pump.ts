import type { Writable } from 'node:stream';

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once `out` drains or closes. */
function drainedOrClosed(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

/**
 * Writes `chunk` `count` times (Infinity: until the peer goes away), honouring back-pressure and
 * pausing `pauseMs` between chunks. True when every chunk was handed to the socket.
 */
export async function pump(out: Writable, chunk: Buffer, count: number, pauseMs = 0): Promise<boolean> {
  for (let i = 0; i < count; i++) {
    if (out.destroyed || out.writableEnded) return false;
    if (!out.write(chunk)) await drainedOrClosed(out);
    if (pauseMs > 0) await sleep(pauseMs);
  }
  return !out.destroyed;
}

/** A 64 KiB block of neutral HTML paragraphs. */
export function htmlFiller(size = 64 * 1024): Buffer {
  const unit = Buffer.from(`<p>Ordinary filler text of the hostile test web, repeated to make a large page.</p>\n`);
  const block = Buffer.alloc(size);
  for (let offset = 0; offset < size; offset += unit.length) unit.copy(block, offset);
  return block;
}
