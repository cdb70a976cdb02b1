import type * as pkijs from 'pkijs';
import { sha256Hex } from '../core/hash.js';
import { readBundleFile, walkTree, type FileRead } from './bundle-files.js';
import { certificateDerSha256, parseCertificatesPemOnce, verifyDetachedSignature, verifyTimestamp, type SignatureCheck, type TimestampCheck } from './cms.js';
import { checkArtifacts } from './verify-artifacts.js';
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

const TOP_LEVEL = new Set(['manifest.json', 'manifest.json.p7s', CUSTODY_FILE, CUSTODY_HEAD_FILE]);
const TOKEN_FILE = /^timestamps\/[^/]+\.tsr$/;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * Checks one bundle directory: no links or special files, schema, every artifact hash, extra files,
 * signature and its signer, timestamps, and the anchored custody log. Nothing in the bundle is trusted:
 * every path is checked before it is opened, and only regular files are read. The artifacts are
 * hashed while the signature files are read and the manifest signature is checked; the problems are
 * reported in the same order as when everything ran one step after another.
 */
export async function verifyBundleDir(dir: string, options: VerifyOptions = {}): Promise<BundleVerification> {
  const result = emptyVerification(dir);
  const notes: Problem[] = [];
  result.notes = notes;
  const problem = (artifact: string, reason: string): void => {
    result.problems.push({ artifact, reason });
  };

  const [tree, manifestSettled] = await Promise.all([walkTree(dir).catch(() => null), settle(readBundleFile(dir, 'manifest.json', MAX_MANIFEST_BYTES))]);
  if (!tree) {
    problem('.', 'the bundle directory cannot be read');
    return result;
  }
  for (const r of tree.refused) problem(r.path, r.reason);
  const manifestRead = taken(manifestSettled);

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

  // Everything below reads files; the artifacts are hashed while the rest is read and checked.
  const tokens = tree.files.filter((f) => TOKEN_FILE.test(f));
  // Files read ahead of their turn keep their errors until then: nothing fails earlier than it did in turn.
  const [artifacts, signedSettled, custodySettled, headSettled] = await Promise.all([
    checkArtifacts(dir, manifest.artifacts),
    settle(signatureOf(dir, manifestBytes, tokens)),
    settle(readBundleFile(dir, CUSTODY_FILE, MAX_CUSTODY_BYTES)),
    settle(readBundleFile(dir, CUSTODY_HEAD_FILE, MAX_SIGNATURE_BYTES)),
  ]);
  result.problems.push(...artifacts.problems);
  result.artifactsChecked = artifacts.artifactsChecked;
  result.bytesHashed = artifacts.bytesHashed;
  const { listed, chainFile } = artifacts;
  const shippedChain = artifacts.chainBytes ? shippedCertificates(artifacts.chainBytes, chainFile!, problem) : [];

  for (const f of tree.files) {
    if (!listed.has(f) && !TOP_LEVEL.has(f) && !tokens.includes(f)) problem(f, 'not listed in the manifest (a file was added)');
  }

  const proofs = new Map<string, { sha256: string; ok: boolean }>();
  const signed = taken(signedSettled);
  if (!signed.p7s.ok) {
    problem('manifest.json.p7s', signed.p7s.reason === 'missing' ? 'missing: the manifest is not signed' : signed.p7s.reason);
  } else {
    const p7s = signed.p7s.value;
    result.signature = signed.check;
    if (!result.signature!.ok) problem('manifest.json.p7s', result.signature!.reason ?? 'the signature does not verify');
    else {
      const named = isObject(manifest.signer) ? manifest.signer.certificateSha256 : undefined;
      if (named !== undefined && result.signature!.signerCertSha256 !== named) problem('manifest.json.p7s', 'the signing certificate is not the one the manifest names');
      const verdict = judgeSigner(result.signature!.signerCertSha256, options.signerPolicy);
      result.signerTrust = verdict;
      result.signerPinned = result.signature!.signerCertSha256 !== null && (options.signerPolicy?.pinned?.has(result.signature!.signerCertSha256) ?? false);
      if (verdict === 'unknown') problem('manifest.json.p7s', unknownSignerText('signed', result.signature!.signerCertSha256, verdict));
      if (verdict === 'accepted') notes.push({ artifact: 'manifest.json.p7s', reason: unknownSignerText('signed', result.signature!.signerCertSha256, verdict) });
    }
    for (const [i, file] of tokens.entries()) {
      const token = taken(signed.tokens[i]!);
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

  const custodyRead = taken(custodySettled);
  if (!custodyRead.ok) {
    problem(CUSTODY_FILE, custodyRead.reason);
  } else if (result.bundleId) {
    const headRead = taken(headSettled);
    if (!headRead.ok && headRead.reason !== 'missing') problem(CUSTODY_HEAD_FILE, headRead.reason);
    // A bundle without VERIFY.md in its manifest predates anchoring. One whose VERIFY.md fails its hash
    // counts as declaring anchors: stripping them must not pass a bundle off as an old one.
    const declared = !listed.has('VERIFY.md') ? false : !artifacts.verifyMd || declaresAnchoring(artifacts.verifyMd.toString('utf8'));
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
    const signedEvent = custody.events.find((e) => e.event === 'signed');
    if (!signedEvent) problem(CUSTODY_FILE, 'no "signed" event');
    else if (signedEvent.details.manifestSha256 !== sha256Hex(manifestBytes)) problem(CUSTODY_FILE, 'the "signed" event names another manifest');
  }
  result.ok = result.problems.length === 0;
  return result;
}

type Settled<T> = { value: T } | { error: unknown };

/** A promise's outcome, kept: its error is thrown only when the outcome is taken. */
const settle = <T>(p: Promise<T>): Promise<Settled<T>> => p.then((value) => ({ value }), (error: unknown) => ({ error }));

function taken<T>(s: Settled<T>): T {
  if ('error' in s) throw s.error;
  return s.value;
}

/** manifest.json.p7s read and checked against the manifest, and the token files read (checked later, against the shipped chain). */
async function signatureOf(dir: string, manifestBytes: Buffer, tokens: string[]): Promise<{ p7s: FileRead<Buffer>; check: SignatureCheck | null; tokens: Settled<FileRead<Buffer>>[] }> {
  const [p7s, read] = await Promise.all([readBundleFile(dir, 'manifest.json.p7s', MAX_SIGNATURE_BYTES), Promise.all(tokens.map((f) => settle(readBundleFile(dir, f, MAX_SIGNATURE_BYTES))))]);
  return { p7s, check: p7s.ok ? await verifyDetachedSignature(p7s.value, manifestBytes) : null, tokens: read };
}

/** The certificates of the bundle's shipped TSA chain (a file listed in the signed manifest, hash checked). */
function shippedCertificates(data: Buffer, file: string, problem: (artifact: string, reason: string) => void): pkijs.Certificate[] {
  try {
    return parseCertificatesPemOnce(data.toString('utf8'));
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
  // The chain's roots: its self-issued certificates (as tsa-chain.ts's chainRoots; not imported, it loads the network code).
  const roots = shipped.filter((c) => c.subject.isEqual(c.issuer));
  const base = await verifyTimestamp(token, p7s, anchors, undefined, shipped);
  if (roots.length === 0) return base;
  const own = await verifyTimestamp(token, p7s, roots, undefined, shipped);
  const shippedRoots = roots.map(certificateDerSha256);
  if (own.anchored) return { ...base, shippedRoots };
  const problems = [...base.problems, `it does not verify up to a root of ${chainFile ?? 'the shipped TSA chain'}: that chain is not the one it was stamped under`];
  return { ...base, ok: false, problems, shippedRoots: [] };
}
