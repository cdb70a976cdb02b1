import { franc } from 'franc';

/**
 * ISO 639-3 (franc's codes) to ISO 639-1 for the languages pages are identified in: every language
 * the phrase lists are written in, plus other widely used languages of the web. franc alone, over
 * all its 400 languages, takes short English for Sardinian or Scots; limiting it to these keeps it honest.
 * Afrikaans is left out: franc takes ordinary Dutch for it, and Dutch pages matter most here.
 */
const CODES: Record<string, string> = {
  eng: 'en', nld: 'nl', deu: 'de', fra: 'fr', spa: 'es', por: 'pt', ita: 'it', pol: 'pl', rus: 'ru', cmn: 'zh', jpn: 'ja', kor: 'ko',
  tur: 'tr', ind: 'id', zlm: 'ms', vie: 'vi', tgl: 'tl', hin: 'hi', tha: 'th', arb: 'ar', heb: 'he', pes: 'fa', ces: 'cs', slk: 'sk',
  hun: 'hu', ron: 'ro', ukr: 'uk', bul: 'bg', hrv: 'hr', srp: 'sr', slv: 'sl', ell: 'el', fin: 'fi', swe: 'sv', dan: 'da', nob: 'no',
  lit: 'lt', lvs: 'lv', ekk: 'et', als: 'sq', cat: 'ca', glg: 'gl', ben: 'bn', urd: 'ur', tam: 'ta', tel: 'te',
  mar: 'mr', swh: 'sw', bel: 'be', kat: 'ka', hye: 'hy', azj: 'az', kaz: 'kk', uzn: 'uz', mkd: 'mk', bos: 'bs',
};
const ONLY = Object.keys(CODES);
/** Characters of a page's text read: enough for a stable answer, cheap on long pages. */
const SAMPLE = 4_000;
/** Below this many letters franc's answer is a guess (short English reads as Portuguese): the classifier's reading is kept instead. */
const MIN_LETTERS = 150;

/** The page's language as an ISO 639-1 code, identified by franc from its visible text, or null when the text is too short to tell. */
export function identifyLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return null;
  const code = franc(sample, { only: ONLY, minLength: MIN_LETTERS });
  return CODES[code] ?? null;
}
