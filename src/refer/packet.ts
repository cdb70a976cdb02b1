import { randomUUID } from 'node:crypto';
import { capturesOf, listNotices, SqlitePageEvidenceRepository, type Catalog } from '../catalog/index.js';
import { sha256Hex } from '../core/hash.js';
import { describeError, UsageError } from '../core/errors.js';
import { toolVersion } from '../core/version.js';
import type { Manifest } from '../evidence/index.js';
import { silenceDays } from '../notices/status.js';
import type { OperatorCluster } from '../operators/index.js';
import type { Options } from '../options/index.js';
import type { BundleStore } from '../store/index.js';
import { chronology } from './chronology.js';
import { domainFacts, type DomainFacts } from './domain-facts.js';
import { dsaStatementCategory } from './dsa-categories.js';
import { legalGrounds, type Lang } from './legal.js';
import { PACKET_SCHEMA_ID, PACKET_SCHEMA_VERSION, type PacketDomain, type PacketEvidence, type Recipient, type RecipientType, type ReferralPacket } from './packet-types.js';
import { holderKnown, isGtld, isNl, recipientKey } from './recipients.js';
import { recipientKind, referrableTypes } from './kinds/registry.js';
import type { Reporter } from './reporter.js';
import { goodFaithFor, packetTexts } from './texts.js';
import { evidencePackFiles } from './evidence-pack.js';
import { packetReasons } from './reasons.js';
import { directedAtNetherlands } from './nl-targeting.js';
import { SqliteEntityRepository } from '../catalog/repositories/entity-pages.js';
import { trustedFlaggerPart, type TrustedFlagger } from './trusted-flagger.js';

export interface PacketRequest {
  catalog: Catalog;
  store: BundleStore;
  options: Pick<Options, 'noticeSilenceDays' | 'telegramPreviewUrl'>;
  reporter: Reporter;
  to: RecipientType;
  domains: string[];
  lang: Lang;
  clusters: OperatorCluster[];
  /** Add the other service domains of the same operator (those with evidence and lookups). */
  expandClusters: boolean;
  address?: string | null;
  /** --provider: the acm role, or the provider a payment, sign-in, app-store or messaging packet goes to. */
  provider?: string | null;
  /** --engine: the search engine of a search-engine packet. */
  engine?: string | null;
  caseId?: string | null;
  /** Build packets for labels no analyst confirmed; the packet then says the classification is automated. */
  unconfirmed?: boolean;
  /** The notifier's trusted-flagger status (config section trustedFlagger), stated in host and platform packets. */
  trustedFlagger?: TrustedFlagger | null;
  now?: Date;
}

export interface BuiltPacket {
  packet: ReferralPacket;
  /** Safe-view screenshots by bundle id, for the PDF. Never a sealed original. */
  safeViews: Map<string, Buffer>;
  /** The evidence pack's files by path (bundleId/…): what lets the recipient check each cited hash. */
  pack: Map<string, Buffer>;
  /** For the sender only (console and checklist.md), never inside the packet: gaps, checks, next steps. */
  senderNotes: string[];
}

const SERVICE_LABELS = new Set(['nudify', 'deepfake']);
const MAX_EVIDENCE_PER_DOMAIN = 5;

async function evidenceOf(catalog: Catalog, store: BundleStore, domain: string, warnings: string[], safeViews: Map<string, Buffer>, pack: Map<string, Buffer>): Promise<PacketEvidence[]> {
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
      for (const [path, data] of await evidencePackFiles(store, c.bundleId)) pack.set(`${c.bundleId}/${path}`, data);
    } catch (error) {
      warnings.push(`bundle ${c.bundleId} of ${domain} could not be read from the store (${describeError(error)}); it is listed without its hashes.`);
    }
    if (c.status !== 'COMPLETE') warnings.push(`The capture of ${c.url} at ${c.at} is ${c.status}: read its reasons ("dijkwacht verify ${c.bundleId}") before relying on it; the packet shows its status.`);
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

async function packetDomain(req: PacketRequest, f: DomainFacts, warnings: string[], safeViews: Map<string, Buffer>, pack: Map<string, Buffer>): Promise<PacketDomain> {
  const evidence = await evidenceOf(req.catalog, req.store, f.domain, warnings, safeViews, pack);
  const urls = [...new Set([...evidence.map((e) => e.url), ...f.site.urls])].slice(0, 20);
  const confirmed = f.site.labelSource === 'human';
  if (!confirmed) warnings.push(`${f.domain} is labelled "${f.site.label}" by the classifier only (built with --unconfirmed; the packet tells the recipient so). Confirm it with "dijkwacht review confirm ${f.domain} --reviewer NAME" and build the packet again before sending, if you can.`);
  const crawled = await new SqlitePageEvidenceRepository(req.catalog).ofDomain(f.domain);
  const reasons = packetReasons(crawled.length > 0 ? crawled : f.captureEvidence ? [f.captureEvidence] : [], req.lang);
  if (reasons.length === 0) warnings.push(`No quotable evidence of ${f.domain}'s own pages is stored (crawl it again: "dijkwacht crawl --seed https://${f.domain}/"); the packet relies on the capture alone.`);
  const l = f.lookup;
  return {
    domain: f.domain,
    registrableDomain: l.registrableDomain,
    tld: l.tld,
    label: f.site.label,
    labelSource: f.site.labelSource,
    reviewStatus: f.site.reviewStatus,
    labelConfirmed: confirmed,
    reasons,
    urls,
    operator: operatorOf(f.domain, req.clusters),
    registry: l.registry,
    registrar: { name: l.registrar.name, ianaId: l.registrar.ianaId, abuseEmail: l.registrar.abuseEmail, abusePhone: l.registrar.abusePhone },
    registrant: l.registrant,
    nameservers: l.nameservers,
    registered: l.registered,
    expires: l.expires,
    ips: l.ips,
    hosting: l.hosting.map((h) => ({ ip: h.ip, asn: h.asn, network: h.network, org: h.org, country: h.country, abuseEmail: h.abuseEmail, holderKnown: holderKnown(h) })),
    cdn: l.cdn,
    lookup: { source: l.source ?? 'none', at: l.lookedUpAt },
    evidence,
  };
}

/** The domains asked for, plus (when expanding) the other services of the same operator that have facts. */
async function gatherFacts(req: PacketRequest, warnings: string[], skip: (domain: string, reason: string) => void): Promise<DomainFacts[]> {
  const facts: DomainFacts[] = [];
  for (const d of req.domains) {
    try {
      facts.push(await domainFacts(req.catalog, d, req.store));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      skip(d, error.message);
    }
  }
  if (!req.expandClusters) return facts;
  for (const f of [...facts]) {
    for (const related of operatorOf(f.domain, req.clusters)?.relatedDomains ?? []) {
      if (facts.some((x) => x.domain === related)) continue;
      try {
        const rf = await domainFacts(req.catalog, related, req.store);
        if (req.to === 'sidn' && !isNl(rf)) warnings.push(`${related} shares an operator with ${f.domain} but is not a .nl name, so it is not in the SIDN packet.`);
        else if (SERVICE_LABELS.has(rf.site.label)) facts.push(rf);
      } catch (error) {
        warnings.push(`${related} shares an operator with ${f.domain} but is not included: ${describeError(error)}`);
      }
    }
  }
  return facts;
}

/** A domain left out of the packets, with the reason and what the sender can do about it. */
export interface SkippedDomain {
  domain: string;
  reason: string;
}

const addDays = (d: Date, days: number): Date => new Date(d.getTime() + days * 86_400_000);

/**
 * Builds one packet per responsible party of type `to` for the domains asked for. A domain that
 * cannot go into a packet (no confirmed label, no lookup, no capture, no address) is skipped with
 * its reason; only when every domain is skipped is that an error.
 */
export async function buildPackets(req: PacketRequest, onSkip: (s: SkippedDomain) => void = () => undefined): Promise<BuiltPacket[]> {
  if (req.domains.length === 0) throw new UsageError('Name at least one domain: --domain D.');
  const now = req.now ?? new Date();
  const shared: string[] = [];
  const skipped: SkippedDomain[] = [];
  const skip = (domain: string, reason: string): void => {
    skipped.push({ domain, reason });
    onSkip({ domain, reason });
  };
  const kind = recipientKind(req.to);
  if (!kind || !kind.refers) throw new UsageError(`Unknown recipient "${req.to}"; use ${referrableTypes().join(', ')}.`);
  const groups = new Map<string, DomainFacts[]>();
  const recipients = new Map<string, Recipient>();
  const recipientOptions = { catalog: req.catalog, address: req.address ?? null, provider: req.provider ?? null, engine: req.engine ?? null };
  for (const f of await gatherFacts(req, shared, skip)) {
    if (f.site.label === 'unrelated') {
      skip(f.domain, f.site.labelSource === 'capture' ? `it was captured but never crawled, and its capture reads as "unrelated": crawl it ("dijkwacht crawl --seed ${f.site.urls[0]!}") so that all its pages are read.` : `its label is "unrelated": a packet reports a service. If it is one, record that with "dijkwacht review override ${f.domain} --label nudify --reviewer NAME".`);
      continue;
    }
    if (f.site.labelSource === 'capture' && !req.unconfirmed) {
      skip(f.domain, `it was captured but never crawled; its capture reads as "${f.site.label}": crawl it ("dijkwacht crawl --seed ${f.site.urls[0]!}") and confirm its label with "dijkwacht review confirm ${f.domain} --reviewer NAME" (or pass --unconfirmed, and the packet says the classification is automated).`);
      continue;
    }
    if (f.site.labelSource !== 'human' && !req.unconfirmed) {
      skip(f.domain, `its label "${f.site.label}" is the classifier's alone: confirm it with "dijkwacht review confirm ${f.domain} --reviewer NAME" (or pass --unconfirmed, and the packet says the classification is automated).`);
      continue;
    }
    let r: Recipient;
    try {
      r = await kind.recipientFor(f, recipientOptions);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      skip(f.domain, error.message);
      continue;
    }
    const key = recipientKey(r);
    recipients.set(key, r);
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(f);
  }
  if (groups.size === 0) throw new UsageError(`No ${req.to} packet can be built: ${skipped.length === 1 ? `${skipped[0]!.domain}: ${skipped[0]!.reason}` : `all ${skipped.length} domains were skipped (${skipped.map((s) => s.domain).join(', ')}; the reasons are listed above).`}`);
  const t = packetTexts(req.lang);
  const thresholds = silenceDays(req.options);
  const built: BuiltPacket[] = [];
  for (const [key, group] of groups) {
    const warnings = [...shared];
    const safeViews = new Map<string, Buffer>();
    const pack = new Map<string, Buffer>();
    const recipient = recipients.get(key)!;
    const domains: PacketDomain[] = [];
    for (const f of group) domains.push(await packetDomain(req, f, warnings, safeViews, pack));
    const names = domains.map((d) => d.domain);
    const notices = listNotices(req.catalog, names);
    if (!recipient.email) warnings.push(`${recipient.name} takes reports through ${recipient.web ?? 'its own channel'}: submit the packet there (the e-mail draft has no recipient address; pass --address to add one).`);
    const gtld = domains.some((d) => isGtld(d.tld));
    const bundles = [...new Set(domains.flatMap((d) => d.evidence.map((e) => e.bundleId)))];
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
      subject: t.subject(req.to, names, gtld),
      summary: t.summary(req.to, recipient.name, names),
      illegality: { explanation: t.explanation, provisions: ['Art. 139h Wetboek van Strafrecht'] },
      goodFaith: goodFaithFor(req.to, req.lang),
      requestedAction: t.requestedAction(req.to, gtld),
      respondBy: addDays(now, thresholds[req.to] ?? 14).toISOString(),
      automatedClassification: domains.some((d) => !d.labelConfirmed),
      legalGrounds: legalGrounds(req.to, req.lang, { gtld }),
      dsaTransparency: dsaStatementCategory(),
      domains,
      directedAtNetherlands: await directedAtNetherlands(new SqliteEntityRepository(req.catalog), domains, req.lang),
      chronology: chronology(notices, thresholds, now, req.lang),
      trustedFlagger: trustedFlaggerPart(req.trustedFlagger, req.to, req.lang),
      verification: t.verification,
      evidencePack: bundles.length > 0 && pack.size > 0 ? { file: 'evidence-pack.zip', bundles, request: t.fullBundle(req.reporter.name, req.reporter.email) } : null,
    };
    const recipientSpecific = (await kind.specific?.({ req, packet: base, facts: group, notices, warnings, texts: t })) ?? {};
    built.push({ packet: { ...base, recipientSpecific }, safeViews, pack, senderNotes: warnings });
  }
  return built;
}
