import type { RecipientKind } from './recipient-kind.js';

export const SIDN: RecipientKind = {
  id: 'sidn',
  who: 'SIDN, the registry of .nl (notice-and-takedown)',
  foundFrom: 'data/recipients.json; only for .nl names',
  refers: true,
  defaultLang: 'nl',
  silenceDays: 28,
  escalation: () => [],
  legalGrounds: ['SIDN notice-and-takedown', 'SIDN general terms art. 18', 'Art. 139h Sr'],
  templateKeys: [],
};
