import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { domainToASCII } from 'node:url';
import { SetupError } from '../core/errors.js';
import { projectRoot } from '../core/version.js';

/** IANA RDAP bootstrap registries (RFC 9224): services are [entries, base URLs]. */
export interface Bootstrap {
  dns: Map<string, string[]>;
  /** [CIDR, base URLs] from ipv4.json and ipv6.json (empty when the files are absent). */
  ip: [string, string[]][];
  source: string;
  publication: string | null;
}

export const SHIPPED_BOOTSTRAP_DIR = resolve(projectRoot, 'data', 'rdap-bootstrap');

interface BootstrapFile {
  version?: string;
  publication?: string;
  services?: unknown;
}

async function readBootstrapFile(dir: string, name: string): Promise<BootstrapFile> {
  const path = resolve(dir, name);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new SetupError(`RDAP bootstrap file ${path} is missing (IANA's ${name}); run "dijkwacht domains bootstrap --refresh" or pass --rdap-bootstrap DIR.`, { cause: error });
  }
  try {
    const parsed = JSON.parse(text) as BootstrapFile;
    if (!Array.isArray(parsed.services)) throw new Error('no "services" list');
    return parsed;
  } catch (error) {
    throw new SetupError(`RDAP bootstrap file ${path} is not an IANA bootstrap registry (${(error as Error).message}).`, { cause: error });
  }
}

/** Loads dns.json from a directory holding IANA's files under their own names. */
export async function loadBootstrap(dir: string = SHIPPED_BOOTSTRAP_DIR): Promise<Bootstrap> {
  const file = await readBootstrapFile(dir, 'dns.json');
  const dns = new Map<string, string[]>();
  for (const service of file.services as unknown[]) {
    if (!Array.isArray(service) || !Array.isArray(service[0]) || !Array.isArray(service[1])) continue;
    const urls = (service[1] as unknown[]).filter((u): u is string => typeof u === 'string' && /^https?:\/\//.test(u));
    // RFC 9224 §3: prefer https
    urls.sort((a, b) => Number(b.startsWith('https:')) - Number(a.startsWith('https:')));
    for (const tld of service[0] as unknown[]) if (typeof tld === 'string') dns.set(tld.toLowerCase(), urls);
  }
  const ip: [string, string[]][] = [];
  for (const name of ['ipv4.json', 'ipv6.json']) {
    let f: BootstrapFile;
    try {
      f = await readBootstrapFile(dir, name);
    } catch {
      continue; // optional: without it IP lookups say so
    }
    for (const service of f.services as unknown[]) {
      if (!Array.isArray(service) || !Array.isArray(service[0]) || !Array.isArray(service[1])) continue;
      const urls = (service[1] as unknown[]).filter((u): u is string => typeof u === 'string').sort((a, b) => Number(b.startsWith('https:')) - Number(a.startsWith('https:')));
      for (const cidr of service[0] as unknown[]) if (typeof cidr === 'string') ip.push([cidr, urls]);
    }
  }
  return { dns, ip, source: dir, publication: file.publication ?? null };
}

/**
 * The bootstrap service entry for a domain: the longest matching label suffix (RFC 9224 §4), with
 * the domain in A-label form, and the entry's base URLs (https first).
 */
export function rdapService(bootstrap: Bootstrap, domain: string): { entry: string; urls: string[] } | null {
  const labels = (domainToASCII(domain) || domain).toLowerCase().replace(/\.$/, '').split('.');
  for (let i = 1; i < labels.length; i++) {
    const suffix = labels.slice(i).join('.');
    const urls = bootstrap.dns.get(suffix);
    if (urls) return { entry: suffix, urls };
  }
  return null;
}

/** Base URLs of the RDAP servers for a domain (see rdapService). */
export function rdapBaseUrls(bootstrap: Bootstrap, domain: string): string[] {
  return rdapService(bootstrap, domain)?.urls ?? [];
}
