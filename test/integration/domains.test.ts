import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RdapClient, loadBootstrap, lookupDomain, type LookupContext } from '../../src/domains/index.js';
import { runCli } from '../support/cli.js';
import { ZONE } from '../world/dns.js';
import { startWorld, type World } from '../world/index.js';

let world: World;
let ctx: LookupContext;
beforeAll(async () => {
  world = await startWorld();
  ctx = {
    rdap: new RdapClient({ bootstrap: await loadBootstrap(world.rdap.bootstrapDir), timeoutMs: 1500, retries: 1, perServerPerSecond: 50 }),
    dnsServer: world.dns.server,
    timeoutMs: 1500,
    whoisServer: world.whois.server,
  };
});
afterAll(async () => world?.stop());

describe('domain intelligence against the test world', () => {
  it('maps a domain to registrar, abuse contact, DNS, and the host network with its abuse-c', async () => {
    const r = await lookupDomain('www.full-answer.com', ctx);
    expect(r).toMatchObject({ domain: 'www.full-answer.com', registrableDomain: 'full-answer.com', tld: 'com', source: 'rdap' });
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

  it('falls back to WHOIS for a TLD without RDAP, keeping the raw text', async () => {
    const r = await lookupDomain('kleding-weg.nl', ctx);
    expect(r.source).toBe('whois');
    expect(r.registrar).toMatchObject({ name: 'Voorbeeld Registrar B.V.', abuseEmail: 'abuse@voorbeeld-registrar.test' });
    expect(r.nameservers).toEqual(['ns1.voorbeeld-hosting.test', 'ns2.voorbeeld-hosting.test']);
    expect(r.evidence.find((e) => e.kind === 'whois')?.raw).toContain('Record maintained by');
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
      registry: expect.any(String),
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
    expect(Object.keys((out[0]!.hosting as object[])[0]!).sort()).toEqual(['abuseEmail', 'asn', 'country', 'ip', 'network', 'org']);
    expect(out[1]).toMatchObject({ domain: 'kleding-weg.nl', tld: 'nl', registrar: { abuseEmail: 'abuse@voorbeeld-registrar.test', ianaId: null, rdapUrl: null } });
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
