import { escapeXml } from '../core/html.js';

/** Markup that is already safe: built by `html` or from trusted server code (never from site text). */
export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

type Part = SafeHtml | string | number | boolean | null | undefined | Part[];

const render = (part: Part): string => {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeXml(part).replace(/'/g, '&#39;');
};

/** A template whose every interpolation is escaped unless it is SafeHtml: site text is hostile input. */
export function html(strings: TemplateStringsArray, ...parts: Part[]): SafeHtml {
  let out = strings[0] ?? '';
  parts.forEach((p, i) => {
    out += render(p) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Trusted markup (e.g. an SVG the server drew). */
export const trusted = (markup: string): SafeHtml => new SafeHtml(markup);

/** A query string from defined values. */
export function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '' && v !== false) q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const NAV = [
  ['/', 'Dashboard'],
  ['/review', 'Review'],
  ['/cases', 'Cases'],
  ['/notices', 'Notices'],
  ['/graph', 'Graph'],
  ['/audit', 'Audit'],
] as const;

export interface PageFrame {
  title: string;
  path: string;
  reviewer: string;
  csrf: string;
  body: SafeHtml;
  /** Extra module scripts served by the app (never inline). */
  scripts?: string[];
  flash?: string | null;
}

/** The page around every view: navigation, who is signed in, the CSRF token for scripts. */
export function page(f: PageFrame): string {
  const nav = NAV.map(([href, label]) => html`<a href="${href}"${trusted(f.path === href || (href !== '/' && f.path.startsWith(href)) ? ' aria-current="page"' : '')}>${label}</a>`);
  return `<!doctype html>${html`<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="${f.csrf}"><title>${f.title} · dijkwacht</title><link rel="stylesheet" href="/assets/app.css"></head>
<body><header><a class="brand" href="/">dijkwacht</a><nav aria-label="Views">${nav}</nav>
<form method="post" action="/logout" class="who"><input type="hidden" name="_csrf" value="${f.csrf}"><span>${f.reviewer}</span> <button type="submit">Sign out</button></form></header>
<main id="main">${f.flash ? html`<p class="flash" role="status">${f.flash}</p>` : ''}<h1>${f.title}</h1>${f.body}</main>
<script type="module" src="/assets/app.js"></script>${(f.scripts ?? []).map((s) => html`<script type="module" src="${s}"></script>`)}</body></html>`.value}`;
}

/** A hidden CSRF field for a form that changes state. */
export const csrfField = (csrf: string): SafeHtml => html`<input type="hidden" name="_csrf" value="${csrf}">`;

/** A small table; cells are escaped unless SafeHtml. */
export function table(head: string[], rows: Part[][], caption?: string): SafeHtml {
  return html`<table>${caption ? html`<caption>${caption}</caption>` : ''}<thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${rows.map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody></table>`;
}

export const day = (iso: string | null | undefined): string => (iso ? iso.slice(0, 10) : '-');
