import { directories } from './directories.js';
import { holdout } from './holdout.js';
import { holdout2 } from './holdout2.js';
import { negatives } from './negatives.js';
import { services } from './services.js';
import type { CorpusPage } from './types.js';

export type { CorpusPage, CorpusLabel } from './types.js';

/** The labelled classifier corpus: services, directories and hard negatives, 12 languages. */
export const corpus: CorpusPage[] = [...services, ...directories, ...negatives, ...holdout, ...holdout2];

/** Pages written after the lexicon was frozen (reported separately by eval:classifier). */
export const holdoutHosts = new Set(holdout2.map((p) => p.host));

export function corpusUrl(page: CorpusPage): string {
  return `http://${page.host}${page.path}`;
}

const escapeJs = (s: string): string => JSON.stringify(s).replace(/</g, '\\u003c');

/** The page as served: static HTML, or an app shell whose script writes the body. */
export function renderCorpusPage(page: CorpusPage): { html: string; script: string | null } {
  const head = `<meta charset="utf-8"><title>${page.title}</title>${page.head ?? ''}`;
  if (page.jsOnly) {
    return {
      html: `<!doctype html><html lang="${page.lang}"><head>${head}<script src="/static/app.js" defer></script></head><body><div id="root"></div></body></html>`,
      script: `document.getElementById('root').innerHTML = ${escapeJs(page.body)};`,
    };
  }
  return { html: `<!doctype html><html lang="${page.lang}"><head>${head}</head><body>${page.body}</body></html>`, script: null };
}

const byHost = new Map<string, CorpusPage[]>();
for (const page of corpus) byHost.set(page.host, [...(byHost.get(page.host) ?? []), page]);

export function corpusPagesOf(host: string): CorpusPage[] | undefined {
  return byHost.get(host);
}
