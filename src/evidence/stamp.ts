import { describeError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import { requestTimestamp, tokenFileName } from './timestamp.js';

export interface StampedToken {
  file: string;
  der: Buffer;
  tsaUrl: string;
  genTime: string | null;
  serialNumber: string | null;
  tokenSha256: string;
}

export interface StampOutcome {
  tokens: StampedToken[];
  failures: { tsaUrl: string; reason: string }[];
}

/** Asks every configured TSA for a token over the signature bytes. Failures are returned, not thrown. */
export async function stampSignature(p7s: Buffer, tsaUrls: string[], timeoutMs: number, firstIndex = 0): Promise<StampOutcome> {
  const outcome: StampOutcome = { tokens: [], failures: [] };
  for (const tsaUrl of tsaUrls) {
    try {
      const token = await requestTimestamp(tsaUrl, p7s, timeoutMs);
      outcome.tokens.push({
        file: tokenFileName(firstIndex + outcome.tokens.length, tsaUrl),
        der: token.der,
        tsaUrl,
        genTime: token.check.genTime,
        serialNumber: token.check.serialNumber,
        tokenSha256: sha256Hex(token.der),
      });
    } catch (error) {
      outcome.failures.push({ tsaUrl, reason: describeError(error) });
    }
  }
  return outcome;
}
