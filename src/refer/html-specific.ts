import type { ReferralPacket } from './packet-types.js';
import { recipientKind } from './kinds/registry.js';

/** The part of the dossier that only one recipient kind gets (the chain for SIDN, the provider for ACM, the API bodies for a CDN): its module writes it. */
export function specificSection(p: ReferralPacket): string {
  return recipientKind(p.recipient.type)?.specificHtml?.(p) ?? '';
}
