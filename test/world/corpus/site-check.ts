import { load } from 'cheerio';
import { SHAPES, type CorpusSite } from './site-kit.js';

/** Words of a page as a reader sees them (scripts and styles left out). */
export function pageWords(body: string): number {
  const $ = load(`<body>${body}</body>`);
  $('script, style, template').remove();
  const text = $('body').text().replace(/\s+/g, ' ').trim();
  // CJK scripts write no spaces: count each ideograph/kana/hangul as a word (roughly how readers count).
  const cjk = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? []).length;
  const spaced = text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return spaced + Math.round(cjk / 2);
}

/** What is wrong with a set of corpus sites, one sentence per problem (empty when all is well). */
export function checkSites(sites: CorpusSite[]): string[] {
  const problems: string[] = [];
  const hosts = new Set<string>();
  for (const site of sites) {
    const where = `${site.host} (${site.author})`;
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*\.test$/.test(site.host)) problems.push(`${where}: host must be lower-case and end in .test`);
    if (hosts.has(site.host)) problems.push(`${where}: host used twice`);
    hosts.add(site.host);
    if (!(SHAPES[site.label] as readonly string[]).includes(site.shape)) problems.push(`${where}: shape "${site.shape}" is not one of SHAPES.${site.label}`);
    if (site.pages.length < 3 || site.pages.length > 7) problems.push(`${where}: ${site.pages.length} pages (home plus 2–6 expected)`);
    if (site.pages[0]?.path !== '/') problems.push(`${where}: the first page must be the home page "/"`);
    const paths = new Set<string>();
    for (const page of site.pages) {
      if (!page.path.startsWith('/')) problems.push(`${where}: path ${page.path} must start with /`);
      if (paths.has(page.path)) problems.push(`${where}: path ${page.path} used twice`);
      paths.add(page.path);
      if (/<img[^>]+src="(?!\/img\/p\d\.png)/.test(page.body)) problems.push(`${where}${page.path}: images must be the placeholders /img/pN.png`);
    }
    const home = site.pages[0];
    if (home) {
      const words = pageWords(home.body);
      if (words < 150 || words > 650) problems.push(`${where}: home page has ${words} words (150–600 expected)`);
    }
    for (const page of site.pages.slice(1)) {
      const words = pageWords(page.body);
      if (words < 60) problems.push(`${where}${page.path}: only ${words} words (at least 60 expected)`);
    }
  }
  return problems;
}
