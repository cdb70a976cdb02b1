import { ACM } from './acm.js';
import { AP } from './ap.js';
import { APPSTORE } from './appstore.js';
import { CDN } from './cdn.js';
import { REGISTRANT } from './chain-links.js';
import { HOST } from './host.js';
import { MESSAGING } from './messaging.js';
import { PAYMENT } from './payment.js';
import { POLICE } from './police.js';
import { REGISTRAR } from './registrar.js';
import type { RecipientKind } from './recipient-kind.js';
import { SEARCH_ENGINE } from './search-engine.js';
import { SIDN } from './sidn.js';
import { SIGNIN } from './signin.js';
import { SITE } from './site.js';

/** Every recipient kind: the takedown chain in order, then the other levers, then the authorities. Adding a kind: its module, its templates, one line here. */
export const RECIPIENT_KINDS: readonly RecipientKind[] = [SITE, REGISTRANT, HOST, CDN, REGISTRAR, SIDN, ACM, PAYMENT, SIGNIN, APPSTORE, MESSAGING, SEARCH_ENGINE, AP, POLICE];

const byId = new Map(RECIPIENT_KINDS.map((k) => [k.id, k]));

export const recipientKind = (id: string): RecipientKind | undefined => byId.get(id);

/** The kinds `dijkwacht refer --to` writes packets for. */
export const referrableKinds = (): RecipientKind[] => RECIPIENT_KINDS.filter((k) => k.refers);

/** Their ids, for help texts and validation. */
export const referrableTypes = (): string[] => referrableKinds().map((k) => k.id);

/** The default silence thresholds as TYPE=DAYS entries, the form of the noticeSilenceDays option. */
export const defaultSilenceEntries = (): string[] => RECIPIENT_KINDS.map((k) => `${k.id}=${k.silenceDays}`);
