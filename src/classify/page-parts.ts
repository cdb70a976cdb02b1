import { load, type CheerioAPI } from 'cheerio';
import { getDomain, getDomainWithoutSuffix, getHostname } from 'tldts';

/** What the classifier reads from one page. */
export interface PageParts {
  url: string;
  domain: string | null;
  domainLabel: string | null;
  title: string;
  description: string;
  headings: string;
  text: string;
  /** Outbound links to other registrable domains: href and anchor text. */
  externalLinks: { href: string; domain: string; text: string }[];
  internalLinks: string[];
  fileInputs: number;
  forms: number;
  scripts: string;
  listItems: number;
  wordCount: number;
  /** Markers of a page that is rendered by script (app shell). */
  appShell: boolean;
}

export function registrableDomain(url: string): string | null {
  return getDomain(url, { allowPrivateDomains: false }) ?? getHostname(url) ?? null;
}

function visibleText($: CheerioAPI): string {
  const body = $('body').clone();
  body.find('script, style, noscript, template, svg').remove();
  // Block elements end with a space so words from neighbouring elements do not run together.
  body.find('p, div, li, h1, h2, h3, h4, h5, h6, td, th, br, section, article, header, footer, a, button, label, span, input, option').each((_, el) => {
    $(el).append(' ');
  });
  return body.text().replace(/\s+/g, ' ').trim();
}

/** Parses HTML (static or rendered) into the parts the classifier and the crawler need. */
export function pageParts(url: string, html: string): PageParts {
  const $ = load(html);
  const domain = registrableDomain(url);
  const text = visibleText($);
  const externalLinks: PageParts['externalLinks'] = [];
  const internalLinks: string[] = [];
  $('a[href], area[href]').each((_, el) => {
    const raw = $(el).attr('href') ?? '';
    let href: string;
    try {
      href = new URL(raw, url).toString();
    } catch {
      return;
    }
    if (!/^https?:/i.test(href)) return;
    const d = registrableDomain(href);
    if (d && d !== domain) externalLinks.push({ href, domain: d, text: $(el).text().replace(/\s+/g, ' ').trim().slice(0, 200) });
    else internalLinks.push(href.replace(/#.*$/, ''));
  });
  const scripts = $('script')
    .map((_, el) => `${$(el).attr('src') ?? ''} ${$(el).html() ?? ''}`)
    .get()
    .join('\n');
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  const shellRoot = $('#root, #app, #__next, #__nuxt, [data-reactroot], app-root').first();
  const appShell = $('script[src]').length > 0 && wordCount < 60 && (shellRoot.length > 0 ? shellRoot.text().trim().length < 40 : wordCount < 25);
  return {
    url,
    domain,
    domainLabel: domain ? (getDomainWithoutSuffix(domain) ?? null) : null,
    title: $('title').first().text().trim(),
    description: $('meta[name="description"], meta[property="og:description"]').first().attr('content')?.trim() ?? '',
    headings: $('h1, h2, h3').map((_, el) => $(el).text().trim()).get().join(' | '),
    text,
    externalLinks,
    internalLinks: [...new Set(internalLinks)],
    fileInputs: $('input[type="file"]').length,
    forms: $('form').length,
    scripts,
    listItems: $('li').length,
    wordCount,
    appShell,
  };
}
