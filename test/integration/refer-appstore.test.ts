import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog, reviewSite } from '../../src/catalog/index.js';
import { findIdentifiers } from '../../src/classify/index.js';
import { runDiscovery } from '../../src/discover/index.js';
import { lookupDomains } from '../../src/domains/index.js';
import { schemaProblems } from '../../src/evidence/index.js';
import { referDomains, type ReferralPacket, type WrittenPacket } from '../../src/refer/index.js';
import { providerData, providerRecipient } from '../../src/refer/kinds/app-identifiers.js';
import { APPSTORE } from '../../src/refer/kinds/appstore.js';
import { APPS_HOSTS, APPS_IDS } from '../world/sites-apps.js';
import { startHarness, type Harness } from '../support/capture-env.js';
import { parseEml } from '../support/documents.js';
import { brokenTokens, englishLines, pdfaProblems, popplerText, senderInstructions } from '../support/packet-checks.js';

const reporter = { name: 'Test Analyst', organisation: 'Test NGO', email: 'analyst@test-ngo.test' };
const { service: SERVICE, sibling: SIBLING, uncaptured: UNCAPTURED, directory: DIRECTORY, storeListing: LISTING_HOST } = APPS_HOSTS;
const PLAY_INTAKE = 'https://support.google.com/googleplay/android-developer/contact/policy_violation_report';
const APPLE_INTAKE = 'https://reportaproblem.apple.com/';
const playListing = (id: string): string => `https://play.google.com/store/apps/details?id=${id}`;

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
          linkedFrom: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['domain', 'pageUrl', 'firstSeen', 'bundleIds'],
              properties: { domain: { type: 'string' }, pageUrl: { type: 'string', format: 'uri' }, firstSeen: { type: 'string' }, bundleIds: { type: 'array', minItems: 1, items: { type: 'string' } } },
            },
          },
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

let h: Harness;
const bundleOf = new Map<string, string>();
beforeAll(async () => {
  h = await startHarness();
  await runDiscovery({ kind: 'crawl', options: h.options({ crawlSameDomainDelayMs: 0, maxDepth: 0 }), seeds: [SERVICE, SIBLING, UNCAPTURED, DIRECTORY].map((d) => `http://${d}/`) });
  for (const d of [SERVICE, SIBLING, DIRECTORY]) bundleOf.set(d, (await h.captureOk(`http://${d}/`)).id);
  // The page of the third service that links its app is never captured: only its about page is.
  await h.captureOk(`http://${UNCAPTURED}/about`);
  // The stand-in for the store's listing page of the first app (the real store is never fetched).
  bundleOf.set('listing', (await h.captureOk(`http://${LISTING_HOST}/store/apps/details?id=${APPS_IDS.playApp}`)).id);
  await lookupDomains([SERVICE, SIBLING, UNCAPTURED, DIRECTORY], h.options({ rdapBootstrapDir: h.world.rdap.bootstrapDir, dnsServer: h.world.dns.server, whoisServer: h.world.whois.server }));
  const catalog = new Catalog(h.dataDir);
  try {
    for (const domain of [SERVICE, SIBLING, UNCAPTURED]) reviewSite(catalog, { domain, verdict: 'override', label: 'nudify', reviewer: 'Test Analyst', note: 'fictional test-world service' });
    reviewSite(catalog, { domain: DIRECTORY, verdict: 'override', label: 'directory', reviewer: 'Test Analyst', note: 'fictional test-world directory' });
  } finally {
    catalog.close();
  }
}, 180_000);
afterAll(async () => h?.stop());

const refer = async (domains: string[], extra: Partial<Parameters<typeof referDomains>[0]> = {}): Promise<WrittenPacket[]> => referDomains({ options: h.options(), reporter, to: 'appstore', domains, outDir: await mkdtemp(join(tmpdir(), 'dw-appstore-')), ...extra });
const flat = (s: string): string => s.replace(/\s+/g, '');

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
