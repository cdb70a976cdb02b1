import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pixelate, regionsFor } from '../../src/capture/index.js';

async function stripes(width: number, height: number): Promise<Buffer> {
  const data = Buffer.alloc(width * height * 3);
  for (let i = 0; i < width * height; i++) data.fill(i % 2 === 0 ? 0 : 255, i * 3, i * 3 + 3);
  return sharp(data, { raw: { width, height, channels: 3 } }).png().toBuffer();
}

describe('safe view', () => {
  it('pixelates only the boxes it is given, and keeps the image size and channels', async () => {
    const png = await stripes(200, 100);
    const { png: out, regions } = await pixelate(png, [{ x: 10, y: 10, width: 80, height: 60, kind: 'img' }]);
    const meta = await sharp(out).metadata();
    expect([meta.width, meta.height, meta.channels]).toEqual([200, 100, 3]);
    expect(regions).toHaveLength(1);
    const inside = await sharp(out).extract({ left: 20, top: 20, width: 40, height: 30 }).greyscale().raw().toBuffer();
    const spread = Math.max(...inside) - Math.min(...inside);
    expect(spread).toBeLessThan(40);
    const outsideBefore = await sharp(png).extract({ left: 120, top: 10, width: 70, height: 80 }).raw().toBuffer();
    const outsideAfter = await sharp(out).extract({ left: 120, top: 10, width: 70, height: 80 }).raw().toBuffer();
    expect(outsideAfter.equals(outsideBefore)).toBe(true);
  });

  it('clamps boxes to the image, pads them, and drops empty ones', () => {
    const regions = regionsFor(
      [
        { x: -20, y: -20, width: 50, height: 50, kind: 'img' },
        { x: 190, y: 90, width: 100, height: 100, kind: 'video' },
        { x: 50, y: 50, width: 0.5, height: 0.5, kind: 'img' },
      ],
      200,
      100,
    );
    expect(regions.map((r) => [r.left, r.top, r.width, r.height])).toEqual([
      [0, 0, 32, 32],
      [188, 88, 12, 12],
    ]);
    expect(regions.every((r) => r.blockPx >= 12)).toBe(true);
  });
});
