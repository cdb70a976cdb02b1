import type { Hono } from 'hono';
import type { ArtifactEntry, Manifest } from '../../evidence/index.js';
import type { Env, Workspace } from '../context.js';

/** The only artifact role the workspace ever serves: the pixelated working copy. */
const SERVABLE_ROLE = 'screenshot-safe-view';
const BUNDLE_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** A bundle's safe view entry, or null (no bundle, no safe view, or a sealed one). */
export async function safeViewOf(ws: Workspace, bundleId: string): Promise<ArtifactEntry | null> {
  if (!BUNDLE_ID.test(bundleId) || bundleId.startsWith('.')) return null;
  if (!(await ws.store.has(bundleId).catch(() => false))) return null;
  const manifest = JSON.parse((await ws.store.read(bundleId, 'manifest.json')).toString('utf8')) as Manifest;
  return manifest.artifacts.find((a) => a.role === SERVABLE_ROLE && !a.sealed && a.mediaType === 'image/png') ?? null;
}

/** The URL the views embed for a bundle's safe view. */
export const safeViewUrl = (bundleId: string): string => `/bundles/${encodeURIComponent(bundleId)}/safe-view.png`;

/**
 * Bundle files: the safe view only. Every other path of a bundle (the sealed original, WARC, HTML,
 * the manifest itself) answers 404, as does a safe view the manifest marks sealed.
 */
export function registerArtifacts(app: Hono<Env>, ws: Workspace): void {
  app.get('/bundles/:id/:file{.+}', async (c) => {
    const id = c.req.param('id');
    if (c.req.param('file') !== 'safe-view.png') return c.notFound();
    const entry = await safeViewOf(ws, id);
    if (!entry) return c.notFound();
    const png = await ws.store.read(id, entry.path);
    return c.body(new Uint8Array(png), 200, { 'Content-Type': 'image/png', 'Content-Disposition': 'inline; filename="safe-view.png"', 'X-Content-Type-Options': 'nosniff' });
  });
}
