import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RdapClient, loadBootstrap, lookupDomain, type LookupContext } from '../../src/domains/index.js';
import { runCli } from '../support/cli.js';
import { ZONE } from '../world/dns.js';
import { startWorld, type World } from '../world/index.js';

let world: World;
let ctx: LookupContext;
/** The same world, but with a bootstrap that lists no RDAP server for .nl (as IANA's did before SIDN's). */
let whoisOnlyCtx: LookupContext;
let noNl = '';
beforeAll(async () => {
  world = await startWorld();
  ctx = {
    rdap: new RdapClient({ bootstrap: await loadBootstrap(world.rdap.bootstrapDir), timeoutMs: 1500, retries: 1, perServerPerSecond: 50 }),
    dnsServer: world.dns.server,
    timeoutMs: 1500,
    whoisServer: world.whois.server,
  };
  noNl = await mkdtemp(join(tmpdir(), 'dw-boot-nonl-'));
  await writeFile(join(noNl, 'dns.json'), JSON.stringify({ version: '1.0', publication: '2026-01-01T00:00:00Z', services: [[['com', 'test'], [`${world.rdap.base}/registry/`]]] }));
  whoisOnlyCtx = { ...ctx, rdap: new RdapClient({ bootstrap: await loadBootstrap(noNl), timeoutMs: 1500, retries: 1, perServerPerSecond: 50 }) };
});
afterAll(async () => {
  await world?.stop();
  if (noNl) await rm(noNl, { recursive: true, force: true });
});

describe('domain intelligence against the test world', () => {
  it('maps a domain to registrar, abuse contact, DNS, and the host network with its abuse-c', async () => {
    const r = await lookupDomain('www.full-answer.com', ctx);
    expect(r).toMatchObject({ domain: 'www.full-answer.com', registrableDomain: 'full-answer.com', tld: 'com', source: 'rdap', registry: 'VeriSign' });
    expect(r.registrar).toMatchObject({ name: 'MarkMonitor Inc.', ianaId: '292', abuseEmail: 'abusecomplaints@markmonitor.com' });
    expect(r.cdn).toBeNull();
    expect(r.evidence.map((e) => e.kind)).toEqual(expect.arrayContaining(['rdap', 'dns']));
  });

  it('follows the registrar for a thin registry, and reads the host network from the RIR', async () => {
    const r = await lookupDomain('thin-answer.com', ctx);
    expect(r.registrar.abuseEmail).toBe('abusecomplaints@markmonitor.com');
    expect(r.ips).toEqual(['198.51.100.20']);
    expect(r.hosting).toHaveLength(1);
    expect(r.hosting[0]).toMatchObject({ ip: '198.51.100.20', network: expect.any(String) });
    expect(r.evidence.some((e) => e.kind === 'ip-rdap' && /\/arin\/ip\/198\.51\.100\.20$/.test(e.source))).toBe(true);
  });

  it('records a CDN as a proxy in front of an unknown origin, never as the host', async () => {
    const r = await lookupDomain('www.behind-cdn.com', ctx);
    expect(r.cdn?.name).toBe('Cloudflare');
    expect(r.cdn?.evidence.join(' ')).toMatch(/CNAME behind-cdn\.com\.cdn\.cloudflare\.net/);
    const apex = await lookupDomain('behind-cdn.com', ctx);
    expect(apex.cdn?.evidence.join(' ')).toMatch(/104\.16\.1\.1 is in Cloudflare's published range 104\.16\.0\.0\/13/);
    expect(apex.hosting).toEqual([]);
  });

  it('falls back to WHOIS for a TLD without RDAP, keeping the raw text, naming the registry and reading dates as UTC', async () => {
    const r = await lookupDomain('kleding-weg.nl', whoisOnlyCtx);
    expect(r.source).toBe('whois');
    expect(r.registrar).toMatchObject({ name: 'Voorbeeld Registrar B.V.', abuseEmail: 'abuse@voorbeeld-registrar.test' });
    expect(r.nameservers).toEqual(['ns1.voorbeeld-hosting.test', 'ns2.voorbeeld-hosting.test']);
    expect(r.evidence.find((e) => e.kind === 'whois')?.raw).toContain('Record maintained by');
    // the query went to the test world's WHOIS at 127.0.0.1; the registry is still the .nl registry
    expect(r.registry).toBe('SIDN');
    expect(r.registryFacts).toMatchObject({ nameSource: 'whois-server', whoisServer: world.whois.server });
    expect(r.registered).toBe('2025-10-01T00:00:00.000Z');
    expect(r.lastChanged).toBe('2026-01-12T00:00:00.000Z');
    expect(r.datesWithoutZone).toEqual(['2025-10-01', '2026-01-12']);
  });

  it('names the .nl registry from its RDAP answer, and the host from the RIR: the hosting company, its abuse-typed mailbox, the network country', async () => {
    const r = await lookupDomain('kleding-weg.nl', ctx);
    expect(r.source).toBe('rdap');
    expect(r.registry).toBe('SIDN');
    expect(r.registryFacts).toMatchObject({ nameSource: 'rdap-answer', bootstrapEntry: 'nl', port43: 'whois.domain-registry.nl', rdapServer: `${world.rdap.base}/registry/` });
    expect(r.registrar).toMatchObject({ name: 'Voorbeeld Registrar B.V.', ianaId: null, abuseEmail: 'abuse@voorbeeld-registrar.test' });
    expect(r.registered).toBe('2025-10-01T09:12:44.000Z');
    expect(r.hosting).toEqual([
      expect.objectContaining({ ip: '192.0.2.30', holder: 'Voorbeeld Hosting B.V.', org: 'Voorbeeld Hosting B.V.', holderKnown: true, holderSource: 'registrant', rir: 'RIPE NCC', country: 'NL', abuseEmail: 'abuse@voorbeeld-hosting.test', abuseEmailSource: 'abuse-typed', abuseEmailOfRir: false }),
    ]);
  });

  it('never names an RIR as the host: a network only the RIR is named for has an unknown holder', async () => {
    const r = await lookupDomain('rir-held.test', ctx);
    expect(r.hosting).toHaveLength(1);
    expect(r.hosting[0]).toMatchObject({ ip: '192.0.2.253', org: null, holderKnown: false, rir: 'RIPE NCC', holder: 'unknown holder of network 193.0.0.0 - 193.0.7.255 (RIPE NCC region)', abuseEmailOfRir: true });
    // the fictional .test registry is not a known one: named by its RDAP server's domain, never by the address it was reached at
    expect(r.registry).toBe('nic.test');
    expect(r.registryFacts.nameSource).toBe('hostname');
  });

  it('never invents values: failures are recorded with their reason', async () => {
    const broken = await lookupDomain('broken-answer.com', ctx);
    expect(broken.registrar.name).toBeNull();
    expect(broken.failures.join(' ')).toMatch(/RDAP: .*not JSON/);
    const silent = await lookupDomain('silent.nl', { ...ctx, timeoutMs: 500 });
    expect(silent.failures.join(' ')).toMatch(/WHOIS: .*did not answer/);
    const psl = await lookupDomain('example.co.uk', ctx);
    expect(psl.registrableDomain).toBe('example.co.uk');
    expect(psl.tld).toBe('co.uk');
  });
});

describe('dijkwacht domains (the contract)', () => {
  it('prints the documented fields with --json, caches, and shows changes over time', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'dw-domains-'));
    const args = ['domains', 'thin-answer.com', 'kleding-weg.nl', '--json', '--rdap-bootstrap', world.rdap.bootstrapDir, '--dns-server', world.dns.server, '--whois-server', world.whois.server, '--data-dir', dataDir];
    const run = await runCli(args);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(out[0]).toMatchObject({
      domain: 'thin-answer.com',
      registrableDomain: 'thin-answer.com',
      tld: 'com',
      registry: 'VeriSign',
      registryFacts: expect.objectContaining({ name: 'VeriSign', bootstrapEntry: 'com' }),
      registrar: { name: expect.any(String), ianaId: '1647', abuseEmail: 'abusecomplaints@markmonitor.com', abusePhone: expect.any(String), rdapUrl: expect.stringMatching(/registrar\/domain/) },
      nameservers: expect.any(Array),
      registered: expect.stringMatching(/Z$/),
      expires: expect.stringMatching(/Z$/),
      status: expect.any(Array),
      ips: ['198.51.100.20'],
      hosting: [expect.objectContaining({ ip: '198.51.100.20', network: expect.any(String) })],
      cdn: null,
      cached: false,
    });
    expect(Object.keys((out[0]!.hosting as object[])[0]!).sort()).toEqual(['abuseEmail', 'abuseEmailOfRir', 'abuseEmailSource', 'asn', 'country', 'holder', 'holderKnown', 'holderSource', 'ip', 'network', 'notes', 'org', 'range', 'rir']);
    expect(out[0]!.hosting).toEqual([expect.objectContaining({ holder: 'United-IX', rir: 'ARIN', country: null })]);
    expect(out[1]).toMatchObject({ domain: 'kleding-weg.nl', tld: 'nl', registry: 'SIDN', registered: '2025-10-01T09:12:44.000Z', registrar: { abuseEmail: 'abuse@voorbeeld-registrar.test', ianaId: null, rdapUrl: null } });
    expect(JSON.stringify(out)).not.toMatch(/"registry":"\d/);
    const again = JSON.parse((await runCli(args)).stdout) as { cached: boolean }[];
    expect(again.map((r) => r.cached)).toEqual([true, true]);
    // the host moves behind a CDN: a fresh lookup shows the change
    const before = ZONE['thin-answer.com'];
    ZONE['thin-answer.com'] = [{ type: 'A', data: '104.16.9.9' }];
    try {
      const moved = JSON.parse((await runCli([...args, '--fresh'])).stdout) as { changes: { field: string }[]; cdn: { name: string } | null }[];
      expect(moved[0]?.cdn?.name).toBe('Cloudflare');
      expect(moved[0]?.changes.map((c) => c.field)).toEqual(expect.arrayContaining(['cdn', 'ips', 'hosting']));
    } finally {
      ZONE['thin-answer.com'] = before!;
    }
  });
});

describe('politeness', () => {
  it('stops asking an RDAP server once its daily limit is reached, and says so', async () => {
    const { lookupDomains } = await import('../../src/domains/index.js');
    const { loadOptions, testDefaults } = await import('../../src/options/index.js');
    const dataDir = await mkdtemp(join(tmpdir(), 'dw-limit-'));
    const options = loadOptions({ env: {}, overrides: { ...testDefaults, dataDir, rdapBootstrapDir: world.rdap.bootstrapDir, dnsServer: world.dns.server, rdapDailyLimits: ['127.0.0.1=2'] } });
    const { results } = await lookupDomains(['full-answer.com', 'thin-answer.com'], { ...options }, true);
    const failures = results.flatMap((r) => r.report.failures).join(' | ');
    expect(failures).toMatch(/daily limit of 2 RDAP queries to 127\.0\.0\.1 is reached/);
  });
});
