import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { TargetError } from '../core/errors.js';

const blocked = new BlockList();
for (const [net, prefix] of [
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
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

/** True for loopback, private, link-local, CGNAT, multicast and reserved addresses (IPv4, IPv6, v4-mapped). */
export function isPrivateAddress(ip: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped?.[1]) return blocked.check(mapped[1], 'ipv4');
  const family = isIP(ip);
  if (family === 4) return blocked.check(ip, 'ipv4');
  if (family === 6) return blocked.check(ip, 'ipv6');
  return false;
}

const LOCAL_NAMES = /^(localhost|localhost\.localdomain|ip6-localhost|ip6-loopback)$|\.localhost$/i;

/** Host names and literals that are private without any lookup. */
export function isObviouslyPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  return LOCAL_NAMES.test(host) || isPrivateAddress(host);
}

/** The target's host name has no address (or DNS failed): the site cannot be reached by that name. */
export class UnresolvableHostError extends TargetError {}

export interface TargetCheck {
  url: URL;
  addresses: string[];
}

/**
 * Parses a capture/crawl target and applies the SSRF guard. With a proxy, the proxy resolves names,
 * so only literal addresses and local names are checked here; without one, every address the name
 * resolves to must be public unless `allowPrivate` is set.
 */
export async function checkTarget(raw: string, opts: { allowPrivate: boolean; viaProxy: boolean }): Promise<TargetCheck> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TargetError(`"${raw}" is not a valid URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TargetError(`Only http and https URLs can be captured, not ${url.protocol.replace(':', '')}: ${raw}`);
  }
  if (url.username || url.password) throw new TargetError(`URLs with credentials are refused: credentials would end up in evidence.`);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!opts.allowPrivate && isObviouslyPrivateHost(host)) {
    throw new TargetError(`${host} is a loopback or private address; pass --allow-private-network to capture it.`);
  }
  if (opts.viaProxy || isIP(host)) return { url, addresses: isIP(host) ? [host] : [] };
  let addresses: string[];
  try {
    addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UnresolvableHostError(
      code === 'ENOTFOUND' || code === 'ENODATA' ? `The host ${host} does not exist (DNS has no address for it).` : `The host ${host} could not be looked up (${code ?? 'DNS error'}).`,
      { cause: error, retryable: code !== 'ENOTFOUND' },
    );
  }
  if (!opts.allowPrivate) {
    const bad = addresses.find(isPrivateAddress);
    if (bad) throw new TargetError(`${host} resolves to the private address ${bad}; pass --allow-private-network to capture it.`);
  }
  return { url, addresses };
}
