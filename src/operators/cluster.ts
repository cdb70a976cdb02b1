import type { Catalog } from '../catalog/index.js';
import { cdnForIp } from '../domains/cdn.js';

/** Identifiers that belong to one account: sharing one is evidence of one operator. */
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
 * domains, favicon URLs.
 */
export function clusterOperators(catalog: Catalog, options: ClusterOptions = { maxDomainsPerIdentifier: 25 }): OperatorCluster[] {
  const evidence = new Map<string, SharedEvidence>();
  const add = (kind: string, value: string, domain: string): void => {
    const key = `${kind}\u0000${value}`;
    const e = evidence.get(key) ?? { kind, value, domains: [] };
    if (!e.domains.includes(domain)) e.domains.push(domain);
    evidence.set(key, e);
  };
  for (const row of catalog.db.prepare('SELECT domain, kind, value FROM identifiers').all() as { domain: string; kind: string; value: string }[]) {
    if (STRONG_KINDS.has(row.kind)) add(row.kind, row.value, row.domain);
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
