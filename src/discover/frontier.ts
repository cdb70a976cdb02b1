import { classifyParts, pageParts, registrableDomain, type PageClassification, type PageParts } from '../classify/index.js';
import type { Catalog, DiscoveryRecord } from '../catalog/catalog.js';
import type { NetworkPolicy } from '../net/index.js';
import { findIdentifiers } from '../classify/index.js';

export interface CrawlLimits {
  maxDepth: number;
  maxPages: number;
  maxPagesPerSite: number;
  /** Registrable domains never fetched: platforms (messengers, social networks, payment, sign-in) that are identifiers, not sites to classify. */
  skipDomains: string[];
}

export interface PageMeta {
  depth: number;
  source: 'search' | 'seed' | 'link';
}

export interface Analysis {
  parts: PageParts;
  classification: PageClassification;
  /** Little or no text in the static HTML: the page must be rendered by a browser. */
  needsBrowser: boolean;
}

/** Static HTML with fewer words than this, and scripts, is sent to the browser. */
const MIN_STATIC_WORDS = 20;

export function analyse(url: string, html: string, rendered: boolean): Analysis {
  const parts = pageParts(url, html);
  const classification = classifyParts(parts);
  const hasScripts = /<script\b/i.test(html);
  const needsBrowser = !rendered && hasScripts && (parts.appShell || parts.wordCount < MIN_STATIC_WORDS);
  return { parts, classification, needsBrowser };
}

export interface NextRequest {
  url: string;
  depth: number;
  source: PageMeta['source'];
}

/**
 * Decides what the crawl does next and writes what it saw to the catalog. Shared by the HTTP and the
 * browser crawlers so both follow the same policy: budgets per run and per site, depth, the SSRF
 * guard, and which pages are expanded (seeds and search results always; then only services and
 * directories — the hubs).
 */
export class Frontier {
  readonly #catalog: Catalog;
  readonly #runId: number;
  readonly #limits: CrawlLimits;
  readonly #perSite = new Map<string, number>();
  readonly #seenDomains = new Set<string>();
  readonly #scheduledUrls = new Set<string>();
  #scheduled = 0;

  readonly #policy: NetworkPolicy;

  constructor(catalog: Catalog, runId: number, limits: CrawlLimits, policy: NetworkPolicy) {
    this.#policy = policy;
    this.#catalog = catalog;
    this.#runId = runId;
    this.#limits = limits;
  }

  /**
   * Restores the frontier of this run (after --resume) and returns what is still queued. The queue
   * of record is the catalog: Crawlee's own queues are kept in memory only.
   */
  restore(): NextRequest[] {
    const rows = this.#catalog.stmt('SELECT url, depth, source, state FROM frontier WHERE run_id = ?').all(this.#runId) as { url: string; depth: number; source: PageMeta['source']; state: string }[];
    for (const r of rows) this.#count(r.url);
    return rows.filter((r) => r.state === 'queued').map((r) => ({ url: r.url, depth: r.depth, source: r.source }));
  }

  get isFresh(): boolean {
    return this.#catalog.stmt('SELECT 1 FROM frontier WHERE run_id = ? LIMIT 1').get(this.#runId) === undefined;
  }

  #queue(url: string, depth: number, source: PageMeta['source']): void {
    this.#catalog.stmt("INSERT OR IGNORE INTO frontier (run_id, url, depth, source, state) VALUES (?, ?, ?, ?, 'queued')").run(this.#runId, url, depth, source);
  }

  #done(url: string): void {
    this.#catalog.stmt("UPDATE frontier SET state = 'done' WHERE run_id = ? AND url = ?").run(this.#runId, url);
  }

  #count(url: string): void {
    this.#scheduledUrls.add(url);
    const domain = registrableDomain(url) ?? url;
    this.#perSite.set(domain, (this.#perSite.get(domain) ?? 0) + 1);
    this.#seenDomains.add(domain);
    this.#scheduled++;
  }

  /** Whether a URL may be scheduled; counts it when it may. Seeds ignore the per-site budget. */
  admit(url: string, isSeed = false): boolean {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
    if (this.#scheduledUrls.has(url)) return false; // already queued: links to it do not count twice
    if (!this.#policy.url(url).allowed) return false; // links to the local network are never scheduled
    if (this.#scheduled >= this.#limits.maxPages) return false;
    const domain = registrableDomain(url) ?? parsed.hostname;
    if (this.#limits.skipDomains.includes(domain)) return false;
    if (!isSeed && (this.#perSite.get(domain) ?? 0) >= this.#limits.maxPagesPerSite) return false;
    this.#count(url);
    return true;
  }

  get scheduled(): number {
    return this.#scheduled;
  }

  seed(url: string, discovery: Omit<DiscoveryRecord, 'url' | 'domain'>): boolean {
    const domain = registrableDomain(url) ?? url;
    this.#catalog.recordDiscovery(this.#runId, { url, domain, ...discovery });
    const admitted = this.admit(url, true);
    if (admitted) this.#queue(url, 0, discovery.source);
    if (!admitted) this.#catalog.recordFailure(this.#runId, url, 'seed', 'not fetched: outside the page budget, a skipped platform domain, or a private address');
    return admitted;
  }

  /** Records a page that was read, and returns the links to follow. */
  record(url: string, finalUrl: string, meta: PageMeta, analysis: Analysis, response: { status: number | null; contentType: string | null; via: 'http' | 'browser' }, html: string): NextRequest[] {
    const { parts, classification } = analysis;
    const domain = registrableDomain(url) ?? new URL(url).hostname;
    this.#done(url);
    this.#catalog.recordPage(this.#runId, {
      url,
      finalUrl,
      domain,
      httpStatus: response.status,
      contentType: response.contentType,
      via: response.via,
      depth: meta.depth,
      classification,
      title: parts.title || null,
      error: null,
    });
    const finalDomain = registrableDomain(finalUrl);
    if (finalDomain && finalDomain !== domain) {
      this.#catalog.recordLinks(this.#runId, url, domain, [{ url: finalUrl, domain: finalDomain }], 'redirect');
    }
    const favicon = /<link[^>]+rel=["'][^"']*icon[^"']*["'][^>]*href=["']([^"']+)["']/i.exec(html)?.[1];
    const ids = findIdentifiers(html, favicon ? safeResolve(favicon, finalUrl) : null);
    if (ids.length > 0) this.#catalog.recordIdentifiers(this.#runId, finalDomain ?? domain, url, ids);
    const external = parts.externalLinks.map((l) => ({ url: l.href, domain: l.domain }));
    this.#catalog.recordLinks(this.#runId, finalUrl, finalDomain ?? domain, external);

    const expand = meta.depth === 0 || ['nudify', 'deepfake', 'directory'].includes(classification.label);
    if (!expand || meta.depth >= this.#limits.maxDepth) return [];
    const next: NextRequest[] = [];
    const internal = classification.label === 'unrelated' ? [] : parts.internalLinks;
    for (const link of new Set([...external.map((e) => e.url), ...internal].map((l) => l.replace(/#.*$/, '')))) {
      const linkDomain = registrableDomain(link);
      const isNewDomain = linkDomain !== null && !this.#seenDomains.has(linkDomain);
      if (!this.admit(link)) continue;
      if (isNewDomain && linkDomain) this.#catalog.recordDiscovery(this.#runId, { url: link, domain: linkDomain, source: 'link', linkingUrl: finalUrl });
      this.#queue(link, meta.depth + 1, 'link');
      next.push({ url: link, depth: meta.depth + 1, source: 'link' });
    }
    return next;
  }

  fail(url: string, meta: PageMeta | null, via: 'http' | 'browser', reason: string, status: number | null = null): void {
    const domain = registrableDomain(url) ?? url;
    this.#done(url);
    this.#catalog.recordPage(this.#runId, {
      url,
      finalUrl: null,
      domain,
      httpStatus: status,
      contentType: null,
      via,
      depth: meta?.depth ?? 0,
      classification: null,
      title: null,
      error: reason,
    });
    this.#catalog.recordFailure(this.#runId, url, `fetch (${via})`, reason);
  }
}

function safeResolve(href: string, base: string): string | null {
  try {
    return new URL(href, base).toString();
  } catch {
    return null;
  }
}
