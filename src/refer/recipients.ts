import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { projectRoot } from '../core/version.js';
import type { DomainFacts } from './domain-facts.js';
import type { Recipient, RecipientType } from './packet-types.js';
import { isAuthorityName } from '../domains/index.js';

type Hosting = DomainFacts['lookup']['hosting'][number];
/**
 * A network whose holder is known and whose abuse address is the holder's: a regional internet
 * registry allocates addresses but never hosts. Lookups stored before these fields existed fall
 * back to the name (an RIR's name is never a known holder).
 */
export const holderKnown = (h: Hosting): boolean => ((h as Partial<Hosting>).holderKnown ?? !isAuthorityName(h.org ?? h.network)) && (h as Partial<Hosting>).abuseEmailOfRir !== true;

interface Authority {
  name: string;
  email: string | null;
  web: string | null;
}

let authorities: Record<'sidn' | 'acm', Authority> | undefined;
function authority(key: 'sidn' | 'acm'): Authority {
  authorities ??= JSON.parse(readFileSync(resolve(projectRoot, 'data', 'recipients.json'), 'utf8')) as Record<'sidn' | 'acm', Authority>;
  return authorities[key];
}

export const isNl = (f: DomainFacts): boolean => (f.lookup.tld ?? f.domain.split('.').at(-1)) === 'nl';

/** The party that received, or would receive, the notice for this domain one step down the chain. */
export type AcmProvider = 'host' | 'registrar' | 'cdn';

/**
 * Who of `type` is responsible for a domain. Where the facts do not say, the error names what is
 * missing and the command or flag that supplies it: a packet never goes to a guessed address.
 */
export function recipientFor(type: RecipientType, f: DomainFacts, opts: { address?: string | null; acmProvider?: AcmProvider } = {}): Recipient {
  const d = f.domain;
  const fresh = `run "dijkwacht domains ${d} --fresh", or pass --address`;
  switch (type) {
    case 'host': {
      const known = f.lookup.hosting.filter(holderKnown);
      const h = known.find((x) => x.abuseEmail) ?? known[0];
      if ((!h || !h.abuseEmail) && f.lookup.cdn && !opts.address) throw new UsageError(`The host of ${d} is hidden behind ${f.lookup.cdn.name}: use "dijkwacht refer --to cdn --domain ${d}", which asks ${f.lookup.cdn.name} to disclose the host.`);
      const rir = f.lookup.hosting.find((x) => !holderKnown(x));
      if (!h && rir && !opts.address) {
        const region = (rir as Partial<Hosting>).rir ?? rir.org ?? rir.network ?? 'a regional internet registry';
        throw new UsageError(`The holder of the network of ${d} (${rir.ip}${(rir as Partial<Hosting>).range ? `, ${(rir as Partial<Hosting>).range}` : ''}) is not published: only ${region} is named, and a regional internet registry is never the host. Run "dijkwacht domains ${d} --fresh"; if the holder stays unknown, find the host another way and pass --address.`);
      }
      // The sender found the host another way: address it by the address given.
      if (!h && opts.address && f.lookup.hosting.length > 0) return { type, name: opts.address, email: opts.address, web: null };
      if (!h) throw new UsageError(`No IP address or host is known for ${d}: ${fresh}.`);
      const email = opts.address ?? h.abuseEmail;
      if (!email) throw new UsageError(`The host of ${d} (${h.org ?? h.network ?? h.ip}) has no abuse address in the RIR data: ${fresh}.`);
      return { type, name: h.org ?? h.network ?? `${h.ip}`, email, web: null };
    }
    case 'registrar': {
      const r = f.lookup.registrar;
      const email = opts.address ?? r.abuseEmail;
      if (!r.name && !email) throw new UsageError(`The registrar of ${d} is unknown: ${fresh}.`);
      if (!email) throw new UsageError(`The registrar of ${d} (${r.name ?? 'unknown'}) published no abuse address: ${fresh}.`);
      return { type, name: r.name ?? email, email, web: null };
    }
    case 'cdn': {
      const c = f.lookup.cdn;
      if (!c) throw new UsageError(`${d} is not behind a known CDN (see "dijkwacht domains ${d}"): use --to host.`);
      const isMail = /^[^\s@]+@[^\s@]+$/.test(c.abuse);
      return { type, name: c.name, email: opts.address ?? (isMail ? c.abuse : null), web: isMail ? null : c.abuse };
    }
    case 'sidn': {
      if (!isNl(f)) throw new UsageError(`${d} is not a .nl domain: SIDN only handles .nl. Use --to registrar (and --to acm when providers in the Netherlands ignore notices).`);
      const a = authority('sidn');
      return { type, name: a.name, email: opts.address ?? a.email, web: a.web };
    }
    case 'acm': {
      const a = authority('acm');
      return { type, name: a.name, email: opts.address ?? a.email, web: a.web };
    }
  }
}

/** The key that puts domains with the same responsible party into one packet. */
export const recipientKey = (r: Recipient): string => `${r.type}\u0000${(r.email ?? r.web ?? r.name).toLowerCase()}`;
