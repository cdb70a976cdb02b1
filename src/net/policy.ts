import { lookup as dnsLookup } from 'node:dns/promises';
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { AllowedRanges, specialAddressReason } from './address-ranges.js';

/** A decision about one URL, host or address; `reason` is one sentence for the user and the record. */
export type Verdict = { allowed: true } | { allowed: false; reason: string };

const ALLOW: Verdict = { allowed: true };
const refuse = (reason: string): Verdict => ({ allowed: false, reason });

/** Names that never leave the machine or the local network (RFC 6761, RFC 6762, RFC 8375, ICANN's .internal). */
const LOCAL_SUFFIXES = ['localhost', 'local', 'internal', 'home.arpa', 'lan', 'localdomain', 'intranet', 'corp', 'home', 'private'];
const LOCAL_NAMES = new Set(['localhost', 'ip6-localhost', 'ip6-loopback', 'localhost.localdomain', 'broadcasthost']);

export type LookupAll = (host: string) => Promise<string[]>;

const systemLookup: LookupAll = async (host) => (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address);

/** Names that /etc/hosts maps to a non-public address (read once; a missing file maps nothing). */
function hostsFileNames(path = '/etc/hosts'): Map<string, string> {
  const names = new Map<string, string>();
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return names;
  }
  for (const line of text.split('\n')) {
    const [address, ...aliases] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (!address || isIP(address) === 0 || !specialAddressReason(address)) continue;
    for (const alias of aliases) names.set(alias.toLowerCase().replace(/\.+$/, ''), address);
  }
  return names;
}

export interface PolicySettings {
  /** Everything allowed: the operator switched the guard off (`allowPrivateNetwork`). */
  allowPrivateNetwork: boolean;
  /** Non-public ranges the operator allowed explicitly (`allowPrivateNetworks`, CIDR). */
  allowPrivateNetworks: string[];
}

/**
 * The one network policy of dijkwacht: whether a URL, a host name or a resolved address may be
 * contacted on behalf of a target site. Every fetch the tool makes for a target (browser, HTTP
 * crawler, robots.txt, TLS and body re-fetches) passes through it, at every redirect hop. Configured
 * service endpoints (proxy, search, RDAP, TSA, S3) are trusted and never asked.
 */
export class NetworkPolicy {
  readonly allowAll: boolean;
  readonly allowed: AllowedRanges;
  readonly #hostsFile: Map<string, string>;
  readonly #lookup: LookupAll;

  constructor(settings: PolicySettings, deps: { lookup?: LookupAll; hostsFile?: Map<string, string> } = {}) {
    this.allowAll = settings.allowPrivateNetwork;
    this.allowed = new AllowedRanges(settings.allowPrivateNetworks);
    this.#lookup = deps.lookup ?? systemLookup;
    this.#hostsFile = deps.hostsFile ?? hostsFileNames();
  }

  /** What provenance records of this policy. */
  describe(): { privateNetworks: 'refused' | 'allowed'; allowedRanges: string[] } {
    return { privateNetworks: this.allowAll ? 'allowed' : 'refused', allowedRanges: this.allowed.ranges };
  }

  address(ip: string): Verdict {
    if (this.allowAll) return ALLOW;
    const reason = specialAddressReason(ip);
    if (!reason || this.allowed.has(ip)) return ALLOW;
    return refuse(`${ip} is ${reason}`);
  }

  /**
   * A host as written in a URL or a CONNECT line: literal addresses in any spelling (the WHATWG URL
   * parser turns 2130706433, 0x7f000001 and 127.1 into 127.0.0.1), and names that are local by
   * definition (localhost and its subdomains, trailing dots, single labels, .local, .internal …, and
   * names /etc/hosts maps to non-public addresses). Names that need DNS are decided by `resolve`.
   */
  host(raw: string): Verdict {
    if (this.allowAll) return ALLOW;
    const host = normaliseHost(raw);
    if (host === null) return refuse(`"${raw}" is not a valid host name`);
    if (isIP(host)) return this.address(host);
    const name = host.replace(/\.+$/, '');
    const mapped = this.#hostsFile.get(name);
    if (mapped) return this.address(mapped).allowed ? ALLOW : refuse(`${name} is mapped to ${mapped} by /etc/hosts, ${specialAddressReason(mapped) ?? 'not a public address'}`);
    if (LOCAL_NAMES.has(name)) return refuse(`${name} names this machine`);
    const suffix = LOCAL_SUFFIXES.find((s) => name.endsWith(`.${s}`) || name === s);
    if (suffix) return refuse(`${name} is a local-network name (.${suffix})`);
    if (!name.includes('.')) return refuse(`${name} is a single-label name: it can only mean a host on the local network`);
    return ALLOW;
  }

  /** A URL a target wants the tool to fetch (first URL, redirect hop, subresource, WebSocket). */
  url(raw: string): Verdict {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return refuse(`"${raw}" is not a valid URL`);
    }
    if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return refuse(`${url.protocol.replace(':', '')}: URLs are never fetched for a target`);
    if (url.username || url.password) return refuse('URLs with credentials are refused: credentials would end up in evidence');
    return this.host(url.hostname);
  }

  /**
   * Resolves a name (when no upstream proxy does it) and checks every address it has; an answer
   * with one non-public address is refused as a whole (a name must not point both ways). The
   * addresses returned are the ones to connect to, so a second lookup cannot rebind the name.
   */
  async resolve(host: string): Promise<{ verdict: Verdict; addresses: string[] }> {
    const name = normaliseHost(host) ?? host;
    const first = this.host(name);
    if (!first.allowed) return { verdict: first, addresses: [] };
    if (isIP(name)) return { verdict: ALLOW, addresses: [name] };
    const addresses = await this.#lookup(name.replace(/\.+$/, ''));
    for (const ip of addresses) {
      const v = this.address(ip);
      if (!v.allowed) return { verdict: refuse(`${name} resolves to ${v.reason}`), addresses: [] };
    }
    return { verdict: ALLOW, addresses };
  }
}

/** The host part as a URL parser reads it (lower case, numeric IPv4 spellings normalised, no brackets). */
export function normaliseHost(raw: string): string | null {
  const bare = raw.replace(/^\[|\]$/g, '');
  if (isIP(bare) === 6) return bare.toLowerCase();
  try {
    const host = new URL(`http://${raw.includes(':') && !raw.startsWith('[') ? `[${raw}]` : raw}/`).hostname;
    return host.replace(/^\[|\]$/g, '');
  } catch {
    return null;
  }
}
