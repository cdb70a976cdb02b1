import { pathOf } from '../core/domain.js';
import type { Evidence, PageEvidence } from './evidence.js';
import type { Label } from './labels.js';

export interface Weighed {
  claim: number;
  nudify: number;
  deepfake: number;
  thirdParty: number;
  offer: number;
  hosting: number;
  promotion: number;
  promoted: number;
  about: number;
  lookalike: number;
}

export interface Judgement {
  label: Label;
  /** Confidence in the label, 0..1. */
  score: number;
  /** One sentence: why this label. */
  because: string;
  weighed: Weighed;
  /** The evidence behind the label, strongest first, each naming the page it came from. */
  reasons: string[];
}

const OFFER_WEIGHTS: Record<string, number> = {
  'upload-field': 1.5, upload: 0.8, credits: 1, subscription: 0.7, checkout: 1.1, 'checkout-words': 0.8, price: 0.7, app: 1, 'app-words': 0.8, bot: 1.2, 'bot-words': 0.8, api: 0.9, order: 0.9, form: 0.3,
  'free-quota': 0.8, 'call-to-action': 0.4, 'new-domain': 0.8, 'before-after': 0.5, brush: 0.9, 'consent-disclaimer': 0.3, 'sign-in': 0.5,
};
const HOSTING_WEIGHTS: Record<string, number> = { media: 1.2, tags: 0.8, 'age-gate': 0.6 };
const ABOUT_WEIGHTS: Record<string, number> = { reporting: 0.9, harm: 0.6, 'victim-help': 1, 'legal-gov': 0.9, academic: 1, encyclopedia: 2, blocklist: 2.5 };
const LOOKALIKE_WEIGHTS: Record<string, number> = { 'photo-tool': 1.2, 'image-generator': 0.8, 'safety-tool': 1.5, shop: 1, 'garment-care': 1.4, sfw: 0.8 };
const PROMOTION_WEIGHTS: Record<string, number> = { listing: 1, disclosure: 1.2, 'review-subject': 0.6, schema: 0.8 };

/** Repeated evidence counts with diminishing returns: 1, 1.5, 1.83, 2.08 … */
const strength = (count: number): number => {
  let s = 0;
  for (let i = 1; i <= Math.min(count, 8); i++) s += 1 / i;
  return s;
};
const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * One kind of evidence counts once per site however many pages repeat it (navigation and footers do):
 * its largest count on one page, and half a point for each further page. The same whatever order the
 * pages were fetched in; the snippet is the one from the page that comes first (home page first).
 * A site whose home page says it detects such content (a moderation vendor) names the claims on all
 * its pages (cases, FAQ, API fields) as what it detects: they are not its own.
 */
function merge(pages: PageEvidence[]): Evidence[] {
  const byKey = new Map<string, { item: Evidence; max: number; urls: Set<string> }>();
  const ordered = [...pages].sort((a, b) => pageOrder(a.url) - pageOrder(b.url) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const detector = ordered[0]?.detects === true && pathOf(ordered[0].url) === '/';
  for (const page of ordered) {
    for (const own of page.items) {
      const item: Evidence = detector && own.channel === 'claim' ? { channel: 'third-party', kind: own.kind, reason: own.reason, snippet: own.snippet, url: own.url, count: own.count } : own;
      const key = `${item.channel}|${item.kind}|${item.reason}`;
      const seen = byKey.get(key);
      if (!seen) byKey.set(key, { item: { ...item }, max: item.count, urls: new Set([item.url]) });
      else {
        seen.max = Math.max(seen.max, item.count);
        seen.urls.add(item.url);
      }
    }
  }
  return [...byKey.values()].map(({ item, max, urls }) => ({ ...item, count: max + 0.5 * (urls.size - 1) }));
}
/** The home page first, then shorter paths. */
const pageOrder = (url: string): number => pathOf(url).length;

function sum(items: Evidence[], channel: Evidence['channel'], weights?: Record<string, number>, only?: (e: Evidence) => boolean): number {
  let total = 0;
  for (const e of items) if (e.channel === channel && (!only || only(e))) total += (weights ? (weights[e.kind] ?? 0) : 1) * strength(e.count);
  return total;
}

function describe(e: Evidence, pages: number): string {
  const where = pages > 1 ? ` (${new URL(e.url).pathname || '/'})` : '';
  return `${e.reason}${e.count > 1 ? ` (${Math.round(e.count)}×)` : ''}: "${e.snippet}"${where}`;
}

/**
 * A site's label from the merged evidence of all its pages. A service claims the capability
 * somewhere (to undress people, or face swaps into adult material, or trading "fakes") and offers
 * or hosts it somewhere; a directory promotes two or more other sites, or reviews one, and offers
 * nothing itself; pages about these services, and lawful look-alikes, stay unrelated.
 */
export function judge(pages: PageEvidence[]): Judgement {
  const items = merge(pages);
  // What a page has rather than says: a file field, a payment stack, its own app or bot, or a media
  // library (items with durations and tag pages: a podcast's episode list has no tags).
  const hosts = (kind: string): boolean => items.some((e) => e.channel === 'hosting' && e.kind === kind);
  const hardOffer = items.some((e) => e.channel === 'offer' && ['upload-field', 'checkout', 'bot', 'app'].includes(e.kind)) || (hosts('media') && hosts('tags'));
  const aboutAny = items.some((e) => e.channel === 'about');
  // Quoted claims on a site that sells and talks about no one else are its example prompts and slogans.
  const promoted = new Set(pages.flatMap((p) => p.promoted)).size;
  const ownQuotes = hardOffer && !aboutAny && promoted < 2;
  const claims = (kind: string): number => sum(items, 'claim', undefined, (e) => e.kind === kind) + (ownQuotes ? sum(items, 'third-party', undefined, (e) => e.kind === kind && e.quoted === true) : 0);
  const nudify = claims('nudify');
  const face = claims('faceswap');
  const adult = claims('adult');
  const fakes = claims('fakes');
  // An 18+ gate beside face swaps is adult context too (a weak one).
  const weakAdult = (items.some((e) => e.kind === 'age-gate') ? 0.4 : 0) + (items.some((e) => e.kind === 'adult-weak' && e.channel === 'claim') ? 0.4 : 0);
  const adultCtx = adult + (face > 0 ? weakAdult : 0);
  const deepfake = (face > 0 && adultCtx > 0 ? Math.min(face, adultCtx) + 0.5 * Math.max(face, adultCtx) : 0) + (fakes > 0 && (adultCtx > 0 || face > 0) ? fakes : 0);
  const claim = Math.max(nudify, deepfake);
  const thirdParty = sum(items, 'third-party');
  const offer = sum(items, 'offer', OFFER_WEIGHTS);
  const hosting = sum(items, 'hosting', HOSTING_WEIGHTS);
  const promotion = sum(items, 'promotion', PROMOTION_WEIGHTS);
  const about = sum(items, 'about', ABOUT_WEIGHTS);
  const lookalike = sum(items, 'lookalike', LOOKALIKE_WEIGHTS);
  const weighed: Weighed = { claim: round(claim), nudify: round(nudify), deepfake: round(deepfake), thirdParty: round(thirdParty), offer: round(offer), hosting: round(hosting), promotion: round(promotion), promoted, about: round(about), lookalike: round(lookalike) };
  const reasons = [...items].sort((a, b) => rank(b) - rank(a)).slice(0, 14).map((e) => describe(e, pages.length));
  const out = (label: Label, score: number, because: string): Judgement => ({ label, score: round(score), because, weighed, reasons });

  if (pages.every((p) => p.words === 0)) return out('unrelated', 0.5, 'no readable text on any page');
  if (claim === 0 && thirdParty === 0) return out('unrelated', 0.9 - Math.min(0.4, offer * 0.05), 'no claim to undress people or to swap faces into adult material');
  const ownOffer = offer + hosting;
  const reviewsOne = items.some((e) => e.kind === 'targets' && /reviews one/.test(e.reason));
  const promotes = promoted >= 2 || reviewsOne;
  const promoWeight = promotion + Math.min(promoted, 10) * 0.4 + thirdParty * 0.5;
  const ownWeight = claim + ownOffer + (hardOffer ? 1 : 0);
  const directory = promotes && (thirdParty > 0 || claim > 0) && promoWeight > ownWeight * 0.8;
  if (about >= 2.2 && (!hardOffer || about >= ownOffer * 0.9) && !(directory && promoWeight > about)) {
    return out('unrelated', sigmoid(about - offer), 'talks about these services (reporting, harm, help, law or research) rather than offering one');
  }
  if (directory) {
    return out('directory', sigmoid(promoWeight - 1.5), `promotes ${promoted} other site${promoted === 1 ? '' : 's'} next to claims about these tools, and offers nothing itself: a directory, review or affiliate listing`);
  }
  // A claim to undress people beside the site's own 18+/NSFW wording is no look-alike's accident: an
  // "AI photo studio" home page does not outweigh a nude mode on its modes page.
  // Moderation and detection vendors name both all day: for them the claim alone is weighed.
  const safety = sum(items, 'lookalike', LOOKALIKE_WEIGHTS, (e) => e.kind === 'safety-tool');
  const backed = safety * 2 >= lookalike ? claim : Math.max(claim, nudify > 0 ? nudify + adultCtx : 0);
  if (lookalike >= 1.2 && lookalike >= backed * 1.5) {
    return out('unrelated', sigmoid(lookalike - claim), 'an ordinary photo tool, generator or shop whose wording only resembles these services');
  }
  if (!hardOffer && thirdParty >= Math.max(2, claim * 2)) {
    return out('unrelated', sigmoid(thirdParty - claim - 1), 'describes such tools in the third person (quotes, lists, category talk) without offering or promoting one');
  }
  const serviceness = backed + ownOffer * 0.9 - about * 0.7 - lookalike * 0.5;
  if (claim > 0 && ownOffer >= 1.5 && serviceness >= 2.4) {
    const label: Label = deepfake > nudify ? 'deepfake' : 'nudify';
    const what = label === 'nudify' ? 'claims to undress people in photos' : hosting > offer ? 'hosts face-swapped adult material or trades "fakes"' : 'offers face swaps into adult material';
    return out(label, sigmoid(serviceness - 2), `${what} and ${hosting > offer ? 'shows it like a media site (items, views, age gate)' : 'works like a service (upload, credits, payments, app or bot)'}`);
  }
  return out('unrelated', sigmoid(1.5 - serviceness), claim > 0 ? 'mentions these tools but does not work like a service' : 'describes such tools in the third person without promoting them');
}

const CHANNEL_RANK: Record<Evidence['channel'], number> = { claim: 6, offer: 5, hosting: 5, promotion: 4, 'third-party': 3, about: 2, lookalike: 2 };
const rank = (e: Evidence): number => CHANNEL_RANK[e.channel] * 10 + Math.min(e.count, 9);
