import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import type { DomainFacts } from '../../src/refer/index.js';
import { HOST } from '../../src/refer/kinds/host.js';
import type { RecipientOptions } from '../../src/refer/kinds/recipient-kind.js';
import type { Recipient } from '../../src/refer/packet-types.js';

const recipientFor = (_type: 'host', f: DomainFacts, opts: Omit<RecipientOptions, 'catalog'> = {}) => HOST.recipientFor(f, { catalog: null as never, ...opts }) as Recipient;

/** The lookup part of a domain's facts with one hosting entry: only the fields the host choice reads. */
function factsWith(hosting: Record<string, unknown>[]): DomainFacts {
  return { domain: 'held.test', lookup: { tld: 'test', hosting, cdn: null, registrar: { name: null, abuseEmail: null } } } as unknown as DomainFacts;
}

describe('the host of a domain is the network holder, never a regional internet registry', () => {
  it('a known holder with its own abuse address is the host', () => {
    const r = recipientFor('host', factsWith([{ ip: '192.0.2.30', org: 'Voorbeeld Hosting B.V.', network: 'VH-NET', holderKnown: true, abuseEmail: 'abuse@voorbeeld-hosting.test', abuseEmailOfRir: false }]));
    expect(r).toMatchObject({ type: 'host', name: 'Voorbeeld Hosting B.V.', email: 'abuse@voorbeeld-hosting.test' });
  });

  it("a network whose only named party is the RIR, or whose abuse address is the RIR's own mailbox, gets no host packet", () => {
    for (const h of [
      { ip: '193.0.6.139', org: null, network: 'RIPE-NCC', rir: 'RIPE NCC', range: '193.0.0.0 - 193.0.7.255', holderKnown: false, abuseEmail: 'abuse@ripe.net', abuseEmailOfRir: true },
      { ip: '193.0.6.139', org: 'Some Holder', network: 'X', rir: 'RIPE NCC', holderKnown: true, abuseEmail: 'abuse@ripe.net', abuseEmailOfRir: true },
    ]) {
      expect(() => recipientFor('host', factsWith([h]))).toThrow(UsageError);
      expect(() => recipientFor('host', factsWith([h]))).toThrow(/regional internet registry is never the host/);
    }
  });

  it('a lookup stored before holders were recorded: an RIR name is never taken for the holder', () => {
    expect(() => recipientFor('host', factsWith([{ ip: '192.0.2.30', org: 'RIPE-NCC', network: null, abuseEmail: 'ops@ripe.net' }]))).toThrow(/never the host/);
  });

  it('--address still lets the sender name the host they found another way', () => {
    const r = recipientFor('host', factsWith([{ ip: '193.0.6.139', org: null, network: 'RIPE-NCC', holderKnown: false, abuseEmail: null, abuseEmailOfRir: false }]), { address: 'abuse@found-elsewhere.test' });
    expect(r.email).toBe('abuse@found-elsewhere.test');
  });
});
