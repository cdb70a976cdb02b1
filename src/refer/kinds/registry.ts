import { ACM } from './acm.js';
import { CDN } from './cdn.js';
import { REGISTRANT, SITE } from './chain-links.js';
import { HOST } from './host.js';
import { REGISTRAR } from './registrar.js';
import type { RecipientKind } from './recipient-kind.js';
import { SIDN } from './sidn.js';

/** Every recipient kind, in the order of the takedown chain. Adding a kind: its module, its templates, one line here. */
export const RECIPIENT_KINDS: readonly RecipientKind[] = [SITE, REGISTRANT, HOST, CDN, REGISTRAR, SIDN, ACM];

const byId = new Map(RECIPIENT_KINDS.map((k) => [k.id, k]));

export const recipientKind = (id: string): RecipientKind | undefined => byId.get(id);

/** The kinds `dijkwacht refer --to` writes packets for. */
export const referrableKinds = (): RecipientKind[] => RECIPIENT_KINDS.filter((k) => k.refers);

/** The default silence thresholds as TYPE=DAYS entries, the form of the noticeSilenceDays option. */
export const defaultSilenceEntries = (): string[] => RECIPIENT_KINDS.map((k) => `${k.id}=${k.silenceDays}`);
