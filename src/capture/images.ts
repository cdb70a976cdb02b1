import exifr from 'exifr';
import sharp from 'sharp';
import { describeError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import { mediaTypeOf, type Exchange } from './har.js';

export interface ImageRecord {
  url: string;
  mediaType: string;
  bytes: number;
  sha256: string;
  width: number | null;
  height: number | null;
  format: string | null;
  /** 64-bit difference hash (dHash) in hex: near-identical images differ in few bits. */
  dhash: string | null;
  /** EXIF/XMP/IPTC fields read with exifr: generators sometimes leave traces here. */
  metadata: Record<string, unknown> | null;
  problems: string[];
  /** Bundle path of the (sealed) image file. */
  artifact: string | null;
}

const EXT: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/svg+xml': 'svg',
  'image/bmp': 'bmp',
  'image/x-icon': 'ico',
  'image/vnd.microsoft.icon': 'ico',
  'image/tiff': 'tif',
};

export function imageExtension(mediaType: string): string {
  return EXT[mediaType] ?? 'bin';
}

export function isImageExchange(x: Exchange): boolean {
  return x.body !== null && x.body.length > 0 && mediaTypeOf(x).startsWith('image/');
}

/** Difference hash: greyscale 9x8, one bit per horizontal neighbour comparison. */
export async function dhash(data: Buffer): Promise<string> {
  const raw = await sharp(data, { animated: false }).greyscale().resize(9, 8, { fit: 'fill' }).raw().toBuffer();
  let bits = 0n;
  for (let y = 0; y < 8; y++) {
    for (let x = 0; x < 8; x++) {
      bits = (bits << 1n) | ((raw[y * 9 + x] ?? 0) > (raw[y * 9 + x + 1] ?? 0) ? 1n : 0n);
    }
  }
  return bits.toString(16).padStart(16, '0');
}

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return `<${value.length} bytes>`;
  if (Array.isArray(value)) return value.slice(0, 50).map(plain);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = plain(v);
    return out;
  }
  if (typeof value === 'string' && value.length > 2000) return `${value.slice(0, 2000)}…`;
  return value;
}

/** Describes one image body. Never throws: what cannot be read is listed in `problems`. */
export async function describeImage(url: string, mediaType: string, body: Buffer): Promise<ImageRecord> {
  const record: ImageRecord = {
    url,
    mediaType,
    bytes: body.length,
    sha256: sha256Hex(body),
    width: null,
    height: null,
    format: null,
    dhash: null,
    metadata: null,
    problems: [],
    artifact: null,
  };
  try {
    const meta = await sharp(body, { animated: false }).metadata();
    record.width = meta.width ?? null;
    record.height = meta.height ?? null;
    record.format = meta.format ?? null;
    record.dhash = await dhash(body);
  } catch (error) {
    record.problems.push(`not decodable: ${describeError(error)}`);
  }
  if (mediaType !== 'image/svg+xml') {
    try {
      const parsed = (await exifr.parse(body, { tiff: true, exif: true, gps: true, xmp: true, iptc: true, icc: false, jfif: false, ihdr: true, userComment: true, mergeOutput: false })) as unknown;
      if (parsed && typeof parsed === 'object' && Object.keys(parsed).length > 0) record.metadata = plain(parsed) as Record<string, unknown>;
    } catch (error) {
      record.problems.push(`metadata unreadable: ${describeError(error)}`);
    }
  }
  return record;
}
