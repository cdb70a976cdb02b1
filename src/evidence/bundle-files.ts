import { createHash } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { lstat, open, readdir, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Reading a bundle that may have been prepared by an adversary. Every path is checked with lstat
 * before anything is opened, component by component: symbolic links, FIFOs (opening one blocks
 * forever), sockets, devices and hard links are refused and named. Files are then opened with
 * O_NOFOLLOW | O_NONBLOCK and checked again on the open descriptor, so a swap in between is caught.
 */

export type FileRead<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface Refusal {
  path: string;
  reason: string;
}

/** Why an entry is refused, or null for a directory or a regular file with one name. */
export function refusalOf(st: Stats): string | null {
  if (st.isSymbolicLink()) return 'is a symbolic link: refused';
  if (st.isFIFO()) return 'is a FIFO (named pipe): refused';
  if (st.isSocket()) return 'is a socket: refused';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'is a device: refused';
  if (st.isFile() && st.nlink > 1) return `is a hard link (one of ${st.nlink} names for the same file): refused`;
  if (!st.isFile() && !st.isDirectory()) return 'is not a regular file: refused';
  return null;
}

/** Null for a plain relative path inside the bundle ("artifacts/x.png"); else why it is refused. */
export function unsafePath(rel: unknown): string | null {
  if (typeof rel !== 'string' || rel === '') return 'is not a path';
  if (rel.startsWith('/') || rel.includes('\\') || rel.includes('\0')) return 'is not a plain relative path inside the bundle: refused';
  if (rel.split('/').some((seg) => seg === '' || seg === '.' || seg === '..')) return 'leaves the bundle or is not a plain path: refused';
  return null;
}

/** lstat of every component of `rel` under `root`; the last one must be a regular file with one name. */
export async function inspectFile(root: string, rel: string): Promise<FileRead<Stats>> {
  const bad = unsafePath(rel);
  if (bad) return { ok: false, reason: bad };
  const parts = rel.split('/');
  for (let i = 1; i < parts.length; i++) {
    const prefix = parts.slice(0, i).join('/');
    const st = await lstat(join(root, prefix)).catch(() => null);
    if (!st) return { ok: false, reason: 'missing' };
    if (st.isSymbolicLink()) return { ok: false, reason: `${prefix} is a symbolic link: refused` };
    if (!st.isDirectory()) return { ok: false, reason: `missing (${prefix} is not a directory)` };
  }
  const st = await lstat(join(root, rel)).catch(() => null);
  if (!st) return { ok: false, reason: 'missing' };
  const refusal = refusalOf(st);
  if (refusal) return { ok: false, reason: refusal };
  if (st.isDirectory()) return { ok: false, reason: 'is a directory, not a file' };
  return { ok: true, value: st };
}

async function openChecked(root: string, rel: string): Promise<FileRead<{ fh: FileHandle; size: number }>> {
  const inspected = await inspectFile(root, rel);
  if (!inspected.ok) return inspected;
  let fh: FileHandle;
  try {
    fh = await open(join(root, rel), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ELOOP' ? 'is a symbolic link: refused' : `cannot be opened (${code ?? 'error'})` };
  }
  const st = await fh.stat();
  const refusal = refusalOf(st) ?? (st.isFile() ? null : 'is not a regular file: refused');
  if (refusal || st.ino !== inspected.value.ino || st.dev !== inspected.value.dev) {
    await fh.close();
    return { ok: false, reason: refusal ?? 'was replaced while being read: refused' };
  }
  return { ok: true, value: { fh, size: st.size } };
}

/** The whole file, if it is a safe regular file of at most `maxBytes`. */
export async function readBundleFile(root: string, rel: string, maxBytes: number): Promise<FileRead<Buffer>> {
  const opened = await openChecked(root, rel);
  if (!opened.ok) return opened;
  const { fh, size } = opened.value;
  try {
    if (size > maxBytes) return { ok: false, reason: `is ${size} bytes, more than the ${maxBytes} a file of its kind may have: refused` };
    const buf = Buffer.alloc(size);
    let at = 0;
    while (at < size) {
      const { bytesRead } = await fh.read(buf, at, size - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
    return { ok: true, value: buf.subarray(0, at) };
  } finally {
    await fh.close();
  }
}

/** SHA-256 and size of a safe regular file, read in 1 MiB blocks from the checked descriptor. */
export async function hashBundleFile(root: string, rel: string): Promise<FileRead<{ sha256: string; bytes: number }>> {
  const opened = await openChecked(root, rel);
  if (!opened.ok) return opened;
  const { fh } = opened.value;
  const hash = createHash('sha256');
  const buf = Buffer.alloc(1 << 20);
  let bytes = 0;
  try {
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, buf.length, bytes);
      if (bytesRead === 0) break;
      hash.update(buf.subarray(0, bytesRead));
      bytes += bytesRead;
    }
  } finally {
    await fh.close();
  }
  return { ok: true, value: { sha256: hash.digest('hex'), bytes } };
}

export interface Tree {
  /** Regular files with one name, relative, with forward slashes, sorted. */
  files: string[];
  /** Directories, relative, sorted. */
  dirs: string[];
  /** Everything else, never opened. */
  refused: Refusal[];
}

/** Every entry under `root`, classified with lstat; symbolic links to directories are not followed. */
export async function walkTree(root: string): Promise<Tree> {
  const tree: Tree = { files: [], dirs: [], refused: [] };
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(rel ? join(root, rel) : root, { withFileTypes: true });
    for (const entry of entries) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      const st = await lstat(join(root, path)).catch(() => null);
      if (!st) continue;
      const refusal = refusalOf(st);
      if (refusal) tree.refused.push({ path, reason: refusal });
      else if (st.isDirectory()) {
        tree.dirs.push(path);
        await walk(path);
      } else tree.files.push(path);
    }
  };
  await walk('');
  tree.files.sort();
  tree.dirs.sort();
  tree.refused.sort((a, b) => a.path.localeCompare(b.path));
  return tree;
}
