import type { EntityRepository } from '../catalog/repositories/entity-pages.js';
import type { Lang } from './legal.js';
import type { PacketDomain } from './packet-types.js';

export type NlIndicatorKind = 'dutch-language' | 'euro-prices' | 'ideal' | 'nl-domain' | 'nl-hosting';

/** One fact from the evidence that the service is directed at people in the Netherlands (Art. 3(e) and recital 8 DSA). */
export interface NlIndicator {
  domain: string;
  kind: NlIndicatorKind;
  /** The fact, in the packet's language. */
  finding: string;
  /** Where it is seen: a page URL, the registry data or the network data. */
  source: string;
}

export interface DirectedAtNetherlands {
  indicators: NlIndicator[];
  /** One sentence on what the indicators together mean for the recipient, in the packet's language. */
  conclusion: string;
}

const TEXT: Record<Lang, { heading: string; none: string; some: string; findings: Record<NlIndicatorKind, (v: string) => string> }> = {
  en: {
    heading: 'Directed at the Netherlands',
    none: 'The evidence holds no specific sign that the service is directed at the Netherlands.',
    some: 'These facts from the evidence show that the service directs its activities at the Netherlands: a substantial connection to the Union in the sense of Art. 3(e) and recital 8 DSA.',
    findings: {
      'dutch-language': () => 'The pages of the service are written in Dutch.',
      'euro-prices': (v) => `The service shows prices in euros (${v}).`,
      ideal: () => 'The service offers payment with iDEAL, a payment method used in the Netherlands.',
      'nl-domain': (v) => `The service uses the Dutch country-code domain ${v}.`,
      'nl-hosting': (v) => `The service is hosted on a network in the Netherlands (${v}).`,
    },
  },
  nl: {
    heading: 'Gericht op Nederland',
    none: 'Het bewijs bevat geen specifieke aanwijzing dat de dienst op Nederland is gericht.',
    some: 'Deze feiten uit het bewijs tonen dat de dienst zijn activiteiten op Nederland richt: een wezenlijke band met de Unie in de zin van art. 3, onder e, en overweging 8 DSA.',
    findings: {
      'dutch-language': () => 'De pagina\'s van de dienst zijn in het Nederlands geschreven.',
      'euro-prices': (v) => `De dienst toont prijzen in euro (${v}).`,
      ideal: () => 'De dienst biedt betaling met iDEAL, een betaalmethode in Nederland.',
      'nl-domain': (v) => `De dienst gebruikt de Nederlandse landcode-domeinnaam ${v}.`,
      'nl-hosting': (v) => `De dienst wordt gehost op een netwerk in Nederland (${v}).`,
    },
  },
};

export const nlHeading = (lang: Lang): string => TEXT[lang].heading;

const EURO = /€\s?\d+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?\s?(?:€|EUR\b)/;

/**
 * The facts in the evidence that the service is directed at the Netherlands: its language, prices
 * in euros, iDEAL, a .nl name, hosting in the Netherlands. Only what the stored pages and lookups
 * show; an empty list says so in the packet.
 */
export async function directedAtNetherlands(repo: EntityRepository, domains: PacketDomain[], lang: Lang): Promise<DirectedAtNetherlands> {
  const f = TEXT[lang].findings;
  const out: NlIndicator[] = [];
  for (const d of domains) {
    const pages = await repo.pages(d.domain);
    const quotes = d.reasons.map((r) => ({ url: r.url, text: r.quote ?? '' }));
    const texts = [...pages.map((p) => ({ url: p.url, text: `${p.title ?? ''} ${p.text}` })), ...quotes];
    if ((await repo.siteLanguage(d.domain)) === 'nl') out.push({ domain: d.domain, kind: 'dutch-language', finding: f['dutch-language'](''), source: pages[0]?.url ?? d.urls[0] ?? d.domain });
    const euro = texts.map((t) => ({ url: t.url, m: EURO.exec(t.text) })).find((x) => x.m);
    if (euro?.m) out.push({ domain: d.domain, kind: 'euro-prices', finding: f['euro-prices'](euro.m[0].trim()), source: euro.url });
    const ideal = texts.find((t) => /\biDEAL\b/.test(t.text));
    if (ideal) out.push({ domain: d.domain, kind: 'ideal', finding: f.ideal(''), source: ideal.url });
    if ((d.tld ?? d.domain.split('.').at(-1)) === 'nl') out.push({ domain: d.domain, kind: 'nl-domain', finding: f['nl-domain'](d.registrableDomain ?? d.domain), source: d.lookup.source });
    const nlHost = d.hosting.find((h) => (h.country ?? '').toUpperCase() === 'NL');
    if (nlHost) out.push({ domain: d.domain, kind: 'nl-hosting', finding: f['nl-hosting'](`${nlHost.org ?? nlHost.network ?? nlHost.ip}, ${nlHost.ip}`), source: nlHost.asn ? `AS${nlHost.asn.replace(/^AS/i, '')}` : nlHost.ip });
  }
  return { indicators: out, conclusion: out.length > 0 ? TEXT[lang].some : TEXT[lang].none };
}
