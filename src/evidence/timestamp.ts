import { createHash, randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { RemoteError, describeError } from '../core/errors.js';
import { toArrayBuffer, verifyTimestamp, type TimestampCheck } from './cms.js';

const SHA256_OID = '2.16.840.1.101.3.4.2.1';

/** A DER TimeStampReq (RFC 3161 §2.4.1) for the SHA-256 of `data`, with a nonce and certReq. */
export function buildTimestampRequest(data: Uint8Array): { der: Buffer; nonce: bigint } {
  const nonceBytes = randomBytes(8);
  nonceBytes[0] = (nonceBytes[0] ?? 0) & 0x7f; // keep the INTEGER positive
  if (nonceBytes[0] === 0) nonceBytes[0] = 1; // and minimally encoded
  const req = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: SHA256_OID, algorithmParams: new asn1js.Null() }),
      hashedMessage: new asn1js.OctetString({ valueHex: toArrayBuffer(createHash('sha256').update(data).digest()) }),
    }),
    nonce: new asn1js.Integer({ valueHex: toArrayBuffer(nonceBytes) }),
    certReq: true,
  });
  return { der: Buffer.from(req.toSchema().toBER(false)), nonce: BigInt(`0x${nonceBytes.toString('hex')}`) };
}

export interface TimestampToken {
  tsaUrl: string;
  der: Buffer;
  check: TimestampCheck;
}

/**
 * Asks one TSA for a token over `data` and checks the reply field by field before trusting it.
 * Throws RemoteError with one clear sentence on any failure.
 */
export async function requestTimestamp(tsaUrl: string, data: Uint8Array, timeoutMs: number): Promise<TimestampToken> {
  const { der, nonce } = buildTimestampRequest(data);
  let response: Response;
  try {
    response = await fetch(tsaUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query', accept: 'application/timestamp-reply' },
      body: new Uint8Array(der),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new RemoteError(`TSA ${tsaUrl} could not be reached: ${describeError((error as Error).cause ?? error)}`, { cause: error });
  }
  if (!response.ok) {
    throw new RemoteError(`TSA ${tsaUrl} answered HTTP ${response.status}`);
  }
  const body = Buffer.from(await response.arrayBuffer());
  const check = await verifyTimestamp(body, data, [], nonce);
  if (!check.ok) {
    throw new RemoteError(`TSA ${tsaUrl} sent an unusable token: ${check.problems.join('; ')}`, { retryable: false });
  }
  return { tsaUrl, der: body, check };
}

/** A file name for a token: index, then the TSA's host name. */
export function tokenFileName(index: number, tsaUrl: string): string {
  let host = 'tsa';
  try {
    host = new URL(tsaUrl).hostname.replace(/[^a-zA-Z0-9.-]/g, '_') || 'tsa';
  } catch {
    // keep the default
  }
  return `timestamps/${String(index).padStart(2, '0')}-${host}.tsr`;
}
