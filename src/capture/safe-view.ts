import sharp from 'sharp';
import type { Box } from './page-facts.js';

export interface Region {
  left: number;
  top: number;
  width: number;
  height: number;
  blockPx: number;
  kinds: string[];
}

export interface SafeView {
  png: Buffer;
  regions: Region[];
}

/** Pixels of context added around each box, so edges and anti-aliasing do not survive. */
const PAD_PX = 2;
/** At most this many blocks along a region's longer side: enough to show layout, too few to show a body or face. */
const MAX_BLOCKS = 10;
const MIN_BLOCK_PX = 12;

/** Clamps boxes to the image and merges exact duplicates. */
export function regionsFor(boxes: Box[], width: number, height: number): Region[] {
  const byKey = new Map<string, Region>();
  for (const b of boxes) {
    if (!(b.width >= 1 && b.height >= 1)) continue; // nothing visible to hide
    const left = Math.max(0, Math.floor(b.x) - PAD_PX);
    const top = Math.max(0, Math.floor(b.y) - PAD_PX);
    const right = Math.min(width, Math.ceil(b.x + b.width) + PAD_PX);
    const bottom = Math.min(height, Math.ceil(b.y + b.height) + PAD_PX);
    if (right - left < 2 || bottom - top < 2) continue;
    const w = right - left;
    const h = bottom - top;
    const key = `${left},${top},${w},${h}`;
    const existing = byKey.get(key);
    if (existing) {
      if (!existing.kinds.includes(b.kind)) existing.kinds.push(b.kind);
      continue;
    }
    byKey.set(key, { left, top, width: w, height: h, blockPx: Math.max(MIN_BLOCK_PX, Math.ceil(Math.max(w, h) / MAX_BLOCKS)), kinds: [b.kind] });
  }
  return [...byKey.values()];
}

/**
 * The working copy: the full-page screenshot with every imagery region pixelated (averaged blocks,
 * upscaled with nearest neighbour). Text outside those regions is left exactly as captured. The
 * screenshot is decoded once; every region is cut from those pixels, and the result encoded once.
 */
export async function pixelate(png: Buffer, boxes: Box[]): Promise<SafeView> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const { width, height, channels } = info;
  const regions = regionsFor(boxes, width, height);
  if (regions.length === 0) return { png, regions };
  const pixels = { raw: { width, height, channels } };
  const overlays = await Promise.all(
    regions.map(async (r) => {
      const small = await sharp(data, pixels)
        .extract({ left: r.left, top: r.top, width: r.width, height: r.height })
        .resize(Math.max(1, Math.ceil(r.width / r.blockPx)), Math.max(1, Math.ceil(r.height / r.blockPx)), { fit: 'fill', kernel: 'linear' })
        .raw()
        .toBuffer({ resolveWithObject: true });
      const input = await sharp(small.data, { raw: { width: small.info.width, height: small.info.height, channels: small.info.channels } })
        .resize(r.width, r.height, { fit: 'fill', kernel: 'nearest' })
        .raw()
        .toBuffer({ resolveWithObject: true });
      return { input: input.data, raw: { width: input.info.width, height: input.info.height, channels: input.info.channels }, left: r.left, top: r.top };
    }),
  );
  const composed = sharp(data, pixels).composite(overlays);
  // Keep the original's channels: compositing would otherwise add an alpha channel.
  const out = await (channels === 4 ? composed : composed.removeAlpha()).png().toBuffer();
  return { png: out, regions };
}
