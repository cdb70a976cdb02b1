import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { unsealBundle } from '../../src/evidence/index.js';

const run = promisify(execFile);

export interface WarcRecordText {
  headers: Record<string, string>;
  block: Buffer;
}

/**
 * Reads a gzipped WARC the way an outside tool would, without the library that wrote it: gunzip
 * the members, then split records by their WARC header block and Content-Length (WARC 1.1 section 4).
 */
export function parseWarc(gz: Buffer): WarcRecordText[] {
  const data = gunzipSync(gz);
  const records: WarcRecordText[] = [];
  let at = 0;
  while (at < data.length) {
    const end = data.indexOf('\r\n\r\n', at);
    if (end < 0) break;
    const lines = data.subarray(at, end).toString('utf8').split('\r\n');
    if (!/^WARC\/1\.[01]$/.test(lines[0] ?? '')) throw new Error(`no WARC record at byte ${at}: ${lines[0]}`);
    const headers: Record<string, string> = {};
    for (const line of lines.slice(1)) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
    }
    const length = Number(headers['content-length']);
    const block = data.subarray(end + 4, end + 4 + length);
    records.push({ headers, block });
    at = end + 4 + length + 4; // the block is followed by two CRLFs
  }
  return records;
}

/** RFC 4648 base32 (WARC digests are written "sha256:" or "sha1:" and base32 or hex). */
function base32(bytes: Buffer): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

/** Whether a record's WARC-Block-Digest matches its block, recomputed here. */
export function blockDigestHolds(r: WarcRecordText): boolean {
  const declared = r.headers['warc-block-digest'] ?? '';
  const [algorithm = '', value = ''] = declared.split(':');
  const digest = createHash(algorithm === 'sha1' ? 'sha1' : 'sha256').update(r.block).digest();
  return value.replace(/=+$/, '').toUpperCase() === base32(digest) || value.toLowerCase() === digest.toString('hex');
}

/** The bundle's WACZ opened with the custodian key and unzipped: its WARC records and its CDX index text. */
export async function openWacz(bundle: string, dataDir: string): Promise<{ records: WarcRecordText[]; index: string }> {
  const out = await mkdtemp(join(tmpdir(), 'dw-wacz-'));
  await unsealBundle(bundle, await readFile(join(dataDir, 'keys', 'custodian-private.pem'), 'utf8'), out);
  await run('unzip', ['-q', join(out, 'artifacts', 'capture.wacz'), '-d', join(out, 'wacz')]);
  const warcs = (await readdir(join(out, 'wacz', 'archive'))).filter((f) => f.endsWith('.warc.gz'));
  const records = (await Promise.all(warcs.map(async (f) => parseWarc(await readFile(join(out, 'wacz', 'archive', f)))))).flat();
  const indexes = await readdir(join(out, 'wacz', 'indexes'));
  const index = (await Promise.all(indexes.filter((f) => /\.cdxj?$/.test(f)).map((f) => readFile(join(out, 'wacz', 'indexes', f), 'utf8')))).join('\n');
  return { records, index };
}
