import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { getDomainWithoutSuffix } from 'tldts';
import { registrableDomain } from '../core/domain.js';

/** A run of visible text between block boundaries, with where it sits on the page. */
export interface TextBlock {
  text: string;
  /** Nearest enclosing card-like container (list item, article, table row, quote, card), or -1. */
  container: number;
  /** Heading section (text between one h1–h4 and the next), 0 before the first heading. */
  section: number;
  /** Inside a quotation (blockquote, q). */
  quoted: boolean;
  /** Inside the page's navigation, header or footer. */
  chrome: boolean;
}

export interface PageLink {
  href: string;
  /** Registrable domain of the target. */
  domain: string;
  text: string;
  internal: boolean;
  container: number;
  section: number;
  /** In the page's navigation, header or footer. */
  chrome: boolean;
}

/** What the classifier reads from one page. */
export interface PageParts {
  url: string;
  domain: string | null;
  domainLabel: string | null;
  /** The language the page declares (<html lang>), lower-case primary tag, or null. */
  declaredLang: string | null;
  title: string;
  description: string;
  headings: string;
  /** Visible text, blocks joined by spaces. */
  text: string;
  blocks: TextBlock[];
  links: PageLink[];
  /** Outbound links to other registrable domains: href and anchor text. */
  externalLinks: { href: string; domain: string; text: string }[];
  internalLinks: string[];
  fileInputs: number;
  forms: number;
  /** Forms whose action stays on this site and that have input fields but no file field (order, request, sign-up). */
  fieldForms: number;
  scripts: string;
  listItems: number;
  /** schema.org types declared in JSON-LD and microdata. */
  schemaTypes: string[];
  wordCount: number;
  /** Markers of a page that is rendered by script (app shell). */
  appShell: boolean;
}

export { registrableDomain };

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object']);
const BLOCK = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'br', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'main', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'table', 'blockquote', 'figure', 'figcaption', 'form', 'label', 'button', 'option', 'details', 'summary', 'pre', 'hr', 'address', 'input', 'select', 'textarea']);
const CONTAINER = new Set(['li', 'article', 'tr', 'blockquote', 'figure', 'dd', 'details']);
const CARD_CLASS = /(?:^|[\s_-])(?:card|item|entry|product|tool|listing|review|result|offer|deal|coupon|app|bot|pick|plan|tier|tile)s?(?:$|[\s_-])/i;
const HEADING = /^h[1-4]$/;

/** The text under a node, without building a Cheerio selection (links are many). */
function textOf(node: AnyNode, out: string[] = [], budget = { left: 400 }): string[] {
  if (budget.left <= 0) return out;
  const type: string = node.type;
  if (type === 'text') {
    const data = (node as unknown as { data: string }).data;
    out.push(data);
    budget.left -= data.length;
  } else if (type === 'tag' && !SKIPPED.has((node as Element).name)) {
    for (const child of (node as Element).children) textOf(child, out, budget);
  }
  return out;
}

/** Hidden by markup: never read, since a reader never sees it (and hostile pages hide text there). */
function hidden(el: Element): boolean {
  const a = el.attribs;
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  const style = a.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Characters of visible text read per page: enough for any real page; a 5 MB text page is judged on its first part. */
export const MAX_PAGE_TEXT = 200_000;

interface Walk {
  length: number;
  blocks: TextBlock[];
  links: PageLink[];
  current: string[];
  containers: number;
  section: number;
}

/** Parses HTML (static or rendered), or a document Crawlee has parsed already, into the parts the classifier and the crawler need. */
export function pageParts(url: string, html: string | CheerioAPI): PageParts {
  const $ = typeof html === 'string' ? load(html) : html;
  const domain = registrableDomain(url);
  const walk: Walk = { length: 0, blocks: [], links: [], current: [], containers: 0, section: 0 };
  let state = { container: -1, quoted: false, chrome: false };
  const flush = (): void => {
    const text = walk.current.join('').replace(/\s+/g, ' ').trim();
    walk.current = [];
    if (text) walk.blocks.push({ text, container: state.container, section: walk.section, quoted: state.quoted, chrome: state.chrome });
  };
  let fileInputs = 0;
  let forms = 0;
  let fieldForms = 0;
  let listItems = 0;
  const visit = (node: AnyNode): void => {
    // Node types as strings: Crawlee's parser and cheerio's bring two copies of the same enum.
    const type: string = node.type;
    if (type === 'text') {
      if (walk.length >= MAX_PAGE_TEXT) return;
      const data = (node as unknown as { data: string }).data.slice(0, MAX_PAGE_TEXT - walk.length);
      walk.length += data.length;
      walk.current.push(data);
      return;
    }
    if (type !== 'tag') {
      if (type === 'root') for (const child of (node as unknown as { children: AnyNode[] }).children) visit(child);
      return;
    }
    const el = node as unknown as Element;
    const tag = el.name.toLowerCase();
    if (tag === 'input' && (el.attribs.type ?? '').toLowerCase() === 'file') fileInputs++;
    if (SKIPPED.has(tag) || hidden(el)) return;
    if (tag === 'form') {
      forms++;
      const action = el.attribs.action ?? '';
      const local = !/^[a-z][a-z0-9+.-]*:/i.test(action) || registrableDomain(safeUrl(action, url) ?? '') === domain;
      if (local && $(el).find('input[type="file"]').length === 0 && $(el).find('input:not([type]), input[type="text"], input[type="email"], input[type="tel"], input[type="url"], textarea, select').length > 0) fieldForms++;
    }
    if (tag === 'li') listItems++;
    const block = BLOCK.has(tag);
    if (block) flush();
    const saved = state;
    if (HEADING.test(tag)) walk.section++;
    const isContainer = CONTAINER.has(tag) || ((tag === 'div' || tag === 'section') && CARD_CLASS.test(el.attribs.class ?? ''));
    if (isContainer || tag === 'q' || tag === 'blockquote' || tag === 'nav' || tag === 'header' || tag === 'footer') {
      state = {
        container: isContainer ? walk.containers++ : state.container,
        quoted: state.quoted || tag === 'q' || tag === 'blockquote',
        chrome: state.chrome || tag === 'nav' || tag === 'header' || tag === 'footer',
      };
    }
    if ((tag === 'a' || tag === 'area') && el.attribs.href !== undefined) {
      const href = safeUrl(el.attribs.href, url);
      if (href && /^https?:/i.test(href)) {
        const d = registrableDomain(href);
        walk.links.push({ href, domain: d ?? '', text: textOf(el).join('').replace(/\s+/g, ' ').trim().slice(0, 200), internal: !d || d === domain, container: state.container, section: walk.section, chrome: state.chrome });
      }
    }
    if (tag === 'input' || tag === 'button') {
      const value = el.attribs.value ?? el.attribs.placeholder ?? '';
      if (value) walk.current.push(` ${value} `);
    }
    for (const child of el.children) visit(child);
    if (block) flush();
    state = saved;
  };
  const body = $('body')[0];
  if (body) visit(body);
  else visit($.root()[0] as AnyNode);
  flush();

  const text = walk.blocks.map((b) => b.text).join(' ');
  const externalLinks = walk.links.filter((l) => !l.internal).map((l) => ({ href: l.href, domain: l.domain, text: l.text }));
  const internalLinks = [...new Set(walk.links.filter((l) => l.internal).map((l) => l.href.replace(/#.*$/, '')))];
  const scripts = $('script')
    .map((_, el) => `${$(el).attr('src') ?? ''} ${$(el).attr('type') === 'application/ld+json' ? '' : ($(el).html() ?? '')}`)
    .get()
    .join('\n')
    .slice(0, 1_000_000);
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  const shellRoot = $('#root, #app, #__next, #__nuxt, [data-reactroot], app-root').first();
  const appShell = $('script[src]').length > 0 && wordCount < 60 && (shellRoot.length > 0 ? shellRoot.text().trim().length < 40 : wordCount < 25);
  const lang = ($('html').attr('lang') ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return {
    url,
    domain,
    domainLabel: domain ? (getDomainWithoutSuffix(domain) ?? null) : null,
    declaredLang: /^[a-z]{2,3}$/.test(lang) ? lang : null,
    title: $('title').first().text().trim(),
    description: $('meta[name="description"], meta[property="og:description"]').first().attr('content')?.trim() ?? '',
    headings: $('h1, h2, h3').map((_, el) => $(el).text().trim()).get().join(' | '),
    text,
    blocks: walk.blocks,
    links: walk.links,
    externalLinks,
    internalLinks,
    fileInputs,
    forms,
    fieldForms,
    scripts,
    listItems,
    schemaTypes: schemaTypes($),
    wordCount,
    appShell,
  };
}

function schemaTypes($: CheerioAPI): string[] {
  const types = new Set<string>();
  const add = (t: unknown): void => {
    if (typeof t === 'string') types.add(t.replace(/^https?:\/\/schema\.org\//, ''));
    else if (Array.isArray(t)) t.forEach(add);
  };
  const walkJson = (v: unknown, depth: number): void => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v.slice(0, 100)) walkJson(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    add(o['@type']);
    for (const x of Object.values(o)) walkJson(x, depth + 1);
  };
  $('script[type="application/ld+json"]').each((_, el) => {
    const raw = $(el).html() ?? '';
    if (raw.length > 200_000) return;
    try {
      walkJson(JSON.parse(raw), 0);
    } catch {
      // broken JSON-LD is common on the web; it just declares nothing
    }
  });
  $('[itemtype]').each((_, el) => add(($(el).attr('itemtype') ?? '').split(/\s+/)[0]));
  return [...types].slice(0, 30);
}

function safeUrl(href: string, base: string): string | null {
  try {
    return new URL(href, base).toString();
  } catch {
    return null;
  }
}
