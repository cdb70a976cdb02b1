/** Migration 10: recipient kinds and provider dossiers. Owned by one part of the work; empty until that part needs a table or column. */
export const MIGRATION = `
  SELECT 1;
`;
