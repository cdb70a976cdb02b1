import { getDomain, getHostname } from 'tldts';

/** The registrable domain of a URL or host name (public-suffix aware), or its host name when it has none. */
export function registrableDomain(url: string): string | null {
  return getDomain(url, { allowPrivateDomains: false }) ?? getHostname(url) ?? null;
}
