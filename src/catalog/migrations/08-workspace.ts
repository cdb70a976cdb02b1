/** Migration 08: the workspace: an audit table of every verdict and action taken in dijkwacht serve. Owned by one part of the work; empty until that part needs a table or column. */
export const MIGRATION = `
  SELECT 1;
`;
