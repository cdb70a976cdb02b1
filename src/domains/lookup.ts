import { domainToUnicode } from 'node:url';
import { getDomain, getPublicSuffix } from 'tldts';
import { describeError } from '../core/errors.js';
import { observeDns, type DnsObservation } from '../net/dns-answers.js';
import { cdnForIp, detectCdn, type CdnFinding } from './cdn.js';
import { holderLabel, type IpNetworkFacts } from './ip-rdap.js';
import type { RdapClient } from './rdap-client.js';
import type { DomainRdapFacts, RegistrarFacts } from './rdap-domain.js';
import { noRegistry, registryFromRdap, registryFromWhois, type RegistryFacts } from './registry-name.js';
import { parseWhois, queryWhois, whoisServerFor } from './whois.js';

/** The network an address is in and who holds it, as the RIR's RDAP answer says. */
export interface Hosting extends Pick<IpNetworkFacts, 'asn' | 'network' | 'range' | 'org' | 'holderKnown' | 'holderSource' | 'rir' | 'country' | 'abuseEmail' | 'abuseEmailSource' | 'abuseEmailOfRir' | 'notes'> {
  ip: string;
  /** Whom to address: `org` when known, else "unknown holder of network X (RIPE NCC region)". Never an RIR. */
  holder: string;
}

export interface EvidenceRef {
  kind: 'rdap' | 'whois' | 'dns' | 'ip-rdap';
  source: string;
  at: string;
  sha256: string | null;
  raw: string;
}

/** The contract of `dijkwacht domains --json`, plus evidence and failures. Unknown is null, never invented. */
export interface DomainReport extends Pick<DomainRdapFacts, 'registrant' | 'nameservers' | 'registered' | 'expires' | 'lastChanged' | 'status' | 'dnssec'> {
  domain: string;
  registrableDomain: string | null;
  tld: string | null;
  /** The registry's name (e.g. "SIDN"), never an IP address; null when nothing names it. Details in registryFacts. */
  registry: string | null;
  registryFacts: RegistryFacts;
  registrar: RegistrarFacts;
  /** RFC 9537 redactions the registry declared, shown as redactions rather than missing data. */
  redactions: { name: string; method: string | null; reason: string | null }[];
  ips: string[];
  hosting: Hosting[];
  cdn: CdnFinding | null;
  source: 'rdap' | 'whois' | null;
  lookedUpAt: string;
  /** Raw dates that came without a time zone and were read as UTC (every date field above is ISO 8601 UTC). */
  datesWithoutZone: string[];
  evidence: EvidenceRef[];
  failures: string[];
}

export interface LookupContext {
  rdap: RdapClient;
  dnsServer: string | null;
  timeoutMs: number;
  /** Send every WHOIS query to this host:port instead of the TLD's server (whoisServer option). */
  whoisServer?: string | null;
  /** Response headers seen during capture, for CDN detection. */
  headers?: Record<string, string>;
}

/** Registry, registrar, DNS, hosting and CDN of one domain, with every answer kept as evidence. */
export async function lookupDomain(input: string, ctx: LookupContext): Promise<DomainReport> {
  const raw = input.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/[/:].*$/, '').replace(/\.$/, '');
  const registrable = getDomain(raw, { allowPrivateDomains: false }) ?? null;
  const tld = registrable ? (getPublicSuffix(registrable) ?? null) : null;
  const report: DomainReport = {
    domain: domainToUnicode(raw) || raw,
    registrableDomain: registrable ? domainToUnicode(registrable) || registrable : null,
    tld,
    registry: null,
    registryFacts: noRegistry(),
    registrar: { name: null, ianaId: null, abuseEmail: null, abusePhone: null, rdapUrl: null },
    registrant: { org: null, country: null, redacted: false },
    redactions: [],
    nameservers: [],
    registered: null,
    expires: null,
    lastChanged: null,
    status: [],
    dnssec: null,
    ips: [],
    hosting: [],
    cdn: null,
    source: null,
    lookedUpAt: new Date().toISOString(),
    datesWithoutZone: [],
    evidence: [],
    failures: [],
  };
  if (!registrable) {
    report.failures.push(`${input} has no registrable domain under the Public Suffix List`);
    return report;
  }

  const rdap = await ctx.rdap.domain(registrable);
  for (const a of rdap.answers) report.evidence.push({ kind: 'rdap', source: a.url, at: a.at, sha256: a.sha256, raw: a.body });
  if (rdap.facts) {
    const f = rdap.facts;
    report.redactions = f.redactions.map(({ name, method, reason }) => ({ name, method, reason }));
    Object.assign(report, { registrar: f.registrar, registrant: f.registrant, nameservers: f.nameservers, registered: f.registered, expires: f.expires, lastChanged: f.lastChanged, status: f.status, dnssec: f.dnssec, source: 'rdap' as const, datesWithoutZone: f.datesWithoutZone });
    report.registryFacts = registryFromRdap(rdap.service, f);
    report.registry = report.registryFacts.name;
    for (const d of f.datesUnreadable) report.failures.push(`RDAP: the date "${d}" is in no layout that can be read without guessing; left unknown`);
  } else {
    report.failures.push(...rdap.failures.map((f) => `RDAP: ${f.reason}`));
    const label = registrable.split('.').pop() ?? '';
    const listed = whoisServerFor(label);
    let server = ctx.whoisServer ?? listed;
    if (!server) {
      try {
        const iana = await queryWhois('whois.iana.org', label, ctx.timeoutMs);
        server = /^refer:\s*(\S+)/im.exec(iana.text)?.[1] ?? null;
      } catch (error) {
        report.failures.push(`WHOIS referral from whois.iana.org: ${describeError(error)}`);
      }
    }
    if (server) {
      try {
        const answer = await queryWhois(server, registrable, ctx.timeoutMs);
        report.evidence.push({ kind: 'whois', source: server, at: answer.at, sha256: answer.sha256, raw: answer.text });
        const w = parseWhois(answer.text);
        report.source = 'whois';
        report.registryFacts = registryFromWhois(listed, server, answer.text);
        report.registry = report.registryFacts.name;
        report.registrar = { name: w.registrar, ianaId: null, abuseEmail: w.abuseEmail, abusePhone: w.abusePhone, rdapUrl: null };
        report.registrant = { org: w.registrantOrg, country: null, redacted: /redacted|not disclosed/i.test(answer.text) };
        report.nameservers = w.nameservers;
        report.status = w.status;
        report.registered = w.registered;
        report.expires = w.expires;
        report.lastChanged = w.lastChanged;
        report.datesWithoutZone = w.datesWithoutZone;
        for (const d of w.datesUnreadable) report.failures.push(`WHOIS: the date "${d}" is in no layout that can be read without guessing; left unknown`);
      } catch (error) {
        report.failures.push(`WHOIS: ${describeError(error)}`);
      }
    } else {
      report.failures.push(`WHOIS: no server known for .${label}`);
    }
  }

  if (report.registry === null && rdap.service) {
    // no usable answer: the bootstrap entry alone may still name the registry
    report.registryFacts = { ...registryFromRdap(rdap.service, null), whoisServer: report.registryFacts.whoisServer };
    report.registry = report.registryFacts.name;
  }

  let dns: DnsObservation | null = null;
  try {
    dns = await observeDns(raw, ctx.dnsServer, ctx.timeoutMs);
    report.evidence.push({ kind: 'dns', source: dns.resolver, at: dns.time, sha256: null, raw: JSON.stringify(dns.answers) });
  } catch (error) {
    report.failures.push(`DNS: ${describeError(error)}`);
  }
  const answersOf = (type: string): unknown[] => dns?.answers.find((a) => a.type === type)?.answers ?? [];
  report.ips = [...answersOf('A'), ...answersOf('AAAA')].map((a) => (typeof a === 'string' ? a : String((a as { address: string }).address)));
  const cnames = answersOf('CNAME').map(String);
  if (report.nameservers.length === 0) report.nameservers = answersOf('NS').map((n) => String(n).toLowerCase());

  report.cdn = detectCdn({ ips: report.ips, nameservers: report.nameservers, cnames, headers: ctx.headers });
  for (const ip of report.ips.slice(0, 6)) {
    if (cdnForIp(ip)) continue; // a CDN edge is a proxy, not the host
    const r = await ctx.rdap.ip(ip);
    if (r.answer) report.evidence.push({ kind: 'ip-rdap', source: r.answer.url, at: r.answer.at, sha256: r.answer.sha256, raw: r.answer.body });
    if (r.failure) report.failures.push(`IP RDAP: ${r.failure}`);
    const f = r.facts;
    report.hosting.push({
      ip,
      holder: holderLabel(f, ip),
      holderKnown: f?.holderKnown ?? false,
      holderSource: f?.holderSource ?? null,
      org: f?.org ?? null,
      rir: f?.rir ?? null,
      network: f?.network ?? null,
      range: f?.range ?? null,
      asn: f?.asn ?? null,
      country: f?.country ?? null,
      abuseEmail: f?.abuseEmail ?? null,
      abuseEmailSource: f?.abuseEmailSource ?? null,
      abuseEmailOfRir: f?.abuseEmailOfRir ?? false,
      notes: f?.notes ?? [],
    });
  }
  return report;
}
