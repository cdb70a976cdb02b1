import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog, reviewSite } from '../../src/catalog/index.js';
import { runDiscovery } from '../../src/discover/index.js';
import { lookupDomains } from '../../src/domains/index.js';
import { schemaProblems } from '../../src/evidence/index.js';
import { referDomains, type ReferralPacket, type WrittenPacket } from '../../src/refer/index.js';
import { PROVIDER_PART_SCHEMA } from '../../src/refer/kinds/identifier-evidence.js';
import { PAYMENT_HOSTS, PAYMENT_IDS } from '../world/sites-payment.js';
import { startHarness, type Harness } from '../support/capture-env.js';
import { parseEml } from '../support/documents.js';
import { brokenTokens, englishLines, popplerText, senderInstructions } from '../support/packet-checks.js';

const reporter = { name: 'Test Analyst', organisation: 'Test NGO', email: 'analyst@test-ngo.test' };
const A = PAYMENT_HOSTS.service;
const B = PAYMENT_HOSTS.uncaptured;
const DISCORD_ROUTE = 'https://discord.com/safety/360044103651-reporting-abusive-behavior-to-discord';

let h: Harness;
let loginBundle: string;
beforeAll(async () => {
  h = await startHarness();
  await runDiscovery({ kind: 'crawl', options: h.options({ crawlSameDomainDelayMs: 0, maxDepth: 0 }), seeds: [`http://${A}/`, `http://${A}/login`, `http://${B}/`] });
  loginBundle = (await h.captureOk(`http://${A}/login`)).id;
  await h.captureOk(`http://${B}/`);
  await lookupDomains([A, B], h.options({ rdapBootstrapDir: h.world.rdap.bootstrapDir, dnsServer: h.world.dns.server, whoisServer: h.world.whois.server }));
  const catalog = new Catalog(h.dataDir);
  try {
    // The fixtures' copy is neutral on purpose: the label is an analyst's, as it would be for a service seen by hand.
    for (const domain of [A, B]) reviewSite(catalog, { domain, verdict: 'override', label: 'nudify', reviewer: 'Test Analyst', note: 'test world: label set by hand for the referral tests' });
  } finally {
    catalog.close();
  }
}, 180_000);
afterAll(async () => h?.stop());

const refer = (provider: string | null, extra: Partial<Parameters<typeof referDomains>[0]> = {}): Promise<WrittenPacket[]> => referDomains({ options: h.options(), reporter, to: 'signin', domains: [], provider, ...extra });
const flat = (s: string): string => s.replace(/\s+/g, '');
const packetDirs = async (): Promise<string[]> => (await readdir(join(h.dataDir, 'packets')).catch(() => [] as string[])).filter((d) => !d.startsWith('.'));

async function checked(w: WrittenPacket): Promise<{ json: ReferralPacket; text: string }> {
  const json = JSON.parse(await readFile(w.files.json, 'utf8')) as ReferralPacket;
  expect(schemaProblems('referral-packet.schema.json', json)).toEqual([]);
  const ajv = new Ajv2020({ strict: true, strictSchema: true, strictTypes: true, strictRequired: true, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  const valid = ajv.compile(PROVIDER_PART_SCHEMA);
  expect(valid(json.recipientSpecific.signin), JSON.stringify(valid.errors)).toBe(true);
  const text = await popplerText(w.files.pdf);
  const part = json.recipientSpecific.signin!;
  expect(brokenTokens(text, [reporter.email, ...part.identifiers.flatMap((i) => [i.value, i.pageUrl, i.evidence.bundleId, ...(i.evidence.artifactSha256 ? [i.evidence.artifactSha256] : [])]), ...(json.recipient.email ? [json.recipient.email] : [])])).toEqual([]);
  expect(senderInstructions(text)).toEqual([]);
  if (json.language === 'nl') expect(englishLines(text)).toEqual([]);
  const mail = await parseEml(w.files.eml);
  expect(mail.subject).toBe(json.subject);
  expect(senderInstructions(mail.text ?? '')).toEqual([]);
  if (json.language === 'nl') expect(englishLines(mail.text ?? '')).toEqual([]);
  return { json, text };
}

describe('sign-in packets', () => {
  it('discord: the client id on the sign-in page, its bundle and file, the clause, and Discord\'s reporting route', async () => {
    const [w, ...more] = await refer('discord');
    expect(more).toHaveLength(0);
    const { json, text } = await checked(w!);
    expect(json.recipient).toEqual({ type: 'signin', name: 'Discord', email: null, web: DISCORD_ROUTE });
    expect(json.domains.map((d) => d.domain)).toEqual([A]);
    const part = json.recipientSpecific.signin!;
    expect(part.provider).toEqual({ id: 'discord', name: 'Discord', relationship: 'oauth-client' });
    expect(part.identifiers).toEqual([expect.objectContaining({ domain: A, kind: 'discord-oauth-client', value: PAYMENT_IDS.discordClient, pageUrl: `http://${A}/login`, evidence: expect.objectContaining({ bundleId: loginBundle, artifact: 'artifacts/dom.html' }) })]);
    expect(part.acceptableUse!.clause).toMatch(/Machine or AI-generated sexual imagery/);
    for (const must of ['Sign-in identifiers of Discord on the service', 'Discord OAuth client ID (application ID)', PAYMENT_IDS.discordClient, 'Terms of Discord', 'without their knowledge or consent', DISCORD_ROUTE, 'Art. 3(g)']) expect(flat(text)).toContain(flat(must));
    // A web route: the draft has no To, and the sender is told where to submit it.
    expect((await parseEml(w!.files.eml)).to).toBeUndefined();
    expect(w!.senderNotes.join('\n')).toContain(`Discord takes reports through ${DISCORD_ROUTE}`);
  }, 120_000);

  it('google: no verified intake route, so the sender supplies one; with it the draft goes there', async () => {
    const before = await packetDirs();
    await expect(refer('google')).rejects.toThrow(/No signin packet can be built: fotokassa-voorbeeld\.test: No verified intake route of Google is on file \(.*data\/recipients\/signin\.json\): find the route Google publishes for such reports and pass it with --address EMAIL/);
    expect(await packetDirs()).toEqual(before);
    const [w] = await refer('google', { address: 'oauth-reports@google-route.example' });
    const { json, text } = await checked(w!);
    expect(json.recipientSpecific.signin!.identifiers.map((i) => [i.kind, i.value])).toEqual([['google-oauth-client', PAYMENT_IDS.googleClient]]);
    expect((await parseEml(w!.files.eml)).to).toMatchObject({ value: [{ address: 'oauth-reports@google-route.example' }] });
    for (const must of ['Google OAuth client ID', 'Google APIs Terms of Service, Section 2(b)', 'You will not use the APIs to encourage or promote illegal activity']) expect(flat(text)).toContain(flat(must));
  }, 120_000);

  it('apple, in Dutch: the Sign in with Apple client id from the page head; no clause on file, so the packet cites the law alone', async () => {
    const [w] = await refer('apple', { address: 'meldingen@apple-route.example', lang: 'nl' });
    const { json, text } = await checked(w!);
    expect(json.recipientSpecific.signin!.identifiers.map((i) => [i.kind, i.value])).toEqual([['apple-signin-client', PAYMENT_IDS.appleClient]]);
    expect(json.recipientSpecific.signin!.acceptableUse).toBeNull();
    for (const must of ['Inlogkenmerken van Apple op de dienst', 'client-ID voor inloggen met Apple', 'Hier wordt geen clausule uit de voorwaarden van Apple geciteerd', 'art. 3 onder g']) expect(flat(text)).toContain(flat(must));
    expect(w!.senderNotes.join('\n')).toMatch(/No clause of Apple's terms is on file/);
  }, 120_000);

  it('the sign-in page was captured without any interaction: no sign-in was attempted', () => {
    const toService = h.world.web.seen.filter((r) => r.host === A);
    expect(toService.filter((r) => r.path.startsWith('/login')).length).toBeGreaterThan(0);
    expect(toService.filter((r) => r.method !== 'GET' && r.method !== 'HEAD' && r.method !== 'CONNECT')).toEqual([]);
    expect(toService.filter((r) => r.path.startsWith('/session'))).toEqual([]);
  });
});

describe('bad input names what is missing, and writes nothing', () => {
  it('a domain that holds no identifier of the provider, an unknown provider', async () => {
    const before = await packetDirs();
    await expect(refer('discord', { domains: [B] })).rejects.toThrow(`No signin packet can be built: ${B}: ${B} holds no Discord identifier (discord-oauth-client) in the catalog: crawl the page that carries it ("dijkwacht crawl --seed URL") or leave ${B} out.`);
    await expect(refer('facebook')).rejects.toThrow(/"facebook" is not a signin provider dijkwacht knows: use google, discord, apple/);
    expect(await packetDirs()).toEqual(before);
  }, 60_000);
});
