import { constants, crc32, deflateRawSync } from 'node:zlib';

/** What the gzip bomb expands to: 1 GiB of HTML-ish bytes after a short document head (a power of two of 1 MiB blocks). */
export const GZIP_BOMB_BLOCKS = 1024;
const BLOCK = 1 << 20;
const HEAD = Buffer.from('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Expanding page</title></head><body>\n');

let built: Buffer | null = null;

/** The GF(2) matrix-vector product behind zlib's crc32_combine. */
function gf2Times(matrix: Uint32Array, vector: number): number {
  let sum = 0;
  for (let i = 0, v = vector >>> 0; v !== 0; i++, v >>>= 1) if (v & 1) sum ^= matrix[i] ?? 0;
  return sum >>> 0;
}

function gf2Square(square: Uint32Array, matrix: Uint32Array): void {
  for (let n = 0; n < 32; n++) square[n] = gf2Times(matrix, matrix[n] ?? 0);
}

/** CRC-32 of A followed by B from crc(A), crc(B) and B's length (zlib's crc32_combine), so no gigabyte is ever hashed. */
function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  const even = new Uint32Array(32);
  const odd = new Uint32Array(32);
  odd[0] = 0xedb88320;
  for (let n = 1, row = 1; n < 32; n++, row <<= 1) odd[n] = row;
  gf2Square(even, odd);
  gf2Square(odd, even);
  let crc = crcA >>> 0;
  for (let length = lengthB; length > 0; ) {
    gf2Square(even, odd);
    if (length % 2) crc = gf2Times(even, crc);
    length = Math.floor(length / 2);
    if (length === 0) break;
    gf2Square(odd, even);
    if (length % 2) crc = gf2Times(odd, crc);
    length = Math.floor(length / 2);
  }
  return (crc ^ crcB) >>> 0;
}

/** Size in bytes of the decompressed bomb. */
export const GZIP_BOMB_EXPANDED = HEAD.length + GZIP_BOMB_BLOCKS * BLOCK;

/**
 * A gzip member (about 1.5 MB) that inflates to about 1 GiB. Built on first use, without
 * compressing a gigabyte: each 1 MiB block is deflated once with a full flush (which makes it
 * independent of what came before and byte-aligned) and the same compressed bytes are repeated;
 * the trailer carries the real CRC-32 and length, so strict decoders accept it to the end.
 */
export function gzipBomb(): Buffer {
  if (built) return built;
  const unit = Buffer.from(`<div>${' '.repeat(4084)}</div>\n`);
  const block = Buffer.alloc(BLOCK);
  for (let offset = 0; offset < BLOCK; offset += unit.length) unit.copy(block, offset);
  const flush = { level: 9, finishFlush: constants.Z_FULL_FLUSH };
  const deflatedHead = deflateRawSync(HEAD, flush);
  const deflatedBlock = deflateRawSync(block, flush);
  // CRC of the blocks by doubling (GZIP_BOMB_BLOCKS is a power of two), then prefixed by the head.
  let blocksCrc = crc32(block);
  for (let length = BLOCK; length < GZIP_BOMB_BLOCKS * BLOCK; length *= 2) blocksCrc = crc32Combine(blocksCrc, blocksCrc, length);
  const crc = crc32Combine(crc32(HEAD), blocksCrc, GZIP_BOMB_BLOCKS * BLOCK);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(GZIP_BOMB_EXPANDED % 2 ** 32, 4);
  const header = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 3]);
  built = Buffer.concat([header, deflatedHead, ...Array.from({ length: GZIP_BOMB_BLOCKS }, () => deflatedBlock), deflateRawSync(Buffer.alloc(0)), trailer]);
  return built;
}
