import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturesOf, Catalog, reviewSite } from '../../src/catalog/index.js';
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
/** Stripe publishes no verified e-mail route (data/recipients/payment.json): the sender supplies one. */
const STRIPE_ADDRESS = 'reports@stripe-route.example';

let h: Harness;
let checkoutBundle: string;
beforeAll(async () => {
  h = await startHarness();
  await runDiscovery({ kind: 'crawl', options: h.options({ crawlSameDomainDelayMs: 0, maxDepth: 0 }), seeds: [`http://${A}/`, `http://${A}/checkout`, `http://${A}/login`, `http://${B}/`, `http://${B}/checkout`] });
  checkoutBundle = (await h.captureOk(`http://${A}/checkout`)).id;
  await h.captureOk(`http://${A}/login`);
  // B's home page is captured, its checkout page (where its key is) is not.
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

const refer = (extra: Partial<Parameters<typeof referDomains>[0]> = {}): Promise<WrittenPacket[]> => referDomains({ options: h.options(), reporter, to: 'payment', domains: [], provider: 'stripe', ...extra });
const flat = (s: string): string => s.replace(/\s+/g, '');
const packetDirs = async (): Promise<string[]> => (await readdir(join(h.dataDir, 'packets')).catch(() => [] as string[])).filter((d) => !d.startsWith('.'));

function strictAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, strictSchema: true, strictTypes: true, strictRequired: true, allErrors: true });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  return ajv;
}

describe('payment packets', () => {
  it('one packet to Stripe for every service holding its key: the key, the page, the bundle and the file that shows it', async () => {
    const skipped: string[] = [];
    const written = await refer({ address: STRIPE_ADDRESS, onSkip: (s) => skipped.push(`${s.domain}: ${s.reason}`) });
    expect(written).toHaveLength(1);
    const w = written[0]!;
    const json = JSON.parse(await readFile(w.files.json, 'utf8')) as ReferralPacket;
    expect(schemaProblems('referral-packet.schema.json', json)).toEqual([]);
    expect(json.recipient).toEqual({ type: 'payment', name: 'Stripe', email: STRIPE_ADDRESS, web: null });
    expect(json.domains.map((d) => d.domain)).toEqual([A]);
    // B holds a key too, but the page it is on was never captured: left out, with the command that fixes it.
    expect(skipped).toEqual([`${B}: The Stripe identifier ${PAYMENT_IDS.uncapturedStripeKey} of ${B} was seen on http://${B}/checkout, which has no evidence capture: run "dijkwacht capture http://${B}/checkout" (it observes the page without clicking or filling in anything).`]);

    const part = json.recipientSpecific.payment!;
    const valid = strictAjv().compile(PROVIDER_PART_SCHEMA);
    expect(valid(part), JSON.stringify(valid.errors)).toBe(true);
    expect(part.provider).toEqual({ id: 'stripe', name: 'Stripe', relationship: 'merchant-account' });
    expect(part.identifiers).toHaveLength(1);
    const id = part.identifiers[0]!;
    expect(id).toMatchObject({ domain: A, kind: 'stripe-publishable-key', value: PAYMENT_IDS.stripeKey, pageUrl: `http://${A}/checkout`, evidence: { bundleId: checkoutBundle, url: `http://${A}/checkout`, artifact: 'artifacts/dom.html' } });
    // The file's hash is the one the signed manifest lists, and the file holds the key.
    const catalog = new Catalog(h.dataDir);
    const capture = capturesOf(catalog, A).find((c) => c.bundleId === checkoutBundle)!;
    catalog.close();
    const manifest = JSON.parse(await readFile(join(capture.location, 'manifest.json'), 'utf8')) as { artifacts: { path: string; sha256: string }[] };
    expect(id.evidence.artifactSha256).toBe(manifest.artifacts.find((a) => a.path === 'artifacts/dom.html')!.sha256);
    expect(await readFile(join(capture.location, 'artifacts/dom.html'), 'utf8')).toContain(PAYMENT_IDS.stripeKey);
    expect(part.acceptableUse).toMatchObject({ document: 'Stripe Prohibited and Restricted Businesses List — FAQs', clauseLanguage: 'en', source: 'https://support.stripe.com/questions/prohibited-and-restricted-businesses-list-faqs', checked: '2026-12-02' });
    expect(part.acceptableUse!.clause).toMatch(/can’t currently work with businesses that sell or offer adult content or services/);
    expect(json.legalGrounds.map((g) => g.id)).toEqual(['nl-sr-139h', 'payment-own-terms', 'payment-not-dsa']);

    const text = await popplerText(w.files.pdf);
    const tokens = [PAYMENT_IDS.stripeKey, `http://${A}/checkout`, checkoutBundle, id.evidence.artifactSha256!, STRIPE_ADDRESS, reporter.email, part.acceptableUse!.source];
    expect(brokenTokens(text, tokens)).toEqual([]);
    expect(senderInstructions(text)).toEqual([]);
    for (const must of ['Payment identifiers of Stripe on the service', 'Stripe publishable key', 'artifacts/dom.html', 'Terms of Stripe', 'From Stripe Prohibited and Restricted Businesses List — FAQs, as Stripe publishes it', 'Certain categories, including illegal products or services, are never eligible.', 'Art. 139h', 'Art. 3(g)', 'is not an intermediary service']) expect(flat(text)).toContain(flat(must));
    const mail = await parseEml(w.files.eml);
    expect(mail.to).toMatchObject({ value: [{ address: STRIPE_ADDRESS }] });
    expect(mail.subject).toBe(json.subject);
    expect(mail.attachments.map((a) => a.filename)).toEqual(['packet.pdf', 'packet.json', 'evidence-pack.zip']);
    expect(senderInstructions(mail.text ?? '')).toEqual([]);
    // For the sender only: the key is a test-mode key; the clause's date and source to check again.
    expect(w.senderNotes.join('\n')).toMatch(/pk_test_TESTWORLD00000000FAKE0001 on http:\/\/fotokassa-voorbeeld\.test\/checkout is a Stripe test-mode key/);
    expect(w.senderNotes.join('\n')).toMatch(/Stripe's clause was checked on 2026-12-02 at https:\/\/support\.stripe\.com\//);
    expect(await readFile(w.files.checklist, 'utf8')).toMatch(/test-mode key/);
    expect(JSON.stringify(json)).not.toMatch(/test-mode|dijkwacht capture/);
  }, 120_000);

  it('the checkout page was captured without any interaction: its form was never submitted', () => {
    const toService = h.world.web.seen.filter((r) => r.host === A);
    expect(toService.filter((r) => r.path.startsWith('/checkout')).length).toBeGreaterThan(0);
    expect(toService.filter((r) => r.method !== 'GET' && r.method !== 'HEAD' && r.method !== 'CONNECT')).toEqual([]);
    expect(toService.filter((r) => r.path.startsWith('/pay') || r.path.startsWith('/session'))).toEqual([]);
  });

  it('a Dutch packet is Dutch only: the English clause is named with its source, not quoted', async () => {
    const [w] = await refer({ address: STRIPE_ADDRESS, lang: 'nl' });
    const text = await popplerText(w!.files.pdf);
    expect(englishLines(text)).toEqual([]);
    const mail = await parseEml(w!.files.eml);
    expect(englishLines(mail.text ?? '')).toEqual([]);
    expect(w!.packet.recipientSpecific.payment!.acceptableUse).toMatchObject({ clause: null, clauseLanguage: null });
    for (const must of ['Betaalkenmerken van Stripe op de dienst', 'publiceerbare Stripe-sleutel', 'De clausule is alleen in het Engels gepubliceerd', 'art. 3 onder g', PAYMENT_IDS.stripeKey]) expect(flat(text)).toContain(flat(must));
    expect(w!.senderNotes.join('\n')).toMatch(/clause is on file in English only/);
  }, 120_000);
});

describe('bad input names what is missing, and writes nothing', () => {
  it('a provider whose identifiers no service holds', async () => {
    const before = await packetDirs();
    await expect(refer({ provider: 'coinbase-commerce', address: STRIPE_ADDRESS })).rejects.toThrow(/No service in the catalog holds a Coinbase Commerce identifier \(coinbase-commerce-checkout\): crawl the service's checkout or sign-in page/);
    expect(await packetDirs()).toEqual(before);
  });

  it('an identifier whose page has no bundle', async () => {
    const before = await packetDirs();
    await expect(refer({ domains: [B], address: STRIPE_ADDRESS })).rejects.toThrow(`No payment packet can be built: ${B}: The Stripe identifier ${PAYMENT_IDS.uncapturedStripeKey} of ${B} was seen on http://${B}/checkout, which has no evidence capture: run "dijkwacht capture http://${B}/checkout"`);
    expect(await packetDirs()).toEqual(before);
  }, 60_000);

  it('a provider without a verified intake address, an unknown provider, no provider', async () => {
    const before = await packetDirs();
    await expect(refer({ domains: [A] })).rejects.toThrow(/No payment packet can be built: fotokassa-voorbeeld\.test: No verified intake route of Stripe is on file \(.*data\/recipients\/payment\.json\): find the route Stripe publishes for such reports and pass it with --address EMAIL/);
    await expect(refer({ provider: 'acme-pay' })).rejects.toThrow(/"acme-pay" is not a payment provider dijkwacht knows: use stripe, coinbase-commerce/);
    await expect(refer({ provider: null })).rejects.toThrow(/Name the payment provider: --provider stripe\|coinbase-commerce/);
    expect(await packetDirs()).toEqual(before);
  }, 60_000);
});
