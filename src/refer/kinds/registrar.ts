import type { RecipientKind } from './recipient-kind.js';

export const REGISTRAR: RecipientKind = {
  id: 'registrar',
  who: 'the registrar of the domain name',
  foundFrom: 'the RDAP or WHOIS answer of the registry (abuse contact of the registrar)',
  refers: true,
  defaultLang: 'en',
  silenceDays: 14,
  escalation: (nl) => (nl ? ['sidn', 'acm'] : ['acm']),
  legalGrounds: ['ICANN RAA 2013 §3.18.1', 'Art. 16 DSA', 'Art. 139h Sr'],
  templateKeys: ['subjectGtld', 'requestedActionGtld'],
};
