import { recipientKind } from './kinds/registry.js';
import type { GroundText } from './kinds/recipient-kind.js';

export type Lang = 'nl' | 'en';

/** One legal anchor a packet cites. Wording follows DESIGN.md "Legal anchors"; verify before changing. */
export interface LegalGround {
  id: string;
  citation: string;
  summary: string;
}

/** The anchors several kinds cite; a kind's own anchors live in its module (RecipientKind.grounds). */
const GROUNDS: Record<string, GroundText> = {
  'nl-sr-139h': {
    citation: { en: 'Dutch Criminal Code (Wetboek van Strafrecht), Art. 139h', nl: 'Wetboek van Strafrecht, art. 139h' },
    summary: {
      en: 'Intentionally and unlawfully making an image of a sexual nature of a person, and disclosing such an image to that person\'s detriment, are criminal offences. This includes images manufactured with technology (deepfakes and "undressed" versions of ordinary photos).',
      nl: 'Het opzettelijk en wederrechtelijk vervaardigen van een afbeelding van seksuele aard van een persoon, en het openbaar maken van zo\'n afbeelding ten nadele van die persoon, zijn strafbaar. Dit omvat afbeeldingen die met technologie zijn vervaardigd (deepfakes en "uitgeklede" versies van gewone foto\'s).',
    },
  },
  'dsa-16': {
    citation: { en: 'Regulation (EU) 2022/2065 (Digital Services Act), Art. 16', nl: 'Verordening (EU) 2022/2065 (Digital Services Act), art. 16' },
    summary: {
      en: 'A hosting service must act on a notice that contains (a) a substantiated explanation why the content is illegal, (b) the exact URLs, (c) the notifier\'s name and e-mail address and (d) a statement of good faith. Such a notice gives actual knowledge of the illegal content where it allows a diligent provider to identify the illegality without a detailed legal examination (Art. 16(3), Art. 6); the decision must be communicated to the notifier (Art. 16(5)).',
      nl: 'Een hostingdienst moet handelen op een melding die (a) een onderbouwde uitleg bevat waarom de inhoud illegaal is, (b) de exacte URL\'s, (c) naam en e-mailadres van de melder en (d) een verklaring van goede trouw. Zo\'n melding geeft daadwerkelijke kennis van de illegale inhoud als een zorgvuldige aanbieder de illegaliteit daaruit kan vaststellen zonder gedetailleerd juridisch onderzoek (art. 16 lid 3, art. 6); het besluit moet aan de melder worden meegedeeld (art. 16 lid 5).',
    },
  },
  'dsa-11-12': {
    citation: { en: 'Digital Services Act, Arts. 11 and 12', nl: 'Digital Services Act, art. 11 en 12' },
    summary: {
      en: 'Every intermediary service must designate a single point of contact for authorities (Art. 11) and for recipients of the service (Art. 12), and make the contact details public and easy to find.',
      nl: 'Elke tussenhandeldienst moet een centraal contactpunt aanwijzen voor autoriteiten (art. 11) en voor afnemers van de dienst (art. 12), en de contactgegevens openbaar en gemakkelijk vindbaar maken.',
    },
  },
  'dsa-53': {
    citation: { en: 'Digital Services Act, Art. 53', nl: 'Digital Services Act, art. 53' },
    summary: {
      en: 'Recipients of the service, and organisations mandated to act on their behalf, may lodge a complaint against a provider of intermediary services alleging an infringement of the DSA with the Digital Services Coordinator; in the Netherlands that is the ACM. A complaint about a provider established elsewhere is transmitted to that Member State\'s coordinator.',
      nl: 'Afnemers van de dienst, en organisaties die namens hen optreden, kunnen bij de Digitaledienstencoördinator een klacht indienen over een aanbieder van tussenhandeldiensten wegens een inbreuk op de DSA; in Nederland is dat de ACM. Een klacht over een aanbieder die elders gevestigd is, wordt doorgezonden naar de coördinator van die lidstaat.',
    },
  },
  'raa-3.18.1': {
    citation: { en: 'ICANN 2013 Registrar Accreditation Agreement, §3.18.1', nl: 'ICANN Registrar Accreditation Agreement 2013, §3.18.1' },
    summary: {
      en: 'The registrar must maintain an abuse contact for reports of abuse involving the names it sponsors, including reports of illegal activity, and take reasonable and prompt steps to investigate and respond appropriately.',
      nl: 'De registrar moet een abuse-contact onderhouden voor meldingen van misbruik van de domeinnamen die hij beheert, waaronder meldingen van illegale activiteiten, en redelijke en snelle stappen nemen om die te onderzoeken en er passend op te reageren.',
    },
  },
  'sidn-ntd': {
    citation: { en: 'SIDN notice-and-takedown procedure for .nl', nl: 'SIDN notice-and-takedownprocedure voor .nl' },
    summary: {
      en: 'SIDN acts as the last link of the chain (uploader, site manager, registrant, host or reseller, registrar) once the earlier links have been contacted without result, on a signed request with proof of those earlier contacts.',
      nl: 'SIDN treedt op als laatste schakel van de keten (uploader, sitebeheerder, registrant, hoster of reseller, registrar) nadat de eerdere schakels zonder resultaat zijn benaderd, op een ondertekend verzoek met bewijs van die eerdere contacten.',
    },
  },
  'sidn-terms-18': {
    citation: { en: 'SIDN General Terms and Conditions for .nl Registrants, Art. 18', nl: 'Algemene Voorwaarden voor .nl-registranten van SIDN, art. 18' },
    summary: {
      en: 'The registrant\'s data must be correct and complete; where it appears false, incomplete or held by a nominee, SIDN can be asked to verify it and to act when it is not corrected.',
      nl: 'De gegevens van de registrant moeten juist en volledig zijn; waar zij onjuist, onvolledig of door een tussenpersoon gehouden lijken, kan SIDN worden gevraagd ze te verifiëren en op te treden als ze niet worden verbeterd.',
    },
  },
};

/** The anchors a packet to this kind cites: the kind names them (its groundIds), the text is shared here or the kind's own. */
export function legalGrounds(kindId: string, lang: Lang, options: { gtld: boolean }): LegalGround[] {
  const kind = recipientKind(kindId);
  if (!kind) throw new Error(`Unknown recipient kind "${kindId}".`);
  return kind
    .groundIds(options)
    .filter((id) => id !== 'raa-3.18.1' || options.gtld)
    .map((id) => {
      const g = GROUNDS[id] ?? kind.grounds?.[id];
      if (!g) throw new Error(`Recipient kind "${kindId}" cites the unknown legal ground "${id}".`);
      return { id, citation: g.citation[lang], summary: g.summary[lang] };
    });
}
