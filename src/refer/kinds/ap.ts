import { SqliteEntityRepository } from '../../catalog/repositories/entity-pages.js';
import { escapeXml as esc } from '../../core/html.js';
import { entityClaims, type EntityClaim } from '../entity.js';
import { row, urlHtml } from '../html-parts.js';
import type { GroundText, RecipientKind, SpecificContext, SpecificPart } from './recipient-kind.js';
import type { Lang } from '../legal.js';
import type { PacketDomain, ReferralPacket } from '../packet-types.js';
import { authority } from '../recipients.js';

/** What the AP needs: who controls the processing, who takes part in it, what it is, why Dutch and EU law reach it, and what is asked. */
export interface ApSpecific {
  controllers: { domain: string; claims: EntityClaim[]; registrantOrganisation: string | null }[];
  parties: { domain: string; role: 'host' | 'cdn' | 'registrar'; name: string; country: string | null }[];
  processing: string;
  territorial: string[];
  measures: string[];
}

declare module '../packet-types.js' {
  interface RecipientSpecific {
    ap?: ApSpecific;
  }
}

const MAX_CLAIMS = 3;

const T: Record<Lang, { controllers: string; parties: string; processing: string; territorial: string; measures: string; none: string; registrant: string; role: Record<ApSpecific['parties'][number]['role'], string>; text: { processing: string; reach: (n: number) => string; thirdCountry: string; measures: string[] } }> = {
  nl: {
    controllers: 'Verwerkingsverantwoordelijke',
    parties: 'Betrokken dienstverleners',
    processing: 'De verwerking',
    territorial: 'Territoriale aanknopingspunten',
    measures: 'Gevraagde maatregelen',
    none: 'De dienst noemt op zijn eigen pagina’s geen onderneming.',
    registrant: 'registrant volgens de registratiegegevens',
    role: { host: 'hostingprovider', cdn: 'CDN', registrar: 'registrar' },
    text: {
      processing:
        'Gebruikers uploaden een foto van een herkenbare persoon; zo’n foto is een persoonsgegeven van die persoon (art. 4 lid 1 AVG). De dienst verwerkt de foto tot een beeld waarop die persoon ontkleed of in een seksuele situatie te zien is. De afgebeelde persoon geeft daarvoor geen toestemming, en geen andere grondslag van art. 6 lid 1 AVG kan deze verwerking rechtvaardigen; beelden die iemand in een seksuele situatie tonen, hebben bovendien betrekking op het seksuele gedrag van die persoon (art. 9 lid 1 AVG).',
      reach: (n) => (n > 0 ? `De dienst richt zich op mensen in Nederland: ${n === 1 ? 'één aanwijzing staat' : `${n} aanwijzingen staan`} in de paragraaf over de gerichtheid op Nederland.` : 'In het bewijs is geen specifieke gerichtheid op Nederland gevonden; de dienst is wel vanuit Nederland bereikbaar en bruikbaar.'),
      thirdCountry: 'Is de verwerkingsverantwoordelijke niet in de Unie gevestigd, dan geldt de AVG toch voor verwerkingen die verband houden met het aanbieden van diensten aan betrokkenen in de Unie (art. 3 lid 2 onder a AVG), en moet hij een vertegenwoordiger in de Unie aanwijzen (art. 27 AVG).',
      measures: [
        'een onderzoek naar de verwerking en naar wie de verwerkingsverantwoordelijke is;',
        'een tijdelijke of definitieve verwerkingsbeperking, waaronder een verwerkingsverbod (art. 58 lid 2 onder f AVG);',
        'samenwerking met de leidende toezichthouder of de toezichthouder van het land van vestiging, waar die bevoegd is.',
      ],
    },
  },
  en: {
    controllers: 'Controller',
    parties: 'Service providers involved',
    processing: 'The processing',
    territorial: 'Territorial connection',
    measures: 'Measures asked for',
    none: 'The service names no company on its own pages.',
    registrant: 'registrant according to the registration data',
    role: { host: 'hosting provider', cdn: 'CDN', registrar: 'registrar' },
    text: {
      processing:
        'Users upload a photo of a recognisable person; such a photo is personal data of that person (Art. 4(1) GDPR). The service processes the photo into an image in which that person appears undressed or in a sexual situation. The person depicted gives no consent, and no other ground of Art. 6(1) GDPR can justify this processing; images that show someone in a sexual situation also concern that person’s sex life (Art. 9(1) GDPR).',
      reach: (n) => (n > 0 ? `The service is directed at people in the Netherlands: ${n === 1 ? 'one indicator is' : `${n} indicators are`} listed in the section on the Netherlands.` : 'The evidence shows no specific targeting of the Netherlands; the service can, however, be reached and used from the Netherlands.'),
      thirdCountry: 'Where the controller is not established in the Union, the GDPR still applies to processing related to offering services to data subjects in the Union (Art. 3(2)(a) GDPR), and the controller must designate a representative in the Union (Art. 27 GDPR).',
      measures: [
        'an investigation into the processing and into who the controller is;',
        'a temporary or definitive limitation of the processing, including a ban (Art. 58(2)(f) GDPR);',
        'cooperation with the lead supervisory authority or the authority of the country of establishment, where it is competent.',
      ],
    },
  },
};

const GROUNDS: Record<string, GroundText> = {
  'gdpr-4-1': {
    citation: { en: 'Regulation (EU) 2016/679 (GDPR), Art. 4(1)', nl: 'Verordening (EU) 2016/679 (AVG), art. 4 lid 1' },
    summary: { en: 'Personal data is any information relating to an identified or identifiable natural person; a photo in which a person can be recognised is personal data of that person.', nl: 'Een persoonsgegeven is alle informatie over een geïdentificeerde of identificeerbare natuurlijke persoon; een foto waarop iemand herkenbaar is, is een persoonsgegeven van die persoon.' },
  },
  'gdpr-6-1': {
    citation: { en: 'GDPR, Art. 6(1)', nl: 'AVG, art. 6 lid 1' },
    summary: { en: 'Processing is lawful only if and to the extent that one of the grounds listed applies, such as the consent of the data subject.', nl: 'Een verwerking is alleen rechtmatig als en voor zover een van de genoemde grondslagen van toepassing is, zoals toestemming van de betrokkene.' },
  },
  'gdpr-9-1': {
    citation: { en: 'GDPR, Art. 9(1)', nl: 'AVG, art. 9 lid 1' },
    summary: { en: 'Processing of data concerning a natural person’s sex life is prohibited, unless one of the exceptions of Art. 9(2) applies.', nl: 'Het verwerken van gegevens met betrekking tot iemands seksueel gedrag is verboden, tenzij een van de uitzonderingen van art. 9 lid 2 van toepassing is.' },
  },
  'gdpr-3-2': {
    citation: { en: 'GDPR, Art. 3(2)(a) and Art. 27', nl: 'AVG, art. 3 lid 2 onder a en art. 27' },
    summary: { en: 'The GDPR applies to a controller not established in the Union where the processing relates to offering goods or services to data subjects in the Union; such a controller must designate a representative in the Union.', nl: 'De AVG geldt voor een verwerkingsverantwoordelijke die niet in de Unie is gevestigd als de verwerking verband houdt met het aanbieden van goederen of diensten aan betrokkenen in de Unie; zo’n verwerkingsverantwoordelijke moet een vertegenwoordiger in de Unie aanwijzen.' },
  },
  'gdpr-58-2-f': {
    citation: { en: 'GDPR, Art. 58(2)(f)', nl: 'AVG, art. 58 lid 2 onder f' },
    summary: { en: 'Each supervisory authority has the corrective power to impose a temporary or definitive limitation, including a ban, on processing.', nl: 'Elke toezichthoudende autoriteit heeft de corrigerende bevoegdheid een tijdelijke of definitieve verwerkingsbeperking, waaronder een verwerkingsverbod, op te leggen.' },
  },
};

function partiesOf(d: PacketDomain): ApSpecific['parties'] {
  const out: ApSpecific['parties'] = [];
  for (const h of d.hosting.filter((x) => x.holderKnown)) {
    const name = h.org ?? h.network;
    if (name && !out.some((o) => o.role === 'host' && o.name === name)) out.push({ domain: d.domain, role: 'host', name, country: h.country });
  }
  if (d.cdn) out.push({ domain: d.domain, role: 'cdn', name: d.cdn.name, country: null });
  if (d.registrar.name) out.push({ domain: d.domain, role: 'registrar', name: d.registrar.name, country: null });
  return out;
}

async function apSpecific({ req, packet: p, warnings }: SpecificContext): Promise<SpecificPart> {
  const t = T[p.language].text;
  const repo = new SqliteEntityRepository(req.catalog);
  const controllers: ApSpecific['controllers'] = [];
  for (const d of p.domains) {
    const claims = (await entityClaims(repo, d.domain, req.store)).claims.slice(0, MAX_CLAIMS);
    controllers.push({ domain: d.domain, claims, registrantOrganisation: d.registrant.org });
    if (claims.length === 0 && !d.registrant.org) warnings.push(`${d.domain} names no company on its stored pages and the registration data names none: the AP packet says so. Crawl its imprint and terms pages ("dijkwacht entity ${d.domain}") if they exist.`);
  }
  const territorial = [t.reach(p.directedAtNetherlands.indicators.length), t.thirdCountry];
  return { ap: { controllers, parties: p.domains.flatMap(partiesOf), processing: t.processing, territorial, measures: t.measures } };
}

function apHtml(p: ReferralPacket): string {
  const s = p.recipientSpecific.ap;
  if (!s) return '';
  const L = T[p.language];
  const controllers = s.controllers
    .map((c) => {
      const claims = c.claims.map((x) => `<li>${esc(x.name)} — ${urlHtml(x.url)}</li>`).join('');
      const reg = c.registrantOrganisation ? `<li>${esc(c.registrantOrganisation)} (${esc(L.registrant)})</li>` : '';
      return `<h3>${esc(c.domain)}</h3>${claims || reg ? `<ul>${claims}${reg}</ul>` : `<p>${esc(L.none)}</p>`}`;
    })
    .join('');
  const parties = s.parties.length > 0 ? `<table class="kv">${s.parties.map((x) => row(`${x.domain}: ${L.role[x.role]}`, `${esc(x.name)}${x.country ? `, ${esc(x.country)}` : ''}`)).join('')}</table>` : '<p>—</p>';
  return `<h2>${esc(L.controllers)}</h2>${controllers}
<h2>${esc(L.parties)}</h2>${parties}
<h2>${esc(L.processing)}</h2><p>${esc(s.processing)}</p>
<h2>${esc(L.territorial)}</h2>${s.territorial.map((x) => `<p>${esc(x)}</p>`).join('')}
<h2>${esc(L.measures)}</h2><ul>${s.measures.map((m) => `<li>${esc(m)}</li>`).join('')}</ul>`;
}

export const AP: RecipientKind = {
  id: 'ap',
  who: 'the Autoriteit Persoonsgegevens, the Dutch data protection authority',
  foundFrom: 'data/recipients.json',
  refers: true,
  defaultLang: 'nl',
  silenceDays: 90,
  escalation: () => [],
  legalGrounds: ['Arts. 4(1), 6(1), 9(1), 3(2), 27 and 58(2)(f) GDPR', 'Art. 139h Sr'],
  groundIds: () => ['gdpr-4-1', 'gdpr-6-1', 'gdpr-9-1', 'gdpr-3-2', 'gdpr-58-2-f', 'nl-sr-139h'],
  grounds: GROUNDS,
  templateKeys: [],
  recipientFor(_f, opts) {
    const a = authority('ap');
    return { type: 'ap', name: a.name, email: opts.address ?? a.email, web: a.web };
  },
  specific: apSpecific,
  specificHtml: apHtml,
};
