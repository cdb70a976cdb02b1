import { Catalog } from '../catalog.js';

/** A raw search answer to keep: one page of one query, as received, hashed. */
export interface NewSearchAnswer {
  engine: string;
  query: string;
  page: number;
  /** The rank of the first result taken from this page, and how many were taken. */
  firstRank: number;
  hits: number;
  requestUrl: string;
  httpStatus: number;
  mediaType: string | null;
  retrievedAt: string;
  body: Buffer;
  sha256: string;
  runId: number | null;
  purpose: 'discover' | 'recheck';
}

/** A kept answer, without its body (read it with `body`). */
export interface StoredSearchAnswer extends Omit<NewSearchAnswer, 'body'> {
  id: number;
  size: number;
}

/** A search result the catalog holds for a domain, with the answer it was read from (null for results stored before answers were kept). */
export interface SearchFinding {
  runId: number;
  engine: string;
  query: string;
  rank: number;
  url: string;
  title: string | null;
  snippet: string | null;
  /** When the result was recorded. */
  at: string;
  answer: StoredSearchAnswer | null;
}

/** The raw answers of search engines and the results read from them. Async: a second backend implements the same contract. */
export interface SearchAnswerRepository {
  record(a: NewSearchAnswer): Promise<number>;
  /** The body of a kept answer, byte for byte; null when no answer has this id. */
  body(id: number): Promise<Buffer | null>;
  /** Every search result whose URL is on the domain or one of its subdomains, oldest first, each with its answer. */
  findings(domain: string): Promise<SearchFinding[]>;
}

interface AnswerRow {
  id: number;
  run_id: number | null;
  purpose: 'discover' | 'recheck';
  engine: string;
  query: string;
  page: number;
  first_rank: number;
  hits: number;
  request_url: string;
  http_status: number;
  media_type: string | null;
  retrieved_at: string;
  size: number;
  sha256: string;
}

const toAnswer = (r: AnswerRow): StoredSearchAnswer => ({
  id: r.id,
  runId: r.run_id,
  purpose: r.purpose,
  engine: r.engine,
  query: r.query,
  page: r.page,
  firstRank: r.first_rank,
  hits: r.hits,
  requestUrl: r.request_url,
  httpStatus: r.http_status,
  mediaType: r.media_type,
  retrievedAt: r.retrieved_at,
  size: r.size,
  sha256: r.sha256,
});

const onDomain = (url: string, domain: string): boolean => {
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
    return host === domain || host.endsWith(`.${domain}`);
  } catch {
    return false;
  }
};

const ANSWER_COLUMNS = 'id, run_id, purpose, engine, query, page, first_rank, hits, request_url, http_status, media_type, retrieved_at, size, sha256';

export class SqliteSearchAnswerRepository implements SearchAnswerRepository {
  readonly #catalog: Catalog;

  constructor(catalog: Catalog) {
    this.#catalog = catalog;
  }

  record(a: NewSearchAnswer): Promise<number> {
    const result = this.#catalog
      .stmt('INSERT INTO search_answers (run_id, purpose, engine, query, page, first_rank, hits, request_url, http_status, media_type, retrieved_at, size, sha256, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(a.runId, a.purpose, a.engine, a.query, a.page, a.firstRank, a.hits, a.requestUrl, a.httpStatus, a.mediaType, a.retrievedAt, a.body.length, a.sha256, a.body);
    return Promise.resolve(Number(result.lastInsertRowid));
  }

  body(id: number): Promise<Buffer | null> {
    const row = this.#catalog.stmt('SELECT body FROM search_answers WHERE id = ?').get(id) as { body: Buffer } | undefined;
    return Promise.resolve(row ? Buffer.from(row.body) : null);
  }

  findings(domain: string): Promise<SearchFinding[]> {
    const d = domain.toLowerCase();
    const rows = (
      this.#catalog
        .stmt(`SELECT r.run_id, r.engine, r.query, r.rank, r.url, r.title, r.snippet, r.at, u.started_at FROM search_results r JOIN runs u ON u.id = r.run_id WHERE instr(lower(r.url), ?) > 0 ORDER BY r.at, r.rowid`)
        .all(d) as { run_id: number; engine: string; query: string; rank: number; url: string; title: string | null; snippet: string | null; at: string; started_at: string }[]
    ).filter((r) => onDomain(r.url, d));
    // The answer a result was read from: same engine and query, the page that holds its rank, asked in
    // its run (or, stored without a run, between the run's start and the result), the latest such.
    const answerOf = this.#catalog.stmt(
      `SELECT ${ANSWER_COLUMNS} FROM search_answers
        WHERE purpose = 'discover' AND engine = ? AND query = ? AND first_rank <= ? AND ? < first_rank + hits
          AND (run_id = ? OR (run_id IS NULL AND retrieved_at >= ? AND retrieved_at <= ?))
        ORDER BY retrieved_at DESC, id DESC LIMIT 1`,
    );
    return Promise.resolve(
      rows.map((r) => {
        const a = answerOf.get(r.engine, r.query, r.rank, r.rank, r.run_id, r.started_at, r.at) as AnswerRow | undefined;
        return { runId: r.run_id, engine: r.engine, query: r.query, rank: r.rank, url: r.url, title: r.title, snippet: r.snippet, at: r.at, answer: a ? toAnswer(a) : null };
      }),
    );
  }
}

/**
 * Keeps answers in the catalog of a data directory through a connection of its own, opened at the
 * first answer and closed by `close()`: for a search client that is not handed the caller's catalog.
 */
export class DataDirSearchAnswers {
  readonly #dataDir: string;
  #catalog: Catalog | null = null;

  constructor(dataDir: string) {
    this.#dataDir = dataDir;
  }

  record(a: NewSearchAnswer): Promise<number> {
    this.#catalog ??= new Catalog(this.#dataDir);
    return new SqliteSearchAnswerRepository(this.#catalog).record(a);
  }

  close(): void {
    this.#catalog?.close();
    this.#catalog = null;
  }
}
