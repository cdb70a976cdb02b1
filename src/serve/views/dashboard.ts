import type { Hono } from 'hono';
import { listNotices } from '../../catalog/index.js';
import { noticeStatus, recipientStats, silenceDays, type NoticeStatus } from '../../notices/index.js';
import { cached } from '../cache.js';
import { barFigure, type Bar } from '../charts.js';
import type { Env, Workspace } from '../context.js';
import { html, page, table } from '../html.js';

/** Runs shown on the dashboard; the report (dijkwacht report) covers any period. */
const RUNS_SHOWN = 12;
const TOP = 10;

/** Every number on the dashboard, as the charts and their tables show them. */
export async function dashboardNumbers(ws: Workspace): Promise<{ figures: Awaited<ReturnType<Workspace['dashboard']['figures']>>; statuses: NoticeStatus[] }> {
  // Notice states age by themselves (open turns silent): at most a minute old.
  return cached(
    ws,
    'dashboard',
    async () => {
      const figures = await ws.dashboard.figures({ top: TOP, runs: RUNS_SHOWN });
      const thresholds = silenceDays(ws.options);
      const statuses = listNotices(ws.catalog).map((n) => noticeStatus(n, thresholds));
      return { figures, statuses };
    },
    60_000,
  );
}

const median = (d: number | null): string => (d === null ? '-' : String(d));

/** GET /: the dashboard. Plots are inline SVG drawn on the server; each has its numbers as a table. */
export function registerDashboard(app: Hono<Env>, ws: Workspace): void {
  app.get('/', async (c) => {
    const { figures, statuses } = await dashboardNumbers(ws);
    const perLabel: Bar[] = figures.runs.flatMap((r) => Object.entries(r.byLabel).filter(([label]) => label !== 'unrelated').map(([label, count]) => ({ key: r.run, series: label, count })));
    const changes: Bar[] = figures.runs.flatMap((r) => [
      { key: r.run, series: 'new', count: r.newSites },
      { key: r.run, series: 'gone', count: r.gone },
      { key: r.run, series: 'moved', count: r.moved },
    ]);
    const byRecipient = new Map<string, number>();
    for (const s of statuses) byRecipient.set(`${s.notice.recipientType}\u0000${s.state}`, (byRecipient.get(`${s.notice.recipientType}\u0000${s.state}`) ?? 0) + 1);
    const noticeBars: Bar[] = [...byRecipient].map(([k, count]) => {
      const [key, series] = k.split('\u0000') as [string, string];
      return { key, series, count };
    });
    const stats = recipientStats(statuses);
    const tally = (rows: { key: string; count: number }[]): Bar[] => rows.map((r) => ({ key: r.key, count: r.count }));
    const body = html`<p class="muted">${figures.sitesOfInterest} sites labelled nudify, deepfake or directory; ${statuses.length} notices. The last ${RUNS_SHOWN} runs; <code>dijkwacht report</code> covers any period.</p>
<div class="grid">
${barFigure({ id: 'services-per-run', title: 'Services per label per run', bars: perLabel, keyLabel: 'run', countLabel: 'sites online', empty: 'No runs yet: dijkwacht discover or crawl fills the catalog.' })}
${barFigure({ id: 'changes-per-run', title: 'New, gone and moved per run', bars: changes, keyLabel: 'run', countLabel: 'sites', empty: 'No runs yet.', grouped: true })}
${barFigure({ id: 'languages', title: 'Languages', bars: tally(figures.languages), keyLabel: 'language', countLabel: 'sites', empty: 'No labelled sites yet.' })}
${barFigure({ id: 'countries', title: 'Hosting countries', bars: tally(figures.countries), keyLabel: 'country', countLabel: 'sites', empty: 'No domain lookups yet: dijkwacht domains.' })}
${barFigure({ id: 'registrars', title: 'Top registrars', bars: tally(figures.registrars), keyLabel: 'registrar', countLabel: 'sites', empty: 'No domain lookups yet: dijkwacht domains.' })}
${barFigure({ id: 'networks', title: 'Top networks', bars: tally(figures.networks), keyLabel: 'network', countLabel: 'sites', empty: 'No domain lookups yet: dijkwacht domains.' })}
${barFigure({ id: 'notices', title: 'Notices by recipient and state', bars: noticeBars, keyLabel: 'recipient', countLabel: 'notices', empty: 'No notices recorded yet.' })}
<section class="card wide" id="time-to-action"><h2>Time to action</h2>${
      stats.length === 0
        ? html`<p class="muted">No notices recorded yet.</p>`
        : table(
            ['recipient type', 'recipient', 'notices', 'acknowledged', 'decided', 'removed', 'silent', 'median days to ack / decision / removal'],
            stats.map((s) => [s.recipientType, s.recipient, s.notices, s.acknowledged, s.decided, s.removed, s.silent, `${median(s.medianDaysToAck)} / ${median(s.medianDaysToDecision)} / ${median(s.medianDaysToRemoval)}`]),
          )
    }</section>
</div>`;
    return c.html(page({ title: 'Dashboard', path: '/', reviewer: c.get('reviewer'), csrf: c.get('csrf'), body }));
  });
}
