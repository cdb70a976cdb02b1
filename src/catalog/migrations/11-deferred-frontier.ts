/**
 * Migration 11: URLs a run did not schedule because its page budget was spent, so `crawl --resume
 * RUN --max-pages N` can continue a finished run with more budget from where the budget stopped it.
 */
export const MIGRATION = `
  CREATE TABLE frontier_deferred (
    run_id INTEGER NOT NULL,
    url TEXT NOT NULL,
    depth INTEGER NOT NULL,
    source TEXT NOT NULL,
    label TEXT,
    from_hub INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, url)
  );
`;
