import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog, reviewSite } from '../../src/catalog/index.js';
import { UsageError } from '../../src/core/errors.js';
import { runDiscovery } from '../../src/discover/index.js';
import { lookupDomains } from '../../src/domains/index.js';
import { schemaProblems } from '../../src/evidence/index.js';
import { loadTrustedFlagger, referDomains, type ReferralPacket, type WrittenPacket } from '../../src/refer/index.js';
import { HOSTS } from '../world/sites.js';
import { startHarness, type Harness } from '../support/capture-env.js';
import { parseEml } from '../support/documents.js';
import { brokenTokens, englishLines, popplerText, senderInstructions } from '../support/packet-checks.js';

const reporter = { name: 'Test Analyst', organisation: 'Test NGO', email: 'analyst@test-ngo.test' };
const NL = HOSTS.nlService;

let h: Harness;
let bundleId: string;
beforeAll(async () => {
  h = await startHarness();
  await runDiscovery({ kind: 'crawl', options: h.options({ crawlSameDomainDelayMs: 0, maxDepth: 0 }), seeds: [`http://${NL}/`] });
  bundleId = (await h.captureOk(`http://${NL}/`, {}, 'CASE-A')).id;
  await lookupDomains([NL], h.options({ rdapBootstrapDir: h.world.rdap.bootstrapDir, dnsServer: h.world.dns.server, whoisServer: h.world.whois.server }));
  const catalog = new Catalog(h.dataDir);
  try {
    reviewSite(catalog, { domain: NL, verdict: 'confirm', reviewer: 'Test Analyst', note: null });
  } finally {
    catalog.close();
  }
}, 180_000);
afterAll(async () => h?.stop());

const refer = (to: string, extra: Partial<Parameters<typeof referDomains>[0]> = {}): Promise<WrittenPacket[]> => referDomains({ options: h.options(), reporter, to, domains: [NL], expandClusters: false, ...extra });

/** What every packet must hold as a recipient reads it: valid JSON, the PDF in one language without sender notes, hashes whole. */
async function read(w: WrittenPacket): Promise<{ json: ReferralPacket; text: string }> {
  const json = JSON.parse(await readFile(w.files.json, 'utf8')) as ReferralPacket;
  expect(schemaProblems('referral-packet.schema.json', json)).toEqual([]);
  const text = await popplerText(w.files.pdf);
  expect(senderInstructions(text)).toEqual([]);
  if (json.language === 'nl') expect(englishLines(text)).toEqual([]);
  const mail = await parseEml(w.files.eml);
  expect(mail.subject).toBe(json.subject);
  return { json, text };
}

describe('the police: a hand-over package to start their own investigation', () => {
  it('lists per capture the conditions, every hash, the custody and how to repeat it; never a sealed original or a key', async () => {
    const [w] = await refer('police');
    const { json, text } = await read(w!);
    expect(json.language).toBe('nl');
    const s = json.recipientSpecific.police!;
    const c = s.captures.find((x) => x.bundleId === bundleId)!;
    expect(c.requestedUrl).toBe(`http://${NL}/`);
    expect(c.conditions.browser).toMatch(/^chromium \d+/);
    expect(c.conditions.egress).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(c.conditions).toMatchObject({ networkPolicy: { privateNetworks: 'refused', viaProxy: true }, observationOnly: true });
    // The bundle's own manifest and custody log, as stored.
    const manifest = JSON.parse((await readFile(join(h.dataDir, 'bundles', bundleId, 'manifest.json'))).toString('utf8')) as { artifacts: { path: string; sha256: string; sealed: boolean; plaintext: { sha256: string } | null }[] };
    expect(c.artifacts.map((a) => [a.path, a.sha256])).toEqual(manifest.artifacts.map((a) => [a.path, a.sha256]));
    const sealed = manifest.artifacts.find((a) => a.sealed)!;
    expect(c.artifacts.find((a) => a.path === sealed.path)!.plaintextSha256).toBe(sealed.plaintext!.sha256);
    const custody = (await readFile(join(h.dataDir, 'bundles', bundleId, 'custody.jsonl'), 'utf8')).trim().split('\n').map((l) => (JSON.parse(l) as { event: string }).event);
    expect(c.custody.map((e) => e.event)).toEqual(custody);
    expect(c.timestamps.length).toBeGreaterThan(0);
    expect(c.reproduce.some((step) => step.includes('VERIFY.md'))).toBe(true);
    expect(s.holder).toMatchObject({ organisation: 'Test NGO', contact: reporter.email, sealedOriginalsIncluded: false, keysIncluded: false });
    // Every hash is whole on one line of the PDF; the legal ground of a report is cited.
    expect(brokenTokens(text, [bundleId, ...c.artifacts.map((a) => a.sha256), ...c.timestamps.map((t) => t.tokenSha256)])).toEqual([]);
    for (const must of ['Wetboek van Strafvordering, art. 161', 'Zelf herhalen', 'Houder van de originelen en de sleutels']) expect(text.replace(/\s+/g, ' ')).toContain(must);
    // Nothing sealed or secret travels: the evidence pack holds no .sealed file and no key.
    const pack = await readFile(w!.files.evidencePack!);
    expect(pack.includes(Buffer.from('.sealed'))).toBe(false);
    expect(pack.includes(Buffer.from('PRIVATE KEY'))).toBe(false);
  }, 90_000);
});

describe('the AP: the controller chain, the processing, the territorial hooks, the measure asked for', () => {
  it('names the parties the evidence shows and the GDPR articles, in Dutch', async () => {
    const [w] = await refer('ap');
    const { json, text } = await read(w!);
    const s = json.recipientSpecific.ap!;
    expect(s.controllers.map((c) => c.domain)).toEqual([NL]);
    expect(s.parties).toContainEqual(expect.objectContaining({ role: 'registrar', name: 'Voorbeeld Registrar B.V.' }));
    expect(s.measures.join(' ')).toMatch(/art\. 58 lid 2 onder f AVG/);
    expect(json.legalGrounds.map((g) => g.id)).toEqual(['gdpr-4-1', 'gdpr-6-1', 'gdpr-9-1', 'gdpr-3-2', 'gdpr-58-2-f', 'nl-sr-139h']);
    for (const must of ['Verwerkingsverantwoordelijke', 'AVG, art. 6 lid 1', 'art. 3 lid 2 onder a AVG', 'Voorbeeld Registrar B.V.']) expect(text.replace(/\s+/g, ' ')).toContain(must);
  }, 90_000);
});

describe('trusted-flagger mode', () => {
  const section = { awardedBy: 'ACM (Digital Services Coordinator for the Netherlands)', decisionDate: '2026-03-01', reference: 'TF-2026-0001', areas: ['non-consensual intimate imagery'] };
  const configWith = async (value: unknown): Promise<string> => {
    const file = join(await mkdtemp(join(tmpdir(), 'dw-tf-')), 'dijkwacht.config.json');
    await writeFile(file, JSON.stringify({ trustedFlagger: value }));
    return file;
  };

  it('adds the Art. 22 status and the priority request to a host packet, and not to an authority packet', async () => {
    const tf = loadTrustedFlagger({ configFile: await configWith(section) });
    const [host] = await refer('host', { trustedFlagger: tf });
    const { json, text } = await read(host!);
    expect(json.trustedFlagger).toMatchObject({ status: section, priorityRequest: expect.stringMatching(/Art\. 22\(1\) DSA/) });
    expect(text.replace(/\s+/g, ' ')).toContain('Trusted flagger (Art. 22 DSA)');
    expect(text).toContain('TF-2026-0001');
    const [acm] = await refer('acm', { trustedFlagger: tf });
    expect((await read(acm!)).json.trustedFlagger).toBeNull();
  }, 90_000);

  it('a malformed section is refused with the key named; no section means no claim', async () => {
    await expect(async () => loadTrustedFlagger({ configFile: await configWith({ ...section, decisionDate: 'March 2026' }) })).rejects.toThrow(/trustedFlagger\.decisionDate/);
    await expect(async () => loadTrustedFlagger({ configFile: await configWith({ ...section, awardedBy: '' }) })).rejects.toThrow(UsageError);
    await expect(async () => loadTrustedFlagger({ configFile: await configWith({ ...section, status: 'yes' }) })).rejects.toThrow(/trustedFlagger\.status/);
    const file = join(await mkdtemp(join(tmpdir(), 'dw-tf-')), 'dijkwacht.config.json');
    await writeFile(file, '{}');
    expect(loadTrustedFlagger({ configFile: file })).toBeNull();
  });
});
