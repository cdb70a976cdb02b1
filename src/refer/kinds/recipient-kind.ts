import type { Lang } from '../legal.js';

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
  /** True when `dijkwacht refer --to <id>` writes packets for it; false for links recorded by hand (the site, the registrant). */
  readonly refers: boolean;
  /** The language its packets get when --lang is not given. */
  readonly defaultLang: Lang;
  /** Days without acknowledgement or decision after which a notice to it counts as silence (the noticeSilenceDays option overrides). */
  readonly silenceDays: number;
  /** Where the chain goes when it stays silent or refuses; `nl` says the domain is a .nl name. */
  escalation(nl: boolean): string[];
  /** The legal grounds its packet cites (short references; the packet's legal section spells them out). */
  readonly legalGrounds: readonly string[];
  /** The template keys its packet texts need, beyond the keys every kind has (./templates.ts). */
  readonly templateKeys: readonly string[];
}
