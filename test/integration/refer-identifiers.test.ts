import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capturesOf, Catalog } from '../../src/catalog/index.js';
import { findIdentifiers } from '../../src/classify/index.js';
import { schemaProblems } from '../../src/evidence/index.js';
import { referDomains, type ReferralPacket, type WrittenPacket } from '../../src/refer/index.js';
import { providerData, providerRecipient } from '../../src/refer/kinds/app-identifiers.js';
import { APPSTORE } from '../../src/refer/kinds/appstore.js';
import { PROVIDER_PART_SCHEMA } from '../../src/refer/kinds/identifier-evidence.js';
import { MESSAGING } from '../../src/refer/kinds/messaging.js';
import { captureTelegramPreviews, telegramHandle, telegramPreviewUrl } from '../../src/refer/kinds/telegram-preview.js';
import { APPS_HOSTS, APPS_IDS } from '../world/sites-apps.js';
import { PAYMENT_HOSTS, PAYMENT_IDS } from '../world/sites-payment.js';
import type { Harness } from '../support/capture-env.js';
import { parseEml } from '../support/documents.js';
import { brokenTokens, englishLines, pdfaProblems, popplerText, senderInstructions } from '../support/packet-checks.js';
import { startReferWorld, TELEGRAM_PREVIEW_TEMPLATE, type ReferWorld } from '../support/refer-world.js';

/**
 * The referral kinds built on identifiers a service carries: payment and sign-in providers (keys
 * and client ids on its pages), app stores and messaging platforms (the apps and handles it links).
 * One world for all four (test/support/refer-world.ts); each kind is its own describe block and
 * holds whatever the others did before it: their packets go to other recipients or other folders.
 */

const reporter = { name: 'Test Analyst', organisation: 'Test NGO', email: 'analyst@test-ngo.test' };
const flat = (s: string): string => s.replace(/\s+/g, '');

let w: ReferWorld;
let h: Harness;
beforeAll(async () => {
  w = await startReferWorld(['payment', 'signin', 'appstore', 'messaging']);
  h = w.h;
}, 240_000);
afterAll(async () => w?.stop());

/** Where an app or a handle was seen: the pages linking it, each with its capture bundles (appstore and messaging alike). */
const SIGHTINGS = {
  type: 'array',
  minItems: 1,
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['domain', 'pageUrl', 'firstSeen', 'bundleIds'],
    properties: { domain: { type: 'string' }, pageUrl: { type: 'string', format: 'uri' }, firstSeen: { type: 'string' }, bundleIds: { type: 'array', minItems: 1, items: { type: 'string' } } },
  },
} as const;

/** The JSON Schema proposed for recipientSpecific.appstore (the hand-off carries it for the packet schema). */
const APPSTORE_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  additionalProperties: false,
  required: ['store', 'apps', 'intake', 'policy'],
  properties: {
    store: { type: 'string', enum: ['google-play', 'apple-app-store'] },
    apps: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['appId', 'listingUrl', 'linkedFrom', 'listing'],
        properties: {
          appId: { type: 'string', minLength: 1 },
          listingUrl: { type: 'string', format: 'uri' },
          linkedFrom: SIGHTINGS,
          listing: {
            oneOf: [
              { type: 'null' },
              {
                type: 'object',
                additionalProperties: false,
                required: ['url', 'bundleId', 'capturedAt', 'status', 'developer'],
                properties: { url: { type: 'string', format: 'uri' }, bundleId: { type: 'string' }, capturedAt: { type: 'string' }, status: { type: 'string' }, developer: { type: ['string', 'null'] } },
              },
            ],
          },
        },
      },
    },
    intake: {
      type: 'object',
      additionalProperties: false,
      required: ['email', 'web', 'sources', 'checked'],
      properties: { email: { type: ['string', 'null'] }, web: { type: ['string', 'null'] }, sources: { type: 'array', minItems: 1, items: { type: 'string', format: 'uri' } }, checked: { type: 'string', format: 'date' } },
    },
    policy: {
      type: 'object',
      additionalProperties: false,
      required: ['title', 'clause', 'url'],
      properties: { title: { type: 'string' }, clause: { type: 'string' }, url: { type: 'string', format: 'uri' } },
    },
  },
} as const;

/** The JSON Schema proposed for recipientSpecific.messaging (the hand-off carries it for the packet schema). */
const MESSAGING_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  additionalProperties: false,
  required: ['platform', 'handles', 'intake', 'policy'],
  properties: {
    platform: { type: 'string', enum: ['telegram', 'discord'] },
    handles: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['handle', 'url', 'seenOn', 'preview'],
        properties: {
          handle: { type: 'string', minLength: 1 },
          url: { type: 'string', format: 'uri' },
          seenOn: SIGHTINGS,
          preview: {
            oneOf: [
              { type: 'null' },
              {
                type: 'object',
                additionalProperties: false,
                required: ['url', 'bundleId', 'capturedAt', 'status'],
                properties: { url: { type: 'string', format: 'uri' }, bundleId: { type: 'string' }, capturedAt: { type: 'string' }, status: { type: 'string' } },
              },
            ],
          },
        },
      },
    },
    intake: {
      type: 'object',
      additionalProperties: false,
      required: ['email', 'web', 'sources', 'checked'],
      properties: { email: { type: ['string', 'null'] }, web: { type: ['string', 'null'] }, sources: { type: 'array', minItems: 1, items: { type: 'string', format: 'uri' } }, checked: { type: 'string', format: 'date' } },
    },
    policy: {
      type: 'object',
      additionalProperties: false,
      required: ['title', 'clause', 'url'],
      properties: { title: { type: 'string' }, clause: { type: 'string' }, url: { type: 'string', format: 'uri' } },
    },
  },
} as const;

describe('payment (refer --to payment)', () => {
  const A = PAYMENT_HOSTS.service;
  const B = PAYMENT_HOSTS.uncaptured;
  /** Stripe publishes no verified e-mail route (data/recipients/payment.json): the sender supplies one. */
  const STRIPE_ADDRESS = 'reports@stripe-route.example';

  let checkoutBundle: string;
  beforeAll(() => {
    checkoutBundle = w.bundle(`http://${A}/checkout`);
  });

  const refer = (extra: Partial<Parameters<typeof referDomains>[0]> = {}): Promise<WrittenPacket[]> => referDomains({ options: h.options(), reporter, to: 'payment', domains: [], provider: 'stripe', ...extra });
  const packetDirs = (): Promise<string[]> => w.packetDirs('payment');

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
});

describe('sign-in (refer --to signin)', () => {
  const A = PAYMENT_HOSTS.service;
  const B = PAYMENT_HOSTS.uncaptured;
  const DISCORD_ROUTE = 'https://discord.com/safety/360044103651-reporting-abusive-behavior-to-discord';

  let loginBundle: string;
  beforeAll(() => {
    loginBundle = w.bundle(`http://${A}/login`);
  });

  const refer = (provider: string | null, extra: Partial<Parameters<typeof referDomains>[0]> = {}): Promise<WrittenPacket[]> => referDomains({ options: h.options(), reporter, to: 'signin', domains: [], provider, ...extra });
  const packetDirs = (): Promise<string[]> => w.packetDirs('signin');

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
});

describe('app stores (refer --to appstore)', () => {
  const { service: SERVICE, sibling: SIBLING, uncaptured: UNCAPTURED, directory: DIRECTORY, storeListing: LISTING_HOST } = APPS_HOSTS;
  const PLAY_INTAKE = 'https://support.google.com/googleplay/android-developer/contact/policy_violation_report';
  const APPLE_INTAKE = 'https://reportaproblem.apple.com/';
  const playListing = (id: string): string => `https://play.google.com/store/apps/details?id=${id}`;

  const bundleOf = new Map<string, string>();
  beforeAll(() => {
    for (const d of [SERVICE, SIBLING, DIRECTORY]) bundleOf.set(d, w.bundle(`http://${d}/`));
    bundleOf.set('listing', w.bundle(`http://${LISTING_HOST}/store/apps/details?id=${APPS_IDS.playApp}`));
  });

  const refer = async (domains: string[], extra: Partial<Parameters<typeof referDomains>[0]> = {}): Promise<WrittenPacket[]> => referDomains({ options: h.options(), reporter, to: 'appstore', domains, outDir: await mkdtemp(join(tmpdir(), 'dw-appstore-')), ...extra });

  /** What a user checks in every packet: valid JSON (and its part against the proposed schema), a clean PDF, an e-mail that parses. */
  async function checkFiles(w: WrittenPacket): Promise<{ text: string; json: ReferralPacket }> {
    const json = JSON.parse(await readFile(w.files.json, 'utf8')) as ReferralPacket;
    expect(schemaProblems('referral-packet.schema.json', json)).toEqual([]);
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    const valid = ajv.compile(APPSTORE_SCHEMA);
    expect(valid(json.recipientSpecific.appstore), JSON.stringify(valid.errors)).toBe(true);
    const text = await popplerText(w.files.pdf);
    expect(await pdfaProblems(w.files.pdf)).toEqual([]);
    const s = json.recipientSpecific.appstore!;
    const tokens = [json.reporter.email, ...s.apps.flatMap((a) => [a.appId, a.listingUrl, ...a.linkedFrom.flatMap((l) => [l.pageUrl, ...l.bundleIds]), ...(a.listing ? [a.listing.bundleId] : [])]), ...(s.intake.web ? [s.intake.web] : []), s.policy.url];
    expect(brokenTokens(text, tokens)).toEqual([]);
    expect(senderInstructions(text)).toEqual([]);
    if (json.language === 'nl') expect(englishLines(text)).toEqual([]);
    const mail = await parseEml(w.files.eml);
    expect(mail.subject).toBe(json.subject);
    expect(senderInstructions(mail.text ?? '')).toEqual([]);
    if (json.language === 'nl') expect(englishLines(mail.text ?? '')).toEqual([]);
    return { text, json };
  }

  describe('store links become identifiers', () => {
    it('parses Google Play package names and App Store ids from links as sites write them', () => {
      const ids = findIdentifiers(
        '<a href="https://play.google.com/store/apps/details?id=com.voorbeeld.app&amp;hl=nl">x</a><a href="https://play.google.com/store/apps/details?hl=en&id=org.voorbeeld.two_b">y</a>' +
          '<a href="https://apps.apple.com/nl/app/voorbeeld-app/id1234567890?platform=iphone">z</a><a href="https://itunes.apple.com/app/id987654321">w</a>',
      );
      expect(ids.filter((i) => i.kind === 'google-play-app').map((i) => i.value)).toEqual(['com.voorbeeld.app', 'org.voorbeeld.two_b']);
      expect(ids.filter((i) => i.kind === 'apple-app-store-app').map((i) => i.value)).toEqual(['1234567890', '987654321']);
    });
  });

  describe('refer --to appstore', () => {
    it('google-play: one packet for every service linking an app there, each app with its listing, the page linking it and the bundle', async () => {
      const skipped: string[] = [];
      const written = await refer([], { provider: 'google-play', onSkip: (s) => skipped.push(`${s.domain}: ${s.reason}`) });
      expect(written).toHaveLength(1);
      const { text, json } = await checkFiles(written[0]!);
      // The directory that lists the same app is no service: it is not in the packet.
      expect(json.domains.map((d) => d.domain).sort()).toEqual([SERVICE, SIBLING].sort());
      expect(skipped).toEqual([expect.stringMatching(new RegExp(`^${UNCAPTURED}: .*http://${UNCAPTURED}/, and that page has no evidence capture: run "dijkwacht capture http://${UNCAPTURED}/"`))]);
      expect(json.recipient).toEqual({ type: 'appstore', name: 'Google Play', email: null, web: PLAY_INTAKE });
      const s = json.recipientSpecific.appstore!;
      expect(s.store).toBe('google-play');
      expect(s.apps.map((a) => a.appId).sort()).toEqual([APPS_IDS.playApp, APPS_IDS.playAppSibling].sort());
      const first = s.apps.find((a) => a.appId === APPS_IDS.playApp)!;
      expect(first.listingUrl).toBe(playListing(APPS_IDS.playApp));
      expect(first.linkedFrom).toEqual([{ domain: SERVICE, pageUrl: `http://${SERVICE}/`, firstSeen: expect.any(String), bundleIds: [bundleOf.get(SERVICE)] }]);
      expect(first.listing).toMatchObject({ url: `http://${LISTING_HOST}/store/apps/details?id=${APPS_IDS.playApp}`, bundleId: bundleOf.get('listing'), developer: APPS_IDS.developer });
      expect(s.apps.find((a) => a.appId === APPS_IDS.playAppSibling)!.linkedFrom[0]!.bundleIds).toEqual([bundleOf.get(SIBLING)]);
      expect(s.policy.url).toBe('https://support.google.com/googleplay/android-developer/answer/14094294');
      expect(json.legalGrounds.map((g) => g.id)).toEqual(['nl-sr-139h', 'dsa-16', 'dsa-hosting']);
      for (const must of [playListing(APPS_IDS.playApp), playListing(APPS_IDS.playAppSibling), PLAY_INTAKE, 'AI-generated non-consensual deepfake sexual material', APPS_IDS.developer, 'Art. 3(g)(iii)', bundleOf.get(SERVICE)!, bundleOf.get(SIBLING)!, bundleOf.get('listing')!])
        expect(flat(text)).toContain(flat(must));
      // A web intake: the draft has no recipient address, and the sender is told where to submit.
      expect((await parseEml(written[0]!.files.eml)).to).toBeUndefined();
      expect(written[0]!.senderNotes.join(' ')).toContain(`Google Play takes reports through ${PLAY_INTAKE}`);
      const [addressed] = await refer([SERVICE], { provider: 'google-play', address: 'legal@store.example', expandClusters: false });
      expect((await parseEml(addressed!.files.eml)).to).toMatchObject({ value: [{ address: 'legal@store.example' }] });
    }, 120_000);

    it('apple-app-store in Dutch: the App Store id, its listing URL, Dutch only; the uncaptured listing is a note for the sender', async () => {
      const [w, ...rest] = await refer([SERVICE], { provider: 'apple-app-store', lang: 'nl', expandClusters: false });
      expect(rest).toHaveLength(0);
      const { text, json } = await checkFiles(w!);
      expect(json.recipient).toEqual({ type: 'appstore', name: 'Apple App Store', email: null, web: APPLE_INTAKE });
      expect(json.recipientSpecific.appstore!.apps).toEqual([
        { appId: APPS_IDS.appleApp, listingUrl: `https://apps.apple.com/app/id${APPS_IDS.appleApp}`, linkedFrom: [{ domain: SERVICE, pageUrl: `http://${SERVICE}/`, firstSeen: expect.any(String), bundleIds: [bundleOf.get(SERVICE)] }], listing: null },
      ]);
      for (const must of ['Apps in uw appwinkel', `https://apps.apple.com/app/id${APPS_IDS.appleApp}`, APPLE_INTAKE, 'Overtly sexual or pornographic material', 'art. 3 onder g sub iii']) expect(flat(text)).toContain(flat(must));
      expect(w!.senderNotes.join(' ')).toMatch(new RegExp(`The listing of ${APPS_IDS.appleApp} .* is not captured`));
      // Without --provider, a domain that links apps in one store only goes to that store.
      const [inferred] = await refer([SIBLING], { expandClusters: false });
      expect(inferred!.packet.recipient.name).toBe('Google Play');
    }, 120_000);
  });

  describe('bad input: a clear message naming the fix, nothing written', () => {
    const refused = async (domains: string[], extra: Partial<Parameters<typeof referDomains>[0]>): Promise<string> => {
      const outDir = await mkdtemp(join(tmpdir(), 'dw-appstore-bad-'));
      const message = await referDomains({ options: h.options(), reporter, to: 'appstore', domains, outDir, ...extra }).then(() => 'built', (e: Error) => e.message);
      expect(await readdir(outDir)).toEqual([]);
      return message;
    };

    it('a provider the domain holds no identifier of', async () => {
      expect(await refused([SIBLING], { provider: 'apple-app-store', expandClusters: false })).toMatch(new RegExp(`No appstore packet can be built: ${SIBLING}: ${SIBLING} holds no App Store app in the catalog: crawl its pages \\("dijkwacht crawl --seed https://${SIBLING}/"\\)`));
    });

    it('an identifier whose page has no bundle', async () => {
      expect(await refused([UNCAPTURED], { provider: 'google-play' })).toMatch(new RegExp(`The Google Play app ${APPS_IDS.playAppUncaptured} of ${UNCAPTURED} was seen on http://${UNCAPTURED}/, and that page has no evidence capture: run "dijkwacht capture http://${UNCAPTURED}/"`));
    });

    it('a directory, an unknown store, no provider where two stores are linked', async () => {
      expect(await refused([DIRECTORY], { provider: 'google-play', expandClusters: false })).toMatch(/is labelled "directory", not a service/);
      expect(await refused([SERVICE], { provider: 'playstore', expandClusters: false })).toMatch(/Unknown appstore provider "playstore": use --provider google-play\|apple-app-store/);
      expect(await refused([SERVICE], { expandClusters: false })).toMatch(/Name the provider the appstore packet goes to: --provider google-play\|apple-app-store/);
    });

    it('a store without a verified intake route, and a catalog where no service links a store', async () => {
      const entry = { ...providerData('appstore')['google-play']!, intake: { email: null, web: null } };
      expect(() => providerRecipient('appstore', 'google-play', entry, null)).toThrow(/No verified intake route of Google Play is recorded in data\/recipients\/appstore\.json: .* or pass --address/);
      expect(providerRecipient('appstore', 'google-play', entry, 'legal@store.example')).toMatchObject({ email: 'legal@store.example' });
      const empty = new Catalog(await mkdtemp(join(tmpdir(), 'dw-empty-')));
      try {
        await expect(APPSTORE.domainsFor!({ catalog: empty, provider: 'google-play' })).rejects.toThrow(/No service in the catalog links a Google Play app: crawl the services first/);
      } finally {
        empty.close();
      }
    });
  });
});

describe('messaging (refer --to messaging)', () => {
  const { service: SERVICE, sibling: SIBLING, telegramPreview: PREVIEW_HOST } = APPS_HOSTS;
  const PREVIEW_URL = `http://${PREVIEW_HOST}/s/${APPS_IDS.channel}`;

  const bundleOf = new Map<string, string>();
  beforeAll(() => {
    for (const d of [SERVICE, SIBLING]) bundleOf.set(d, w.bundle(`http://${d}/`));
  });

  const options = () => h.options({ telegramPreviewUrl: TELEGRAM_PREVIEW_TEMPLATE });
  const refer = async (domains: string[], extra: Partial<Parameters<typeof referDomains>[0]> = {}): Promise<WrittenPacket[]> => referDomains({ options: options(), reporter, to: 'messaging', domains, outDir: await mkdtemp(join(tmpdir(), 'dw-messaging-')), ...extra });

  /**
   * The channel's public preview, captured once by whichever test needs it first (so the packet
   * test holds whether or not the capture test ran before it), with the traffic it caused.
   */
  let preview: Promise<{ results: Awaited<ReturnType<typeof captureTelegramPreviews>>; seen: typeof h.world.web.seen; forbidden: ReturnType<typeof h.world.web.forbidden> }> | null = null;
  const capturePreview = (): NonNullable<typeof preview> =>
    (preview ??= (async () => {
      h.world.web.clearForbidden();
      const seenBefore = h.world.web.seen.length;
      const results = await captureTelegramPreviews({ handles: [`@${APPS_IDS.channel}`], options: options() });
      const [result] = results;
      if (result?.ok) bundleOf.set('preview', result.id);
      return { results, seen: h.world.web.seen.slice(seenBefore), forbidden: h.world.web.forbidden() };
    })());

  async function checkFiles(w: WrittenPacket): Promise<{ text: string; json: ReferralPacket }> {
    const json = JSON.parse(await readFile(w.files.json, 'utf8')) as ReferralPacket;
    expect(schemaProblems('referral-packet.schema.json', json)).toEqual([]);
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    const valid = ajv.compile(MESSAGING_SCHEMA);
    expect(valid(json.recipientSpecific.messaging), JSON.stringify(valid.errors)).toBe(true);
    const text = await popplerText(w.files.pdf);
    expect(await pdfaProblems(w.files.pdf)).toEqual([]);
    const s = json.recipientSpecific.messaging!;
    const tokens = [json.reporter.email, ...(json.recipient.email ? [json.recipient.email] : []), ...s.handles.flatMap((x) => [x.url, ...x.seenOn.flatMap((l) => [l.pageUrl, ...l.bundleIds]), ...(x.preview ? [x.preview.url, x.preview.bundleId] : [])]), ...(s.intake.web ? [s.intake.web] : []), s.policy.url];
    expect(brokenTokens(text, tokens)).toEqual([]);
    expect(senderInstructions(text)).toEqual([]);
    if (json.language === 'nl') expect(englishLines(text)).toEqual([]);
    const mail = await parseEml(w.files.eml);
    expect(mail.subject).toBe(json.subject);
    expect(senderInstructions(mail.text ?? '')).toEqual([]);
    if (json.language === 'nl') expect(englishLines(mail.text ?? '')).toEqual([]);
    return { text, json };
  }

  describe('the public preview of a Telegram channel, captured on request', () => {
    it('takes handles as people write them and refuses links that have no public preview', () => {
      for (const typed of [APPS_IDS.channel, `@${APPS_IDS.channel}`, `t.me/${APPS_IDS.channel}`, `https://t.me/${APPS_IDS.channel}`, `https://t.me/s/${APPS_IDS.channel}/`]) expect(telegramHandle(typed)).toBe(APPS_IDS.channel);
      for (const bad of ['https://t.me/+AbCdEf123', 'https://t.me/joinchat/AbCdEf', 'https://t.me/beeldapp_kanaal/42', 'abc', '1channel']) expect(() => telegramHandle(bad)).toThrow(/is not a public Telegram handle/);
      expect(telegramPreviewUrl('https://t.me/s/{handle}', '@beeldapp_kanaal')).toBe('https://t.me/s/beeldapp_kanaal');
      expect(() => telegramPreviewUrl('https://t.me/s/', 'beeldapp_kanaal')).toThrow(/has no \{handle\} placeholder/);
    });

    it('captures the preview page by GET alone: nothing submitted, no popup, nothing joined', async () => {
      const { results, seen, forbidden } = await capturePreview();
      const [result, ...more] = results;
      expect(more).toHaveLength(0);
      if (!result?.ok) throw new Error(`preview capture failed: ${result?.error ?? 'no result'}`);
      expect(result.url).toBe(PREVIEW_URL);
      expect(bundleOf.get('preview')).toBe(result.id);
      expect(forbidden).toEqual([]);
      const toPreview = seen.filter((r) => r.host === PREVIEW_HOST);
      expect(toPreview.length).toBeGreaterThan(0);
      expect(toPreview.every((r) => r.method === 'GET')).toBe(true);
      await expect(captureTelegramPreviews({ handles: [], options: options() })).rejects.toThrow(/Name at least one Telegram handle: --telegram-preview HANDLE/);
    }, 120_000);
  });

  describe('refer --to messaging', () => {
    it('telegram: one packet for every service with a Telegram handle; each handle with where it is seen, the bundle and the captured preview', async () => {
      await capturePreview();
      const written = await refer([], { provider: 'telegram' });
      expect(written).toHaveLength(1);
      const { text, json } = await checkFiles(written[0]!);
      expect(json.domains.map((d) => d.domain).sort()).toEqual([SERVICE, SIBLING].sort());
      expect(json.recipient).toEqual({ type: 'messaging', name: 'Telegram', email: 'abuse@telegram.org', web: 'https://telegram.org/dsa-report' });
      const s = json.recipientSpecific.messaging!;
      expect(s.platform).toBe('telegram');
      const bot = s.handles.find((x) => x.handle === APPS_IDS.bot)!;
      expect(bot.url).toBe(`https://t.me/${APPS_IDS.bot}`);
      expect(bot.seenOn.map((x) => [x.domain, x.pageUrl, x.bundleIds]).sort()).toEqual(
        [
          [SERVICE, `http://${SERVICE}/`, [bundleOf.get(SERVICE)]],
          [SIBLING, `http://${SIBLING}/`, [bundleOf.get(SIBLING)]],
        ].sort(),
      );
      const channel = s.handles.find((x) => x.handle === APPS_IDS.channel)!;
      expect(channel.preview).toMatchObject({ url: PREVIEW_URL, bundleId: bundleOf.get('preview') });
      expect(s.handles.map((x) => x.handle).sort()).toEqual([APPS_IDS.bot, APPS_IDS.channel].sort());
      expect(json.legalGrounds.map((g) => g.id)).toEqual(['nl-sr-139h', 'dsa-16', 'dsa-hosting']);
      for (const must of ['Art. 3(g)(iii)', 'Art. 6(1)(b)', 'non-consensual publication of sexual materials', 'https://telegram.org/tos/eu-dsa#what-is-not-allowed-on-telegram', `@${APPS_IDS.bot}`, `https://t.me/${APPS_IDS.channel}`, PREVIEW_URL, bundleOf.get('preview')!, bundleOf.get(SIBLING)!])
        expect(flat(text)).toContain(flat(must));
      expect((await parseEml(written[0]!.files.eml)).to).toMatchObject({ value: [{ address: 'abuse@telegram.org' }] });
    }, 120_000);

    it('discord in Dutch: the invite, its address, Dutch only; a web intake leaves the draft without a recipient', async () => {
      const [w, ...rest] = await refer([SERVICE], { provider: 'discord', lang: 'nl', expandClusters: false });
      expect(rest).toHaveLength(0);
      const { text, json } = await checkFiles(w!);
      expect(json.recipient).toEqual({ type: 'messaging', name: 'Discord', email: null, web: 'https://dis.gd/request' });
      expect(json.recipientSpecific.messaging!.handles).toEqual([{ handle: APPS_IDS.discordInvite, url: `https://discord.gg/${APPS_IDS.discordInvite}`, seenOn: [{ domain: SERVICE, pageUrl: `http://${SERVICE}/`, firstSeen: expect.any(String), bundleIds: [bundleOf.get(SERVICE)] }], preview: null }]);
      for (const must of ['Accounts op uw platform', `https://discord.gg/${APPS_IDS.discordInvite}`, 'https://dis.gd/request', 'art. 6 lid 1 onder b']) expect(flat(text)).toContain(flat(must));
      expect((await parseEml(w!.files.eml)).to).toBeUndefined();
      expect(w!.senderNotes.join(' ')).toContain('Discord takes reports through https://dis.gd/request');
    }, 120_000);

    it('bad input: a platform the domain holds no handle of, an unknown platform, a catalog without handles; nothing written', async () => {
      const outDir = await mkdtemp(join(tmpdir(), 'dw-messaging-bad-'));
      const message = (extra: Partial<Parameters<typeof referDomains>[0]>): Promise<string> => referDomains({ options: options(), reporter, to: 'messaging', domains: [SIBLING], outDir, expandClusters: false, ...extra }).then(() => 'built', (e: Error) => e.message);
      expect(await message({ provider: 'discord' })).toMatch(new RegExp(`No messaging packet can be built: ${SIBLING}: ${SIBLING} holds no Discord invite in the catalog: crawl its pages`));
      expect(await message({ provider: 'whatsapp' })).toMatch(/Unknown messaging provider "whatsapp": use --provider telegram\|discord/);
      expect(await readdir(outDir)).toEqual([]);
      const empty = new Catalog(await mkdtemp(join(tmpdir(), 'dw-empty-')));
      try {
        await expect(MESSAGING.domainsFor!({ catalog: empty, provider: 'telegram' })).rejects.toThrow(/No service in the catalog links a Telegram handle: crawl the services first/);
      } finally {
        empty.close();
      }
    });
  });
});
