import { classifyParts, findIdentifiers, identifyLanguage, pageParts, type PageClassification, type PageParts } from '../../classify/index.js';
import type { Identifier } from '../../classify/identifiers.js';
import { safeResolve } from '../../core/domain.js';

/** What the crawl learns from one fetched page: its parts, its label with the evidence, its language and identifiers. */
export interface Analysis {
  parts: PageParts;
  classification: PageClassification;
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

const FAVICON = /<link[^>]+rel=["'][^"']*icon[^"']*["'][^>]*href=["']([^"']+)["']/i;

/** Reads one page: one parse, the classifier, the language and the identifiers. Pure: the same task gives the same analysis. */
export function analysePage(task: AnalysisTask): Analysis {
  const t0 = performance.now();
  const parts = pageParts(task.url, task.html);
  const classification = classifyParts(parts);
  const needsBrowser = !task.rendered && /<script\b/i.test(task.html) && (parts.appShell || parts.wordCount < MIN_STATIC_WORDS);
  const favicon = FAVICON.exec(task.html)?.[1];
  const identifiers = needsBrowser ? [] : findIdentifiers(task.html, favicon ? safeResolve(favicon, task.url) : null);
  const lang = needsBrowser ? null : identifyLanguage(parts.text);
  return { parts, classification, needsBrowser, lang, identifiers, ms: performance.now() - t0 };
}
