import type { FixtureResponse } from './fixture.js';

/**
 * A generated web for crawl benchmarks: SITES sites (gen-0.test …) with PAGES pages each. Every
 * page reads as a (fictional) service so the crawl expands it; each links to its site's role pages
 * (which the fetch plan reads) and to three other sites, chosen deterministically.
 */
export const GENERATED_SITES = 320;
/** The home page and its role pages, which the fetch plan reads (pricing, modes, FAQ, app, order, terms). */
const ROLE_PATHS = ['/pricing', '/modes', '/faq', '/app', '/order', '/terms'] as const;
export const GENERATED_PAGES_PER_SITE = 1 + ROLE_PATHS.length;

const host = (n: number): string => `gen-${n}.test`;

export function isGeneratedHost(hostname: string): boolean {
  return /^gen-\d+\.test$/.test(hostname);
}

export function generatedSeeds(count = 20): string[] {
  return Array.from({ length: count }, (_, i) => `http://${host(i * Math.floor(GENERATED_SITES / count))}/`);
}

export function generatedPage(hostname: string, path: string): FixtureResponse {
  const n = Number(/^gen-(\d+)\.test$/.exec(hostname)?.[1] ?? '-1');
  const m = path === '/' ? 0 : ROLE_PATHS.indexOf(path as (typeof ROLE_PATHS)[number]) + 1 || -1;
  if (n < 0 || n >= GENERATED_SITES || m < 0 || m >= GENERATED_PAGES_PER_SITE) return { status: 404, headers: { 'content-type': 'text/html' }, body: '<h1>not found</h1>' };
  const internal = ROLE_PATHS.map((p) => `<a href="${p}">${p.slice(1)}</a>`).join(' ');
  const external = [n + 1, n * 7 + m + 3, n * 31 + m * 11 + 5].map((o) => o % GENERATED_SITES).map((o) => `<a href="http://${host(o)}/">site ${o}</a>`).join(' ');
  const filler = 'Generated benchmark page with ordinary text so the parser has something to read. '.repeat(12);
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Gen ${n}/${m} – undress AI</title></head><body>
<h1>Generated service ${n}, page ${m}</h1><p>Upload a photo to remove clothes. 20 credits for $5. Try it now.</p><form><input type="file"></form>
<p>${filler}</p><nav>${internal}</nav><footer>${external}</footer><img src="/img/p${m}.png" alt=""></body></html>`;
  return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body };
}
