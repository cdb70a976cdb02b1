import type * as pkijs from 'pkijs';
import { IntegrityError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import { prettyJson } from '../core/json.js';
import type { BundleWriter } from './bundle-writer.js';
import { CUSTODY_HEAD_FILE } from './custody-anchor.js';
import { CustodyLog } from './custody-io.js';
import type { Signer } from './keys.js';
import type { ArtifactEntry, Manifest } from './manifest.js';
import { schemaProblems } from './schema.js';
import { signDetached } from './sign.js';
import { stampSignature, type StampOutcome } from './stamp.js';
import { chainFileText, tokensMatchChains, tsaChains, TSA_CHAIN_FILE, TSA_CHAIN_MEDIA_TYPE, type TsaChain } from './tsa-chain.js';
import { verifyInstructions } from './verify-md.js';

export interface FinalizeInput {
  writer: BundleWriter;
  manifest: Omit<Manifest, 'artifacts' | 'signer'>;
  signer: Signer;
  actor: string;
  tsaUrls: string[];
  tsaTimeoutMs: number;
  /** TSA roots (tsaTrustFiles) that complete the shipped chain of a TSA that does not send its own. */
  tsaAnchors?: pkijs.Certificate[];
}

export interface FinalizeResult {
  manifest: Manifest;
  manifestSha256: string;
  stamps: StampOutcome;
}

/**
 * The TSA chain (artifacts/tsa-chain.pem), VERIFY.md, then manifest.json (checked against its schema),
 * then the detached signature, then RFC 3161 tokens over the signature, then the custody log. Fails
 * closed: an invalid manifest or a failed signature throws and no bundle is committed. A TSA that is
 * down leaves "timestamp pending". When a token turns out to be signed under another chain than the
 * one learned before signing (a certificate rollover in between), the chain is learned again and the
 * manifest signed again, once.
 */
export async function finalizeBundle(input: FinalizeInput): Promise<FinalizeResult> {
  const first = await signAndStamp(input, false);
  const done = tokensMatchChains(first.stamps.tokens, first.chains) ? first : await signAndStamp(input, true);
  return writeBundle(input, done);
}

interface Signed {
  chains: TsaChain[];
  manifest: Manifest;
  manifestBytes: Buffer;
  verifyMd: Buffer;
  chainPem: Buffer | null;
  p7s: Buffer;
  stamps: StampOutcome;
}

const topEntry = (path: string, role: ArtifactEntry['role'], mediaType: string, bytes: Buffer, derivedFrom: string[]): ArtifactEntry => ({
  path,
  role,
  mediaType,
  bytes: bytes.length,
  sha256: sha256Hex(bytes),
  sealed: false,
  plaintext: null,
  derivedFrom,
  truncated: false,
  note: null,
});

async function signAndStamp(input: FinalizeInput, fresh: boolean): Promise<Signed> {
  const { writer, signer } = input;
  const { chains } = await tsaChains(input.tsaUrls, input.tsaTimeoutMs, input.tsaAnchors ?? [], fresh);
  const chainPem = chains.length > 0 ? Buffer.from(chainFileText(chains), 'utf8') : null;
  const artifacts = [...writer.artifacts];
  if (chainPem) artifacts.push(topEntry(TSA_CHAIN_FILE, 'tsa-chain', TSA_CHAIN_MEDIA_TYPE, chainPem, []));
  const signerInfo = { subject: signer.subject, certificateSha256: signer.certificateSha256 };
  const draft: Manifest = { ...input.manifest, signer: signerInfo, artifacts };
  const verifyMd = Buffer.from(verifyInstructions(draft, { chains, tsaUrls: input.tsaUrls }), 'utf8');
  const manifest: Manifest = { ...draft, artifacts: [...artifacts, topEntry('VERIFY.md', 'verify-instructions', 'text/markdown; charset=utf-8', verifyMd, ['manifest.json'])] };
  const problems = schemaProblems('bundle-manifest.schema.json', manifest);
  if (problems.length > 0) throw new IntegrityError(`The manifest does not match its schema: ${problems.join('; ')}`);
  const manifestBytes = Buffer.from(prettyJson(manifest), 'utf8');
  let p7s: Buffer;
  try {
    p7s = signDetached(manifestBytes, signer);
  } catch (error) {
    throw new IntegrityError('Signing the manifest failed; the bundle was not saved.', { cause: error });
  }
  const stamps = await stampSignature(p7s, input.tsaUrls, input.tsaTimeoutMs);
  return { chains, manifest, manifestBytes, verifyMd, chainPem, p7s, stamps };
}

async function writeBundle(input: FinalizeInput, s: Signed): Promise<FinalizeResult> {
  const { writer, signer } = input;
  const { manifest, manifestBytes, p7s, stamps } = s;
  if (s.chainPem) await writer.writeTop(TSA_CHAIN_FILE, s.chainPem);
  await writer.writeTop('VERIFY.md', s.verifyMd);
  await writer.writeTop('manifest.json', manifestBytes);

  const custody = new CustodyLog(manifest.bundleId, input.actor, signer);
  custody.add(
    'captured',
    { url: manifest.target.requestedUrl, finalUrl: manifest.target.finalUrl, status: manifest.capture.status, startedAt: manifest.capture.startedAt, endedAt: manifest.capture.endedAt },
    manifest.capture.endedAt,
  );
  custody.add(
    'sealed',
    manifest.sealing.sealed
      ? { sealed: true, artifacts: manifest.artifacts.filter((a) => a.sealed).length, custodians: manifest.sealing.recipients.map((r) => r.keySha256) }
      : { sealed: false, reason: manifest.sealing.reason },
  );
  await writer.writeTop('manifest.json.p7s', p7s);
  const manifestSha256 = sha256Hex(manifestBytes);
  custody.add('signed', { manifestSha256, signatureSha256: sha256Hex(p7s), signerCertificateSha256: signer.certificateSha256 });

  for (const token of stamps.tokens) {
    await writer.writeTop(token.file, token.der);
    custody.add('timestamped', { file: token.file, tsa: token.tsaUrl, genTime: token.genTime, serialNumber: token.serialNumber, tokenSha256: token.tokenSha256 });
  }
  if (stamps.tokens.length === 0) {
    custody.add('timestamp-pending', {
      reason: input.tsaUrls.length === 0 ? 'no TSA configured' : 'no TSA answered',
      failures: stamps.failures,
    });
  }
  await writer.writeTop('custody.jsonl', custody.text());
  const head = custody.head();
  if (head) await writer.writeTop(CUSTODY_HEAD_FILE, head);
  return { manifest, manifestSha256, stamps };
}
