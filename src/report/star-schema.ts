import type { NoticeFact, RunDim, SiteDim, SiteRunFact } from '../catalog/repositories/report-figures.js';
import { dsaStatementCategory } from '../refer/dsa-categories.js';
import { hoursToAction } from './metrics.js';

export interface StarInput {
  runs: RunDim[];
  siteRuns: SiteRunFact[];
  sites: SiteDim[];
  notices: NoticeFact[];
}

interface Table {
  name: string;
  description: string;
  /** [column, type (Frictionless table schema), description]. */
  fields: [string, 'integer' | 'number' | 'string' | 'date' | 'datetime' | 'boolean', string][];
  rows: (string | number | null)[][];
}

function cell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const toCsv = (t: Table): string => [t.fields.map((f) => f[0]).join(','), ...t.rows.map((r) => r.map(cell).join(','))].join('\n') + '\n';

const dateKey = (iso: string): string => iso.slice(0, 10);

/**
 * The period's data as a star schema: two fact tables (site observations per run, notices) and
 * dimension tables keyed by the facts' columns (date, run, site, recipient). Column names and types
 * are described in datapackage.json (Frictionless Data), which BI tools and `frictionless validate` read.
 */
export function starSchema(input: StarInput): Table[] {
  const recipients = [...new Map(input.notices.map((n) => [`${n.recipientType}:${n.recipient}`, n])).entries()].sort(([a], [b]) => a.localeCompare(b));
  const recipientKey = new Map(recipients.map(([key], i) => [key, i + 1]));
  const runById = new Map(input.runs.map((r) => [r.id, r]));
  const dates = new Set<string>([...input.runs.map((r) => dateKey(r.startedAt)), ...input.notices.map((n) => dateKey(n.sentAt))]);
  const category = dsaStatementCategory();
  return [
    {
      name: 'fact_site_run',
      description: 'One row per site seen in a run of the period.',
      fields: [
        ['run_id', 'integer', 'dim_run.run_id'],
        ['domain', 'string', 'dim_site.domain'],
        ['date_key', 'date', 'dim_date.date_key: the run start day (UTC)'],
        ['label', 'string', 'label the classifier (or a reviewer) gave in this run: nudify, deepfake, directory, unrelated'],
        ['online', 'integer', '1 when the site answered in this run, else 0'],
      ],
      rows: input.siteRuns.map((s) => [s.runId, s.domain, dateKey(runById.get(s.runId)?.startedAt ?? ''), s.label, s.online]),
    },
    {
      name: 'fact_notice',
      description: 'One row per notice sent in the period.',
      fields: [
        ['notice_id', 'integer', 'notices.id in the catalog'],
        ['recipient_key', 'integer', 'dim_recipient.recipient_key'],
        ['date_key', 'date', 'dim_date.date_key: the day sent (UTC)'],
        ['sent_at', 'datetime', 'when the notice was sent'],
        ['acted_at', 'datetime', 'earliest decision removed/partially-removed/forwarded or re-check gone; empty when none'],
        ['hours_to_action', 'number', 'acted_at − sent_at in hours; empty when not acted on'],
        ['outcome', 'string', 'latest decision recorded; empty when none'],
        ['dsa_category', 'string', 'DSA Transparency Database category of the alleged illegal content'],
        ['domains', 'string', 'the domains the notice named, space-separated'],
      ],
      rows: input.notices.map((n) => {
        const h = hoursToAction(n);
        const domains = (JSON.parse(n.domains) as string[]).join(' ');
        return [n.id, recipientKey.get(`${n.recipientType}:${n.recipient}`) ?? null, dateKey(n.sentAt), n.sentAt, n.actedAt, h === null ? null : Math.round(h * 100) / 100, n.outcome, category.category, domains];
      }),
    },
    {
      name: 'dim_date',
      description: 'Calendar days that facts refer to (UTC).',
      fields: [
        ['date_key', 'date', 'YYYY-MM-DD'],
        ['year', 'integer', 'year'],
        ['quarter', 'integer', '1 to 4'],
        ['month', 'integer', '1 to 12'],
      ],
      rows: [...dates].filter(Boolean).sort().map((d) => [d, Number(d.slice(0, 4)), Math.ceil(Number(d.slice(5, 7)) / 3), Number(d.slice(5, 7))]),
    },
    {
      name: 'dim_run',
      description: 'Discovery and crawl runs of the period.',
      fields: [
        ['run_id', 'integer', 'runs.id'],
        ['name', 'string', 'run name'],
        ['kind', 'string', 'discover or crawl'],
        ['status', 'string', 'done, failed, interrupted or running'],
        ['started_at', 'datetime', 'run start (UTC)'],
      ],
      rows: input.runs.map((r) => [r.id, r.name, r.kind, r.status, r.startedAt]),
    },
    {
      name: 'dim_site',
      description: 'Sites seen in the period, as the catalog holds them now.',
      fields: [
        ['domain', 'string', 'registrable domain'],
        ['label', 'string', 'current label'],
        ['review_status', 'string', 'pending, confirmed or overridden'],
        ['lang', 'string', 'detected page language (BCP 47); empty when unknown'],
        ['hosting_country', 'string', 'first hosting country of the latest lookup before the period end; empty when unknown'],
        ['first_seen', 'datetime', 'first time the catalog saw the site'],
      ],
      rows: input.sites.map((s) => [s.domain, s.label, s.reviewStatus, s.lang, s.country, s.firstSeen]),
    },
    {
      name: 'dim_recipient',
      description: 'Who notices went to.',
      fields: [
        ['recipient_key', 'integer', 'surrogate key'],
        ['recipient_type', 'string', 'site, registrant, host, registrar, cdn, sidn or acm'],
        ['recipient', 'string', 'provider or authority name'],
      ],
      rows: recipients.map(([key, n]) => [recipientKey.get(key)!, n.recipientType, n.recipient]),
    },
  ];
}

/** datapackage.json: the tables, their columns and keys, for a BI tool or a validator. */
export function dataPackage(tables: Table[], periodLabel: string): unknown {
  const fk = (fields: string, resource: string, key: string): unknown => ({ fields, reference: { resource, fields: key } });
  const keys: Record<string, { primaryKey?: string[]; foreignKeys?: unknown[] }> = {
    fact_site_run: { primaryKey: ['run_id', 'domain'], foreignKeys: [fk('run_id', 'dim_run', 'run_id'), fk('domain', 'dim_site', 'domain'), fk('date_key', 'dim_date', 'date_key')] },
    fact_notice: { primaryKey: ['notice_id'], foreignKeys: [fk('recipient_key', 'dim_recipient', 'recipient_key'), fk('date_key', 'dim_date', 'date_key')] },
    dim_date: { primaryKey: ['date_key'] },
    dim_run: { primaryKey: ['run_id'] },
    dim_site: { primaryKey: ['domain'] },
    dim_recipient: { primaryKey: ['recipient_key'] },
  };
  return {
    profile: 'tabular-data-package',
    name: `dijkwacht-report-${periodLabel.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    title: `dijkwacht report ${periodLabel}: star schema`,
    resources: tables.map((t) => ({
      name: t.name,
      path: `${t.name}.csv`,
      profile: 'tabular-data-resource',
      description: t.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: { fields: t.fields.map(([name, type, description]) => ({ name, type, description })), ...keys[t.name] },
    })),
  };
}
