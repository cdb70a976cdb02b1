import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { capturesOf, type Catalog, type CaptureRow } from '../../catalog/index.js';
import { describeError, SetupError, UsageError } from '../../core/errors.js';
import { projectRoot } from '../../core/version.js';
import { listingOf, type StoreId } from '../../core/app-listing.js';
import type { DomainFacts } from '../domain-facts.js';
import type { Recipient } from '../packet-types.js';
import type { BundleStore } from '../../store/index.js';
import { esc, urlHtml } from '../html-parts.js';
import type { RecipientOptions, SpecificContext } from './recipient-kind.js';

/**
 * What the app-store and messaging kinds share: the providers' public intake routes and policy
 * clauses (data/recipients/<kind>.json), the identifiers the catalog holds for a provider (app ids,
 * Telegram handles, Discord invites) with the page each was seen on and the capture of that page,
 * and the parsing of store listing URLs.
 */

/** One provider as data/recipients/<kind>.json describes it; every route and clause carries the public page it is from. */
export interface ProviderEntry {
  name: string;
  /** The identifier kind (src/classify/identifiers.ts) that points at this provider. */
  identifierKind: string;
  /** The public address of one handle ({handle} is replaced); messaging providers only. */
  handleUrl?: string;
  intake: { email: { address: string; source: string } | null; web: { url: string; source: string } | null };
  policy: { title: string; clause: string; source: string };
  checked: string;
}

/** The intake and policy as a packet states them (packet.json). */
export interface ProviderTerms {
  intake: { email: string | null; web: string | null; sources: string[]; checked: string };
  policy: { title: string; clause: string; url: string };
}

const cache = new Map<string, Record<string, ProviderEntry>>();
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

function checkEntry(file: string, id: string, e: Partial<ProviderEntry>): ProviderEntry {
  const bad = (what: string): never => {
    throw new SetupError(`${file}: provider "${id}" has no valid ${what}; fix the file (every route and clause needs its public source).`);
  };
  if (!isText(e.name)) bad('name');
  if (!isText(e.identifierKind)) bad('identifierKind');
  if (!e.intake || !('email' in e.intake) || !('web' in e.intake)) bad('intake (email and web, each null or with its source)');
  const { email, web } = e.intake!;
  if (email && (!isText(email.address) || !isText(email.source))) bad('intake.email (address and source)');
  if (web && (!isText(web.url) || !isText(web.source))) bad('intake.web (url and source)');
  if (!e.policy || !isText(e.policy.title) || !isText(e.policy.clause) || !isText(e.policy.source)) bad('policy (title, clause and source)');
  if (!isText(e.checked) || !/^\d{4}-\d{2}-\d{2}$/.test(e.checked)) bad('checked date (YYYY-MM-DD)');
  return e as ProviderEntry;
}

/** The providers of one kind, read once from data/recipients/<kind>.json and checked field by field. */
export function providerData(kind: string): Record<string, ProviderEntry> {
  const hit = cache.get(kind);
  if (hit) return hit;
  const file = resolve(projectRoot, 'data', 'recipients', `${kind}.json`);
  let parsed: { providers?: Record<string, Partial<ProviderEntry>> };
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as typeof parsed;
  } catch (error) {
    throw new SetupError(`The provider data ${file} could not be read (${describeError(error)}): restore it from the repository.`, { cause: error });
  }
  const out: Record<string, ProviderEntry> = {};
  for (const [id, e] of Object.entries(parsed.providers ?? {})) out[id] = checkEntry(file, id, e);
  cache.set(kind, out);
  return out;
}

/** The packet's statement of the provider's intake and policy. */
export const providerTerms = (e: ProviderEntry): ProviderTerms => ({
  intake: { email: e.intake.email?.address ?? null, web: e.intake.web?.url ?? null, sources: [...new Set([e.intake.email?.source, e.intake.web?.source].filter(isText))], checked: e.checked },
  policy: { title: e.policy.title, clause: e.policy.clause, url: e.policy.source },
});

/**
 * The recipient for a provider: its verified intake, or the address the sender passed. A provider
 * with neither is refused: a packet never goes to a guessed address.
 */
export function providerRecipient(kind: string, id: string, e: ProviderEntry, address: string | null | undefined): Recipient {
  const email = address ?? e.intake.email?.address ?? null;
  const web = e.intake.web?.url ?? null;
  if (!email && !web) {
    throw new UsageError(`No verified intake route of ${e.name} is recorded in data/recipients/${kind}.json: find its report route on its own public policy pages and add it there with the page as its source, or pass --address with an address ${e.name} publishes.`);
  }
  return { type: kind, name: e.name, email, web };
}

/** An identifier as the catalog holds it: which domain, on which page, since when. */
export interface SeenIdentifier {
  domain: string;
  kind: string;
  value: string;
  pageUrl: string;
  firstSeen: string;
}

/** The identifiers of one kind, of one domain or of every domain. */
export function identifiersOf(catalog: Catalog, kind: string, domain?: string): SeenIdentifier[] {
  // Store listing pages carry their own app's id: they are the listing, never a page that links it.
  const sql = `SELECT domain, kind, value, page_url AS pageUrl, first_seen AS firstSeen FROM identifiers WHERE kind = ?${domain ? ' AND domain = ?' : ''} ORDER BY domain, value`;
  return (catalog.db.prepare(sql).all(...(domain ? [kind, domain] : [kind])) as SeenIdentifier[]).filter((i) => !listingOf(i.pageUrl));
}

/** A URL compared as a page: without its fragment, with the path "/" where there is none. */
export function samePage(a: string, b: string): boolean {
  const norm = (u: string): string => {
    try {
      const x = new URL(u);
      x.hash = '';
      return x.href;
    } catch {
      return u;
    }
  };
  return norm(a) === norm(b);
}

/** The captures of the page an identifier was seen on: the bundles that can show it. */
export const capturesOfPage = (catalog: Catalog, id: SeenIdentifier): CaptureRow[] => capturesOf(catalog, id.domain).filter((c) => samePage(c.url, id.pageUrl));

/** True when the captured page (its DOM snapshot) contains the identifier; false when it does not or cannot be read. */
export async function bundleShows(store: BundleStore, bundleId: string, value: string): Promise<boolean> {
  try {
    return (await store.read(bundleId, 'artifacts/dom.html')).toString('utf8').includes(value);
  } catch {
    return false;
  }
}

/**
 * The provider a packet goes to: --provider, else the only provider of the kind whose identifiers
 * the domain holds (how a packet is checked again before sending, when no provider is passed).
 */
export function chooseProvider(kind: string, catalog: Catalog, opts: RecipientOptions, domain: string): string {
  const providers = providerData(kind);
  const names = Object.keys(providers);
  if (opts.provider) {
    if (!providers[opts.provider]) throw new UsageError(`Unknown ${kind} provider "${opts.provider}": use --provider ${names.join('|')}.`);
    return opts.provider;
  }
  const held = names.filter((n) => identifiersOf(catalog, providers[n]!.identifierKind, domain).length > 0);
  if (held.length === 1) return held[0]!;
  throw new UsageError(`Name the provider the ${kind} packet goes to: --provider ${names.join('|')}.`);
}

const SERVICE_LABELS = new Set(['nudify', 'deepfake']);

/**
 * The crawled service domains (labelled nudify or deepfake) that hold an identifier of this kind,
 * for `refer` without --domain. Directories that list other services' apps and bots, and pages
 * that are themselves store listings, are not among them.
 */
export function domainsHolding(catalog: Catalog, identifierKind: string): string[] {
  const domains = identifiersOf(catalog, identifierKind).map((i) => i.domain);
  return [...new Set(domains)].filter((d) => SERVICE_LABELS.has(catalog.site(d)?.label ?? ''));
}

/** A packet to a provider reports the services themselves: a domain with another label is refused with the reason. */
export function requireService(domain: string, label: string): void {
  if (!SERVICE_LABELS.has(label)) throw new UsageError(`${domain} is labelled "${label}", not a service: a packet to a store or platform reports the services that use it. If it is one, record that with "dijkwacht review override ${domain} --label nudify --reviewer NAME".`);
}

export { listingOf, type StoreId } from '../../core/app-listing.js';

/** The public listing URL of an app in its store. */
export const listingUrl = (store: StoreId, appId: string): string =>
  store === 'google-play' ? `https://play.google.com/store/apps/details?id=${appId}` : `https://apps.apple.com/app/id${appId}`;

export { developerOnListing } from '../entity-sources.js';

/** Where an identifier was seen: the service domain, the page, since when, and the bundles of that page that show it. */
export interface Sighting {
  domain: string;
  pageUrl: string;
  firstSeen: string;
  bundleIds: string[];
}

/**
 * The identifiers of one kind on the packet's domains, each with the bundles in this packet that
 * capture the page it was seen on and show it. One the evidence does not show is left out, with a
 * note for the sender naming the capture that supplies it.
 */
export async function sightingsIn(ctx: SpecificContext, identifierKind: string, what: (value: string) => string): Promise<Map<string, Sighting[]>> {
  const { req, packet, warnings } = ctx;
  const out = new Map<string, Sighting[]>();
  for (const d of packet.domains) {
    const inPacket = new Set(d.evidence.map((e) => e.bundleId));
    for (const id of identifiersOf(req.catalog, identifierKind, d.domain)) {
      const bundleIds: string[] = [];
      for (const c of capturesOfPage(req.catalog, id)) {
        if (inPacket.has(c.bundleId) && (await bundleShows(req.store, c.bundleId, id.value))) bundleIds.push(c.bundleId);
      }
      if (bundleIds.length === 0) {
        warnings.push(`${what(id.value)} was seen on ${id.pageUrl}, but no capture in this packet shows it, so it is left out: capture the page again ("dijkwacht capture ${id.pageUrl}") and build the packet again.`);
        continue;
      }
      const list = out.get(id.value) ?? out.set(id.value, []).get(id.value)!;
      list.push({ domain: d.domain, pageUrl: id.pageUrl, firstSeen: id.firstSeen, bundleIds });
    }
  }
  return out;
}

/**
 * The identifier of this kind on the domain that a capture of its page can show: the test a
 * domain passes before it goes into a packet (no identifier, or none on a captured page, is a
 * clear refusal naming the command that supplies it).
 */
export function evidencedIdentifiers(catalog: Catalog, domain: string, identifierKind: string, what: string): SeenIdentifier[] {
  const ids = identifiersOf(catalog, identifierKind, domain);
  if (ids.length === 0) throw new UsageError(`${domain} holds no ${what} in the catalog: crawl its pages ("dijkwacht crawl --seed https://${domain}/") or capture the page that links it; identifiers are read from crawled and captured pages.`);
  const captured = ids.filter((id) => capturesOfPage(catalog, id).length > 0);
  if (captured.length === 0) {
    const first = ids[0]!;
    throw new UsageError(`The ${what} ${first.value} of ${domain} was seen on ${first.pageUrl}, and that page has no evidence capture: run "dijkwacht capture ${first.pageUrl}".`);
  }
  return captured;
}

/**
 * A URL on a line of its own that is never broken inside: a reader copies it whole. Only a URL too
 * long for the page's width may wrap (anywhere, as the packet's other long URLs do).
 */
export const urlLine = (u: string): string => (u.length <= 96 ? `<span class="mono">${esc(u)}</span>` : urlHtml(u));

/** A labelled item of a list, its value on the next line (full width, so URLs and ids stay whole). */
export const item = (label: string, value: string): string => `<li>${esc(label)}:<br>${value}</li>`;

/** Where a sighting is: the page and the bundles that show it. */
export const sightingHtml = (s: Sighting, bundleWord: string): string => `${esc(s.domain)}: ${urlLine(s.pageUrl)}<br>${esc(bundleWord)} ${s.bundleIds.map((b) => `<span class="mono">${esc(b)}</span>`).join(', ')}`;

/**
 * The provider's own rule, with the page it is on, and the intake route the packet uses. Where the
 * route is published stays in packet.json and the sender's notes: the recipient knows its own intake.
 */
export function termsHtml(terms: ProviderTerms, heading: string, intro: string, L: { intake: string; checked: string }, checked: string): string {
  const intake = [terms.intake.email ? `<span class="addr">${esc(terms.intake.email)}</span>` : '', terms.intake.web ? urlLine(terms.intake.web) : ''].filter(Boolean).join('<br>');
  return `<h2>${esc(heading)}</h2><p>${esc(intro)}</p><blockquote>“${esc(terms.policy.clause)}”</blockquote><ul>${item(terms.policy.title, urlLine(terms.policy.url))}${item(L.intake, intake)}${item(L.checked, esc(checked))}</ul>`;
}

/** The sender's note on the route a packet uses: where it is published and when that was checked. */
export const intakeNote = (name: string, terms: ProviderTerms): string =>
  `${name}'s intake route (${[terms.intake.email, terms.intake.web].filter(Boolean).join(', ')}) is taken from ${terms.intake.sources.join(' and ')}, checked on ${terms.intake.checked}: if that is long ago, check the page before sending.`;

/** The DSA's hosting definition and liability condition, as app-store and messaging packets cite them. */
export const HOSTING_GROUND = {
  'dsa-hosting': {
    citation: { en: 'Digital Services Act, Art. 3(g)(iii) and Art. 6(1)', nl: 'Digital Services Act, art. 3 onder g sub iii en art. 6 lid 1' },
    summary: {
      en: 'Storing information provided by, and at the request of, a recipient of the service is a hosting service (Art. 3(g)(iii)): an app store for the apps and listings its developers publish, a messaging platform for public channels, groups and bots. A hosting provider that obtains actual knowledge of illegal content, for instance through a notice under Art. 16 (Art. 16(3)), keeps its exemption from liability only if it acts expeditiously to remove that content or to disable access to it (Art. 6(1)(b)).',
      nl: 'Het opslaan van informatie die door en op verzoek van een afnemer van de dienst wordt verstrekt, is een hostingdienst (art. 3 onder g sub iii): een appwinkel voor de apps en vermeldingen die ontwikkelaars er publiceren, een berichtenplatform voor openbare kanalen, groepen en bots. Een aanbieder van hostingdiensten die daadwerkelijk kennis krijgt van illegale inhoud, bijvoorbeeld door een melding op grond van art. 16 (art. 16 lid 3), blijft alleen vrij van aansprakelijkheid als hij prompt handelt om die inhoud te verwijderen of de toegang ertoe onmogelijk te maken (art. 6 lid 1 onder b).',
    },
  },
} as const;

/**
 * The recipient of a store or platform packet for one domain: the provider asked for (or the only one
 * the domain uses), once the domain is a confirmed service whose captured pages show that provider's ids.
 */
export function platformRecipientFor(kind: string, what: Record<string, string>, f: DomainFacts, opts: RecipientOptions): Recipient {
  requireService(f.domain, f.site.label);
  const id = chooseProvider(kind, opts.catalog, opts, f.domain);
  const entry = providerData(kind)[id]!;
  evidencedIdentifiers(opts.catalog, f.domain, entry.identifierKind, what[id] ?? id);
  return providerRecipient(kind, id, entry, opts.address);
}

/** The domains a store or platform packet covers when none is named: those holding the provider's ids (any provider's, without --provider). */
export function platformDomains(kind: string, what: Record<string, string>, opts: RecipientOptions, anyWhat: string): string[] {
  const id = opts.provider ? chooseProvider(kind, opts.catalog, opts, '') : null;
  const kinds = id ? [providerData(kind)[id]!.identifierKind] : Object.values(providerData(kind)).map((e) => e.identifierKind);
  const domains = [...new Set(kinds.flatMap((k) => domainsHolding(opts.catalog, k)))];
  if (domains.length === 0) throw new UsageError(`No service in the catalog links ${id ? `a ${what[id] ?? id}` : anyWhat}: crawl the services first ("dijkwacht crawl --seed URL"), or name domains with --domain.`);
  return domains;
}
