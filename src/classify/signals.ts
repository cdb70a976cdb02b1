import { DOMAIN_WORDS, PHRASES, type Category } from './lexicon.js';
import { normalizeText } from './normalize.js';
import type { PageParts } from './page-parts.js';

export type SignalGroup = Category | 'stack' | 'distribution' | 'domain-name' | 'structure';

/** One reason a page got its label, written so a reviewer can check it on the page. */
export interface Signal {
  group: SignalGroup;
  reason: string;
  /** The matched text or value, shortened. */
  evidence: string;
  count: number;
}

const STACK: [RegExp, string][] = [
  [/accounts\.google\.com\/gsi\/client|g_id_onload|google\.accounts\.id\.initialize/i, 'Google One Tap sign-in'],
  [/discord(?:app)?\.com\/(?:api\/)?oauth2\/authorize/i, 'Discord OAuth sign-in'],
  [/\bpk_(?:live|test)_[0-9A-Za-z]{10,}/, 'Stripe publishable key'],
  [/js\.stripe\.com|checkout\.stripe\.com|buy\.stripe\.com/i, 'Stripe checkout'],
  [/commerce\.coinbase\.com|nowpayments\.io|cryptomus\.com|coinpayments\.net|plisio\.net|btcpay|cryptocloud\.plus|heleket/i, 'crypto payment processor'],
  [/paddle\.com\/paddle|cdn\.paddle\.com|lemonsqueezy\.com|gumroad\.com|paypal\.com\/sdk/i, 'payment processor'],
];

const DISTRIBUTION: [RegExp, string][] = [
  [/(?:t\.me|telegram\.me)\/[A-Za-z0-9_]{4,}bot\b/i, 'links a Telegram bot'],
  [/(?:t\.me|telegram\.me)\/(?!share)[A-Za-z0-9_+]{4,}/i, 'links a Telegram channel'],
  [/discord\.(?:gg|com\/invite)\/[A-Za-z0-9-]{2,}/i, 'links a Discord invite'],
  [/[?&](?:ref|aff|affiliate|via|partner|referral)=[A-Za-z0-9_-]+/i, 'uses affiliate or referral links'],
];

function snippet(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 30);
  return text.slice(start, index + length + 30).trim();
}

/** Every signal that fires on a page. Phrase matching runs on normalised text (evasions folded). */
export function findSignals(parts: PageParts): Signal[] {
  const signals: Signal[] = [];
  // Headings are part of the text already; counting them twice would inflate the evidence.
  const text = normalizeText([parts.title, parts.description, parts.text].join(' \n '));
  for (const phrase of PHRASES) {
    const global = new RegExp(phrase.pattern.source, `${phrase.pattern.flags.replace('g', '')}g`);
    const matches = [...text.matchAll(global)];
    if (matches.length === 0) continue;
    const first = matches[0]!;
    const existing = signals.find((s) => s.group === phrase.category && s.reason === phrase.reason);
    if (existing) existing.count += matches.length;
    else signals.push({ group: phrase.category, reason: phrase.reason, evidence: snippet(text, first.index ?? 0, first[0].length), count: matches.length });
  }
  const haystack = `${parts.scripts}\n${parts.externalLinks.map((l) => l.href).join('\n')}\n${parts.internalLinks.join('\n')}`;
  for (const [pattern, reason] of STACK) {
    const m = pattern.exec(haystack);
    if (m) signals.push({ group: 'stack', reason: `uses ${reason}`, evidence: m[0].slice(0, 80), count: 1 });
  }
  for (const [pattern, reason] of DISTRIBUTION) {
    const m = pattern.exec(haystack);
    if (m && !(reason === 'links a Telegram channel' && signals.some((s) => s.reason === 'links a Telegram bot'))) {
      signals.push({ group: 'distribution', reason, evidence: m[0].slice(0, 80), count: 1 });
    }
  }
  if (parts.fileInputs > 0) signals.push({ group: 'upload', reason: 'has a file upload field', evidence: `${parts.fileInputs} input[type=file]`, count: parts.fileInputs });
  const label = normalizeText(parts.domainLabel ?? '').replace(/[^a-z]/g, '');
  const word = DOMAIN_WORDS.find((d) => label.includes(d));
  if (word) signals.push({ group: 'domain-name', reason: `domain name contains "${word}"`, evidence: parts.domain ?? '', count: 1 });
  const toolDomains = new Set(parts.externalLinks.map((l) => l.domain));
  if (toolDomains.size >= 4) {
    signals.push({ group: 'structure', reason: `links out to ${toolDomains.size} other sites`, evidence: [...toolDomains].slice(0, 6).join(', '), count: toolDomains.size });
  }
  return signals;
}
