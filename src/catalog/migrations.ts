import { MIGRATION as M08 } from './migrations/08-workspace.js';
import { MIGRATION as M09 } from './migrations/09-page-language.js';
import { MIGRATION as M10 } from './migrations/10-link-pairs.js';
import { MIGRATION as M11 } from './migrations/11-deferred-frontier.js';
import { MIGRATION as M12 } from './migrations/12-notice-sending.js';
import { MIGRATION as M13 } from './migrations/13-shared-frontier.js';
import { MIGRATION as M14 } from './migrations/14-search-answers.js';

/**
 * Versioned schema of the catalog. Append only: a released migration is never edited; a change is a
 * new entry. `version` is the position + 1.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: runs, sites, pages, label history, links, discoveries, identifiers, search results, failures
  `
  CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('discover', 'crawl')),
    name TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed', 'interrupted')),
    started_at TEXT NOT NULL,
    ended_at TEXT,
    config_json TEXT NOT NULL,
    stats_json TEXT NOT NULL DEFAULT '{}'
  );
  CREATE TABLE sites (
    domain TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    score REAL NOT NULL,
    signals_json TEXT NOT NULL,
    label_source TEXT NOT NULL DEFAULT 'classifier' CHECK (label_source IN ('classifier', 'human')),
    review_status TEXT NOT NULL DEFAULT 'pending' CHECK (review_status IN ('pending', 'confirmed', 'overridden')),
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL
  );
  CREATE TABLE site_runs (
    run_id INTEGER NOT NULL REFERENCES runs(id),
    domain TEXT NOT NULL,
    label TEXT NOT NULL,
    score REAL NOT NULL,
    online INTEGER NOT NULL,
    final_domain TEXT,
    PRIMARY KEY (run_id, domain)
  );
  CREATE TABLE pages (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id),
    url TEXT NOT NULL,
    final_url TEXT,
    domain TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    http_status INTEGER,
    content_type TEXT,
    via TEXT NOT NULL CHECK (via IN ('http', 'browser')),
    title TEXT,
    label TEXT,
    score REAL,
    signals_json TEXT,
    depth INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    UNIQUE (run_id, url)
  );
  CREATE INDEX pages_domain ON pages(domain);
  CREATE TABLE label_history (
    id INTEGER PRIMARY KEY,
    domain TEXT NOT NULL,
    label TEXT NOT NULL,
    score REAL,
    source TEXT NOT NULL CHECK (source IN ('classifier', 'human')),
    reviewer TEXT,
    note TEXT,
    run_id INTEGER,
    at TEXT NOT NULL
  );
  CREATE INDEX label_history_domain ON label_history(domain);
  CREATE TABLE links (
    run_id INTEGER NOT NULL,
    from_url TEXT NOT NULL,
    to_url TEXT NOT NULL,
    from_domain TEXT NOT NULL,
    to_domain TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'link' CHECK (kind IN ('link', 'redirect')),
    PRIMARY KEY (run_id, from_url, to_url)
  );
  CREATE TABLE discoveries (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL,
    url TEXT NOT NULL,
    domain TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('search', 'seed', 'link')),
    engine TEXT,
    query TEXT,
    rank INTEGER,
    linking_url TEXT,
    at TEXT NOT NULL
  );
  CREATE INDEX discoveries_domain ON discoveries(domain);
  CREATE TABLE identifiers (
    domain TEXT NOT NULL,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    page_url TEXT NOT NULL,
    run_id INTEGER NOT NULL,
    first_seen TEXT NOT NULL,
    PRIMARY KEY (domain, kind, value)
  );
  CREATE INDEX identifiers_value ON identifiers(kind, value);
  CREATE TABLE search_results (
    run_id INTEGER NOT NULL,
    engine TEXT NOT NULL,
    query TEXT NOT NULL,
    rank INTEGER NOT NULL,
    url TEXT NOT NULL,
    title TEXT,
    snippet TEXT,
    at TEXT NOT NULL
  );
  CREATE TABLE failures (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL,
    url TEXT,
    what TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
  );
  `,
  // 2: the crawl frontier, so a killed run resumes exactly where it stopped
  `
  CREATE TABLE frontier (
    run_id INTEGER NOT NULL,
    url TEXT NOT NULL,
    depth INTEGER NOT NULL,
    source TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'done')),
    PRIMARY KEY (run_id, url)
  );
  `,
  // 3: domain lookups (cache with TTL, history of changes) and their raw answers as evidence
  `
  CREATE TABLE domain_lookups (
    id INTEGER PRIMARY KEY,
    domain TEXT NOT NULL,
    at TEXT NOT NULL,
    report_json TEXT NOT NULL
  );
  CREATE INDEX domain_lookups_domain ON domain_lookups(domain, at);
  CREATE TABLE lookup_answers (
    lookup_id INTEGER NOT NULL REFERENCES domain_lookups(id),
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    at TEXT NOT NULL,
    sha256 TEXT,
    raw TEXT NOT NULL
  );
  `,
  // 4: captures, so later stages (CDN detection, operators, referrals) can find a domain's bundles
  `
  CREATE TABLE captures (
    bundle_id TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    domain TEXT NOT NULL,
    at TEXT NOT NULL,
    status TEXT NOT NULL,
    location TEXT NOT NULL,
    headers_json TEXT NOT NULL
  );
  CREATE INDEX captures_domain ON captures(domain, at);
  `,
  // 5: queries per RDAP server per day, for servers with a daily limit (RIPE: personal-data results)
  `
  CREATE TABLE rdap_usage (
    host TEXT NOT NULL,
    day TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (host, day)
  );
  `,
  // 6: cases, referral packets and the notices sent with them
  `
  ALTER TABLE captures ADD COLUMN case_id TEXT;
  CREATE INDEX captures_case ON captures(case_id);
  CREATE TABLE packets (
    id TEXT PRIMARY KEY,
    recipient_type TEXT NOT NULL,
    recipient_name TEXT NOT NULL,
    recipient_address TEXT,
    domains_json TEXT NOT NULL,
    lang TEXT NOT NULL,
    dir TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    case_id TEXT,
    created_at TEXT NOT NULL
  );
  CREATE TABLE notices (
    id INTEGER PRIMARY KEY,
    packet_id TEXT REFERENCES packets(id),
    recipient_type TEXT NOT NULL,
    recipient TEXT NOT NULL,
    channel TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    packet_sha256 TEXT,
    reference TEXT,
    domains_json TEXT NOT NULL,
    urls_json TEXT NOT NULL
  );
  CREATE TABLE notice_events (
    id INTEGER PRIMARY KEY,
    notice_id INTEGER NOT NULL REFERENCES notices(id),
    kind TEXT NOT NULL CHECK (kind IN ('ack', 'decision', 'recheck')),
    at TEXT NOT NULL,
    outcome TEXT,
    note TEXT,
    bundle_id TEXT
  );
  CREATE INDEX notice_events_notice ON notice_events(notice_id, at);
  `,
  // 7: site-level evidence: what each page showed (channels, model contribution), sites marked for review, page language,
  // and the text of pages with claims (for analysts' training records; never images)
  `
  ALTER TABLE frontier ADD COLUMN label TEXT;
  ALTER TABLE pages ADD COLUMN evidence_json TEXT;
  ALTER TABLE pages ADD COLUMN model_json TEXT;
  ALTER TABLE sites ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE sites ADD COLUMN review_reasons_json TEXT;
  ALTER TABLE sites ADD COLUMN model_json TEXT;
  ALTER TABLE sites ADD COLUMN lang TEXT;
  CREATE TABLE page_texts (
    run_id INTEGER NOT NULL,
    url TEXT NOT NULL,
    domain TEXT NOT NULL,
    title TEXT,
    text TEXT NOT NULL,
    PRIMARY KEY (run_id, url)
  );
  CREATE INDEX page_texts_domain ON page_texts(domain);
  `,
  // 8: the workspace's audit table
  M08,
  // 9: page language
  M09,
  // 10: links by site pair (graph)
  M10,
  // 11: URLs deferred for lack of page budget (continuing a finished run)
  M11,
  M12,
  M13, // 13: shared frontier (leases, budgets), counters and politeness slots for several workers
  M14, // 14: raw search answers, hashed
];
