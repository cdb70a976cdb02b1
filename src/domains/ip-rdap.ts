import { isIP } from 'node:net';
import { list, obj, readEntity, str, walkEntities, type Entity } from './rdap-domain.js';

export interface IpNetworkFacts {
  network: string | null;
  range: string | null;
  org: string | null;
  country: string | null;
  abuseEmail: string | null;
  asn: string | null;
  handle: string | null;
}


/** Reads an RIR IP network object: name, range, holder, country, abuse-c e-mail, origin AS where given. */
export function parseIpRdap(raw: unknown): IpNetworkFacts {
  const d = obj(raw) ?? {};
  const entities = list(d.entities).map(readEntity).filter((e): e is Entity => e !== null);
  const all = walkEntities(entities);
  const holder = all.find((x) => x.entity.roles.includes('registrant'))?.entity ?? all.find((x) => x.entity.roles.includes('administrative'))?.entity ?? null;
  const abuse = all.find((x) => x.entity.roles.includes('abuse'))?.entity ?? null;
  const start = str(d.startAddress);
  const end = str(d.endAddress);
  const cidr = Array.isArray(d.cidr0_cidrs) ? obj(d.cidr0_cidrs[0]) : null;
  const cidrText = cidr && typeof cidr.length === 'number' ? `${str(cidr.v4prefix) ?? str(cidr.v6prefix) ?? ''}/${cidr.length}` : null;
  const origin: unknown = Array.isArray(d.arin_originas0_originautnums) ? (d.arin_originas0_originautnums as unknown[])[0] : null;
  return {
    network: str(d.name),
    range: cidrText ?? (start && end ? `${start} - ${end}` : null),
    org: holder ? (holder.contact.org ?? holder.contact.fn) : null,
    country: str(d.country) ?? holder?.contact.country ?? null,
    abuseEmail: abuse?.contact.emails[0] ?? null,
    asn: typeof origin === 'number' || typeof origin === 'string' ? `AS${String(origin)}` : null,
    handle: str(d.handle),
  };
}

// ---- CIDR matching for the ipv4/ipv6 bootstrap and CDN ranges ----
function toBigInt(ip: string): { value: bigint; bits: number } | null {
  const family = isIP(ip);
  if (family === 4) return { value: ip.split('.').reduce((acc, o) => (acc << 8n) | BigInt(Number(o)), 0n), bits: 32 };
  if (family === 6) {
    const [head, tail] = ip.split('::');
    const h = head ? head.split(':') : [];
    const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
    const groups = tail === undefined ? h : [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
    return { value: groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g || '0', 16)), 0n), bits: 128 };
  }
  return null;
}

export function inCidr(ip: string, cidr: string): boolean {
  const [net, lenText] = cidr.split('/');
  const a = toBigInt(ip);
  const b = toBigInt(net ?? '');
  if (!a || !b || a.bits !== b.bits) return false;
  const len = BigInt(Number(lenText ?? a.bits));
  const shift = BigInt(a.bits) - len;
  return a.value >> shift === b.value >> shift;
}

/** The entry with the longest matching prefix, as RFC 9224 asks for IP bootstraps. */
export function longestPrefix<T>(ip: string, entries: [string, T][]): T | null {
  let best: { len: number; value: T } | null = null;
  for (const [cidr, value] of entries) {
    const len = Number(cidr.split('/')[1] ?? 0);
    if (inCidr(ip, cidr) && (!best || len > best.len)) best = { len, value };
  }
  return best?.value ?? null;
}

