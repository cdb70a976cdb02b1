/**
 * Text normalisation against evasion: Unicode NFKC, zero-width and soft-hyphen removal, homoglyphs in
 * mixed-script words folded to Latin, letter-spaced words joined, leetspeak digits in words folded.
 * The result is lower-case and meant for matching only, never for display.
 */

const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u206A-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g;

/** Cyrillic and Greek letters that look like Latin ones. */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ӏ: 'l', ԛ: 'q', ԝ: 'w', ɡ: 'g',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w', ς: 's',
};
const HOMOGLYPH_CLASS = new RegExp(`[${Object.keys(HOMOGLYPHS).join('')}]`, 'u');
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/** "4k", "33k", "1080p", "2x", "24h", "3x4", "mp4", "h264": numbers with units are not leetspeak. */
const NUMBER_WITH_UNIT = /^(?:\d+(?:[.,]\d+)?[a-z]{1,3}|\d+x\d+|[a-z]{1,3}\d{1,4})$/;

function foldWord(word: string): string {
  const hasLatin = /[a-z]/.test(word);
  const hasOther = HOMOGLYPH_CLASS.test(word);
  let out = word;
  if (hasLatin && hasOther) out = [...out].map((ch) => HOMOGLYPHS[ch] ?? ch).join('');
  // Leetspeak: only in words that mix letters with digits/symbols (n00d, und3ss), never in numbers.
  if (/[a-z]/.test(out) && /[013457@$]/.test(out) && !/^\d+([.,]\d+)*$/.test(out) && !NUMBER_WITH_UNIT.test(out)) {
    out = out.replace(/[013457@$]/g, (ch) => LEET[ch] ?? ch);
  }
  return out;
}

/** Joins runs of four or more single letters separated by spaces, dots, dashes or stars: "u n d r e s s". */
function joinSpacedLetters(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}])(?:\p{L}[ .\-_*·•|]){3,}\p{L}(?![\p{L}\p{N}])/gu, (run) => run.replace(/[ .\-_*·•|]+/g, ''));
}

export function normalizeText(input: string): string {
  let text = input.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
  text = joinSpacedLetters(text);
  text = text.replace(/[\p{L}\p{N}@$]+/gu, foldWord);
  return text.replace(/\s+/g, ' ').trim();
}
