import type { RecipientKind } from './recipient-kind.js';
import { kindTemplate } from './templates.js';
import { identifierEvidence, PROVIDER_TEMPLATE_KEYS, providerDomains, providerFor, providerHtml, providerRecipient, providerSpecific, type ProviderLabels, type ProviderSpecific } from './identifier-evidence.js';

declare module '../packet-types.js' {
  interface RecipientSpecific {
    signin?: ProviderSpecific;
  }
}

const KINDS = {
  en: { 'google-oauth-client': 'Google OAuth client ID', 'discord-oauth-client': 'Discord OAuth client ID (application ID)', 'apple-signin-client': 'Sign in with Apple client ID (Services ID)' },
  nl: { 'google-oauth-client': 'Google OAuth-client-ID', 'discord-oauth-client': 'Discord OAuth-client-ID (applicatie-ID)', 'apple-signin-client': 'client-ID voor inloggen met Apple (Services ID)' },
};

const LABELS: Record<'nl' | 'en', ProviderLabels> = {
  en: { identifiers: 'Sign-in identifiers of {provider} on the service', terms: 'Terms of {provider}', kind: 'kind', identifier: 'identifier', seenOn: 'seen on', firstSeen: 'first seen', bundle: 'bundle', file: 'file in the bundle', notInSnapshot: 'not found in the page snapshot of the bundle', kinds: KINDS.en },
  nl: { identifiers: 'Inlogkenmerken van {provider} op de dienst', terms: 'Voorwaarden van {provider}', kind: 'soort', identifier: 'kenmerk', seenOn: 'gezien op', firstSeen: 'voor het eerst gezien', bundle: 'bundel', file: 'bestand in de bundel', notInSnapshot: 'niet gevonden in de momentopname van de pagina in de bundel', kinds: KINDS.nl },
};

/**
 * A sign-in provider whose OAuth client the service offers its users (Google, Discord, Apple),
 * found from the client ids on the service's own pages. The packet asks it to disable the client
 * under its own terms; the DSA does not apply to the sign-in service as such.
 */
export const SIGNIN: RecipientKind = {
  id: 'signin',
  who: 'a sign-in provider (OAuth client) the service offers',
  foundFrom: 'the OAuth client ids on the service\'s pages (Google, Discord, Sign in with Apple) and data/recipients/signin.json',
  refers: true,
  defaultLang: 'en',
  silenceDays: 14,
  escalation: () => [],
  legalGrounds: ['Art. 139h Sr', 'the provider\'s own terms', 'Art. 3(g) DSA (why the DSA does not apply)'],
  groundIds: () => ['nl-sr-139h', 'signin-own-terms', 'signin-not-dsa'],
  grounds: {
    'signin-own-terms': {
      citation: { en: 'The sign-in provider\'s own terms', nl: 'De eigen voorwaarden van de inlogdienst' },
      summary: {
        en: 'The sign-in provider sets the terms on which developers may register an OAuth client and offer its sign-in, and the operator of the service accepted them to do so. Where the provider publishes a clause that excludes this use, it is quoted in this dossier with its source and the date it was checked; disabling the client is a measure those terms leave to the provider.',
        nl: 'De inlogdienst bepaalt de voorwaarden waaronder ontwikkelaars een OAuth-client mogen registreren en het inloggen ermee mogen aanbieden, en de exploitant van de dienst heeft die daarvoor aanvaard. Waar de inlogdienst een clausule publiceert die dit gebruik uitsluit, staat die in dit dossier geciteerd met de bron en de datum waarop zij is gecontroleerd; het uitschakelen van de client is een maatregel die deze voorwaarden aan de inlogdienst overlaten.',
      },
    },
    'signin-not-dsa': {
      citation: { en: 'Regulation (EU) 2022/2065 (Digital Services Act), Art. 3(g)', nl: 'Verordening (EU) 2022/2065 (Digital Services Act), art. 3 onder g' },
      summary: {
        en: 'The notice-and-action rules of the DSA (Art. 16) bind hosting services for the content they store. The sign-in service stores none of the reported service\'s content; as a sign-in provider it is not acting as an intermediary service in the sense of Art. 3(g) DSA (mere conduit, caching or hosting) for that content, so this is not a notice under the DSA. The request rests on the provider\'s own terms and on the criminal nature of the service under Dutch law.',
        nl: 'Het kennisgevings- en actiemechanisme van de DSA (art. 16) geldt voor hostingdiensten, voor de inhoud die zij opslaan. De inlogdienst slaat geen inhoud van de gemelde dienst op; als inlogdienst treedt zij voor die inhoud niet op als tussenhandeldienst in de zin van art. 3 onder g DSA (doorgifte, caching of hosting). Dit is dus geen melding op grond van de DSA. Het verzoek steunt op de eigen voorwaarden van de inlogdienst en op het strafbare karakter van de dienst naar Nederlands recht.',
      },
    },
  },
  templateKeys: PROVIDER_TEMPLATE_KEYS,
  takes: ['provider'],
  recipientFor(f, opts) {
    const p = providerFor('signin', opts.provider);
    identifierEvidence(opts.catalog, f.domain, p);
    return providerRecipient('signin', p, opts.address);
  },
  domainsFor: async (opts) => providerDomains(opts.catalog, 'signin', providerFor('signin', opts.provider)),
  specific: async (ctx) => ({ signin: await providerSpecific('signin', ctx) }),
  specificHtml: (p) => providerHtml(p, p.recipientSpecific.signin, LABELS[p.language], kindTemplate('signin', p.language)),
};
