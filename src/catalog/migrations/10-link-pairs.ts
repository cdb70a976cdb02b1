/** Migration 10: links by site pair, so `graph` groups 570k links in index order instead of sorting them. */
export const MIGRATION = `
  CREATE INDEX IF NOT EXISTS links_pair ON links(from_domain, to_domain);
`;
