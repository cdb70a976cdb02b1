import sharp from 'sharp';

/**
 * Neutral placeholder images for the test world: geometric patterns only. High-contrast
 * checkerboards make pixelation measurable; one JPEG carries EXIF and XMP "generator" traces.
 */
export interface PlaceholderSet {
  png: Buffer[];
  jpegWithTraces: Buffer;
  webp: Buffer;
  background: Buffer;
}

function checkerboard(width: number, height: number, square: number, a: number[], b: number[]): Buffer {
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const c = (Math.floor(x / square) + Math.floor(y / square)) % 2 === 0 ? a : b;
      const i = (y * width + x) * 3;
      data[i] = c[0] ?? 0;
      data[i + 1] = c[1] ?? 0;
      data[i + 2] = c[2] ?? 0;
    }
  }
  return data;
}

const PALETTE: [number[], number[]][] = [
  [[0, 0, 0], [255, 255, 255]],
  [[20, 40, 160], [250, 220, 40]],
  [[160, 20, 60], [230, 240, 250]],
  [[10, 110, 60], [250, 250, 250]],
  [[0, 0, 0], [240, 120, 0]],
];

const XMP = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="FixtureDiffusion 0.9 (test world)"/>
</rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;

let cached: Promise<PlaceholderSet> | undefined;

export function placeholders(): Promise<PlaceholderSet> {
  cached ??= build();
  return cached;
}

async function build(): Promise<PlaceholderSet> {
  const png = await Promise.all(
    Array.from({ length: 10 }, (_, i) => {
      const [a, b] = PALETTE[i % PALETTE.length]!;
      const w = 320;
      const h = 240;
      return sharp(checkerboard(w, h, 8 + (i % 3) * 2, a, b), { raw: { width: w, height: h, channels: 3 } }).png().toBuffer();
    }),
  );
  const jpegWithTraces = await sharp(checkerboard(300, 200, 10, [30, 30, 30], [220, 220, 220]), { raw: { width: 300, height: 200, channels: 3 } })
    .jpeg({ quality: 85 })
    .withExif({ IFD0: { Software: 'FixtureDiffusion 0.9', ImageDescription: 'test-world placeholder, seed 42', Artist: 'dijkwacht test world' } })
    .withXmp(XMP)
    .toBuffer();
  const webp = await sharp(checkerboard(200, 200, 12, [0, 90, 200], [255, 255, 255]), { raw: { width: 200, height: 200, channels: 3 } }).webp().toBuffer();
  const background = await sharp(checkerboard(400, 200, 16, [90, 0, 120], [250, 250, 210]), { raw: { width: 400, height: 200, channels: 3 } }).png().toBuffer();
  return { png, jpegWithTraces, webp, background };
}
