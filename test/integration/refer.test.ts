import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog, latestCapture } from '../../src/catalog/index.js';
import { sha256Hex } from '../../src/core/hash.js';
import { extractZip, schemaProblems } from '../../src/evidence/index.js';
import { recordManual, recordSent } from '../../src/notices/index.js';
import { referDomains, type RecipientType, type ReferralPacket, type WrittenPacket } from '../../src/refer/index.js';
import { HOSTS } from '../world/sites.js';
import type { Harness } from '../support/capture-env.js';
import { runCli } from '../support/cli.js';
import { parseEml } from '../support/documents.js';
import { brokenTokens, englishLines, pdfaProblems, popplerText, senderInstructions } from '../support/packet-checks.js';
import { startReferWorld, type ReferWorld } from '../support/refer-world.js';

const reporter = { name: 'Test Analyst', organisation: 'Test NGO', email: 'analyst@test-ngo.test' };
const NL = HOSTS.nlService;
const SIBLING = HOSTS.nlSibling;
const CDN = HOSTS.cdnService;
const CAPTURED_ONLY = HOSTS.service;
const REGISTRAR_ABUSE = 'abuse@voorbeeld-registrar.test';
const HOST_ABUSE = 'abuse@voorbeeld-hosting.test';
const daysAgo = (n: number): string => new Date(Date.now() - n * 86_400_000).toISOString();

let w: ReferWorld;
let h: Harness;
beforeAll(async () => {
  // NL, SIBLING and CDN crawled and captured in case CASE-7; CAPTURED_ONLY captured, never crawled; NL and SIBLING confirmed.
  w = await startReferWorld(['hosts']);
  h = w.h;
}, 180_000);
afterAll(async () => w?.stop());

const refer = (to: RecipientType, domains: string[], extra: Partial<Parameters<typeof referDomains>[0]> = {}): Promise<WrittenPacket[]> => referDomains({ options: h.options(), reporter, to, domains, ...extra });

/** The PDF's text with all whitespace removed, for prose that wraps. */
const flat = (s: string): string => s.replace(/\s+/g, '');

/** Every hash, id, address and URL the packet cites: each must be readable whole on one line of the PDF. */
const tokensOf = (json: ReferralPacket): string[] => [
  json.reporter.email,
  ...(json.recipient.email ? [json.recipient.email] : []),
  ...json.domains.flatMap((d) => [...d.urls, ...(d.registrar.abuseEmail ? [d.registrar.abuseEmail] : []), ...d.evidence.flatMap((e) => [e.bundleId, ...(e.manifestSha256 ? [e.manifestSha256] : []), ...(e.safeView ? [e.safeView.sha256] : [])])]),
  ...json.chronology.flatMap((c) => [...(c.packetSha256 ? [c.packetSha256] : []), ...(c.recipient.includes('@') ? [c.recipient] : [])]),
];

async function checkFiles(w: WrittenPacket): Promise<{ text: string; json: ReferralPacket }> {
  const json = JSON.parse(await readFile(w.files.json, 'utf8')) as ReferralPacket;
  expect(schemaProblems('referral-packet.schema.json', json)).toEqual([]);
  expect(Object.keys(json)).not.toContain('warnings');
  const text = await popplerText(w.files.pdf);
  expect(await pdfaProblems(w.files.pdf)).toEqual([]);
  expect(brokenTokens(text, tokensOf(json))).toEqual([]);
  expect(senderInstructions(text)).toEqual([]);
  if (json.language === 'nl') expect(englishLines(text)).toEqual([]);
  for (const must of [reporter.name, json.domains[0]!.evidence[0]!.bundleId]) expect(text).toContain(must);
  const mail = await parseEml(w.files.eml);
  expect(mail.subject).toBe(json.subject);
  expect(mail.from?.value[0]?.address).toBe(reporter.email);
  expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
    ['packet.pdf', 'application/pdf'],
    ['packet.json', 'application/json'],
    ['evidence-pack.zip', 'application/zip'],
  ]);
  expect(mail.attachments[1]!.content.equals(await readFile(w.files.json))).toBe(true);
  expect(mail.text).toContain(json.domains[0]!.urls[0]);
  expect(senderInstructions(mail.text ?? '')).toEqual([]);
  if (json.language === 'nl') expect(englishLines(mail.text ?? '')).toEqual([]);
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
    // The DSA Transparency Database fields as its API spells them: one category, keyword arrays.
    expect(json.dsaTransparency).toEqual({ category: 'STATEMENT_CATEGORY_CYBER_VIOLENCE', category_addition: ['STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN'], category_specification: ['KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE', 'KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE_AGAINST_WOMEN'] });
    // The reasons quote the site's own words, with the page they are on.
    expect(json.domains.find((d) => d.domain === NL)!.reasons).toContainEqual(expect.objectContaining({ kind: 'nudify', page: '/', quote: expect.stringMatching(/upload een foto/i) }));
    expect((await parseEml(w!.files.eml)).to).toMatchObject({ value: [{ address: HOST_ABUSE }] });
    // The first screen says who it is for, what is asked and by when, before the law.
    expect(text.indexOf('What we ask')).toBeLessThan(text.indexOf('Legal grounds'));
    expect(text).toMatch(/Please answer by: \d{1,2} \w+ \d{4}/);
  }, 60_000);

  it('registrar of a .nl name: no ICANN RAA (ccTLD), the registry\'s rules instead', async () => {
    const [w] = await refer('registrar', [NL], { expandClusters: false });
    const { text, json } = await checkFiles(w!);
    expect(json.legalGrounds.map((g) => g.id)).not.toContain('raa-3.18.1');
    expect(`${json.subject} ${json.requestedAction} ${text}`).not.toMatch(/RAA/);
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
    for (const must of [REGISTRAR_ABUSE, '§3.18.1', 'not of "DNS Abuse"', 'info@kledingweg-app.test', 'site manager']) expect(flat(text)).toContain(flat(must));
    expect((await parseEml(w!.files.eml)).to).toMatchObject({ value: [{ address: REGISTRAR_ABUSE }] });
  }, 60_000);

  it('sidn (.nl, Dutch): the chain with dates and silence, the Art. 18 verification route, a signature line', async () => {
    const catalog = new Catalog(h.dataDir);
    try {
      const [host] = await refer('host', [NL], { expandClusters: false });
      await recordSent(catalog, { packet: host!.dir, channel: 'email', date: daysAgo(30), reference: 'RIPE-TICKET-1' });
      const [reg] = await refer('registrar', [NL], { expandClusters: false });
      await recordSent(catalog, { packet: reg!.packet.packetId, channel: 'email', date: daysAgo(20) });
      // A packet is sent once: recording it again is refused, naming the notice that exists.
      await expect(recordSent(catalog, { packet: reg!.packet.packetId, channel: 'email' })).rejects.toThrow(/is already recorded as sent \(notice \d+/);
    } finally {
      catalog.close();
    }
    const [w] = await refer('sidn', [NL]);
    const { text, json } = await checkFiles(w!);
    expect(json.language).toBe('nl');
    expect(json.domains.map((d) => d.domain)).toEqual([NL]);
    expect(w!.senderNotes.join(' ')).toMatch(/kledingweg-app\.test shares an operator .* not a \.nl name/);
    expect(w!.senderNotes.join(' ')).toMatch(/the site manager and the registrant as "niet benaderd"/);
    expect(await readFile(w!.files.checklist, 'utf8')).toContain('niet benaderd');
    const chain = json.recipientSpecific.sidn!.chain;
    expect(chain.find((c) => c.step === 'host')).toMatchObject({ status: 'no-answer', address: HOST_ABUSE });
    expect(chain.find((c) => c.step === 'registrar')).toMatchObject({ status: 'no-answer', address: REGISTRAR_ABUSE });
    expect(json.recipientSpecific.sidn!.missingSteps).toEqual([]);
    expect(json.recipientSpecific.sidn!.registrationDataVerification.requested).toBe(true);
    for (const must of ['Verzoek notice-and-takedown', 'art. 18', 'Keten van eerdere contacten', 'geen antwoord', HOST_ABUSE, REGISTRAR_ABUSE, 'RIPE-TICKET-1', 'Handtekening van de verzoeker', 'artikel 139h', 'een onlinedienst (kleding-weg.nl) die een foto van een echte persoon omzet']) expect(flat(text)).toContain(flat(must));
    // Dates in Dutch, in Dutch time, with the zone named; the UTC value stays in the JSON.
    expect(text).toMatch(/\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}, \d{2}:\d{2} uur \(CES?T\)/);
    expect(json.createdAt).toMatch(/Z$/);
    // Directed at the Netherlands, from the evidence: the .nl name and the euro prices on its own pages, in Dutch.
    const nl = json.directedAtNetherlands;
    expect(nl.indicators.filter((i) => i.domain === NL).map((i) => i.kind)).toEqual(expect.arrayContaining(['nl-domain', 'euro-prices']));
    expect(nl.indicators.find((i) => i.kind === 'euro-prices')!.finding).toMatch(/^De dienst toont prijzen in euro \(€ ?5,99\)\.$/);
    for (const must of ['Gericht op Nederland', 'De dienst gebruikt de Nederlandse landcode-domeinnaam kleding-weg.nl.']) expect(flat(text)).toContain(flat(must));
  }, 90_000);

  it('acm: a DSA Art. 53 complaint naming the silent provider, the obligations at stake and the chronology', async () => {
    const [w] = await refer('acm', [NL], { expandClusters: false });
    const { text, json } = await checkFiles(w!);
    expect(json.recipientSpecific.acm!.provider).toMatchObject({ role: 'host', email: HOST_ABUSE });
    expect(json.recipientSpecific.acm!.obligations.map((o) => o.article)).toEqual(['art. 16 DSA', 'art. 11 en 12 DSA']);
    expect(json.chronology.filter((c) => c.event === 'no-answer').map((c) => c.recipientType)).toEqual(expect.arrayContaining(['host', 'registrar']));
    for (const must of ['art. 53', 'art. 11 en 12 DSA', 'Aanbieder over wie geklaagd wordt', 'Digitaledienstencoördinator voor Nederland', 'Voorbeeld Hosting B.V.', HOST_ABUSE]) expect(flat(text)).toContain(flat(must));
    expect(text).not.toMatch(/Digital Services Coordinator|DSA Arts?\./);
  }, 60_000);

  it('cdn: one NCSEI report per hostname, valid for the abuse-report API, and the host-disclosure request', async () => {
    // The CDN service's label was never confirmed: built with --unconfirmed, the packet says so.
    const [w] = await refer('cdn', [CDN], { unconfirmed: true });
    expect(w!.packet.automatedClassification).toBe(true);
    expect(flat(await popplerText(w!.files.pdf))).toContain(flat('assigned by automatic classification and has not been confirmed by an analyst'));
    const { text, json } = await checkFiles(w!);
    expect(json.recipient).toMatchObject({ type: 'cdn', name: 'Cloudflare', email: null, web: 'https://abuse.cloudflare.com/' });
    const [report, ...more] = json.recipientSpecific.cdn!.reports;
    expect(more).toHaveLength(0);
    expect(report).toMatchObject({ hostname: CDN, report: { act: 'abuse_ncsei', urls: `http://${CDN}/`, email: reporter.email, email2: reporter.email, host_notification: 'send', owner_notification: 'send' } });
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    for (const body of [report!.report, report!.fallback]) {
      const schema = JSON.parse(await readFile(`test/fixtures/cloudflare-abuse-reports/${body.act}.schema.json`, 'utf8')) as object;
      const valid = ajv.compile(schema);
      expect(valid(body), JSON.stringify(valid.errors)).toBe(true);
    }
    expect(report!.report).not.toHaveProperty('justification');
    for (const must of ['abuse_ncsei', 'tell us which hosting provider serves the origin', 'https://abuse.cloudflare.com/']) expect(flat(text)).toContain(flat(must));
    const mail = await parseEml(w!.files.eml);
    expect(mail.to).toBeUndefined();
    expect(w!.senderNotes.join(' ')).toMatch(/takes reports through https:\/\/abuse\.cloudflare\.com\/: submit the packet there/);
    const [addressed] = await refer('cdn', [CDN], { address: 'abuse@cloudflare.example', unconfirmed: true });
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

describe('what travels with a packet', () => {
  it('the evidence pack holds what checks every cited hash, and never a sealed original', async () => {
    const [w] = await refer('host', [NL], { expandClusters: false });
    const dir = await mkdtemp(join(tmpdir(), 'dw-pack-'));
    await extractZip(w!.files.evidencePack!, dir);
    const [bundle] = w!.packet.domains[0]!.evidence;
    const files = await readdir(join(dir, bundle!.bundleId), { recursive: true });
    expect(files).toEqual(expect.arrayContaining(['manifest.json', 'manifest.json.p7s', 'custody.jsonl', 'VERIFY.md', join('artifacts', 'screenshot-safe-view.png')]));
    expect(files.some((f) => f.startsWith('timestamps'))).toBe(true);
    expect(files.filter((f) => /\.sealed$|\.wacz|source\.html|dom\.html/.test(f))).toEqual([]);
    const manifestBytes = await readFile(join(dir, bundle!.bundleId, 'manifest.json'));
    expect(sha256Hex(manifestBytes)).toBe(bundle!.manifestSha256);
    const manifest = JSON.parse(manifestBytes.toString('utf8')) as { artifacts: { path: string; sha256: string }[] };
    for (const a of manifest.artifacts.filter((x) => files.includes(x.path))) expect(sha256Hex(await readFile(join(dir, bundle!.bundleId, a.path)))).toBe(a.sha256);
  }, 60_000);

  it('a label no analyst confirmed is skipped with the reason; other domains still get their packet', async () => {
    const skipped: string[] = [];
    await expect(refer('cdn', [CDN], { onSkip: (x) => skipped.push(`${x.domain}: ${x.reason}`) })).rejects.toThrow(/No cdn packet can be built: coverlift-ai\.test: its label "nudify" is the classifier's alone: confirm it with "dijkwacht review confirm coverlift-ai\.test --reviewer NAME"/);
    expect(skipped).toHaveLength(1);
    const r = await runCli(['refer', '--to', 'registrar', '--domain', SIBLING, '--domain', CDN, '--domain', 'never-seen.test', '--no-cluster', '--data-dir', h.dataDir], { DIJKWACHT_REPORTER_NAME: reporter.name, DIJKWACHT_REPORTER_ORG: reporter.organisation, DIJKWACHT_REPORTER_EMAIL: reporter.email });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/registrar packet for Voorbeeld Registrar B\.V\. <abuse@voorbeeld-registrar\.test>: kledingweg-app\.test\n/);
    expect(r.stderr).toMatch(/skipped coverlift-ai\.test: its label "nudify" is the classifier's alone/);
    expect(r.stderr).toMatch(/skipped never-seen\.test: never-seen\.test is not in the catalog/);
  }, 60_000);

  it('a domain only captured, never crawled, counts as known: labelled from its captured page and marked as such', async () => {
    // The test service's home page alone shows no claim (its claim is on another page): read honestly, it is unrelated.
    for (const unconfirmed of [false, true]) {
      const err = await refer('registrar', [CAPTURED_ONLY], { expandClusters: false, unconfirmed }).then(() => null, (e: Error) => e.message);
      expect(err).toMatch(/pixelpeel\.test: it was captured but never crawled, and its capture reads as "unrelated": crawl it \("dijkwacht crawl --seed http:\/\/pixelpeel\.test\/"\)/);
    }
  }, 60_000);

  it('no X-ARF twin: v4 has no honest type for this content, so none is written', async () => {
    const [w] = await refer('host', [NL], { expandClusters: false });
    expect(w!.packet).not.toHaveProperty('xarf');
    expect(w!.files.attachments.some((f) => /xarf/i.test(f))).toBe(false);
    const master = JSON.parse(await readFile('test/fixtures/xarf-v4/xarf-v4-master.json', 'utf8')) as { allOf: { anyOf?: { properties: { category: { const: string }; type: { enum: string[] } } }[] }[] };
    const content = master.allOf.flatMap((x) => x.anyOf ?? []).find((x) => x.properties.category.const === 'content')!.properties.type.enum;
    expect(content).not.toContain('harassment');
    expect(content.filter((t) => /intimate|ncii|ncsei|deepfake|sexual/.test(t))).toEqual([]);
  });
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
    const sidn = await runCli(['refer', '--to', 'sidn', '--domain', CDN, '--unconfirmed', '--data-dir', h.dataDir], withReporter);
    expect(sidn.code).toBe(2);
    expect(sidn.stderr).toMatch(/coverlift-ai\.test is not a \.nl domain: SIDN only handles \.nl/);
    const host = await runCli(['refer', '--to', 'host', '--domain', CDN, '--unconfirmed', '--data-dir', h.dataDir], withReporter);
    expect(host.code).toBe(2);
    expect(host.stderr).toMatch(/hidden behind Cloudflare: use "dijkwacht refer --to cdn --domain coverlift-ai\.test"/);
  });
});
