import { LANGUAGES_A } from './lexicon-languages-a.js';
import { LANGUAGES_B } from './lexicon-languages-b.js';
import { LANGUAGES_C } from './lexicon-languages-c.js';
import type { PageParts } from './page-parts.js';

/** Languages whose phrase lists were tuned on the corpus's training split. */
export const CORE_LANGUAGES: readonly string[] = ['en', 'nl', 'de', 'fr', 'es', 'pt', 'it', 'pl', 'ru', 'zh', 'ja', 'ko'];
/** Every language the phrase lists are written in. Pages in others are judged by the model and marked for review. */
export const LEXICON_LANGUAGES: readonly string[] = [...CORE_LANGUAGES, ...LANGUAGES_A, ...LANGUAGES_B, ...LANGUAGES_C];
const COVERED = new Set<string>(LEXICON_LANGUAGES);
const CORE = new Set<string>(CORE_LANGUAGES);

/** Scripts that name their language well enough; Latin and Cyrillic are shared by many. */
const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Hangul}/gu, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Devanagari}/gu, 'hi'],
  [/\p{Script=Bengali}/gu, 'bn'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Georgian}/gu, 'ka'],
  [/\p{Script=Armenian}/gu, 'hy'],
];

/** Very common function words per language written in Latin or Cyrillic letters: enough to tell which phrase lists to run. */
const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'with', 'your', 'for', 'you', 'are', 'this', 'from', 'our'],
  nl: ['de', 'het', 'een', 'en', 'van', 'je', 'met', 'voor', 'niet', 'wij'],
  de: ['der', 'die', 'das', 'und', 'mit', 'ist', 'nicht', 'für', 'sie', 'ein'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'pour', 'vous', 'avec', 'une'],
  es: ['el', 'los', 'las', 'y', 'es', 'para', 'con', 'una', 'por', 'tu'],
  pt: ['o', 'os', 'as', 'e', 'é', 'para', 'com', 'uma', 'não', 'você'],
  it: ['il', 'gli', 'e', 'è', 'per', 'con', 'una', 'non', 'della', 'che'],
  pl: ['i', 'w', 'na', 'się', 'jest', 'z', 'nie', 'do', 'dla', 'że'],
  ru: ['и', 'в', 'на', 'не', 'что', 'с', 'для', 'это', 'по', 'вы'],
  uk: ['і', 'та', 'на', 'не', 'що', 'з', 'для', 'це', 'ви', 'як'],
  bg: ['и', 'на', 'за', 'не', 'се', 'от', 'да', 'е', 'с', 'по'],
  sr: ['и', 'на', 'за', 'је', 'да', 'се', 'у', 'ne', 'je', 'za'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'de', 'da', 'değil', 'olan', 'çok'],
  id: ['dan', 'yang', 'untuk', 'dengan', 'ini', 'di', 'tidak', 'dari', 'kamu', 'anda'],
  ms: ['dan', 'yang', 'untuk', 'dengan', 'ini', 'di', 'tidak', 'dari', 'anda', 'kami'],
  vi: ['và', 'của', 'là', 'cho', 'với', 'không', 'các', 'một', 'được', 'bạn'],
  tl: ['ang', 'ng', 'sa', 'at', 'mga', 'na', 'para', 'ay', 'hindi', 'ito'],
  cs: ['a', 'je', 'na', 'se', 've', 'pro', 'že', 'to', 'jsou', 'není'],
  sk: ['a', 'je', 'na', 'sa', 'vo', 'pre', 'že', 'to', 'sú', 'nie'],
  hu: ['a', 'az', 'és', 'egy', 'hogy', 'nem', 'is', 'van', 'meg', 'ez'],
  ro: ['și', 'în', 'de', 'la', 'cu', 'pentru', 'nu', 'este', 'o', 'un'],
  hr: ['i', 'je', 'u', 'na', 'za', 'se', 'da', 'su', 'ne', 'od'],
  sl: ['in', 'je', 'v', 'na', 'za', 'se', 'da', 'so', 'ne', 'ali'],
  fi: ['ja', 'on', 'ei', 'se', 'että', 'kuin', 'myös', 'tai', 'voit', 'sinun'],
  sv: ['och', 'är', 'för', 'med', 'det', 'att', 'som', 'inte', 'du', 'en'],
  da: ['og', 'er', 'for', 'med', 'det', 'at', 'som', 'ikke', 'du', 'en'],
  no: ['og', 'er', 'for', 'med', 'det', 'at', 'som', 'ikke', 'du', 'en'],
  lt: ['ir', 'yra', 'su', 'kad', 'ne', 'iš', 'į', 'tai', 'jūs', 'kaip'],
  lv: ['un', 'ir', 'ar', 'ka', 'ne', 'no', 'uz', 'par', 'jūs', 'kā'],
  et: ['ja', 'on', 'ei', 'see', 'et', 'kui', 'ka', 'või', 'te', 'oma'],
  sq: ['dhe', 'në', 'për', 'me', 'është', 'një', 'të', 'që', 'nuk', 'ju'],
  ca: ['els', 'amb', 'per', 'que', 'és', 'una', 'dels', 'aquest', 'també', 'però'],
  sw: ['na', 'ya', 'wa', 'kwa', 'ni', 'za', 'katika', 'kwenye', 'hii', 'au'],
};
/** Letters Urdu writes and Arabic and Persian do not (ے ٹ ڈ ڑ ں ھ). */
const URDU_LETTERS = /[\u06D2\u0679\u0688\u0691\u06BA\u06BE]/gu;
const WORD_LANGS = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) for (const w of words) WORD_LANGS.set(w, [...(WORD_LANGS.get(w) ?? []), lang]);

export interface PageLanguage {
  /** The language the page is read in (script, then function words, then what it declares), or null. */
  lang: string | null;
  /** The phrase lists cover it. */
  covered: boolean;
  /** Its phrase lists were tuned on the training split (the others were written blind). */
  core: boolean;
  /** Languages whose phrase lists are worth running on the page (the declared one, the likely ones). */
  candidates: string[];
}

/**
 * The language a page is read in: the script of most of its letters when that names a language,
 * otherwise the function words it uses most, otherwise what it declares. A page that declares the
 * wrong language (templates often say "en") is still read in the right one.
 */
export function pageLanguage(parts: Pick<PageParts, 'declaredLang' | 'text' | 'title'>): PageLanguage {
  const sample = `${parts.title} ${parts.text}`.slice(0, 4000);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  const declared = parts.declaredLang;
  const result = (lang: string | null, candidates: string[]): PageLanguage => ({
    lang,
    covered: lang !== null ? COVERED.has(lang) : letters > 0,
    core: lang !== null ? CORE.has(lang) : letters > 0,
    candidates: [...new Set([...(declared ? [declared] : []), ...candidates])],
  });
  if (letters === 0) return result(declared, []);
  const counts = SCRIPTS.map(([re, lang]) => [lang, (sample.match(re) ?? []).length] as const);
  const kana = counts.find(([l]) => l === 'ja')?.[1] ?? 0;
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (best && best[1] / letters > 0.3) {
    const lang = best[0] === 'zh' && kana > 0 ? 'ja' : best[0];
    // Arabic, Persian and Urdu share a script; all three lists run on Arabic-script pages, and
    // Urdu's own letters (or its declaration) name it.
    if (lang === 'ar') {
      const urdu = (sample.match(URDU_LETTERS) ?? []).length / best[1] > 0.02;
      return result(declared === 'fa' ? 'fa' : declared === 'ur' || urdu ? 'ur' : 'ar', ['ar', 'fa', 'ur']);
    }
    return result(lang, [lang]);
  }
  const hits = new Map<string, number>();
  for (const word of sample.toLowerCase().split(/[^\p{L}]+/u).slice(0, 600)) {
    for (const lang of WORD_LANGS.get(word) ?? []) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  const ranked = [...hits].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  const likely = ranked.filter(([, n]) => top && n >= 3 && n >= top[1] * 0.6).map(([l]) => l).slice(0, 3);
  const lang = declared && likely.includes(declared) ? declared : (likely[0] ?? declared);
  return result(lang, likely);
}
