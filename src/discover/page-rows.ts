import type { FailedPage, PageRows } from '../catalog/repositories/crawl-pages.js';
import { registrableDomain } from '../classify/index.js';
import type { Analysis } from './analysis/analyse-page.js';
import type { FetchedPage } from './crawlers/routes.js';
import type { PageMeta } from './frontier.js';

/** The catalog rows of a page that was read: the page, its redirect to another site, identifiers and links. */
export function pageRows(page: FetchedPage, analysis: Analysis): PageRows {
  const { parts, classification } = analysis;
  const domain = registrableDomain(page.url) ?? new URL(page.url).hostname;
  const finalDomain = registrableDomain(page.finalUrl);
  return {
    page: {
      url: page.url,
      finalUrl: page.finalUrl,
      domain,
      httpStatus: page.status,
      contentType: page.contentType,
      via: page.via,
      depth: page.meta.depth,
      classification,
      title: parts.title || null,
      error: null,
      text: parts.text,
      lang: analysis.lang,
    },
    redirect: finalDomain && finalDomain !== domain ? { url: page.finalUrl, domain: finalDomain } : null,
    links: { fromUrl: page.finalUrl, fromDomain: finalDomain ?? domain, to: parts.externalLinks.map((l) => ({ url: l.href, domain: l.domain })) },
    identifiers: { domain: finalDomain ?? domain, ids: analysis.identifiers },
  };
}

/** The catalog rows of a page that could not be read. */
export function failedPage(url: string, meta: PageMeta | null, via: 'http' | 'browser', reason: string, status: number | null): FailedPage {
  return { url, domain: registrableDomain(url) ?? url, via, depth: meta?.depth ?? 0, status, reason };
}
