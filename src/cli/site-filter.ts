import { checkLabel, REVIEW_FILTERS, type ReviewFilter, type SiteFilter } from '../catalog/index.js';
import { UsageError } from '../core/errors.js';

export interface SiteFilterFlags {
  label?: string;
  lang?: string;
  country?: string;
  network?: string;
  run?: string;
  since?: string;
  review?: string;
}

/** The `sites` filter flags, checked: a bad value is one sentence naming the flag and what it takes. `runId` finds a run by name or id. */
export async function siteFilter(flags: SiteFilterFlags, runId: (nameOrId: string) => Promise<number>): Promise<SiteFilter> {
  if (flags.review !== undefined && !(REVIEW_FILTERS as readonly string[]).includes(flags.review)) {
    throw new UsageError(`Unknown review status "${flags.review}"; use --review ${REVIEW_FILTERS.join(', --review ')}.`);
  }
  if (flags.country !== undefined && !/^[A-Za-z]{2}$/.test(flags.country.trim())) {
    throw new UsageError(`--country takes a two-letter country code such as NL; got "${flags.country}".`);
  }
  if (flags.lang !== undefined && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]+)?$/.test(flags.lang.trim())) {
    throw new UsageError(`--lang takes a language code such as nl or en; got "${flags.lang}".`);
  }
  let since: string | null = null;
  if (flags.since !== undefined) {
    const t = Date.parse(flags.since);
    if (!/^\d{4}-\d{2}-\d{2}/.test(flags.since) || Number.isNaN(t)) throw new UsageError(`--since takes a date such as 2026-01-31 (or an ISO time); got "${flags.since}".`);
    since = new Date(t).toISOString();
  }
  return {
    label: flags.label ? checkLabel(flags.label) : null,
    lang: flags.lang?.trim() ?? null,
    country: flags.country?.trim() ?? null,
    network: flags.network?.trim() || null,
    runId: flags.run ? await runId(flags.run) : null,
    since,
    review: (flags.review as ReviewFilter | undefined) ?? null,
  };
}
