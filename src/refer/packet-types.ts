import type { Reporter } from './reporter.js';
import type { LegalGround } from './legal.js';

export const RECIPIENT_TYPES = ['host', 'registrar', 'sidn', 'acm', 'cdn'] as const;
export type RecipientType = (typeof RECIPIENT_TYPES)[number];

export const PACKET_SCHEMA_VERSION = '1.0.0';
export const PACKET_SCHEMA_ID = 'https://dijkwacht.nl/schemas/referral-packet/1.0.0.json';

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

export interface PacketDomain {
  domain: string;
  registrableDomain: string | null;
  tld: string | null;
  label: string;
  labelSource: string;
  reviewStatus: string;
  /** Why the classifier (or a reviewer) says what this service is, with the matched text. */
  reasons: string[];
  urls: string[];
  operator: { clusterId: string; relatedDomains: string[]; sharedEvidence: { kind: string; value: string }[] } | null;
  registry: string | null;
  registrar: { name: string | null; ianaId: string | null; abuseEmail: string | null; abusePhone: string | null };
  registrant: { org: string | null; country: string | null; redacted: boolean };
  nameservers: string[];
  registered: string | null;
  expires: string | null;
  ips: string[];
  hosting: { ip: string; asn: string | null; network: string | null; org: string | null; country: string | null; abuseEmail: string | null }[];
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

export interface RecipientSpecific {
  host?: { notice: { explanation: string; urls: string[]; notifier: { name: string; email: string }; goodFaith: string } };
  registrar?: { framework: string; notDnsAbuse: string; priorContacts: ChronologyEntry[] };
  sidn?: { chain: SidnChainStep[]; chainComplete: boolean; missingSteps: string[]; registrationDataVerification: { requested: boolean; grounds: string[] }; signedRequestRequired: true };
  acm?: { provider: { name: string; role: 'host' | 'registrar' | 'cdn'; email: string | null; establishment: string | null }; obligations: { article: string; finding: string }[] };
  cdn?: {
    provider: string;
    reports: { hostname: string; reportType: 'abuse_ncsei'; fallbackReportType: 'abuse_general'; urls: string[]; name: string; email: string; company: string; hostNotification: 'send'; ownerNotification: 'send'; subjectRepresentation: false; comments: string; justification: string }[];
    hostDisclosureRequest: string;
  };
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
  legalGrounds: LegalGround[];
  dsaTransparency: { category: string; keyword: string }[];
  domains: PacketDomain[];
  chronology: ChronologyEntry[];
  recipientSpecific: RecipientSpecific;
  xarf: Record<string, unknown>[];
  verification: string;
  warnings: string[];
}
