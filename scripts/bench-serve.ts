// npm run bench:serve — the workspace over a synthetic catalog of 10,000 sites and 100,000 pages:
// every view requested N times, p50/p95 of the server time (the Server-Timing header) per view.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Catalog, addNoticeEvent, recordNotice, type PageRecord } from '../src/catalog/index.js';
import type { Label, PageClassification } from '../src/classify/index.js';
import { storeLookup, type DomainReport } from '../src/domains/index.js';
import { loadOptions, testDefaults } from '../src/options/index.js';
import { startWorkspace } from '../src/serve/index.js';
import { percentile, sampleMemory, table } from './bench/measure.js';

const SITES = Number(process.env.BENCH_SERVE_SITES ?? 10_000);
const PAGES_PER_SITE = Number(process.env.BENCH_SERVE_PAGES_PER_SITE ?? 10);
const RUNS = 4;
const N = Number(process.env.BENCH_SERVE_REQUESTS ?? 20);
const TARGET_MS = 200;
const TOKEN = 'bench-serve-token-0123456789';

const LANGS = ['en', 'nl', 'de', 'fr', 'es', 'pt', 'it', 'pl'];
const COUNTRIES = ['NL', 'DE', 'US', 'FR', 'SG', 'RU', 'PA', 'CA'];
/** Labels by share: most sites a crawl meets are unrelated. */
const labelOf = (i: number): Label => (i % 20 < 3 ? 'nudify' : i % 20 === 3 ? 'deepfake' : i % 20 < 6 ? 'directory' : 'unrelated');
const domainOf = (i: number): string => `bench-site-${i}.test`;

function classification(label: Label, url: string, lang: string): PageClassification {
  const items =
    label === 'unrelated'
      ? []
      : [
          { channel: 'claim' as const, kind: 'nudify', reason: 'offers to undress people in photos', snippet: 'ai studio · undress any photo with ai · upload a picture', url, count: 1 },
          { channel: 'offer' as const, kind: 'credits', reason: 'sells credits, coins or tokens per generation', snippet: '20 credits for €9.99 · upload photo', url, count: 2 },
        ];
  return { label, score: label === 'unrelated' ? 0.1 : 0.95, signals: items.map((e) => e.reason), evidence: { url, lang, langCovered: true, langCore: true, items, promoted: [], words: 120 }, model: null } as unknown as PageClassification;
}

/** Writes the catalog through the Catalog's own methods (pages, links, identifiers, lookups, notices); sites and their runs in one SQL transaction. */
function synthesise(catalog: Catalog): { serviceDomain: string } {
  const runs = Array.from({ length: RUNS }, (_, r) => catalog.startRun('crawl', `bench-run-${r + 1}`, { bench: true }).id);
  const at = new Date().toISOString();
  catalog.db.transaction(() => {
    const site = catalog.db.prepare('INSERT INTO sites (domain, label, score, signals_json, first_seen, last_seen, needs_review, review_reasons_json, lang) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const siteRun = catalog.db.prepare('INSERT INTO site_runs (run_id, domain, label, score, online, final_domain) VALUES (?, ?, ?, ?, ?, ?)');
    for (let i = 0; i < SITES; i++) {
      const label = labelOf(i);
      const domain = domainOf(i);
      const lang = LANGS[i % LANGS.length]!;
      site.run(domain, label, label === 'unrelated' ? 0.1 : 0.95, JSON.stringify(['offers to undress people in photos']), at, at, i % 19 === 0 ? 1 : 0, JSON.stringify(i % 19 === 0 ? ['the rules and the learned model disagree'] : []), lang);
      // Sites join over the runs; one in fifty goes offline in the last run, one in a hundred moves.
      runs.forEach((runId, r) => {
        if (i % RUNS > r) return;
        siteRun.run(runId, domain, label, 0.9, r === RUNS - 1 && i % 50 === 0 ? 0 : 1, r === RUNS - 1 && i % 100 === 1 ? domainOf(i + 1) : null);
      });
    }
    for (let i = 0; i < SITES; i++) {
      const domain = domainOf(i);
      const lang = LANGS[i % LANGS.length]!;
      for (let p = 0; p < PAGES_PER_SITE; p++) {
        const url = `http://${domain}/${p === 0 ? '' : `page-${p}`}`;
        const page: PageRecord = { url, finalUrl: null, domain, httpStatus: 200, contentType: 'text/html', via: 'http', depth: p === 0 ? 0 : 1, classification: classification(labelOf(i), url, lang), title: `Bench site ${i} page ${p}`, error: null };
        catalog.recordPage(runs[p % RUNS]!, page);
      }
      catalog.recordLinks(runs[0]!, `http://${domain}/`, domain, [{ url: `http://${domainOf((i * 7 + 3) % SITES)}/`, domain: domainOf((i * 7 + 3) % SITES) }, { url: `http://${domainOf((i + 1) % SITES)}/`, domain: domainOf((i + 1) % SITES) }]);
      if (labelOf(i) !== 'unrelated') catalog.recordIdentifiers(runs[0]!, domain, `http://${domain}/`, [{ kind: 'google-analytics-4', value: `G-BENCH${Math.floor(i / 4)}` }]);
    }
  })();
  catalog.db.transaction(() => {
    for (let i = 0; i < SITES; i++) {
      if (labelOf(i) === 'unrelated') continue;
      const c = COUNTRIES[i % COUNTRIES.length]!;
      const report = {
        domain: domainOf(i),
        registrableDomain: domainOf(i),
        registry: 'Bench Registry',
        registrar: { name: `Registrar ${i % 12}`, abuseEmail: `abuse@registrar-${i % 12}.test` },
        nameservers: [`ns1.host-${i % 30}.test`],
        ips: [`192.0.2.${i % 250}`],
        hosting: [{ ip: `192.0.2.${i % 250}`, holder: `Host ${i % 30}`, org: `Host ${i % 30}`, network: `NET-${i % 30}`, country: c, abuseEmail: `abuse@host-${i % 30}.test` }],
        cdn: null,
        lookedUpAt: at,
        evidence: [],
      } as unknown as DomainReport;
      storeLookup(catalog, report);
    }
    for (let n = 0; n < 300; n++) {
      const id = recordNotice(catalog, { packetId: null, recipientType: (['host', 'registrar', 'cdn', 'acm'] as const)[n % 4]!, recipient: `abuse@host-${n % 30}.test`, channel: 'email', sentAt: new Date(Date.now() - (n % 60) * 86_400_000).toISOString(), packetSha256: null, reference: null, domains: [domainOf(n * 20)], urls: [`http://${domainOf(n * 20)}/`] });
      if (n % 3 === 0) addNoticeEvent(catalog, id, { kind: 'ack', at: new Date().toISOString(), outcome: null, note: null, bundleId: null });
      if (n % 5 === 0) addNoticeEvent(catalog, id, { kind: 'decision', at: new Date().toISOString(), outcome: 'removed', note: null, bundleId: null });
    }
  })();
  for (const id of runs) catalog.finishRun(id, 'done', {});
  return { serviceDomain: domainOf(0) };
}

const dataDir = await mkdtemp(join(tmpdir(), 'dw-bench-serve-'));
const memory = sampleMemory();
try {
  const t0 = performance.now();
  const catalog = new Catalog(dataDir);
  const { serviceDomain } = synthesise(catalog);
  const counts = catalog.db.prepare('SELECT (SELECT COUNT(*) FROM sites) AS sites, (SELECT COUNT(*) FROM pages) AS pages').get() as { sites: number; pages: number };
  catalog.close();
  const buildS = (performance.now() - t0) / 1000;
  const running = await startWorkspace({ options: loadOptions({ env: {}, configFile: null, overrides: { ...testDefaults, dataDir } }), token: TOKEN, reviewer: 'bench' });
  const views: [string, string][] = [
    ['dashboard', '/'],
    ['review queue', '/review'],
    ['review queue, filtered', '/review?label=deepfake&q=site-1'],
    ['site page', `/sites/${serviceDomain}`],
    ['cases', '/cases'],
    ['notices', '/notices'],
    ['graph page', '/graph'],
    ['graph.json', '/graph.json'],
    ['audit', '/audit'],
  ];
  const rows: string[][] = [['view', 'path', 'requests', 'first (cold) ms', 'p50 ms', 'p95 ms', 'max ms', `p95 ≤ ${TARGET_MS} ms`], ['---', '---', '---:', '---:', '---:', '---:', '---:', '---']];
  let allOk = true;
  for (const [name, path] of views) {
    const times: number[] = [];
    let cold = 0;
    for (let i = 0; i < N + 1; i++) {
      const response = await fetch(new URL(path, running.url), { headers: { Authorization: `Bearer ${TOKEN}` } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
      const dur = Number(/app;dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '')?.[1]);
      // The first request computes what later ones reuse until the catalog changes (figures, clusters, graph).
      if (i === 0) cold = dur;
      else times.push(dur);
    }
    const p95 = percentile(times, 95);
    allOk &&= p95 <= TARGET_MS;
    rows.push([name, path, String(N), cold.toFixed(1), percentile(times, 50).toFixed(1), p95.toFixed(1), Math.max(...times).toFixed(1), p95 <= TARGET_MS ? 'yes' : 'NO']);
  }
  // A verdict changes the catalog: the next dashboard recomputes its figures (run diffs stay cached).
  const afterVerdict: number[] = [];
  for (let i = 0; i < N; i++) {
    const verdict = await fetch(new URL(`/review/${domainOf(20 * i + 1)}/confirm`, running.url), { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}`, Accept: 'application/json' } });
    await verdict.arrayBuffer();
    const response = await fetch(running.url, { headers: { Authorization: `Bearer ${TOKEN}` } });
    await response.arrayBuffer();
    afterVerdict.push(Number(/app;dur=([\d.]+)/.exec(response.headers.get('server-timing') ?? '')?.[1]));
  }
  const p95 = percentile(afterVerdict, 95);
  allOk &&= p95 <= TARGET_MS;
  rows.push(['dashboard after each verdict', '/ (after POST /review/…/confirm)', String(N), '-', percentile(afterVerdict, 50).toFixed(1), p95.toFixed(1), Math.max(...afterVerdict).toFixed(1), p95 <= TARGET_MS ? 'yes' : 'NO']);
  await running.close();
  const mem = memory.stop();
  console.log(`\ndijkwacht bench:serve — ${counts.sites} sites, ${counts.pages} pages, ${RUNS} runs; catalog built in ${buildS.toFixed(1)} s; server time per request (Server-Timing); the first request of each view fills the workspace's caches and is shown apart\n`);
  console.log(table(rows));
  console.log(`\npeak RSS, node: ${mem.nodePeakMiB.toFixed(0)} MiB; every view within target: ${allOk ? 'yes' : 'no'}`);
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
