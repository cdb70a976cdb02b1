import { listingOf } from '../core/app-listing.js';
import { PLATFORM_DOMAINS } from '../core/platforms.js';
import type { Catalog } from '../catalog/index.js';
import { cdnForIp } from '../domains/cdn.js';
import { MAX_OPERATOR_DOMAINS, readSanSet } from './certificate.js';

/** Identifiers that belong to one account: sharing one is evidence of one operator. */
/** App ids, which a store's listing page carries about the app itself. */
const APP_KINDS = new Set(['google-play-app', 'apple-app-store-app']);

export const STRONG_KINDS = new Set([
  'google-analytics-4',
  'google-analytics-ua',
  'google-tag-manager',
  'google-ads',
  'meta-pixel',
  'yandex-metrika',
  'tiktok-pixel',
  'hotjar',
  'google-oauth-client',
  'discord-oauth-client',
  'stripe-publishable-key',
  'apple-signin-client',
  'coinbase-commerce-checkout',
  'google-play-app',
  'apple-app-store-app',
  'telegram',
  'discord-invite',
  'bitcoin-address',
  'ethereum-address',
  'tron-address',
  'email',
  'favicon-sha256',
  'tls-san-set',
]);

export interface SharedEvidence {
  kind: string;
  value: string;
  domains: string[];
}

export interface OperatorCluster {
  id: string;
  domains: { domain: string; label: string | null }[];
  evidence: SharedEvidence[];
}

/**
 * A certificate that several sites serve but that names too many unrelated domains to be one
 * operator's: a fact about their hosting, kept apart from operator evidence.
 */
export interface SharedHostingCertificate {
  kind: 'tls-san-set';
  /** The certificate's public DNS names (IP addresses and private names left out). */
  names: string[];
  registrableDomains: number;
  /** The sites that served it. */
  domains: string[];
  reason: string;
}

export interface ClusterOptions {
  /** An identifier on more domains than this is treated as common (a platform, a shared library). */
  maxDomainsPerIdentifier: number;
}

class UnionFind {
  readonly #parent = new Map<string, string>();
  find(x: string): string {
    let p = this.#parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.#parent.set(x, p);
    }
    return p;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.#parent.set(rb < ra ? ra : rb, rb < ra ? rb : ra);
  }
}

/**
 * Groups sites that share strong identifiers, redirect hops, or the same (non-CDN) IP together with
 * the same nameservers. Weak evidence never merges: CDN addresses, identifiers seen on too many
 * domains, favicon URLs, and TLS certificates naming more than a few unrelated domains (see
 * certificate.ts and sharedHostingCertificates).
 */
export function clusterOperators(catalog: Catalog, options: ClusterOptions = { maxDomainsPerIdentifier: 25 }): OperatorCluster[] {
  const evidence = new Map<string, SharedEvidence>();
  const add = (kind: string, value: string, domain: string): void => {
    const key = `${kind}\u0000${value}`;
    const e = evidence.get(key) ?? { kind, value, domains: [] };
    if (!e.domains.includes(domain)) e.domains.push(domain);
    evidence.set(key, e);
  };
  for (const row of catalog.db.prepare('SELECT domain, kind, value, page_url FROM identifiers').all() as { domain: string; kind: string; value: string; page_url: string | null }[]) {
    if (!STRONG_KINDS.has(row.kind)) continue;
    // A platform or an app store's own listing page names the app or account it is about: that ties it to no operator.
    if (PLATFORM_DOMAINS.includes(row.domain) || (APP_KINDS.has(row.kind) && row.page_url && listingOf(row.page_url))) continue;
    if (row.kind !== 'tls-san-set') {
      add(row.kind, row.value, row.domain);
      continue;
    }
    // only an operator-sized certificate links sites, and it is shown by its public names only
    const san = readSanSet(row.value);
    if (san.names.length > 0 && !san.hostingOnly) add(row.kind, san.names.join(', '), row.domain);
  }
  for (const row of catalog.db.prepare("SELECT DISTINCT from_domain, to_domain FROM links WHERE kind = 'redirect'").all() as { from_domain: string; to_domain: string }[]) {
    add('redirect', `${row.from_domain} → ${row.to_domain}`, row.from_domain);
    add('redirect', `${row.from_domain} → ${row.to_domain}`, row.to_domain);
  }
  const latest = catalog.db.prepare('SELECT domain, report_json FROM domain_lookups WHERE id IN (SELECT MAX(id) FROM domain_lookups GROUP BY domain)').all() as { domain: string; report_json: string }[];
  for (const row of latest) {
    const r = JSON.parse(row.report_json) as { registrableDomain: string | null; ips: string[]; nameservers: string[] };
    const domain = r.registrableDomain ?? row.domain;
    const ns = [...r.nameservers].sort().join(',');
    if (!ns) continue;
    for (const ip of r.ips) if (!cdnForIp(ip)) add('ip+nameservers', `${ip} with ${ns}`, domain);
  }
  const uf = new UnionFind();
  const kept = [...evidence.values()].filter((e) => e.domains.length >= 2 && e.domains.length <= options.maxDomainsPerIdentifier);
  for (const e of kept) for (const d of e.domains.slice(1)) uf.union(e.domains[0]!, d);
  const groups = new Map<string, Set<string>>();
  for (const e of kept) for (const d of e.domains) groups.set(uf.find(d), (groups.get(uf.find(d)) ?? new Set()).add(d));
  const labelOf = catalog.db.prepare('SELECT label FROM sites WHERE domain = ?');
  return [...groups.values()]
    .map((set) => {
      const domains = [...set].sort();
      return {
        id: domains[0]!,
        domains: domains.map((domain) => ({ domain, label: (labelOf.get(domain) as { label: string } | undefined)?.label ?? null })),
        evidence: kept.filter((e) => e.domains.some((d) => set.has(d))).map((e) => ({ ...e, domains: [...e.domains].sort() })),
      };
    })
    .sort((a, b) => b.domains.length - a.domains.length || a.id.localeCompare(b.id));
}

/** Certificates served by two or more sites that name too many unrelated domains to link them as one operator. */
export function sharedHostingCertificates(catalog: Catalog): SharedHostingCertificate[] {
  const byNames = new Map<string, SharedHostingCertificate>();
  for (const row of catalog.db.prepare("SELECT DISTINCT domain, value FROM identifiers WHERE kind = 'tls-san-set'").all() as { domain: string; value: string }[]) {
    const san = readSanSet(row.value);
    if (!san.hostingOnly) continue;
    const key = san.names.join(',');
    const entry = byNames.get(key) ?? {
      kind: 'tls-san-set' as const,
      names: san.names,
      registrableDomains: san.registrableDomains.length,
      domains: [],
      reason: `the certificate names ${san.registrableDomains.length} unrelated registrable domains (more than ${MAX_OPERATOR_DOMAINS}): shared hosting or CDN, not evidence of one operator`,
    };
    if (!entry.domains.includes(row.domain)) entry.domains.push(row.domain);
    byNames.set(key, entry);
  }
  return [...byNames.values()].filter((e) => e.domains.length >= 2).map((e) => ({ ...e, domains: [...e.domains].sort() }));
}
