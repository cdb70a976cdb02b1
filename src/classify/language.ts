import type { PageParts } from './page-parts.js';

/** Languages the phrase lists are written in. Pages in others are judged by the model and marked for review. */
export const LEXICON_LANGUAGES = ['en', 'nl', 'de', 'fr', 'es', 'pt', 'it', 'pl', 'ru', 'zh', 'ja', 'ko'] as const;
const COVERED = new Set<string>(LEXICON_LANGUAGES);

/** Scripts that name their language well enough; Latin and Cyrillic are shared by many. */
const SCRIPTS: [RegExp, string][] = [
  [/[\p{Script=Hangul}]/gu, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/[\p{Script=Han}]/gu, 'zh'],
  [/[\p{Script=Arabic}]/gu, 'ar'],
  [/[\p{Script=Hebrew}]/gu, 'he'],
  [/[\p{Script=Thai}]/gu, 'th'],
  [/[\p{Script=Devanagari}]/gu, 'hi'],
  [/[\p{Script=Greek}]/gu, 'el'],
  [/[\p{Script=Georgian}]/gu, 'ka'],
  [/[\p{Script=Armenian}]/gu, 'hy'],
];

/**
 * The language a page is read in: the script of most of its letters when that names a language,
 * otherwise what the page declares. Kana beside Han is Japanese. Undeclared Latin or Cyrillic text
 * is taken as covered (most such pages are in the lexicon's languages).
 */
export function pageLanguage(parts: Pick<PageParts, 'declaredLang' | 'text' | 'title'>): { lang: string | null; covered: boolean } {
  const sample = `${parts.title} ${parts.text}`.slice(0, 4000);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters > 0) {
    const counts = SCRIPTS.map(([re, lang]) => [lang, (sample.match(re) ?? []).length] as const);
    const kana = counts.find(([l]) => l === 'ja')?.[1] ?? 0;
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (best && best[1] / letters > 0.3) {
      const lang = best[0] === 'zh' && kana > 0 ? 'ja' : best[0];
      return { lang, covered: COVERED.has(lang) };
    }
  }
  const declared = parts.declaredLang;
  if (declared) return { lang: declared, covered: COVERED.has(declared) };
  return { lang: null, covered: letters > 0 };
}
