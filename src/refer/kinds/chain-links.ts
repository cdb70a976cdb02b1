import { UsageError } from '../../core/errors.js';
import type { RecipientKind } from './recipient-kind.js';

/** Earlier links of the chain that are notified by hand (their contact form, their own address) and recorded with "notices add". */
export const manual = (id: string, who: string, foundFrom: string): RecipientKind => ({
  id,
  who,
  foundFrom,
  refers: false,
  defaultLang: 'en',
  silenceDays: 5,
  escalation: () => ['host'],
  legalGrounds: ['Art. 16 DSA'],
  groundIds: () => ['nl-sr-139h', 'dsa-16'],
  templateKeys: [],
  recipientFor: (f) => {
    throw new UsageError(`Notices to the ${id} of ${f.domain} are sent by hand (${foundFrom}); record one with "dijkwacht notices record --to ${id} --address ADDRESS --domain ${f.domain}".`);
  },
});

export const REGISTRANT = manual('registrant', 'the registrant of the domain name', 'the registrant data in RDAP/WHOIS, when published');
