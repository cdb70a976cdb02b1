import { existsSync } from 'node:fs';
import { SqliteEntityRepository } from '../../catalog/repositories/entity-pages.js';
import { escapeXml as esc } from '../../core/html.js';
import { UsageError } from '../../core/errors.js';
import { READER_TIME_ZONE } from '../../core/time.js';
import { row, urlHtml } from '../html-parts.js';
import type { Lang } from '../legal.js';
import type { ReferralPacket } from '../packet-types.js';
import { listOf } from '../texts.js';
import type { RecipientKind, RecipientOptions, SpecificContext, SpecificPart } from './recipient-kind.js';
import { claimedOperator, siteContacts, type ContactRole, type SiteContact } from './site-contacts.js';
import { fillTemplate, kindTemplate, templateFile } from './templates.js';

/** The notice in the site's own language, when that is neither Dutch nor English and its template exists. */
export interface SiteTranslation {
  language: string;
  subject: string;
  requestedAction: string;
  explanation: string;
  deadline: string;
}

export interface SiteSpecific {
  /** The operator the site names itself, with the page that names it; null when it names none. */
  operator: { name: string; url: string; confidence: 'high' | 'medium' } | null;
  /** Every address the site publishes (DSA point of contact, legal representative, imprint, contact page, terms), best first. */
  contacts: (SiteContact & { domain: string })[];
  /** The language of the site's pages (ISO 639-1), when detected. */
  siteLanguage: string | null;
  /** What happens without an answer by respondBy. */
  deadlineNotice: string;
  translations: SiteTranslation[];
}

declare module '../packet-types.js' {
  interface RecipientSpecific {
    site?: SiteSpecific;
  }
}

/** Keys a template in a third language needs, beyond subject and requestedAction. */
const TRANSLATION_KEYS = ['explanation', 'deadlineNotice'] as const;

async function recipientFor(f: { domain: string }, opts: RecipientOptions) {
  const repo = new SqliteEntityRepository(opts.catalog);
  const contacts = await siteContacts(repo, f.domain);
  const email = opts.address ?? contacts[0]?.email ?? null;
  if (!email) throw new UsageError(`${f.domain} publishes no contact address on the pages the crawl stored (DSA point of contact, legal representative, imprint, contact page or terms): crawl its legal pages ("dijkwacht crawl --seed https://${f.domain}/ --max-depth 1"), or pass --address with an address found another way.`);
  const operator = await claimedOperator(repo, f.domain);
  return { type: 'site', name: operator?.name ?? f.domain, email, web: null };
}

const languageName = (code: string, inLang: string): string => {
  try {
    return new Intl.DisplayNames([inLang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

const localDate = (iso: string, lang: string): string => {
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: READER_TIME_ZONE }).format(new Date(iso));
  } catch {
    return iso.slice(0, 10);
  }
};

/** The notice in `lang` from templates/recipients/site.<lang>.json, or why there is none. */
function translation(lang: string, domains: string[], respondBy: string): SiteTranslation | string {
  const file = templateFile('site', lang as Lang);
  if (!existsSync(file)) return `there is no ${file}`;
  const t = kindTemplate('site', lang as Lang);
  const missing = TRANSLATION_KEYS.filter((k) => typeof t[k] !== 'string' || t[k] === '');
  if (missing.length > 0) return `${file} has no text for ${missing.map((k) => `"${k}"`).join(', ')}`;
  const date = localDate(respondBy, lang);
  return { language: lang, subject: fillTemplate(t.subject!, { domains: domains.join(', ') }), requestedAction: t.requestedAction!, explanation: t.explanation!, deadline: fillTemplate(t.deadlineNotice!, { date }) };
}

async function siteSpecific({ req, packet: p, warnings }: SpecificContext): Promise<SpecificPart> {
  const repo = new SqliteEntityRepository(req.catalog);
  const domains = p.domains.map((d) => d.domain);
  const contacts: SiteSpecific['contacts'] = [];
  const languages = new Map<string, string[]>();
  let operator: SiteSpecific['operator'] = null;
  for (const d of domains) {
    for (const c of await siteContacts(repo, d)) if (!contacts.some((x) => x.email === c.email)) contacts.push({ ...c, domain: d });
    const claim = await claimedOperator(repo, d);
    if (!operator && claim && claim.confidence !== 'low') operator = { name: claim.name, url: claim.url, confidence: claim.confidence };
    const lang = await repo.siteLanguage(d);
    if (lang) languages.set(lang, [...(languages.get(lang) ?? []), d]);
  }
  const siteLanguage = [...languages.entries()].sort((a, b) => b[1].length - a[1].length)[0]?.[0] ?? null;
  const translations: SiteTranslation[] = [];
  for (const [lang, of] of languages) {
    if (lang === 'nl' || lang === 'en') continue;
    const t = translation(lang, domains, p.respondBy);
    if (typeof t === 'string') warnings.push(`${listOf(of, 'and')} ${of.length === 1 ? 'is' : 'are'} in ${languageName(lang, 'en')} (${lang}), but ${t}: the packet is in ${p.language === 'nl' ? 'Dutch' : 'English'} only. Add that file (keys subject, requestedAction, ${TRANSLATION_KEYS.join(', ')}; see templates/recipients/README.md) for a version in the site's own language.`);
    else translations.push(t);
  }
  if (languages.has('nl') && p.language !== 'nl') warnings.push(`${listOf(languages.get('nl')!, 'and')} ${languages.get('nl')!.length === 1 ? 'is' : 'are'} in Dutch: build the packet with --lang nl to write to the operator in its own language.`);
  const others = contacts.filter((c) => c.email !== p.recipient.email);
  if (others.length > 0) warnings.push(`The site publishes ${others.length === 1 ? 'another address' : `${others.length} more addresses`} (${others.map((c) => `${c.email}, ${c.role}`).join('; ')}); the e-mail draft goes to ${p.recipient.email ?? 'no address'}: copy the others in if every published route should get it.`);
  warnings.push('This packet goes to the operator of the service itself: it names you and shows what evidence exists. Decide whether the operator should see it before the host and the registrar act (an operator that is warned may move the service).');
  const deadlineNotice = fillTemplate(kindTemplate('site', p.language).deadlineNotice!, { date: longDay(p.respondBy, p.language) });
  return { site: { operator, contacts, siteLanguage, deadlineNotice, translations } };
}

const longDay = (iso: string, lang: Lang): string => localDate(iso, lang === 'nl' ? 'nl-NL' : 'en-GB');

const LABELS: Record<Lang, { contacts: string; operator: string; confidence: Record<'high' | 'medium', string>; role: Record<ContactRole, string> }> = {
  en: {
    contacts: 'Contact points the site publishes',
    operator: 'operator named by the site',
    confidence: { high: 'named on its imprint', medium: 'named on its own pages' },
    role: { 'dsa-contact': 'single point of contact (Arts. 11 and 12 DSA)', 'legal-representative': 'legal representative (Art. 13 DSA)', complaints: 'address for complaints about content', imprint: 'imprint', contact: 'contact page', terms: 'terms of service', page: 'page of the site' },
  },
  nl: {
    contacts: 'Contactpunten die de site publiceert',
    operator: 'exploitant volgens de site',
    confidence: { high: 'genoemd in het colofon', medium: 'genoemd op de eigen pagina\'s' },
    role: { 'dsa-contact': 'centraal contactpunt (art. 11 en 12 DSA)', 'legal-representative': 'wettelijk vertegenwoordiger (art. 13 DSA)', complaints: 'adres voor klachten over inhoud', imprint: 'colofon', contact: 'contactpagina', terms: 'gebruiksvoorwaarden', page: 'pagina van de site' },
  },
};

function siteHtml(p: ReferralPacket): string {
  const s = p.recipientSpecific.site;
  if (!s) return '';
  const L = LABELS[p.language];
  const operator = s.operator ? row(L.operator, `${esc(s.operator.name)} (${esc(L.confidence[s.operator.confidence])})<br>${urlHtml(s.operator.url)}`) : '';
  const contacts = s.contacts.map((c) => row(L.role[c.role], `<span class="addr">${esc(c.email)}</span><br>${urlHtml(c.url)}`)).join('');
  const translations = s.translations
    .map((t) => `<div lang="${esc(t.language)}"><h2>${esc(languageName(t.language, t.language))}</h2><h3>${esc(t.subject)}</h3><p>${esc(t.requestedAction)}</p><p>${esc(t.explanation)}</p><p><b>${esc(t.deadline)}</b></p></div>`)
    .join('');
  return `<h2>${esc(L.contacts)}</h2><table class="kv">${operator}${contacts}</table><p><b>${esc(s.deadlineNotice)}</b></p>${translations}`;
}

/** The operator of the site itself, through the contact points it publishes. */
export const SITE: RecipientKind = {
  id: 'site',
  who: 'the operator of the site itself',
  foundFrom: 'the contact points the site publishes (DSA point of contact, legal representative, address for complaints, imprint, contact page, terms), from the pages the crawl stored',
  refers: true,
  defaultLang: 'en',
  silenceDays: 5,
  escalation: () => ['host'],
  legalGrounds: ['Art. 139h Sr', 'Art. 16 DSA', 'Arts. 11, 12 and 13 DSA'],
  groundIds: () => ['nl-sr-139h', 'dsa-16', 'dsa-11-12', 'dsa-13'],
  grounds: {
    'dsa-13': {
      citation: { en: 'Digital Services Act, Art. 13', nl: 'Digital Services Act, art. 13' },
      summary: {
        en: 'A provider of intermediary services that has no establishment in the Union but offers its services in the Union must designate in writing a legal or natural person as its legal representative in one of the Member States where it offers its services (Art. 13(1)). The representative can be held liable for non-compliance with the Regulation (Art. 13(3)); its name, postal address, e-mail address and telephone number must be notified to the Digital Services Coordinator and be public, easily accessible and accurate (Art. 13(4)).',
        nl: 'Een aanbieder van tussenhandeldiensten die geen vestiging in de Unie heeft maar er wel diensten aanbiedt, moet schriftelijk een rechtspersoon of natuurlijke persoon aanwijzen als wettelijk vertegenwoordiger in een van de lidstaten waar hij zijn diensten aanbiedt (art. 13 lid 1). De vertegenwoordiger kan aansprakelijk worden gesteld voor niet-naleving van de verordening (art. 13 lid 3); naam, postadres, e-mailadres en telefoonnummer moeten aan de Digitaledienstencoördinator worden gemeld en openbaar, gemakkelijk toegankelijk en juist zijn (art. 13 lid 4).',
      },
    },
  },
  templateKeys: ['deadlineNotice'],
  recipientFor,
  specific: siteSpecific,
  specificHtml: siteHtml,
};
