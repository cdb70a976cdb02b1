import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyHtml, judgeSite, loadModel } from '../../src/classify/index.js';

const page = (body: string, lang = 'en', title = 'x'): string => `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body>${body}</body></html>`;
const site = (url: string, html: string) => {
  const c = classifyHtml(url, html);
  return judgeSite([{ url, evidence: c.evidence, model: c.model }], loadModel());
};

describe('bad input gets a label or a reason, never a crash', () => {
  it('an empty page is unrelated, with the reason', () => {
    const v = site('https://empty.test/', '');
    expect(v.label).toBe('unrelated');
    expect(v.signals[0]).toMatch(/no readable text/);
  });

  it('5 MB of text, binary served as HTML, broken markup and mixed scripts each get a label', () => {
    const big = page(`<p>${'Upload a photo and our AI removes clothes. 20 credits for $9. '.repeat(90_000)}</p><input type="file">`);
    expect(big.length).toBeGreaterThan(5_000_000);
    expect(site('https://big.test/', big).label).toBe('nudify');
    const binary = Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 256)).toString('latin1');
    expect(['unrelated', 'nudify', 'deepfake', 'directory']).toContain(site('https://bin.test/', binary).label);
    const broken = '<html><body><div><p>Undress any photo <b>with AI<form><input type=file><p>50 credits for €9 <script>if (a < b) {</script></table></i>';
    expect(site('https://broken.test/', broken).label).toBe('nudify');
    const mixed = page('<p>Раздеть 任意 photo — عارية — ゆっくり — u n d r e s s</p>');
    expect(['unrelated', 'nudify', 'deepfake', 'directory']).toContain(site('https://mixed.test/', mixed).label);
  });

  it('a page in a language the lexicon lacks takes the model\'s label and is marked for review', () => {
    const v = site('https://ka.test/', page('<h1>ფოტოს რედაქტორი</h1><p>ატვირთეთ ფოტო და მიიღეთ შედეგი რამდენიმე წამში. 20 კრედიტი 9 ლარად.</p><input type="file">', 'ka'));
    expect(v.needsReview).toBe(true);
    expect(v.reviewReasons.join(' ')).toMatch(/language \(ka\) is not in the lexicon/);
  });

  it('a corrupt or missing model file is a setup error naming the file and the command that builds it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dw-model-'));
    try {
      await writeFile(join(dir, 'bad.json'), '{ "format": "dijkwacht-classifier-model", ');
      expect(() => loadModel(join(dir, 'bad.json'))).toThrow(/bad\.json[\s\S]*npm run train:classifier/);
      expect(() => loadModel(join(dir, 'missing.json'))).toThrow(/missing\.json[\s\S]*npm run train:classifier/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
