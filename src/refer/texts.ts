import { longDate } from '../core/time.js';
import type { Lang } from './legal.js';
import type { PacketDomain, PacketEvidence, RecipientType } from './packet-types.js';
import { WORDS } from './labels.js';
import { fillTemplate, kindTemplate } from './kinds/templates.js';

/** The prose of a packet in Dutch and English. Facts are filled in; nothing here is invented per case. */
export interface PacketTexts {
  subject(recipient: RecipientType, domains: string[], gtld: boolean): string;
  summary(recipient: RecipientType, recipientName: string, domains: string[]): string;
  explanation: string;
  goodFaith: string;
  requestedAction(recipient: RecipientType, gtld: boolean): string;
  notDnsAbuse: string;
  registrarFramework(gtld: boolean): string;
  hostDisclosure(cdn: string): string;
  cdnComments(domain: PacketDomain): string;
  obligations: { noticeArticle: string; contactArticle: string; notice: (n: number, silent: number) => string; contact: (found: boolean) => string };
  verification: string;
  automated(domains: string[]): string;
  confirmed: string;
  evidenceLine(evidence: PacketEvidence[]): string;
  respondBy(iso: string): string;
  nominee: { redacted: string; noOrg: string; privacy: (org: string) => string };
  silence(days: number, threshold: number): string;
  evidencePack(bundles: number, reporter: string, email: string): string;
  fullBundle(reporter: string, email: string): string;
}

export const listOf = (items: string[], and: string): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)!}`);

/** A text from the kind's template file; a kind-specific key (e.g. subjectGtld) falls back to the plain one where the kind has none. */
function kindText(kind: RecipientType, lang: Lang, key: string, values: Record<string, string> = {}): string {
  const t = kindTemplate(kind, lang);
  const plain = key.replace(/Gtld$/, '');
  return fillTemplate(t[key] ?? t[plain]!, values);
}

/** How the addressee is named after its name in the summary: the kind's optional `addressedAs` template text, else the plain role. */
function addressedAs(kind: RecipientType, lang: Lang, plain: string): string {
  return kindTemplate(kind, lang).addressedAs ?? plain;
}

function statusCounts(evidence: PacketEvidence[], lang: Lang): string {
  const counts = new Map<string, number>();
  for (const e of evidence) counts.set(e.status, (counts.get(e.status) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${n} ${WORDS[lang].status[s] ?? s.toLowerCase()}`).join(', ');
}

const en: PacketTexts = {
  subject: (r, domains, gtld) => kindText(r, 'en', gtld ? 'subjectGtld' : 'subject', { domains: listOf(domains, 'and') }),
  summary: (to, name, domains) =>
    `This dossier reports ${domains.length === 1 ? `an online service (${domains[0]!}) that turns` : `${domains.length} online services (${listOf(domains, 'and')}) that turn`} a photo of a real person into a sexual image of that person without their consent (a "nudify" or sexual-deepfake service). It is addressed to ${name}${addressedAs(to, 'en', ' as the party that can act on it')}. Every statement in it refers to dated, signed and timestamped evidence that can be verified independently.`,
  explanation:
    'The service invites its users to upload a photo of any person and returns an image in which that person appears undressed or in a sexual scene. The person depicted is not a party to this and is not asked for consent; the service has no means to obtain it. Making such an image of a person, and disclosing it to their detriment, are criminal offences in the Netherlands under Article 139h of the Criminal Code, which covers manufactured images. The service exists to produce these images: its own pages say so, as quoted below.',
  goodFaith: 'I declare in good faith that the information and allegations in this notice are, to the best of my knowledge, accurate and complete (Art. 16(2)(d) DSA).',
  requestedAction: (to, gtld) => kindText(to, 'en', gtld ? 'requestedActionGtld' : 'requestedAction'),
  notDnsAbuse:
    'This is a report of illegal content and illegal activity, not of "DNS Abuse" in ICANN\'s 2024 sense (malware, botnets, phishing, pharming, spam). Please route it to the team that handles reports of illegal activity, not close it as out of scope.',
  registrarFramework: (gtld) => (gtld ? 'ICANN RAA 2013 §3.18.1 (abuse report about a gTLD name)' : 'the registrar\'s own terms for this country-code domain and Art. 16 DSA; the registry\'s rules apply'),
  hostDisclosure: (cdn) =>
    `${cdn} acts as a reverse proxy for these hostnames, so their hosting provider is hidden. We ask ${cdn} to forward this report to the hosting provider and the website owner, and to tell us which hosting provider serves the origin, so that we can send it a notice under Art. 16 DSA directly.`,
  cdnComments: (d) => `Service that produces non-consensual sexual images of real people from uploaded photos (Art. 139h Dutch Criminal Code). Evidence: ${d.evidence.map((e) => `${e.url} captured ${longDate(e.capturedAt, 'en')}, bundle ${e.bundleId}`).join('; ')}.`,
  obligations: {
    noticeArticle: 'Art. 16 DSA',
    contactArticle: 'Arts. 11 and 12 DSA',
    notice: (n, silent) => `${n === 1 ? 'One notice was' : `${n} notices were`} sent to this provider; ${silent === 0 ? 'none' : silent === n ? (n === 1 ? 'it' : 'all') : String(silent)} received no decision (see the earlier notices). Art. 16(5) and (6) require a timely, diligent decision communicated to the notifier.`,
    contact: (found) => (found ? 'A point of contact was found and used (see the addresses in this dossier).' : 'No single point of contact for recipients could be found; the abuse address from registry or regional internet registry data was used instead.'),
  },
  verification:
    'Each evidence bundle is a folder with manifest.json (the SHA-256 of every file), a CMS signature over the manifest (manifest.json.p7s), RFC 3161 timestamp tokens and a custody log. Its VERIFY.md lists the exact sha256sum and openssl commands, to be run as written. The screenshots in this dossier are safe-view copies in which all imagery is pixelated.',
  automated: (domains) => `The label of ${listOf(domains, 'and')} was assigned by automatic classification and has not been confirmed by an analyst. The quoted words from the site's own pages are the basis for it.`,
  confirmed: 'Confirmed by an analyst on the basis of the quoted words from the site\'s own pages.',
  evidenceLine: (evidence) => (evidence.length === 0 ? 'no capture' : `${evidence.length === 1 ? 'one capture' : `${evidence.length} captures`} (${statusCounts(evidence, 'en')}), each signed and timestamped; the SHA-256 of each manifest is listed in this dossier`),
  respondBy: (iso) => longDate(iso, 'en', { dateOnly: true }),
  nominee: { redacted: 'the registrant data is redacted in the registry\'s answer', noOrg: 'no registrant organisation is published', privacy: (org) => `the registrant "${org}" appears to be a privacy or nominee service` },
  silence: (days, threshold) => `no acknowledgement or decision ${days} days after sending (the answer was asked within ${threshold} days)`,
  evidencePack: (n, reporter, email) =>
    `evidence-pack.zip, sent with this dossier, holds for ${n === 1 ? 'the bundle' : `each of the ${n} bundles`} cited here its manifest, signature, timestamp tokens, the timestamp authority's certificate chain, the custody log, VERIFY.md and the safe-view screenshots, so that every hash cited here can be checked. ${en.fullBundle(reporter, email)}`,
  fullBundle: (reporter, email) => `The full bundle, with the sealed originals, is available to competent authorities on request from ${reporter} (${email}), quoting the bundle id.`,
};

const nl: PacketTexts = {
  subject: (r, domains, gtld) => kindText(r, 'nl', gtld ? 'subjectGtld' : 'subject', { domains: listOf(domains, 'en') }),
  summary: (to, name, domains) =>
    `Dit dossier meldt ${domains.length === 1 ? `een onlinedienst (${domains[0]!}) die een foto van een echte persoon omzet` : `${domains.length} onlinediensten (${listOf(domains, 'en')}) die een foto van een echte persoon omzetten`} in een seksueel beeld van die persoon zonder diens toestemming (een "nudify"- of seksuele-deepfakedienst). Het is gericht aan ${name}${addressedAs(to, 'nl', ' als partij die kan optreden')}. Elke bewering erin verwijst naar gedateerd, ondertekend en van een tijdstempel voorzien bewijs dat onafhankelijk te controleren is.`,
  explanation:
    'De dienst nodigt gebruikers uit een foto van wie dan ook te uploaden en levert een beeld waarop die persoon ontkleed of in een seksuele situatie te zien is. De afgebeelde persoon is hierbij geen partij en wordt niet om toestemming gevraagd; de dienst kan die ook niet verkrijgen. Het vervaardigen van zo\'n afbeelding van een persoon en het openbaar maken ervan ten nadele van die persoon zijn in Nederland strafbaar op grond van artikel 139h van het Wetboek van Strafrecht, dat ook vervaardigde beelden omvat. De dienst bestaat om deze beelden te maken: de eigen pagina\'s zeggen dat, zoals hieronder geciteerd.',
  goodFaith: 'Ik verklaar te goeder trouw dat de informatie en beweringen in deze melding naar mijn beste weten juist en volledig zijn (art. 16 lid 2 onder d DSA).',
  requestedAction: (to, gtld) => kindText(to, 'nl', gtld ? 'requestedActionGtld' : 'requestedAction'),
  notDnsAbuse:
    'Dit is een melding van illegale inhoud en illegale activiteit, niet van "DNS Abuse" in de zin van ICANN (2024: malware, botnets, phishing, pharming, spam). Stuur haar door naar het team dat meldingen van illegale activiteit behandelt; sluit haar niet als buiten de reikwijdte.',
  registrarFramework: (gtld) => (gtld ? 'ICANN RAA 2013, §3.18.1 (abuse-melding over een gTLD-naam)' : 'de eigen voorwaarden van de registrar voor deze landcode-domeinnaam en art. 16 DSA; de regels van de registry gelden'),
  hostDisclosure: (cdn) =>
    `${cdn} treedt op als reverse proxy voor deze hostnamen, waardoor de hostingprovider verborgen blijft. Wij vragen ${cdn} deze melding door te sturen naar de hostingprovider en de eigenaar van de website, en ons te laten weten welke hostingprovider de originserver bedient, zodat wij die rechtstreeks een melding op grond van art. 16 DSA kunnen sturen.`,
  cdnComments: (d) => `Dienst die van geüploade foto's seksuele beelden van echte personen maakt zonder hun toestemming (art. 139h Wetboek van Strafrecht). Bewijs: ${d.evidence.map((e) => `${e.url}, vastgelegd op ${longDate(e.capturedAt, 'nl')}, bundel ${e.bundleId}`).join('; ')}.`,
  obligations: {
    noticeArticle: 'art. 16 DSA',
    contactArticle: 'art. 11 en 12 DSA',
    notice: (n, silent) => `Aan deze aanbieder ${n === 1 ? 'is één melding' : `zijn ${n} meldingen`} gestuurd; op ${silent === 0 ? 'geen daarvan' : silent === n ? (n === 1 ? 'die melding' : 'alle') : `${silent} daarvan`} kwam geen besluit (zie de eerdere meldingen). Art. 16 lid 5 en 6 DSA vereisen een tijdig en zorgvuldig besluit dat aan de melder wordt meegedeeld.`,
    contact: (found) => (found ? 'Er is een contactpunt gevonden en gebruikt (zie de adressen in dit dossier).' : 'Er is geen centraal contactpunt voor afnemers gevonden; het abuse-adres uit de gegevens van de registry of het regionale internetregister is gebruikt.'),
  },
  verification:
    'Elke bewijsbundel is een map met manifest.json (de SHA-256 van elk bestand), een CMS-handtekening over het manifest (manifest.json.p7s), RFC 3161-tijdstempels en een logboek van de bewaarketen. De VERIFY.md in de bundel noemt de exacte sha256sum- en openssl-opdrachten, uit te voeren zoals ze er staan. De schermafbeeldingen in dit dossier zijn veilige kopieën waarin alle beelden gepixeld zijn.',
  automated: (domains) => `Het label van ${listOf(domains, 'en')} is door automatische classificatie toegekend en niet door een analist bevestigd. De geciteerde woorden van de eigen pagina's van de site zijn de grondslag ervan.`,
  confirmed: 'Bevestigd door een analist op grond van de geciteerde woorden van de eigen pagina\'s van de site.',
  evidenceLine: (evidence) => (evidence.length === 0 ? 'geen vastlegging' : `${evidence.length === 1 ? 'één vastlegging' : `${evidence.length} vastleggingen`} (${statusCounts(evidence, 'nl')}), elk ondertekend en van een tijdstempel voorzien; de SHA-256 van elk manifest staat in dit dossier`),
  respondBy: (iso) => longDate(iso, 'nl', { dateOnly: true }),
  nominee: { redacted: 'de registrantgegevens zijn afgeschermd in het antwoord van de registry', noOrg: 'er is geen organisatie als registrant gepubliceerd', privacy: (org) => `de registrant "${org}" lijkt een privacy- of tussenpersoondienst te zijn` },
  silence: (days, threshold) => `geen ontvangstbevestiging of besluit ${days} dagen na verzending (om een antwoord binnen ${threshold} dagen was gevraagd)`,
  evidencePack: (n, reporter, email) =>
    `Het bewijspakket evidence-pack.zip, dat met dit dossier wordt meegestuurd, bevat voor ${n === 1 ? 'de genoemde bundel' : `elk van de ${n} genoemde bundels`} het manifest, de handtekening, de tijdstempels, de certificaatketen van de tijdstempeldienst, het logboek van de bewaarketen, VERIFY.md en de veilige schermafbeeldingen, zodat elke hash in dit dossier te controleren is. ${nl.fullBundle(reporter, email)}`,
  fullBundle: (reporter, email) => `De volledige bundel, met de verzegelde originelen, is voor bevoegde autoriteiten op verzoek verkrijgbaar bij ${reporter} (${email}), onder vermelding van het bundel-id.`,
};

/** The good-faith statement of a kind: its template's optional `goodFaith` (for recipients outside the DSA), else the Art. 16(2)(d) DSA statement. */
export function goodFaithFor(kind: RecipientType, lang: Lang): string {
  return kindTemplate(kind, lang).goodFaith ?? packetTexts(lang).goodFaith;
}

export function packetTexts(lang: Lang): PacketTexts {
  return lang === 'nl' ? nl : en;
}
