import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as pkijs from 'pkijs';
import type { BundleStore } from '../store/index.js';
import { walkTree, type Refusal } from './bundle-files.js';
import { loadCertificatesPem } from './cms.js';
import { judgeSigner, unknownSignerText, type SignerPolicy } from './trust.js';
import { emptyVerification, verifyBundleDir, type BundleVerification } from './verify.js';
import { mapInOrder } from './verify-in-order.js';
import type { ZipLimits } from './zip.js';

/** Bundles of one directory or zip verified at the same time. */
const BUNDLES_AT_ONCE = 4;

export interface VerifyPathsOptions {
  store?: BundleStore;
  tsaTrustFiles?: string[];
  allowPendingTimestamp?: boolean;
  /** Which signing keys to accept; without a policy signers are reported, not judged. */
  signerPolicy?: SignerPolicy | null;
  /** Caps on zips, checked before and while extracting. */
  zipLimits?: ZipLimits;
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

/** Bundle directories under `root` (those holding manifest.json), from a tree walked without following links. */
function bundleDirs(dirs: string[], files: string[], depth = 3): string[] {
  const roots = new Set([...files.filter((f) => f === 'manifest.json' || f.endsWith('/manifest.json')).map((f) => f.slice(0, -'manifest.json'.length).replace(/\/$/, ''))]);
  const out: string[] = [];
  for (const d of [...roots].sort()) {
    const levels = d === '' ? 0 : d.split('/').length;
    if (levels > depth || out.some((o) => o === '' || d.startsWith(`${o}/`))) continue;
    if (d === '' || dirs.includes(d)) out.push(d);
  }
  return out;
}

/**
 * Verifies bundles named by path (a bundle directory, a directory of bundles, or a zip of either)
 * or by id in the store. Unknown inputs give a failed result that says so. Links, FIFOs, devices and
 * hard links anywhere in a tree are refused and named; zips are capped before anything is written.
 */
export async function verifyPaths(inputs: string[], options: VerifyPathsOptions = {}): Promise<VerifiedTarget[]> {
  const anchors = await loadCertificatesPem(options.tsaTrustFiles ?? []);
  const verifyOpts = { tsaTrustAnchors: anchors, allowPendingTimestamp: options.allowPendingTimestamp ?? false, signerPolicy: options.signerPolicy ?? null };
  const out: VerifiedTarget[] = [];

  /** Verifies every bundle in a tree; `label(dir)` is how a bundle is named in the results. */
  const verifyTree = async (input: string, root: string, recordable: boolean, label: (dir: string) => string, containerLabel: string): Promise<void> => {
    const tree = await walkTree(root);
    const dirs = bundleDirs(tree.dirs, tree.files);
    const inBundle = (r: Refusal): boolean => dirs.some((d) => d === '' || r.path.startsWith(`${d}/`));
    const outside = tree.refused.filter((r) => !inBundle(r));
    if (tree.refused.length > 0) {
      const problems = outside.map((r) => ({ artifact: r.path, reason: r.reason }));
      // The export check reads every file SHA256SUMS lists, so it never runs over a tree holding a FIFO or a link.
      const looksLikeExport = tree.files.some((f) => /(^|\/)SHA256SUMS$/.test(f));
      if (options.containerCheck && looksLikeExport) problems.push({ artifact: containerLabel, reason: 'not checked as a case export: it holds entries that are refused (listed here or with their bundle)' });
      if (problems.length > 0) out.push({ input, recordable: false, storeId: null, result: { ...emptyVerification(containerLabel), problems } });
    } else {
      for (const result of (await options.containerCheck?.(root, containerLabel, anchors)) ?? []) out.push({ input, recordable: false, storeId: null, result: judgeContainer(result, options.signerPolicy) });
    }
    if (dirs.length === 0) out.push({ input, recordable: false, storeId: null, result: failed(input, recordable ? 'no bundle here (no manifest.json)' : 'the zip holds no bundle (no manifest.json)') });
    // A few bundles at a time: one bundle's files are read while another's signatures are checked.
    const results = await mapInOrder(dirs, BUNDLES_AT_ONCE, (dir) => verifyBundleDir(dir ? join(root, dir) : root, verifyOpts));
    for (const [i, result] of results.entries()) {
      result.path = label(dirs[i]!);
      out.push({ input, recordable, storeId: null, result });
    }
  };

  for (const input of inputs) {
    // stat, not open: a FIFO named on the command line is reported, never read.
    const info = await stat(input).catch(() => null);
    if (info?.isFile()) {
      const tmp = await mkdtemp(join(tmpdir(), 'dw-verify-'));
      try {
        // Loaded for zips only: verifying directories needs no zip code.
        const { DEFAULT_ZIP_LIMITS, extractZip } = await import('./zip.js');
        await extractZip(input, tmp, options.zipLimits ?? DEFAULT_ZIP_LIMITS);
        await verifyTree(input, tmp, false, (dir) => `${input}!/${dir || '.'}`, `${input}!`);
      } catch (error) {
        out.push({ input, recordable: false, storeId: null, result: failed(input, (error as Error).message) });
      } finally {
        await rm(tmp, { recursive: true, force: true });
      }
      continue;
    }
    if (info?.isDirectory()) {
      await verifyTree(input, input, true, (dir) => (dir ? join(input, dir) : input), input);
      continue;
    }
    if (info && !info.isFile() && !info.isDirectory()) {
      out.push({ input, recordable: false, storeId: null, result: failed(input, 'is neither a file nor a directory (a FIFO, socket or device): refused') });
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
    out.push({ input, recordable: false, storeId: null, result: failed(input, 'no such file, directory or bundle id') });
  }
  return out;
}

/** The export's SHA256SUMS.p7s is judged against the pinned signers like a bundle's signature. */
function judgeContainer(input: BundleVerification, policy: SignerPolicy | null | undefined): BundleVerification {
  if (!input.signature?.ok) return input;
  const fp = input.signature.signerCertSha256;
  const verdict = judgeSigner(fp, policy);
  const result = { ...input, signerPinned: fp !== null && (policy?.pinned?.has(fp) ?? false) };
  const text = verdict === 'unknown' || verdict === 'accepted' ? unknownSignerText('signed', fp, verdict) : null;
  if (verdict === 'unknown' && text) return { ...result, ok: false, signerTrust: verdict, problems: [...result.problems, { artifact: 'SHA256SUMS.p7s', reason: text }] };
  if (verdict === 'accepted' && text) return { ...result, signerTrust: verdict, notes: [...(result.notes ?? []), { artifact: 'SHA256SUMS.p7s', reason: text }] };
  return { ...result, signerTrust: verdict };
}

function failed(path: string, reason: string): BundleVerification {
  return { ...emptyVerification(path), problems: [{ artifact: path, reason }] };
}
