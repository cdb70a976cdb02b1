import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { IntegrityError } from '../core/errors.js';
import { listFilesRecursive } from '../store/index.js';

/** Extracts a zip, refusing entries that would land outside `target` (zip slip) or are links. */
export async function extractZip(zipPath: string, target: string): Promise<void> {
  const root = resolve(target);
  const zip = await yauzl.openPromise(zipPath, { validateEntrySizes: true }).catch((error: unknown) => {
    throw new IntegrityError(`${zipPath} is not a readable zip file.`, { cause: error });
  });
  try {
    for await (const entry of zip.eachEntry()) {
      const out = resolve(root, entry.fileName);
      if (!out.startsWith(root + sep)) throw new IntegrityError(`${zipPath} holds an entry outside its folder: ${entry.fileName}`);
      if (entry.fileName.endsWith('/')) {
        await mkdir(out, { recursive: true });
        continue;
      }
      await mkdir(dirname(out), { recursive: true });
      await pipeline(await zip.openReadStreamPromise(entry), createWriteStream(out));
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
