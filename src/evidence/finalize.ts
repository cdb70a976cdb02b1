import { IntegrityError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import { prettyJson } from '../core/json.js';
import type { BundleWriter } from './bundle-writer.js';
import { CUSTODY_HEAD_FILE } from './custody-anchor.js';
import { CustodyLog } from './custody-io.js';
import type { Signer } from './keys.js';
import type { Manifest } from './manifest.js';
import { schemaProblems } from './schema.js';
import { signDetached } from './sign.js';
import { stampSignature, type StampOutcome } from './stamp.js';
import { verifyInstructions } from './verify-md.js';

export interface FinalizeInput {
  writer: BundleWriter;
  manifest: Omit<Manifest, 'artifacts' | 'signer'>;
  signer: Signer;
  actor: string;
  tsaUrls: string[];
  tsaTimeoutMs: number;
}

export interface FinalizeResult {
  manifest: Manifest;
  manifestSha256: string;
  stamps: StampOutcome;
}

/**
 * VERIFY.md, then manifest.json (checked against its schema), then the detached signature, then
 * RFC 3161 tokens over the signature, then the custody log. Fails closed: an invalid manifest or a
 * failed signature throws and no bundle is committed. A TSA that is down leaves "timestamp pending".
 */
export async function finalizeBundle(input: FinalizeInput): Promise<FinalizeResult> {
  const { writer, signer } = input;
  const signerInfo = { subject: signer.subject, certificateSha256: signer.certificateSha256 };
  const draft: Manifest = { ...input.manifest, signer: signerInfo, artifacts: [...writer.artifacts] };
  const verifyMd = Buffer.from(verifyInstructions(draft), 'utf8');
  await writer.writeTop('VERIFY.md', verifyMd);
  const manifest: Manifest = {
    ...draft,
    artifacts: [
      ...writer.artifacts,
      {
        path: 'VERIFY.md',
        role: 'verify-instructions',
        mediaType: 'text/markdown; charset=utf-8',
        bytes: verifyMd.length,
        sha256: sha256Hex(verifyMd),
        sealed: false,
        plaintext: null,
        derivedFrom: ['manifest.json'],
        truncated: false,
        note: null,
      },
    ],
  };
  const problems = schemaProblems('bundle-manifest.schema.json', manifest);
  if (problems.length > 0) throw new IntegrityError(`The manifest does not match its schema: ${problems.join('; ')}`);
  const manifestBytes = Buffer.from(prettyJson(manifest), 'utf8');
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

  let p7s: Buffer;
  try {
    p7s = signDetached(manifestBytes, signer);
  } catch (error) {
    throw new IntegrityError('Signing the manifest failed; the bundle was not saved.', { cause: error });
  }
  await writer.writeTop('manifest.json.p7s', p7s);
  const manifestSha256 = sha256Hex(manifestBytes);
  custody.add('signed', { manifestSha256, signatureSha256: sha256Hex(p7s), signerCertificateSha256: signer.certificateSha256 });

  const stamps = await stampSignature(p7s, input.tsaUrls, input.tsaTimeoutMs);
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
