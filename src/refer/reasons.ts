import type { Evidence, PageEvidence } from '../classify/index.js';
import type { Lang } from './legal.js';
import type { PacketReason } from './packet-types.js';

type Texts = Record<Lang, string>;

/**
 * What each kind of the classifier's evidence shows, written for the recipient. The packet quotes
 * the site's own words; this line says, in the packet's language, why those words matter.
 */
const KINDS: Record<string, Texts> = {
  nudify: { en: 'The site says it undresses people in photos', nl: 'De site zegt dat zij personen op foto\'s ontkleedt' },
  faceswap: { en: 'The site offers to put a person\'s face into other images or videos', nl: 'De site biedt aan het gezicht van een persoon in andere beelden of video\'s te zetten' },
  adult: { en: 'The site places its output in a sexual or adult context', nl: 'De site plaatst wat zij maakt in een seksuele context of een context voor volwassenen' },
  'adult-weak': { en: 'The site refers to adult (18+) material', nl: 'De site verwijst naar materiaal voor volwassenen (18+)' },
  fakes: { en: 'The site uses the vocabulary of communities that trade fake sexual images', nl: 'De site gebruikt de woorden van gemeenschappen die nepbeelden van seksuele aard uitwisselen' },
  upload: { en: 'The site asks visitors to upload a photo', nl: 'De site vraagt bezoekers een foto te uploaden' },
  'upload-field': { en: 'The page has a file upload field', nl: 'De pagina heeft een veld om een bestand te uploaden' },
  credits: { en: 'The site sells credits or tokens per generated image', nl: 'De site verkoopt credits of tokens per gemaakt beeld' },
  subscription: { en: 'The site sells subscriptions', nl: 'De site verkoopt abonnementen' },
  price: { en: 'The site shows its own prices', nl: 'De site toont eigen prijzen' },
  checkout: { en: 'The page loads a payment service', nl: 'De pagina laadt een betaaldienst' },
  'checkout-words': { en: 'The site offers to pay or check out', nl: 'De site biedt aan af te rekenen' },
  'sign-in': { en: 'The page offers sign-in with an account of another platform', nl: 'De pagina biedt inloggen met een account van een ander platform' },
  app: { en: 'The site links its own app', nl: 'De site verwijst naar een eigen app' },
  'app-words': { en: 'The site offers an app to install', nl: 'De site biedt een app om te installeren' },
  bot: { en: 'The site links its own Telegram bot', nl: 'De site verwijst naar een eigen Telegram-bot' },
  'bot-words': { en: 'The site offers its service as a chat bot', nl: 'De site biedt haar dienst aan als chatbot' },
  api: { en: 'The site sells access to its service through an API', nl: 'De site verkoopt toegang tot haar dienst via een API' },
  order: { en: 'The site takes orders', nl: 'De site neemt bestellingen aan' },
  'free-quota': { en: 'The site offers a number of free generations', nl: 'De site biedt een aantal gratis generaties' },
  'call-to-action': { en: 'The site urges visitors to try it now', nl: 'De site spoort bezoekers aan het nu te proberen' },
  'before-after': { en: 'The site shows before-and-after examples', nl: 'De site toont voor-en-navoorbeelden' },
  brush: { en: 'The site offers a brush to mark the area to change', nl: 'De site biedt een penseel om het te bewerken gebied aan te geven' },
  'consent-disclaimer': { en: 'The site shifts responsibility for consent to its users', nl: 'De site legt de verantwoordelijkheid voor toestemming bij haar gebruikers' },
  form: { en: 'The site has its own form with input fields', nl: 'De site heeft een eigen formulier met invoervelden' },
  'new-domain': { en: 'The site announces a new address', nl: 'De site kondigt een nieuw adres aan' },
  'age-gate': { en: 'The site has an 18+ age gate', nl: 'De site heeft een leeftijdscontrole (18+)' },
  media: { en: 'The site hosts media items (videos with durations)', nl: 'De site host media (video\'s met een speelduur)' },
  tags: { en: 'The site links many tag or category pages', nl: 'De site verwijst naar veel tag- of categoriepagina\'s' },
};

const CHANNELS: Record<string, Texts> = {
  claim: { en: 'The site describes what it does', nl: 'De site beschrijft wat zij doet' },
  offer: { en: 'The site offers its service', nl: 'De site biedt haar dienst aan' },
  hosting: { en: 'The site hosts material', nl: 'De site host materiaal' },
};

/** Kinds whose snippet is the site's own words (quoted); the others record a structure (a field, a script, a count). */
const STRUCTURAL = new Set(['upload-field', 'checkout', 'sign-in', 'media', 'tags', 'form']);
const OWN = new Set(['claim', 'offer', 'hosting']);
const MAX_REASONS = 6;

/**
 * A snippet as a quotation: whitespace folded, cut at word boundaries with an ellipsis where the
 * stored snippet was cut, separators of the page's text (·) kept as they are.
 */
export function quoteOf(snippet: string): string | null {
  // Folded whitespace; runs of the page text's block separators (· between blocks, empty blocks) become one.
  let s = snippet.replace(/\s+/g, ' ').replace(/(?:\s*·)+\s*/g, ' · ').trim();
  const cutStart = s.startsWith('…');
  const cutEnd = s.endsWith('…');
  s = s.replace(/^…\s*/, '').replace(/\s*…$/, '');
  const words = s.split(' ');
  // A stored snippet may start or end inside a word; drop the partial word.
  if (cutStart && words.length > 3 && /^[\p{Ll}\p{N}]/u.test(words[0]!)) words.shift();
  if (cutEnd && words.length > 3) words.pop();
  s = words.join(' ').replace(/^[·|,;:\s]+|[·|,;:\s]+$/g, '');
  if (s.length < 3) return null;
  return `${cutStart ? '… ' : ''}${s}${cutEnd ? ' …' : ''}`;
}

const pageOf = (url: string): string => {
  try {
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
  } catch {
    return url;
  }
};

/**
 * The reasons a packet gives for its label: the site's own claims first, then what it offers and
 * hosts, one per kind, each with the quoted words and the page they are on. Third-party mentions,
 * about-pages and look-alike evidence never count as a reason here.
 */
export function packetReasons(pages: PageEvidence[], lang: Lang): PacketReason[] {
  const items: Evidence[] = pages.flatMap((p) => p.items).filter((e) => OWN.has(e.channel) && !e.quoted);
  const order = (e: Evidence): number => (e.channel === 'claim' ? (e.kind === 'adult-weak' ? 1 : 0) : e.channel === 'offer' ? 2 : 3);
  items.sort((a, b) => order(a) - order(b) || b.count - a.count);
  const seen = new Set<string>();
  const out: PacketReason[] = [];
  for (const e of items) {
    if (seen.has(e.kind)) continue;
    seen.add(e.kind);
    const description = (KINDS[e.kind] ?? CHANNELS[e.channel]!)[lang];
    const quote = STRUCTURAL.has(e.kind) ? null : quoteOf(e.snippet);
    out.push({ kind: e.kind, description, quote, url: e.url, page: pageOf(e.url), count: e.count });
    if (out.length >= MAX_REASONS) break;
  }
  return out;
}
