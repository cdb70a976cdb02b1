// npm run bench:domains — 1,000 domains against the test world's RDAP, DNS and RIR servers, cold and warm cache.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lookupDomains } from '../src/domains/index.js';
import { loadOptions, testDefaults } from '../src/options/index.js';
import { startWorld } from '../test/world/index.js';
import { sampleMemory, table } from './bench/measure.js';

const N = Number(process.env.BENCH_DOMAINS ?? 1000);
const world = await startWorld();
const dataDir = await mkdtemp(join(tmpdir(), 'dw-bench-domains-'));
const options = loadOptions({ env: {}, overrides: { ...testDefaults, dataDir, rdapBootstrapDir: world.rdap.bootstrapDir, dnsServer: world.dns.server, whoisServer: world.whois.server, rdapRequestsPerSecond: 100 } });
const domains = Array.from({ length: N }, (_, i) => `bench-${i}.com`);
const memory = sampleMemory();
try {
  const before = world.rdap.requests.length;
  let t0 = performance.now();
  const cold = await lookupDomains(domains, options, true);
  const coldS = (performance.now() - t0) / 1000;
  const coldRequests = world.rdap.requests.length - before;
  const coldDns = world.dns.queries.length;
  t0 = performance.now();
  const warm = await lookupDomains(domains, options, false);
  const warmS = (performance.now() - t0) / 1000;
  const mem = memory.stop();
  const ok = cold.results.filter((r) => r.report.registrar.abuseEmail).length;
  console.log(`\ndijkwacht bench:domains — ${N} domains, RDAP + DNS + RIR RDAP on loopback (rate limit 100/s per server, 8 lookups at once)\n`);
  console.log(
    table([
      ['metric', 'value'],
      ['---', '---'],
      ['cold: domains per second', `${(N / coldS).toFixed(1)} (${coldS.toFixed(1)} s)`],
      ['cold: RDAP requests per domain', (coldRequests / N).toFixed(2)],
      ['cold: DNS queries per domain', (coldDns / N).toFixed(2)],
      ['cold: lookups with a registrar abuse address', `${ok} of ${N}`],
      ['warm (cached): domains per second', `${(N / warmS).toFixed(0)} (${warmS.toFixed(2)} s, ${warm.results.filter((r) => r.cached).length} from cache)`],
      ['peak RSS, node', `${mem.nodePeakMiB.toFixed(0)} MiB`],
    ]),
  );
} finally {
  await world.stop();
  await rm(dataDir, { recursive: true, force: true });
}
