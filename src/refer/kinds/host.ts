import { UsageError } from '../../core/errors.js';
import type { DomainFacts } from '../domain-facts.js';
import { holderKnown } from '../recipients.js';
import type { Recipient } from '../packet-types.js';
import type { RecipientKind, RecipientOptions } from './recipient-kind.js';

type Hosting = DomainFacts['lookup']['hosting'][number];

/** The holder of the network a domain is served from, never the regional internet registry that allocated it. */
function hostFor(f: DomainFacts, opts: RecipientOptions): Recipient {
  const d = f.domain;
  const fresh = `run "dijkwacht domains ${d} --fresh", or pass --address`;
  const known = f.lookup.hosting.filter(holderKnown);
  const h = known.find((x) => x.abuseEmail) ?? known[0];
  if ((!h || !h.abuseEmail) && f.lookup.cdn && !opts.address) throw new UsageError(`The host of ${d} is hidden behind ${f.lookup.cdn.name}: use "dijkwacht refer --to cdn --domain ${d}", which asks ${f.lookup.cdn.name} to disclose the host.`);
  const rir = f.lookup.hosting.find((x) => !holderKnown(x));
  if (!h && rir && !opts.address) {
    const region = (rir as Partial<Hosting>).rir ?? rir.org ?? rir.network ?? 'a regional internet registry';
    throw new UsageError(`The holder of the network of ${d} (${rir.ip}${(rir as Partial<Hosting>).range ? `, ${(rir as Partial<Hosting>).range}` : ''}) is not published: only ${region} is named, and a regional internet registry is never the host. Run "dijkwacht domains ${d} --fresh"; if the holder stays unknown, find the host another way and pass --address.`);
  }
  // The sender found the host another way: address it by the address given.
  if (!h && opts.address && f.lookup.hosting.length > 0) return { type: 'host', name: opts.address, email: opts.address, web: null };
  if (!h) throw new UsageError(`No IP address or host is known for ${d}: ${fresh}.`);
  const email = opts.address ?? h.abuseEmail;
  if (!email) throw new UsageError(`The host of ${d} (${h.org ?? h.network ?? h.ip}) has no abuse address in the RIR data: ${fresh}.`);
  return { type: 'host', name: h.org ?? h.network ?? `${h.ip}`, email, web: null };
}

export const HOST: RecipientKind = {
  id: 'host',
  who: 'the hosting provider: the holder of the network the site is served from',
  foundFrom: 'RDAP/RIR data of the IP addresses of the domain (never the regional internet registry itself)',
  refers: true,
  defaultLang: 'en',
  silenceDays: 7,
  escalation: () => ['registrar', 'acm'],
  legalGrounds: ['Art. 16 DSA', 'Art. 139h Sr'],
  groundIds: () => ['nl-sr-139h', 'dsa-16'],
  templateKeys: [],
  recipientFor: hostFor,
  specific: ({ packet: p }) => ({ host: { notice: { explanation: p.illegality.explanation, urls: p.domains.flatMap((d) => d.urls), notifier: { name: p.reporter.name, email: p.reporter.email }, goodFaith: p.goodFaith } } }),
};
