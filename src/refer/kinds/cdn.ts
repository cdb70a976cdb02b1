import type { RecipientKind } from './recipient-kind.js';

export const CDN: RecipientKind = {
  id: 'cdn',
  who: 'the CDN or reverse proxy in front of the site',
  foundFrom: 'the CDN signature of the domain (name servers, headers, address ranges)',
  refers: true,
  defaultLang: 'en',
  silenceDays: 7,
  escalation: () => ['registrar'],
  legalGrounds: ['Art. 16 DSA', 'Art. 139h Sr'],
  templateKeys: [],
};
