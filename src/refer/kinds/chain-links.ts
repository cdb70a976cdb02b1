import type { RecipientKind } from './recipient-kind.js';

/** Earlier links of the chain that are notified by hand (their contact form, their own address) and recorded with "notices add". */
const manual = (id: string, who: string, foundFrom: string): RecipientKind => ({
  id,
  who,
  foundFrom,
  refers: false,
  defaultLang: 'en',
  silenceDays: 5,
  escalation: () => ['host'],
  legalGrounds: ['Art. 16 DSA'],
  templateKeys: [],
});

export const SITE = manual('site', 'the operator of the site itself', 'the contact points the site publishes');
export const REGISTRANT = manual('registrant', 'the registrant of the domain name', 'the registrant data in RDAP/WHOIS, when published');
