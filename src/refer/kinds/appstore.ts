import type { Catalog } from '../../catalog/index.js';
import { longDate } from '../../core/time.js';
import { esc } from '../html-parts.js';
import type { Lang } from '../legal.js';
import type { ReferralPacket } from '../packet-types.js';
import type { BundleStore } from '../../store/index.js';
import {
  chooseProvider,
  developerOnListing,
  HOSTING_GROUND,
  intakeNote,
  item,
  listingOf,
  listingUrl,
  platformDomains,
  platformRecipientFor,
  providerData,
  type ProviderTerms,
  providerTerms,
  type Sighting,
  sightingHtml,
  sightingsIn,
  type StoreId,
  termsHtml,
  urlLine,
} from './app-identifiers.js';
import type { RecipientKind, SpecificContext, SpecificPart } from './recipient-kind.js';
import { fillTemplate, kindTemplate } from './templates.js';

/** A store listing page captured as evidence (the store's page, or a copy of it), with the developer it names. */
export interface CapturedListing {
  url: string;
  bundleId: string;
  capturedAt: string;
  status: string;
  /** The developer the listing names, as it names it; null when the page names none. */
  developer: string | null;
}

/** packet.json recipientSpecific.appstore: every app of the packet's services in this store, where it is linked, and the store's own rule. */
export interface AppStoreSpecific {
  store: StoreId;
  apps: { appId: string; listingUrl: string; linkedFrom: Sighting[]; listing: CapturedListing | null }[];
  intake: ProviderTerms['intake'];
  policy: ProviderTerms['policy'];
}

declare module '../packet-types.js' {
  interface RecipientSpecific {
    appstore?: AppStoreSpecific;
  }
}

const KIND = 'appstore';
const WHAT: Record<StoreId, string> = { 'google-play': 'Google Play app', 'apple-app-store': 'App Store app' };

const LABELS: Record<Lang, { apps: string; appId: string; listing: string; linkedFrom: string; captured: string; developer: string; bundle: string; policy: string; intake: string; checked: string; none: string }> = {
  en: { apps: 'Apps in your store', appId: 'app id', listing: 'listing', linkedFrom: 'linked from', captured: 'capture of the listing', developer: 'developer (as the listing names it)', bundle: 'bundle', policy: 'Your own policy', intake: 'intake route', checked: 'checked on', none: 'none' },
  nl: { apps: 'Apps in uw appwinkel', appId: 'app-id', listing: 'vermelding', linkedFrom: 'gelinkt vanaf', captured: 'vastlegging van de vermelding', developer: 'ontwikkelaar (zoals de vermelding die noemt)', bundle: 'bundel', policy: 'Uw eigen beleid', intake: 'meldroute', checked: 'gecontroleerd op', none: 'geen' },
};

/** The newest capture of this app's listing page, with the developer its page names. */
async function capturedListing(catalog: Catalog, store: BundleStore, storeId: StoreId, appId: string): Promise<CapturedListing | null> {
  const like = storeId === 'google-play' ? `%/store/apps/details?%${appId}%` : `%/id${appId}%`;
  const rows = catalog.db.prepare('SELECT bundle_id AS bundleId, url, at, status FROM captures WHERE url LIKE ? ORDER BY at DESC').all(like) as { bundleId: string; url: string; at: string; status: string }[];
  const hit = rows.find((r) => {
    const l = listingOf(r.url);
    return l?.store === storeId && l.appId === appId;
  });
  if (!hit) return null;
  const dom = await store.read(hit.bundleId, 'artifacts/dom.html').then((b) => b.toString('utf8'), () => '');
  return { url: hit.url, bundleId: hit.bundleId, capturedAt: hit.at, status: hit.status, developer: developerOnListing(dom) };
}

async function appstoreSpecific(ctx: SpecificContext): Promise<SpecificPart> {
  const { req, packet, warnings } = ctx;
  const storeId = chooseProvider(KIND, req.catalog, req, packet.domains[0]!.domain) as StoreId;
  const entry = providerData(KIND)[storeId]!;
  const sightings = await sightingsIn(ctx, entry.identifierKind, (v) => `The ${WHAT[storeId]} ${v}`);
  const apps: AppStoreSpecific['apps'] = [];
  for (const [appId, linkedFrom] of sightings) {
    const listing = await capturedListing(req.catalog, req.store, storeId, appId);
    if (!listing) warnings.push(`The listing of ${appId} (${listingUrl(storeId, appId)}) is not captured: capturing it ("dijkwacht capture ${listingUrl(storeId, appId)}") adds the developer's name and shows the store the listing as it was.`);
    apps.push({ appId, listingUrl: listingUrl(storeId, appId), linkedFrom, listing });
  }
  if (apps.length === 0) warnings.push(`No ${WHAT[storeId]} of this packet is shown by its evidence: the packet names none. Capture the pages that link the apps and build it again.`);
  const terms = providerTerms(entry);
  warnings.push(intakeNote(entry.name, terms));
  return { appstore: { store: storeId, apps, intake: terms.intake, policy: terms.policy } };
}

function appstoreHtml(p: ReferralPacket): string {
  const s = p.recipientSpecific.appstore;
  if (!s) return '';
  const L = LABELS[p.language];
  const t = kindTemplate(KIND, p.language);
  const apps = s.apps
    .map((a) => {
      const listing = a.listing ? `${urlLine(a.listing.url)}<br>${esc(longDate(a.listing.capturedAt, p.language))}, ${esc(L.bundle)} <span class="mono">${esc(a.listing.bundleId)}</span>` : `<i>${esc(L.none)}</i>`;
      return `<h3>${esc(a.appId)}</h3><ul>${item(L.listing, urlLine(a.listingUrl))}${item(L.linkedFrom, a.linkedFrom.map((x) => sightingHtml(x, L.bundle)).join('<br>'))}${item(L.captured, listing)}${a.listing?.developer ? item(L.developer, esc(a.listing.developer)) : ''}</ul>`;
    })
    .join('');
  const terms: ProviderTerms = { intake: s.intake, policy: s.policy };
  return `<h2>${esc(L.apps)}</h2><p>${esc(fillTemplate(t.appsIntro!, { store: p.recipient.name }))}</p>${apps}${termsHtml(terms, L.policy, fillTemplate(t.policyIntro!, { store: p.recipient.name }), L, longDate(`${s.intake.checked}T12:00:00Z`, p.language, { dateOnly: true }))}`;
}

export const APPSTORE: RecipientKind = {
  id: KIND,
  who: 'an app store that lists the service’s app (Google Play, Apple App Store)',
  foundFrom: 'the store links on the service’s pages (Google Play package names, App Store ids) and data/recipients/appstore.json',
  refers: true,
  defaultLang: 'en',
  silenceDays: 14,
  escalation: () => ['acm'],
  legalGrounds: ['the store’s developer policy', 'Art. 16 DSA', 'Art. 139h Sr'],
  groundIds: () => ['nl-sr-139h', 'dsa-16', 'dsa-hosting'],
  grounds: HOSTING_GROUND,
  templateKeys: ['appsIntro', 'policyIntro'],
  takes: ['provider'],
  recipientFor: (f, opts) => platformRecipientFor(KIND, WHAT, f, opts),
  domainsFor: async (opts) => platformDomains(KIND, WHAT, opts, 'an app in a store'),
  specific: appstoreSpecific,
  specificHtml: appstoreHtml,
};
