import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { holderLabel, parseIpRdap, parseJCard, readEntity } from '../../src/domains/index.js';

const DIR = resolve(import.meta.dirname, '../fixtures/rdap-samples/ip');
const raw = (name: string): Record<string, unknown> => JSON.parse(readFileSync(resolve(DIR, name), 'utf8')) as Record<string, unknown>;
const ip = (name: string) => parseIpRdap(raw(name));

describe('the host of a network is its holder, never the RIR', () => {
  it('RIPE shape: the registrant organisation (not its maintainer), the abuse-typed mailbox, the network country', () => {
    const r = ip('fictional-ripe_192.0.2.0.json');
    expect(r).toMatchObject({ org: 'Voorbeeld Hosting B.V.', holderKnown: true, holderSource: 'registrant', rir: 'RIPE NCC', country: 'NL', range: '192.0.2.0/24' });
    // the abuse-c role lists noc@ first (typed "email") and abuse@ second (typed "abuse")
    expect(r.abuseEmail).toBe('abuse@voorbeeld-hosting.test');
    expect(r.abuseEmailSource).toBe('abuse-typed');
    expect(r.abuseEmailOfRir).toBe(false);
  });

  it('a network whose only name is the RIR has an unknown holder, and says in which region', () => {
    const r = ip('ripe_193.0.6.139.json');
    expect(r.org).toBeNull();
    expect(r.holderKnown).toBe(false);
    expect(r.rir).toBe('RIPE NCC');
    expect(holderLabel(r, '193.0.6.139')).toBe('unknown holder of network 193.0.0.0 - 193.0.7.255 (RIPE NCC region)');
    // RIPE lists ops@ripe.net (typed email) before abuse@ripe.net (typed abuse): the abuse one is taken, and flagged as the RIR's own
    expect(r.abuseEmail).toBe('abuse@ripe.net');
    expect(r.abuseEmailOfRir).toBe(true);
    expect(r.notes.join(' ')).toMatch(/RIPE-NCC.*registration authority/);
  });

  it('APNIC and AFRINIC: no registrant named, so no holder — and never a contact person in its place', () => {
    const apnic = ip('apnic_1.1.1.0.json');
    expect(apnic).toMatchObject({ org: null, holderKnown: false, rir: 'APNIC', country: 'AU', abuseEmailOfRir: true });
    const afrinic = ip('afrinic_41.0.0.0.json');
    expect(afrinic).toMatchObject({ org: null, holderKnown: false, rir: 'AFRINIC', country: 'ZA' });
    expect(holderLabel(afrinic, '41.0.0.1')).toBe('unknown holder of network 41.0.0.0/16 (AFRINIC region)');
  });

  it('ARIN and LACNIC: the registrant organisation holds the network', () => {
    expect(ip('arin_13.64.0.0.json')).toMatchObject({ org: 'Microsoft Corporation', holderSource: 'registrant', rir: 'ARIN', abuseEmail: 'abuse@microsoft.com' });
    expect(ip('arin_206.41.110.0.json')).toMatchObject({ org: 'United-IX', rir: 'ARIN' });
    expect(ip('lacnic_179.0.0.0.json')).toMatchObject({ org: 'NEURALSOFT S.R.L.', rir: 'LACNIC', abuseEmail: 'tomas.cribb@neuralsoft.com' });
    expect(ip('nicbr_177.0.0.0.json')).toMatchObject({ org: 'Brasil Telecom S/A - Filial Distrito Federal', rir: 'LACNIC', country: 'BR' });
  });

  it('the network name stands in when the registrants carry only handles (RIPE legacy space)', () => {
    expect(ip('ripe_130.59.31.80.json')).toMatchObject({ org: 'SWITCH-LAN', holderSource: 'network-name', country: 'CH', abuseEmail: 'abuse@switch.ch', abuseEmailSource: 'abuse-typed' });
  });
});

describe('the network country is the network object\'s own field, never a postal-address label', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
  it.each(files)('%s', (file) => {
    const body = raw(file);
    const stated = typeof body.country === 'string' ? body.country.toUpperCase() : null;
    expect(parseIpRdap(body).country).toBe(stated);
  });

  it('ARIN answers have no network country: none is made up from "…\\nUnited States"', () => {
    for (const f of files.filter((x) => x.startsWith('arin_'))) expect(parseIpRdap(raw(f)).country).toBeNull();
  });
});

describe('jCard and entity details the host facts rely on', () => {
  it('keeps e-mail types and preferences, and takes no country from an address label', () => {
    const c = parseJCard(['vcard', [['email', { type: 'email' }, 'text', 'noc@example.test'], ['email', { type: ['work', 'abuse'] }, 'text', 'abuse@example.test'], ['adr', { label: 'Street 1\nCity\nUnited States' }, 'text', ['', '', '', '', '', '', '']]]]);
    expect(c.typedEmails).toEqual([
      { address: 'noc@example.test', types: ['email'], pref: null },
      { address: 'abuse@example.test', types: ['work', 'abuse'], pref: null },
    ]);
    expect(c.country).toBeNull();
  });

  it('splits roles sent as one comma-joined string (LACNIC)', () => {
    expect(readEntity({ roles: ['technical, abuse'], handle: 'X1' })?.roles).toEqual(['technical', 'abuse']);
  });
});
