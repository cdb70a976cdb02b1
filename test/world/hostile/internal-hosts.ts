import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { hostname } from 'node:os';
import { isInternalAddress } from './internal-address.js';

/** Suffixes that name the local network by convention (mDNS, home routers, corporate split DNS). */
const LOCAL_SUFFIXES = ['localhost', 'local', 'lan', 'internal', 'home.arpa', 'localdomain', 'intranet', 'corp', 'home'];

/** Host and port of a request target; host lower-case, IPv6 without brackets, numeric IPv4 spellings normalised. */
export interface Authority {
  host: string;
  port: number;
}

/**
 * Normalises a host the way browsers and Node do before sending (2130706433, 0x7f000001 and 127.1
 * become 127.0.0.1; ::ffff:127.0.0.1 becomes ::ffff:7f00:1), so raw and normalised spellings meet.
 */
export function normaliseHost(raw: string): string {
  const bare = raw.trim().toLowerCase().replace(/^\[|\]$/g, '');
  if (bare === '') return '';
  try {
    return new URL(`http://${isIP(bare) === 6 ? `[${bare}]` : bare}/`).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return bare;
  }
}

/** Host and port from an absolute URL (absolute-form request, ws:// too) or a Host header / CONNECT authority. */
export function parseAuthority(text: string, defaultScheme: 'http' | 'https'): Authority | null {
  const absolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  if (!absolute && text.trim() === '') return { host: '', port: defaultScheme === 'https' ? 443 : 80 };
  try {
    const url = new URL(absolute ? text : `${defaultScheme}://${text}/`);
    const secure = url.protocol === 'https:' || url.protocol === 'wss:';
    return { host: normaliseHost(url.hostname), port: url.port ? Number(url.port) : secure ? 443 : 80 };
  } catch {
    return null;
  }
}

/** The path of a request target (origin-form or absolute-form), without the query. */
export function requestPath(raw: string | undefined): string {
  const text = raw ?? '/';
  try {
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? new URL(text).pathname : (text.split('?')[0] ?? '/');
  } catch {
    return text;
  }
}

/** Names /etc/hosts maps, each to its addresses (no network lookups: the world never asks a resolver). */
function readHostsFile(path = '/etc/hosts'): Map<string, string[]> {
  const names = new Map<string, string[]>();
  let text = '';
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return names;
  }
  for (const line of text.split('\n')) {
    const [address, ...aliases] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (!address || isIP(address) === 0) continue;
    for (const alias of aliases) names.set(alias.toLowerCase(), [...(names.get(alias.toLowerCase()) ?? []), address]);
  }
  return names;
}

/** Decides whether a request target is on the user's own machine or network. */
export class InternalHosts {
  readonly #hostsFile = readHostsFile();
  readonly #machine = hostname().toLowerCase();

  /** This machine's name (from os.hostname()): resolves to the machine itself, so always internal. */
  get machineName(): string {
    return this.#machine;
  }

  isInternal(rawHost: string): boolean {
    const host = normaliseHost(rawHost);
    if (isIP(host)) return isInternalAddress(host);
    const name = host.replace(/\.+$/, '');
    if (name === '' || !name.includes('.')) return true; // localhost, router, the machine's own name
    if (name === this.#machine) return true;
    if (LOCAL_SUFFIXES.some((suffix) => name === suffix || name.endsWith(`.${suffix}`))) return true;
    return (this.#hostsFile.get(name) ?? []).some(isInternalAddress);
  }
}
