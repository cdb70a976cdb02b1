import type { NoticeFact, ReportRepository, RunChangeRow } from '../catalog/repositories/report-figures.js';
import { dsaStatementCategory } from '../refer/dsa-categories.js';
import type { Period } from './period.js';

/** One figure and where it came from: a query or a repository method, printed beside it. */
export interface Figure<T> {
  value: T;
  source: string;
}

export interface Count {
  key: string;
  count: number;
}

export interface ProviderTiming {
  provider: string;
  recipientType: string;
  notices: number;
  acted: number;
  medianHours: number | null;
  p90Hours: number | null;
}

export interface ReportMetrics {
  period: Period;
  servicesFound: Figure<number>;
  sitesSeen: Figure<number>;
  runs: Figure<RunChangeRow[]>;
  totals: Figure<{ runs: number; failedRuns: number; newSites: number; newServices: number; gone: number; moved: number }>;
  labels: Figure<Count[]>;
  languages: Figure<Count[]>;
  countries: Figure<Count[]>;
  noticesByRecipientType: Figure<Count[]>;
  noticesByProvider: Figure<Count[]>;
  actedWithin: Figure<{ notices: number; within24h: number; within7d: number; within30d: number; share24h: number; share7d: number; share30d: number }>;
  timeToAction: Figure<ProviderTiming[]>;
  sidnAcmOutcomes: Figure<{ recipientType: string; outcome: string; count: number }[]>;
  dsa: Figure<{ provider: string; recipientType: string; category: string; specification: string; action: string; count: number }[]>;
}

/** The recipients the DSA calls intermediary service providers (Art. 22(3) reports on notices to them). */
const INTERMEDIARIES = new Set(['host', 'registrar', 'cdn']);
const HOUR = 3_600_000;

export function countBy(values: Iterable<string>): Count[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Nearest-rank percentile (p in 0..100) of sorted values; null when there are none. */
export function percentile(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function hoursToAction(n: NoticeFact): number | null {
  return n.actedAt ? Math.max(0, (Date.parse(n.actedAt) - Date.parse(n.sentAt)) / HOUR) : null;
}

const round = (x: number | null, digits = 1): number | null => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);
const share = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

/** Runs, sites and their changes in the period. */
export async function siteMetrics(repo: ReportRepository, period: Period): Promise<Pick<ReportMetrics, 'servicesFound' | 'sitesSeen' | 'runs' | 'totals' | 'labels' | 'languages' | 'countries'>> {
  const [changes, seen, sites] = await Promise.all([repo.runChanges(period.from, period.to), repo.seenSites(period.from, period.to), repo.sites(period.from, period.to)]);
  const onlineDomains = new Set(seen.rows.map((r) => r.domain));
  const services = new Set(seen.rows.filter((r) => r.service === 1).map((r) => r.domain));
  const serviceSites = sites.rows.filter((s) => services.has(s.domain));
  const sum = (pick: (r: RunChangeRow) => number): number => changes.rows.reduce((total, r) => total + pick(r), 0);
  return {
    servicesFound: { value: services.size, source: `rows with service = 1 of: ${seen.query}` },
    sitesSeen: { value: onlineDomains.size, source: `rows of: ${seen.query}` },
    runs: { value: changes.rows, source: changes.query },
    totals: {
      value: { runs: changes.rows.length, failedRuns: changes.rows.filter((r) => r.status === 'failed').length, newSites: sum((r) => r.newSites), newServices: sum((r) => r.newServices), gone: sum((r) => r.gone), moved: sum((r) => r.moved) },
      source: `sums over ${changes.query}`,
    },
    labels: { value: countBy(sites.rows.filter((s) => onlineDomains.has(s.domain)).map((s) => s.label)), source: `sites.label of the online domains of: ${sites.query}` },
    languages: { value: countBy(serviceSites.map((s) => s.lang ?? 'unknown')), source: `sites.lang of the services found: ${sites.query}` },
    countries: { value: countBy(serviceSites.map((s) => s.country ?? 'unknown')), source: `first hosting country of the latest lookup before the period's end, for the services found: ${sites.query}` },
  };
}

/** Notices sent in the period, what became of them and how fast. */
export async function noticeMetrics(repo: ReportRepository, period: Period): Promise<Pick<ReportMetrics, 'noticesByRecipientType' | 'noticesByProvider' | 'actedWithin' | 'timeToAction' | 'sidnAcmOutcomes' | 'dsa'>> {
  const notices = await repo.notices(period.from, period.to);
  const rows = notices.rows;
  const hours = rows.map(hoursToAction);
  const within = (limit: number): number => hours.filter((h) => h !== null && h <= limit).length;
  const providers = [...new Set(rows.map((n) => `${n.recipientType}\u0000${n.recipient}`))].sort();
  const timing = providers.map((key): ProviderTiming => {
    const [recipientType, provider] = key.split('\u0000') as [string, string];
    const mine = rows.filter((n) => n.recipientType === recipientType && n.recipient === provider);
    const acted = mine.map(hoursToAction).filter((h): h is number => h !== null).sort((a, b) => a - b);
    return { provider, recipientType, notices: mine.length, acted: acted.length, medianHours: round(percentile(acted, 50)), p90Hours: round(percentile(acted, 90)) };
  });
  const outcomes = countBy(rows.filter((n) => n.recipientType === 'sidn' || n.recipientType === 'acm').map((n) => `${n.recipientType}\u0000${n.outcome ?? 'no decision yet'}`));
  const category = dsaStatementCategory();
  const dsaRows = countBy(rows.filter((n) => INTERMEDIARIES.has(n.recipientType)).map((n) => [n.recipient, n.recipientType, n.outcome ?? 'no decision recorded'].join('\u0000'))).map((c) => {
    const [provider, recipientType, action] = c.key.split('\u0000') as [string, string, string];
    return { provider, recipientType, category: category.category, specification: category.category_specification.join(' '), action, count: c.count };
  });
  const n = rows.length;
  const acted = { notices: n, within24h: within(24), within7d: within(24 * 7), within30d: within(24 * 30) };
  return {
    noticesByRecipientType: { value: countBy(rows.map((r) => r.recipientType)), source: `notices.recipient_type of: ${notices.query}` },
    noticesByProvider: { value: countBy(rows.map((r) => r.recipient)), source: `notices.recipient of: ${notices.query}` },
    actedWithin: {
      value: { ...acted, share24h: share(acted.within24h, n), share7d: share(acted.within7d, n), share30d: share(acted.within30d, n) },
      source: `actedAt − sentAt (earliest decision removed/partially-removed/forwarded or re-check gone) of: ${notices.query}`,
    },
    timeToAction: { value: timing, source: `nearest-rank median and p90 of actedAt − sentAt per recipient, acted notices only: ${notices.query}` },
    sidnAcmOutcomes: {
      value: outcomes.map((o) => {
        const [recipientType, outcome] = o.key.split('\u0000') as [string, string];
        return { recipientType, outcome, count: o.count };
      }),
      source: `latest decision outcome of notices to sidn and acm: ${notices.query}`,
    },
    dsa: { value: dsaRows, source: `notices to hosts, registrars and CDNs by recipient and latest decision; category from dsaStatementCategory() (src/refer/dsa-categories.ts): ${notices.query}` },
  };
}

/** Every figure of the report. The same period over the same catalog gives the same numbers. */
export async function reportMetrics(repo: ReportRepository, period: Period): Promise<ReportMetrics> {
  const [sites, notices] = await Promise.all([siteMetrics(repo, period), noticeMetrics(repo, period)]);
  return { period, ...sites, ...notices };
}
