import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Catalog, reviewSite } from '../../src/catalog/index.js';
import { captureUrls } from '../../src/capture/index.js';
import { runDiscovery, type DiscoveryResult } from '../../src/discover/index.js';
import { lookupDomains } from '../../src/domains/index.js';
import type { Options } from '../../src/options/index.js';
import { HOSTS } from '../world/sites.js';
import { APPS_HOSTS, APPS_IDS } from '../world/sites-apps.js';
import { IMPRINT_HOSTS } from '../world/sites-imprint.js';
import { PAYMENT_HOSTS } from '../world/sites-payment.js';
import { startHarness, type Harness } from './capture-env.js';

/**
 * One test world for several refer kinds at once: one harness, one crawl over every kind's seeds,
 * the captures in as few capture calls as there are case ids (one warm browser each), one lookup
 * over every domain, then the analyst reviews. Vitest runs each file in its own worker, so a world
 * is shared by the kinds of one test file only.
 *
 * Each kind names what its tests need (a WorldPart below); the world is the union of the parts.
 * Parts only add pages: a kind's tests must hold in any world that contains its part. Kinds whose
 * domains would be tied together as one operator do not share a world: the test DNS gives every
 * .test name it has no zone for an address by the name's length, so tauschwerk-ki.test (site) and
 * flirtswap-app.test (search-engine), or beeldlab-voorbeeld.test (site) and beeldapp-voorbeeld.test
 * (appstore), would form one cluster. The files that share worlds: refer-identifiers.test.ts
 * (payment, signin, appstore, messaging), refer-authorities-search.test.ts, refer-site.test.ts and
 * refer.test.ts (hosts).
 */

interface Review {
  domain: string;
  verdict: 'confirm' | 'override';
  label?: Parameters<typeof reviewSite>[1]['label'];
  note: string | null;
}

export interface WorldPart {
  /** Crawled at depth 0, in one crawl with every other part's seeds. */
  seeds: string[];
  /** Captured after the crawl; a capture with a case id also serves a part that asks for none. */
  captures: { url: string; caseId?: string }[];
  /** Looked up once every capture is in (the lookup reads the captured headers). */
  lookups: string[];
  /** Recorded last, by the analyst "Test Analyst". */
  reviews: Review[];
}

export const REVIEWER = 'Test Analyst';
/** The Telegram preview stand-in as a URL template (the option telegramPreviewUrl). */
export const TELEGRAM_PREVIEW_TEMPLATE = `http://${APPS_HOSTS.telegramPreview}/s/{handle}`;
/** The query that finds the search-engine kind's service, through Google and through a SearXNG instance that asks Bing. */
export const SEARCH_QUERY = 'flirtswap spicy';
/** A fictional German face-swap service of the test corpus, ranked for SEARCH_QUERY. */
export const SEARCH_SERVICE = 'flirtswap-app.test';
/** A fictional German face-swap service of the test corpus whose imprint names a contact address. */
export const GERMAN_SERVICE = 'tauschwerk-ki.test';

const overridden = (domains: string[], label: Review['label'], note: string): Review[] => domains.map((domain) => ({ domain, verdict: 'override' as const, label, note }));
const confirmed = (domains: string[]): Review[] => domains.map((domain) => ({ domain, verdict: 'confirm' as const, note: null }));

const PAY = PAYMENT_HOSTS;
const APPS = APPS_HOSTS;
// The fixtures' copy is neutral on purpose: the label is an analyst's, as it would be for a service seen by hand.
const PAYMENT_NOTE = 'test world: label set by hand for the referral tests';

export const PARTS = {
  /** Stripe key on A's checkout (captured), another on B's checkout (crawled, never captured). */
  payment: {
    seeds: [`http://${PAY.service}/`, `http://${PAY.service}/checkout`, `http://${PAY.service}/login`, `http://${PAY.uncaptured}/`, `http://${PAY.uncaptured}/checkout`],
    captures: [{ url: `http://${PAY.service}/checkout` }, { url: `http://${PAY.service}/login` }, { url: `http://${PAY.uncaptured}/` }],
    lookups: [PAY.service, PAY.uncaptured],
    reviews: overridden([PAY.service, PAY.uncaptured], 'nudify', PAYMENT_NOTE),
  },
  /** Google, Discord and Apple client ids on A's sign-in page (captured). */
  signin: {
    seeds: [`http://${PAY.service}/`, `http://${PAY.service}/login`, `http://${PAY.uncaptured}/`],
    captures: [{ url: `http://${PAY.service}/login` }, { url: `http://${PAY.uncaptured}/` }],
    lookups: [PAY.service, PAY.uncaptured],
    reviews: overridden([PAY.service, PAY.uncaptured], 'nudify', PAYMENT_NOTE),
  },
  /** Store links on three services (one page never captured), a directory, and the stand-in for a store listing. */
  appstore: {
    seeds: [APPS.service, APPS.sibling, APPS.uncaptured, APPS.directory].map((d) => `http://${d}/`),
    captures: [
      ...[APPS.service, APPS.sibling, APPS.directory].map((d) => ({ url: `http://${d}/` })),
      // The page of the third service that links its app is never captured: only its about page is.
      { url: `http://${APPS.uncaptured}/about` },
      // The stand-in for the store's listing page of the first app (the real store is never fetched).
      { url: `http://${APPS.storeListing}/store/apps/details?id=${APPS_IDS.playApp}` },
    ],
    lookups: [APPS.service, APPS.sibling, APPS.uncaptured, APPS.directory],
    reviews: [...overridden([APPS.service, APPS.sibling, APPS.uncaptured], 'nudify', 'fictional test-world service'), ...overridden([APPS.directory], 'directory', 'fictional test-world directory')],
  },
  /** Telegram and Discord handles on two services; the channel preview is captured by the tests themselves. */
  messaging: {
    seeds: [APPS.service, APPS.sibling].map((d) => `http://${d}/`),
    captures: [APPS.service, APPS.sibling].map((d) => ({ url: `http://${d}/` })),
    lookups: [APPS.service, APPS.sibling],
    reviews: overridden([APPS.service, APPS.sibling], 'nudify', 'fictional test-world service'),
  },
  /** A site with an imprint, terms and contact page; one that publishes nothing; a German service. */
  site: {
    seeds: [...['/', '/impressum', '/terms', '/contact'].map((p) => `http://${IMPRINT_HOSTS.imprint}${p}`), `http://${IMPRINT_HOSTS.anonymous}/`, `http://${IMPRINT_HOSTS.anonymous}/terms`, `http://${GERMAN_SERVICE}/`, `http://${GERMAN_SERVICE}/impressum`],
    captures: [IMPRINT_HOSTS.imprint, IMPRINT_HOSTS.anonymous, GERMAN_SERVICE].map((d) => ({ url: `http://${d}/` })),
    lookups: [IMPRINT_HOSTS.imprint, IMPRINT_HOSTS.anonymous, GERMAN_SERVICE],
    // The two neutral photo-studio fixtures stand in for a service here: an analyst's override, as the CLI records one.
    reviews: [...overridden([IMPRINT_HOSTS.imprint, IMPRINT_HOSTS.anonymous], 'nudify', 'test fixture standing in for a service'), ...confirmed([GERMAN_SERVICE])],
  },
  /** The .nl service, captured in case CASE-A. */
  authorities: {
    seeds: [`http://${HOSTS.nlService}/`],
    captures: [{ url: `http://${HOSTS.nlService}/`, caseId: 'CASE-A' }],
    lookups: [HOSTS.nlService],
    reviews: confirmed([HOSTS.nlService]),
  },
  /** SEARCH_SERVICE found by search (see the world's search options), the .nl service crawled from a seed. */
  'search-engine': {
    seeds: [`http://${HOSTS.nlService}/`],
    captures: [SEARCH_SERVICE, HOSTS.nlService].map((d) => ({ url: `http://${d}/` })),
    lookups: [SEARCH_SERVICE, HOSTS.nlService],
    reviews: confirmed([SEARCH_SERVICE, HOSTS.nlService]),
  },
  /** Two domains of one operator, one behind a CDN, and one only captured, never crawled; all in case CASE-7 (refer.test.ts). */
  hosts: {
    seeds: [HOSTS.nlService, HOSTS.nlSibling, HOSTS.cdnService].map((d) => `http://${d}/`),
    // The test service is captured, never crawled: known from its capture alone.
    captures: [HOSTS.nlService, HOSTS.nlSibling, HOSTS.cdnService, HOSTS.service].map((d) => ({ url: `http://${d}/`, caseId: 'CASE-7' })),
    lookups: [HOSTS.nlService, HOSTS.nlSibling, HOSTS.cdnService, HOSTS.service],
    reviews: confirmed([HOSTS.nlService, HOSTS.nlSibling]),
  },
} satisfies Record<string, WorldPart>;

export type PartName = keyof typeof PARTS;

export interface ReferWorld {
  h: Harness;
  /** The bundle id of a capture made while the world was built (by URL, and case id if it had one). */
  bundle(url: string, caseId?: string): string;
  /** The shared crawl of every part's seeds. */
  crawl: DiscoveryResult;
  /** The search-engine part's discovery runs (Google, then SearXNG-asking-Bing), in that order. */
  searches: DiscoveryResult[];
  /**
   * Options for the search-engine kind: the world's Google Programmable Search and a SearXNG
   * instance whose upstream is Bing (null unless that part is in the world).
   */
  searchOptions: ((o?: Partial<Options>) => Options) | null;
  /** The packet folders in <dataDir>/packets of one recipient type (other kinds' packets live there too). */
  packetDirs(type: string): Promise<string[]>;
  /** Milliseconds each step of the build took (harness, search, crawl, capture, lookup, review): for tuning. */
  timings: Record<string, number>;
  stop(): Promise<void>;
}

/** A SearXNG instance whose upstream engine is Bing: the test world's answers, each result attributed as SearXNG attributes it. */
async function bingSearxng(upstream: string): Promise<{ url: string; stop(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const r = await fetch(`${upstream}${(req.url ?? '/').replace(/^\/?/, '/')}`);
      const body = (await r.json()) as { results?: Record<string, unknown>[] };
      for (const x of body.results ?? []) Object.assign(x, { engine: 'bing', engines: ['bing'] });
      res.writeHead(r.status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stop: () => new Promise((r) => server.close(() => r())) };
}

const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

/** Builds the world of the named parts (see PARTS); stop() it in afterAll. */
export async function startReferWorld(names: PartName[], o: { captureConcurrency?: number } = {}): Promise<ReferWorld> {
  const parts: WorldPart[] = names.map((n) => PARTS[n]);
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (step: string): void => {
    const now = performance.now();
    timings[step] = Math.round(now - t);
    t = now;
  };
  const h = await startHarness();
  lap('harness');
  let bing: Awaited<ReturnType<typeof bingSearxng>> | null = null;
  try {
    const searches: DiscoveryResult[] = [];
    let searchOptions: ReferWorld['searchOptions'] = null;
    if (names.includes('search-engine')) {
      const b = await bingSearxng(h.world.search.searxngUrl);
      bing = b;
      const s = h.world.search;
      searchOptions = (x = {}) => h.options({ crawlSameDomainDelayMs: 0, crawlRequestsPerMinute: 100_000, searchRequestsPerSecond: 50, searchMaxResults: 5, maxDepth: 0, googleApiUrl: s.googleApiUrl, googleApiKey: s.googleApiKey, googleCx: s.googleCx, searxngUrl: b.url, ...x });
      // Discovery through Google Programmable Search, and through a SearXNG instance that asks Bing.
      for (const engine of ['google', 'searxng']) searches.push(await runDiscovery({ kind: 'discover', options: searchOptions(), engines: [engine], queries: [SEARCH_QUERY] }));
      lap('search');
    }

    const crawl = await runDiscovery({ kind: 'crawl', options: h.options({ crawlSameDomainDelayMs: 0, crawlRequestsPerMinute: 100_000, maxDepth: 0 }), seeds: unique(parts.flatMap((p) => p.seeds)) });
    lap('crawl');

    // Per URL: one capture per case id asked for; a part that asks for no case is served by any of them.
    const byCase = new Map<string | null, string[]>();
    const urls = unique(parts.flatMap((p) => p.captures.map((c) => c.url)));
    for (const url of urls) {
      const cases = unique(parts.flatMap((p) => p.captures.filter((c) => c.url === url && c.caseId).map((c) => c.caseId!)));
      for (const caseId of cases.length > 0 ? cases : [null]) byCase.set(caseId, [...(byCase.get(caseId) ?? []), url]);
    }
    const bundles = new Map<string, string>();
    for (const [caseId, list] of byCase) {
      const results = await captureUrls({ urls: list, options: h.options({ captureConcurrency: o.captureConcurrency ?? 2 }), caseId });
      list.forEach((url, i) => {
        const r = results[i];
        if (!r?.ok) throw new Error(`capture of ${url} gave no bundle: ${r ? r.error : 'no result'}`);
        bundles.set(`${caseId ?? ''} ${url}`, r.id);
      });
    }
    lap('capture');

    // The world's RDAP servers are local: no need to pace requests as for the real ones (2 a second per server).
    await lookupDomains(unique(parts.flatMap((p) => p.lookups)), h.options({ rdapRequestsPerSecond: 100, rdapBootstrapDir: h.world.rdap.bootstrapDir, dnsServer: h.world.dns.server, whoisServer: h.world.whois.server }));
    lap('lookup');

    const reviews = new Map<string, Review>();
    for (const r of parts.flatMap((p) => p.reviews)) {
      const seen = reviews.get(r.domain);
      if (seen && JSON.stringify(seen) !== JSON.stringify(r)) throw new Error(`the parts review ${r.domain} differently: they cannot share a world`);
      reviews.set(r.domain, r);
    }
    const catalog = new Catalog(h.dataDir);
    try {
      for (const r of reviews.values()) reviewSite(catalog, { ...r, reviewer: REVIEWER });
    } finally {
      catalog.close();
    }
    lap('review');

    const stopBing = bing;
    return {
      h,
      crawl,
      searches,
      searchOptions,
      timings,
      bundle(url, caseId) {
        const any = caseId === undefined ? [...bundles].find(([k]) => k.endsWith(` ${url}`))?.[1] : bundles.get(`${caseId} ${url}`);
        if (!any) throw new Error(`no capture of ${url}${caseId ? ` in ${caseId}` : ''} in this world`);
        return any;
      },
      packetDirs: async (type) => (await readdir(join(h.dataDir, 'packets')).catch(() => [] as string[])).filter((d) => !d.startsWith('.') && d.split('-').slice(3).join('-').startsWith(`${type}-`)),
      async stop() {
        await stopBing?.stop();
        await h.stop();
      },
    };
  } catch (error) {
    await bing?.stop();
    await h.stop();
    throw error;
  }
}
