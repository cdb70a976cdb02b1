import type { Hono } from 'hono';
import { listNotices } from '../../catalog/index.js';
import { dueEscalations, noticeStatus, silenceDays } from '../../notices/index.js';
import type { Env, Workspace } from '../context.js';
import { day, html, page, table } from '../html.js';
import { safeViewOf, safeViewUrl } from './artifacts.js';
import { reasonsOfPages } from './site-evidence.js';

const PAGES_SHOWN = 50;

/** GET /sites/:domain: label history, evidence by page, identifiers, domain facts and their changes, captures, packets, notices, escalations due. */
export function registerSite(app: Hono<Env>, ws: Workspace): void {
  app.get('/sites/:domain', async (c) => {
    const domain = c.req.param('domain').toLowerCase();
    const data = await ws.sites.site(domain, PAGES_SHOWN);
    if (!data) return c.notFound();
    const { site } = data;
    const evidence = await ws.review.evidenceOf(domain);
    const thresholds = silenceDays(ws.options);
    const due = dueEscalations(listNotices(ws.catalog).map((n) => noticeStatus(n, thresholds))).filter((e) => e.domain === domain);
    const captures = [];
    for (const cap of data.captures.slice(0, 20)) {
      const safe = await safeViewOf(ws, cap.bundleId);
      const verified = cap.caseId ? ((await ws.audit.last('verify', `case:${cap.caseId}`))?.detail as { at: string; bundles: { bundleId: string; verdict: string }[] } | undefined) : undefined;
      const verdict = verified?.bundles.find((b) => b.bundleId === cap.bundleId);
      captures.push([
        cap.bundleId,
        cap.url,
        day(cap.at),
        html`<span class="${cap.status === 'COMPLETE' ? 'ok' : 'warn'}">${cap.status}</span>`,
        cap.caseId ?? '-',
        verdict ? html`<span class="${verdict.verdict === 'OK' ? 'ok' : 'warn'}">${verdict.verdict}</span> <span class="muted">${day(verified!.at)}</span>` : html`<span class="muted">not verified here</span>`,
        safe ? html`<a href="${safeViewUrl(cap.bundleId)}">safe view</a>` : 'no safe view',
      ]);
    }
    const latest = data.lookups[0];
    const body = html`<p><strong>${site.label}</strong> (${site.labelSource === 'human' ? `${site.reviewStatus} by a reviewer` : 'classifier'}, score ${site.score.toFixed(2)})${site.lang ? ` · language ${site.lang}` : ''} · first seen ${day(site.firstSeen)}, last seen ${day(site.lastSeen)}${site.needsReview ? html` · <span class="warn">needs review: ${site.reviewReasons.join('; ')}</span>` : ''}</p>
<h2>Label history</h2>${table(['when', 'label', 'source', 'reviewer', 'note', 'run'], data.history.map((h) => [h.at.replace('T', ' ').slice(0, 19), h.label, h.source, h.reviewer ?? '-', h.note ?? '', h.run ?? '-']))}
<h2>Evidence by page</h2>${reasonsOfPages(evidence)}
<h2>Pages</h2><p class="muted">${data.pageCount} page fetch(es)${data.pageCount > data.pages.length ? `; the newest ${data.pages.length} are shown` : ''}.</p>
${table(['fetched', 'url', 'status', 'title', 'label', 'run'], data.pages.map((p) => [day(p.fetchedAt), html`<code>${p.url}</code>${p.finalUrl && p.finalUrl !== p.url ? html` → <code>${p.finalUrl}</code>` : ''}`, p.error ? `error: ${p.error}` : (p.httpStatus ?? '-'), p.title ?? '', p.label ?? '-', p.runId]))}
<h2>Identifiers</h2>${data.identifiers.length === 0 ? html`<p class="muted">None recorded.</p>` : table(['kind', 'value', 'page', 'first seen'], data.identifiers.map((i) => [i.kind, html`<code>${i.value}</code>`, html`<code>${i.pageUrl}</code>`, day(i.firstSeen)]))}
<h2>Domain facts</h2>${
      latest
        ? html`<p>Registry ${latest.registry ?? 'unknown'}; registrar ${latest.registrar ?? 'unknown'}${latest.registrarAbuse ? ` (abuse ${latest.registrarAbuse})` : ''}; CDN ${latest.cdn ?? 'none seen'}; looked up ${day(latest.at)}.</p>
${table(['ip / holder', 'network', 'country', 'abuse'], latest.hosting.map((h) => [h.holder, h.network ?? '-', h.country ?? '-', h.abuseEmail ?? '-']))}
<p>Nameservers: ${latest.nameservers.join(', ') || '-'}</p>
<h2>Changes of the domain facts</h2>${table(['lookup', 'registrar', 'hosting', 'cdn', 'changed'], data.lookups.map((l) => [day(l.at), l.registrar ?? '-', l.hosting.map((h) => h.holder).join('; ') || '-', l.cdn ?? '-', l.changed.length > 0 ? html`<span class="warn">${l.changed.join(', ')}</span>` : '-']))}`
        : html`<p class="muted">Not looked up yet: <code>dijkwacht domains ${domain}</code>.</p>`
    }
<h2>Captures</h2>${captures.length === 0 ? html`<p class="muted">No captures: <code>dijkwacht capture https://${domain}/</code>.</p>` : table(['bundle', 'url', 'captured', 'capture status', 'case', 'verify', 'working copy'], captures)}
<p class="muted">Verify a case's bundles on <a href="/cases">Cases</a>. Originals stay sealed; the workspace shows safe views only.</p>
<h2>Packets</h2>${data.packets.length === 0 ? html`<p class="muted">None.</p>` : table(['packet', 'recipient', 'language', 'created', 'sha-256'], data.packets.map((p) => [p.id, `${p.recipientType}: ${p.recipientName}`, p.lang, day(p.createdAt), html`<code>${p.sha256.slice(0, 16)}…</code>`]))}
<h2>Notice timeline</h2>${
      data.notices.length === 0
        ? html`<p class="muted">No notices.</p>`
        : html`<ol>${data.notices.map((n) => html`<li>${day(n.sentAt)} #${n.id} to ${n.recipientType} ${n.recipient} (${n.channel})${n.events.length > 0 ? html`<ul>${n.events.map((e) => html`<li>${day(e.at)} ${e.kind}${e.outcome ? `: ${e.outcome}` : ''}${e.note ? ` — ${e.note}` : ''}</li>`)}</ul>` : ''}</li>`)}</ol>`
    }
<h2>Escalations due</h2>${due.length === 0 ? html`<p class="muted">None.</p>` : html`<ul>${due.map((e) => html`<li>${e.next}: after ${e.after.recipientType} ${e.after.recipient} stayed silent ${e.after.daysSilent} days (<a href="/notices">build the packet on Notices</a>)</li>`)}</ul>`}`;
    return c.html(page({ title: domain, path: '/sites', reviewer: c.get('reviewer'), csrf: c.get('csrf'), body }));
  });
}
