// Bundles the workspace's graph view (sigma.js + graphology) into dist/serve-assets/graph.js.
// Run after tsc: node scripts/build-serve-assets.mjs. The bundle is generated, never committed.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/serve/client/graph.ts'],
  outfile: 'dist/serve-assets/graph.js',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
