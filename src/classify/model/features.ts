import { getDomainWithoutSuffix } from 'tldts';
import { normalizeText } from '../normalize.js';
import { registrableDomain, type PageParts } from '../page-parts.js';

/**
 * The sparse features of one page, as the learned classifier sees them.
 *
 * - `c:<n-gram>`: character 3–5-grams of the normalised text, taken inside each word padded with
 *   spaces (" und", "dres", "ess "), so they survive inflection, compounds and scripts without spaces;
 * - `w:<word>` and `w:<word> <word>`: word unigrams and bigrams;
 * - `§<name>`: structural features (an upload field, prices, Telegram handles, JSON-LD types …).
 *
 * Values are sublinear term frequencies (1 + ln tf); the vector is then L2-normalised, so long and
 * short pages weigh the same. Change anything here and bump FEATURE_SET: a model trained on other
 * features must not be used.
 */
export const FEATURE_SET = 'dijkwacht-page-features/1';

export const NGRAM_MIN = 3;
export const NGRAM_MAX = 5;
/** Longer runs (URLs, scripts without spaces) add nothing a reader could check. */
export const MAX_WORD_FEATURE_LENGTH = 40;
/**
 * A structural feature counts as much as this many occurrences of an n-gram: a page has hundreds of
 * distinct n-grams and only a dozen structural features, which would otherwise be drowned out.
 */
export const STRUCTURE_WEIGHT = 3;

export const WORD = /[\p{L}\p{N}]+/gu;
const PRICE = /(?:[$€£¥₹₽]|us\$|usd|eur|gbp)\s?\d+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?\s?(?:[$€£¥₹₽]|usd|eur|gbp|zł|kč|руб|円|元|원)/gu;
const PERIOD = /(?<!\p{L})(?:(?:per|a|\/)\s?(?:month|week|year|mo|wk|yr)|monthly|weekly|par mois|pro monat|al mes|per maand|al mese|w miesiącu|в месяц|\/(?:mes|mois|monat|maand|mese|mies|мес))(?!\p{L})|\/月|\/월/u;
const DURATION = /(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])/g;
const VIEWS = /\d[\d.,]*\s?[kmкм]?\s?(?:views|vues|aufrufe|visualizaciones|visualizações|visualizzazioni|weergaven|wyświetleń|просмотр\p{L}*|回观看|次观看|回視聴|조회)/gu;
const AGE_GATE = /18\+|\+18(?!\d)|(?<!\p{L})(?:(?:over|older than|at least|ab|mindestens|plus de|mayor(?:es)? de|ouder dan|vanaf|powyżej|старше|от) 18(?!\d)|18 (?:years|jahre|ans|años|anos|jaar|anni|lat|лет)(?!\p{L})|adults? only|nur für erwachsene)|18禁|成人|성인/u;
const AFFILIATE = /[?&](?:ref|aff|affiliate|via|partner|referral|utm_campaign)=[^&#\s]+/i;
const TELEGRAM = /^https?:\/\/(?:www\.)?(?:t\.me|telegram\.me)\/(?!share\b|s\/)([A-Za-z0-9_]{4,})/i;
const STRIPE = /js\.stripe\.com|checkout\.stripe\.com|buy\.stripe\.com|\bpk_(?:live|test)_[0-9A-Za-z]{10,}/i;
const CRYPTO = /commerce\.coinbase\.com|nowpayments\.io|cryptomus\.com|coinpayments\.net|plisio\.net|btcpay|cryptocloud\.plus|heleket|\b(?:bc1|0x)[0-9a-fA-F]{30,}/i;
const OAUTH = /accounts\.google\.com\/gsi\/client|g_id_onload|discord(?:app)?\.com\/(?:api\/)?oauth2\/authorize|appleid\.auth|connect\.facebook\.net/i;

/** The bucket a count falls in: "1", "2-3", "4-9", "10+" for edges [1, 2, 4, 10]. */
export function bucket(count: number, edges: readonly number[]): string {
  for (let i = edges.length - 1; i >= 0; i--) {
    const lo = edges[i]!;
    if (count < lo) continue;
    const hi = edges[i + 1];
    return hi === undefined ? `${lo}+` : hi - lo === 1 ? `${lo}` : `${lo}-${hi - 1}`;
  }
  return `<${edges[0] ?? 0}`;
}

const count = (text: string, pattern: RegExp): number => (text.match(pattern) ?? []).length;

/** The page's text as the model reads it: title, description, headings and visible text, normalised. */
export function modelText(parts: PageParts): string {
  return normalizeText([parts.title, parts.description, parts.headings, parts.text].join(' \n '));
}

function addTextFeatures(text: string, counts: Map<string, number>): void {
  const add = (key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  let previous: string | null = null;
  for (const [word] of text.matchAll(WORD)) {
    const padded = ` ${word} `;
    for (let n = NGRAM_MIN; n <= NGRAM_MAX; n++) {
      for (let i = 0; i + n <= padded.length; i++) add(`c:${padded.slice(i, i + n)}`);
    }
    const usable = word.length <= MAX_WORD_FEATURE_LENGTH ? word : null;
    if (usable) add(`w:${usable}`);
    if (usable && previous) add(`w:${previous} ${usable}`);
    previous = usable;
  }
}

/** The named structural features of a page (each present feature has count 1). */
export function structuralFeatures(parts: PageParts, text: string): string[] {
  const out: string[] = [];
  const flag = (name: string, on: boolean): void => {
    if (on) out.push(`§${name}`);
  };
  flag('file-input', parts.fileInputs > 0);
  flag('form', parts.forms > 0);
  flag('field-form', parts.fieldForms > 0);
  const prices = count(text, PRICE);
  if (prices > 0) out.push(`§price:${bucket(prices, [1, 2, 4])}`);
  flag('period', PERIOD.test(text));
  flag('duration', count(text, DURATION) >= 3);
  flag('views', count(text, VIEWS) > 0);
  flag('age-gate-ish', AGE_GATE.test(text));
  const handles = new Set<string>();
  for (const link of parts.externalLinks) {
    const m = TELEGRAM.exec(link.href);
    if (m) handles.add(m[1]!.toLowerCase());
  }
  if (handles.size > 0) out.push(`§tme-links:${bucket(handles.size, [1, 2, 4])}`);
  flag('tme-bot', [...handles].some((h) => h.endsWith('bot')));
  out.push(`§external-domains:${bucket(new Set(parts.externalLinks.map((l) => l.domain)).size, [0, 1, 4, 10])}`);
  const affiliate = parts.externalLinks.filter((l) => AFFILIATE.test(l.href)).length;
  if (affiliate > 0) out.push(`§affiliate-params:${bucket(affiliate, [1, 3])}`);
  out.push(`§list-items:${bucket(parts.listItems, [0, 1, 5, 15, 40])}`);
  for (const type of new Set(parts.schemaTypes.filter((t) => /^[A-Za-z]{2,40}$/.test(t)))) out.push(`§jsonld:${type}`);
  out.push(`§word-count:${bucket(parts.wordCount, [0, 50, 200, 500, 1000])}`);
  flag('app-shell', parts.appShell);
  const stack = `${parts.scripts}\n${parts.externalLinks.map((l) => l.href).join('\n')}`;
  flag('stripe', STRIPE.test(stack));
  flag('crypto', CRYPTO.test(stack));
  flag('oauth', OAUTH.test(stack));
  return out;
}

/** The page's feature vector: sublinear TF of every feature, L2-normalised. */
export function pageFeatures(parts: PageParts): Map<string, number> {
  const text = modelText(parts);
  const vector = new Map<string, number>();
  addTextFeatures(text, vector);
  for (const key of structuralFeatures(parts, text)) vector.set(key, STRUCTURE_WEIGHT);
  let norm = 0;
  for (const [key, tf] of vector) {
    const value = key.startsWith('§') ? tf : 1 + Math.log(tf);
    vector.set(key, value);
    norm += value * value;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (const [key, value] of vector) vector.set(key, value * scale);
  return vector;
}

/**
 * PageParts for a page known only by its text (training records exported from analysts' reviews):
 * no links, forms or scripts, so only text features and the word count carry over.
 */
export function partsFromText(url: string, title: string, text: string): PageParts {
  const domain = registrableDomain(url);
  const clean = text.replace(/\s+/g, ' ').trim();
  return {
    url,
    domain,
    domainLabel: domain ? (getDomainWithoutSuffix(domain) ?? null) : null,
    declaredLang: null,
    title: title.trim(),
    description: '',
    headings: '',
    text: clean,
    blocks: clean ? [{ text: clean, container: -1, section: 0, quoted: false, chrome: false }] : [],
    links: [],
    externalLinks: [],
    internalLinks: [],
    fileInputs: 0,
    forms: 0,
    fieldForms: 0,
    scripts: '',
    listItems: 0,
    schemaTypes: [],
    wordCount: clean.split(' ').filter(Boolean).length,
    appShell: false,
  };
}
