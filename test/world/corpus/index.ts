import { directories } from './directories.js';
import { holdout } from './holdout.js';
import { holdout2 } from './holdout2.js';
import { negatives } from './negatives.js';
import { services } from './services.js';
import type { CorpusPage } from './types.js';
import type { CorpusSite, CorpusSitePage } from './site-kit.js';
import { writtenSites } from './sites/index.js';
import { splitOfHost, type Split } from './splits.js';

export type { CorpusPage, CorpusLabel } from './types.js';
export type { CorpusSite, CorpusSitePage } from './site-kit.js';
export type { Split } from './splits.js';

/** The single-page corpus of earlier rounds: services, directories and hard negatives, 12 languages. */
export const corpus: CorpusPage[] = [...services, ...directories, ...negatives, ...holdout, ...holdout2];

/** Pages written after the lexicon was frozen in an earlier round. */
export const holdoutHosts = new Set(holdout2.map((p) => p.host));

export function corpusUrl(page: { host: string; path: string }): string {
  return `http://${page.host}${page.path}`;
}

/** The single-page corpus grouped into sites (a few hosts have more than one page). */
function legacySites(): CorpusSite[] {
  const byHost = new Map<string, CorpusSite>();
  for (const page of corpus) {
    const site = byHost.get(page.host) ?? { host: page.host, lang: page.lang, label: page.label, shape: page.kind, author: 'legacy', pages: [] };
    site.pages.push({ path: page.path, title: page.title, body: page.body, ...(page.head ? { head: page.head } : {}), ...(page.jsOnly ? { jsOnly: true } : {}) });
    byHost.set(page.host, site);
  }
  return [...byHost.values()];
}

/** Every labelled site: the multi-page corpus and the earlier single pages. */
export const corpusSites: CorpusSite[] = (() => {
  const written = new Set(writtenSites.map((s) => s.host));
  return [...writtenSites, ...legacySites().filter((s) => !written.has(s.host))];
})();

/**
 * Rounds of fresh sites: written by writers who read neither the classifier nor the corpus, each round
 * measured before anything was tuned on it (eval:classifier reports each round on its own).
 */
export const FRESH_ROUNDS: { name: string; authors: string[] }[] = [
  { name: 'fresh round 1 (written 2026-12-02, since tuned on)', authors: ['fresh-a', 'fresh-b', 'fresh-c'] },
  { name: 'fresh round 2 (written 2026-12-02, since tuned on)', authors: ['fresh-d', 'fresh-e', 'fresh-f'] },
  { name: 'fresh round 3 (written 2026-12-02, since tuned on)', authors: ['fresh-g', 'fresh-h', 'fresh-i'] },
  { name: 'fresh round 4 (written 2026-12-02; first sight P 0.800, R 0.857; since tuned on)', authors: ['fresh-j', 'fresh-l'] },
  { name: 'fresh round 5 (written 2026-12-03; first sight P 0.800, R 0.952; since tuned on)', authors: ['fresh-k', 'fresh-m', 'fresh-n'] },
  { name: 'fresh round 6 (written 2026-12-03; first sight P 0.870, R 0.952; since tuned on)', authors: ['fresh-o', 'fresh-p', 'fresh-q'] },
];

/**
 * The split a site belongs to. The single-page corpus was tuned on in earlier rounds, so it is
 * train (its second held-out set dev); the multi-page sites are split by host name.
 */
export function splitOf(site: CorpusSite): Split {
  if (site.author === 'legacy') return holdoutHosts.has(site.host) ? 'dev' : 'train';
  // Sites written after the frozen slice, by writers who never read the classifier or the corpus:
  // a second held-out set, never trained on, never part of the frozen slice.
  if (site.author.startsWith('fresh-')) return 'dev';
  return splitOfHost(site.host);
}

const siteByHost = new Map(corpusSites.map((s) => [s.host, s]));
export function corpusSite(host: string): CorpusSite | undefined {
  return siteByHost.get(host);
}

const escapeJs = (s: string): string => JSON.stringify(s).replace(/</g, '\\u003c');

/** The URL of the script that writes an app-shell page's body. */
export function shellScriptPath(page: CorpusSitePage): string {
  return `/static/app.js?page=${encodeURIComponent(page.path)}`;
}

/** The page as served: static HTML, or an app shell whose script writes the body. */
export function renderCorpusPage(site: CorpusSite, page: CorpusSitePage): { html: string; script: string | null } {
  const head = `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${page.title}</title>${page.head ?? ''}`;
  if (page.jsOnly) {
    return {
      html: `<!doctype html><html lang="${site.lang}"><head>${head}<script src="${shellScriptPath(page)}" defer></script></head><body><div id="root"></div></body></html>`,
      script: `document.getElementById('root').innerHTML = ${escapeJs(page.body)};`,
    };
  }
  return { html: `<!doctype html><html lang="${site.lang}"><head>${head}</head><body>${page.body}</body></html>`, script: null };
}
