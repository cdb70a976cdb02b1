/** Why the frontier did not schedule a URL. */
export type Refusal = 'invalid' | 'queued' | 'private' | 'budget' | 'skipped' | 'site-budget';

/** The failure's `what` for a seed or search result that got no page: the run's --max-pages was spent. */
export const NO_BUDGET = 'not fetched (page budget)';

/** The exact reason a seed or search result was not fetched, as recorded among the run's failures. */
export function seedRefusalReason(refusal: Exclude<Refusal, 'queued'>, source: 'search' | 'seed' | 'link', context: { maxPages: number; domain: string }): string {
  const what = source === 'search' ? 'search result' : 'seed';
  switch (refusal) {
    case 'budget':
      return `not fetched: no page budget left for this ${what} (all ${context.maxPages} pages of --max-pages were given to earlier ones)`;
    case 'skipped':
      return `not fetched: ${context.domain} is a platform domain the crawl skips (crawlSkipDomains)`;
    case 'private':
      return 'not fetched: on a private or local network (--allow-private-network allows that)';
    case 'site-budget':
      return `not fetched: ${context.domain} already has its pages (--max-pages-per-site)`;
    case 'invalid':
      return 'not fetched: not an http or https URL';
  }
}
