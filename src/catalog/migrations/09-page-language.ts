/** Migration 09: each page's language, detected from its text. Owned by one part of the work; empty until that part needs a table or column. */
export const MIGRATION = `
  SELECT 1;
`;
