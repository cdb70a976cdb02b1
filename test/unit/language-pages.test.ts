import { describe, expect, it } from 'vitest';
import { Catalog, mainLanguage } from '../../src/catalog/catalog.js';
import { classifyHtml } from '../../src/classify/index.js';

const page = (url: string, lang: string, body: string) => `<!doctype html><html lang="${lang}"><head><title>Welkom</title></head><body><p>${body}</p></body></html>`;
const DUTCH = 'Wij maken een foto van je tuin en de bloemen met het licht van de ochtend voor een album van de familie, niet voor een ander.';
const ENGLISH = 'We take a photo of your garden and the flowers with the light of the morning for the album of this family, and you are welcome.';

describe('page language in the catalog', () => {
  it('records each page language and keeps the site main language on sites.lang', () => {
    const catalog = new Catalog(null);
    const run = catalog.startRun('crawl', 'lang-test', {});
    const urls: [string, string][] = [
      ['http://tuinfoto.test/en', ENGLISH],
      ['http://tuinfoto.test/', DUTCH],
      ['http://tuinfoto.test/over', DUTCH],
    ];
    for (const [url, text] of urls) {
      const classification = classifyHtml(url, page(url, 'en', text), { model: null });
      catalog.recordPage(run.id, { url, finalUrl: url, domain: 'tuinfoto.test', httpStatus: 200, contentType: 'text/html', via: 'http', depth: 0, classification, title: 'Welkom', error: null });
    }
    catalog.recordPage(run.id, { url: 'http://tuinfoto.test/gone', finalUrl: null, domain: 'tuinfoto.test', httpStatus: 404, contentType: null, via: 'http', depth: 1, classification: null, title: null, error: 'HTTP 404' });
    const langs = catalog.stmt('SELECT url, lang FROM pages WHERE run_id = ? ORDER BY id').all(run.id);
    expect(langs).toEqual([
      { url: 'http://tuinfoto.test/en', lang: 'en' },
      { url: 'http://tuinfoto.test/', lang: 'nl' },
      { url: 'http://tuinfoto.test/over', lang: 'nl' },
      { url: 'http://tuinfoto.test/gone', lang: null },
    ]);
    catalog.settleSites(run.id, null);
    expect(catalog.site('tuinfoto.test')?.lang).toBe('nl');
    catalog.close();
  });

  it('takes the most common language as the main one, the first on a tie', () => {
    expect(mainLanguage(['en', 'nl', null, 'nl'])).toBe('nl');
    expect(mainLanguage(['de', 'fr'])).toBe('de');
    expect(mainLanguage([null, null])).toBeNull();
  });
});
