import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDomainRdap, registryFromRdap, registryFromWhois } from '../../src/domains/index.js';

const sample = (name: string) => parseDomainRdap(JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/rdap-samples/domain', name), 'utf8')));
const loopback = (entry: string) => ({ entry, baseUrl: 'http://127.0.0.1:40123/registry/', publication: '2026-11-01T00:00:00Z' });
const IP = /^\d{1,3}(\.\d{1,3}){3}$|:/;

describe('the registry is named, never an address', () => {
  it('from the RDAP server IANA lists for the TLD', () => {
    const r = registryFromRdap({ entry: 'com', baseUrl: 'https://rdap.verisign.com/com/v1/', publication: '2019-12-24T09:00:01Z' }, sample('verisign_google.com.json'));
    expect(r).toMatchObject({ name: 'VeriSign', nameSource: 'rdap-server', bootstrapEntry: 'com', bootstrapPublication: '2019-12-24T09:00:01Z' });
  });

  it('from the answer (self link, port43, notices) when the server is reached by address, as through a proxy or the test world', () => {
    expect(registryFromRdap(loopback('com'), sample('verisign_themarquetry.com.json'))).toMatchObject({ name: 'VeriSign', nameSource: 'rdap-answer' });
    expect(registryFromRdap(loopback('nl'), sample('fictional-sidn_kleding-weg.nl.json'))).toMatchObject({ name: 'SIDN', nameSource: 'rdap-answer', port43: 'whois.domain-registry.nl' });
    expect(registryFromRdap(loopback('cz'), sample('cznic_example.cz.json')).name).toBe('CZ.NIC');
    expect(registryFromRdap(loopback('no'), sample('norid_norway.no.json')).name).toBe('Norid');
    expect(registryFromRdap(loopback('fr'), sample('afnic_lemonde.fr.json')).name).toBe('AFNIC');
  });

  it('an unlisted registry is named by its server\'s domain as a last resort; nothing at all gives null, not the IP', () => {
    const thin = { links: [{ rel: 'self', href: 'https://rdap.nic.example-registry.test/domain/x.test' }], noticeLinks: [], port43: null };
    expect(registryFromRdap(loopback('test'), thin)).toMatchObject({ name: 'example-registry.test', nameSource: 'hostname' });
    const none = registryFromRdap(loopback('test'), { links: [], noticeLinks: ['https://icann.org/epp'], port43: null });
    expect(none.name).toBeNull();
    expect(none.rdapServer).toBe('http://127.0.0.1:40123/registry/');
  });

  it('WHOIS: by the TLD\'s own WHOIS server even when the query went elsewhere, then by what the text says', () => {
    expect(registryFromWhois('whois.domain-registry.nl', '127.0.0.1:4343', 'Domain name: x.nl\n')).toMatchObject({ name: 'SIDN', nameSource: 'whois-server', whoisServer: '127.0.0.1:4343' });
    expect(registryFromWhois(null, '127.0.0.1:4343', 'Domain name: x.nl\nRecord maintained by: NL Domain Registry\n')).toMatchObject({ name: 'NL Domain Registry', nameSource: 'whois-text' });
    const unnamed = registryFromWhois(null, '127.0.0.1:4343', 'x is free\n');
    expect(unnamed.name).toBeNull();
  });

  it('no sample answer, whatever server it came from, yields an IP address as the name', () => {
    for (const f of ['verisign_google.com.json', 'markmonitor_google.com.json', 'zdns_bitcoin.top.json', 'comlaude_amazon.cyou.json', 'uniregistry_microsoft.click.json', 'nictube_you.tube.json']) {
      const name = registryFromRdap(loopback('x'), sample(f)).name;
      if (name !== null) expect(name).not.toMatch(IP);
    }
  });
});
