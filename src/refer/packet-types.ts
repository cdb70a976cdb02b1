import type { Reporter } from './reporter.js';
import type { LegalGround } from './legal.js';
import type { DirectedAtNetherlands } from './nl-targeting.js';

/** A recipient kind's id (src/refer/kinds/registry.ts lists them; `referrableTypes()` those refer writes packets for). */
export type RecipientType = string;

export const PACKET_SCHEMA_VERSION = '2.1.0';
export const PACKET_SCHEMA_ID = 'https://dijkwacht.nl/schemas/referral-packet/2.1.0.json';

/** Who receives the packet and how it reaches them. */
export interface Recipient {
  type: RecipientType;
  name: string;
  email: string | null;
  /** A web form or API where the recipient takes reports, when it has one. */
  web: string | null;
}

export interface PacketEvidence {
  bundleId: string;
  url: string;
  capturedAt: string;
  status: string;
  manifestSha256: string | null;
  location: string;
  safeView: { file: string; sha256: string } | null;
}

/** One reason for a label: what it shows (in the packet's language), the site's own words, and where. */
export interface PacketReason {
  kind: string;
  description: string;
  /** The site's words, quoted as found (cut at word boundaries); null where the evidence is a structure. */
  quote: string | null;
  url: string;
  page: string;
  count: number;
}

export interface PacketDomain {
  domain: string;
  registrableDomain: string | null;
  tld: string | null;
  label: string;
  labelSource: string;
  reviewStatus: string;
  /** True when an analyst confirmed (or set) the label; false when the label is the classifier's alone. */
  labelConfirmed: boolean;
  /** Why the site is what its label says, quoted from its own pages. */
  reasons: PacketReason[];
  urls: string[];
  operator: { clusterId: string; relatedDomains: string[]; sharedEvidence: { kind: string; value: string }[] } | null;
  registry: string | null;
  registrar: { name: string | null; ianaId: string | null; abuseEmail: string | null; abusePhone: string | null };
  registrant: { org: string | null; country: string | null; redacted: boolean };
  nameservers: string[];
  registered: string | null;
  expires: string | null;
  ips: string[];
  hosting: { ip: string; asn: string | null; network: string | null; org: string | null; country: string | null; abuseEmail: string | null; holderKnown: boolean }[];
  cdn: { name: string; abuse: string; evidence: string[] } | null;
  lookup: { source: string; at: string };
  evidence: PacketEvidence[];
}

export type ChronologyEvent = 'sent' | 'ack' | 'decision' | 'recheck' | 'no-answer';

export interface ChronologyEntry {
  date: string;
  event: ChronologyEvent;
  recipientType: string;
  recipient: string;
  channel: string | null;
  outcome: string | null;
  note: string | null;
  packetSha256: string | null;
  bundleId: string | null;
}

export interface SidnChainStep {
  step: 'site' | 'registrant' | 'host' | 'registrar';
  status: 'answered' | 'no-answer' | 'not-contacted';
  date: string | null;
  address: string | null;
  answer: string | null;
}

/**
 * The part of packet.json only one recipient kind has, under the kind's id. A kind module adds its
 * own field by augmenting this interface (`declare module '../packet-types.js'`).
 */
export interface RecipientSpecific {
  host?: { notice: { explanation: string; urls: string[]; notifier: { name: string; email: string }; goodFaith: string } };
  registrar?: { framework: string; notDnsAbuse: string; priorContacts: ChronologyEntry[] };
  sidn?: { chain: SidnChainStep[]; chainComplete: boolean; missingSteps: string[]; registrationDataVerification: { requested: boolean; grounds: string[] }; signedRequestRequired: true };
  acm?: { provider: { name: string; role: 'host' | 'registrar' | 'cdn'; email: string | null; establishment: string | null }; obligations: { article: string; finding: string }[] };
  cdn?: {
    provider: string;
    /** One report per hostname, as bodies for Cloudflare's abuse-report API (POST …/abuse-reports/{act}). */
    reports: { hostname: string; report: CdnNcseiReport; fallback: CdnGeneralReport }[];
    hostDisclosureRequest: string;
  };
}

/** Fields both report types share, spelled as the API spells them (snake_case; urls one per line). */
interface CdnReportBase {
  email: string;
  /** The API asks for the address twice. */
  email2: string;
  name: string;
  company: string;
  urls: string;
  comments: string;
  host_notification: 'send';
  owner_notification: 'send';
}

/** Non-consensual sexually explicit imagery: the report type for these services. It takes no justification. */
export interface CdnNcseiReport extends CdnReportBase {
  act: 'abuse_ncsei';
  /** Whether the reporter is the person depicted: never, for a hotline or NGO. */
  ncsei_subject_representation: false;
}

/** The general type, for a provider that refuses NCSEI reports from someone who is not depicted. */
export interface CdnGeneralReport extends CdnReportBase {
  act: 'abuse_general';
  justification: string;
}

/** The DSA Transparency Database statement fields, named and typed as its API names them. */
export interface DsaStatementCategory {
  category: string;
  category_addition: string[];
  category_specification: string[];
}

/** packet.json: valid against evidence-schema/referral-packet.schema.json. */
export interface ReferralPacket {
  $schema: string;
  schemaVersion: string;
  packetId: string;
  createdAt: string;
  language: 'nl' | 'en';
  tool: { name: 'dijkwacht'; version: string };
  caseId: string | null;
  recipient: Recipient;
  reporter: Reporter;
  subject: string;
  summary: string;
  illegality: { explanation: string; provisions: string[] };
  goodFaith: string;
  requestedAction: string;
  /** The date by which an answer is asked (ISO 8601, UTC): the recipient type's silence threshold after createdAt. */
  respondBy: string;
  /** True when a label in this packet is the classifier's alone (made with --unconfirmed); the packet says so. */
  automatedClassification: boolean;
  legalGrounds: LegalGround[];
  dsaTransparency: DsaStatementCategory;
  domains: PacketDomain[];
  /** The facts from the evidence that the service is directed at the Netherlands (language, euros, iDEAL, .nl, hosting). */
  directedAtNetherlands: DirectedAtNetherlands;
  chronology: ChronologyEntry[];
  recipientSpecific: RecipientSpecific;
  /** The notifier's trusted-flagger status and the priority it asks (host and platform packets, when configured). */
  trustedFlagger?: { status: { awardedBy: string; decisionDate: string; reference: string; areas: string[] }; statement: string; priorityRequest: string } | null;
  verification: string;
  /** The evidence pack beside the packet (evidence-pack.zip): what the recipient can check, and how to get the rest. */
  evidencePack: { file: string; bundles: string[]; request: string } | null;
}
