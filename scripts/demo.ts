// `npm run demo`: start the offline test world, then run the real CLI against it: discovery by
// search and link graph with classification, keys, capture of services found plus fixture pages
// (HTTPS, a redirect chain, a bot wall), domain intelligence, referral packets for every recipient
// type with notices recorded, a court export, and a verify of that export. Prints where the outputs are.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../src/core/version.js';
import { startWorld } from '../test/world/index.js';
import { HOSTS } from '../test/world/sites.js';
import { prepareDemoDir } from './demo-dir.js';

const run = promisify(execFile);
const cli = resolve(projectRoot, 'bin', 'dijkwacht.js');
const defaultDir = resolve(projectRoot, 'storage', 'demo');
const dataDir = resolve(process.env.DIJKWACHT_DEMO_DIR ?? defaultDir);

const quick = {
  ...process.env,
  DIJKWACHT_CRAWL_SAME_DOMAIN_DELAY_MS: '0',
  DIJKWACHT_SEARCH_REQUESTS_PER_SECOND: '20',
  // The demo's fictional notifier; real use sets these (or the config file's "reporter") to a real person.
  DIJKWACHT_REPORTER_NAME: process.env.DIJKWACHT_REPORTER_NAME ?? 'Demo Analyst',
  DIJKWACHT_REPORTER_ORG: process.env.DIJKWACHT_REPORTER_ORG ?? 'Demo NGO',
  DIJKWACHT_REPORTER_EMAIL: process.env.DIJKWACHT_REPORTER_EMAIL ?? 'analyst@demo-ngo.test',
};
const daysAgo = (n: number): string => new Date(Date.now() - n * 86_400_000).toISOString();

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

// Every run starts from an empty data directory (see demo-dir.ts): the test world's TSA root is made
// afresh each run, so bundles of an earlier run could not verify against it.
let prepared: { emptied: boolean };
try {
  prepared = await prepareDemoDir(dataDir, dataDir === defaultDir);
} catch (error) {
  console.error(`demo: ${(error as Error).message}`);
  process.exit(2);
}

const world = await startWorld();
try {
  console.log('dijkwacht demo — offline test world on loopback\n');
  console.log(`storage:  ${dataDir}${prepared.emptied ? ' (emptied: each demo run starts afresh, the test TSA\'s root lives only as long as the world)' : ''}`);
  if (!existsSync(resolve(dataDir, 'keys', 'signing-cert.pem'))) {
    await dijkwacht(['keys', 'init', '--name', 'dijkwacht demo collector', '--org', 'Demo NGO', '--actor', 'Demo Analyst, Demo NGO']);
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
  const referral = [HOSTS.nlService, HOSTS.nlSibling, HOSTS.cdnService];
  await dijkwacht(['crawl', ...referral.flatMap((d) => ['--seed', `http://${d}/`]), '--max-depth', '0', '--proxy', world.proxyUrl]);
  console.log(`crawl:    ${referral.join(', ')} (a .nl service, its sibling domain, a service behind a CDN)`);
  const targets = [...services.map((s) => s.urls[0]!), ...referral.map((d) => `http://${d}/`), 'http://pixelpeel.test/', 'https://pixelpeel.test/', 'http://go-pixelpeel.test/', 'http://guarded-portal.test/'];
  const capture = (await dijkwacht(['capture', ...targets, '--case', 'DEMO-1', '--proxy', world.proxyUrl, '--tsa', world.tsa.url, '--ca-file', world.webCaFile]))
    .json as { bundles: { id: string; path: string; url: string; status: string; reasons: string[] }[]; errors: { url: string; error: string }[] };
  console.log('capture:');
  for (const b of capture.bundles) {
    console.log(`  ${b.status.padEnd(8)} ${b.url}`);
    for (const r of b.reasons) console.log(`           - ${r}`);
  }
  for (const e of capture.errors) console.log(`  ERROR    ${e.url}: ${e.error}`);
  const lookupTargets = [...services.map((s) => s.domain), ...referral];
  const domainArgs = ['domains', ...lookupTargets, '--rdap-bootstrap', world.rdap.bootstrapDir, '--dns-server', world.dns.server, '--whois-server', world.whois.server];
  const reports = (await dijkwacht(domainArgs)).json as { domain: string; registrar: { name: string | null; abuseEmail: string | null }; hosting: { ip: string; holder: string; abuseEmail: string | null }[]; cdn: { name: string } | null }[];
  console.log('\ndomains:');
  for (const r of reports) {
    console.log(`  ${r.domain}: registrar ${r.registrar.name ?? '?'} (abuse ${r.registrar.abuseEmail ?? '?'}); host ${r.cdn ? `behind ${r.cdn.name}` : `${r.hosting[0]?.holder ?? '?'} (abuse ${r.hosting[0]?.abuseEmail ?? '?'})`}`);
  }

  type Written = { packetId: string; recipient: { type: string; name: string; email: string | null }; domains: string[]; dir: string; files: { pdf: string } };
  const refer = async (to: string, domain: string): Promise<Written> => {
    const r = await dijkwacht(['refer', '--to', to, '--domain', domain, '--case', 'DEMO-1']);
    if (r.code !== 0) throw new Error(`refer --to ${to} failed: ${JSON.stringify(r.json)}`);
    return (r.json as Written[])[0]!;
  };
  const sent = async (p: Written, days: number): Promise<void> => {
    await dijkwacht(['notices', 'sent', p.packetId, '--channel', 'email', '--date', daysAgo(days)]);
  };
  // An analyst reads each site's reasons and confirms its label: a packet needs a confirmed label.
  for (const d of referral) await dijkwacht(['review', 'confirm', d, '--reviewer', 'Demo Analyst', '--note', 'own pages offer to undress people in uploaded photos']);
  console.log(`\nreview:   ${referral.join(', ')} confirmed by the analyst`);
  console.log('\nrefer:    (notices dated in the past, as if sent and left unanswered)');
  const host = await refer('host', HOSTS.nlService);
  await sent(host, 21);
  const registrar = await refer('registrar', HOSTS.nlService);
  await sent(registrar, 15);
  const sidn = await refer('sidn', HOSTS.nlService);
  const acm = await refer('acm', HOSTS.nlService);
  const cdn = await refer('cdn', HOSTS.cdnService);
  for (const p of [host, registrar, sidn, acm, cdn]) console.log(`  ${p.recipient.type.padEnd(9)} ${p.recipient.name}${p.recipient.email ? ` <${p.recipient.email}>` : ''}: ${p.domains.join(', ')}`);
  const due = (await dijkwacht(['notices', 'due'])).json as { due: { domain: string; next: string; after: { recipientType: string; daysSilent: number } }[] };
  for (const e of due.due) console.log(`  due      ${e.domain}: ${e.after.recipientType} silent ${e.after.daysSilent} days -> refer --to ${e.next}`);

  const zip = resolve(dataDir, 'exports', 'DEMO-1.zip');
  const exported = await dijkwacht(['export', '--case', 'DEMO-1', '--out', zip, '--tsa', world.tsa.url]);
  const ex = exported.json as { bundles: string[]; exhibits: number; packets: number; notices: number; timestamped: boolean };
  console.log(`\nexport:   ${ex.bundles.length} bundles, ${ex.exhibits} exhibits, ${ex.packets} packets, ${ex.notices} notices; SHA256SUMS signed${ex.timestamped ? ' and timestamped' : ''}`);
  // As a court expert would: the TSA root and the collector's certificate given explicitly (pinned).
  const verify = await dijkwacht(['verify', zip, '--tsa-trust', world.tsa.caFile, '--signer-cert', resolve(dataDir, 'keys', 'signing-cert.pem')]);
  const v = verify.json as { ok: boolean; report: string; results: { path: string; ok: boolean; verdict: string; notEstablished: string[]; problems: { artifact: string; reason: string }[] }[] };
  const partial = v.results.filter((r) => r.verdict === 'PARTIAL');
  console.log(`verify:   ${v.ok ? `the export and all ${v.results.length - 1} bundles in it verify (hashes, schema, CMS signature, RFC 3161 timestamp anchored to the test TSA root, custody chain)` : 'PROBLEMS FOUND'}`);
  if (partial.length > 0) console.log(`          ${partial.length} PARTIAL (verified, but not everything established):`);
  for (const r of partial) console.log(`            ${r.path.split('!/').at(-1)}: ${r.notEstablished.join('; ')}`);
  for (const r of v.results.filter((x) => !x.ok)) console.log(`          FAILED ${r.path}: ${r.problems.map((p) => `${p.artifact}: ${p.reason}`).join('; ')}`);
  const first = capture.bundles.find((b) => b.url === `http://${HOSTS.nlService}/`) ?? capture.bundles[0];
  console.log(`\noutputs:`);
  console.log(`  SIDN packet (PDF): ${sidn.files.pdf}`);
  console.log(`  all packets:       ${dirname(sidn.dir)}`);
  if (first) {
    console.log(`  a bundle:          ${first.path}`);
    console.log(`  safe-view copy:    ${first.path}/artifacts/screenshot-safe-view.png`);
    console.log(`  how to verify:     ${first.path}/VERIFY.md`);
  }
  console.log(`  court export:      ${zip}`);
  console.log(`  verify report:     ${v.report}`);
  console.log(`  notices:           dijkwacht notices --data-dir ${dataDir}`);
  process.exitCode = v.ok && capture.errors.length === 0 ? 0 : 1;
} finally {
  await world.stop();
}
