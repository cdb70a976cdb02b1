import { escapeXml, stackedBarChart, timeChart, topBarChart } from '../charts/index.js';
import type { Count, Figure, ReportMetrics } from './metrics.js';

const e = escapeXml;

/** Footnotes: every figure gets a number; the sources are listed at the end. */
class Notes {
  readonly list: string[] = [];
  ref(figure: Figure<unknown>): string {
    let i = this.list.indexOf(figure.source);
    if (i < 0) i = this.list.push(figure.source) - 1;
    return `<sup><a href="#src-${i + 1}">[${i + 1}]</a></sup>`;
  }
}

function table(head: string[], rows: (string | number | null)[][]): string {
  if (rows.length === 0) return '<p class="none">None in this period.</p>';
  const cell = (v: string | number | null): string => `<td>${e(v === null ? '–' : String(v))}</td>`;
  return `<table><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</tbody></table>`;
}

const bars = (title: string, what: string, counts: Count[]): string =>
  topBarChart({ title, xLabel: 'count', yLabel: what, data: counts.map((c) => ({ label: c.key, value: c.count })), width: 620 });
const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

const CSS = `body{font-family:system-ui,sans-serif;font-size:11pt;color:#111;max-width:660px;margin:auto}
h1{font-size:20pt}h2{font-size:14pt;margin-top:1.6em;border-bottom:1px solid #999}
table{border-collapse:collapse;margin:.6em 0;font-size:9.5pt}th,td{border:1px solid #bbb;padding:2px 6px;text-align:left}
.kpi{font-size:12pt}.sources{font-size:8pt;word-break:break-word}.none{color:#555}svg.dw-chart{display:block;margin:.8em 0;break-inside:avoid}
section{break-inside:auto}`;

/** The report as one self-contained HTML page: inline SVG plots, no scripts, no external resources, no images of sites. */
export function renderReportHtml(m: ReportMetrics, generatedAt: string): string {
  const n = new Notes();
  const t = m.totals.value;
  const a = m.actedWithin.value;
  const byRun = m.runs.value;
  const changes = stackedBarChart({
    title: 'New, gone and moved domains per run',
    xLabel: 'run',
    yLabel: 'domains',
    width: 620,
    series: ['new', 'gone', 'moved'],
    data: byRun.flatMap((r) => [
      { x: r.run, series: 'new', value: r.newSites },
      { x: r.run, series: 'gone', value: r.gone },
      { x: r.run, series: 'moved', value: r.moved },
    ]),
  });
  const newServices = timeChart({ title: 'New services per run', xLabel: 'run start (UTC)', yLabel: 'new services', width: 620, data: byRun.map((r) => ({ date: r.startedAt, value: r.newServices })) });
  const acted = topBarChart({
    title: 'Notices acted on within …',
    xLabel: 'notices',
    yLabel: 'window',
    width: 620,
    data: [
      { label: '24 hours', value: a.within24h },
      { label: '7 days', value: a.within7d },
      { label: '30 days', value: a.within30d },
    ],
  });
  const body = [
    `<h1>dijkwacht report ${e(m.period.label)}</h1>`,
    `<p>Period ${e(m.period.from.slice(0, 10))} up to (not including) ${e(m.period.to.slice(0, 19).replace('T', ' '))} UTC${m.period.open ? ' — the period is still open; figures may still change' : ''}. Made ${e(generatedAt)}. Numbered notes name the query behind each figure.</p>`,
    `<h2>Services</h2>`,
    `<p class="kpi">Services found: <b>${m.servicesFound.value}</b>${n.ref(m.servicesFound)} · sites seen online: <b>${m.sitesSeen.value}</b>${n.ref(m.sitesSeen)}</p>`,
    `<p class="kpi">Runs: <b>${t.runs}</b> (failed ${t.failedRuns}) · new domains <b>${t.newSites}</b> (services ${t.newServices}) · gone <b>${t.gone}</b> · moved <b>${t.moved}</b>${n.ref(m.totals)}</p>`,
    changes + n.ref(m.runs),
    newServices,
    table(['run', 'started', 'status', 'compared with', 'new', 'new services', 'gone', 'moved'], byRun.map((r) => [r.run, r.startedAt.slice(0, 16), r.status, r.previous, r.newSites, r.newServices, r.gone, r.moved])),
    bars('Sites by label', 'label', m.labels.value) + n.ref(m.labels),
    `<h2>Languages and hosting countries</h2>`,
    bars('Languages of the services found', 'language', m.languages.value) + n.ref(m.languages),
    bars('Hosting countries of the services found', 'country', m.countries.value) + n.ref(m.countries),
    `<h2>Notices</h2>`,
    bars('Notices by recipient type', 'recipient type', m.noticesByRecipientType.value) + n.ref(m.noticesByRecipientType),
    bars('Notices by provider', 'provider', m.noticesByProvider.value) + n.ref(m.noticesByProvider),
    `<p class="kpi">Of <b>${a.notices}</b> notices sent, acted on within 24 h: <b>${a.within24h}</b> (${pct(a.share24h)}), within 7 days: <b>${a.within7d}</b> (${pct(a.share7d)}), within 30 days: <b>${a.within30d}</b> (${pct(a.share30d)})${n.ref(m.actedWithin)}. Acted on: a decision "removed", "partially-removed" or "forwarded", or a re-check that found the page gone, whichever came first.</p>`,
    a.notices > 0 ? acted : '',
    `<h3>Time to action per provider${n.ref(m.timeToAction)}</h3>`,
    table(['provider', 'type', 'notices', 'acted on', 'median h', 'p90 h'], m.timeToAction.value.map((p) => [p.provider, p.recipientType, p.notices, p.acted, p.medianHours, p.p90Hours])),
    `<h2>SIDN and ACM outcomes${n.ref(m.sidnAcmOutcomes)}</h2>`,
    table(['recipient', 'outcome', 'notices'], m.sidnAcmOutcomes.value.map((o) => [o.recipientType, o.outcome, o.count])),
    `<h2>DSA Art. 22(3): notices to intermediary services${n.ref(m.dsa)}</h2>`,
    `<p>Notices to hosting providers, registrars and CDNs in the period, by provider, type of alleged illegal content and the action taken. The type is the DSA Transparency Database category; every notice also carries the keywords ${e(m.dsa.value[0]?.specification.split(' ').join(', ') ?? '(none in this period)')}.</p>`,
    table(['provider', 'type', 'alleged illegal content', 'action taken', 'notices'], m.dsa.value.map((d) => [d.provider, d.recipientType, d.category.replace(/_/g, '_\u200b'), d.action, d.count])),
    `<h2>Sources</h2><ol class="sources">${n.list.map((s, i) => `<li id="src-${i + 1}">${e(s)}</li>`).join('')}</ol>`,
  ];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>dijkwacht report ${e(m.period.label)}</title><style>${CSS}</style></head><body>${body.join('\n')}</body></html>\n`;
}
