import { classifyParts, findIdentifiers, identifyLanguage, pageParts, type PageClassification, type PageParts } from '../../classify/index.js';
import type { PageLink } from '../../classify/page-parts.js';
import type { Identifier } from '../../classify/identifiers.js';
import { pathOf, safeResolve } from '../../core/domain.js';

/**
 * What the crawl thread needs of a page's parts: its title, the links it schedules and records, and
 * its text only where it is kept (pages with claims, legal pages). Text blocks, scripts and headings
 * stay in the analysis thread: sending them back cost more than the page's own HTML.
 */
export interface CrawlParts {
  url: string;
  title: string;
  /** The visible text, for pages whose text the catalog keeps; else null. */
  text: string | null;
  /** The page's links to its own site (the fetch plan reads their paths, texts and menus). */
  ownLinks: Pick<PageLink, 'href' | 'text' | 'chrome'>[];
  externalLinks: PageParts['externalLinks'];
  internalLinks: string[];
}

/** The page's classification as the catalog records it (the site's judgement is made when sites are settled). */
export type CrawlClassification = Omit<PageClassification, 'judgement'>;

/** What the crawl learns from one fetched page: its parts, its label with the evidence, its language and identifiers. */
export interface Analysis {
  parts: CrawlParts;
  classification: CrawlClassification;
  /** Little or no text in the static HTML: the page must be rendered by a browser. */
  needsBrowser: boolean;
  /** The language of the visible text (franc), ISO 639-1, or null when the text is too short to tell. */
  lang: string | null;
  /** Keys, client ids, wallets, handles and the favicon found in the HTML (operator clustering, referrals). */
  identifiers: Identifier[];
  /** Milliseconds spent reading the page (parse, classify, language, identifiers). */
  ms: number;
}

/** A page to read: what the crawler fetched, as plain data (it crosses a thread boundary). */
export interface AnalysisTask {
  url: string;
  html: string;
  /** The HTML is the browser's rendering, not the static response. */
  rendered: boolean;
}

/** Static HTML with fewer words than this, and scripts, is sent to the browser. */
const MIN_STATIC_WORDS = 20;

/** The site's own legal pages: the entity they name is read later (`dijkwacht entity`), so their text is kept. */
const LEGAL_PAGE = /(?:^|\/)(?:impressum|imprint|colofon|legal|terms|tos|voorwaarden|conditions|agb|contact|kontakt|about|over-ons|mentions-legales|aviso-legal|datenschutz|privacy|privacybeleid)(?:[/._-]|$)/i;

const FAVICON = /<link[^>]+rel=["'][^"']*icon[^"']*["'][^>]*href=["']([^"']+)["']/i;

/** Reads one page: one parse, the classifier, the language and the identifiers. Pure: the same task gives the same analysis. */
export function analysePage(task: AnalysisTask): Analysis {
  const t0 = performance.now();
  const parts = pageParts(task.url, task.html);
  const { judgement: _judgement, ...classification } = classifyParts(parts);
  const needsBrowser = !task.rendered && /<script\b/i.test(task.html) && (parts.appShell || parts.wordCount < MIN_STATIC_WORDS);
  const favicon = FAVICON.exec(task.html)?.[1];
  const identifiers = needsBrowser ? [] : findIdentifiers(task.html, favicon ? safeResolve(favicon, task.url) : null);
  const lang = needsBrowser ? null : identifyLanguage(parts.text);
  // Pages with claims (training records) and the site's own legal pages keep their text.
  const keepText = classification.evidence.items.some((e) => e.channel === 'claim' || e.channel === 'third-party') || LEGAL_PAGE.test(pathOf(task.url));
  const crawlParts: CrawlParts = {
    url: parts.url,
    title: parts.title,
    text: keepText ? parts.text : null,
    ownLinks: parts.links.filter((l) => l.internal).map(({ href, text, chrome }) => ({ href, text, chrome })),
    externalLinks: parts.externalLinks,
    internalLinks: parts.internalLinks,
  };
  return { parts: crawlParts, classification, needsBrowser, lang, identifiers, ms: performance.now() - t0 };
}

