import { getDomain, getHostname } from 'tldts';

/** The registrable domain of a URL or host name (public-suffix aware), or its host name when it has none. */
export function registrableDomain(url: string): string | null {
  return getDomain(url, { allowPrivateDomains: false }) ?? getHostname(url) ?? null;
}

/** `href` resolved against `base`, or null when it is not a URL. */
/** The path of a URL ("/pricing"), or "" when it does not parse. */
export function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

export function safeResolve(href: string, base: string): string | null {
  try {
    return new URL(href, base).toString();
  } catch {
    return null;
  }
}
