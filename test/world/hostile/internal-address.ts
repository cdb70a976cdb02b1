import { isIP } from 'node:net';

/**
 * The test world's own view of "internal": any address a public page must never make the tool
 * reach — loopback, private, shared (CGNAT), link-local (cloud metadata), unspecified, multicast,
 * reserved — also when wrapped in an IPv6 form (IPv4-mapped, IPv4-compatible, SIIT, NAT64, 6to4,
 * Teredo). Deliberately wider than strictly necessary: the world reports, it does not decide.
 */
const V4_RANGES: readonly (readonly [string, number])[] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];

function v4ToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function v4Internal(value: number): boolean {
  return V4_RANGES.some(([base, bits]) => Math.floor(value / 2 ** (32 - bits)) === Math.floor(v4ToInt(base) / 2 ** (32 - bits)));
}

/** The eight 16-bit groups of an IPv6 address (dotted IPv4 tail allowed), or null. */
export function ipv6Groups(ip: string): number[] | null {
  if (isIP(ip) !== 6) return null;
  let text = ip.replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const n = v4ToInt(dotted[1]);
    text = `${text.slice(0, -dotted[1].length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array.from({ length: 8 - left.length - right.length }, () => '0');
  const groups = [...left, ...fill, ...right].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : null;
}

const v4Of = (hi: number, lo: number): number => hi * 65536 + lo;

function v6Internal(g: number[]): boolean {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, h7 = 0, h8 = 0] = g;
  const embedded = v4Of(h7, h8);
  if (a === 0 && b === 0 && c === 0 && d === 0) {
    if (e === 0 && f === 0) return true; // ::, ::1, IPv4-compatible ::a.b.c.d (deprecated, never public)
    if (e === 0 && f === 0xffff) return v4Internal(embedded); // IPv4-mapped
    if (e === 0xffff && f === 0) return v4Internal(embedded); // SIIT
  }
  if (a === 0x64 && b === 0xff9b) return c === 1 || (c === 0 && d === 0 && e === 0 && f === 0 ? v4Internal(embedded) : false); // NAT64 (RFC 6052, 8215)
  if (a === 0x2002) return v4Internal(v4Of(b, c)); // 6to4
  if (a === 0x2001 && b === 0) return v4Internal(v4Of(c, d)) || v4Internal(~v4Of(h7, h8) >>> 0); // Teredo: server, client
  if (a === 0x100 && b === 0 && c === 0 && d === 0) return true; // discard prefix
  if ((a & 0xfe00) === 0xfc00) return true; // unique local
  if ((a & 0xffc0) === 0xfe80 || (a & 0xffc0) === 0xfec0) return true; // link-local, site-local
  return (a & 0xff00) === 0xff00; // multicast
}

/** True for an IPv4 or IPv6 literal (no brackets) that is not a public unicast address. */
export function isInternalAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 4) return v4Internal(v4ToInt(ip));
  if (family === 6) {
    const groups = ipv6Groups(ip);
    return groups ? v6Internal(groups) : true;
  }
  return false;
}
