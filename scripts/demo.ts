// `npm run demo`: start the offline test world, then run the real CLI against it:
// keys, capture (HTTP, HTTPS, a redirect chain, a bot wall), verify. Prints where the outputs are.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../src/core/version.js';
import { startWorld } from '../test/world/index.js';

const run = promisify(execFile);
const cli = resolve(projectRoot, 'bin', 'dijkwacht.js');
const dataDir = resolve(process.env.DIJKWACHT_DEMO_DIR ?? resolve(projectRoot, 'storage', 'demo'));

async function dijkwacht(args: string[]): Promise<{ code: number; json: unknown }> {
  try {
    const { stdout } = await run(process.execPath, [cli, ...args, '--data-dir', dataDir, '--json', '--log-level', 'warn'], { maxBuffer: 64 << 20 });
    return { code: 0, json: JSON.parse(stdout) as unknown };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    if (e.stdout) return { code: e.code ?? 1, json: JSON.parse(e.stdout) as unknown };
    throw new Error(`dijkwacht ${args[0]} failed: ${e.stderr ?? String(error)}`);
  }
}

const world = await startWorld();
try {
  console.log('dijkwacht demo — offline test world on loopback\n');
  if (!existsSync(resolve(dataDir, 'keys', 'signing-cert.pem'))) {
    await dijkwacht(['keys', 'init', '--name', 'dijkwacht demo collector', '--org', 'Demo NGO']);
    console.log(`keys:     created in ${dataDir}/keys`);
  }
  const targets = ['http://pixelpeel.test/', 'https://pixelpeel.test/', 'http://go-pixelpeel.test/', 'http://guarded-portal.test/'];
  const capture = (await dijkwacht(['capture', ...targets, '--case', 'DEMO-1', '--proxy', world.proxyUrl, '--tsa', world.tsa.url, '--ca-file', world.webCaFile]))
    .json as { bundles: { id: string; path: string; url: string; status: string; reasons: string[] }[]; errors: { url: string; error: string }[] };
  console.log('capture:');
  for (const b of capture.bundles) {
    console.log(`  ${b.status.padEnd(8)} ${b.url}`);
    for (const r of b.reasons) console.log(`           - ${r}`);
  }
  for (const e of capture.errors) console.log(`  ERROR    ${e.url}: ${e.error}`);
  const verify = await dijkwacht(['verify', ...capture.bundles.map((b) => b.path), '--tsa-trust', world.tsa.caFile]);
  const v = verify.json as { ok: boolean; report: string; results: { path: string; ok: boolean; problems: unknown[] }[] };
  console.log(`\nverify:   ${v.ok ? 'all bundles verify (hashes, schema, CMS signature, RFC 3161 timestamp, custody chain)' : 'PROBLEMS FOUND'}`);
  const first = capture.bundles[0];
  if (first) {
    console.log(`\noutputs:`);
    console.log(`  bundle:            ${first.path}`);
    console.log(`  safe-view copy:    ${first.path}/artifacts/screenshot-safe-view.png`);
    console.log(`  how to verify:     ${first.path}/VERIFY.md`);
    console.log(`  report:            ${v.report}`);
  }
  console.log('\nDiscovery, domain intelligence and referral packets join this demo as those stages land.');
  process.exitCode = v.ok && capture.errors.length === 0 ? 0 : 1;
} finally {
  await world.stop();
}
