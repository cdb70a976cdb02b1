import { BlockList, isIP } from 'node:net';

/**
 * Special-purpose address ranges (IANA IPv4/IPv6 special-purpose registries) that a target site may
 * never make the tool contact: each with the reason a user reads when a request is refused.
 */
const IPV4: [string, number, string][] = [
  ['0.0.0.0', 8, 'an unspecified ("this network") address'],
  ['10.0.0.0', 8, 'a private (RFC 1918) address'],
  ['100.64.0.0', 10, 'a carrier-grade NAT (shared) address'],
  ['127.0.0.0', 8, 'a loopback address'],
  ['169.254.0.0', 16, 'a link-local address (cloud metadata services live here)'],
  ['172.16.0.0', 12, 'a private (RFC 1918) address'],
  ['192.0.0.0', 24, 'an IETF protocol assignment address'],
  ['192.0.2.0', 24, 'a documentation address'],
  ['192.88.99.0', 24, 'a 6to4 relay anycast address'],
  ['192.168.0.0', 16, 'a private (RFC 1918) address'],
  ['198.18.0.0', 15, 'a benchmarking address'],
  ['198.51.100.0', 24, 'a documentation address'],
  ['203.0.113.0', 24, 'a documentation address'],
  ['224.0.0.0', 4, 'a multicast address'],
  ['240.0.0.0', 4, 'a reserved address'],
];

const IPV6: [string, number, string][] = [
  ['::1', 128, 'a loopback address'],
  ['::', 128, 'an unspecified address'],
  ['::', 96, 'an IPv4-compatible IPv6 address'],
  ['100::', 64, 'a discard-only IPv6 address'],
  ['64:ff9b:1::', 48, 'a local-use NAT64 address'],
  ['2001::', 32, 'a Teredo tunnel address (hides an IPv4 address)'],
  ['2001:2::', 48, 'a benchmarking address'],
  ['2001:10::', 28, 'an ORCHID address'],
  ['2001:20::', 28, 'an ORCHIDv2 address'],
  ['2001:db8::', 32, 'a documentation address'],
  ['3fff::', 20, 'a documentation address'],
  ['fc00::', 7, 'a unique local (private) IPv6 address'],
  ['fe80::', 10, 'a link-local IPv6 address'],
  ['fec0::', 10, 'a site-local (private) IPv6 address'],
  ['ff00::', 8, 'a multicast address'],
];

function listOf(ranges: [string, number, string][], family: 'ipv4' | 'ipv6'): { list: BlockList; reason: string }[] {
  return ranges.map(([net, prefix, reason]) => {
    const list = new BlockList();
    list.addSubnet(net, prefix, family);
    return { list, reason };
  });
}

const V4 = listOf(IPV4, 'ipv4');
const V6 = listOf(IPV6, 'ipv6');

/** Sixteen bytes of an IPv6 address (any spelling, dotted tail included), or null. */
export function ipv6Bytes(ip: string): number[] | null {
  if (isIP(ip) !== 6) return null;
  let text = ip.toLowerCase().replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const [a = 0, b = 0, c = 0, d = 0] = dotted[1].split('.').map(Number);
    text = `${text.slice(0, -dotted[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headParts = head === '' ? [] : head.split(':');
  const tailParts = tail === undefined || tail === '' ? [] : tail.split(':');
  const missing = 8 - headParts.length - tailParts.length;
  const groups = tail === undefined ? headParts : [...headParts, ...Array<string>(missing).fill('0'), ...tailParts];
  if (groups.length !== 8) return null;
  return groups.flatMap((g) => {
    const n = Number.parseInt(g, 16);
    return [(n >> 8) & 0xff, n & 0xff];
  });
}

const v4 = (b: number[], at: number): string => b.slice(at, at + 4).join('.');

/**
 * The IPv4 address an IPv6 address carries, where a network would deliver it to that IPv4 host:
 * IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) and 6to4 (2002::/16).
 */
export function embeddedIpv4(ip: string): { ipv4: string; form: string } | null {
  const b = ipv6Bytes(ip);
  if (!b) return null;
  const zeros = (from: number, to: number): boolean => b.slice(from, to).every((x) => x === 0);
  if (zeros(0, 10) && b[10] === 0xff && b[11] === 0xff) return { ipv4: v4(b, 12), form: 'IPv4-mapped' };
  if (zeros(0, 12) && !zeros(12, 16)) return { ipv4: v4(b, 12), form: 'IPv4-compatible' };
  if (b[0] === 0x00 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b && zeros(4, 12)) return { ipv4: v4(b, 12), form: 'NAT64' };
  if (b[0] === 0x20 && b[1] === 0x02) return { ipv4: v4(b, 2), form: '6to4' };
  return null;
}

/** Why an IP address is not on the public internet, or null when it is. */
export function specialAddressReason(ip: string): string | null {
  const family = isIP(ip);
  if (family === 4) return V4.find((r) => r.list.check(ip, 'ipv4'))?.reason ?? null;
  if (family !== 6) return null;
  const bare = ip.replace(/%.*$/, '');
  const exact = V6.slice(0, 2).find((r) => r.list.check(bare, 'ipv6'));
  if (exact) return exact.reason;
  const embedded = embeddedIpv4(ip);
  if (embedded) {
    const inner = specialAddressReason(embedded.ipv4);
    if (inner) return `${inner} (${embedded.ipv4}, written as ${embedded.form === 'IPv4-mapped' || embedded.form === 'IPv4-compatible' ? 'an' : 'a'} ${embedded.form} IPv6 address)`;
  }
  return V6.find((r) => r.list.check(bare, 'ipv6'))?.reason ?? null;
}

/** CIDR ranges an operator allowed (`allowPrivateNetworks`), as one matcher. */
export class AllowedRanges {
  readonly #list = new BlockList();
  readonly ranges: string[];

  constructor(ranges: string[]) {
    this.ranges = ranges;
    for (const range of ranges) {
      const [net = '', prefixText] = range.split('/');
      const family = isIP(net);
      if (family === 0) throw new Error(`"${range}" is not an IP range (expected e.g. 10.0.0.0/8 or fd00::/8)`);
      const max = family === 4 ? 32 : 128;
      const prefix = prefixText === undefined ? max : Number(prefixText);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > max) throw new Error(`"${range}" has a prefix length outside 0–${max}`);
      this.#list.addSubnet(net, prefix, family === 4 ? 'ipv4' : 'ipv6');
    }
  }

  has(ip: string): boolean {
    const family = isIP(ip);
    if (family === 0) return false;
    if (this.#list.check(ip.replace(/%.*$/, ''), family === 4 ? 'ipv4' : 'ipv6')) return true;
    const embedded = embeddedIpv4(ip);
    return embedded ? this.#list.check(embedded.ipv4, 'ipv4') : false;
  }
}
