import type { Hono } from 'hono';
import type { Env, Workspace } from '../context.js';
import { html, page, table } from '../html.js';

const SHOWN = 200;

/** GET /audit: the newest verdicts and actions taken in the workspace, with who took them. */
export function registerAudit(app: Hono<Env>, ws: Workspace): void {
  app.get('/audit', async (c) => {
    const entries = await ws.audit.recent(SHOWN);
    const body = entries.length === 0 ? html`<p class="muted">Nothing recorded yet.</p>` : table(['when (UTC)', 'reviewer', 'action', 'target', 'detail'], entries.map((e) => [e.at.replace('T', ' ').slice(0, 19), e.reviewer, e.action, e.target, html`<code>${JSON.stringify(e.detail).slice(0, 300)}</code>`]));
    return c.html(page({ title: 'Audit trail', path: '/audit', reviewer: c.get('reviewer'), csrf: c.get('csrf'), body: html`<p class="muted">The newest ${SHOWN} entries; every verdict and action is kept in the catalog (workspace_audit).</p>${body}` }));
  });
}
