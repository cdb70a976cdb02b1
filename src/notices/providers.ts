import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NoticeRow } from '../catalog/index.js';
import { ACTED_DECISIONS } from '../catalog/notices.js';
import type { ProviderNotice, ProvidersRepository } from '../catalog/repositories/providers-notices.js';
import { UsageError } from '../core/errors.js';
import { recipientKind } from '../refer/kinds/registry.js';
import { noticeStatus } from './status.js';

const HOUR_MS = 3_600_000;
export const DOSSIER_SCHEMA_VERSION = '1.0.0';
export const DOSSIER_SCHEMA_ID = 'https://dijkwacht.nl/schemas/provider-dossier/1.0.0.json';
export const DOSSIER_SCHEMA_FILE = 'provider-dossier.schema.json';

const ACTED = new Set(ACTED_DECISIONS);
const REFUSED = new Set(['refused', 'no-action']);

/** One provider's record over all notices it received: the fields of `dijkwacht providers rank --json`. */
export interface ProviderRank {
  provider: string;
  type: string;
  notices: number;
  acted: number;
  medianHoursToAction: number | null;
  p90HoursToAction: number | null;
  silent: number;
  refused: number;
  stillOnline: number;
}

export interface DossierNotice {
  noticeId: number;
  packetId: string | null;
  packetSha256: string | null;
  bundleIds: string[];
  caseId: string | null;
  domains: string[];
  sentAt: string;
  state: string;
  decision: string | null;
  hoursToAction: number | null;
  silentPastThreshold: boolean;
  refused: boolean;
  stillOnline: boolean;
  lastRecheck: { at: string; outcome: string | null; bundleId: string | null } | null;
}

/** A provider dossier for ACM: every notice to one provider across cases, each linked to its packet hash and bundles. */
export interface ProviderDossier {
  $schema: string;
  schemaVersion: string;
  createdAt: string;
  provider: string;
  type: string;
  /** Addresses, networks, AS numbers and IANA ids the notices were matched by. */
  identifiers: string[];
  since: string | null;
  silenceDays: number;
  summary: Omit<ProviderRank, 'provider' | 'type'>;
  notices: DossierNotice[];
}

interface PacketFacts {
  identifiers: string[];
  bundleIds: string[];
}

/** What a notice's packet says about who received it (network, AS number, IANA id) and which bundles it cites. */
function packetFacts(n: ProviderNotice): PacketFacts {
  const file = n.packetDir ? join(n.packetDir, 'packet.json') : null;
  const ids = [n.recipient, n.recipientName ?? ''];
  if (!file || !existsSync(file)) return { identifiers: ids.filter(Boolean), bundleIds: [] };
  try {
    const p = JSON.parse(readFileSync(file, 'utf8')) as {
      recipient?: { name?: string; email?: string | null };
      domains?: { hosting?: { asn?: string | null; network?: string | null; org?: string | null }[]; registrar?: { ianaId?: string | null }; evidence?: { bundleId: string }[] }[];
    };
    for (const d of p.domains ?? []) {
      if (n.recipientType === 'host') for (const h of d.hosting ?? []) if ([h.org, h.network].includes(n.recipientName)) ids.push(h.asn ?? '', h.network ?? '');
      if (n.recipientType === 'registrar' && d.registrar?.ianaId) ids.push(d.registrar.ianaId);
    }
    return { identifiers: [...new Set(ids.filter(Boolean))], bundleIds: [...new Set((p.domains ?? []).flatMap((d) => (d.evidence ?? []).map((e) => e.bundleId)))] };
  } catch {
    return { identifiers: ids.filter(Boolean), bundleIds: [] };
  }
}

const norm = (s: string): string => s.trim().toLowerCase().replace(/^as(?=\d+$)/, '');

/** The value at fraction q of the sorted values (nearest rank); null when there are none. */
export function percentile(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  if (q === 0.5 && s.length % 2 === 0) return (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  return s[Math.max(0, Math.ceil(q * s.length) - 1)]!;
}

const asRow = (n: ProviderNotice): NoticeRow => ({ id: n.id, packetId: n.packetId, recipientType: n.recipientType, recipient: n.recipient, channel: 'email', sentAt: n.sentAt, packetSha256: n.packetSha256, reference: null, domains: n.domains, urls: [], events: n.events });

function dossierNotice(n: ProviderNotice, facts: PacketFacts, thresholds: Record<string, number>, now: number): DossierNotice {
  const s = noticeStatus(asRow(n), thresholds, now);
  // Acted on at the earliest acting decision or re-check that found the page gone (as the period report counts it).
  const actedAt = n.events.filter((e) => (e.kind === 'decision' && ACTED.has(e.outcome ?? '')) || (e.kind === 'recheck' && e.outcome === 'gone')).map((e) => e.at).sort()[0] ?? null;
  const last = s.lastRecheck;
  return {
    noticeId: n.id,
    packetId: n.packetId,
    packetSha256: n.packetSha256,
    bundleIds: [...new Set([...facts.bundleIds, ...n.events.flatMap((e) => (e.bundleId ? [e.bundleId] : []))])],
    caseId: n.caseId,
    domains: n.domains,
    sentAt: n.sentAt,
    state: s.state,
    decision: s.decision,
    hoursToAction: actedAt ? Math.round(((Date.parse(actedAt) - Date.parse(n.sentAt)) / HOUR_MS) * 10) / 10 : null,
    silentPastThreshold: s.state === 'silent',
    refused: REFUSED.has(s.decision ?? ''),
    stillOnline: last?.outcome === 'online',
    lastRecheck: last,
  };
}

function summarise(rows: DossierNotice[]): ProviderDossier['summary'] {
  const hours = rows.flatMap((r) => (r.hoursToAction === null ? [] : [r.hoursToAction]));
  return {
    notices: rows.length,
    acted: hours.length,
    medianHoursToAction: percentile(hours, 0.5),
    p90HoursToAction: percentile(hours, 0.9),
    silent: rows.filter((r) => r.silentPastThreshold).length,
    refused: rows.filter((r) => r.refused).length,
    stillOnline: rows.filter((r) => r.stillOnline).length,
  };
}

interface Group {
  provider: string;
  type: string;
  identifiers: Set<string>;
  rows: DossierNotice[];
}

async function groups(repo: ProvidersRepository, thresholds: Record<string, number>, since: string | null, now: number): Promise<Group[]> {
  const out = new Map<string, Group>();
  for (const n of await repo.notices(since)) {
    const provider = n.recipientName ?? n.recipient;
    const key = `${n.recipientType}\u0000${provider.toLowerCase()}`;
    const facts = packetFacts(n);
    const g = out.get(key) ?? out.set(key, { provider, type: n.recipientType, identifiers: new Set(), rows: [] }).get(key)!;
    for (const id of facts.identifiers) g.identifiers.add(id);
    g.rows.push(dossierNotice(n, facts, thresholds, now));
  }
  return [...out.values()];
}

/** Providers, the least responsive first: most notices without action, then the slowest. */
export async function rankProviders(repo: ProvidersRepository, thresholds: Record<string, number>, opts: { since?: string | null; now?: number } = {}): Promise<ProviderRank[]> {
  const all = await groups(repo, thresholds, opts.since ?? null, opts.now ?? Date.now());
  const ranked = all.map((g) => ({ provider: g.provider, type: g.type, ...summarise(g.rows) }));
  const unanswered = (r: ProviderRank): number => (r.notices - r.acted) / r.notices;
  return ranked.sort((a, b) => unanswered(b) - unanswered(a) || (b.medianHoursToAction ?? Infinity) - (a.medianHoursToAction ?? Infinity) || a.provider.localeCompare(b.provider));
}

/**
 * The dossier of one provider, named by its network or name, an AS number, a registrar's IANA id,
 * a CDN's name or the address notices went to. A name that fits several providers is an error.
 */
export async function providerDossier(repo: ProvidersRepository, thresholds: Record<string, number>, provider: string, opts: { since?: string | null; now?: number } = {}): Promise<ProviderDossier> {
  const since = opts.since ?? null;
  const all = await groups(repo, thresholds, since, opts.now ?? Date.now());
  const wanted = norm(provider);
  const hits = all.filter((g) => norm(g.provider) === wanted || [...g.identifiers].some((id) => norm(id) === wanted));
  if (hits.length === 0) throw new UsageError(`No notice to "${provider}"${since ? ` since ${since}` : ''}: "dijkwacht providers rank" lists the providers notices went to.`);
  if (hits.length > 1) throw new UsageError(`"${provider}" fits ${hits.length} providers (${hits.map((g) => `${g.type} ${g.provider}`).join('; ')}): name one exactly as "dijkwacht providers rank" lists it.`);
  const g = hits[0]!;
  return {
    $schema: DOSSIER_SCHEMA_ID,
    schemaVersion: DOSSIER_SCHEMA_VERSION,
    createdAt: new Date(opts.now ?? Date.now()).toISOString(),
    provider: g.provider,
    type: g.type,
    identifiers: [...g.identifiers].sort(),
    since,
    silenceDays: thresholds[g.type] ?? recipientKind(g.type)?.silenceDays ?? 14,
    summary: summarise(g.rows),
    notices: g.rows,
  };
}
