import type { RecipientKind } from './recipient-kind.js';
import { kindTemplate } from './templates.js';
import { identifierEvidence, PROVIDER_TEMPLATE_KEYS, providerDomains, providerFor, providerHtml, providerRecipient, providerSpecific, type ProviderLabels, type ProviderSpecific } from './identifier-evidence.js';

declare module '../packet-types.js' {
  interface RecipientSpecific {
    payment?: ProviderSpecific;
  }
}

const KINDS = {
  en: { 'stripe-publishable-key': 'Stripe publishable key', 'coinbase-commerce-checkout': 'Coinbase Commerce checkout or charge' },
  nl: { 'stripe-publishable-key': 'publiceerbare Stripe-sleutel', 'coinbase-commerce-checkout': 'Coinbase Commerce-afrekening of -betaalverzoek' },
};

const LABELS: Record<'nl' | 'en', ProviderLabels> = {
  en: { identifiers: 'Payment identifiers of {provider} on the service', terms: 'Terms of {provider}', kind: 'kind', identifier: 'identifier', seenOn: 'seen on', firstSeen: 'first seen', bundle: 'bundle', file: 'file in the bundle', notInSnapshot: 'not found in the page snapshot of the bundle', kinds: KINDS.en },
  nl: { identifiers: 'Betaalkenmerken van {provider} op de dienst', terms: 'Voorwaarden van {provider}', kind: 'soort', identifier: 'kenmerk', seenOn: 'gezien op', firstSeen: 'voor het eerst gezien', bundle: 'bundel', file: 'bestand in de bundel', notInSnapshot: 'niet gevonden in de momentopname van de pagina in de bundel', kinds: KINDS.nl },
};

/**
 * A payment provider whose merchant account the service uses (a Stripe publishable key, a crypto
 * gateway's checkout), found from the identifiers on the service's own pages. The packet asks it
 * to end the merchant relationship under its own terms; the DSA does not apply to it as such.
 */
export const PAYMENT: RecipientKind = {
  id: 'payment',
  who: 'a payment provider (card processor, crypto gateway) whose merchant account the service uses',
  foundFrom: 'the payment identifiers on the service\'s pages (Stripe publishable keys, Coinbase Commerce checkouts) and data/recipients/payment.json',
  refers: true,
  defaultLang: 'en',
  silenceDays: 14,
  escalation: () => [],
  legalGrounds: ['Art. 139h Sr', 'the provider\'s own terms', 'Art. 3(g) DSA (why the DSA does not apply)'],
  groundIds: () => ['nl-sr-139h', 'payment-own-terms', 'payment-not-dsa'],
  grounds: {
    'payment-own-terms': {
      citation: { en: 'The payment provider\'s own terms', nl: 'De eigen voorwaarden van de betaaldienstverlener' },
      summary: {
        en: 'The payment provider sets the terms on which merchants may use its service, and the merchant accepted them to take payments. Where the provider publishes a clause that excludes this use, it is quoted in this dossier with its source and the date it was checked; ending the merchant relationship is a measure those terms leave to the provider.',
        nl: 'De betaaldienstverlener bepaalt de voorwaarden waaronder handelaren zijn dienst mogen gebruiken, en de handelaar heeft die aanvaard om betalingen te ontvangen. Waar de betaaldienstverlener een clausule publiceert die dit gebruik uitsluit, staat die in dit dossier geciteerd met de bron en de datum waarop zij is gecontroleerd; het beëindigen van de relatie met de handelaar is een maatregel die deze voorwaarden aan de betaaldienstverlener overlaten.',
      },
    },
    'payment-not-dsa': {
      citation: { en: 'Regulation (EU) 2022/2065 (Digital Services Act), Art. 3(g)', nl: 'Verordening (EU) 2022/2065 (Digital Services Act), art. 3 onder g' },
      summary: {
        en: 'The notice-and-action rules of the DSA (Art. 16) bind providers of hosting services. A payment service is not an intermediary service in the sense of Art. 3(g) DSA (mere conduit, caching or hosting), so this is not a notice under the DSA and asks for no measure under it. The request rests on the provider\'s own terms and on the criminal nature of the service under Dutch law.',
        nl: 'Het kennisgevings- en actiemechanisme van de DSA (art. 16) geldt voor aanbieders van hostingdiensten. Een betaaldienst is geen tussenhandeldienst in de zin van art. 3 onder g DSA (doorgifte, caching of hosting); dit is dus geen melding op grond van de DSA en er wordt geen maatregel op grond daarvan gevraagd. Het verzoek steunt op de eigen voorwaarden van de betaaldienstverlener en op het strafbare karakter van de dienst naar Nederlands recht.',
      },
    },
  },
  templateKeys: PROVIDER_TEMPLATE_KEYS,
  takes: ['provider'],
  recipientFor(f, opts) {
    const p = providerFor('payment', opts.provider);
    identifierEvidence(opts.catalog, f.domain, p);
    return providerRecipient('payment', p, opts.address);
  },
  domainsFor: async (opts) => providerDomains(opts.catalog, 'payment', providerFor('payment', opts.provider)),
  specific: async (ctx) => ({ payment: await providerSpecific('payment', ctx) }),
  specificHtml: (p) => providerHtml(p, p.recipientSpecific.payment, LABELS[p.language], kindTemplate('payment', p.language)),
};
