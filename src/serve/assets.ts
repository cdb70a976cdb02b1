import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import type { Env } from './context.js';
import { APP_CSS } from './styles.js';

const here = dirname(fileURLToPath(import.meta.url));
/** Where `npm run build` (scripts/build-serve-assets.mjs) writes the graph bundle: dist/serve-assets/graph.js. */
export const GRAPH_BUNDLE = resolve(here, '../../serve-assets/graph.js');
/** The graph view's source, bundled on first use when the build did not (esbuild, a devDependency). */
const GRAPH_SOURCE = resolve(here, '../../../src/serve/client/graph.ts');

let graphBundle: Promise<string | null> | null = null;

/** The sigma.js graph view as one ES module: the built bundle, else one made now with esbuild, else null. */
export function graphScript(): Promise<string | null> {
  graphBundle ??= (async () => {
    if (existsSync(GRAPH_BUNDLE)) return readFile(GRAPH_BUNDLE, 'utf8');
    if (!existsSync(GRAPH_SOURCE)) return null;
    try {
      const esbuild = await import('esbuild');
      const out = await esbuild.build({ entryPoints: [GRAPH_SOURCE], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, write: false, logLevel: 'silent' });
      return out.outputFiles[0]?.text ?? null;
    } catch {
      return null;
    }
  })();
  return graphBundle;
}

const JS = { 'Content-Type': 'text/javascript; charset=utf-8' };

/** The app's own stylesheet and scripts: the only ones the CSP lets a page use. */
export function registerAssets(app: Hono<Env>): void {
  app.get('/assets/app.css', (c) => c.body(APP_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  app.get('/assets/app.js', async (c) => c.body(await readFile(resolve(here, 'client/app.js'), 'utf8'), 200, JS));
  app.get('/assets/graph.js', async (c) => {
    const script = await graphScript();
    if (!script) return c.text('The graph bundle is missing: run "npm run build".', 404);
    return c.body(script, 200, JS);
  });
}
