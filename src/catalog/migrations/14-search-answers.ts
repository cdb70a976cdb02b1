/**
 * Migration 14: the raw answers of search engines, kept as received (the decoded body as UTF-8
 * bytes) with their SHA-256, so that a search-engine referral can cite the very answer in which a
 * service was ranked, and a re-check can show whether the ranking persists.
 *
 * One row per answer page. `first_rank` is the rank of the first result taken from this page and
 * `hits` how many were taken, so a stored search result (engine, query, rank) finds its answer.
 * `run_id` is null when the search client stored the answer without knowing its run (the answer is
 * then found by engine, query and time). `request_url` never holds a credential (keys removed).
 * `purpose` says whether discovery or a notice re-check asked.
 */
export const MIGRATION = `
  CREATE TABLE search_answers (
    id INTEGER PRIMARY KEY,
    run_id INTEGER,
    purpose TEXT NOT NULL DEFAULT 'discover' CHECK (purpose IN ('discover', 'recheck')),
    engine TEXT NOT NULL,
    query TEXT NOT NULL,
    page INTEGER NOT NULL CHECK (page >= 1),
    first_rank INTEGER NOT NULL CHECK (first_rank >= 1),
    hits INTEGER NOT NULL CHECK (hits >= 0),
    request_url TEXT NOT NULL,
    http_status INTEGER NOT NULL,
    media_type TEXT,
    retrieved_at TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    body BLOB NOT NULL
  );
  CREATE INDEX search_answers_query ON search_answers(engine, query, retrieved_at);
  CREATE INDEX search_answers_sha256 ON search_answers(sha256);
`;
