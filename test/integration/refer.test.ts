import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog, latestCapture } from '../../src/catalog/index.js';
import { runDiscovery } from '../../src/discover/index.js';
import { lookupDomains } from '../../src/domains/index.js';
import { schemaProblems } from '../../src/evidence/index.js';
import { recordManual, recordSent } from '../../src/notices/index.js';
import { referDomains, type RecipientType, type ReferralPacket, type WrittenPacket } from '../../src/refer/index.js';
import { HOSTS } from '../world/sites.js';
import { startHarness, type Harness } from '../support/capture-env.js';
import { runCli } from '../support/cli.js';
import { parseEml, pdfText } from '../support/documents.js';

const reporter = { name: 'Test Analyst', organisation: 'Test NGO', email: 'analyst@test-ngo.test' };
const NL = HOSTS.nlService;
const SIBLING = HOSTS.nlSibling;
const CDN = HOSTS.cdnService;
const REGISTRAR_ABUSE = 'abuse@voorbeeld-registrar.test';
const HOST_ABUSE = 'ops@ripe.net';
const daysAgo = (n: number): string => new Date(Date.now() - n * 86_400_000).toISOString();

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await runDiscovery({ kind: 'crawl', options: h.options({ crawlSameDomainDelayMs: 0, maxDepth: 0 }), seeds: [`http://${NL}/`, `http://${SIBLING}/`, `http://${CDN}/`] });
  for (const d of [NL, SIBLING, CDN]) await h.captureOk(`http://${d}/`, {}, 'CASE-7');
  await lookupDomains([NL, SIBLING, CDN], h.options({ rdapBootstrapDir: h.world.rdap.bootstrapDir, dnsServer: h.world.dns.server, whoisServer: h.world.whois.server }));
}, 180_000);
afterAll(async () => h?.stop());

const refer = (to: RecipientType, domains: string[], extra: Partial<Parameters<typeof referDomains>[0]> = {}): Promise<WrittenPacket[]> => referDomains({ options: h.options(), reporter, to, domains, ...extra });

/** The PDF's text with all whitespace removed, so a URL wrapped over two lines still matches. */
const flat = (s: string): string => s.replace(/\s+/g, '');

async function checkFiles(w: WrittenPacket): Promise<{ text: string; json: ReferralPacket }> {
  const json = JSON.parse(await readFile(w.files.json, 'utf8')) as ReferralPacket;
  expect(schemaProblems('referral-packet.schema.json', json)).toEqual([]);
  const text = await pdfText(w.files.pdf);
  for (const url of json.domains.flatMap((d) => d.urls)) expect(flat(text)).toContain(flat(url));
  for (const must of [reporter.name, reporter.email, json.domains[0]!.evidence[0]!.bundleId]) expect(flat(text)).toContain(flat(must));
  const mail = await parseEml(w.files.eml);
  expect(mail.subject).toBe(json.subject);
  expect(mail.from?.value[0]?.address).toBe(reporter.email);
  expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
    ['packet.pdf', 'application/pdf'],
    ['packet.json', 'application/json'],
  ]);
  expect(mail.attachments[1]!.content.equals(await readFile(w.files.json))).toBe(true);
  expect(mail.text).toContain(json.domains[0]!.urls[0]);
  return { text, json };
}

describe('packets per recipient', () => {
  it('host: the four DSA Art. 16 elements, the exact URLs of the whole operator, the host abuse address', async () => {
    const [w, ...rest] = await refer('host', [NL]);
    expect(rest).toHaveLength(0);
    const { text, json } = await checkFiles(w!);
    expect(json.domains.map((d) => d.domain).sort()).toEqual([SIBLING, NL].sort());
    expect(json.recipient).toMatchObject({ type: 'host', email: HOST_ABUSE });
    const notice = json.recipientSpecific.host!.notice;
    expect(notice.urls).toEqual(expect.arrayContaining([`http://${NL}/`, `http://${SIBLING}/`]));
    expect(notice.notifier).toEqual({ name: reporter.name, email: reporter.email });
    expect(notice.explanation).toMatch(/Article 139h of the Criminal Code/);
    expect(notice.goodFaith).toMatch(/good faith/);
    for (const must of [HOST_ABUSE, 'Article 139h', 'Digital Services Act), Art. 16', 'Statement of good faith', 'G-KWTEST0042']) expect(flat(text)).toContain(flat(must));
    expect(json.dsaTransparency).toContainEqual({ category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE', keyword: 'KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE' });
    expect(json.xarf.map((x) => x.url)).toEqual(expect.arrayContaining([`http://${NL}/`, `http://${SIBLING}/`]));
    expect(json.xarf[0]).toMatchObject({ xarf_version: '4.0.0', category: 'content', reporter: { contact: reporter.email } });
    expect((await parseEml(w!.files.eml)).to).toMatchObject({ value: [{ address: HOST_ABUSE }] });
  }, 60_000);

  it('registrar: abuse address, RAA §3.18.1, "not DNS abuse", and the earlier contacts', async () => {
    const catalog = new Catalog(h.dataDir);
    try {
      recordManual(catalog, { to: 'site', address: 'info@kledingweg-app.test', domains: [SIBLING], urls: [], channel: 'email', date: daysAgo(40) });
    } finally {
      catalog.close();
    }
    const [w] = await refer('registrar', [SIBLING], { expandClusters: false });
    const { text, json } = await checkFiles(w!);
    expect(json.recipient).toMatchObject({ type: 'registrar', email: REGISTRAR_ABUSE, name: 'Voorbeeld Registrar B.V.' });
    expect(json.legalGrounds.map((g) => g.id)).toContain('raa-3.18.1');
    expect(json.recipientSpecific.registrar!.priorContacts).toContainEqual(expect.objectContaining({ recipientType: 'site', recipient: 'info@kledingweg-app.test', event: 'sent' }));
    for (const must of [REGISTRAR_ABUSE, '§3.18.1', 'not of "DNS Abuse"', 'info@kledingweg-app.test', 'no acknowledgement or decision']) expect(flat(text)).toContain(flat(must));
    expect((await parseEml(w!.files.eml)).to).toMatchObject({ value: [{ address: REGISTRAR_ABUSE }] });
  }, 60_000);

  it('sidn (.nl, Dutch): the chain with dates and silence, the Art. 18 verification route, a signature line', async () => {
    const catalog = new Catalog(h.dataDir);
    try {
      const [host] = await refer('host', [NL], { expandClusters: false });
      await recordSent(catalog, { packet: host!.dir, channel: 'email', date: daysAgo(30), reference: 'RIPE-TICKET-1' });
      const [reg] = await refer('registrar', [NL], { expandClusters: false });
      await recordSent(catalog, { packet: reg!.packet.packetId, channel: 'email', date: daysAgo(20) });
    } finally {
      catalog.close();
    }
    const [w] = await refer('sidn', [NL]);
    const { text, json } = await checkFiles(w!);
    expect(json.language).toBe('nl');
    expect(json.domains.map((d) => d.domain)).toEqual([NL]);
    expect(json.warnings.join(' ')).toMatch(/kledingweg-app\.test shares an operator .* not a \.nl name/);
    const chain = json.recipientSpecific.sidn!.chain;
    expect(chain.find((c) => c.step === 'host')).toMatchObject({ status: 'no-answer', address: HOST_ABUSE });
    expect(chain.find((c) => c.step === 'registrar')).toMatchObject({ status: 'no-answer', address: REGISTRAR_ABUSE });
    expect(json.recipientSpecific.sidn!.missingSteps).toEqual([]);
    expect(json.recipientSpecific.sidn!.registrationDataVerification.requested).toBe(true);
    for (const must of ['Verzoek notice-and-takedown', 'art. 18', 'Keten van eerdere contacten', 'geen antwoord', HOST_ABUSE, REGISTRAR_ABUSE, 'RIPE-TICKET-1', 'Handtekening van de verzoeker', 'art. 139h']) expect(flat(text)).toContain(flat(must));
  }, 90_000);

  it('acm: a DSA Art. 53 complaint naming the silent provider, the obligations at stake and the chronology', async () => {
    const [w] = await refer('acm', [NL], { expandClusters: false });
    const { text, json } = await checkFiles(w!);
    expect(json.recipientSpecific.acm!.provider).toMatchObject({ role: 'host', email: HOST_ABUSE });
    expect(json.recipientSpecific.acm!.obligations.map((o) => o.article)).toEqual(['DSA Art. 16', 'DSA Arts. 11-12']);
    expect(json.chronology.filter((c) => c.event === 'no-answer').map((c) => c.recipientType)).toEqual(expect.arrayContaining(['host', 'registrar']));
    for (const must of ['art. 53', 'art. 11 en 12', 'Aanbieder waarover geklaagd wordt', 'RIPE-NCC', HOST_ABUSE]) expect(flat(text)).toContain(flat(must));
  }, 60_000);

  it('cdn: one NCSEI report per hostname with the form fields and the host-disclosure request', async () => {
    const [w] = await refer('cdn', [CDN]);
    const { text, json } = await checkFiles(w!);
    expect(json.recipient).toMatchObject({ type: 'cdn', name: 'Cloudflare', email: null, web: 'https://abuse.cloudflare.com/' });
    const [report, ...more] = json.recipientSpecific.cdn!.reports;
    expect(more).toHaveLength(0);
    expect(report).toMatchObject({ hostname: CDN, reportType: 'abuse_ncsei', urls: [`http://${CDN}/`], email: reporter.email, hostNotification: 'send', ownerNotification: 'send' });
    expect(report!.justification.length).toBeLessThanOrEqual(5000);
    expect(report!.comments.length).toBeLessThanOrEqual(2000);
    for (const must of ['abuse_ncsei', 'tell us which hosting provider serves the origin', 'https://abuse.cloudflare.com/']) expect(flat(text)).toContain(flat(must));
    const mail = await parseEml(w!.files.eml);
    expect(mail.to).toBeUndefined();
    expect(json.warnings.join(' ')).toMatch(/takes reports through https:\/\/abuse\.cloudflare\.com\/; the e-mail draft has no recipient address/);
    const [addressed] = await refer('cdn', [CDN], { address: 'abuse@cloudflare.example' });
    expect((await parseEml(addressed!.files.eml)).to).toMatchObject({ value: [{ address: 'abuse@cloudflare.example' }] });
  }, 60_000);

  it('packets only show safe-view screenshots, never a sealed original', async () => {
    const [w] = await refer('host', [NL], { expandClusters: false });
    const catalog = new Catalog(h.dataDir);
    const capture = latestCapture(catalog, NL)!;
    catalog.close();
    const manifest = JSON.parse(await readFile(`${capture.location}/manifest.json`, 'utf8')) as { artifacts: { role: string; sha256: string; plaintext: { sha256: string } | null }[] };
    const original = manifest.artifacts.find((a) => a.role === 'screenshot-original')!;
    const attachments = await Promise.all(w!.files.attachments.filter((f) => f.endsWith('.png')).map((f) => readFile(f)));
    expect(attachments.length).toBeGreaterThan(0);
    const { sha256Hex } = await import('../../src/core/hash.js');
    for (const png of attachments) expect([original.sha256, original.plaintext?.sha256]).not.toContain(sha256Hex(png));
    expect(w!.packet.domains[0]!.evidence.at(-1)!.safeView!.sha256).toBe(manifest.artifacts.find((a) => a.role === 'screenshot-safe-view')!.sha256);
  }, 60_000);
});

describe('bad input names what is missing', () => {
  const env = (extra: Record<string, string> = {}) => ({ DIJKWACHT_REPORTER_NAME: '', DIJKWACHT_REPORTER_ORG: '', DIJKWACHT_REPORTER_EMAIL: '', ...extra });
  const withReporter = env({ DIJKWACHT_REPORTER_NAME: reporter.name, DIJKWACHT_REPORTER_ORG: reporter.organisation, DIJKWACHT_REPORTER_EMAIL: reporter.email });

  it('no reporter identity: exit 2, never invented', async () => {
    const r = await runCli(['refer', '--to', 'host', '--domain', NL, '--data-dir', h.dataDir], env());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/reporter's name, organisation, email are not configured .*DIJKWACHT_REPORTER_NAME, DIJKWACHT_REPORTER_ORG, DIJKWACHT_REPORTER_EMAIL/);
  });

  it('unknown domain, SIDN for a non-.nl name, host hidden behind a CDN', async () => {
    const unknown = await runCli(['refer', '--to', 'host', '--domain', 'never-seen.test', '--data-dir', h.dataDir], withReporter);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/never-seen\.test is not in the catalog: find it first with "dijkwacht crawl --seed https:\/\/never-seen\.test\/"/);
    const sidn = await runCli(['refer', '--to', 'sidn', '--domain', CDN, '--data-dir', h.dataDir], withReporter);
    expect(sidn.code).toBe(2);
    expect(sidn.stderr).toMatch(/coverlift-ai\.test is not a \.nl domain: SIDN only handles \.nl/);
    const host = await runCli(['refer', '--to', 'host', '--domain', CDN, '--data-dir', h.dataDir], withReporter);
    expect(host.code).toBe(2);
    expect(host.stderr).toMatch(/hidden behind Cloudflare: use "dijkwacht refer --to cdn --domain coverlift-ai\.test"/);
  });
});
