import { describe, expect, it } from 'vitest';
import { classifyHtml, judge, normalizeText, pageEvidence, pageLanguage, pageParts } from '../../src/classify/index.js';

const html = (body: string, lang = 'en', title = 'x', head = ''): string => `<!doctype html><html lang="${lang}"><head><title>${title}</title>${head}</head><body>${body}</body></html>`;
const site = (...pages: [string, string][]) => judge(pages.map(([url, h]) => pageEvidence(pageParts(url, h))));

describe('evidence in channels, judged per site', () => {
  it('takes the claim from one page and the offer from another', () => {
    const home = html('<h1>AI photo studio</h1><p>Portraits, backgrounds and styles for your pictures. Upload a photo to start.</p><input type="file"><nav><a href="/modes">Modes</a></nav>');
    const modes = html('<h1>Modes</h1><p>Undress mode removes clothes from any photo. 30 credits per image.</p>');
    expect(site(['https://studio.test/', home]).label).toBe('unrelated');
    const both = site(['https://studio.test/', home], ['https://studio.test/modes', modes]);
    expect(both.label).toBe('nudify');
    expect(both.reasons.join('\n')).toMatch(/\(\/modes\)/);
  });

  it('reads a single-service review and a list of Telegram bots as directories, not services', () => {
    const review = html('<h1>Is Peelwave safe? Our honest review</h1><p>Peelwave lets you undress any photo. Credits cost $9. Upload a photo and wait.</p><p>Rating: 3.9/5</p><p><a href="https://peelwave.test/?ref=rev1">Visit Peelwave</a></p><p>We may earn a commission.</p>');
    expect(site(['https://reviews.test/peelwave', review]).label).toBe('directory');
    const bots = html(`<h1>Telegram undress bots</h1><ul>${['alpha_bot', 'beta_bot', 'gamma_bot'].map((b) => `<li><a href="https://t.me/${b}">@${b}</a> removes clothes from photos, 5 free credits</li>`).join('')}</ul>`);
    expect(site(['https://botlists.test/', bots]).label).toBe('directory');
  });

  it('does not take garment care, ghost mannequins or outfit changes for shops for undressing', () => {
    for (const body of [
      '<p>Remove wrinkles, lint and stains from clothes in your product photos. Upload a photo, 20 credits for $5.</p><input type="file">',
      '<p>Ghost mannequin: remove the mannequin from apparel photos in one click. Upload product images. 50 credits.</p><input type="file">',
      '<p>Change the outfit on your AI models for your e-commerce catalogue. Upload a photo. Plans from €19 per month.</p><input type="file">',
    ]) expect(classifyHtml('https://shop.test/', html(body), { model: null }).label, body).toBe('unrelated');
  });

  it('reads adult context without explicit words, and a ruled-out "no NSFW" as a safety promise', () => {
    expect(classifyHtml('https://swap.test/', html('<p>Face swap into 18+ video templates. NSFW mode for adults only. Upload a face, 10 credits per video.</p><input type="file">'), { model: null }).label).toBe('deepfake');
    expect(classifyHtml('https://fun.test/', html('<p>Face swap for memes and birthday videos. No NSFW content, ever. Upload a face, 10 credits per video.</p><input type="file">'), { model: null }).label).toBe('unrelated');
  });

  it('keeps numbers with units as they are and matches hyphenated compounds', () => {
    expect(normalizeText('4k 33k 1080p 2x und3ss')).toBe('4k 33k 1080p 2x undess');
    expect(classifyHtml('https://x.test/', html('<p>The Deepfake-Generator for adult templates. Upload a face-swap photo, 10 credits.</p><input type="file">'), { model: null }).label).toBe('deepfake');
  });

  it('reads a page in the language it is written in, whatever it declares', () => {
    const parts = pageParts('https://tr.test/', html('<p>Bu uygulama ile fotoğraf yükle ve bir tıkla sonuç al. Ücretsiz deneme için kayıt ol ve çok hızlı sonuç gör.</p>', 'en'));
    expect(pageLanguage(parts).lang).toBe('tr');
    expect(pageLanguage(pageParts('https://ja.test/', html('<p>写真をアップロードしてください。</p>', 'en'))).lang).toBe('ja');
  });
});
