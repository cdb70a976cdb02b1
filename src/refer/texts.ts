import type { Lang } from './legal.js';
import type { PacketDomain, RecipientType } from './packet-types.js';

/** The prose of a packet in Dutch and English. Facts are filled in; nothing here is invented per case. */
export interface PacketTexts {
  subject(recipient: RecipientType, domains: string[]): string;
  summary(recipientName: string, domains: PacketDomain[]): string;
  explanation(domains: PacketDomain[]): string;
  goodFaith: string;
  requestedAction: Record<RecipientType, string>;
  notDnsAbuse: string;
  registrarFramework(gtld: boolean): string;
  hostDisclosure(cdn: string): string;
  cdnComments(domain: PacketDomain): string;
  obligations: { notice: (n: number, silent: number) => string; contact: (found: boolean) => string };
  verification: string;
  labels: Record<string, string>;
}

const list = (items: string[], and: string): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)!}`);

const quoted = (d: PacketDomain): string[] => d.reasons.slice(0, 6);

const en: PacketTexts = {
  subject: (r, domains) =>
    ({
      host: 'DSA Art. 16 notice of illegal content',
      registrar: 'Abuse report (illegal activity, RAA §3.18.1)',
      sidn: 'Notice-and-takedown request',
      acm: 'DSA Art. 53 complaint',
      cdn: 'Report of non-consensual sexually explicit imagery service',
    })[r] + `: ${list(domains, 'and')}`,
  summary: (name, domains) =>
    `This dossier reports ${domains.length === 1 ? 'an online service' : `${domains.length} online services`} (${list(
      domains.map((d) => d.domain),
      'and',
    )}) that turn a photo of a real person into a sexual image of that person without their consent ("nudify" or sexual-deepfake services). It is addressed to ${name} as the party that can act on it. Every statement below refers to dated, signed and timestamped evidence that can be verified independently.`,
  explanation: (domains) =>
    [
      'Why this content is illegal: the service invites its users to upload a photo of any person and returns an image in which that person appears undressed or in a sexual scene. The person depicted is not a party to this and is not asked for consent; the service has no means to obtain it. Making such an image of a person, and disclosing it to their detriment, is a criminal offence in the Netherlands under Article 139h of the Criminal Code, which covers manufactured images. The service exists to produce these images: its own pages say so.',
      ...domains.map((d) => `${d.domain} (label "${d.label}", ${d.labelSource === 'human' ? 'confirmed by a reviewer' : 'automatic classification, reasons below'}): ${quoted(d).join('; ')}.`),
      'Victims of these services are overwhelmingly women, and often minors. Each hour the service remains available, more such images are made.',
    ].join('\n\n'),
  goodFaith:
    'I declare in good faith that the information and allegations in this notice are, to the best of my knowledge, accurate and complete (DSA Art. 16(2)(d)).',
  requestedAction: {
    host: 'Remove or disable access to the service at the URLs listed, tell us your decision and its reasons as Art. 16(5) and Art. 17 DSA require, and preserve the account and log data of this customer for law enforcement.',
    registrar:
      'Investigate this report as §3.18.1 of the RAA (or your terms for this ccTLD) requires, suspend the domain name(s) used for this illegal activity or place them on clientHold, and tell us what you decided. Please also verify the registrant data, which is missing or hidden.',
    sidn: 'Take the .nl domain name(s) out of the zone under the notice-and-takedown procedure, as the earlier links of the chain did not act (chronology below), and verify the registration data under Art. 18 of the general terms where it is missing, false or held by a nominee.',
    acm: 'Assess this complaint under Art. 53 DSA, investigate whether the provider named below complies with Arts. 11, 12 and 16 DSA, and use your powers so that notices about this illegal service are handled.',
    cdn: 'Process the reports below (one per hostname), forward them to the hosting provider and the website owner, and disclose to us the hosting provider of the origin server so that we can notify it directly.',
  },
  notDnsAbuse:
    'This is a report of illegal content and illegal activity, not of "DNS Abuse" in ICANN\'s 2024 sense (malware, botnets, phishing, pharming, spam). Please route it to the team that handles reports of illegal activity, not close it as out of scope.',
  registrarFramework: (gtld) => (gtld ? 'ICANN RAA 2013 §3.18.1 (abuse report about a gTLD name)' : 'the registrar\'s own terms for this ccTLD and DSA Art. 16 (the registry\'s rules apply)'),
  hostDisclosure: (cdn) =>
    `${cdn} acts as a reverse proxy for these hostnames, so their hosting provider is hidden. We ask ${cdn} to forward this report to the hosting provider and the website owner, and to tell us which hosting provider serves the origin, so that we can send it a DSA Art. 16 notice directly.`,
  cdnComments: (d) => `Service that produces non-consensual sexual images of real people from uploaded photos (Art. 139h Dutch Criminal Code). Evidence: ${d.evidence.map((e) => `${e.url} captured ${e.capturedAt}, bundle ${e.bundleId}`).join('; ')}.`,
  obligations: {
    notice: (n, silent) => `${n} notice(s) were sent to this provider; ${silent} received no decision (chronology below). Art. 16(5)-(6) require a timely, diligent decision communicated to the notifier.`,
    contact: (found) => (found ? 'A point of contact was found and used (addresses below).' : 'No single point of contact for recipients could be found; the abuse address from registry or RIR data was used instead.'),
  },
  verification:
    'Each evidence bundle is a folder with manifest.json (SHA-256 of every file), a CMS signature over the manifest (manifest.json.p7s), RFC 3161 timestamp tokens and a custody log. Its VERIFY.md lists the exact sha256sum and openssl commands; "dijkwacht verify <bundle>" runs all checks. The screenshots in this dossier are safe-view copies in which all imagery is pixelated; the sealed originals are available to competent authorities on request.',
  labels: {
    reporter: 'Reported by',
    recipient: 'To',
    date: 'Date',
    service: 'The service',
    urls: 'Exact URLs',
    evidence: 'Dated evidence',
    facts: 'Domain, registrar and host',
    legal: 'Legal grounds',
    action: 'Requested action',
    history: 'Earlier notices',
    noHistory: 'No earlier notices are recorded.',
    goodFaith: 'Statement of good faith',
    verify: 'How to verify the evidence',
    registrar: 'Registrar',
    registry: 'Registry',
    host: 'Host',
    cdn: 'CDN / reverse proxy',
    nameservers: 'Nameservers',
    registered: 'Registered',
    lookedUp: 'Looked up',
    abuse: 'abuse contact',
    captured: 'captured',
    bundle: 'bundle',
    manifest: 'manifest SHA-256',
    status: 'status',
    operator: 'Same operator (shared identifiers)',
    chain: 'Chain of earlier contacts',
    missing: 'not contacted',
    noAnswer: 'no answer',
    answered: 'answered',
    cdnReports: 'Reports for the CDN\'s abuse form (one per hostname)',
    obligations: 'DSA obligations at stake',
    provider: 'Provider complained about',
    registrationData: 'Registration data',
    signature: 'Signature of the requester',
    notDnsAbuse: 'Not "DNS Abuse"',
    warnings: 'Please note',
    unknown: 'unknown',
    safeView: 'Safe-view screenshot (all imagery pixelated)',
  },
};

const nl: PacketTexts = {
  subject: (r, domains) =>
    ({
      host: 'Melding illegale inhoud (art. 16 DSA)',
      registrar: 'Abuse-melding (illegale activiteit, RAA §3.18.1)',
      sidn: 'Verzoek notice-and-takedown',
      acm: 'Klacht op grond van art. 53 DSA',
      cdn: 'Melding dienst voor seksuele beelden zonder toestemming',
    })[r] + `: ${list(domains, 'en')}`,
  summary: (name, domains) =>
    `Dit dossier meldt ${domains.length === 1 ? 'een onlinedienst' : `${domains.length} onlinediensten`} (${list(
      domains.map((d) => d.domain),
      'en',
    )}) die een foto van een echt persoon omzetten in een seksueel beeld van die persoon zonder diens toestemming ("nudify"- of seksuele-deepfakediensten). Het is gericht aan ${name} als partij die kan optreden. Elke bewering hieronder verwijst naar gedateerd, ondertekend en van een tijdstempel voorzien bewijs dat onafhankelijk te controleren is.`,
  explanation: (domains) =>
    [
      'Waarom deze inhoud illegaal is: de dienst nodigt gebruikers uit een foto van wie dan ook te uploaden en levert een beeld waarop die persoon ontkleed of in een seksuele situatie te zien is. De afgebeelde persoon is hierbij geen partij en wordt niet om toestemming gevraagd; de dienst kan die ook niet verkrijgen. Het vervaardigen van zo\'n afbeelding van een persoon, en het openbaar maken ervan ten nadele van die persoon, is in Nederland strafbaar op grond van artikel 139h van het Wetboek van Strafrecht, dat ook vervaardigde beelden omvat. De dienst bestaat om deze beelden te maken: de eigen pagina\'s zeggen dat.',
      ...domains.map((d) => `${d.domain} (label "${d.label}", ${d.labelSource === 'human' ? 'bevestigd door een beoordelaar' : 'automatische classificatie, redenen hieronder'}): ${quoted(d).join('; ')}.`),
      'Slachtoffers van deze diensten zijn overwegend vrouwen, en vaak minderjarigen. Elk uur dat de dienst beschikbaar blijft, worden meer van zulke beelden gemaakt.',
    ].join('\n\n'),
  goodFaith: 'Ik verklaar te goeder trouw dat de informatie en beweringen in deze melding naar mijn beste weten juist en volledig zijn (art. 16 lid 2 onder d DSA).',
  requestedAction: {
    host: 'Verwijder de dienst op de vermelde URL\'s of maak deze ontoegankelijk, laat ons uw besluit en de redenen weten zoals art. 16 lid 5 en art. 17 DSA vereisen, en bewaar de account- en loggegevens van deze klant voor de opsporing.',
    registrar:
      'Onderzoek deze melding zoals §3.18.1 van de RAA (of uw voorwaarden voor deze ccTLD) vereist, schort de domeinnaam of -namen die voor deze illegale activiteit worden gebruikt op of plaats ze op clientHold, en laat ons uw besluit weten. Verifieer ook de registrantgegevens, die ontbreken of zijn afgeschermd.',
    sidn: 'Haal de .nl-domeinnaam of -namen uit de zone volgens de notice-and-takedownprocedure, omdat de eerdere schakels van de keten niet hebben gehandeld (chronologie hieronder), en verifieer de registratiegegevens op grond van art. 18 van de algemene voorwaarden waar die ontbreken, onjuist zijn of door een tussenpersoon worden gehouden.',
    acm: 'Beoordeel deze klacht op grond van art. 53 DSA, onderzoek of de hieronder genoemde aanbieder voldoet aan art. 11, 12 en 16 DSA, en zet uw bevoegdheden in zodat meldingen over deze illegale dienst worden afgehandeld.',
    cdn: 'Verwerk de meldingen hieronder (één per hostnaam), stuur ze door naar de hostingprovider en de eigenaar van de website, en maak ons de hostingprovider van de originserver bekend zodat wij die rechtstreeks kunnen melden.',
  },
  notDnsAbuse:
    'Dit is een melding van illegale inhoud en illegale activiteit, niet van "DNS Abuse" in de zin van ICANN (2024: malware, botnets, phishing, pharming, spam). Stuur haar door naar het team dat meldingen van illegale activiteit behandelt; sluit haar niet als buiten scope.',
  registrarFramework: (gtld) => (gtld ? 'ICANN RAA 2013 §3.18.1 (abuse-melding over een gTLD-naam)' : 'de eigen voorwaarden van de registrar voor deze ccTLD en art. 16 DSA (de regels van de registry gelden)'),
  hostDisclosure: (cdn) =>
    `${cdn} treedt op als reverse proxy voor deze hostnamen, waardoor de hostingprovider verborgen blijft. Wij vragen ${cdn} deze melding door te sturen naar de hostingprovider en de eigenaar van de website, en ons te laten weten welke hostingprovider de origin bedient, zodat wij die rechtstreeks een melding op grond van art. 16 DSA kunnen sturen.`,
  cdnComments: (d) => `Dienst die van geüploade foto's seksuele beelden van echte personen maakt zonder hun toestemming (art. 139h Wetboek van Strafrecht). Bewijs: ${d.evidence.map((e) => `${e.url} vastgelegd ${e.capturedAt}, bundel ${e.bundleId}`).join('; ')}.`,
  obligations: {
    notice: (n, silent) => `Aan deze aanbieder zijn ${n} melding(en) gestuurd; op ${silent} daarvan kwam geen besluit (chronologie hieronder). Art. 16 lid 5 en 6 vereisen een tijdig, zorgvuldig besluit dat aan de melder wordt meegedeeld.`,
    contact: (found) => (found ? 'Er is een contactpunt gevonden en gebruikt (adressen hieronder).' : 'Er is geen centraal contactpunt voor afnemers gevonden; het abuse-adres uit registry- of RIR-gegevens is gebruikt.'),
  },
  verification:
    'Elke bewijsbundel is een map met manifest.json (SHA-256 van elk bestand), een CMS-handtekening over het manifest (manifest.json.p7s), RFC 3161-tijdstempels en een custody-log. De VERIFY.md in de bundel noemt de exacte sha256sum- en openssl-opdrachten; "dijkwacht verify <bundel>" voert alle controles uit. De schermafbeeldingen in dit dossier zijn veilige kopieën waarin alle beelden gepixeld zijn; de verzegelde originelen zijn op verzoek beschikbaar voor bevoegde autoriteiten.',
  labels: {
    reporter: 'Melder',
    recipient: 'Aan',
    date: 'Datum',
    service: 'De dienst',
    urls: 'Exacte URL\'s',
    evidence: 'Gedateerd bewijs',
    facts: 'Domein, registrar en hoster',
    legal: 'Juridische grondslag',
    action: 'Gevraagde actie',
    history: 'Eerdere meldingen',
    noHistory: 'Er zijn geen eerdere meldingen vastgelegd.',
    goodFaith: 'Verklaring van goede trouw',
    verify: 'Hoe het bewijs te controleren is',
    registrar: 'Registrar',
    registry: 'Registry',
    host: 'Hoster',
    cdn: 'CDN / reverse proxy',
    nameservers: 'Naamservers',
    registered: 'Geregistreerd',
    lookedUp: 'Opgevraagd',
    abuse: 'abuse-contact',
    captured: 'vastgelegd',
    bundle: 'bundel',
    manifest: 'manifest-SHA-256',
    status: 'status',
    operator: 'Zelfde exploitant (gedeelde kenmerken)',
    chain: 'Keten van eerdere contacten',
    missing: 'niet benaderd',
    noAnswer: 'geen antwoord',
    answered: 'beantwoord',
    cdnReports: 'Meldingen voor het abuseformulier van het CDN (één per hostnaam)',
    obligations: 'DSA-verplichtingen in het geding',
    provider: 'Aanbieder waarover geklaagd wordt',
    registrationData: 'Registratiegegevens',
    signature: 'Handtekening van de verzoeker',
    notDnsAbuse: 'Geen "DNS Abuse"',
    warnings: 'Let op',
    unknown: 'onbekend',
    safeView: 'Veilige schermafbeelding (alle beelden gepixeld)',
  },
};

export function packetTexts(lang: Lang): PacketTexts {
  return lang === 'nl' ? nl : en;
}
