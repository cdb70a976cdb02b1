import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog } from '../../src/catalog/index.js';
import { SqliteEntityRepository } from '../../src/catalog/repositories/entity-pages.js';
import { sha256Hex } from '../../src/core/hash.js';
import { runDiscovery } from '../../src/discover/index.js';
import { lookupDomains } from '../../src/domains/index.js';
import { schemaProblems } from '../../src/evidence/index.js';
import { nextSteps } from '../../src/notices/index.js';
import { domainFacts, referDomains, type ReferralPacket, type WrittenPacket } from '../../src/refer/index.js';
import { siteContacts } from '../../src/refer/kinds/site-contacts.js';
import type { Harness } from '../support/capture-env.js';
import { parseEml } from '../support/documents.js';
import { brokenTokens, englishLines, popplerText, senderInstructions } from '../support/packet-checks.js';
import { GERMAN_SERVICE, startReferWorld, type ReferWorld } from '../support/refer-world.js';
import { IMPRINT_HOSTS } from '../world/sites-imprint.js';

/**
 * Site packets (to the operator, at the contact the site publishes), and the facts every packet is
 * built on. One world (test/support/refer-world.ts); the facts test brings its own service
 * (undressly.test), which nothing else here crawls, step by step.
 */

const reporter = { name: 'Test Analyst', organisation: 'Test NGO', email: 'analyst@test-ngo.test' };
const flat = (s: string): string => s.replace(/\s+/g, '');

let w: ReferWorld;
let h: Harness;
beforeAll(async () => {
  w = await startReferWorld(['site']);
  h = w.h;
  expect(w.crawl.run.status).toBe('done');
}, 240_000);
afterAll(async () => w?.stop());

/** The part of packet.json this kind writes, as proposed for evidence-schema/referral-packet.schema.json (recipientSpecific.site). */
export const SITE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['operator', 'contacts', 'siteLanguage', 'deadlineNotice', 'translations'],
  properties: {
    operator: {
      oneOf: [
        { type: 'null' },
        { type: 'object', additionalProperties: false, required: ['name', 'url', 'confidence'], properties: { name: { type: 'string', minLength: 1 }, url: { type: 'string', format: 'uri' }, confidence: { enum: ['high', 'medium'] } } },
      ],
    },
    contacts: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['email', 'role', 'url', 'domain'],
        properties: {
          email: { type: 'string', format: 'email' },
          role: { enum: ['dsa-contact', 'legal-representative', 'complaints', 'imprint', 'contact', 'terms', 'page'] },
          url: { type: 'string', format: 'uri' },
          domain: { type: 'string', minLength: 1 },
        },
      },
    },
    siteLanguage: { type: ['string', 'null'] },
    deadlineNotice: { type: 'string', minLength: 1 },
    translations: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['language', 'subject', 'requestedAction', 'explanation', 'deadline'],
        properties: { language: { type: 'string', minLength: 2 }, subject: { type: 'string', minLength: 1 }, requestedAction: { type: 'string', minLength: 1 }, explanation: { type: 'string', minLength: 1 }, deadline: { type: 'string', minLength: 1 } },
      },
    },
  },
} as const;

describe('site (refer --to site)', () => {
  /** Publishes an imprint, terms with a DSA point of contact, and a contact page (English). */
  const IMPRINT = IMPRINT_HOSTS.imprint;
  /** Publishes no contact anywhere. */
  const ANONYMOUS = IMPRINT_HOSTS.anonymous;
  /** A fictional German face-swap service of the test corpus; its imprint names a contact address. */
  const GERMAN = GERMAN_SERVICE;

  const strictValidate = (() => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    return ajv.compile(SITE_SCHEMA);
  })();

  const refer = (domains: string[], extra: Partial<Parameters<typeof referDomains>[0]> = {}): Promise<WrittenPacket[]> => referDomains({ options: h.options(), reporter, to: 'site', domains, expandClusters: false, ...extra });
  const packetDirs = (): Promise<string[]> => w.packetDirs('site');

  async function check(w: WrittenPacket): Promise<{ text: string; json: ReferralPacket }> {
    const json = JSON.parse(await readFile(w.files.json, 'utf8')) as ReferralPacket;
    expect(schemaProblems('referral-packet.schema.json', json)).toEqual([]);
    expect(strictValidate(json.recipientSpecific.site), JSON.stringify(strictValidate.errors)).toBe(true);
    const text = await popplerText(w.files.pdf);
    expect(brokenTokens(text, [...json.domains.flatMap((d) => d.urls), ...json.recipientSpecific.site!.contacts.flatMap((c) => [c.email, c.url]), ...(json.recipientSpecific.site!.operator ? [json.recipientSpecific.site!.operator.url] : [])])).toEqual([]);
    expect(senderInstructions(text)).toEqual([]);
    if (json.language === 'nl') expect(englishLines(text)).toEqual([]);
    return { text, json };
  }

  describe('the contacts a site publishes', () => {
    it('the DSA point of contact first, then the imprint and the contact page; nothing for a site that publishes none', async () => {
      const catalog = new Catalog(h.dataDir);
      try {
        const repo = new SqliteEntityRepository(catalog);
        expect(await siteContacts(repo, IMPRINT)).toEqual([
          { email: `dsa@${IMPRINT}`, role: 'dsa-contact', url: `http://${IMPRINT}/terms` },
          { email: `info@${IMPRINT}`, role: 'imprint', url: `http://${IMPRINT}/impressum` },
          { email: `support@${IMPRINT}`, role: 'contact', url: `http://${IMPRINT}/contact` },
        ]);
        expect(await siteContacts(repo, ANONYMOUS)).toEqual([]);
      } finally {
        catalog.close();
      }
    });
  });

  describe('site packets: to the operator, at the contact it publishes, with a deadline', () => {
    it('English: To the DSA point of contact, every published contact listed, the operator it names, the deadline', async () => {
      const [w, ...rest] = await refer([IMPRINT]);
      expect(rest).toHaveLength(0);
      const { text, json } = await check(w!);
      expect(json.recipient).toEqual({ type: 'site', name: 'Voorbeeld Beeldlab B.V.', email: `dsa@${IMPRINT}`, web: null });
      const s = json.recipientSpecific.site!;
      expect(s.contacts.map((c) => [c.email, c.role])).toEqual([[`dsa@${IMPRINT}`, 'dsa-contact'], [`info@${IMPRINT}`, 'imprint'], [`support@${IMPRINT}`, 'contact']]);
      expect(s.operator).toEqual({ name: 'Voorbeeld Beeldlab B.V.', url: `http://${IMPRINT}/impressum`, confidence: 'high' });
      expect(s.translations).toEqual([]);
      // The deadline: the kind's silence threshold after the packet, in the packet and in its text.
      expect(Date.parse(json.respondBy) - Date.parse(json.createdAt)).toBe(5 * 86_400_000);
      expect(s.deadlineNotice).toMatch(/^Without an answer by \d{1,2} \w+ \d{4}, we will ask your hosting provider/);
      for (const must of ['Contact points the site publishes', 'single point of contact (Arts. 11 and 12 DSA)', `dsa@${IMPRINT}`, `info@${IMPRINT}`, 'Digital Services Act, Art. 13', s.deadlineNotice]) expect(flat(text)).toContain(flat(must));
      expect(text).toMatch(/Please answer by: \d{1,2} \w+ \d{4}/);
      const mail = await parseEml(w!.files.eml);
      expect(mail.to).toMatchObject({ value: [{ address: `dsa@${IMPRINT}` }] });
      expect(mail.subject).toBe(json.subject);
      // Notes for the sender, never in the packet: the other addresses, and that the operator itself is warned.
      expect(w!.senderNotes.join(' ')).toMatch(new RegExp(`info@${IMPRINT.replace(/\./g, '\\.')}, imprint`));
      expect(w!.senderNotes.join(' ')).toMatch(/goes to the operator of the service itself/);
      expect(JSON.stringify(json)).not.toMatch(/operator of the service itself: it names you/);
      expect(nextSteps('site', false)).toEqual(['host']);
    }, 120_000);

    it('Dutch: the same parts, in Dutch only (the German service: the English fixture would be quoted in English)', async () => {
      const [w] = await refer([GERMAN], { lang: 'nl' });
      const { text, json } = await check(w!);
      expect(json.language).toBe('nl');
      expect(json.recipientSpecific.site!.deadlineNotice).toMatch(/^Hebben wij uiterlijk op \d{1,2} \w+ \d{4} geen antwoord, dan vragen wij/);
      expect(flat(text)).toContain(flat('Contactpunten die de site publiceert'));
    }, 120_000);

    it('a German site: the address its imprint names for complaints, then its contact; the notice in German beside the English', async () => {
      const [w] = await refer([GERMAN]);
      const { json, text } = await check(w!);
      expect(json.recipient).toMatchObject({ email: `abuse@${GERMAN}` });
      expect(json.recipientSpecific.site).toMatchObject({
        siteLanguage: 'de',
        translations: [expect.objectContaining({ language: 'de' })],
        contacts: [
          { email: `abuse@${GERMAN}`, role: 'complaints', url: `http://${GERMAN}/impressum` },
          { email: `kontakt@${GERMAN}`, role: 'imprint', url: `http://${GERMAN}/impressum` },
        ],
      });
      const german = json.recipientSpecific.site!.translations[0]!;
      expect(text.replace(/\s+/g, ' ')).toContain(german.requestedAction.replace(/\s+/g, ' ').slice(0, 60));
      expect(w!.senderNotes.join(' ')).not.toMatch(/no .*site\.de\.json/);
    }, 120_000);

    it('a site that publishes no contact is skipped with the reason; alone, nothing is written; --address overrides', async () => {
      const before = await packetDirs();
      const skipped: string[] = [];
      await expect(refer([ANONYMOUS], { onSkip: (s) => skipped.push(s.reason) })).rejects.toThrow(/No site packet can be built: naamloos-voorbeeld\.test: naamloos-voorbeeld\.test publishes no contact address on the pages the crawl stored/);
      expect(skipped[0]).toMatch(/pass --address with an address found another way/);
      expect(await packetDirs()).toEqual(before);
      const [w] = await refer([ANONYMOUS], { address: 'owner@naamloos-voorbeeld.test' });
      expect((await parseEml(w!.files.eml)).to).toMatchObject({ value: [{ address: 'owner@naamloos-voorbeeld.test' }] });
      expect((await check(w!)).json.recipientSpecific.site!.contacts).toEqual([]);
    }, 120_000);
  });
});

describe('the facts a packet is built on', () => {
  async function facts(domain: string) {
    const catalog = new Catalog(h.dataDir);
    try {
      return await domainFacts(catalog, domain);
    } finally {
      catalog.close();
    }
  }

  it('a packet is never built on missing evidence: each gap names the command that fills it', async () => {
    await expect(facts('undressly.test')).rejects.toThrow(/not in the catalog: find it first with "dijkwacht crawl --seed https:\/\/undressly\.test\/"/);
    await runDiscovery({ kind: 'crawl', options: h.options({ crawlSameDomainDelayMs: 0, maxDepth: 0 }), seeds: ['http://undressly.test/'] });
    await expect(facts('undressly.test')).rejects.toThrow(/has no evidence capture yet: run "dijkwacht capture http:\/\/undressly\.test\/"/);
    const bundle = await h.captureOk('http://undressly.test/');
    await expect(facts('undressly.test')).rejects.toThrow(/has no registry\/registrar\/host lookup yet: run "dijkwacht domains undressly\.test"/);
    await lookupDomains(['undressly.test'], h.options({ rdapBootstrapDir: h.world.rdap.bootstrapDir, dnsServer: h.world.dns.server, whoisServer: h.world.whois.server }));
    const f = await facts('undressly.test');
    expect(f.site.label).toBe('nudify');
    expect(f.capture).toMatchObject({ bundleId: bundle.id, status: 'COMPLETE', manifestSha256: sha256Hex(await readFile(join(bundle.path, 'manifest.json'))) });
    expect(f.lookup.registrar).toMatchObject({ name: 'Voorbeeld Registrar B.V.', abuseEmail: 'abuse@voorbeeld-registrar.test' });
    expect(f.lookup.hosting[0]?.abuseEmail).toBe('abuse@voorbeeld-hosting.test');
  });
});
