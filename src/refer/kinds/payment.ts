import { UsageError } from '../../core/errors.js';
import type { RecipientKind } from './recipient-kind.js';

/** Placeholder until its module is written: registered so that notices to it can be recorded by hand. */
export const PAYMENT: RecipientKind = {
  id: 'payment',
  who: 'a payment provider (card processor, crypto gateway, referral programme) whose keys or addresses the service uses',
  foundFrom: 'not yet automated',
  refers: false,
  defaultLang: 'en',
  silenceDays: 14,
  escalation: () => [],
  legalGrounds: [],
  groundIds: () => [],
  templateKeys: [],
  recipientFor: () => {
    throw new UsageError('Packets for "payment" are not available in this build; record a notice sent by hand with "dijkwacht notices record --to payment".');
  },
};
