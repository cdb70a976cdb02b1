import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { capturesOf, siteListing, type Catalog } from '../../catalog/index.js';
import { describeError, UsageError } from '../../core/errors.js';
import { projectRoot } from '../../core/version.js';
import type { Manifest } from '../../evidence/index.js';
import type { BundleStore } from '../../store/index.js';
import { longDate } from '../../core/time.js';
import { esc, hashHtml, row, urlHtml } from '../html-parts.js';
import type { Lang } from '../legal.js';
import type { Recipient, ReferralPacket } from '../packet-types.js';
import type { SpecificContext } from './recipient-kind.js';

/** The two kinds whose packets go to a provider named by its identifiers on the service's pages. */
export type ProviderKindId = 'payment' | 'signin';

/** One provider as data/recipients/<kind>.json describes it: only what its public pages say, each part with its source. */
export interface ProviderEntry {
  id: string;
  name: string;
  relationship: 'merchant-account' | 'oauth-client';
  /** The identifier kinds (src/classify/identifiers.ts) that point at an account or client with this provider. */
  identifierKinds: string[];
  intake: { email: string | null; web: string | null; source: string | null; checked: string; note?: string };
  acceptableUse: { document: string; clause: Record<Lang, string | null>; source: string; checked: string; note?: string } | null;
}

const SERVICE_LABELS = new Set(['nudify', 'deepfake']);
const cache = new Map<ProviderKindId, Map<string, ProviderEntry>>();

export const providersFile = (kind: ProviderKindId): string => resolve(projectRoot, 'data', 'recipients', `${kind}.json`);

/** The providers of one kind, read once from the repository's data file. */
export function providers(kind: ProviderKindId): Map<string, ProviderEntry> {
  const hit = cache.get(kind);
  if (hit) return hit;
  const raw = JSON.parse(readFileSync(providersFile(kind), 'utf8')) as { providers: Record<string, Omit<ProviderEntry, 'id'>> };
  const out = new Map(Object.entries(raw.providers).map(([id, p]) => [id, { id, ...p }]));
  cache.set(kind, out);
  return out;
}

/** The provider --provider names (case and spacing forgiven); a missing or unknown name is a UsageError listing the known ones. */
export function providerFor(kind: ProviderKindId, name: string | null | undefined): ProviderEntry {
  const known = providers(kind);
  const list = [...known.keys()].join(', ');
  if (!name) throw new UsageError(`Name the ${kind} provider: --provider ${[...known.keys()].join('|')}.`);
  const wanted = name.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const p = known.get(wanted) ?? [...known.values()].find((x) => x.name.toLowerCase().replace(/\s+/g, '-') === wanted);
  if (!p) throw new UsageError(`"${name}" is not a ${kind} provider dijkwacht knows: use ${list}, or add it with its sources to ${providersFile(kind)}.`);
  return p;
}

/** Where the packet goes: the address the sender gave, else the provider's verified route; never a guessed address. */
export function providerRecipient(kind: ProviderKindId, p: ProviderEntry, address: string | null | undefined): Recipient {
  const email = address ?? p.intake.email;
  if (!email && !p.intake.web) {
    throw new UsageError(`No verified intake route of ${p.name} is on file (${providersFile(kind)}): find the route ${p.name} publishes for such reports and pass it with --address EMAIL (and record where you found it).`);
  }
  return { type: kind, name: p.name, email, web: p.intake.web };
}

/** One identifier of the provider on one of the service's pages, as discovery or capture stored it. */
export interface IdentifierSighting {
  domain: string;
  kind: string;
  value: string;
  pageUrl: string;
  firstSeen: string;
}

/** A sighting with the evidence bundle that captured its page. */
export interface IdentifierEvidence extends IdentifierSighting {
  bundle: { bundleId: string; url: string; capturedAt: string; status: string };
}

/** A secret key never enters a packet, whatever a pattern matched (publishable keys and client ids are public by design). */
const SECRET = /^(?:sk|rk)_(?:live|test)_/;

export function sightingsOf(catalog: Catalog, domain: string, kinds: readonly string[]): IdentifierSighting[] {
  if (kinds.length === 0) return [];
  const rows = catalog.db
    .prepare(`SELECT domain, kind, value, page_url AS pageUrl, first_seen AS firstSeen FROM identifiers WHERE domain = ? AND kind IN (${kinds.map(() => '?').join(', ')}) ORDER BY kind, value`)
    .all(domain, ...kinds) as IdentifierSighting[];
  return rows.filter((r) => !SECRET.test(r.value));
}

/** The same page, whatever the scheme, a trailing slash or a fragment. */
const samePage = (a: string, b: string): boolean => {
  const norm = (u: string): string => {
    try {
      const x = new URL(u);
      return `${x.hostname.replace(/^www\./, '')}${x.pathname.replace(/\/+$/, '') || '/'}${x.search}`;
    } catch {
      return u;
    }
  };
  return norm(a) === norm(b);
};

/**
 * The provider's identifiers on a domain, each with the newest bundle of the page it was seen on
 * (`cited`), and those whose page was never captured (`uncaptured`, for the sender's notes). No
 * identifier, or none with a bundle, is a UsageError naming the command that supplies it: a packet
 * cites an identifier only with the evidence that shows it.
 */
export function identifierEvidence(catalog: Catalog, domain: string, p: ProviderEntry): { cited: IdentifierEvidence[]; uncaptured: IdentifierSighting[] } {
  const seen = sightingsOf(catalog, domain, p.identifierKinds);
  if (seen.length === 0) throw new UsageError(`${domain} holds no ${p.name} identifier (${p.identifierKinds.join(', ')}) in the catalog: crawl the page that carries it ("dijkwacht crawl --seed URL") or leave ${domain} out.`);
  const captures = capturesOf(catalog, domain).filter((c) => c.status !== 'FAILED');
  const cited: IdentifierEvidence[] = [];
  const uncaptured: IdentifierSighting[] = [];
  for (const s of seen) {
    const c = captures.filter((x) => samePage(x.url, s.pageUrl)).at(-1);
    if (c) cited.push({ ...s, bundle: { bundleId: c.bundleId, url: c.url, capturedAt: c.at, status: c.status } });
    else uncaptured.push(s);
  }
  const first = uncaptured[0];
  if (cited.length === 0 && first) throw new UsageError(`The ${p.name} identifier ${first.value} of ${domain} was seen on ${first.pageUrl}, which has no evidence capture: run "dijkwacht capture ${first.pageUrl}" (it observes the page without clicking or filling in anything).`);
  return { cited, uncaptured };
}

/**
 * The service domains holding this provider's identifiers: those an analyst confirmed; when none
 * is confirmed, the unconfirmed ones (so that --unconfirmed works and each skip says what to do).
 */
export function providerDomains(catalog: Catalog, kind: ProviderKindId, p: ProviderEntry): string[] {
  const rows = catalog.db
    .prepare(`SELECT DISTINCT domain FROM identifiers WHERE kind IN (${p.identifierKinds.map(() => '?').join(', ')}) ORDER BY domain`)
    .all(...p.identifierKinds) as { domain: string }[];
  const sites = rows.map((r) => siteListing(catalog, r.domain)).filter((s) => s !== null);
  const services = sites.filter((s) => SERVICE_LABELS.has(s.label));
  if (services.length === 0) {
    const others = sites.map((s) => `${s.domain} (${s.label})`).join(', ');
    throw new UsageError(`No service in the catalog holds a ${p.name} identifier (${p.identifierKinds.join(', ')})${others ? `; only ${others}` : ''}: crawl the service's checkout or sign-in page ("dijkwacht crawl --seed URL"), or name domains with --domain.`);
  }
  const confirmed = services.filter((s) => s.labelSource === 'human');
  return (confirmed.length > 0 ? confirmed : services).map((s) => s.domain);
}

/** The artifact of a bundle (DOM snapshot or page source) that contains the identifier, with its manifest hash. */
export async function locateInBundle(store: BundleStore, bundleId: string, value: string): Promise<{ artifact: string; sha256: string } | null> {
  const manifest = JSON.parse((await store.read(bundleId, 'manifest.json')).toString('utf8')) as Manifest;
  for (const role of ['dom', 'html-source']) {
    const entry = manifest.artifacts.find((a) => a.role === role && !a.sealed);
    if (!entry) continue;
    const body = await store.read(bundleId, entry.path);
    if (body.toString('utf8').includes(value)) return { artifact: entry.path, sha256: entry.sha256 };
  }
  return null;
}

/** A payment or sign-in packet's part of packet.json (recipientSpecific.payment / .signin). */
export interface ProviderSpecific {
  provider: { id: string; name: string; relationship: ProviderEntry['relationship'] };
  /** Where the provider's intake route was read, and when. */
  intake: { source: string | null; checked: string };
  /** The provider's own clause, quoted in the packet's language where the provider publishes it in that language. */
  acceptableUse: { document: string; clause: string | null; clauseLanguage: Lang | null; source: string; checked: string } | null;
  identifiers: {
    domain: string;
    kind: string;
    value: string;
    pageUrl: string;
    firstSeen: string;
    evidence: { bundleId: string; url: string; capturedAt: string; status: string; artifact: string | null; artifactSha256: string | null };
  }[];
}

/** The template keys both kinds add (templates/recipients/<kind>.<lang>.json). */
export const PROVIDER_TEMPLATE_KEYS = ['identifiersIntro', 'termsIntro', 'clauseOnlyInEnglish', 'noClause'] as const;

/** Sender notes about one identifier: a Stripe test-mode key cannot take live payments. */
function identifierNotes(e: IdentifierEvidence, p: ProviderEntry): string[] {
  if (e.kind === 'stripe-publishable-key' && e.value.startsWith('pk_test_')) return [`${e.value} on ${e.pageUrl} is a Stripe test-mode key: the account cannot take live payments with it. Check the page again for a live key (pk_live_…) before sending; ${p.name} can still identify the account.`];
  return [];
}

/** The packet part both kinds share: which identifier, on which page, in which bundle and file, and the provider's clause. */
export async function providerSpecific(kind: ProviderKindId, ctx: SpecificContext): Promise<ProviderSpecific> {
  const { req, packet, warnings } = ctx;
  const p = providerFor(kind, req.provider);
  const identifiers: ProviderSpecific['identifiers'] = [];
  for (const d of packet.domains) {
    const { cited, uncaptured } = identifierEvidence(req.catalog, d.domain, p);
    for (const u of uncaptured) warnings.push(`The ${p.name} identifier ${u.value} of ${d.domain} (seen on ${u.pageUrl}) is not in the packet: its page has no capture. Run "dijkwacht capture ${u.pageUrl}" and build the packet again to include it.`);
    for (const e of cited) {
      let found: { artifact: string; sha256: string } | null = null;
      try {
        found = await locateInBundle(req.store, e.bundle.bundleId, e.value);
        if (!found) warnings.push(`${e.value} was seen on ${e.pageUrl} on ${e.firstSeen.slice(0, 10)} but is not in the page snapshot of bundle ${e.bundle.bundleId}: the page may have changed. Capture it again ("dijkwacht capture ${e.pageUrl}") before relying on it.`);
      } catch (error) {
        warnings.push(`Bundle ${e.bundle.bundleId} could not be read from the store (${describeError(error)}); ${e.value} is cited without the file that shows it.`);
      }
      warnings.push(...identifierNotes(e, p));
      identifiers.push({ domain: e.domain, kind: e.kind, value: e.value, pageUrl: e.pageUrl, firstSeen: e.firstSeen, evidence: { ...e.bundle, artifact: found?.artifact ?? null, artifactSha256: found?.sha256 ?? null } });
    }
  }
  const aup = p.acceptableUse;
  const clause = aup ? (aup.clause[packet.language] ?? null) : null;
  if (!aup) warnings.push(`No clause of ${p.name}'s terms is on file (${providersFile(kind)}): the packet cites the law alone. Add the clause with its source once you have read it on ${p.name}'s own pages.`);
  else {
    if (!clause) warnings.push(`${p.name}'s clause is on file in English only: this packet (language "${packet.language}") names the document and its source without quoting it; build it with --lang en to quote it.`);
    warnings.push(`${p.name}'s clause was checked on ${aup.checked} at ${aup.source}: read it there again before sending.`);
  }
  return {
    provider: { id: p.id, name: p.name, relationship: p.relationship },
    intake: { source: p.intake.source, checked: p.intake.checked },
    acceptableUse: aup ? { document: aup.document, clause, clauseLanguage: clause ? packet.language : null, source: aup.source, checked: aup.checked } : null,
    identifiers,
  };
}

/** Headings and fixed words of the provider sections, per language; the kind names its own heading. */
export interface ProviderLabels {
  identifiers: string;
  terms: string;
  kind: string;
  identifier: string;
  seenOn: string;
  firstSeen: string;
  bundle: string;
  file: string;
  notInSnapshot: string;
  kinds: Record<string, string>;
}

/** A template text with its {placeholders} filled (as ./templates.ts fills them; not imported, so that this module stays outside the registry's import cycle). */
const fill = (text: string, values: Record<string, string>): string => text.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

/**
 * The provider sections of the PDF and e-mail dossier: the identifiers with their evidence, then
 * the clause. `t` is the kind's template in the packet's language (kindTemplate(kind, lang)).
 */
export function providerHtml(p: ReferralPacket, s: ProviderSpecific | undefined, L: ProviderLabels, t: Record<string, string>): string {
  if (!s) return '';
  const lang = p.language;
  const values = { provider: s.provider.name, document: s.acceptableUse?.document ?? '', checked: s.acceptableUse ? longDate(s.acceptableUse.checked, lang, { dateOnly: true }) : '' };
  const text = (key: (typeof PROVIDER_TEMPLATE_KEYS)[number]): string => esc(fill(t[key]!, values));
  const [open, close] = lang === 'nl' ? ['„', '”'] : ['“', '”'];
  const ids = s.identifiers
    .map(
      (i) =>
        `<table class="kv">${row(L.kind, esc(L.kinds[i.kind] ?? i.kind))}${row(L.identifier, `<span class="mono">${esc(i.value)}</span>`)}${row(L.seenOn, urlHtml(i.pageUrl))}${row(L.firstSeen, esc(longDate(i.firstSeen, lang)))}${row(L.bundle, `<span class="mono">${esc(i.evidence.bundleId)}</span>, ${esc(longDate(i.evidence.capturedAt, lang))}`)}${row(L.file, i.evidence.artifact ? `<span class="mono">${esc(i.evidence.artifact)}</span>${hashHtml(i.evidence.artifactSha256 ?? '')}` : `<i>${esc(L.notInSnapshot)}</i>`)}</table>`,
    )
    .join('');
  const a = s.acceptableUse;
  const terms = a
    ? `<p>${text('termsIntro')}</p>${a.clause ? `<p>${open}${esc(a.clause)}${close}</p>` : `<p>${text('clauseOnlyInEnglish')}</p>`}<p>${urlHtml(a.source)}</p>`
    : `<p>${text('noClause')}</p>`;
  return `<h2>${esc(fill(L.identifiers, values))}</h2><p>${text('identifiersIntro')}</p>${ids}<h2>${esc(fill(L.terms, values))}</h2>${terms}`;
}

const str = { type: 'string', minLength: 1 } as const;
const nullableStr = { type: ['string', 'null'], minLength: 1 } as const;

/**
 * The JSON Schema of recipientSpecific.payment and .signin, as proposed for
 * evidence-schema/referral-packet.schema.json (the schema holds a placeholder until it is merged).
 */
export const PROVIDER_PART_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['provider', 'intake', 'acceptableUse', 'identifiers'],
  properties: {
    provider: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'name', 'relationship'],
      properties: { id: str, name: str, relationship: { type: 'string', enum: ['merchant-account', 'oauth-client'] } },
    },
    intake: {
      type: 'object',
      additionalProperties: false,
      required: ['source', 'checked'],
      properties: { source: { ...nullableStr, format: 'uri' }, checked: { type: 'string', format: 'date' } },
    },
    acceptableUse: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['document', 'clause', 'clauseLanguage', 'source', 'checked'],
      properties: {
        document: str,
        clause: nullableStr,
        clauseLanguage: { type: ['string', 'null'], enum: ['nl', 'en', null] },
        source: { type: 'string', format: 'uri' },
        checked: { type: 'string', format: 'date' },
      },
    },
    identifiers: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['domain', 'kind', 'value', 'pageUrl', 'firstSeen', 'evidence'],
        properties: {
          domain: str,
          kind: str,
          value: str,
          pageUrl: { type: 'string', format: 'uri' },
          firstSeen: { type: 'string', format: 'date-time' },
          evidence: {
            type: 'object',
            additionalProperties: false,
            required: ['bundleId', 'url', 'capturedAt', 'status', 'artifact', 'artifactSha256'],
            properties: {
              bundleId: str,
              url: { type: 'string', format: 'uri' },
              capturedAt: { type: 'string', format: 'date-time' },
              status: { type: 'string', enum: ['COMPLETE', 'PARTIAL'] },
              artifact: nullableStr,
              artifactSha256: { type: ['string', 'null'], pattern: '^[0-9a-f]{64}$' },
            },
          },
        },
      },
    },
  },
} as const;
