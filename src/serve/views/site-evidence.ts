import type { PageEvidence } from '../../classify/index.js';
import { highlighted } from '../highlight.js';
import { html, type SafeHtml } from '../html.js';

/** The classifier's evidence grouped by the page it came from, each reason with its highlighted snippet. */
export function reasonsOfPages(evidence: PageEvidence[]): SafeHtml {
  if (evidence.length === 0) return html`<p class="muted">No stored page evidence.</p>`;
  return html`${evidence.map(
    (p) => html`<section class="card"><h3><code>${p.url}</code></h3><p class="muted">${p.lang ?? 'language unknown'}${p.langCovered ? '' : ' (not in the lexicon)'} · ${p.words} words${p.promoted.length > 0 ? ` · promotes ${p.promoted.slice(0, 8).join(', ')}` : ''}</p>${
      p.items.length === 0
        ? html`<p class="muted">No evidence on this page.</p>`
        : html`<ul class="reasons">${p.items.map((e) => html`<li><strong>${e.channel}</strong> · ${e.reason}${e.count > 1 ? ` (×${e.count})` : ''}<span class="snippet">${highlighted(e.snippet, e.reason)}</span></li>`)}</ul>`
    }</section>`,
  )}`;
}
