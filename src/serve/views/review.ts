import type { Hono } from 'hono';
import { LABELS, type Label, type PageEvidence } from '../../classify/index.js';
import { latestCapture } from '../../catalog/index.js';
import type { QueueItem } from '../../catalog/repositories/workspace-review.js';
import { UsageError } from '../../core/errors.js';
import { operatorClusters } from '../clusters.js';
import type { Ctx, Env, Workspace } from '../context.js';
import { highlighted } from '../highlight.js';
import { csrfField, html, page, query, type SafeHtml } from '../html.js';
import { safeViewOf, safeViewUrl } from './artifacts.js';

const PAGE_SIZE = 20;
/** Evidence shown per site: the strongest channels first. */
const REASONS_SHOWN = 8;
const CHANNEL_ORDER = ['claim', 'offer', 'hosting', 'promotion', 'third-party', 'about', 'lookalike'];
/** Skips move a site to the end of this reviewer's queue for this long. */
const SKIP_MS = 12 * 3_600_000;

interface Filter {
  label: Label | null;
  q: string | null;
  disagree: boolean;
}

function filterOf(c: Ctx): Filter {
  const label = c.req.query('label') ?? '';
  return { label: (LABELS as readonly string[]).includes(label) ? (label as Label) : null, q: (c.req.query('q') ?? '').trim().toLowerCase().slice(0, 100) || null, disagree: c.req.query('disagree') === '1' };
}

const back = (f: Filter): string => `/review${query({ label: f.label, q: f.q, disagree: f.disagree ? 1 : null })}`;

export function reasonsOf(evidence: PageEvidence[]): SafeHtml {
  const items = evidence.flatMap((p) => p.items.map((e) => ({ ...e, page: p.url })));
  items.sort((a, b) => CHANNEL_ORDER.indexOf(a.channel) - CHANNEL_ORDER.indexOf(b.channel) || b.count - a.count);
  if (items.length === 0) return html`<p class="muted">No stored page evidence.</p>`;
  return html`<ul class="reasons">${items.slice(0, REASONS_SHOWN).map(
    (e) => html`<li><strong>${e.channel}</strong> · ${e.reason}${e.count > 1 ? ` (×${e.count})` : ''} <span class="muted">on <code>${e.page}</code></span><span class="snippet">${highlighted(e.snippet, e.reason)}</span></li>`,
  )}</ul>${items.length > REASONS_SHOWN ? html`<p class="muted">${items.length - REASONS_SHOWN} more on the site page.</p>` : ''}`;
}

async function card(ws: Workspace, item: QueueItem, csrf: string, filter: Filter, index: number): Promise<SafeHtml> {
  const [evidence, capture] = [await ws.review.evidenceOf(item.domain), latestCapture(ws.catalog, item.domain)];
  const safe = capture ? await safeViewOf(ws, capture.bundleId) : null;
  const cluster = (await operatorClusters(ws)).of(item.domain);
  const others = cluster ? cluster.domains.filter((d) => d.domain !== item.domain) : [];
  const returnTo = html`<input type="hidden" name="back" value="${back(filter)}">`;
  const labelOptions = LABELS.map((l) => html`<option value="${l}"${l === item.label ? html` selected` : ''}>${l}</option>`);
  return html`<article class="card" tabindex="-1" data-queue-item data-domain="${item.domain}" aria-labelledby="site-${index}">
<h2 id="site-${index}"><a href="/sites/${encodeURIComponent(item.domain)}">${item.domain}</a> <span class="muted">${item.label} ${item.score.toFixed(2)}${item.lang ? ` · ${item.lang}` : ''}</span>${item.skipped ? html` <span class="muted">(skipped)</span>` : ''}</h2>
${item.needsReview ? html`<p class="warn">Needs review: ${item.reviewReasons.join('; ')}</p>` : html`<p class="muted">Classifier's label, not yet confirmed by a person.</p>`}
${safe && capture ? html`<figure><img class="safe-view" src="${safeViewUrl(capture.bundleId)}" alt="${`Safe view (imagery pixelated) of ${capture.url}, captured ${capture.at}`}"><figcaption class="muted">Safe view of bundle ${capture.bundleId}, ${capture.at.slice(0, 10)}</figcaption></figure>` : html`<p class="muted">No capture yet${capture ? ' with a safe view' : ''}.</p>`}
${reasonsOf(evidence)}
${others.length > 0 ? html`<p>Operator cluster: ${others.map((d, i) => html`${i > 0 ? ', ' : ''}<a href="/sites/${encodeURIComponent(d.domain)}">${d.domain}</a>`)} <span class="muted">(${cluster!.evidence.map((e) => e.kind).filter((k, i, a) => a.indexOf(k) === i).join(', ')})</span></p>` : ''}
<div class="actions">
<form method="post" action="/review/${encodeURIComponent(item.domain)}/confirm" data-action="confirm">${csrfField(csrf)}${returnTo}<button type="submit" class="primary">Confirm ${item.label} <kbd>c</kbd></button></form>
<form method="post" action="/review/${encodeURIComponent(item.domain)}/override" data-action="override">${csrfField(csrf)}${returnTo}<label>Label <select name="label">${labelOptions}</select></label> <label>Note <input name="note" required size="18"></label> <button type="submit">Override <kbd>o</kbd></button></form>
<form method="post" action="/review/${encodeURIComponent(item.domain)}/skip" data-action="skip">${csrfField(csrf)}${returnTo}<button type="submit">Skip <kbd>s</kbd></button></form>
<label><input type="checkbox" name="domain" value="${item.domain}" form="bulk" data-bulk> bulk <kbd>x</kbd></label>
</div></article>`;
}

/** A same-origin path to go back to after a verdict; anything else goes to the queue. */
const safeBack = (value: unknown): string => (typeof value === 'string' && /^\/review(\?[^\s]*)?$/.test(value) ? value : '/review');

/** GET /review, and the verdicts: confirm / override / skip one site, bulk confirm of the marked ones. */
export function registerReview(app: Hono<Env>, ws: Workspace): void {
  app.get('/review', async (c) => {
    const filter = filterOf(c);
    const reviewer = c.get('reviewer');
    const skipped = await ws.audit.skippedSince(reviewer, new Date(Date.now() - SKIP_MS).toISOString());
    const { total, items } = await ws.review.queue({ label: filter.label, search: filter.q, needsReviewOnly: filter.disagree, skipped, limit: PAGE_SIZE });
    const csrf = c.get('csrf');
    const cards: SafeHtml[] = [];
    for (const [i, item] of items.entries()) cards.push(await card(ws, item, csrf, filter, i));
    const labelOptions = [html`<option value="">any</option>`, ...LABELS.map((l) => html`<option value="${l}"${l === filter.label ? html` selected` : ''}>${l}</option>`)];
    const body = html`<form class="filters" method="get" action="/review" role="search">
<label>Label <select name="label">${labelOptions}</select></label>
<label>Domain contains <input name="q" value="${filter.q ?? ''}"></label>
<label><span><input type="checkbox" name="disagree" value="1"${filter.disagree ? html` checked` : ''}> rules and model disagree</span></label>
<button type="submit">Filter</button></form>
<p>${total} site(s) wait for review${total > items.length ? `; the first ${items.length} are shown` : ''}. Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous, <kbd>c</kbd> confirm, <kbd>o</kbd> override, <kbd>s</kbd> skip, <kbd>x</kbd> mark for bulk confirm.</p>
${items.length > 0 ? html`<form id="bulk" method="post" action="/review/bulk-confirm" class="actions">${csrfField(csrf)}<input type="hidden" name="back" value="${back(filter)}"><button type="button" data-mark-all>Mark all shown</button> <label>Note <input name="note" size="24"></label> <button type="submit">Confirm the marked sites</button></form>` : ''}
<div data-queue>${cards}</div>`;
    const flash = c.req.query('done') ?? null;
    return c.html(page({ title: 'Review queue', path: '/review', reviewer, csrf, body, flash: flash ? flash.slice(0, 200) : null }));
  });

  app.post('/review/bulk-confirm', async (c) => {
    const form = await c.req.parseBody({ all: true });
    const raw = form.domain;
    const domains = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((d): d is string => typeof d === 'string');
    if (domains.length === 0) throw new UsageError('Mark at least one site (the bulk box, or x) before confirming the marked sites.');
    const note = typeof form.note === 'string' && form.note.trim() ? form.note.trim() : null;
    const done = await ws.review.confirmAll(domains, c.get('reviewer'), note);
    const to = safeBack(form.back);
    return c.redirect(`${to}${to.includes('?') ? '&' : '?'}done=${encodeURIComponent(`confirmed ${done.length} site(s)`)}`, 303);
  });

  app.post('/review/:domain/:verdict{confirm|override|skip}', async (c) => {
    const domain = c.req.param('domain');
    const verdict = c.req.param('verdict') as 'confirm' | 'override' | 'skip';
    const form = await c.req.parseBody();
    const reviewer = c.get('reviewer');
    const to = safeBack(form.back);
    const json = (c.req.header('accept') ?? '').includes('application/json');
    if (verdict === 'skip') {
      if (!ws.catalog.site(domain)) throw new UsageError(`${domain} is not in the catalog.`);
      await ws.audit.record({ reviewer, action: 'skip', target: domain, detail: {} });
      return json ? c.json({ domain, skipped: true }) : c.redirect(`${to}${to.includes('?') ? '&' : '?'}done=${encodeURIComponent(`skipped ${domain}`)}`, 303);
    }
    const note = typeof form.note === 'string' && form.note.trim() ? form.note.trim() : null;
    const label = typeof form.label === 'string' && form.label ? form.label : undefined;
    if (verdict === 'override' && (!label || !(LABELS as readonly string[]).includes(label))) throw new UsageError(`An override needs a label: ${LABELS.join(', ')}.`);
    if (verdict === 'override' && !note) throw new UsageError('An override needs a note saying why.');
    const site = await ws.review.decide({ domain, verdict, label: label as Label | undefined, reviewer, note }, { via: 'workspace' });
    return json ? c.json(site) : c.redirect(`${to}${to.includes('?') ? '&' : '?'}done=${encodeURIComponent(`${site.domain}: ${site.label} (${site.reviewStatus} by ${reviewer})`)}`, 303);
  });
}
