import { chmodSync, lstatSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { chmod, lstat, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import type { Logger } from '../log/index.js';
import { guardWrite } from './errors.js';

/**
 * Staging: half-written items (a bundle being captured, a packet being written) that become real
 * only when they are moved into place. Each staging entry has an owner file beside it,
 * `<entry>.owner.json` ({ pid, hostname, startedAt }), so that a later command can tell an entry
 * left by a dead process (swept) from one another process is still writing (kept). Within this
 * process, every claimed entry is also registered, so that a fatal exit or a signal removes it.
 */

export interface StagingOwner {
  pid: number;
  hostname: string;
  startedAt: string;
}

export const OWNER_SUFFIX = '.owner.json';
const WORK_SUFFIX = '.work';

/** Claimed entries of this process: primary path → every path to remove (owner file last). */
const owned = new Map<string, string[]>();
/** Directories where code that does not claim its staging creates entries (prefix, names present before). */
const watched: { dir: string; prefixes: string[]; before: Set<string> }[] = [];

export const ownerFileOf = (primary: string): string => `${primary}${OWNER_SUFFIX}`;

/**
 * Claims a staging entry (and companions such as `<id>.work`) for this process: writes the owner
 * file before anything else exists, and registers the paths for removal if the process dies.
 */
export async function claimStaging(primary: string, companions: string[] = []): Promise<void> {
  const ownerFile = ownerFileOf(primary);
  const owner: StagingOwner = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() };
  owned.set(primary, [primary, ...companions, ownerFile]);
  try {
    await guardWrite(ownerFile, async () => {
      await mkdir(dirname(primary), { recursive: true });
      await writeFile(ownerFile, `${JSON.stringify(owner)}\n`, { flag: 'wx', mode: 0o600 });
    }, 'create the staging owner file');
  } catch (error) {
    owned.delete(primary);
    throw error;
  }
}

/** The entry was moved into place (committed): forget it and remove its owner file. */
export async function releaseStaging(primary: string): Promise<void> {
  owned.delete(primary);
  await rm(ownerFileOf(primary), { force: true }).catch(() => undefined);
}

/** Directories of a tree this process made read-only (or that were made so) become 0700 again, so the tree can go. */
async function makeRemovable(path: string): Promise<void> {
  const s = await lstat(path).catch(() => null);
  if (!s?.isDirectory()) return;
  await chmod(path, 0o700).catch(() => undefined);
  for (const name of await readdir(path).catch(() => [])) await makeRemovable(join(path, name));
}

function makeRemovableSync(path: string): void {
  try {
    if (!lstatSync(path).isDirectory()) return;
    chmodSync(path, 0o700);
    for (const name of readdirSync(path)) makeRemovableSync(join(path, name));
  } catch {
    // best effort
  }
}

/** rm -rf, retried once after making the tree's directories writable. */
async function forceRemove(path: string): Promise<void> {
  try {
    await rm(path, { recursive: true, force: true });
  } catch {
    await makeRemovable(path);
    await rm(path, { recursive: true, force: true });
  }
}

function forceRemoveSync(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    makeRemovableSync(path);
    rmSync(path, { recursive: true, force: true });
  }
}

/** Removes a claimed entry with its companions and owner file. Never throws; returns the paths it could not remove. */
export async function removeStaging(primary: string): Promise<string[]> {
  const paths = owned.get(primary) ?? [primary, ownerFileOf(primary)];
  const left: string[] = [];
  for (const p of paths) await forceRemove(p).catch(() => left.push(p));
  if (left.length === 0) owned.delete(primary);
  return left;
}

/** Registers a temporary path (no owner file) for removal if the process dies before `untrack`. */
export function trackTemporary(path: string): void {
  owned.set(path, [path]);
}

export function untrackTemporary(path: string): void {
  owned.delete(path);
}

/**
 * For writers that do not claim their staging: entries of `dir` starting with one of `prefixes`
 * that appear after this call are removed on a fatal exit, unless another live process owns them.
 */
export function watchStagingDir(dir: string, prefixes: string[]): void {
  watched.push({ dir, prefixes, before: new Set(namesIn(dir)) });
}

function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * Synchronously removes every staging entry this process still owns (for 'exit', signals and
 * uncaught errors: nothing half-written outlives the process). With `watched` (a signal or a crash,
 * not a normal exit), new entries of watched directories go too. Returns the entries removed.
 */
export function removeOwnedStagingSync(options: { watched?: boolean } = {}): string[] {
  const removed: string[] = [];
  for (const [primary, paths] of owned) {
    for (const p of paths) {
      try {
        forceRemoveSync(p);
      } catch {
        // best effort: the next command's sweep finds what is left (its owner, this pid, is gone)
      }
    }
    owned.delete(primary);
    removed.push(primary);
  }
  for (const w of options.watched === false ? [] : watched) {
    for (const name of namesIn(w.dir)) {
      if (w.before.has(name) || !w.prefixes.some((p) => name.startsWith(p)) || name.endsWith(OWNER_SUFFIX)) continue;
      const path = join(w.dir, name);
      const owner = readOwnerSync(ownerFileOf(path));
      if (owner && owner.pid !== process.pid && owner.hostname === hostname() && pidAlive(owner.pid)) continue;
      try {
        forceRemoveSync(path);
        removed.push(path);
      } catch {
        // best effort
      }
    }
  }
  return removed;
}

function parseOwner(text: string): StagingOwner | null {
  try {
    const o = JSON.parse(text) as Partial<StagingOwner>;
    if (typeof o.pid === 'number' && Number.isInteger(o.pid) && o.pid > 0 && typeof o.hostname === 'string' && typeof o.startedAt === 'string') return { pid: o.pid, hostname: o.hostname, startedAt: o.startedAt };
  } catch {
    // unreadable: treated as no owner
  }
  return null;
}

function readOwnerSync(path: string): StagingOwner | null {
  try {
    return parseOwner(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

async function readOwner(path: string): Promise<StagingOwner | null> {
  return readFile(path, 'utf8').then(parseOwner, () => null);
}

/** Whether a process with this pid runs on this host (EPERM: it runs, as another user). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface SweepRoot {
  dir: string;
  /** Only entries whose name starts with this (e.g. ".staging-" among finished packets). */
  prefix?: string;
}

export interface SweepInput {
  roots: SweepRoot[];
  /** When this command started (ms since the epoch): entries touched since are never swept. */
  startedAtMs: number;
  /** An entry with no owner file, or owned on another host, is swept once untouched this long. */
  orphanAfterMs: number;
  log?: Logger;
}

export interface SweepResult {
  removed: { path: string; reason: string }[];
  kept: { path: string; reason: string }[];
  failed: { path: string; reason: string }[];
}

const keyOf = (name: string): string => (name.endsWith(OWNER_SUFFIX) ? name.slice(0, -OWNER_SUFFIX.length) : name.endsWith(WORK_SUFFIX) ? name.slice(0, -WORK_SUFFIX.length) : name);

function minutes(ms: number): string {
  return ms >= 7_200_000 ? `${Math.floor(ms / 3_600_000)} h` : `${Math.floor(ms / 60_000)} min`;
}

/**
 * Removes staging entries left behind by processes that are gone: an entry whose owner pid is not
 * running on this host, or one without an owner file (or owned on another host) untouched for
 * `orphanAfterMs`. Entries owned by a live process, or touched since this command started, stay.
 * Each entry is judged with its companions (`<id>`, `<id>.work`, `<id>.owner.json`). Logged.
 */
export async function sweepStaging(input: SweepInput): Promise<SweepResult> {
  const result: SweepResult = { removed: [], kept: [], failed: [] };
  const now = Date.now();
  const host = hostname();
  for (const root of input.roots) {
    let names: string[];
    try {
      names = await readdir(root.dir);
    } catch {
      continue; // no staging yet
    }
    const groups = new Map<string, string[]>();
    for (const name of names) {
      const key = keyOf(name);
      if (root.prefix && !key.startsWith(root.prefix)) continue;
      groups.set(key, [...(groups.get(key) ?? []), name]);
    }
    for (const [key, members] of groups) {
      const primary = join(root.dir, key);
      if (owned.has(primary)) continue; // this process's own
      const paths = members.map((m) => join(root.dir, m)).sort((a, b) => Number(a.endsWith(OWNER_SUFFIX)) - Number(b.endsWith(OWNER_SUFFIX)));
      const stats = await Promise.all(paths.map((p) => lstat(p).catch(() => null)));
      const touched = Math.max(0, ...stats.map((s) => s?.mtimeMs ?? 0));
      const idle = now - touched;
      const owner = members.some((m) => m.endsWith(OWNER_SUFFIX)) ? await readOwner(ownerFileOf(primary)) : null;
      let sweep: string | null = null;
      let keep: string;
      if (touched >= input.startedAtMs) keep = 'changed since this command started';
      else if (owner && owner.hostname === host) {
        if (owner.pid === process.pid) sweep = `owned by an earlier process with this pid (${owner.pid}, started ${owner.startedAt})`;
        else if (!pidAlive(owner.pid)) sweep = `its owner, pid ${owner.pid} (started ${owner.startedAt}), is not running`;
        keep = `its owner, pid ${owner.pid}, is running`;
      } else if (owner) {
        if (idle >= input.orphanAfterMs) sweep = `owned by pid ${owner.pid} on host ${owner.hostname}, untouched for ${minutes(idle)}`;
        keep = `owned by pid ${owner.pid} on host ${owner.hostname}, which this host cannot check`;
      } else {
        if (idle >= input.orphanAfterMs) sweep = `no owner file, untouched for ${minutes(idle)}`;
        keep = `no owner file, but touched ${minutes(idle)} ago`;
      }
      if (!sweep) {
        result.kept.push({ path: primary, reason: keep });
        continue;
      }
      const problems: string[] = [];
      for (const p of paths) await forceRemove(p).catch((error: unknown) => problems.push(`${p}: ${(error as Error).message}`));
      if (problems.length > 0) result.failed.push({ path: primary, reason: problems.join('; ') });
      else result.removed.push({ path: primary, reason: sweep });
    }
  }
  const log = input.log;
  if (log) {
    const count = result.removed.length;
    if (count > 0 || result.kept.length > 0) {
      log.info(
        { swept: count, removed: result.removed, kept: result.kept },
        `staging sweep: removed ${count} stale entr${count === 1 ? 'y' : 'ies'}${count ? ` (${result.removed.map((r) => r.path).join(', ')})` : ''}; kept ${result.kept.length}`,
      );
    }
    for (const f of result.failed) log.warn({ path: f.path, reason: f.reason }, `staging sweep could not remove ${f.path}: ${f.reason}`);
  }
  return result;
}

