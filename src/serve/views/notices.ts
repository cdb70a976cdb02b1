import type { Hono } from 'hono';
import { DECISIONS, listNotices } from '../../catalog/index.js';
import { UsageError, describeError } from '../../core/errors.js';
import { dueEscalations, noticeStatus, recordAck, recordDecision, silenceDays } from '../../notices/index.js';
import type { Env, Workspace } from '../context.js';
import { csrfField, day, html, page, table } from '../html.js';

const field = (form: Record<string, unknown>, name: string): string | null => {
  const v = form[name];
  return typeof v === 'string' && v.trim() ? v.trim() : null;
};

/** GET /notices: what is due, every notice with its state; POST to record an answer or build an escalation packet. */
export function registerNotices(app: Hono<Env>, ws: Workspace): void {
  app.get('/notices', async (c) => {
    const thresholds = silenceDays(ws.options);
    const statuses = listNotices(ws.catalog).map((n) => noticeStatus(n, thresholds));
    const due = dueEscalations(statuses);
    const csrf = c.get('csrf');
    const outcomes = DECISIONS.map((d) => html`<option value="${d}">${d}</option>`);
    const dueRows = due.map((e) => [
      html`<a href="/sites/${encodeURIComponent(e.domain)}">${e.domain}</a>`,
      `${e.after.recipientType} ${e.after.recipient}`,
      `${e.after.daysSilent} days since ${day(e.after.sentAt)}`,
      e.next,
      html`<form method="post" action="/notices/escalate" class="actions">${csrfField(csrf)}<input type="hidden" name="domain" value="${e.domain}"><input type="hidden" name="next" value="${e.next}"><label>Language <select name="lang"><option value="">default</option><option value="nl">nl</option><option value="en">en</option></select></label><button type="submit">Build the ${e.next} packet</button></form>`,
    ]);
    const rows = statuses.map((s) => [
      `#${s.notice.id}`,
      day(s.notice.sentAt),
      `${s.notice.recipientType}: ${s.notice.recipient}`,
      html`${s.notice.domains.map((d, i) => html`${i > 0 ? ', ' : ''}<a href="/sites/${encodeURIComponent(d)}">${d}</a>`)}`,
      html`<span class="${s.state === 'silent' ? 'warn' : s.state === 'gone' ? 'ok' : ''}">${s.state}</span>${s.decision ? ` (${s.decision})` : ''}`,
      `${s.daysOpen} d`,
      s.state === 'decided' || s.state === 'gone'
        ? '-'
        : html`<form method="post" action="/notices/${s.notice.id}/answer" class="actions">${csrfField(csrf)}<label>Answer <select name="kind"><option value="ack">acknowledged</option><option value="decision">decision</option></select></label><label>Outcome <select name="outcome"><option value="">-</option>${outcomes}</select></label><label>Note <input name="note" size="14"></label><button type="submit">Record</button></form>`,
    ]);
    const body = html`<h2>Escalations due</h2>${due.length === 0 ? html`<p class="muted">No escalation is due.</p>` : table(['domain', 'silent recipient', 'silence', 'next', 'packet'], dueRows)}
<h2>Notices</h2>${statuses.length === 0 ? html`<p class="muted">No notices recorded: after sending a packet, <code>dijkwacht notices sent PACKET</code>.</p>` : table(['notice', 'sent', 'to', 'domains', 'state', 'open', 'record an answer'], rows)}`;
    return c.html(page({ title: 'Notices', path: '/notices', reviewer: c.get('reviewer'), csrf, body, flash: c.req.query('done')?.slice(0, 300) ?? null }));
  });

  app.post('/notices/:id/answer', async (c) => {
    const id = c.req.param('id');
    const form = await c.req.parseBody();
    const kind = field(form, 'kind');
    const note = field(form, 'note');
    let done: string;
    if (kind === 'ack') {
      recordAck(ws.catalog, id, { note });
      done = `acknowledgement of #${id} recorded`;
    } else if (kind === 'decision') {
      const outcome = field(form, 'outcome');
      if (!outcome) throw new UsageError(`A decision needs an outcome: ${DECISIONS.join(', ')}.`);
      done = `decision on #${id} recorded: ${recordDecision(ws.catalog, id, { outcome, note })}`;
    } else throw new UsageError('Say what the answer was: acknowledged or a decision.');
    await ws.audit.record({ reviewer: c.get('reviewer'), action: kind, target: `notice:${id}`, detail: { outcome: field(form, 'outcome'), note } });
    return c.redirect(`/notices?done=${encodeURIComponent(done)}`, 303);
  });

  app.post('/notices/escalate', async (c) => {
    const form = await c.req.parseBody();
    const domain = field(form, 'domain');
    const next = field(form, 'next');
    const lang = field(form, 'lang');
    const { referrableTypes, loadReporter, loadTrustedFlagger, referDomains } = await import('../../refer/index.js');
    if (!domain || !next || !referrableTypes().includes(next)) throw new UsageError(`An escalation packet needs a domain and a recipient type (${referrableTypes().join(', ')}).`);
    if (lang !== null && lang !== 'nl' && lang !== 'en') throw new UsageError('The packet language is nl or en.');
    const reporter = loadReporter({ configFile: ws.configFile });
    const skipped: string[] = [];
    let written: Awaited<ReturnType<typeof referDomains>> = [];
    try {
      written = await referDomains({ options: ws.options, reporter, trustedFlagger: loadTrustedFlagger({ configFile: ws.configFile }), to: next, domains: [domain], lang, outDir: null, expandClusters: false, onSkip: (s) => skipped.push(`${s.domain}: ${s.reason}`) });
    } catch (error) {
      // What refer refuses (an unreviewed label, no evidence yet) is the answer to show, not a failure of the page.
      if (!(error instanceof UsageError)) throw error;
      skipped.push(describeError(error));
    }
    await ws.audit.record({ reviewer: c.get('reviewer'), action: 'escalation-packet', target: domain, detail: { next, lang, dirs: written.map((w) => w.dir), skipped } });
    const done = written.length > 0 ? `built the ${next} packet for ${domain}: ${written.map((w) => w.dir).join(', ')}; send it, then "dijkwacht notices sent"` : `no ${next} packet for ${domain}: ${skipped.join('; ') || 'nothing to refer'}`;
    return c.redirect(`/notices?done=${encodeURIComponent(done)}`, 303);
  });
}
