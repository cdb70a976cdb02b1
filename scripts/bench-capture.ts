// npm run bench:capture — capture speed, verify throughput and memory on the offline test world.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { captureUrls } from '../src/capture/index.js';
import { BundleWriter } from '../src/evidence/bundle-writer.js';
import { finalizeBundle } from '../src/evidence/finalize.js';
import { initKeys, loadSigner, verifyBundleDir } from '../src/evidence/index.js';
import { benchManifest } from './bench/bench-manifest.js';
import { loadOptions, testDefaults } from '../src/options/index.js';
import { FsBundleStore } from '../src/store/index.js';
import { startWorld } from '../test/world/index.js';
import { percentile, sampleMemory, table } from './bench/measure.js';

const N = Number(process.env.BENCH_CAPTURES ?? 12);
const world = await startWorld();
const dataDir = await mkdtemp(join(tmpdir(), 'dw-bench-'));
await initKeys({ dataDir, name: 'bench' });
const options = loadOptions({ env: {}, overrides: { ...testDefaults, dataDir, proxy: world.proxyUrl, tsaUrls: [world.tsa.url], caFile: world.webCaFile } });
const url = 'http://pixelpeel.test/'; // text + 10 placeholder images (+ 4 more imagery elements)
const memory = sampleMemory();

async function run(concurrency: number, count: number): Promise<{ perBundleMs: number[]; totalMs: number; paths: string[] }> {
  const stamps: number[] = [];
  const paths: string[] = [];
  const t0 = performance.now();
  const results = await captureUrls({
    urls: Array.from({ length: count }, () => url),
    options: { ...options, captureConcurrency: concurrency },
    onResult: () => stamps.push(performance.now()),
  });
  for (const r of results) if (r.ok) paths.push(r.path);
  const totalMs = performance.now() - t0;
  const perBundleMs = stamps.slice(1).map((t, i) => t - stamps[i]!); // the first includes browser start
  return { perBundleMs, totalMs, paths };
}

process.stderr.write(`capturing ${url} ${N + 1} times at concurrency 1 …\n`);
const c1 = await run(1, N + 1);
process.stderr.write(`capturing ${N} times at concurrency 2 …\n`);
const c2 = await run(2, N);

process.stderr.write('verifying …\n');
const all = [...c1.paths, ...c2.paths];
let bytes = 0;
const v0 = performance.now();
for (const p of all) bytes += (await verifyBundleDir(p)).bytesHashed;
const verifySmallS = (performance.now() - v0) / 1000;
const mem = memory.stop();

// A large bundle: one 256 MiB artifact, signed and timestamped like any other.
const big = await BundleWriter.create(resolve(dataDir, 'staging'), '20261123T000000Z-bench-large-0001', null);
const blob = big.workPath('blob.bin');
{
  const out = createWriteStream(blob);
  for (let i = 0; i < 256; i++) if (!out.write(randomBytes(1024 * 1024))) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}
await big.addFile({ name: 'blob.bin', role: 'response-body', mediaType: 'application/octet-stream' }, blob);
const now = new Date().toISOString();
await finalizeBundle({
  writer: big,
  signer: await loadSigner(options),
  actor: 'bench',
  tsaUrls: [world.tsa.url],
  tsaTimeoutMs: 10_000,
  manifest: benchManifest('20261123T000000Z-bench-large-0001', now),
});
await big.removeWork();
const bigPath = await FsBundleStore.forDataDir(dataDir).commit(big.dir, '20261123T000000Z-bench-large-0001');
const b0 = performance.now();
const bigResult = await verifyBundleDir(bigPath);
const verifyBigS = (performance.now() - b0) / 1000;

const mib = (n: number) => (n / 1024 / 1024).toFixed(1);
console.log(`\ndijkwacht bench:capture — ${url} via the test-world proxy, local TSA, sealing on\n`);
console.log(
  table([
    ['metric', 'value'],
    ['---', '---'],
    ['captures measured (concurrency 1)', String(c1.perBundleMs.length)],
    ['median time per bundle, concurrency 1', `${(percentile(c1.perBundleMs, 50) / 1000).toFixed(2)} s`],
    ['p90 time per bundle, concurrency 1', `${(percentile(c1.perBundleMs, 90) / 1000).toFixed(2)} s`],
    ['bundles per minute, concurrency 1', ((c1.paths.length / c1.totalMs) * 60_000).toFixed(1)],
    ['bundles per minute, concurrency 2', ((c2.paths.length / c2.totalMs) * 60_000).toFixed(1)],
    ['verify, typical bundles', `${all.length} bundles (${mib(bytes)} MiB) in ${verifySmallS.toFixed(2)} s = ${(all.length / verifySmallS).toFixed(1)} bundles/s`],
    ['verify, one 256 MiB bundle', `${mib(bigResult.bytesHashed)} MiB in ${verifyBigS.toFixed(2)} s = ${(bigResult.bytesHashed / 1024 / 1024 / verifyBigS).toFixed(0)} MiB/s (${bigResult.ok ? 'ok' : 'NOT OK'})`],
    ['peak RSS, node (captures + verify)', `${mem.nodePeakMiB.toFixed(0)} MiB`],
    ['peak RSS, chromium (all its processes)', `${mem.browserPeakMiB.toFixed(0)} MiB`],
  ]),
);
console.log('\n(bundles per minute include starting the browser once per run)');
await world.stop();
await rm(dataDir, { recursive: true, force: true });
