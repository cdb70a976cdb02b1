/** Migration 09: each page's language, detected from its text (ISO 639-1 where the language has one). */
export const MIGRATION = `
  ALTER TABLE pages ADD COLUMN lang TEXT;
`;
