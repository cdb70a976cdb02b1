import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type * as pkijs from 'pkijs';
import { sha256File, sha256Hex } from '../core/hash.js';
import { listFilesRecursive } from '../store/index.js';
import { verifyDetachedSignature, verifyTimestamp, type SignatureCheck, type TimestampCheck } from './cms.js';
import { checkCustodyLog } from './custody.js';
import type { Manifest } from './manifest.js';
import { schemaProblems } from './schema.js';

export interface Problem {
  artifact: string;
  reason: string;
}

export interface BundleVerification {
  path: string;
  ok: boolean;
  problems: Problem[];
  bundleId: string | null;
  url: string | null;
  status: string | null;
  artifactsChecked: number;
  bytesHashed: number;
  signature: SignatureCheck | null;
  timestamps: (TimestampCheck & { file: string })[];
  custodyEvents: number;
}

export interface VerifyOptions {
  /** TSA trust anchors; without them the TSA chain is reported, not anchored. */
  tsaTrustAnchors?: pkijs.Certificate[];
  /** Accept a bundle whose timestamp is still pending. */
  allowPendingTimestamp?: boolean;
}

/** A result with nothing checked yet (ok: false until the checks say otherwise). */
export function emptyVerification(path: string): BundleVerification {
  return {
    path,
    ok: false,
    problems: [],
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

const TOP_LEVEL = new Set(['manifest.json', 'manifest.json.p7s', 'custody.jsonl']);

/** Checks one bundle directory: schema, every artifact hash, extra files, signature, timestamps, custody chain. */
export async function verifyBundleDir(dir: string, options: VerifyOptions = {}): Promise<BundleVerification> {
  const result = emptyVerification(dir);
  const problem = (artifact: string, reason: string): void => {
    result.problems.push({ artifact, reason });
  };

  let manifestBytes: Buffer;
  try {
    manifestBytes = await readFile(join(dir, 'manifest.json'));
  } catch {
    problem('manifest.json', 'missing');
    return result;
  }
  let manifest: Manifest;
  try {
    manifest = JSON.parse(manifestBytes.toString('utf8')) as Manifest;
  } catch {
    problem('manifest.json', 'not valid JSON');
    return result;
  }
  for (const p of schemaProblems('bundle-manifest.schema.json', manifest)) problem('manifest.json', `schema: ${p}`);
  result.bundleId = typeof manifest.bundleId === 'string' ? manifest.bundleId : null;
  result.url = manifest.target?.requestedUrl ?? null;
  result.status = manifest.capture?.status ?? null;

  const listed = new Set<string>();
  for (const artifact of Array.isArray(manifest.artifacts) ? manifest.artifacts : []) {
    if (listed.has(artifact.path)) problem(artifact.path, 'listed twice in the manifest');
    listed.add(artifact.path);
    const file = join(dir, artifact.path);
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      problem(artifact.path, 'missing');
      continue;
    }
    const actual = await sha256File(file);
    result.artifactsChecked++;
    result.bytesHashed += actual.bytes;
    if (actual.bytes !== artifact.bytes) problem(artifact.path, `size is ${actual.bytes} bytes, the manifest says ${artifact.bytes}`);
    if (actual.sha256 !== artifact.sha256) problem(artifact.path, 'SHA-256 does not match the manifest (the file was changed)');
  }

  const files = await listFilesRecursive(dir);
  const tokens = files.filter((f) => /^timestamps\/[^/]+\.tsr$/.test(f));
  for (const f of files) {
    if (!listed.has(f) && !TOP_LEVEL.has(f) && !tokens.includes(f)) problem(f, 'not listed in the manifest (a file was added)');
  }

  const p7s = await readFile(join(dir, 'manifest.json.p7s')).catch(() => null);
  if (!p7s) {
    problem('manifest.json.p7s', 'missing: the manifest is not signed');
  } else {
    result.signature = await verifyDetachedSignature(p7s, manifestBytes);
    if (!result.signature.ok) problem('manifest.json.p7s', result.signature.reason ?? 'the signature does not verify');
    else if (manifest.signer && result.signature.signerCertSha256 !== manifest.signer.certificateSha256) {
      problem('manifest.json.p7s', 'the signing certificate is not the one the manifest names');
    }
    for (const file of tokens) {
      const check = await verifyTimestamp(await readFile(join(dir, file)), p7s, options.tsaTrustAnchors ?? []);
      result.timestamps.push({ ...check, file });
      for (const p of check.problems) problem(file, p);
    }
    if (tokens.length === 0 && !options.allowPendingTimestamp) {
      problem('timestamps', 'no RFC 3161 token yet (timestamp pending); run "dijkwacht timestamp --pending"');
    }
  }

  const custodyText = await readFile(join(dir, 'custody.jsonl'), 'utf8').catch(() => null);
  if (custodyText === null) {
    problem('custody.jsonl', 'missing');
  } else if (result.bundleId) {
    const custody = checkCustodyLog(custodyText, result.bundleId);
    result.custodyEvents = custody.events.length;
    for (const p of custody.problems) problem('custody.jsonl', p);
    const signed = custody.events.find((e) => e.event === 'signed');
    if (!signed) problem('custody.jsonl', 'no "signed" event');
    else if (signed.details.manifestSha256 !== sha256Hex(manifestBytes)) problem('custody.jsonl', 'the "signed" event names another manifest');
  }
  result.ok = result.problems.length === 0;
  return result;
}
