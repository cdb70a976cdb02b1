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

  const kinds = (url: string, body: string, lang = 'en'): string[] => pageEvidence(pageParts(url, html(body, lang))).items.map((e) => `${e.channel}/${e.kind}`);

  it('negates only with whole words, and reads "no censorship" as adult context rather than a negation', () => {
    // "para" and "nieuwe" start like "pa" and "nie" but negate nothing.
    expect(kinds('https://a.test/', '<p>Una categoría para adultos que se desbloquea con el plan noche.</p>', 'es')).toContain('claim/adult');
    expect(kinds('https://b.test/', '<p>Clips sin censura y videos xxx cortos.</p>', 'es')).toContain('claim/adult');
    expect(kinds('https://c.test/', '<p>Strict no-nsfw rules for every image.</p>')).not.toContain('claim/adult');
    // A negated quotation stays negated: 'no "AI undress"' is no example prompt of the site's own.
    expect(pageEvidence(pageParts('https://c2.test/', html('<p>No deepfakes. No face swaps. No "AI undress". We do not host altered media.</p>'))).items.filter((e) => e.quoted)).toEqual([]);
    expect(kinds('https://d.test/', '<p>Il modello non rimuove indumenti senza sostituirli.</p>', 'it')).not.toContain('claim/nudify');
  });

  it('reads a question answered "no", and a sentence about other tools, as no claim of the site', () => {
    expect(kinds('https://e.test/', '<h3>Is there an NSFW mode?</h3><p>No. There never will be.</p>')).not.toContain('claim/adult');
    expect(kinds('https://f.test/', '<p>Lots of image generators claim to be uncensored or offer a hidden NSFW mode. We went the other way.</p>')).not.toContain('claim/nudify');
    expect(kinds('https://g.test/', '<p>Slik alle nudify- og avkledningstjenester gjør, gjetter appen.</p>', 'no')).toContain('third-party/nudify');
  });

  it('reads prohibitions over a long list, referral bots and ranking headings as no claim of the site', () => {
    expect(kinds('https://k.test/', '<p>We prohibit non-consensual content, hidden-camera material, AI-generated sexual imagery, deepfakes and any content made by face-swap tools.</p>')).not.toContain('claim/faceswap');
    expect(kinds('https://l.test/', '<p>Nous refusons toute tenue dénudée, lingerie ou « sans vêtements ».</p>', 'fr')).not.toContain('claim/nudify');
    expect(kinds('https://m.test/', '<h1>Les meilleurs bots Telegram IA (déshabillage, face swap, nsfw)</h1>', 'fr')).not.toContain('claim/nudify');
    // A bot opened with someone's referral code is promoted, not owned (even when the code carries the site's name).
    expect(kinds('https://spisok-botov.test/', '<p>Рабочий бот: <a href="https://t.me/gologramma_ai_bot?start=ref_spisok18">открыть</a></p>', 'ru')).not.toContain('offer/bot');
  });

  it('reads negation and detection in scripts without spaces', () => {
    expect(kinds('https://h.test/', '<p>内容安全API:色情识别、ai去衣图片检测、深度伪造检测。</p>', 'zh')).toContain('lookalike/safety-tool');
    expect(kinds('https://h.test/', '<p>内容安全API:色情识别、ai去衣图片检测、深度伪造检测。</p>', 'zh')).not.toContain('claim/nudify');
    expect(kinds('https://i.test/', '<p>アダルト動画への顔合成には対応していません。</p>', 'ja')).not.toContain('claim/adult');
    // 无审核 ("no moderation") is the opposite of a safety promise.
    expect(kinds('https://j.test/', '<p>支持成人模板(18+),无审核。</p>', 'zh')).toContain('claim/adult');
  });

  it('does not let an innocent home page outweigh a nude mode with 18+ wording elsewhere on the site', () => {
    const home = html('<h1>Photo atelier</h1><p>Change the outfit on your AI models for your e-commerce catalogue.</p><p>Remove wrinkles and lint from clothes in product photos.</p><p>Ghost mannequin edits for shops.</p><input type="file">');
    const modes = html('<h1>Modes</h1><p>X-ray filter (18+, NSFW). Premium members only, €9.99 per month.</p>');
    expect(site(['https://atelier.test/', home], ['https://atelier.test/modes', modes]).label).toBe('nudify');
  });

  it('reads claims in a sentence about detecting them as the thing detected, and Thai negation glued to its verb', () => {
    const vendor = '<p>Our moderation API detects nudity, 18+ content and deepfakes in the images your users upload.</p>';
    expect(kinds('https://m.test/', vendor, 'en')).toContain('lookalike/safety-tool');
    expect(kinds('https://m.test/', vendor, 'en')).not.toContain('claim/faceswap');
    // The same words in their own sentence, without a detection word, stay the site's claim.
    expect(kinds('https://m.test/', `${vendor}<p>Face swap into 18+ video templates.</p>`, 'en')).toContain('claim/faceswap');
    // ไม่รองรับ ("does not support") is one written word: the negation is its first syllable.
    const adultClaim = (k: string[]): boolean => k.some((e) => e.startsWith('claim/adult'));
    expect(adultClaim(kinds('https://t.test/', '<p>ระบบ ไม่รองรับ เนื้อหา 18+ ทุกรูปแบบ</p>', 'th'))).toBe(false);
    // "18+ mode without watermark": the negation after the words rules out the watermark, not the mode.
    expect(adultClaim(kinds('https://t.test/', '<p>โหมด 18+ ไม่มี ลายน้ำ</p>', 'th'))).toBe(true);
  });

  it('judges a site the same whatever order its pages were fetched in, and a podcast episode list is not a media library', () => {
    const home = html('<h1>Clip cinema</h1><p>Over 14,000 deepfake videos for adults, 18+ only.</p>' + ['12:01', '08:15', '15:02', '09:40'].map((d, i) => `<div class="card"><a href="/v/${i}">Clip number ${i}</a> <span class="duration">${d}</span></div>`).join('') + ['a', 'b', 'c', 'd', 'e'].map((t) => `<a href="/tag/${t}">#${t}</a>`).join(' '));
    const removal = html('<h1>Content removal</h1><p>Victims can report a video for removal; we answer every report. Report abuse to the helpline.</p>');
    const terms = html('<h1>Terms</h1><p>Victims of abuse may contact us. Report a video, or ask a helpline for help.</p>');
    const pages: [string, string][] = [['https://clips.test/', home], ['https://clips.test/removal', removal], ['https://clips.test/terms', terms]];
    const forward = site(...pages);
    const backward = site(...[...pages].reverse());
    expect(backward.label).toBe(forward.label);
    expect(backward.weighed).toEqual(forward.weighed);
    expect(forward.label).toBe('deepfake');
    const podcast = html('<h1>Signal and noise, a podcast</h1><p>Episode 12: how undress apps make money, with a researcher and a lawyer who takes them down. According to the police, reports doubled.</p>' + ['58:00', '47:10', '44:30'].map((d, i) => `<p>Episode ${i} (${d})</p>`).join('') + '<p>Support the show: $3 per month, $7 per month.</p>');
    expect(site(['https://pod.test/', podcast]).label).toBe('unrelated');
  });

  it('reads a moderation vendor by its title, answers "no" in more languages, and Japanese verb forms of undressing', () => {
    const page = (title: string, body: string, lang: string): string[] => pageEvidence(pageParts('https://v.test/', html(body, lang, title))).items.map((e) => `${e.channel}/${e.kind}`);
    // The title says the page detects such content: the quoted "undress" apps below are what it detects.
    const vendor = page('Clearframe – nudity and deepfake detection API', '<p>Stops images made with “undress” apps and face swaps into adult videos before they reach your platform.</p>', 'en');
    expect(vendor).toContain('lookalike/safety-tool');
    expect(vendor.filter((k) => k.startsWith('claim/'))).toEqual([]);
    // A question answered "nē" (Latvian) or "ありません" (Japanese) rules the claim out.
    expect(page('x', '<details><summary>Vai var novilkt apģērbu cilvēkam foto?</summary><p>Nē. Sistēma tikai uzvelk apģērbu.</p></details>', 'lv')).not.toContain('claim/nudify');
    expect(page('x', '<details><summary>大人向けのテンプレートはありますか？</summary><p>ありません。</p></details>', 'ja').some((k) => k.startsWith('claim/adult'))).toBe(false);
    expect(page('x', '<p>AIが写真の服を消して仕上げます。</p>', 'ja')).toContain('claim/nudify');
    // French "nu" (naked) is no Romanian negation; Slovak "žiadny" is.
    expect(page('x', '<p>Le mode nu enlève les vêtements de n’importe quelle photo.</p>', 'fr')).toContain('claim/nudify');
    expect(page('x', '<p>Žiadny obsah pre dospelých.</p>', 'sk').some((k) => k.startsWith('claim/adult'))).toBe(false);
  });
});


describe('moderation vendors, Turkish word order and Danish negation (fresh round 6)', () => {
  it('reads the claims on every page of a site whose home page says it detects such content as what it detects', () => {
    const home = html('<p>Our API scores every upload in milliseconds. Plans from $49 a month.</p>', 'en', 'Clearfeed — detects nudity and deepfakes before they are posted');
    const cases = html('<h1>Case studies</h1><p>A school app blocked images from undress apps that remove clothes from photos of pupils. Face swap porn uploads fell by 90%.</p><p>Plans from $49 a month, checkout by card.</p><input type="file">');
    const vendor = site(['https://clearfeed.test/', home], ['https://clearfeed.test/cases', cases]);
    expect(vendor.label).toBe('unrelated');
    expect(vendor.weighed.claim).toBe(0);
    // The same pages without the home page's title: the claims on the cases page count as the site's own.
    expect(site(['https://clearfeed.test/', html('<p>Our API scores every upload in milliseconds. Plans from $49 a month.</p>')], ['https://clearfeed.test/cases', cases]).weighed.claim).toBeGreaterThan(0);
  });

  it('reads Russian detection wording (a detector of undress artefacts, determines nudity) as a safety tool', () => {
    const kinds = pageEvidence(pageParts('https://lenta.test/', html('<p>Нейросеть определяет обнажённость и контент 18+. После подключения детектора undress-артефактов такие изображения блокируются.</p>', 'ru'))).items.map((e) => `${e.channel}/${e.kind}`);
    expect(kinds).toContain('lookalike/safety-tool');
    expect(kinds).not.toContain('claim/nudify');
  });

  it('reads a Turkish claim with an adverb between the clothes and the verb, but not stain removal from clothes', () => {
    const claims = (text: string): string[] => pageEvidence(pageParts('https://x.test/', html(`<p>${text}</p>`, 'tr'))).items.filter((e) => e.channel === 'claim').map((e) => e.kind);
    expect(claims('Fotoğraftaki kıyafetleri saniyeler içinde kaldır.')).toContain('nudify');
    expect(claims('Kıyafetleri tek tıkla sil, haftalık VIP.')).toContain('nudify');
    expect(claims('Ürün fotoğraflarında kıyafetlerdeki lekeleri kaldır.')).not.toContain('nudify');
  });

  it('reads Danish "intet voksenindhold" (no adult content) as ruling adult content out', () => {
    const items = pageEvidence(pageParts('https://sjov.test/', html('<p>Sjov face swap til memes og julekort. Intet voksenindhold. Upload din selfie.</p>', 'da'))).items;
    expect(items.filter((e) => e.channel === 'claim' && e.kind === 'adult')).toEqual([]);
    expect(items.map((e) => `${e.channel}/${e.kind}`)).toContain('lookalike/safety-tool');
  });

  it('reads a claim after a listing heading ("daftar bot telegram … hapus baju") as the listed bots\', but not after "daftar sekarang" (sign up now)', () => {
    const claims = (text: string): string[] => pageEvidence(pageParts('https://x.test/', html(`<p>${text}</p>`, 'id'))).items.filter((e) => e.channel === 'claim').map((e) => e.kind);
    expect(claims('Daftar bot telegram AI hapus baju terbaru 2025.')).not.toContain('nudify');
    expect(claims('Kumpulan link bot telegram AI hapus baju yang masih aktif.')).not.toContain('nudify');
    expect(claims('Daftar sekarang dan hapus baju dari foto apa pun dengan AI.')).toContain('nudify');
  });
});

