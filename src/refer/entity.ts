import type { EntityPage, EntityRepository } from '../catalog/repositories/entity-pages.js';
import type { BundleStore } from '../store/index.js';
import { sourceClaims } from './entity-sources.js';

export type ClaimSource = 'imprint' | 'terms' | 'contact' | 'page' | 'tls-certificate' | 'app-store';
export type ClaimConfidence = 'high' | 'medium' | 'low';

/** A legal entity a service names itself: what it says, on which page. Never inferred from anything but the site's own words. */
export interface EntityClaim {
  name: string;
  source: ClaimSource;
  url: string;
  confidence: ClaimConfidence;
}

export interface EntityReport {
  domain: string;
  claims: EntityClaim[];
}

const SOURCES: [ClaimSource, RegExp][] = [
  ['imprint', /impressum|imprint|colofon|colophon|legal[-_ ]?notice|mentions[-_ ]?legales|aviso[-_ ]?legal|company|bedrijfsgegevens/i],
  ['terms', /terms|tos\b|voorwaarden|conditions|agb\b|nutzungsbedingungen|legal/i],
  ['contact', /contact|about|over[-_ ]?ons/i],
];

/** Company forms that name a legal person (Dutch, English, German, French, Spanish and others common in imprints). */
const FORMS = String.raw`B\.V\.|BV|N\.V\.|NV|Ltd\.?|Limited|LLC|L\.L\.C\.|Inc\.?|Corp\.?|GmbH|UG|AG|S\.A\.|SA|S\.L\.|SL|SAS|SARL|S\.r\.l\.|s\.r\.o\.|OÜ|AB|ApS|Pty Ltd|LLP|PLC|plc|FZE|FZ-LLC`;
const WORD = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*`;
const ENTITY = new RegExp(String.raw`((?:${WORD}[ \t]+){1,5})(${FORMS})(?![\p{L}\p{N}])`, 'gu');
/** Words in the same sentence that say the name is the operator, not a partner or a customer's example. */
const OPERATOR_CUE = /operated by|provided by|provider of|company|registered|chamber of commerce|kvk|handelsregister|handelsnaam|bedrijfsnaam|geëxploiteerd door|aangeboden door|betreiber|verantwoordlich|responsable|between you and/i;
/** Words that start a sentence but are no part of a company name. */
const LEADING = new Set(['This', 'These', 'The', 'Our', 'Deze', 'Dit', 'De', 'Het', 'Die', 'Der', 'Das', 'Le', 'La', 'El', 'We', 'Wij']);

function sourceOf(p: EntityPage): ClaimSource {
  let path = p.url;
  try {
    path = new URL(p.url).pathname;
  } catch {
    // Keep the URL as it is.
  }
  const where = `${path} ${p.title ?? ''}`;
  return SOURCES.find(([, re]) => re.test(where))?.[0] ?? 'page';
}

const sentenceAround = (text: string, at: number): string => {
  const start = Math.max(text.lastIndexOf('.', at - 60), text.lastIndexOf('·', at), 0);
  const end = text.indexOf('.', at + 80);
  return text.slice(start, end === -1 ? undefined : end);
};

function confidence(source: ClaimSource, cue: boolean): ClaimConfidence {
  if (source === 'imprint') return cue ? 'high' : 'medium';
  if (source === 'terms') return cue ? 'medium' : 'low';
  return cue && source === 'contact' ? 'medium' : 'low';
}

/** The entity names one page claims, with the page as the source. */
export function claimsOn(p: EntityPage): EntityClaim[] {
  const source = sourceOf(p);
  const out: EntityClaim[] = [];
  for (const m of p.text.matchAll(ENTITY)) {
    const words = m[1]!.trim().split(/\s+/);
    while (words.length > 0 && LEADING.has(words[0]!)) words.shift();
    if (words.length === 0) continue;
    const name = `${words.join(' ')} ${m[2]!}`;
    out.push({ name, source, url: p.url, confidence: confidence(source, OPERATOR_CUE.test(sentenceAround(p.text, m.index)) ) });
  }
  return out;
}

const RANK: Record<ClaimConfidence, number> = { high: 0, medium: 1, low: 2 };

/**
 * The legal entities a service claims on its own pages (imprint, terms, contact), and with a bundle
 * store also the organisation its TLS certificate names and the developer its apps' captured store
 * listings show; most certain first, one claim per name and page. An empty list means nothing names
 * one: nothing is guessed.
 */
export async function entityClaims(repo: EntityRepository, domain: string, store: BundleStore | null = null): Promise<EntityReport> {
  const seen = new Set<string>();
  const claims: EntityClaim[] = [];
  const found = (await repo.pages(domain)).flatMap(claimsOn);
  if (store) found.push(...(await sourceClaims(repo, store, domain)));
  for (const c of found) {
    const key = `${c.name.toLowerCase()}\u0000${c.url}`;
    if (seen.has(key)) continue;
    seen.add(key);
    claims.push(c);
  }
  claims.sort((a, b) => RANK[a.confidence] - RANK[b.confidence] || a.name.localeCompare(b.name) || a.url.localeCompare(b.url));
  return { domain, claims };
}
