import { isIP } from 'node:net';
import { hostOf, isAuthorityName, isRirMailbox, rirForHost } from './authorities.js';
import { abuseAddress } from './jcard.js';
import { list, noticeLinks, obj, readEntity, str, walkEntities, type Entity } from './rdap-domain.js';

export interface IpNetworkFacts {
  network: string | null;
  range: string | null;
  /** The network's holder: a named registrant entity, else the network's own name — never an RIR or IANA. */
  org: string | null;
  holderKnown: boolean;
  holderSource: 'registrant' | 'network-name' | null;
  /** The Regional Internet Registry that answered (by its server, self link, port43 or notices). */
  rir: string | null;
  /** The network object's `country` (ISO 3166 alpha-2); never parsed from a postal-address label. */
  country: string | null;
  abuseEmail: string | null;
  /** "abuse-typed": the e-mail typed `abuse` in the abuse entity; "abuse-entity": the abuse entity's preferred or only e-mail. */
  abuseEmailSource: 'abuse-typed' | 'abuse-entity' | null;
  /** The abuse address is an RIR's own mailbox (e.g. @ripe.net): not a host's abuse desk, unless the RIR really holds the network. */
  abuseEmailOfRir: boolean;
  asn: string | null;
  handle: string | null;
  /** What was read but not taken as the holder or the host's desk, and why (an RIR named as holder, an RIR's own mailbox). */
  notes: string[];
}

const nameOf = (e: Entity): string | null => e.contact.org ?? e.contact.fn;

/**
 * Reads an RIR IP network object. The holder is the registrant entity that carries a name (RIPE
 * also lists maintainers as registrants, without names), else the network's `name`; an RIR or IANA
 * in that place means the holder is unknown. The abuse address comes from the first abuse entity
 * with an e-mail, in the answer's order: the address typed `abuse` (RIPE's abuse-c role lists its
 * general mailbox first), else the preferred one, else the only one.
 */
export function parseIpRdap(raw: unknown, seen: { serverUrl?: string | null } = {}): IpNetworkFacts {
  const d = obj(raw) ?? {};
  const entities = list(d.entities).map(readEntity).filter((e): e is Entity => e !== null);
  const all = walkEntities(entities);
  const notes: string[] = [];
  const selfLink = list(d.links).map(obj).find((l) => str(l?.rel) === 'self');
  const rir = [seen.serverUrl, str(selfLink?.href), str(d.port43), ...noticeLinks(d.notices)].map((v) => rirForHost(hostOf(v ?? null))).find((r) => r !== null) ?? null;

  const network = str(d.name);
  const named = all.filter((x) => x.entity.roles.includes('registrant') && nameOf(x.entity)).sort((a, b) => a.parents.length - b.parents.length || Number(b.entity.contact.kind === 'org') - Number(a.entity.contact.kind === 'org'));
  let org: string | null = null;
  let holderSource: IpNetworkFacts['holderSource'] = null;
  for (const candidate of [...named.map((x) => ({ name: nameOf(x.entity)!, source: 'registrant' as const })), ...(network ? [{ name: network, source: 'network-name' as const }] : [])]) {
    if (isAuthorityName(candidate.name)) {
      notes.push(`"${candidate.name}" (${candidate.source === 'registrant' ? 'registrant' : 'network name'}) is a registration authority, not the network's holder`);
      continue;
    }
    org = candidate.name;
    holderSource = candidate.source;
    break;
  }

  const abuseEntities = all.filter((x) => x.entity.roles.includes('abuse'));
  const found = abuseEntities.map(({ entity }) => abuseAddress(entity.contact)).find((a) => a !== null) ?? null;
  const abuseEmailOfRir = isRirMailbox(found?.address ?? null);
  if (found && abuseEmailOfRir) notes.push(`${found.address} is ${rir ?? 'an RIR'}'s own mailbox: an RIR registers address space and does not host content`);

  const start = str(d.startAddress);
  const end = str(d.endAddress);
  const cidr = Array.isArray(d.cidr0_cidrs) ? obj(d.cidr0_cidrs[0]) : null;
  const cidrText = cidr && typeof cidr.length === 'number' ? `${str(cidr.v4prefix) ?? str(cidr.v6prefix) ?? ''}/${cidr.length}` : null;
  const origin: unknown = Array.isArray(d.arin_originas0_originautnums) ? (d.arin_originas0_originautnums as unknown[])[0] : null;
  const country = str(d.country);
  return {
    network,
    range: cidrText ?? (start && end ? `${start} - ${end}` : null),
    org,
    holderKnown: org !== null,
    holderSource,
    rir,
    country: country && /^[a-z]{2}$/i.test(country) ? country.toUpperCase() : null,
    abuseEmail: found?.address ?? null,
    abuseEmailSource: found ? (found.typed ? 'abuse-typed' : 'abuse-entity') : null,
    abuseEmailOfRir,
    asn: typeof origin === 'number' || typeof origin === 'string' ? `AS${String(origin)}` : null,
    handle: str(d.handle),
    notes,
  };
}

/** How to name a network's holder to a reader: the holder, or "unknown holder of network X (RIPE NCC region)". */
export function holderLabel(f: Pick<IpNetworkFacts, 'org' | 'range' | 'network' | 'rir'> | null, ip: string): string {
  if (f?.org) return f.org;
  const net = f?.range ?? f?.network ?? ip;
  return `unknown holder of network ${net}${f?.rir ? ` (${f.rir} region)` : ''}`;
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

