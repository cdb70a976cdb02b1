import { UsageError } from '../../core/errors.js';
import type { RecipientKind } from './recipient-kind.js';

/** Placeholder until its module is written: registered so that notices to it can be recorded by hand. */
export const SIGNIN: RecipientKind = {
  id: 'signin',
  who: 'a sign-in provider (OAuth client) the service offers',
  foundFrom: 'not yet automated',
  refers: false,
  defaultLang: 'en',
  silenceDays: 14,
  escalation: () => [],
  legalGrounds: [],
  groundIds: () => [],
  templateKeys: [],
  recipientFor: () => {
    throw new UsageError('Packets for "signin" are not available in this build; record a notice sent by hand with "dijkwacht notices record --to signin".');
  },
};
