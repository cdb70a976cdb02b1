import type { Catalog } from '../../catalog/index.js';
import { longDate } from '../../core/time.js';
import { esc } from '../html-parts.js';
import type { Lang } from '../legal.js';
import type { PacketRequest } from '../packet.js';
import type { ReferralPacket } from '../packet-types.js';
import {
  chooseProvider,
  HOSTING_GROUND,
  intakeNote,
  item,
  platformDomains,
  platformRecipientFor,
  providerData,
  type ProviderTerms,
  providerTerms,
  samePage,
  type Sighting,
  sightingHtml,
  sightingsIn,
  termsHtml,
  urlLine,
} from './app-identifiers.js';
import type { RecipientKind, SpecificContext, SpecificPart } from './recipient-kind.js';
import { telegramPreviewUrl } from './telegram-preview.js';
import { fillTemplate, kindTemplate } from './templates.js';

export type PlatformId = 'telegram' | 'discord';

/** The public web preview of a Telegram channel, captured on request (capture --telegram-preview). */
export interface CapturedPreview {
  url: string;
  bundleId: string;
  capturedAt: string;
  status: string;
}

/** packet.json recipientSpecific.messaging: every handle of the packet's services on this platform, where it is seen, and the platform's own rule. */
export interface MessagingSpecific {
  platform: PlatformId;
  handles: { handle: string; url: string; seenOn: Sighting[]; preview: CapturedPreview | null }[];
  intake: ProviderTerms['intake'];
  policy: ProviderTerms['policy'];
}

declare module '../packet-types.js' {
  interface RecipientSpecific {
    messaging?: MessagingSpecific;
  }
}

const KIND = 'messaging';
const WHAT: Record<PlatformId, string> = { telegram: 'Telegram handle', discord: 'Discord invite' };

const LABELS: Record<Lang, { handles: string; address: string; seenOn: string; preview: string; bundle: string; policy: string; intake: string; checked: string; none: string }> = {
  en: { handles: 'Accounts on your platform', address: 'public address', seenOn: 'linked from', preview: 'capture of the public preview', bundle: 'bundle', policy: 'Your own rules', intake: 'intake route', checked: 'checked on', none: 'none' },
  nl: { handles: 'Accounts op uw platform', address: 'openbaar adres', seenOn: 'gelinkt vanaf', preview: 'vastlegging van de openbare weergave', bundle: 'bundel', policy: 'Uw eigen regels', intake: 'meldroute', checked: 'gecontroleerd op', none: 'geen' },
};

/** The preview URL template the request was built with (the telegramPreviewUrl option). */
const previewTemplate = (req: PacketRequest): string => req.options.telegramPreviewUrl;

/** The preview URL of a handle, or null when the handle has no public preview (not a public username). */
function previewUrlOf(req: PacketRequest, handle: string): string | null {
  try {
    return telegramPreviewUrl(previewTemplate(req), handle);
  } catch {
    return null;
  }
}

/** The newest capture of a handle's public preview page, if one was made. */
function capturedPreview(catalog: Catalog, url: string): CapturedPreview | null {
  const rows = catalog.db.prepare('SELECT bundle_id AS bundleId, url, at, status FROM captures WHERE url = ? OR url = ? ORDER BY at DESC').all(url, url.replace(/\/$/, '')) as (CapturedPreview & { at: string })[];
  const hit = rows.find((r) => samePage(r.url, url));
  return hit ? { url: hit.url, bundleId: hit.bundleId, capturedAt: hit.at, status: hit.status } : null;
}

async function messagingSpecific(ctx: SpecificContext): Promise<SpecificPart> {
  const { req, packet, warnings } = ctx;
  const platform = chooseProvider(KIND, req.catalog, req, packet.domains[0]!.domain) as PlatformId;
  const entry = providerData(KIND)[platform]!;
  const sightings = await sightingsIn(ctx, entry.identifierKind, (v) => `The ${WHAT[platform]} ${v}`);
  const handles: MessagingSpecific['handles'] = [];
  for (const [handle, seenOn] of sightings) {
    let preview: CapturedPreview | null = null;
    if (platform === 'telegram') {
      const url = previewUrlOf(req, handle);
      preview = url ? capturedPreview(req.catalog, url) : null;
      if (!preview) warnings.push(`The public preview of @${handle} is not captured; if it is a public channel, "dijkwacht capture --telegram-preview ${handle}" records what it shows (observation only: it joins nothing and messages no one).`);
    }
    handles.push({ handle, url: fillTemplate(entry.handleUrl ?? '{handle}', { handle }), seenOn, preview });
  }
  if (handles.length === 0) warnings.push(`No ${WHAT[platform]} of this packet is shown by its evidence: the packet names none. Capture the pages that link them and build it again.`);
  const terms = providerTerms(entry);
  warnings.push(intakeNote(entry.name, terms));
  return { messaging: { platform, handles, intake: terms.intake, policy: terms.policy } };
}

function messagingHtml(p: ReferralPacket): string {
  const s = p.recipientSpecific.messaging;
  if (!s) return '';
  const L = LABELS[p.language];
  const t = kindTemplate(KIND, p.language);
  const handles = s.handles
    .map((h) => {
      const preview = h.preview ? `${urlLine(h.preview.url)}<br>${esc(longDate(h.preview.capturedAt, p.language))}, ${esc(L.bundle)} <span class="mono">${esc(h.preview.bundleId)}</span>` : `<i>${esc(L.none)}</i>`;
      return `<h3>${esc(s.platform === 'telegram' ? `@${h.handle}` : h.handle)}</h3><ul>${item(L.address, urlLine(h.url))}${item(L.seenOn, h.seenOn.map((x) => sightingHtml(x, L.bundle)).join('<br>'))}${s.platform === 'telegram' ? item(L.preview, preview) : ''}</ul>`;
    })
    .join('');
  const terms: ProviderTerms = { intake: s.intake, policy: s.policy };
  return `<h2>${esc(L.handles)}</h2><p>${esc(fillTemplate(t.handlesIntro!, { platform: p.recipient.name }))}</p>${handles}${termsHtml(terms, L.policy, fillTemplate(t.policyIntro!, { platform: p.recipient.name }), L, longDate(`${s.intake.checked}T12:00:00Z`, p.language, { dateOnly: true }))}`;
}

export const MESSAGING: RecipientKind = {
  id: KIND,
  who: 'a messaging platform that carries the service’s bots, channels or invite-linked servers (Telegram, Discord)',
  foundFrom: 'the t.me and Discord invite links on the service’s pages, and data/recipients/messaging.json',
  refers: true,
  defaultLang: 'en',
  silenceDays: 14,
  escalation: () => ['acm'],
  legalGrounds: ['the platform’s own rules', 'Art. 16 DSA (hosting service)', 'Art. 139h Sr'],
  groundIds: () => ['nl-sr-139h', 'dsa-16', 'dsa-hosting'],
  grounds: HOSTING_GROUND,
  templateKeys: ['handlesIntro', 'policyIntro'],
  takes: ['provider'],
  recipientFor: (f, opts) => platformRecipientFor(KIND, WHAT, f, opts),
  domainsFor: async (opts) => platformDomains(KIND, WHAT, opts, 'a Telegram handle or Discord invite'),
  specific: messagingSpecific,
  specificHtml: messagingHtml,
};
