// The crawl benchmark's web, in a process of its own: a generated web of fictional sites served
// through a forward HTTP proxy on loopback, the same pages as the test world's generated web
// (test/world/generated-web.ts) at any size. Prints {"proxyUrl": …} as one line, then serves until killed.
//   node dist/scripts/bench/crawl-web.js SITES [LATENCY_MS]
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The home page and its role pages, which the fetch plan reads (as in the test world's generated web). */
const ROLE_PATHS = ['/pricing', '/modes', '/faq', '/app', '/order', '/terms'] as const;
export const PAGES_PER_SITE = 1 + ROLE_PATHS.length;

const host = (n: number): string => `gen-${n}.test`;

/** Seeds spread over the web: every site is reachable from them through the "next site" links. */
export function seedsOf(sites: number, count = 20): string[] {
  return Array.from({ length: count }, (_, i) => `http://${host(i * Math.floor(sites / count))}/`);
}

/** One page of site `hostname`: reads as a (fictional) service, links its role pages and three other sites. */
export function benchPage(sites: number, hostname: string, path: string): { status: number; type: string; body: string } {
  const n = Number(/^gen-(\d+)\.test$/.exec(hostname)?.[1] ?? '-1');
  const m = path === '/' ? 0 : ROLE_PATHS.indexOf(path as (typeof ROLE_PATHS)[number]) + 1 || -1;
  if (n < 0 || n >= sites || m < 0) return { status: 404, type: 'text/html', body: '<h1>not found</h1>' };
  const internal = ROLE_PATHS.map((p) => `<a href="${p}">${p.slice(1)}</a>`).join(' ');
  const external = [n + 1, n * 7 + m + 3, n * 31 + m * 11 + 5].map((o) => o % sites).map((o) => `<a href="http://${host(o)}/">site ${o}</a>`).join(' ');
  const filler = 'Generated benchmark page with ordinary text so the parser has something to read. '.repeat(12);
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Gen ${n}/${m} – undress AI</title></head><body>
<h1>Generated service ${n}, page ${m}</h1><p>Upload a photo to remove clothes. 20 credits for $5. Try it now.</p><form><input type="file"></form>
<p>${filler}</p><nav>${internal}</nav><footer>${external}</footer><img src="/img/p${m}.png" alt=""></body></html>`;
  return { status: 200, type: 'text/html; charset=utf-8', body };
}

/** Starts the proxy-and-web server; answers absolute-form requests (a forward proxy) and Host-header ones alike. */
/** `latencyMs` delays every answer, as a far-away server would: a crawl then waits on the network, not the CPU. */
export async function startCrawlWeb(sites: number, latencyMs = 0): Promise<{ proxyUrl: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    req.resume();
    const url = /^https?:\/\//i.test(req.url ?? '') ? new URL(req.url!) : new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const page = benchPage(sites, url.hostname, url.pathname);
    const answer = (): void => void res.writeHead(page.status, { 'content-type': page.type, 'content-length': Buffer.byteLength(page.body) }).end(page.body);
    if (latencyMs > 0) setTimeout(answer, latencyMs);
    else answer();
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    proxyUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1]?.endsWith('crawl-web.js')) {
  const web = await startCrawlWeb(Number(process.argv[2] ?? 1143), Number(process.argv[3] ?? 0));
  process.stdout.write(`${JSON.stringify({ proxyUrl: web.proxyUrl })}\n`);
  process.on('SIGTERM', () => void web.close().then(() => process.exit(0)));
}
