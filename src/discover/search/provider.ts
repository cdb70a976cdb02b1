/** One search result as an engine returned it. */
export interface SearchHit {
  url: string;
  title: string | null;
  snippet: string | null;
}

/** An engine's answer to one page of one query, as received: the evidence that a result was ranked. */
export interface SearchAnswer {
  engine: string;
  query: string;
  page: number;
  /** The URL asked, without credentials (API keys are removed before it is kept anywhere). */
  requestUrl: string;
  httpStatus: number;
  mediaType: string | null;
  retrievedAt: string;
  /** The body as received (decoded text, UTF-8 bytes); `sha256` is over exactly these bytes. */
  body: Buffer;
  sha256: string;
}

/** One page of results with the answer they were read from. */
export interface SearchPage {
  hits: SearchHit[];
  answer: SearchAnswer;
}

/** Where answers are kept (src/catalog/repositories/search-answers.ts implements it). */
export interface SearchAnswerSink {
  record(a: SearchAnswer & { firstRank: number; hits: number; runId: number | null; purpose: 'discover' | 'recheck' }): Promise<number>;
  /** Releases what the sink holds open (a sink may reopen on the next record). */
  close?(): void;
}

/** A search engine. Pages are 1-based; a page without hits means no more results, null that the engine serves no such page (nothing was asked). */
export interface SearchProvider {
  readonly engine: string;
  readonly pageSize: number;
  /** Where this provider's answers are kept when the caller names no sink (createProviders sets it). */
  readonly answers?: SearchAnswerSink | null;
  search(query: string, page: number): Promise<SearchPage | null>;
}
