import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runDiscovery } from '../../src/discover/index.js';
import { lookupDomains } from '../../src/domains/index.js';
import { schemaProblems } from '../../src/evidence/index.js';
import { referDomains, type RecipientType, type ReferralPacket, type WrittenPacket } from '../../src/refer/index.js';
import { HOSTS } from '../world/sites.js';
import { startHarness, type Harness } from '../support/capture-env.js';
import { parseEml, pdfText } from '../support/documents.js';

const reporter = { name: 'Test Analyst', organisation: 'Test NGO', email: 'analyst@test-ngo.test' };
const NL = HOSTS.nlService;
const SIBLING = HOSTS.nlSibling;
const CDN = HOSTS.cdnService;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await runDiscovery({ kind: 'crawl', options: h.options({ crawlSameDomainDelayMs: 0, maxDepth: 0 }), seeds: [`http://${NL}/`, `http://${SIBLING}/`, `http://${CDN}/`] });
  for (const d of [NL, SIBLING, CDN]) await h.captureOk(`http://${d}/`, {}, 'CASE-7');
  await lookupDomains([NL, SIBLING, CDN], h.options({ rdapBootstrapDir: h.world.rdap.bootstrapDir, dnsServer: h.world.dns.server, whoisServer: h.world.whois.server }));
}, 180_000);
afterAll(async () => h?.stop());

async function refer(to: RecipientType, domains: string[], extra: Partial<Parameters<typeof referDomains>[0]> = {}): Promise<WrittenPacket[]> {
  return referDomains({ options: h.options(), reporter, to, domains, ...extra });
}

it('explores', async () => {
  const [p] = await refer('host', [NL]);
  const text = await pdfText(p!.files.pdf);
  console.log(text.slice(0, 3000));
  console.log(JSON.stringify(p!.packet.warnings, null, 1));
  const packet = JSON.parse(await readFile(p!.files.json, 'utf8')) as ReferralPacket;
  expect(schemaProblems('referral-packet.schema.json', packet)).toEqual([]);
  const mail = await parseEml(p!.files.eml);
  console.log(mail.to, mail.attachments.map((a) => a.filename));
}, 120_000);
