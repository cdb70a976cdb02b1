import type { Catalog, listNotices } from '../../catalog/index.js';
import type { DomainFacts } from '../domain-facts.js';
import type { Lang } from '../legal.js';
import type { PacketRequest } from '../packet.js';
import type { Recipient, RecipientSpecific, ReferralPacket } from '../packet-types.js';
import type { PacketTexts } from '../texts.js';

/** A legal anchor a kind cites, written out in every packet language (DESIGN.md "Legal anchors"). */
export interface GroundText {
  citation: Record<Lang, string>;
  summary: Record<Lang, string>;
}

/** What the sender told `refer` beyond the domains: an address, a provider or engine for kinds that take one. */
export interface RecipientOptions {
  catalog: Catalog;
  /** An address the sender found another way (--address). */
  address?: string | null;
  /** --provider: for acm the intermediary's role; for payment, sign-in, app-store and messaging kinds the provider's name. */
  provider?: string | null;
  /** --engine: for search-engine referrals. */
  engine?: string | null;
}

/** A kind's part of packet.json's recipientSpecific. */
export type SpecificPart = Partial<RecipientSpecific>;

/** What a kind's `specific` sees: the request, the packet built so far, the facts and notices of its domains. */
export interface SpecificContext {
  req: PacketRequest;
  packet: Omit<ReferralPacket, 'recipientSpecific'>;
  facts: DomainFacts[];
  notices: ReturnType<typeof listNotices>;
  /** Notes for the sender (console and checklist.md), never inside the packet. */
  warnings: string[];
  texts: PacketTexts;
}

/**
 * One kind of party a notice goes to. Everything that differs per kind lives in its module and its
 * template files (templates/recipients/<id>.<lang>.json); catalog, notices, CLI and schema read
 * the registry (./registry.ts) instead of listing the kinds themselves.
 */
export interface RecipientKind {
  /** The id used on the command line, in the catalog and in packet.json. */
  readonly id: string;
  /** Who it is, in one line (for help texts). */
  readonly who: string;
  /** How the tool finds it (from which facts). */
  readonly foundFrom: string;
  /** True when `dijkwacht refer --to <id>` writes packets for it; false for links recorded by hand (the registrant). */
  readonly refers: boolean;
  /** The language its packets get when --lang is not given. */
  readonly defaultLang: Lang;
  /** Days without acknowledgement or decision after which a notice to it counts as silence (the noticeSilenceDays option overrides). */
  readonly silenceDays: number;
  /** Where the chain goes when it stays silent or refuses; `nl` says the domain is a .nl name. */
  escalation(nl: boolean): string[];
  /** The legal grounds its packet cites (short references, for help texts; the packet spells them out from groundIds). */
  readonly legalGrounds: readonly string[];
  /** The ids of the legal anchors its packet cites, in order (src/refer/legal.ts or this kind's own `grounds`). */
  groundIds(options: { gtld: boolean }): string[];
  /** Legal anchors only this kind cites, by id (merged with the shared ones in legal.ts). */
  readonly grounds?: Readonly<Record<string, GroundText>>;
  /** The template keys its packet texts need, beyond the keys every kind has (./templates.ts). */
  readonly templateKeys: readonly string[];
  /** `--provider` is this kind's (names a provider rather than an acm role); `--engine` likewise. */
  readonly takes?: readonly ('provider' | 'engine')[];
  /**
   * Who of this kind is responsible for a domain. Where the facts do not say, a UsageError names
   * what is missing and the command or flag that supplies it: a packet never goes to a guessed address.
   */
  recipientFor(f: DomainFacts, options: RecipientOptions): Recipient | Promise<Recipient>;
  /** The domains a packet covers when the sender named none (e.g. every service holding this provider's identifiers). */
  domainsFor?(options: RecipientOptions): Promise<string[]>;
  /** This kind's part of packet.json (recipientSpecific), from the packet built so far. */
  specific?(ctx: SpecificContext): SpecificPart | Promise<SpecificPart>;
  /** This kind's sections of the PDF and e-mail dossier (self-contained HTML, escaped). */
  specificHtml?(p: ReferralPacket): string;
}
