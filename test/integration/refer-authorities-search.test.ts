import { createHash } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog, findNotice } from '../../src/catalog/index.js';
import { UsageError } from '../../src/core/errors.js';
import { schemaProblems } from '../../src/evidence/index.js';
import { noticeStatus, recordSent } from '../../src/notices/index.js';
import type { Options } from '../../src/options/index.js';
import { loadTrustedFlagger, referDomains, type ReferralPacket, type WrittenPacket } from '../../src/refer/index.js';
import { recheckSearchNotices } from '../../src/refer/kinds/search-recheck.js';
import type { Harness } from '../support/capture-env.js';
import { parseEml } from '../support/documents.js';
import { brokenTokens, englishLines, popplerText, senderInstructions } from '../support/packet-checks.js';
import { SEARCH_QUERY, SEARCH_SERVICE, startReferWorld, type ReferWorld } from '../support/refer-world.js';
import { HOSTS } from '../world/sites.js';

/**
 * The referral kinds addressed to authorities (police, AP, and trusted-flagger mode) and to the
 * search engines that rank a service: both about the .nl service, one world for both
 * (test/support/refer-world.ts). Each kind is its own describe block and holds whatever the other
 * did before it. The site kind has a world of its own (refer-site.test.ts): the test DNS places its
 * German service on the same address as the search engines' service, one operator to a cluster.
 */

const reporter = { name: 'Test Analyst', organisation: 'Test NGO', email: 'analyst@test-ngo.test' };
const flat = (s: string): string => s.replace(/\s+/g, '');

let w: ReferWorld;
let h: Harness;
beforeAll(async () => {
  w = await startReferWorld(['authorities', 'search-engine']);
  h = w.h;
  ['google', 'searxng'].forEach((engine, i) => expect(w.searches[i]!.run.status, engine).toBe('done'));
}, 240_000);
afterAll(async () => w?.stop());

/** The part of packet.json this kind writes, as proposed for evidence-schema/referral-packet.schema.json (recipientSpecific["search-engine"]). */
export const SEARCH_ENGINE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['engine', 'name', 'veryLargeOnlineSearchEngine', 'policy', 'intake', 'findings', 'answers', 'answerCheck'],
  properties: {
    engine: { type: 'string', minLength: 1 },
    name: { type: 'string', minLength: 1 },
    veryLargeOnlineSearchEngine: {
      oneOf: [{ type: 'null' }, { type: 'object', additionalProperties: false, required: ['designated', 'source'], properties: { designated: { type: 'string', format: 'date' }, source: { type: 'string', format: 'uri' } } }],
    },
    policy: {
      type: 'object',
      additionalProperties: false,
      required: ['title', 'url', 'summary', 'checked'],
      properties: { title: { type: 'string', minLength: 1 }, url: { type: 'string', format: 'uri' }, summary: { type: 'string', minLength: 1 }, checked: { type: 'string', format: 'date' } },
    },
    intake: {
      type: 'object',
      additionalProperties: false,
      required: ['email', 'web', 'what', 'source', 'checked'],
      properties: { email: { type: ['string', 'null'] }, web: { type: ['string', 'null'] }, what: { type: ['string', 'null'] }, source: { type: ['string', 'null'] }, checked: { type: ['string', 'null'] } },
    },
    findings: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['domain', 'query', 'rank', 'url', 'title', 'foundAt', 'client', 'via', 'rankedBy', 'answerSha256'],
        properties: {
          domain: { type: 'string', minLength: 1 },
          query: { type: 'string', minLength: 1 },
          rank: { type: 'integer', minimum: 1 },
          url: { type: 'string', format: 'uri' },
          title: { type: ['string', 'null'] },
          foundAt: { type: 'string', format: 'date-time' },
          client: { type: 'string', minLength: 1 },
          via: { type: 'string', minLength: 1 },
          rankedBy: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
          answerSha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        },
      },
    },
    answers: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['sha256', 'client', 'via', 'query', 'page', 'retrievedAt', 'httpStatus', 'mediaType', 'size', 'body'],
        properties: {
          sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
          client: { type: 'string', minLength: 1 },
          via: { type: 'string', minLength: 1 },
          query: { type: 'string', minLength: 1 },
          page: { type: 'integer', minimum: 1 },
          retrievedAt: { type: 'string', format: 'date-time' },
          httpStatus: { type: 'integer' },
          mediaType: { type: ['string', 'null'] },
          size: { type: 'integer', minimum: 0 },
          body: { type: 'string' },
        },
      },
    },
    answerCheck: { type: 'string', minLength: 1 },
  },
} as const;

describe('authorities (refer --to police, ap; trusted-flagger mode)', () => {
  const NL = HOSTS.nlService;

  let bundleId: string;
  beforeAll(() => {
    bundleId = w.bundle(`http://${NL}/`, 'CASE-A');
  });

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
});

describe('search engines (refer --to search-engine)', () => {
  /** A fictional German face-swap service of the test corpus, and the query that finds it. */
  const SERVICE = SEARCH_SERVICE;
  const QUERY = SEARCH_QUERY;
  /** A service the search engines never returned (crawled from a seed). */
  const UNRANKED = HOSTS.nlService;
  const BING_INTAKE = 'report@bing-intake.test';

  const strictValidate = (() => {
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    return ajv.compile(SEARCH_ENGINE_SCHEMA);
  })();

  /** Google Programmable Search, and a SearXNG instance whose upstream is Bing (test/support/refer-world.ts). */
  const search = (o: Partial<Options> = {}): Options => w.searchOptions!(o);
  const refer = (engine: string, domains: string[], extra: Partial<Parameters<typeof referDomains>[0]> = {}): Promise<WrittenPacket[]> =>
    referDomains({ options: search(), reporter, to: 'search-engine', engine, domains, expandClusters: false, ...extra });

  const sha256 = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');
  const packetDirs = (): Promise<string[]> => w.packetDirs('search-engine');

  async function check(w: WrittenPacket): Promise<{ text: string; json: ReferralPacket }> {
    const json = JSON.parse(await readFile(w.files.json, 'utf8')) as ReferralPacket;
    expect(schemaProblems('referral-packet.schema.json', json)).toEqual([]);
    expect(strictValidate(json.recipientSpecific['search-engine']), JSON.stringify(strictValidate.errors)).toBe(true);
    const text = await popplerText(w.files.pdf);
    const s = json.recipientSpecific['search-engine']!;
    expect(brokenTokens(text, [...json.domains.flatMap((d) => d.urls), ...s.findings.flatMap((f) => [f.url, f.answerSha256]), ...s.answers.map((a) => a.sha256)])).toEqual([]);
    expect(senderInstructions(text)).toEqual([]);
    if (json.language === 'nl') expect(englishLines(text)).toEqual([]);
    return { text, json };
  }

  describe('search-engine packets: where the engine ranks the service, with the stored answers', () => {
    it('google: the query, position and date from the stored Google answer, its hash, the intake and the DSA context', async () => {
      const [w, ...rest] = await refer('google', [SERVICE]);
      expect(rest).toHaveLength(0);
      const { text, json } = await check(w!);
      const s = json.recipientSpecific['search-engine']!;
      expect(json.recipient).toEqual({ type: 'search-engine', name: 'Google Search', email: null, web: 'https://support.google.com/legal/answer/3110420' });
      expect(s.findings.length).toBeGreaterThan(0);
      expect(s.findings.every((f) => f.query === QUERY && f.client === 'google' && f.rankedBy.includes('google') && new URL(f.url).hostname === SERVICE)).toBe(true);
      expect(s.findings[0]).toMatchObject({ rank: 1, url: `http://${SERVICE}/` });
      // Every cited answer is in packet.json as received: its hash checks, it holds the URL, and it is the one in the catalog.
      for (const a of s.answers) {
        expect(sha256(Buffer.from(a.body, 'utf8'))).toBe(a.sha256);
        expect(a.body).toContain(`http://${SERVICE}/`);
        expect(a.body).not.toContain(h.world.search.googleApiKey);
      }
      const catalog = new Catalog(h.dataDir);
      try {
        const stored = catalog.db.prepare("SELECT sha256, body, request_url FROM search_answers WHERE engine = 'google' AND purpose = 'discover'").all() as { sha256: string; body: Buffer; request_url: string }[];
        expect(stored.map((r) => r.sha256)).toEqual(expect.arrayContaining(s.answers.map((a) => a.sha256)));
        for (const r of stored) {
          expect(sha256(r.body)).toBe(r.sha256);
          expect(r.request_url).not.toContain(h.world.search.googleApiKey);
        }
      } finally {
        catalog.close();
      }
      for (const must of [QUERY, 'https://support.google.com/legal/answer/3110420', 'https://support.google.com/websearch/answer/9116649', 'Arts. 34 and 35', 'Art. 139h', 'very large online search engine']) expect(flat(text)).toContain(flat(must));
      expect(json.legalGrounds.map((g) => g.id)).toEqual(['nl-sr-139h', 'dsa-34-35']);
      // A web form, no e-mail address: the draft has no To, and the sender is told where to submit it.
      expect((await parseEml(w!.files.eml)).to).toBeUndefined();
      expect(w!.senderNotes.join(' ')).toMatch(/takes reports through https:\/\/support\.google\.com\/legal\/answer\/3110420/);
    }, 120_000);

    it('google, Dutch: the same findings with Dutch prose only', async () => {
      const [w] = await refer('google', [SERVICE], { lang: 'nl' });
      const { text, json } = await check(w!);
      expect(json.language).toBe('nl');
      expect(flat(text)).toContain(flat('Waar Google Search de dienst toont'));
    }, 120_000);

    it('bing: no verified intake is a clear refusal with nothing written; with --address the draft goes there, from a SearXNG answer that names Bing', async () => {
      const before = await packetDirs();
      await expect(refer('bing', [SERVICE])).rejects.toThrow(/No verified intake route for Microsoft Bing is recorded in data\/recipients\/search-engine\.json.*pass --address/);
      expect(await packetDirs()).toEqual(before);
      const [w] = await refer('bing', [SERVICE], { address: BING_INTAKE });
      const { json } = await check(w!);
      const s = json.recipientSpecific['search-engine']!;
      expect(json.recipient).toMatchObject({ name: 'Microsoft Bing', email: BING_INTAKE });
      expect(s.findings.every((f) => f.client === 'searxng' && f.rankedBy.includes('bing'))).toBe(true);
      expect((await parseEml(w!.files.eml)).to).toMatchObject({ value: [{ address: BING_INTAKE }] });
    }, 120_000);

    it('bad input: a service no engine returned, an unknown engine, no engine at all: one sentence each, nothing written', async () => {
      const before = await packetDirs();
      await expect(refer('google', [UNRANKED])).rejects.toThrow(/No stored search answer shows Google Search ranking kleding-weg\.nl: run "dijkwacht discover"/);
      await expect(refer('altavista', [SERVICE])).rejects.toThrow(/No search engine "altavista" in data\/recipients\/search-engine\.json; use --engine google\|bing/);
      await expect(referDomains({ options: search(), reporter, to: 'search-engine', domains: [SERVICE] })).rejects.toThrow(/--engine google\|bing/);
      expect(await packetDirs()).toEqual(before);
    }, 60_000);

    it('without --domain: every confirmed service the engine ranks', async () => {
      const skipped: string[] = [];
      const written = await refer('google', [], { onSkip: (s) => skipped.push(s.domain) });
      expect(written.flatMap((w) => w.packet.domains.map((d) => d.domain))).toEqual([SERVICE]);
      expect(skipped).not.toContain(UNRANKED);
    }, 120_000);
  });

  describe('re-checks: does the ranking persist?', () => {
    it('records "online" with the position while the engine still ranks the service, and "gone" once it no longer does', async () => {
      const [g] = await refer('google', [SERVICE]);
      const [b] = await refer('bing', [SERVICE], { address: BING_INTAKE });
      const catalog = new Catalog(h.dataDir);
      let gid: number;
      let bid: number;
      try {
        gid = await recordSent(catalog, { packet: g!.dir, channel: 'form' });
        bid = await recordSent(catalog, { packet: b!.dir, channel: 'email' });
      } finally {
        catalog.close();
      }
      // Google still ranks it; the SearXNG endpoint now answers with no results (delisted).
      const results = await recheckSearchNotices(search({ searxngUrl: h.world.search.emptySearxngUrl }), { domains: [SERVICE] });
      const google = results.find((r) => r.noticeId === gid)!;
      const bingResult = results.find((r) => r.noticeId === bid)!;
      expect(google).toMatchObject({ engine: 'google', outcome: 'online', error: null });
      expect(google.checks.find((c) => c.url === `http://${SERVICE}/`)).toMatchObject({ query: QUERY, before: 1, rank: 1 });
      expect(bingResult).toMatchObject({ engine: 'bing', outcome: 'gone', error: null });
      expect(bingResult.checks.every((c) => c.rank === null && c.failure === null && /^[0-9a-f]{64}$/.test(c.answerSha256 ?? ''))).toBe(true);
      const c2 = new Catalog(h.dataDir);
      try {
        const gn = findNotice(c2, gid)!;
        const bn = findNotice(c2, bid)!;
        expect(gn.events.at(-1)).toMatchObject({ kind: 'recheck', outcome: 'online', note: expect.stringContaining(`"${QUERY}" (google) ${SERVICE}: position 1 (was 1)`) });
        expect(bn.events.at(-1)).toMatchObject({ kind: 'recheck', outcome: 'gone', note: expect.stringContaining('no longer shown (was position 1)') });
        expect(noticeStatus(bn, {}).state).toBe('gone');
        // The re-check's answers are stored as evidence too, apart from discovery's.
        expect((c2.db.prepare("SELECT COUNT(*) AS n FROM search_answers WHERE purpose = 'recheck'").get() as { n: number }).n).toBeGreaterThanOrEqual(2);
      } finally {
        c2.close();
      }
      // A search endpoint that fails gives no verdict and records nothing.
      const failing = await recheckSearchNotices(search({ googleApiKey: 'wrong-key', searchRetries: 0 }), { domains: [SERVICE] });
      expect(failing.find((r) => r.noticeId === gid)).toMatchObject({ outcome: null, error: expect.stringMatching(/every search failed, nothing recorded \(.*HTTP 403/) });
      const c3 = new Catalog(h.dataDir);
      try {
        expect(findNotice(c3, gid)!.events.filter((e) => e.kind === 'recheck')).toHaveLength(1);
      } finally {
        c3.close();
      }
    }, 120_000);
  });
});
