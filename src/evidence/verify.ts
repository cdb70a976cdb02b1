import type * as pkijs from 'pkijs';
import { sha256Hex } from '../core/hash.js';
import { hashBundleFile, readBundleFile, unsafePath, walkTree } from './bundle-files.js';
import { certificateDerSha256, parseCertificatesPem, verifyDetachedSignature, verifyTimestamp, type SignatureCheck, type TimestampCheck } from './cms.js';
import { chainRoots } from './tsa-chain.js';
import { CUSTODY_HEAD_FILE } from './custody-anchor.js';
import { checkCustody, type CustodyVerdict } from './custody-check.js';
import { CUSTODY_FILE } from './custody.js';
import type { Manifest } from './manifest.js';
import { schemaProblems } from './schema.js';
import { judgeSigner, unknownSignerText, type SignerPolicy, type SignerVerdict } from './trust.js';
import { declaresAnchoring } from './verify-md.js';

export interface Problem {
  artifact: string;
  reason: string;
}

export interface BundleVerification {
  path: string;
  ok: boolean;
  problems: Problem[];
  /** What a reader should know but that does not make the bundle fail (e.g. a log made before anchoring). */
  notes?: Problem[];
  bundleId: string | null;
  url: string | null;
  status: string | null;
  artifactsChecked: number;
  bytesHashed: number;
  signature: SignatureCheck | null;
  /** How the manifest signer was judged against the pinned signers. */
  signerTrust?: SignerVerdict;
  /** Each token, with the SHA-256 of the roots in the bundle's shipped TSA chain it verified up to (never a trust anchor). */
  timestamps: (TimestampCheck & { file: string; shippedRoots?: string[] })[];
  custodyEvents: number;
  /** The capture's own reasons for PARTIAL or FAILED (manifest capture.reasons). */
  captureReasons?: string[];
  /** The signer is one someone vouched for (--signer-cert, trustedSigners), not only the data dir's own key. */
  signerPinned?: boolean;
  /** The timestamp is still pending and that was accepted (--allow-pending). */
  timestampPending?: boolean;
  custody?: Pick<CustodyVerdict, 'anchoring' | 'anchorSigners'> & { headLines: number | null };
}

export interface VerifyOptions {
  /** TSA trust anchors; without them the TSA chain is reported, not anchored. */
  tsaTrustAnchors?: pkijs.Certificate[];
  /** Accept a bundle whose timestamp is still pending. */
  allowPendingTimestamp?: boolean;
  /** Which signing keys to accept (manifest, custody anchors, head). Without one, signers are reported only. */
  signerPolicy?: SignerPolicy | null;
}

/** A result with nothing checked yet (ok: false until the checks say otherwise). */
export function emptyVerification(path: string): BundleVerification {
  return {
    path,
    ok: false,
    problems: [],
    notes: [],
    bundleId: null,
    url: null,
    status: null,
    artifactsChecked: 0,
    bytesHashed: 0,
    signature: null,
    timestamps: [],
    custodyEvents: 0,
  };
}

const MiB = 1024 * 1024;
/** Caps on files verify reads whole; artifacts are hashed as streams and have none. */
const MAX_MANIFEST_BYTES = 64 * MiB;
const MAX_CUSTODY_BYTES = 64 * MiB;
const MAX_SIGNATURE_BYTES = MiB;
const MAX_VERIFY_MD_BYTES = 16 * MiB;

const TOP_LEVEL = new Set(['manifest.json', 'manifest.json.p7s', CUSTODY_FILE, CUSTODY_HEAD_FILE]);
const TOKEN_FILE = /^timestamps\/[^/]+\.tsr$/;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * Checks one bundle directory: no links or special files, schema, every artifact hash, extra files,
 * signature and its signer, timestamps, and the anchored custody log. Nothing in the bundle is trusted:
 * every path is checked before it is opened, and only regular files are read.
 */
export async function verifyBundleDir(dir: string, options: VerifyOptions = {}): Promise<BundleVerification> {
  const result = emptyVerification(dir);
  const notes: Problem[] = [];
  result.notes = notes;
  const problem = (artifact: string, reason: string): void => {
    result.problems.push({ artifact, reason });
  };

  const tree = await walkTree(dir).catch(() => null);
  if (!tree) {
    problem('.', 'the bundle directory cannot be read');
    return result;
  }
  for (const r of tree.refused) problem(r.path, r.reason);

  const manifestRead = await readBundleFile(dir, 'manifest.json', MAX_MANIFEST_BYTES);
  if (!manifestRead.ok) {
    problem('manifest.json', manifestRead.reason);
    return result;
  }
  const manifestBytes = manifestRead.value;
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifestBytes.toString('utf8'));
  } catch {
    problem('manifest.json', 'not valid JSON');
    return result;
  }
  if (!isObject(parsed)) {
    problem('manifest.json', 'not a JSON object');
    return result;
  }
  const manifest = parsed as Partial<Manifest> & Record<string, unknown>;
  for (const p of schemaProblems('bundle-manifest.schema.json', manifest)) problem('manifest.json', `schema: ${p}`);
  result.bundleId = str(manifest.bundleId);
  result.url = isObject(manifest.target) ? str(manifest.target.requestedUrl) : null;
  result.status = isObject(manifest.capture) ? str(manifest.capture.status) : null;
  result.captureReasons = isObject(manifest.capture) && Array.isArray(manifest.capture.reasons) ? manifest.capture.reasons.filter((x): x is string => typeof x === 'string') : [];

  const listed = new Set<string>();
  const hashed = new Map<string, string>();
  let chainFile: string | null = null;
  for (const artifact of Array.isArray(manifest.artifacts) ? (manifest.artifacts as unknown[]) : []) {
    if (!isObject(artifact)) continue; // the schema problems name it
    const path = artifact.path;
    const unsafe = unsafePath(path);
    if (unsafe || typeof path !== 'string') {
      problem(String(path), `path in the manifest ${unsafe ?? 'is not a string'}`);
      continue;
    }
    if (listed.has(path)) problem(path, 'listed twice in the manifest');
    listed.add(path);
    const actual = await hashBundleFile(dir, path);
    if (!actual.ok) {
      problem(path, actual.reason);
      continue;
    }
    result.artifactsChecked++;
    result.bytesHashed += actual.value.bytes;
    if (actual.value.bytes !== artifact.bytes) problem(path, `size is ${actual.value.bytes} bytes, the manifest says ${String(artifact.bytes)}`);
    if (actual.value.sha256 !== artifact.sha256) problem(path, 'SHA-256 does not match the manifest (the file was changed)');
    else hashed.set(path, actual.value.sha256);
    if (artifact.role === 'tsa-chain') chainFile = path;
  }
  const shippedChain = chainFile && hashed.has(chainFile) ? await readShippedChain(dir, chainFile, problem) : [];

  const tokens = tree.files.filter((f) => TOKEN_FILE.test(f));
  for (const f of tree.files) {
    if (!listed.has(f) && !TOP_LEVEL.has(f) && !tokens.includes(f)) problem(f, 'not listed in the manifest (a file was added)');
  }

  const p7sRead = await readBundleFile(dir, 'manifest.json.p7s', MAX_SIGNATURE_BYTES);
  const proofs = new Map<string, { sha256: string; ok: boolean }>();
  if (!p7sRead.ok) {
    problem('manifest.json.p7s', p7sRead.reason === 'missing' ? 'missing: the manifest is not signed' : p7sRead.reason);
  } else {
    const p7s = p7sRead.value;
    result.signature = await verifyDetachedSignature(p7s, manifestBytes);
    if (!result.signature.ok) problem('manifest.json.p7s', result.signature.reason ?? 'the signature does not verify');
    else {
      const named = isObject(manifest.signer) ? manifest.signer.certificateSha256 : undefined;
      if (named !== undefined && result.signature.signerCertSha256 !== named) problem('manifest.json.p7s', 'the signing certificate is not the one the manifest names');
      const verdict = judgeSigner(result.signature.signerCertSha256, options.signerPolicy);
      result.signerTrust = verdict;
      result.signerPinned = result.signature.signerCertSha256 !== null && (options.signerPolicy?.pinned?.has(result.signature.signerCertSha256) ?? false);
      if (verdict === 'unknown') problem('manifest.json.p7s', unknownSignerText('signed', result.signature.signerCertSha256, verdict));
      if (verdict === 'accepted') notes.push({ artifact: 'manifest.json.p7s', reason: unknownSignerText('signed', result.signature.signerCertSha256, verdict) });
    }
    for (const file of tokens) {
      const token = await readBundleFile(dir, file, MAX_SIGNATURE_BYTES);
      if (!token.ok) {
        problem(file, token.reason);
        continue;
      }
      const check = await checkToken(token.value, p7s, options.tsaTrustAnchors ?? [], shippedChain, chainFile);
      result.timestamps.push({ ...check, file });
      proofs.set(file, { sha256: sha256Hex(token.value), ok: check.ok });
      for (const p of check.problems) problem(file, p);
    }
    if (tokens.length === 0 && !options.allowPendingTimestamp) {
      problem('timestamps', 'no RFC 3161 token yet (timestamp pending); run "dijkwacht timestamp --pending"');
    }
    result.timestampPending = tokens.length === 0;
  }

  const custodyRead = await readBundleFile(dir, CUSTODY_FILE, MAX_CUSTODY_BYTES);
  if (!custodyRead.ok) {
    problem(CUSTODY_FILE, custodyRead.reason);
  } else if (result.bundleId) {
    const headRead = await readBundleFile(dir, CUSTODY_HEAD_FILE, MAX_SIGNATURE_BYTES);
    if (!headRead.ok && headRead.reason !== 'missing') problem(CUSTODY_HEAD_FILE, headRead.reason);
    const verifyMd = hashed.has('VERIFY.md') ? await readBundleFile(dir, 'VERIFY.md', MAX_VERIFY_MD_BYTES) : null;
    // A bundle without VERIFY.md in its manifest predates anchoring. One whose VERIFY.md fails its hash
    // counts as declaring anchors: stripping them must not pass a bundle off as an old one.
    const declared = !listed.has('VERIFY.md') ? false : !verifyMd?.ok || declaresAnchoring(verifyMd.value.toString('utf8'));
    const custody = await checkCustody({
      bundleId: result.bundleId,
      text: custodyRead.value.toString('utf8'),
      head: headRead.ok ? headRead.value : null,
      anchoringDeclared: declared,
      tokenProves: (e) => {
        const proof = typeof e.details.file === 'string' ? proofs.get(e.details.file) : undefined;
        return proof !== undefined && proof.ok && proof.sha256 === e.details.tokenSha256;
      },
      policy: options.signerPolicy ?? null,
      requireHead: headRead.ok || headRead.reason === 'missing',
    });
    result.custodyEvents = custody.events.length;
    result.custody = { anchoring: custody.anchoring, anchorSigners: custody.anchorSigners, headLines: custody.head?.lines ?? null };
    result.problems.push(...custody.problems);
    notes.push(...custody.notes);
    const signed = custody.events.find((e) => e.event === 'signed');
    if (!signed) problem(CUSTODY_FILE, 'no "signed" event');
    else if (signed.details.manifestSha256 !== sha256Hex(manifestBytes)) problem(CUSTODY_FILE, 'the "signed" event names another manifest');
  }
  result.ok = result.problems.length === 0;
  return result;
}

/** The certificates of the bundle's shipped TSA chain (a file listed in the signed manifest, hash checked). */
async function readShippedChain(dir: string, file: string, problem: (artifact: string, reason: string) => void): Promise<pkijs.Certificate[]> {
  const read = await readBundleFile(dir, file, MAX_SIGNATURE_BYTES);
  if (!read.ok) return [];
  try {
    return parseCertificatesPem(read.value.toString('utf8'));
  } catch {
    problem(file, 'holds a certificate that cannot be parsed');
    return [];
  }
}

/**
 * A token checked against the verifier's TSA anchors (when given) and against the roots of the chain
 * the bundle ships. The shipped root is never a trust anchor: a token that verifies only up to it is
 * reported as not anchored, with the root's fingerprint, for the expert to compare. A token that does
 * not chain to the shipped root means the shipped chain is not the one it was stamped under.
 */
async function checkToken(token: Buffer, p7s: Buffer, anchors: pkijs.Certificate[], shipped: pkijs.Certificate[], chainFile: string | null): Promise<TimestampCheck & { shippedRoots?: string[] }> {
  const roots = chainRoots(shipped);
  const base = await verifyTimestamp(token, p7s, anchors, undefined, shipped);
  if (roots.length === 0) return base;
  const own = await verifyTimestamp(token, p7s, roots, undefined, shipped);
  const shippedRoots = roots.map(certificateDerSha256);
  if (own.anchored) return { ...base, shippedRoots };
  const problems = [...base.problems, `it does not verify up to a root of ${chainFile ?? 'the shipped TSA chain'}: that chain is not the one it was stamped under`];
  return { ...base, ok: false, problems, shippedRoots: [] };
}
