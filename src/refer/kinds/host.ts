import type { RecipientKind } from './recipient-kind.js';

export const HOST: RecipientKind = {
  id: 'host',
  who: 'the hosting provider: the holder of the network the site is served from',
  foundFrom: 'RDAP/RIR data of the IP addresses of the domain (never the regional internet registry itself)',
  refers: true,
  defaultLang: 'en',
  silenceDays: 7,
  escalation: () => ['registrar', 'acm'],
  legalGrounds: ['Art. 16 DSA', 'Art. 17 DSA', 'Art. 139h Sr'],
  templateKeys: [],
};
