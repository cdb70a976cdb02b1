import { createWriteStream, existsSync, statSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { UsageError } from '../core/errors.js';

/**
 * Streams a file: `fill` writes into a partial file beside `path`, which becomes `path` only when
 * everything was written; on any failure the partial file goes and `path` is left as it was.
 */
export async function writeFileStreamed(path: string, fill: (out: Writable) => Promise<void>): Promise<void> {
  const target = resolve(path);
  const dir = dirname(target);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`The directory ${dir} for ${basename(target)} does not exist; create it first (mkdir -p ${dir}).`);
  const partial = join(dirname(target), `.${basename(target)}.partial-${process.pid}`);
  const out = createWriteStream(partial, { flags: 'wx' });
  try {
    await fill(out);
    out.end();
    await finished(out);
    await rename(partial, target);
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}
