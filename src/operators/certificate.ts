import { isIP } from 'node:net';
import { getDomain } from 'tldts';

/**
 * What a TLS certificate's subjectAltName set says about who runs the sites that serve it.
 *
 * An operator's own certificate names its own domain and a few siblings (www, app, a mirror). A
 * certificate that names many unrelated registrable domains is the hosting company's or the CDN's
 * (shared certificates, a test world's one certificate for all its sites): sharing it says the sites
 * share a host, not an operator. The line is drawn at MAX_OPERATOR_DOMAINS: up to three distinct
 * registrable domains can be one operator's brand and mirrors; four or more unrelated ones are
 * treated as hosting evidence only. IP-address SANs name servers, not operators, and names that only
 * exist inside a private network (localhost, *.internal, *.lan, single labels …) are never shown as
 * linking evidence.
 */
export const MAX_OPERATOR_DOMAINS = 3;

const PRIVATE_SUFFIXES = ['localhost', 'local', 'internal', 'intranet', 'lan', 'home', 'home.arpa', 'corp', 'private', 'localdomain', 'invalid', 'arpa'];

export interface SanReading {
  /** Public DNS names, lower-case, sorted (wildcards kept as written, e.g. "*.example.nl"). */
  names: string[];
  /** Distinct registrable domains of those names. */
  registrableDomains: string[];
  /** SANs left out: IP addresses and private names. */
  ignored: string[];
  /** More than MAX_OPERATOR_DOMAINS unrelated registrable domains: hosting evidence only. */
  hostingOnly: boolean;
}

function isPrivateName(name: string): boolean {
  if (!name.includes('.')) return true;
  return PRIVATE_SUFFIXES.some((s) => name === s || name.endsWith(`.${s}`));
}

/** Reads a stored SAN set ("DNS:a.test,DNS:b.test,IP Address:10.0.0.1", as Node prints subjectaltname). */
export function readSanSet(value: string): SanReading {
  const names = new Set<string>();
  const ignored: string[] = [];
  for (const raw of value.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^(DNS|IP Address|IP|email|URI):(.*)$/i.exec(raw);
    const kind = m?.[1]?.toUpperCase() ?? 'DNS';
    const v = (m?.[2] ?? raw).trim().toLowerCase().replace(/\.$/, '');
    if (kind !== 'DNS' || isIP(v) !== 0 || isPrivateName(v.replace(/^\*\./, ''))) {
      ignored.push(raw);
      continue;
    }
    names.add(v);
  }
  const registrable = new Set<string>();
  for (const n of names) registrable.add(getDomain(n.replace(/^\*\./, ''), { allowPrivateDomains: true }) ?? n);
  const registrableDomains = [...registrable].sort();
  return { names: [...names].sort(), registrableDomains, ignored, hostingOnly: registrableDomains.length > MAX_OPERATOR_DOMAINS };
}
