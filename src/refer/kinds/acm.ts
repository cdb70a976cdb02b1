import type { RecipientKind } from './recipient-kind.js';

export const ACM: RecipientKind = {
  id: 'acm',
  who: 'ACM, the Digital Services Coordinator for the Netherlands',
  foundFrom: 'data/recipients.json',
  refers: true,
  defaultLang: 'nl',
  silenceDays: 90,
  escalation: () => [],
  legalGrounds: ['Art. 53 DSA', 'Arts. 11, 12 and 16 DSA'],
  templateKeys: [],
};
