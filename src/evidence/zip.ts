import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { IntegrityError } from '../core/errors.js';
import { describeOptions, type OptionName } from '../options/index.js';
import { listFilesRecursive } from '../store/index.js';

/** What verify accepts from a zip before and while extracting it (options verifyMaxZip*). */
export interface ZipLimits {
  maxEntries: number;
  maxBytes: number;
  maxCompressionRatio: number;
}

const optionDefault = (name: OptionName): number => describeOptions().find((o) => o.name === name)?.default as number;

/** The defaults of the options, for library callers that pass no limits. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: optionDefault('verifyMaxZipEntries'),
  maxBytes: optionDefault('verifyMaxZipBytes'),
  maxCompressionRatio: optionDefault('verifyMaxCompressionRatio'),
};

/** Entries smaller than this may compress as well as they like (a page of white space is no bomb). */
const RATIO_FLOOR_BYTES = 1024 * 1024;

const S_IFMT = 0o170000;
const FILE_TYPES: Record<number, string> = { 0o120000: 'a symbolic link', 0o010000: 'a FIFO', 0o140000: 'a socket', 0o020000: 'a device', 0o060000: 'a device' };

/** Counts what really comes out of an entry, whatever its header declared. */
class ByteBudget extends Transform {
  readonly #limit: number;
  readonly #onOver: (written: number) => Error;
  written = 0;
  constructor(limit: number, onOver: (written: number) => Error) {
    super();
    this.#limit = limit;
    this.#onOver = onOver;
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.written += chunk.length;
    if (this.written > this.#limit) done(this.#onOver(this.written));
    else done(null, chunk);
  }
}

/**
 * Extracts a zip into `target` (a fresh directory), distrusting it entirely. Before anything is written,
 * the central directory is read and the zip refused if it declares too many entries, too many bytes in
 * total, an entry that compresses implausibly well, a link or special file, a duplicate name, or a name
 * outside `target`. While extracting, the bytes that really come out are counted and the extraction
 * stops as soon as an entry passes its declared size or the total passes `maxBytes`.
 */
export async function extractZip(zipPath: string, target: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<void> {
  const root = resolve(target);
  const refuse = (why: string): IntegrityError => new IntegrityError(`${zipPath} was refused: ${why}. Nothing was extracted.`);
  const zip = await yauzl.openPromise(zipPath, { autoClose: false, validateEntrySizes: true, strictFileNames: true }).catch((error: unknown) => {
    throw new IntegrityError(`${zipPath} is not a readable zip file.`, { cause: error });
  });
  try {
    if (zip.entryCount > limits.maxEntries) throw refuse(`it declares ${zip.entryCount} entries, more than the ${limits.maxEntries} allowed (verifyMaxZipEntries)`);
    const entries: yauzl.Entry[] = [];
    const names = new Set<string>();
    let declared = 0;
    try {
      for await (const entry of zip.eachEntry()) {
        entries.push(entry);
        if (entries.length > limits.maxEntries) throw refuse(`it holds more than the ${limits.maxEntries} entries allowed (verifyMaxZipEntries)`);
        const name = entry.fileName;
        const out = resolve(root, name);
        if (!out.startsWith(root + sep)) throw refuse(`the entry ${name} would land outside its folder`);
        const type = FILE_TYPES[(entry.externalFileAttributes >>> 16) & S_IFMT];
        if (type) throw refuse(`the entry ${name} is ${type}, which a bundle never holds`);
        const key = name.replace(/\/+$/, '');
        if (names.has(key)) throw refuse(`the entry ${name} appears twice`);
        names.add(key);
        declared += entry.uncompressedSize;
        if (declared > limits.maxBytes) throw refuse(`its entries declare more than ${limits.maxBytes} bytes in total (verifyMaxZipBytes)`);
        const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
        if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > limits.maxCompressionRatio) {
          throw refuse(`the entry ${name} would expand ${Math.round(ratio)} times (${entry.compressedSize} to ${entry.uncompressedSize} bytes), more than the ${limits.maxCompressionRatio} allowed (verifyMaxCompressionRatio): a zip bomb`);
        }
      }
    } catch (error) {
      if (error instanceof IntegrityError) throw error;
      throw new IntegrityError(`${zipPath} is not a well-formed zip file: ${(error as Error).message}.`, { cause: error });
    }

    let written = 0;
    for (const entry of entries) {
      const out = resolve(root, entry.fileName);
      if (entry.fileName.endsWith('/')) {
        await mkdir(out, { recursive: true, mode: 0o700 });
        continue;
      }
      await mkdir(dirname(out), { recursive: true, mode: 0o700 });
      const budget = new ByteBudget(Math.min(entry.uncompressedSize, limits.maxBytes - written), (n) =>
        n > entry.uncompressedSize
          ? new IntegrityError(`${zipPath} was refused: the entry ${entry.fileName} holds more than the ${entry.uncompressedSize} bytes it declares (its header lies). Extraction stopped.`)
          : new IntegrityError(`${zipPath} was refused: more than ${limits.maxBytes} bytes came out of it (verifyMaxZipBytes). Extraction stopped.`),
      );
      try {
        await pipeline(await zip.openReadStreamPromise(entry), budget, createWriteStream(out, { flags: 'wx', mode: 0o600 }));
      } catch (error) {
        if (error instanceof IntegrityError) throw error;
        throw new IntegrityError(`${zipPath} could not be extracted: the entry ${entry.fileName} is damaged or lies about its size (${(error as Error).message}).`, { cause: error });
      }
      written += budget.written;
    }
  } finally {
    zip.close();
  }
}

/** Zips a directory; entries are named relative to `prefix` (e.g. the bundle id). */
export async function zipDirectory(dir: string, zipPath: string, prefix = ''): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const rel of await listFilesRecursive(dir)) zip.addFile(join(dir, rel), prefix ? `${prefix}/${rel}` : rel);
  zip.end();
  await mkdir(dirname(zipPath), { recursive: true });
  await pipeline(zip.outputStream, createWriteStream(zipPath));
}
