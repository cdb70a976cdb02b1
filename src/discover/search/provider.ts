/** One search result as an engine returned it. */
export interface SearchHit {
  url: string;
  title: string | null;
  snippet: string | null;
}

/** A search engine. Pages are 1-based; an empty array means no more results. */
export interface SearchProvider {
  readonly engine: string;
  readonly pageSize: number;
  search(query: string, page: number): Promise<SearchHit[]>;
}
