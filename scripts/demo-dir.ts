// The demo's data directory: emptied at the start of every run, so a second `npm run demo` starts
// as the first did (the test world's TSA root lives only as long as the world, so bundles of an
// earlier run could never verify against the new one).
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A file the demo leaves in its data directory: only a directory holding it is ever emptied. */
export const DEMO_MARKER = '.dijkwacht-demo';

/**
 * Makes `dir` an empty demo data directory. A directory the demo made before is emptied; a missing
 * or empty one is created; anything else (someone's real data) is refused, nothing removed.
 * `ownDefault`: the project's own storage/demo, emptied even when an older demo left no marker.
 */
export async function prepareDemoDir(dir: string, ownDefault = false): Promise<{ emptied: boolean }> {
  const entries = existsSync(dir) ? await readdir(dir) : [];
  if (entries.length > 0 && !ownDefault && !entries.includes(DEMO_MARKER)) {
    throw new Error(`${dir} holds files the demo did not make; choose an empty directory with DIJKWACHT_DEMO_DIR (nothing was removed).`);
  }
  if (entries.length > 0) await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, DEMO_MARKER), 'made by npm run demo: emptied at the start of the next demo run\n');
  return { emptied: entries.length > 0 };
}
