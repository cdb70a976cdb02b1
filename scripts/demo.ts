// `npm run demo`: start the offline test world, then run the real CLI against it: discovery by
// search and link graph with classification, keys, capture of services found plus fixture pages
// (HTTPS, a redirect chain, a bot wall), verify. Prints where the outputs are.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../src/core/version.js';
import { startWorld } from '../test/world/index.js';

const run = promisify(execFile);
const cli = resolve(projectRoot, 'bin', 'dijkwacht.js');
const dataDir = resolve(process.env.DIJKWACHT_DEMO_DIR ?? resolve(projectRoot, 'storage', 'demo'));

const quick = { ...process.env, DIJKWACHT_CRAWL_SAME_DOMAIN_DELAY_MS: '0', DIJKWACHT_SEARCH_REQUESTS_PER_SECOND: '20' };

async function dijkwacht(args: string[]): Promise<{ code: number; json: unknown }> {
  try {
    const { stdout } = await run(process.execPath, [cli, ...args, '--data-dir', dataDir, '--json', '--log-level', 'warn'], { maxBuffer: 64 << 20, env: quick });
    return { code: 0, json: JSON.parse(stdout) as unknown };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    if (e.stdout) return { code: e.code ?? 1, json: JSON.parse(e.stdout) as unknown };
    throw new Error(`dijkwacht ${args[0]} failed: ${e.stderr ?? String(error)}`);
  }
}

const world = await startWorld();
try {
  console.log('dijkwacht demo — offline test world on loopback\n');
  if (!existsSync(resolve(dataDir, 'keys', 'signing-cert.pem'))) {
    await dijkwacht(['keys', 'init', '--name', 'dijkwacht demo collector', '--org', 'Demo NGO']);
    console.log(`keys:     created in ${dataDir}/keys`);
  }
  const queries = resolve(dataDir, 'demo-queries.txt');
  await writeFile(queries, 'undress ai\nuitkleden ai\ndeepfake porn maker\n');
  const discovery = (await dijkwacht(['discover', '--engine', 'searxng', '--searxng-url', world.search.searxngUrl, '--queries', queries, '--max-results', '10', '--max-depth', '1', '--max-pages', '80', '--proxy', world.proxyUrl]))
    .json as { run: { name: string }; stats: { pages: number; searchHits: number; sitesByLabel: Record<string, number> } };
  console.log(`discover: ${discovery.stats.searchHits} search results, ${discovery.stats.pages} pages crawled (run ${discovery.run.name})`);
  console.log(`          sites: ${Object.entries(discovery.stats.sitesByLabel).map(([l, n]) => `${l} ${n}`).join(', ')}`);
  const sites = (await dijkwacht(['sites'])).json as { domain: string; label: string; urls: string[]; signals: string[] }[];
  const services = sites.filter((s) => (s.label === 'nudify' || s.label === 'deepfake') && s.urls[0]).slice(0, 2);
  for (const s of services) console.log(`          ${s.label} ${s.domain}: ${s.signals[1] ?? ''}`);
  const targets = [...services.map((s) => s.urls[0]!), 'http://pixelpeel.test/', 'https://pixelpeel.test/', 'http://go-pixelpeel.test/', 'http://guarded-portal.test/'];
  const capture = (await dijkwacht(['capture', ...targets, '--case', 'DEMO-1', '--proxy', world.proxyUrl, '--tsa', world.tsa.url, '--ca-file', world.webCaFile]))
    .json as { bundles: { id: string; path: string; url: string; status: string; reasons: string[] }[]; errors: { url: string; error: string }[] };
  console.log('capture:');
  for (const b of capture.bundles) {
    console.log(`  ${b.status.padEnd(8)} ${b.url}`);
    for (const r of b.reasons) console.log(`           - ${r}`);
  }
  for (const e of capture.errors) console.log(`  ERROR    ${e.url}: ${e.error}`);
  const domainArgs = ['domains', ...services.map((s) => s.domain), '--rdap-bootstrap', world.rdap.bootstrapDir, '--dns-server', world.dns.server, '--whois-server', world.whois.server];
  const reports = (await dijkwacht(domainArgs)).json as { domain: string; registrar: { name: string | null; abuseEmail: string | null }; hosting: { ip: string; org: string | null; network: string | null; abuseEmail: string | null }[]; cdn: { name: string } | null }[];
  console.log('\ndomains:');
  for (const r of reports) {
    console.log(`  ${r.domain}: registrar ${r.registrar.name ?? '?'} (abuse ${r.registrar.abuseEmail ?? '?'}); host network ${r.hosting[0]?.org ?? r.hosting[0]?.network ?? (r.cdn ? `behind ${r.cdn.name}` : '?')} (abuse ${r.hosting[0]?.abuseEmail ?? '?'})`);
  }
  const verify = await dijkwacht(['verify', ...capture.bundles.map((b) => b.path), '--tsa-trust', world.tsa.caFile]);
  const v = verify.json as { ok: boolean; report: string; results: { path: string; ok: boolean; problems: unknown[] }[] };
  console.log(`\nverify:   ${v.ok ? 'all bundles verify (hashes, schema, CMS signature, RFC 3161 timestamp, custody chain)' : 'PROBLEMS FOUND'}`);
  const first = capture.bundles[0];
  if (first) {
    console.log(`\noutputs:`);
    console.log(`  bundle:            ${first.path}`);
    console.log(`  safe-view copy:    ${first.path}/artifacts/screenshot-safe-view.png`);
    console.log(`  how to verify:     ${first.path}/VERIFY.md`);
    console.log(`  report:            ${v.report}`);
  }
  console.log(`  sites (JSON):      dijkwacht sites --json --data-dir ${dataDir}`);
  console.log('\nReferral packets, notices and the court export join this demo when that stage lands.');
  process.exitCode = v.ok && capture.errors.length === 0 ? 0 : 1;
} finally {
  await world.stop();
}
