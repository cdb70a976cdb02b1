import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Catalog } from '../../src/catalog/index.js';
import { sha256Hex } from '../../src/core/hash.js';
import { runDiscovery } from '../../src/discover/index.js';
import { lookupDomains } from '../../src/domains/index.js';
import { domainFacts } from '../../src/refer/index.js';
import { startHarness, type Harness } from '../support/capture-env.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

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
