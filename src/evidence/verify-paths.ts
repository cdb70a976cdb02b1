import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as pkijs from 'pkijs';
import type { BundleStore } from '../store/index.js';
import { parseCertificatesPem } from './cms.js';
import { emptyVerification, verifyBundleDir, type BundleVerification } from './verify.js';
import { extractZip } from './zip.js';

export interface VerifyPathsOptions {
  store?: BundleStore;
  tsaTrustFiles?: string[];
  allowPendingTimestamp?: boolean;
  /**
   * Extra checks on each unpacked zip or directory before its bundles are verified (the case
   * export's signed SHA256SUMS). Each returned result is reported like a bundle's.
   */
  containerCheck?: (root: string, label: string, tsaTrustAnchors: pkijs.Certificate[]) => Promise<BundleVerification[]>;
}

export interface VerifiedTarget {
  input: string;
  /** Bundle directories that can take a custody event (not zips or temporary copies). */
  recordable: boolean;
  storeId: string | null;
  result: BundleVerification;
}

async function bundleDirsUnder(root: string, depth = 3): Promise<string[]> {
  if (await stat(join(root, 'manifest.json')).then(() => true, () => false)) return [root];
  if (depth === 0) return [];
  const out: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (entry.isDirectory()) out.push(...(await bundleDirsUnder(join(root, entry.name), depth - 1)));
  }
  return out.sort();
}

/**
 * Verifies bundles named by path (a bundle directory, a directory of bundles, or a zip of either)
 * or by id in the store. Unknown inputs give a failed result that says so.
 */
export async function verifyPaths(inputs: string[], options: VerifyPathsOptions = {}): Promise<VerifiedTarget[]> {
  const anchors = [];
  for (const file of options.tsaTrustFiles ?? []) anchors.push(...parseCertificatesPem(await readFile(file, 'utf8')));
  const verifyOpts = { tsaTrustAnchors: anchors, allowPendingTimestamp: options.allowPendingTimestamp ?? false };
  const out: VerifiedTarget[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isFile()) {
      const tmp = await mkdtemp(join(tmpdir(), 'dw-verify-'));
      try {
        await extractZip(input, tmp);
        for (const result of (await options.containerCheck?.(tmp, `${input}!`, anchors)) ?? []) out.push({ input, recordable: false, storeId: null, result });
        const dirs = await bundleDirsUnder(tmp);
        if (dirs.length === 0) out.push({ input, recordable: false, storeId: null, result: missing(input, 'the zip holds no bundle (no manifest.json)') });
        for (const dir of dirs) {
          const result = await verifyBundleDir(dir, verifyOpts);
          result.path = `${input}!/${dir.slice(tmp.length + 1) || '.'}`;
          out.push({ input, recordable: false, storeId: null, result });
        }
      } catch (error) {
        out.push({ input, recordable: false, storeId: null, result: missing(input, (error as Error).message) });
      } finally {
        await rm(tmp, { recursive: true, force: true });
      }
      continue;
    }
    if (info?.isDirectory()) {
      for (const result of (await options.containerCheck?.(input, input, anchors)) ?? []) out.push({ input, recordable: false, storeId: null, result });
      const dirs = await bundleDirsUnder(input);
      if (dirs.length === 0) out.push({ input, recordable: false, storeId: null, result: missing(input, 'no bundle here (no manifest.json)') });
      for (const dir of dirs) out.push({ input, recordable: true, storeId: null, result: await verifyBundleDir(dir, verifyOpts) });
      continue;
    }
    if (options.store && (await options.store.has(input))) {
      const local = await options.store.materialize(input);
      try {
        const result = await verifyBundleDir(local.dir, verifyOpts);
        result.path = options.store.location(input);
        out.push({ input, recordable: false, storeId: input, result });
      } finally {
        await local.release();
      }
      continue;
    }
    out.push({ input, recordable: false, storeId: null, result: missing(input, 'no such file, directory or bundle id') });
  }
  return out;
}

function missing(path: string, reason: string): BundleVerification {
  return { ...emptyVerification(path), problems: [{ artifact: path, reason }] };
}
