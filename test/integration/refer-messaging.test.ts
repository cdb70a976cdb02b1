import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog, reviewSite } from '../../src/catalog/index.js';
import { runDiscovery } from '../../src/discover/index.js';
import { lookupDomains } from '../../src/domains/index.js';
import { schemaProblems } from '../../src/evidence/index.js';
import { referDomains, type ReferralPacket, type WrittenPacket } from '../../src/refer/index.js';
import { MESSAGING } from '../../src/refer/kinds/messaging.js';
import { captureTelegramPreviews, telegramHandle, telegramPreviewUrl } from '../../src/refer/kinds/telegram-preview.js';
import { APPS_HOSTS, APPS_IDS } from '../world/sites-apps.js';
import { startHarness, type Harness } from '../support/capture-env.js';
import { parseEml } from '../support/documents.js';
import { brokenTokens, englishLines, pdfaProblems, popplerText, senderInstructions } from '../support/packet-checks.js';

const reporter = { name: 'Test Analyst', organisation: 'Test NGO', email: 'analyst@test-ngo.test' };
const { service: SERVICE, sibling: SIBLING, telegramPreview: PREVIEW_HOST } = APPS_HOSTS;
const PREVIEW_TEMPLATE = `http://${PREVIEW_HOST}/s/{handle}`;
const PREVIEW_URL = `http://${PREVIEW_HOST}/s/${APPS_IDS.channel}`;

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
          seenOn: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['domain', 'pageUrl', 'firstSeen', 'bundleIds'],
              properties: { domain: { type: 'string' }, pageUrl: { type: 'string', format: 'uri' }, firstSeen: { type: 'string' }, bundleIds: { type: 'array', minItems: 1, items: { type: 'string' } } },
            },
          },
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

let h: Harness;
const bundleOf = new Map<string, string>();
beforeAll(async () => {
  h = await startHarness();
  await runDiscovery({ kind: 'crawl', options: h.options({ crawlSameDomainDelayMs: 0, maxDepth: 0 }), seeds: [SERVICE, SIBLING].map((d) => `http://${d}/`) });
  for (const d of [SERVICE, SIBLING]) bundleOf.set(d, (await h.captureOk(`http://${d}/`)).id);
  await lookupDomains([SERVICE, SIBLING], h.options({ rdapBootstrapDir: h.world.rdap.bootstrapDir, dnsServer: h.world.dns.server, whoisServer: h.world.whois.server }));
  const catalog = new Catalog(h.dataDir);
  try {
    for (const domain of [SERVICE, SIBLING]) reviewSite(catalog, { domain, verdict: 'override', label: 'nudify', reviewer: 'Test Analyst', note: 'fictional test-world service' });
  } finally {
    catalog.close();
  }
}, 180_000);
afterAll(async () => h?.stop());

const options = () => h.options({ telegramPreviewUrl: PREVIEW_TEMPLATE });
const refer = async (domains: string[], extra: Partial<Parameters<typeof referDomains>[0]> = {}): Promise<WrittenPacket[]> => referDomains({ options: options(), reporter, to: 'messaging', domains, outDir: await mkdtemp(join(tmpdir(), 'dw-messaging-')), ...extra });
const flat = (s: string): string => s.replace(/\s+/g, '');

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
    h.world.web.clearForbidden();
    const seenBefore = h.world.web.seen.length;
    const [result, ...more] = await captureTelegramPreviews({ handles: [`@${APPS_IDS.channel}`], options: options() });
    expect(more).toHaveLength(0);
    if (!result?.ok) throw new Error(`preview capture failed: ${result?.error ?? 'no result'}`);
    expect(result.url).toBe(PREVIEW_URL);
    bundleOf.set('preview', result.id);
    expect(h.world.web.forbidden()).toEqual([]);
    const toPreview = h.world.web.seen.slice(seenBefore).filter((r) => r.host === PREVIEW_HOST);
    expect(toPreview.length).toBeGreaterThan(0);
    expect(toPreview.every((r) => r.method === 'GET')).toBe(true);
    await expect(captureTelegramPreviews({ handles: [], options: options() })).rejects.toThrow(/Name at least one Telegram handle: --telegram-preview HANDLE/);
  }, 120_000);
});

describe('refer --to messaging', () => {
  it('telegram: one packet for every service with a Telegram handle; each handle with where it is seen, the bundle and the captured preview', async () => {
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
