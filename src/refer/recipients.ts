import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from '../core/version.js';
import type { DomainFacts } from './domain-facts.js';
import type { Recipient } from './packet-types.js';
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

type AuthorityKey = 'sidn' | 'acm' | 'ap' | 'police';
let authorities: Record<AuthorityKey, Authority> | undefined;
/** An authority's public intake (data/recipients.json): only what dijkwacht can vouch for. */
export function authority(key: AuthorityKey): Authority {
  authorities ??= JSON.parse(readFileSync(resolve(projectRoot, 'data', 'recipients.json'), 'utf8')) as Record<AuthorityKey, Authority>;
  return authorities[key];
}

export const isNl = (f: DomainFacts): boolean => (f.lookup.tld ?? f.domain.split('.').at(-1)) === 'nl';

/** The party that received, or would receive, the notice for this domain one step down the chain. */
export type AcmProvider = 'host' | 'registrar' | 'cdn';

/** Country-code TLDs are two letters; every other name is under ICANN's registrar agreement (RAA). */
export const isGtld = (tld: string | null): boolean => tld !== null && !/^[a-z]{2}$/.test(tld.split('.').at(-1)!);

/** The key that puts domains with the same responsible party into one packet. */
export const recipientKey = (r: Recipient): string => `${r.type}\u0000${(r.email ?? r.web ?? r.name).toLowerCase()}`;
