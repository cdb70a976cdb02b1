import type { EntityPage, EntityRepository } from '../../catalog/repositories/entity-pages.js';
import { entityClaims, type EntityClaim } from '../entity.js';

/** What a published address is, by where and how the site publishes it; the order is the order of preference. */
export const CONTACT_ROLES = ['dsa-contact', 'legal-representative', 'complaints', 'imprint', 'contact', 'terms', 'page'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** An address the site publishes itself, with the page it is on. Never an address the tool guessed. */
export interface SiteContact {
  email: string;
  role: ContactRole;
  url: string;
}

const EMAIL = /[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}/g;
/** Words near an address that make it the DSA point of contact (Arts. 11 and 12), in the lexicon's main languages. */
const DSA_CONTACT = /point of contact|contact point|contactpunt|kontaktstelle|ansprechpartner|point de contact|punto de contacto|punto di contatto|ponto de contacto|punkt kontaktowy|\b(?:art\.?|article|artikel|artículo|articolo)\s*1[12]\b[^.]{0,40}(?:dsa|digital services act|2022\/2065)|\bdsa\b[^.]{0,20}\b(?:art\.?|article|artikel)\s*1[12]\b/i;
/** Words near an address that make it the legal representative in the Union (Art. 13). */
const LEGAL_REP = /legal representative|wettelijk vertegenwoordiger|rechtlicher vertreter|gesetzlicher vertreter|représentant légal|representante legal|rappresentante legale|\b(?:art\.?|article|artikel)\s*13\b[^.]{0,40}(?:dsa|digital services act|2022\/2065)/i;
/** Words near an address that name it for complaints or reports about content (or an abuse mailbox). */
const COMPLAINTS = /complaints?|abuse|report(?:s|ing)? (?:of|about)|notices? (?:of|about)|takedown|beschwerde|meldung|klacht|melding|signalement|réclamation|denuncia|reclamación|segnalazion|zgłoszeni/i;
const PAGE_ROLES: [ContactRole, RegExp][] = [
  ['imprint', /impressum|imprint|colofon|colophon|legal[-_ ]?notice|mentions[-_ ]?legales|aviso[-_ ]?legal|bedrijfsgegevens/i],
  ['contact', /contact|kontakt|contatti|contacto|about|over[-_ ]?ons/i],
  ['terms', /terms|\btos\b|voorwaarden|conditions|\bagb\b|nutzungsbedingungen|condiciones|termini/i],
];

function pageRole(p: EntityPage): ContactRole {
  let where = p.url;
  try {
    const u = new URL(p.url);
    where = `${u.pathname} ${u.hash}`;
  } catch {
    // Keep the URL as it is.
  }
  return PAGE_ROLES.find(([, re]) => re.test(`${where} ${p.title ?? ''}`))?.[0] ?? 'page';
}

const ownAddress = (email: string, domain: string): boolean => {
  const host = email.split('@')[1]!.toLowerCase();
  return host === domain || host.endsWith(`.${domain}`);
};

/** A sentence end: a full stop, question or exclamation mark (or a line break) before a capital, not after an abbreviation such as "Art." or "Nr.". */
const SENTENCE_END = /(?<!\b(?:art|arts|nr|no|abs|lid|ca|vgl|bzw|inc|ltd|co))[.!?]\s+(?=\p{Lu})|\n/giu;

/** The sentence (or line) before an address: where "point of contact" or "legal representative" would say what it is. */
const leadIn = (text: string, at: number): string => {
  const before = text.slice(Math.max(0, at - 200), at);
  let cut = 0;
  for (const m of before.matchAll(SENTENCE_END)) cut = m.index + m[0].length;
  return before.slice(cut);
};

/**
 * The addresses a site publishes on the pages the crawl stored, best first: its DSA point of
 * contact, its legal representative, its address for complaints about content, then addresses on
 * its imprint, contact and terms pages, then
 * its own-domain addresses elsewhere. An address of another domain on an ordinary page (a partner,
 * a customer's example) is not the site's contact and is left out.
 */
export async function siteContacts(repo: EntityRepository, domain: string): Promise<SiteContact[]> {
  const d = domain.toLowerCase();
  const best = new Map<string, SiteContact>();
  for (const p of await repo.pages(d)) {
    const fromPage = pageRole(p);
    for (const m of p.text.matchAll(EMAIL)) {
      const email = m[0].replace(/\.+$/, '').toLowerCase();
      const near = leadIn(p.text, m.index);
      const role: ContactRole = DSA_CONTACT.test(near) ? 'dsa-contact' : LEGAL_REP.test(near) ? 'legal-representative' : COMPLAINTS.test(near) || email.startsWith('abuse@') ? 'complaints' : fromPage;
      if (role === 'page' && !ownAddress(email, d)) continue;
      const had = best.get(email);
      if (!had || CONTACT_ROLES.indexOf(role) < CONTACT_ROLES.indexOf(had.role)) best.set(email, { email, role, url: p.url });
    }
  }
  return [...best.values()].sort((a, b) => CONTACT_ROLES.indexOf(a.role) - CONTACT_ROLES.indexOf(b.role) || a.email.localeCompare(b.email));
}

/** The operator the site names itself (imprint or terms), when it names one with at least medium confidence. */
export async function claimedOperator(repo: EntityRepository, domain: string): Promise<EntityClaim | null> {
  const { claims } = await entityClaims(repo, domain);
  return claims.find((c) => c.confidence !== 'low') ?? null;
}
