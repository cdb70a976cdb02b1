import type { CorpusLabel } from './types.js';

/**
 * The multi-page corpus: fictional sites with a home page and 2–6 more pages, written at realistic
 * length (navigation, footers, cookie banners, FAQs, price tables, JSON-LD). Every text is marketing
 * or editorial language only; images are neutral placeholders served by the test world.
 */
export interface CorpusSitePage {
  /** Absolute path on the site, e.g. "/" or "/pricing". The first page of a site is its home page "/". */
  path: string;
  title: string;
  /** Inner HTML of <body>. */
  body: string;
  /** Extra HTML for <head> (meta description, JSON-LD …). */
  head?: string;
  /** The body appears only after a script runs (an app shell). */
  jsOnly?: boolean;
}

export interface CorpusSite {
  /** Registrable host name, ending in .test, unique across the corpus. */
  host: string;
  /** BCP 47 primary language of the site's text. */
  lang: string;
  label: CorpusLabel;
  /** What the site is (see SHAPES). */
  shape: string;
  /** Which writer wrote it (kept for the record; never read by the classifier). */
  author: string;
  pages: CorpusSitePage[];
}

/** The shapes the corpus covers. Services, directories, and the hard negatives that look like them. */
export const SHAPES = {
  nudify: ['saas', 'app-landing', 'made-to-order', 'telegram-bot', 'api-reseller', 'mirror', 'innocent-home'],
  deepfake: ['faceswap-saas', 'tube', 'request-board', 'app-landing', 'telegram-bot', 'made-to-order', 'innocent-home'],
  directory: ['listicle', 'single-review', 'alternatives', 'coupon', 'telegram-list', 'ranking', 'link-hub'],
  unrelated: [
    'garment-care', 'ghost-mannequin', 'clothes-changer', 'virtual-try-on', 'photo-tool', 'sfw-faceswap', 'image-generator',
    'moderation-tool', 'lingerie-shop', 'adult-site', 'news', 'ngo', 'government', 'academic', 'encyclopedia', 'blocklist',
    'victim-help', 'law-firm', 'school-guide', 'fact-check', 'other',
  ],
} as const satisfies Record<CorpusLabel, readonly string[]>;

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export const p = (...paras: string[]): string => paras.map((t) => `<p>${t}</p>`).join('\n');
export const h1 = (t: string): string => `<h1>${t}</h1>`;
export const h2 = (t: string): string => `<h2>${t}</h2>`;
export const h3 = (t: string): string => `<h3>${t}</h3>`;
export const ul = (...items: string[]): string => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
export const ol = (...items: string[]): string => `<ol>${items.map((i) => `<li>${i}</li>`).join('')}</ol>`;
export const a = (href: string, text: string, attrs = ''): string => `<a href="${esc(href)}"${attrs ? ` ${attrs}` : ''}>${text}</a>`;
export const section = (...inner: string[]): string => `<section>${inner.join('\n')}</section>`;
export const article = (...inner: string[]): string => `<article>${inner.join('\n')}</article>`;
export const blockquote = (t: string, cite = ''): string => `<blockquote>${t}${cite ? `<cite>${cite}</cite>` : ''}</blockquote>`;
export const button = (t: string): string => `<button type="button">${t}</button>`;

/** A top navigation bar: [href, text] pairs. */
export const nav = (links: [string, string][], brand = ''): string =>
  `<header>${brand ? `<a class="brand" href="/">${brand}</a>` : ''}<nav>${links.map(([h, t]) => a(h, t)).join(' ')}</nav></header>`;

/** A footer: free text plus [href, text] links (legal pages, contact, socials). */
export const footer = (text: string, links: [string, string][] = []): string => `<footer><p>${text}</p>${links.length ? `<nav>${links.map(([h, t]) => a(h, t)).join(' · ')}</nav>` : ''}</footer>`;

/** A cookie banner with its own wording and buttons. */
export const cookieBanner = (text: string, accept: string, reject = ''): string =>
  `<div class="cookie-banner" role="dialog"><p>${text}</p>${button(accept)}${reject ? button(reject) : ''}</div>`;

/** An FAQ block: [question, answer] pairs. */
export const faq = (title: string, pairs: [string, string][]): string =>
  `<section class="faq">${h2(title)}${pairs.map(([q, ans]) => `<details><summary>${q}</summary><p>${ans}</p></details>`).join('')}</section>`;

/** A price table: header cells, then rows of cells. */
export const priceTable = (head: string[], rows: string[][]): string =>
  `<table class="pricing"><thead><tr>${head.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;

/** Cards of media items (a tube-style grid): title, duration "12:34", views text, tags. */
export const mediaGrid = (items: { title: string; duration: string; views: string; tags?: string[] }[]): string =>
  `<div class="grid">${items
    .map((i) => `<div class="card"><a href="/v/${encodeURIComponent(i.title.toLowerCase().replace(/\s+/g, '-'))}"><img src="/img/p${i.title.length % 10}.png" alt="" width="320" height="180"><span class="duration">${i.duration}</span></a><h3>${i.title}</h3><span class="views">${i.views}</span>${i.tags ? `<div class="tags">${i.tags.map((t) => a(`/tag/${encodeURIComponent(t)}`, `#${t}`)).join(' ')}</div>` : ''}</div>`)
    .join('')}</div>`;

/** JSON-LD in the head: any schema.org object. */
export const jsonLd = (data: Record<string, unknown>): string => `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
export const metaDescription = (text: string): string => `<meta name="description" content="${esc(text)}">`;

/** An upload form (the test world never receives it: the tool does not submit forms). */
export const upload = (label = 'Upload photo', action = '/generate', submit = 'Go'): string =>
  `<form action="${action}" method="post" enctype="multipart/form-data"><label>${label}<input type="file" name="image" accept="image/*"></label><button>${submit}</button></form>`;
/** An order form without a file field (made-to-order shops). */
export const orderForm = (fields: string[], submit = 'Order'): string =>
  `<form action="/order" method="post">${fields.map((f, i) => `<label>${f}<input name="f${i}"></label>`).join('')}<button>${submit}</button></form>`;
/** A text form (search, newsletter, request board post). */
export const textForm = (label: string, submit: string, action = '/search'): string => `<form action="${action}" method="get"><label>${label}<input name="q"></label><button>${submit}</button></form>`;
export const img = (n: number, alt = ''): string => `<img src="/img/p${n % 10}.png" alt="${esc(alt)}" width="200" height="150">`;
export const ageGate = (text: string, enter: string, leave: string): string => `<div class="age-gate" role="dialog"><p>${text}</p>${button(enter)}${button(leave)}</div>`;
export const storeBadges = (apk = '/download/app.apk'): string =>
  `<div class="stores">${a(apk, 'Download APK')}${a('https://play.google.com/store/apps/details?id=test.fixture.app', 'Get it on Google Play')}${a('https://apps.apple.com/app/id0000000000', 'Download on the App Store')}</div>`;

export const stripe = (key: string): string => `<script src="https://js.stripe.com/v3/"></script><script>window.STRIPE_KEY="${key}"</script>`;
export const oneTap = (clientId: string): string => `<script src="https://accounts.google.com/gsi/client" async></script><div id="g_id_onload" data-client_id="${clientId}"></div>`;
export const gtag = (id: string): string => `<script async src="https://www.googletagmanager.com/gtag/js?id=${id}"></script><script>gtag('config','${id}')</script>`;
export const cryptoCheckout = (): string => `<script src="https://nowpayments.io/embeds/payment-widget.js"></script>`;
