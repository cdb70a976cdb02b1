import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBootstrap, parseDomainRdap, parseJCard, rdapBaseUrls } from '../../src/domains/index.js';

const sample = (name: string): unknown => JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/rdap-samples/domain', name), 'utf8'));

describe('RDAP domain answers as registries and registrars really send them', () => {
  it('takes the abuse contact from inside the registrar entity (MarkMonitor via Verisign)', () => {
    const r = parseDomainRdap(sample('verisign_google.com.json'));
    expect(r.registrar).toEqual({ name: 'MarkMonitor Inc.', ianaId: '292', abuseEmail: 'abusecomplaints@markmonitor.com', abusePhone: '+1.2083895740', rdapUrl: 'https://rdap.markmonitor.com/rdap/domain/GOOGLE.COM' });
    expect(r.nameservers).toEqual(['ns1.google.com', 'ns2.google.com', 'ns3.google.com', 'ns4.google.com']);
    expect(r.registered).toBe('1997-09-15T04:00:00.000Z');
    expect(r.dnssec).toBe(true);
  });

  it('follows a thin registry to the registrar: the related link is kept as the registrar RDAP URL', () => {
    expect(parseDomainRdap(sample('verisign_themarquetry.com.json')).registrar).toMatchObject({ name: 'Hosting Concepts B.V. d/b/a Registrar.eu', abuseEmail: 'abuse@registrar.eu', rdapUrl: 'https://rdap.registrar.eu/v1/domain/THEMARQUETRY.COM' });
  });

  it('reads registrant organisation and country where public, and reports dates without a time zone', () => {
    const google = parseDomainRdap(sample('markmonitor_google.com.json'));
    expect(google.registrant).toEqual({ org: 'Google LLC', country: 'US', redacted: false });
    const bitcoin = parseDomainRdap(sample('namecheap_bitcoin.org.json'));
    expect(bitcoin.datesWithoutZone.length).toBeGreaterThan(0);
    expect(bitcoin.registered).toMatch(/Z$/);
  });

  it('says unknown (null) instead of inventing values', () => {
    const cz = parseDomainRdap(sample('cznic_example.cz.json'));
    expect(cz.registrar.abuseEmail).toBeNull();
    expect(cz.registrant.org).toBeNull();
  });

  it('keeps a redacted registrant visible as redacted', () => {
    expect(parseDomainRdap(sample('namecheap_deep.surf.json')).registrant.redacted).toBe(true);
  });
});

describe('jCard oddities', () => {
  it('reads org lists, tel URIs, cc parameters and ignores junk', () => {
    const c = parseJCard(['vcard', [['version', {}, 'text', '4.0'], ['org', {}, 'text', ['Example', 'Unit']], ['tel', { type: ['voice'] }, 'uri', 'tel:+31.201234567'], ['adr', { cc: 'nl' }, 'text', ['', '', '', '', '', '', '']], 'junk', ['email', {}, 'text', '']]]);
    expect(c).toMatchObject({ org: 'Example Unit', phones: ['+31.201234567'], country: 'NL', emails: [] });
    expect(parseJCard(null)).toMatchObject({ fn: null, emails: [] });
    expect(parseJCard(['vcard', [['fn', {}, 'text', 'REDACTED FOR PRIVACY']]]).redacted).toEqual(['fn']);
  });
});

describe('bootstrap (RFC 9224)', () => {
  it('finds the RDAP server by the longest matching suffix, for IDNs in A-label form', async () => {
    const b = await loadBootstrap();
    expect(rdapBaseUrls(b, 'www.example.com')[0]).toMatch(/^https:\/\/rdap\.verisign\.com\/com\/v1\/?$/);
    expect(rdapBaseUrls(b, 'nic.xyz')[0]).toMatch(/centralnic/);
    expect(rdapBaseUrls(b, 'no-rdap.invalidtld')).toEqual([]);
  });
});
