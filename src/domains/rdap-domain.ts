import { toUtcIso, type DateNotes } from './dates.js';
import { abuseAddress, parseJCard, type Contact } from './jcard.js';

/** An RDAP entity, tolerantly read: roles as a list or one string, nested entities, public IDs, links. */
export interface Entity {
  roles: string[];
  handle: string | null;
  contact: Contact;
  publicIds: { type: string; identifier: string }[];
  links: { rel: string; href: string; type: string | null }[];
  entities: Entity[];
}

export interface Redaction {
  name: string;
  method: string | null;
  reason: string | null;
  path: string | null;
}

export interface RegistrarFacts {
  name: string | null;
  ianaId: string | null;
  abuseEmail: string | null;
  abusePhone: string | null;
  rdapUrl: string | null;
}

export interface DomainRdapFacts {
  ldhName: string | null;
  unicodeName: string | null;
  handle: string | null;
  registrar: RegistrarFacts;
  registrant: { org: string | null; country: string | null; redacted: boolean };
  nameservers: string[];
  registered: string | null;
  expires: string | null;
  lastChanged: string | null;
  status: string[];
  dnssec: boolean | null;
  /** RFC 9537 redactions, kept visible as redactions. */
  redactions: Redaction[];
  /** Dates the server sent without a time zone (read as UTC). */
  datesWithoutZone: string[];
  /** Dates in no layout that can be read without guessing (left null). */
  datesUnreadable: string[];
  port43: string | null;
  /** Where the answer says it comes from: its own links (self, related…) and the links of its notices (terms of use, copyright). */
  links: { rel: string; href: string }[];
  noticeLinks: string[];
}

/** Tolerant readers for RDAP JSON, shared by the domain and IP parsers. */
export type Json = Record<string, unknown>;
export const obj = (v: unknown): Json | null => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null);
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

function links(v: unknown): Entity['links'] {
  return list(v)
    .map(obj)
    .filter((l): l is Json => l !== null && typeof l.href === 'string')
    .map((l) => ({ rel: str(l.rel) ?? '', href: String(l.href), type: str(l.type) }));
}

export function readEntity(raw: unknown): Entity | null {
  const e = obj(raw);
  if (!e) return null;
  // roles as a list, as one string, or as one comma-joined string inside the list (LACNIC: ["technical, abuse"])
  const roles = (Array.isArray(e.roles) ? e.roles : typeof e.roles === 'string' ? [e.roles] : [])
    .filter((r): r is string => typeof r === 'string')
    .flatMap((r) => r.split(','))
    .map((r) => r.toLowerCase().trim())
    .filter(Boolean);
  return {
    roles,
    handle: str(e.handle),
    contact: parseJCard(e.vcardArray),
    publicIds: list(e.publicIds)
      .map(obj)
      .filter((p): p is Json => p !== null)
      .map((p) => ({ type: str(p.type) ?? '', identifier: typeof p.identifier === 'string' || typeof p.identifier === 'number' ? String(p.identifier) : '' })),
    links: links(e.links),
    entities: list(e.entities)
      .map(readEntity)
      .filter((x): x is Entity => x !== null),
  };
}

/** Every entity, depth first, with the path of roles above it. */
export function walkEntities(entities: Entity[], parents: string[][] = []): { entity: Entity; parents: string[][] }[] {
  const out: { entity: Entity; parents: string[][] }[] = [];
  for (const entity of entities) {
    out.push({ entity, parents });
    out.push(...walkEntities(entity.entities, [...parents, entity.roles]));
  }
  return out;
}

/** ISO 8601 in UTC; a date without a zone is read as UTC and reported in `noZone`. */
export function normaliseDate(raw: unknown, noZone: string[]): string | null {
  const notes: DateNotes = { withoutZone: noZone, unreadable: [] };
  return toUtcIso(raw, notes);
}

function eventDate(events: unknown, actions: string[], notes: DateNotes): string | null {
  for (const ev of list(events).map(obj)) {
    const action = str(ev?.eventAction)?.toLowerCase();
    if (action && actions.includes(action)) return toUtcIso(ev?.eventDate, notes);
  }
  return null;
}

/** The hrefs in an answer's notices and remarks (terms of use, copyright): they name who publishes it. */
export function noticeLinks(notices: unknown): string[] {
  return list(notices)
    .map(obj)
    .flatMap((n) => links(n?.links).map((l) => l.href));
}

function redactions(v: unknown): Redaction[] {
  return list(v)
    .map(obj)
    .filter((r): r is Json => r !== null)
    .map((r) => {
      const name = obj(r.name);
      return {
        name: str(name?.type) ?? str(name?.description) ?? 'unnamed field',
        method: str(r.method),
        reason: str(obj(r.reason)?.description) ?? str(obj(r.reason)?.type) ?? null,
        path: str(r.prePath) ?? str(r.postPath) ?? str(r.replacementPath),
      };
    });
}

/**
 * Reads an RDAP domain object. The registrar's abuse contact is taken where RDAP puts it — an
 * `abuse` entity inside the `registrar` entity — and, failing that, from any abuse entity.
 */
export function parseDomainRdap(raw: unknown): DomainRdapFacts {
  const d = obj(raw) ?? {};
  const dates: DateNotes = { withoutZone: [], unreadable: [] };
  const entities = list(d.entities)
    .map(readEntity)
    .filter((x): x is Entity => x !== null);
  const all = walkEntities(entities);
  const registrar = all.find((x) => x.entity.roles.includes('registrar'))?.entity ?? null;
  const nestedAbuse = registrar ? walkEntities(registrar.entities).find((x) => x.entity.roles.includes('abuse'))?.entity : undefined;
  const anyAbuse = all.find((x) => x.entity.roles.includes('abuse'))?.entity;
  const abuse = nestedAbuse ?? anyAbuse ?? null;
  const abuseEmail = abuse ? abuseAddress(abuse.contact) : null;
  const ianaId = registrar?.publicIds.find((p) => /iana/i.test(p.type))?.identifier ?? (registrar?.handle && /^\d+$/.test(registrar.handle) ? registrar.handle : null);
  const domainLinks = links(d.links);
  const related = domainLinks.find((l) => l.rel === 'related' && (l.type === null || /rdap/.test(l.type)) && /\/domain\//i.test(l.href))?.href ?? null;
  const registrant = all.find((x) => x.entity.roles.includes('registrant'))?.entity ?? null;
  const reds = redactions(d.redacted);
  const registrantRedacted = reds.some((r) => /registrant/i.test(r.name)) || (registrant?.contact.redacted.length ?? 0) > 0;
  return {
    ldhName: str(d.ldhName)?.toLowerCase().replace(/\.$/, '') ?? null,
    unicodeName: str(d.unicodeName)?.replace(/\.$/, '') ?? null,
    handle: str(d.handle),
    registrar: {
      name: registrar ? (registrar.contact.fn ?? registrar.contact.org) : null,
      ianaId: ianaId && ianaId.trim() ? ianaId.trim() : null,
      abuseEmail: abuseEmail?.address ?? null,
      abusePhone: abuse?.contact.phones[0] ?? null,
      rdapUrl: related ?? registrar?.links.find((l) => l.rel === 'self' || l.rel === 'related')?.href ?? null,
    },
    registrant: { org: registrant?.contact.org ?? (registrant?.contact.kind === 'org' ? registrant.contact.fn : null), country: registrant?.contact.country ?? null, redacted: registrantRedacted },
    nameservers: list(d.nameservers)
      .map((n) => str(obj(n)?.ldhName))
      .filter((n): n is string => n !== null)
      .map((n) => n.toLowerCase().replace(/\.$/, '')),
    registered: eventDate(d.events, ['registration'], dates),
    expires: eventDate(d.events, ['expiration'], dates),
    lastChanged: eventDate(d.events, ['last changed', 'last update'], dates),
    status: list(d.status).filter((s): s is string => typeof s === 'string'),
    dnssec: typeof obj(d.secureDNS)?.delegationSigned === 'boolean' ? (obj(d.secureDNS)!.delegationSigned as boolean) : null,
    redactions: reds,
    datesWithoutZone: dates.withoutZone,
    datesUnreadable: dates.unreadable,
    port43: str(d.port43)?.toLowerCase().replace(/\.$/, '') ?? null,
    links: domainLinks.map(({ rel, href }) => ({ rel, href })),
    noticeLinks: noticeLinks(d.notices),
  };
}
