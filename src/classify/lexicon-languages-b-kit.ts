/** The pattern kit of the phrase lists in lexicon-languages-b-*.ts: word boundaries, diacritic folding, reasons, bounded stems. */
import type { Category, Phrase } from './lexicon.js';


/**
 * Word start/end without \b (which is ASCII-only). Same matches as lexicon.ts's `(?<![\p{L}\p{N}])(?:…)(?![\p{L}\p{N}])`,
 * but the start is checked after the words matched, by a lookbehind over the captured match: a leading
 * lookbehind makes V8 test every position, and with 378 phrases that was four times slower.
 * Sources must therefore use only non-capturing groups (the test checks it).
 */
const START = '(?<![\\p{L}\\p{N}]\\1)';
const E = '(?![\\p{L}\\p{N}])';
const w = (source: string): RegExp => new RegExp(`((?:${source}))${E}${START}`, 'u');
/** Words with letter boundaries, plus a part that needs no start boundary ("/měs" after "199 kč"). */
const wl = (words: string, loose: string): RegExp => new RegExp(`((?:${words}))${E}${START}|(?:${loose})${E}`, 'u');
export const r = String.raw;

/** Every marked letter also matches these (its plain letter first). */
const LATIN_ALTS: Record<string, string> = {
  á: 'a', ä: 'a', ă: 'a', â: 'a', ā: 'a', ą: 'a', č: 'c', ć: 'c', ç: 'c', ď: 'd', đ: 'd', é: 'e', ě: 'e', ë: 'e', ē: 'e', ę: 'e', ė: 'e',
  ģ: 'g', í: 'i', î: 'i', ī: 'i', į: 'i', ķ: 'k', ĺ: 'l', ľ: 'l', ļ: 'l', ň: 'n', ņ: 'n', ó: 'o', ô: 'o', ö: 'o', ő: 'oöõ', õ: 'o',
  ŕ: 'r', ř: 'r', š: 's', ș: 'sş', ş: 'sș', ť: 't', ț: 'tţ', ţ: 'tț', ú: 'u', ů: 'u', ü: 'u', ű: 'uüû', ū: 'u', ų: 'u', ý: 'y', ž: 'z',
};
/** Greek vowels with and without tonos/dialytika, and both sigmas. */
const GREEK_ALTS: Record<string, string> = {
  α: 'ά', ά: 'α', ε: 'έ', έ: 'ε', η: 'ή', ή: 'η', ι: 'ίϊΐ', ί: 'ιϊΐ', ϊ: 'ιίΐ', ΐ: 'ιίϊ', ο: 'ό', ό: 'ο',
  υ: 'ύϋΰ', ύ: 'υϋΰ', ϋ: 'υύΰ', ΰ: 'υύϋ', ω: 'ώ', ώ: 'ω', σ: 'ς', ς: 'σ',
};

/**
 * Rewrites a regex source so that listed letters also match their alternatives, inside and outside
 * character classes; `outside` replaces a character outside classes with a pattern of its own.
 */
export const folder = (alts: Record<string, string>, outside: Record<string, string> = {}) => (source: string): string => {
  const chars = [...source.normalize('NFC')];
  let out = '';
  let inClass = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    if (ch === '\\') {
      out += ch + (chars[++i] ?? '');
      continue;
    }
    if (inClass && ch === ']') inClass = false;
    else if (!inClass && ch === '[') inClass = true;
    const alt = alts[ch];
    const replaced = outside[ch];
    if (!inClass && replaced !== undefined) out += replaced;
    else if (alt === undefined) out += ch;
    else if (inClass) out += ch + alt;
    else out += `[${ch}${alt}]`;
  }
  return out;
};
const latin = folder(LATIN_ALTS, { đ: '(?:đ|dj?)' });
const greek = folder(GREEK_ALTS);
/** Hungarian ő/ű as old encodings and keyboards write them. */
const hungarian = folder({ ő: 'õô', ű: 'ûü' });
const strict = (source: string): string => source.normalize('NFC');
const FOLD: Record<string, (source: string) => string> = {
  ro: latin, hr: latin, sr: latin, sl: latin, sq: latin, hu: hungarian, el: greek,
};

const COVERED = [
  'nudify-claim', 'faceswap', 'adult', 'upload', 'credits', 'subscription', 'checkout', 'app-install', 'bot-product', 'order',
  'reporting', 'harm', 'victim-help', 'legal-gov', 'academic', 'photo-tool', 'garment-care', 'sfw', 'safety-tool', 'review-subject', 'promotion',
] as const satisfies readonly Category[];
type Covered = (typeof COVERED)[number];

const REASON: Record<Covered, string> = {
  'nudify-claim': 'offers to undress people in photos',
  faceswap: 'offers face swapping / deepfakes',
  adult: 'adult context in soft wording (for adults, 18+, NSFW mode, uncensored)',
  upload: 'asks visitors to upload a photo',
  credits: 'sells credits, coins or tokens per generation',
  subscription: 'sells a subscription or premium plan',
  checkout: 'takes payment (card, crypto, wallets)',
  'app-install': 'ships an app to install (APK, stores, home screen)',
  'bot-product': 'sells a messenger bot as the product',
  order: 'takes orders for made-to-order work',
  reporting: 'reads as journalism or an investigation',
  harm: 'frames these tools as harmful or illegal',
  'victim-help': 'offers help to victims or asks for donations',
  'legal-gov': 'reads as a government, regulator or legal text',
  academic: 'reads as an academic paper',
  'photo-tool': 'offers an ordinary photo-editing function',
  'garment-care': 'cleans up clothing in product photos (wrinkles, lint, mannequins, outfit changes for shops)',
  sfw: 'keeps to fun and family use (memes, birthdays, funny, family-friendly)',
  'safety-tool': 'detects or blocks such content (moderation / safety tool)',
  'review-subject': 'reviews, compares or finds alternatives to another service',
  promotion: 'discloses affiliate links or paid placement, or ranks tools against each other',
};

/** A source, or words plus a part without start boundary (prices per month after a currency). */
type Source = string | { words: string; loose: string };

/**
 * Letters after a stem are bounded (40 is longer than any inflected or compound word here), so that
 * no start position costs more than a word's length even on a run of letters without spaces.
 */
const bounded = (source: string): string => source.replaceAll('\\p{L}*', '\\p{L}{0,40}').replaceAll('\\p{L}+', '\\p{L}{1,40}');

/** One phrase per category for a language; the record type makes every category required. */
export const lang = (code: string, sources: Record<Covered, Source>): Phrase[] => {
  const fold = (source: string): string => bounded((FOLD[code] ?? strict)(source));
  return COVERED.map((category) => {
    const s = sources[category];
    const pattern = typeof s === 'string' ? w(fold(s)) : wl(fold(s.words), fold(s.loose));
    return { category, reason: `${REASON[category]} (${code})`, pattern };
  });
};
