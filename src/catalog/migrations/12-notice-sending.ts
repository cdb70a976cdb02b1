/**
 * Migration 12: notices sent by dijkwacht itself (`notices send --approve`): who approved, the
 * Message-ID, the SMTP transcript's hash, and re-notice bookkeeping.
 */
export const MIGRATION = `
  SELECT 1;
`;
