import { randomUUID } from 'node:crypto';
import { capturesOf, listNotices, type Catalog } from '../catalog/index.js';
import { sha256Hex } from '../core/hash.js';
import { describeError, UsageError } from '../core/errors.js';
import { toolVersion } from '../core/version.js';
import type { Manifest } from '../evidence/index.js';
import { silenceDays } from '../notices/status.js';
import type { OperatorCluster } from '../operators/index.js';
import type { Options } from '../options/index.js';
import type { BundleStore } from '../store/index.js';
import { chronology, sidnChain } from './chronology.js';
import { domainFacts, type DomainFacts } from './domain-facts.js';
import { DSA_CATEGORIES } from './dsa-categories.js';
import { legalGrounds, type Lang } from './legal.js';
import { PACKET_SCHEMA_ID, PACKET_SCHEMA_VERSION, type PacketDomain, type PacketEvidence, type RecipientSpecific, type RecipientType, type ReferralPacket } from './packet-types.js';
import { isNl, recipientFor, recipientKey, type AcmProvider } from './recipients.js';
import type { Reporter } from './reporter.js';
import { packetTexts } from './texts.js';
import { xarfReports } from './xarf.js';

export interface PacketRequest {
  catalog: Catalog;
  store: BundleStore;
  options: Pick<Options, 'noticeSilenceDays'>;
  reporter: Reporter;
  to: RecipientType;
  domains: string[];
  lang: Lang;
  clusters: OperatorCluster[];
  /** Add the other service domains of the same operator (those with evidence and lookups). */
  expandClusters: boolean;
  address?: string | null;
  acmProvider?: AcmProvider;
  caseId?: string | null;
  now?: Date;
}

export interface BuiltPacket {
  packet: ReferralPacket;
  /** Safe-view screenshots by bundle id, for the PDF. Never a sealed original. */
  safeViews: Map<string, Buffer>;
}

const SERVICE_LABELS = new Set(['nudify', 'deepfake']);
const MAX_EVIDENCE_PER_DOMAIN = 5;
/** Country-code TLDs are two letters; every other name is under ICANN's registrar agreement (RAA). */
const isGtld = (tld: string | null): boolean => tld !== null && !/^[a-z]{2}$/.test(tld.split('.').at(-1)!);

async function evidenceOf(catalog: Catalog, store: BundleStore, domain: string, warnings: string[], safeViews: Map<string, Buffer>): Promise<PacketEvidence[]> {
  const rows = capturesOf(catalog, domain).slice(-MAX_EVIDENCE_PER_DOMAIN);
  const out: PacketEvidence[] = [];
  for (const c of rows) {
    let manifestSha256: string | null = null;
    let safeView: PacketEvidence['safeView'] = null;
    try {
      const raw = await store.read(c.bundleId, 'manifest.json');
      manifestSha256 = sha256Hex(raw);
      const entry = (JSON.parse(raw.toString('utf8')) as Manifest).artifacts.find((a) => a.role === 'screenshot-safe-view');
      if (entry) {
        safeView = { file: entry.path, sha256: entry.sha256 };
        safeViews.set(c.bundleId, await store.read(c.bundleId, entry.path));
      }
    } catch (error) {
      warnings.push(`bundle ${c.bundleId} of ${domain} could not be read from the store (${describeError(error)}); it is listed without its hashes.`);
    }
    if (c.status !== 'COMPLETE') warnings.push(`the capture of ${c.url} at ${c.at} is ${c.status}: read its reasons before relying on it.`);
    out.push({ bundleId: c.bundleId, url: c.url, capturedAt: c.at, status: c.status, manifestSha256, location: c.location, safeView });
  }
  return out;
}

function operatorOf(domain: string, clusters: OperatorCluster[]): PacketDomain['operator'] {
  const c = clusters.find((x) => x.domains.some((d) => d.domain === domain));
  if (!c || c.domains.length < 2) return null;
  return {
    clusterId: c.id,
    relatedDomains: c.domains.map((d) => d.domain).filter((d) => d !== domain),
    sharedEvidence: c.evidence.filter((e) => e.domains.includes(domain)).map((e) => ({ kind: e.kind, value: e.value })),
  };
}

async function packetDomain(req: PacketRequest, f: DomainFacts, warnings: string[], safeViews: Map<string, Buffer>): Promise<PacketDomain> {
  const evidence = await evidenceOf(req.catalog, req.store, f.domain, warnings, safeViews);
  const urls = [...new Set([...evidence.map((e) => e.url), ...f.site.urls])].slice(0, 20);
  if (f.site.labelSource !== 'human') warnings.push(`${f.domain} is labelled "${f.site.label}" by the classifier only: confirm it with "dijkwacht review confirm ${f.domain}" before sending.`);
  const l = f.lookup;
  return {
    domain: f.domain,
    registrableDomain: l.registrableDomain,
    tld: l.tld,
    label: f.site.label,
    labelSource: f.site.labelSource,
    reviewStatus: f.site.reviewStatus,
    reasons: f.site.signals,
    urls,
    operator: operatorOf(f.domain, req.clusters),
    registry: l.registry,
    registrar: { name: l.registrar.name, ianaId: l.registrar.ianaId, abuseEmail: l.registrar.abuseEmail, abusePhone: l.registrar.abusePhone },
    registrant: l.registrant,
    nameservers: l.nameservers,
    registered: l.registered,
    expires: l.expires,
    ips: l.ips,
    hosting: l.hosting,
    cdn: l.cdn,
    lookup: { source: l.source ?? 'none', at: l.lookedUpAt },
    evidence,
  };
}

/** The domains asked for, plus (when expanding) the other services of the same operator that have facts. */
async function gatherFacts(req: PacketRequest, warnings: string[]): Promise<DomainFacts[]> {
  const facts: DomainFacts[] = [];
  for (const d of req.domains) facts.push(await domainFacts(req.catalog, d));
  if (!req.expandClusters) return facts;
  for (const f of [...facts]) {
    for (const related of operatorOf(f.domain, req.clusters)?.relatedDomains ?? []) {
      if (facts.some((x) => x.domain === related)) continue;
      try {
        const rf = await domainFacts(req.catalog, related);
        if (req.to === 'sidn' && !isNl(rf)) warnings.push(`${related} shares an operator with ${f.domain} but is not a .nl name, so it is not in the SIDN packet.`);
        else if (SERVICE_LABELS.has(rf.site.label)) facts.push(rf);
      } catch (error) {
        warnings.push(`${related} shares an operator with ${f.domain} but is not included: ${describeError(error)}`);
      }
    }
  }
  return facts;
}

const looksNominee = (d: PacketDomain): string[] => {
  const grounds: string[] = [];
  if (d.registrant.redacted) grounds.push('the registrant data is redacted in the registry answer');
  if (!d.registrant.org && !d.registrant.redacted) grounds.push('no registrant organisation is published');
  if (d.registrant.org && /privacy|proxy|redacted|nominee|whois|protect/i.test(d.registrant.org)) grounds.push(`the registrant "${d.registrant.org}" appears to be a privacy or nominee service`);
  return grounds;
};

function specific(req: PacketRequest, p: Omit<ReferralPacket, 'recipientSpecific' | 'xarf'>, facts: DomainFacts[], notices: ReturnType<typeof listNotices>, warnings: string[]): RecipientSpecific {
  const t = packetTexts(req.lang);
  switch (req.to) {
    case 'host':
      return { host: { notice: { explanation: p.illegality.explanation, urls: p.domains.flatMap((d) => d.urls), notifier: { name: p.reporter.name, email: p.reporter.email }, goodFaith: p.goodFaith } } };
    case 'registrar': {
      const gtld = p.domains.some((d) => isGtld(d.tld));
      return { registrar: { framework: t.registrarFramework(gtld), notDnsAbuse: t.notDnsAbuse, priorContacts: p.chronology.filter((c) => c.recipientType !== 'registrar') } };
    }
    case 'sidn': {
      const chain = sidnChain(notices);
      const missingSteps = chain.filter((s) => s.status === 'not-contacted' && (s.step === 'host' || s.step === 'registrar')).map((s) => s.step);
      if (missingSteps.length > 0) warnings.push(`SIDN acts only after the earlier links of the chain: no notice to the ${missingSteps.join(' and ')} is recorded yet ("dijkwacht refer --to ${missingSteps[0]!}" then "dijkwacht notices sent").`);
      const grounds = p.domains.flatMap((d) => looksNominee(d).map((g) => `${d.domain}: ${g}`));
      return { sidn: { chain, chainComplete: chain.every((s) => s.status !== 'not-contacted'), missingSteps, registrationDataVerification: { requested: grounds.length > 0, grounds }, signedRequestRequired: true } };
    }
    case 'acm': {
      const role = req.acmProvider ?? (facts[0]!.lookup.hosting.some((h) => h.abuseEmail) ? 'host' : facts[0]!.lookup.cdn ? 'cdn' : 'registrar');
      const provider = recipientFor(role, facts[0]!, {});
      const toProvider = notices.filter((n) => n.recipientType === role);
      const silent = p.chronology.filter((c) => c.event === 'no-answer' && c.recipientType === role).length;
      if (toProvider.length === 0) warnings.push(`No notice to the ${role} (${provider.name}) is recorded: ACM expects the provider to have had the chance to act. Send "dijkwacht refer --to ${role}" first and record it with "dijkwacht notices sent".`);
      const establishment = role === 'host' ? (facts[0]!.lookup.hosting.find((h) => h.country)?.country ?? null) : null;
      return {
        acm: {
          provider: { name: provider.name, role, email: provider.email ?? provider.web, establishment },
          obligations: [
            { article: 'DSA Art. 16', finding: t.obligations.notice(toProvider.length, silent) },
            { article: 'DSA Arts. 11-12', finding: t.obligations.contact(Boolean(provider.email)) },
          ],
        },
      };
    }
    case 'cdn': {
      const cdn = p.recipient.name;
      const byHost = new Map<string, { d: PacketDomain; urls: string[] }>();
      for (const d of p.domains) for (const u of d.urls) {
        const host = new URL(u).hostname;
        (byHost.get(host) ?? byHost.set(host, { d, urls: [] }).get(host)!).urls.push(u);
      }
      return {
        cdn: {
          provider: cdn,
          reports: [...byHost.entries()].map(([hostname, { d, urls }]) => ({
            hostname,
            reportType: 'abuse_ncsei' as const,
            fallbackReportType: 'abuse_general' as const,
            urls: urls.slice(0, 250),
            name: p.reporter.name.slice(0, 255),
            email: p.reporter.email,
            company: p.reporter.organisation.slice(0, 100),
            hostNotification: 'send' as const,
            ownerNotification: 'send' as const,
            subjectRepresentation: false as const,
            comments: t.cdnComments(d).slice(0, 2000),
            justification: `${p.illegality.explanation}\n\n${p.goodFaith}`.slice(0, 5000),
          })),
          hostDisclosureRequest: t.hostDisclosure(cdn),
        },
      };
    }
  }
}

/** Builds one packet per responsible party of type `to` for the domains asked for. */
export async function buildPackets(req: PacketRequest): Promise<BuiltPacket[]> {
  if (req.domains.length === 0) throw new UsageError('Name at least one domain: --domain D.');
  const now = req.now ?? new Date();
  const shared: string[] = [];
  const facts = await gatherFacts(req, shared);
  const groups = new Map<string, DomainFacts[]>();
  const recipients = new Map<string, ReturnType<typeof recipientFor>>();
  for (const f of facts) {
    const r = recipientFor(req.to, f, { address: req.address ?? null, ...(req.acmProvider ? { acmProvider: req.acmProvider } : {}) });
    const key = recipientKey(r);
    recipients.set(key, r);
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(f);
  }
  const t = packetTexts(req.lang);
  const thresholds = silenceDays(req.options);
  const built: BuiltPacket[] = [];
  for (const [key, group] of groups) {
    const warnings = [...shared];
    const safeViews = new Map<string, Buffer>();
    const recipient = recipients.get(key)!;
    const domains: PacketDomain[] = [];
    for (const f of group) domains.push(await packetDomain(req, f, warnings, safeViews));
    const names = domains.map((d) => d.domain);
    const notices = listNotices(req.catalog, names);
    if (!recipient.email) warnings.push(`${recipient.name} takes reports through ${recipient.web ?? 'its own channel'}; the e-mail draft has no recipient address (pass --address to add one).`);
    const base = {
      $schema: PACKET_SCHEMA_ID,
      schemaVersion: PACKET_SCHEMA_VERSION,
      packetId: randomUUID(),
      createdAt: now.toISOString(),
      language: req.lang,
      tool: { name: 'dijkwacht' as const, version: toolVersion },
      caseId: req.caseId ?? null,
      recipient,
      reporter: req.reporter,
      subject: t.subject(req.to, names),
      summary: t.summary(recipient.name, domains),
      illegality: { explanation: t.explanation(domains), provisions: ['Art. 139h Wetboek van Strafrecht'] },
      goodFaith: t.goodFaith,
      requestedAction: t.requestedAction[req.to],
      legalGrounds: legalGrounds(req.to, req.lang, { gtld: domains.some((d) => isGtld(d.tld)) }),
      dsaTransparency: [DSA_CATEGORIES.deepfake, DSA_CATEGORIES.deepfakeAgainstWomen].map((c) => ({ ...c })),
      domains,
      chronology: chronology(notices, thresholds, now),
      verification: t.verification,
      warnings,
    };
    const recipientSpecific = specific(req, base, group, notices, warnings);
    const packet: ReferralPacket = { ...base, recipientSpecific, xarf: xarfReports(domains, req.reporter, base.summary) };
    built.push({ packet, safeViews });
  }
  return built;
}
