/**
 * Phrase lists for cs, sk, hu, ro, uk, bg, hr, sr (Latin and Cyrillic), sl, el, fi, sv, da, no, lt,
 * lv, et and sq, one phrase per category of lexicon.ts / lexicon-offer.ts and language. Written from
 * how these services, and the pages about them, speak in general in each language — not from any
 * one page. Matched against normalised text (normalize.ts: NFKC, lower case, zero-width removed).
 *
 * Bare English loanwords ("deepfake", "nsfw", "face swap", "porno", "memes", "affiliate", "top 10",
 * "apk") and words that the Russian and Western lists already match in these languages ("полиция",
 * "закон", "жертв", "journalist", "provision", "ranking") are left to those lists, so one word does
 * not count twice; loanwords appear here only inside native phrases ("nsfw režim", "deepfake videa").
 *
 * Script notes:
 * - Diacritics are often left out in Romanian (ș/ț, also written with cedillas ş/ţ), Albanian (ë/ç),
 *   Croatian, Serbian Latin and Slovenian (č/ć/š/ž/đ, đ also as "dj"). There `latin()` lets every
 *   marked letter in a source also match its plain letter: write sources with their diacritics, a
 *   plain letter stays plain. Hungarian ő/ű also match õ/ô/û/ü (old encodings). Czech, Slovak, the
 *   Baltic and Nordic languages stay strict: their sites keep diacritics, and folding would make
 *   Czech and Slovak (or Latvian and Lithuanian) phrases match each other's words.
 * - Closely related languages still share words ("za odrasle" hr/sr/sl, "bez pristanka" hr/sr,
 *   "ifølge politiet" da/no): such a word is kept in one list where that was easy, not in both.
 * - Greek: upper-case text loses its accents when lower-cased, and final sigma varies, so `greek()`
 *   lets every vowel match with or without tonos/dialytika and σ match ς. Greek sources are written
 *   without accents.
 * - Serbian phrases carry both scripts; Cyrillic letters are never folded.
 * - Removing clothes counts as a claim only with the clothes as the object ("odstraňte oblečení"),
 *   never clothes after a preposition ("vrásky z oblečení", "cutele de pe haine"), and never clothes
 *   taken off models, mannequins or products.
 */
import type { Phrase } from './lexicon.js';
import { CS, SK, HU, RO, UK, BG, HR, SR, SL } from './lexicon-languages-b-central.js';
import { EL, FI, SV, DA, NO, LT, LV, ET, SQ } from './lexicon-languages-b-north.js';

export const LANGUAGES_B: string[] = ['cs', 'sk', 'hu', 'ro', 'uk', 'bg', 'hr', 'sr', 'sl', 'el', 'fi', 'sv', 'da', 'no', 'lt', 'lv', 'et', 'sq'];

export const PHRASES_B: Phrase[] = [...CS, ...SK, ...HU, ...RO, ...UK, ...BG, ...HR, ...SR, ...SL, ...EL, ...FI, ...SV, ...DA, ...NO, ...LT, ...LV, ...ET, ...SQ];
