import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Hono } from 'hono';
import { UsageError } from '../../core/errors.js';
import { compactStamp } from '../../core/time.js';
import type { Env, Workspace } from '../context.js';
import { csrfField, day, html, page, table } from '../html.js';

/** Where exports built in the workspace go: <dataDir>/exports/<case>-<time>.zip. */
export const exportsDir = (ws: Workspace): string => resolve(ws.options.dataDir, 'exports');
const fileStem = (caseId: string): string => caseId.replace(/[^A-Za-z0-9._-]/g, '_');
const ZIP_NAME = /^[A-Za-z0-9._-]+\.zip$/;

interface VerifyRecord {
  at: string;
  bundles: { bundleId: string; verdict: string; reasons: string[] }[];
}

/** Verifies every bundle of a case as `dijkwacht verify` does (hashes, signature, signer, timestamps, custody). */
async function verifyCase(ws: Workspace, bundleIds: string[]): Promise<VerifyRecord['bundles']> {
  const [{ signerPolicy, verifyPaths, verdictOf }, { checkExports }] = await Promise.all([import('../../evidence/index.js'), import('../../export/index.js')]);
  const o = ws.options;
  const targets = await verifyPaths(bundleIds, {
    store: ws.store,
    tsaTrustFiles: o.tsaTrustFiles,
    allowPendingTimestamp: false,
    signerPolicy: await signerPolicy(o, [], false),
    zipLimits: { maxEntries: o.verifyMaxZipEntries, maxBytes: o.verifyMaxZipBytes, maxCompressionRatio: o.verifyMaxCompressionRatio },
    containerCheck: checkExports,
  });
  return targets.map((t) => {
    const v = verdictOf(t.result);
    return { bundleId: t.result.bundleId ?? t.input, verdict: v.verdict, reasons: v.reasons.slice(0, 5) };
  });
}

async function exportsOf(ws: Workspace, caseId: string): Promise<string[]> {
  const dir = exportsDir(ws);
  if (!existsSync(dir)) return [];
  const stem = `${fileStem(caseId)}-`;
  return (await readdir(dir)).filter((f) => f.startsWith(stem) && ZIP_NAME.test(f)).sort().reverse();
}

/** GET /cases; POST /cases/:id/verify and /cases/:id/export; GET /cases/:id/exports/:file downloads a built export. */
export function registerCases(app: Hono<Env>, ws: Workspace): void {
  app.get('/cases', async (c) => {
    const { listBundles, listCases } = await import('../../export/case-list.js');
    const cases = await listCases(ws.catalog, ws.store);
    const csrf = c.get('csrf');
    const sections = [];
    for (const k of cases) {
      const bundles = await listBundles(ws.catalog, ws.store, { caseId: k.caseId });
      const verified = (await ws.audit.last('verify', `case:${k.caseId}`))?.detail as VerifyRecord | undefined;
      const byBundle = new Map((verified?.bundles ?? []).map((b) => [b.bundleId, b]));
      const zips = await exportsOf(ws, k.caseId);
      const id = encodeURIComponent(k.caseId);
      sections.push(html`<section class="card"><h2>${k.caseId}</h2>
<p>${k.bundles} bundle(s): COMPLETE ${k.statuses.COMPLETE}, PARTIAL ${k.statuses.PARTIAL}, FAILED ${k.statuses.FAILED}; captured ${day(k.firstCapture)} → ${day(k.lastCapture)}; domains ${k.domains.join(', ')}${k.missing > 0 ? html`; <span class="warn">${k.missing} no longer in the store</span>` : ''}. ${k.lastExport ? `Last exported ${day(k.lastExport.at)}.` : 'Not exported yet.'}</p>
${table(
  ['bundle', 'url', 'captured', 'capture status', 'verify'],
  bundles.map((b) => {
    const v = byBundle.get(b.bundleId);
    return [b.bundleId, html`<code>${b.url}</code>`, day(b.capturedAt), b.status, v ? html`<span class="${v.verdict === 'OK' ? 'ok' : 'warn'}">${v.verdict}</span>${v.reasons.length > 0 ? html` <span class="muted">${v.reasons.join('; ')}</span>` : ''}` : html`<span class="muted">not verified here yet</span>`];
  }),
)}
${verified ? html`<p class="muted">Verified ${verified.at.replace('T', ' ').slice(0, 19)} UTC.</p>` : ''}
<div class="actions"><form method="post" action="/cases/${id}/verify">${csrfField(csrf)}<button type="submit">Verify the bundles</button></form>
<form method="post" action="/cases/${id}/export">${csrfField(csrf)}<button type="submit" class="primary">Build the court export</button></form></div>
${zips.length > 0 ? html`<p>Exports: ${zips.map((z, i) => html`${i > 0 ? ', ' : ''}<a href="/cases/${id}/exports/${encodeURIComponent(z)}" download>${z}</a>`)}</p>` : ''}
</section>`);
    }
    const body = cases.length === 0 ? html`<p class="muted">No cases yet: give captures a case id, e.g. <code>dijkwacht capture URL --case CASE-1</code>.</p>` : html`${sections}`;
    return c.html(page({ title: 'Cases', path: '/cases', reviewer: c.get('reviewer'), csrf, body, flash: c.req.query('done')?.slice(0, 300) ?? null }));
  });

  app.post('/cases/:id/verify', async (c) => {
    const caseId = c.req.param('id');
    const { listBundles } = await import('../../export/case-list.js');
    const bundles = (await listBundles(ws.catalog, ws.store, { caseId })).filter((b) => b.manifestSha256 !== null);
    if (bundles.length === 0) throw new UsageError(`Case ${caseId} has no bundles in the store to verify.`);
    const results = await verifyCase(ws, bundles.map((b) => b.bundleId));
    const at = new Date().toISOString();
    await ws.audit.record({ reviewer: c.get('reviewer'), action: 'verify', target: `case:${caseId}`, detail: { at, bundles: results } });
    const ok = results.filter((r) => r.verdict === 'OK').length;
    return c.redirect(`/cases?done=${encodeURIComponent(`${caseId}: ${ok} of ${results.length} bundle(s) verify OK`)}`, 303);
  });

  app.post('/cases/:id/export', async (c) => {
    const caseId = c.req.param('id');
    const { exportCase } = await import('../../export/index.js');
    const zip = resolve(exportsDir(ws), `${fileStem(caseId)}-${compactStamp()}.zip`);
    const result = await exportCase(ws.options, caseId, zip);
    await ws.audit.record({ reviewer: c.get('reviewer'), action: 'export', target: `case:${caseId}`, detail: { exportId: result.exportId, zip: result.zip, bundles: result.bundles.length, timestamped: result.timestamped } });
    return c.redirect(`/cases?done=${encodeURIComponent(`${caseId} exported (${result.bundles.length} bundles${result.timestamped ? ', timestamped' : ', not timestamped'})`)}`, 303);
  });

  app.get('/cases/:id/exports/:file', async (c) => {
    const caseId = c.req.param('id');
    const file = c.req.param('file');
    if (!ZIP_NAME.test(file) || !(await exportsOf(ws, caseId)).includes(file)) return c.notFound();
    // The court export as a whole: its sealed artifacts stay encrypted for the custodians; nothing is unsealed here.
    const data = await readFile(resolve(exportsDir(ws), file));
    return c.body(new Uint8Array(data), 200, { 'Content-Type': 'application/zip', 'Content-Disposition': `attachment; filename="${file}"` });
  });
}
