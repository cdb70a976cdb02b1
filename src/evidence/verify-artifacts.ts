import { createHash } from 'node:crypto';
import { hashBundleFile, readBundleFile, unsafePath, type FileRead } from './bundle-files.js';
import { mapInOrder } from './verify-in-order.js';
import type { Problem } from './verify.js';

const MiB = 1024 * 1024;
/** Artifacts up to this size are read in one piece and hashed from memory; larger ones are streamed. */
const WHOLE_READ_BYTES = 4 * MiB;
/** Caps on the artifacts verify reads for their contents (VERIFY.md, the shipped TSA chain). */
export const MAX_VERIFY_MD_BYTES = 16 * MiB;
export const MAX_CHAIN_BYTES = MiB;
/** Files hashed at the same time (the file system's thread pool has four threads). */
const PARALLEL = 4;

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** What the artifact pass found. The contents are those of files whose hash matched the manifest, read once. */
export interface ArtifactPass {
  problems: Problem[];
  listed: Set<string>;
  /** Artifacts whose hash matched the manifest, with that hash. */
  hashed: Map<string, string>;
  /** The last artifact with role tsa-chain that could be read. */
  chainFile: string | null;
  /** Its contents when its hash matched and it is within MAX_CHAIN_BYTES; else null. */
  chainBytes: Buffer | null;
  /** VERIFY.md's contents when its hash matched and it is within MAX_VERIFY_MD_BYTES; else null. */
  verifyMd: Buffer | null;
  artifactsChecked: number;
  bytesHashed: number;
}

interface Digest {
  sha256: string;
  bytes: number;
  /** The whole contents, when they were read in one piece. */
  data: Buffer | null;
}

/**
 * SHA-256 and size of one artifact: read whole when small (one read, no second one for VERIFY.md
 * or the TSA chain), else streamed. A file that cannot be read whole is hashed as a stream, so its
 * failure reason is exactly the one hashing gives.
 */
async function digest(dir: string, path: string, wholeCap: number): Promise<FileRead<Digest>> {
  const whole = await readBundleFile(dir, path, wholeCap);
  if (whole.ok) return { ok: true, value: { sha256: createHash('sha256').update(whole.value).digest('hex'), bytes: whole.value.length, data: whole.value } };
  const streamed = await hashBundleFile(dir, path);
  return streamed.ok ? { ok: true, value: { ...streamed.value, data: null } } : streamed;
}

/**
 * Every artifact the manifest lists: path checked, hashed (several at a time), size and hash
 * compared. Problems come in manifest order, as when the files were hashed one after another.
 */
export async function checkArtifacts(dir: string, artifacts: unknown): Promise<ArtifactPass> {
  const pass: ArtifactPass = { problems: [], listed: new Set(), hashed: new Map(), chainFile: null, chainBytes: null, verifyMd: null, artifactsChecked: 0, bytesHashed: 0 };
  const entries = (Array.isArray(artifacts) ? (artifacts as unknown[]) : []).filter(isObject); // the schema problems name the others
  const plan = entries.map((artifact) => {
    const path = artifact.path;
    const unsafe = unsafePath(path);
    if (unsafe || typeof path !== 'string') return { artifact, path: String(path), refused: `path in the manifest ${unsafe ?? 'is not a string'}` };
    return { artifact, path, refused: null };
  });
  const cap = (p: (typeof plan)[number]): number => (p.path === 'VERIFY.md' ? MAX_VERIFY_MD_BYTES : p.artifact.role === 'tsa-chain' ? MAX_CHAIN_BYTES : WHOLE_READ_BYTES);
  const digests = await mapInOrder(plan, PARALLEL, (p) => (p.refused ? Promise.resolve(null) : digest(dir, p.path, cap(p))));
  const contents = new Map<string, Buffer | null>();
  for (const [i, p] of plan.entries()) {
    const problem = (reason: string): void => {
      pass.problems.push({ artifact: p.path, reason });
    };
    if (p.refused) {
      problem(p.refused);
      continue;
    }
    if (pass.listed.has(p.path)) problem('listed twice in the manifest');
    pass.listed.add(p.path);
    const actual = digests[i]!;
    if (!actual) continue;
    if (!actual.ok) {
      problem(actual.reason);
      continue;
    }
    pass.artifactsChecked++;
    pass.bytesHashed += actual.value.bytes;
    if (actual.value.bytes !== p.artifact.bytes) problem(`size is ${actual.value.bytes} bytes, the manifest says ${String(p.artifact.bytes)}`);
    if (actual.value.sha256 !== p.artifact.sha256) problem('SHA-256 does not match the manifest (the file was changed)');
    else pass.hashed.set(p.path, actual.value.sha256);
    contents.set(p.path, actual.value.data);
    if (p.artifact.role === 'tsa-chain') pass.chainFile = p.path;
  }
  // The contents of a file whose hash matched (under any of its entries), within the cap its kind has.
  const usable = (path: string | null, max: number): Buffer | null => {
    const data = path && pass.hashed.has(path) ? contents.get(path) : null;
    return data && data.length <= max ? data : null;
  };
  pass.chainBytes = usable(pass.chainFile, MAX_CHAIN_BYTES);
  pass.verifyMd = usable('VERIFY.md', MAX_VERIFY_MD_BYTES);
  return pass;
}
