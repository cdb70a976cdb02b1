import { describe, expect, it } from 'vitest';
import { classifyHtml, normalizeText } from '../../src/classify/index.js';
import { findIdentifiers } from '../../src/discover/index.js';
import { parseQueries } from '../../src/discover/search/index.js';

const page = (body: string, title = 'x'): string => `<html><head><title>${title}</title></head><body>${body}</body></html>`;

describe('normalisation against evasion', () => {
  it('folds zero-width characters, mixed-script homoglyphs, letter spacing, full-width forms and leetspeak', () => {
    expect(normalizeText('Und\u200Bress')).toBe('undress');
    expect(normalizeText('undrеss')).toBe('undress'); // Cyrillic е
    expect(normalizeText('U N D R E S S app')).toBe('undress app');
    expect(normalizeText('ＮＵＤＩＦＹ')).toBe('nudify');
    expect(normalizeText('und3ss n00d')).toBe('undess nood');
  });

  it('leaves real words of other scripts, numbers and prices alone', () => {
    expect(normalizeText('Раздеть фото')).toBe('раздеть фото');
    expect(normalizeText('Price 10.99, 2026')).toBe('price 10.99, 2026');
    expect(normalizeText('a b c')).toBe('a b c');
  });
});

describe('the classifier', () => {
  it('gives reasons a reviewer can check on the page', () => {
    const r = classifyHtml('https://example.test/', page('<h1>Undress any photo</h1><p>Upload a photo. 20 credits for $9.</p><input type="file">'));
    expect(r.label).toBe('nudify');
    expect(r.signals[0]).toMatch(/^nudify: claims to undress people in photos and works like a service/);
    expect(r.signals).toContainEqual(expect.stringMatching(/^offers to undress people in photos: ".*undress any photo/));
    expect(r.signals).toContainEqual('has a file upload field: "1 input[type=file]"');
  });

  it('keeps a victim-help page unrelated even when it names what the apps do', () => {
    const r = classifyHtml('https://help.test/', page('<p>Nudify apps undress photos and remove clothes without consent. If you are a victim, call our helpline. Report it to the police; this is a crime.</p>'));
    expect(r.label).toBe('unrelated');
  });

  it('does not take a clothes hanger, a try-on shop or background removal for a nudify service', () => {
    for (const body of ['<p>Remove clothes-hanger icons from the UI. Upload a photo.</p><input type="file">', '<p>Virtual try-on: try on clothes from our store. Upload a photo. Add to cart.</p><input type="file">', '<p>Remove the background of any photo. 50 credits.</p><input type="file">']) {
      expect(classifyHtml('https://shop.test/', page(body)).label, body).toBe('unrelated');
    }
  });

  it('separates SFW face swaps from face swaps into adult videos', () => {
    expect(classifyHtml('https://fun.test/', page('<p>Face swap with friends and memes. Upload a photo.</p><input type="file">')).label).toBe('unrelated');
    expect(classifyHtml('https://x.test/', page('<p>Face swap into porn videos. Upload a photo, 10 credits per video.</p><input type="file">')).label).toBe('deepfake');
  });
});

describe('identifiers', () => {
  it('finds analytics, sign-in, payment, messaging and wallet identifiers', () => {
    const html = `<script>gtag('config','G-ABC1234XYZ'); fbq('init', '123456789012345');</script>
      <div data-client_id="1234567-abcdefghij.apps.googleusercontent.com"></div>
      <script>var k="pk_live_51AbCdEfGhIjKlMn"</script><a href="https://t.me/some_bot">bot</a>
      <p>BTC: bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh · ETH 0x52908400098527886E0F7030069857D2E4169EE7 · mail help@service.test</p>`;
    const ids = findIdentifiers(html).map((i) => `${i.kind}:${i.value}`);
    expect(ids).toEqual(
      expect.arrayContaining([
        'google-analytics-4:G-ABC1234XYZ',
        'meta-pixel:123456789012345',
        'google-oauth-client:1234567-abcdefghij.apps.googleusercontent.com',
        'stripe-publishable-key:pk_live_51AbCdEfGhIjKlMn',
        'telegram:some_bot',
        'bitcoin-address:bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh',
        'ethereum-address:0x52908400098527886E0F7030069857D2E4169EE7',
        'email:help@service.test',
      ]),
    );
  });
});

describe('query files', () => {
  it('takes one query per line, skips comments and blanks, and removes duplicates', () => {
    expect(parseQueries('# comment\nundress ai\n\n  nudify app \nundress ai\n', 'q.txt')).toEqual(['undress ai', 'nudify app']);
  });
  it('rejects an overlong line with a sentence naming the file', () => {
    expect(() => parseQueries('x'.repeat(500), 'bad.txt')).toThrow(/^bad\.txt: the query "x+…" is longer than 400 characters\.$/);
  });
});
