import { getDomain, getHostname } from 'tldts';

/** The registrable domain of a URL or host name (public-suffix aware), or its host name when it has none. */
export function registrableDomain(url: string): string | null {
  return getDomain(url, { allowPrivateDomains: false }) ?? getHostname(url) ?? null;
}

/** `href` resolved against `base`, or null when it is not a URL. */
export function safeResolve(href: string, base: string): string | null {
  try {
    return new URL(href, base).toString();
  } catch {
    return null;
  }
}
