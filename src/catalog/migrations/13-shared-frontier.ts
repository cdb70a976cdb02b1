/**
 * Migration 13: work shared by several processes. A frontier whose URLs are claimed under a lease
 * (a worker that dies loses nothing: its lease expires and another worker takes the URL), page
 * budgets per run and per site charged at claim time, atomic named counters per time window
 * (RDAP daily budgets, requests per host) and politeness slots (the next moment a host may be
 * asked again). Times are epoch milliseconds. The PostgreSQL twin is src/catalog/postgres/migrations/13-shared-frontier.ts.
 */
export const MIGRATION = `
  CREATE TABLE shared_frontier (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL,
    url TEXT NOT NULL,
    site TEXT NOT NULL,
    depth INTEGER NOT NULL,
    source TEXT NOT NULL,
    label TEXT,
    from_hub INTEGER NOT NULL DEFAULT 0,
    is_seed INTEGER NOT NULL DEFAULT 0,
    priority INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'leased', 'done', 'refused')),
    lease_owner TEXT,
    lease_expires_ms INTEGER,
    attempts INTEGER NOT NULL DEFAULT 0,
    UNIQUE (run_id, url)
  );
  CREATE INDEX shared_frontier_next ON shared_frontier(run_id, state, priority DESC, id);
  CREATE INDEX shared_frontier_lease ON shared_frontier(run_id, state, lease_expires_ms);
  CREATE TABLE shared_frontier_budgets (
    run_id INTEGER PRIMARY KEY,
    max_pages INTEGER,
    max_pages_per_site INTEGER,
    charged INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE shared_frontier_sites (
    run_id INTEGER NOT NULL,
    site TEXT NOT NULL,
    charged INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, site)
  );
  CREATE TABLE counters (
    name TEXT NOT NULL,
    window_start_ms INTEGER NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (name, window_start_ms)
  );
  CREATE TABLE rate_slots (
    name TEXT PRIMARY KEY,
    next_at_ms INTEGER NOT NULL
  );
`;
