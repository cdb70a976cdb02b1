// npm run bench:capture — capture speed on the offline test world: one URL as a whole CLI process
// (side by side with Harvard LIL's Scoop when it is installed next to the project), bundles per
// minute in one process at concurrency 1 and 2, verify throughput and memory.
//
//   BENCH_CAPTURES   captures per in-process run (12)
//   BENCH_ROUNDS     whole-process rounds; with Scoop, alternated pairs (3)
//   DIJKWACHT_SCOOP  Scoop's bin/cli.js, or a directory holding it (default: ../scoop, ../node_modules)
//   DIJKWACHT_SCOOP_ARGS  extra Scoop arguments, whitespace-separated (its default blocklist refuses loopback)
// Scoop is never a dependency of dijkwacht and is never installed by this script.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { captureUrls } from '../src/capture/index.js';
import { projectRoot } from '../src/core/version.js';
import { BundleWriter } from '../src/evidence/bundle-writer.js';
import { finalizeBundle } from '../src/evidence/finalize.js';
import { initKeys, loadSigner, verifyBundleDir } from '../src/evidence/index.js';
import { benchManifest } from './bench/bench-manifest.js';
import { loadOptions, testDefaults } from '../src/options/index.js';
import { FsBundleStore } from '../src/store/index.js';
import { startWorld } from '../test/world/index.js';
import { percentile, sampleMemory, table } from './bench/measure.js';

const N = Number(process.env.BENCH_CAPTURES ?? 12);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Scoop on this page, as last measured side by side on this 2-core machine (issue 16). */
const SCOOP_LAST_KNOWN = { wallS: 8.15, cpuS: 2.33 };
const TARGET_PER_MIN_C2 = 45;

const world = await startWorld({ s3: false });
const dataDir = await mkdtemp(join(tmpdir(), 'dw-bench-'));
await initKeys({ dataDir, name: 'bench' });
const options = loadOptions({ env: {}, overrides: { ...testDefaults, dataDir, proxy: world.proxyUrl, tsaUrls: [world.tsa.url], caFile: world.webCaFile } });
const url = 'http://pixelpeel.test/'; // text + 10 placeholder images (+ 4 more imagery elements)
/** The same page straight from the loopback server (no proxy), so that a tool without proxy settings captures it too. */
const loopbackUrl = `${world.web.httpOrigin}/`;
const median = (values: number[]): number => percentile(values, 50);
const s = (v: number): string => (Number.isFinite(v) ? `${v.toFixed(2)} s` : '-');

// ---- one URL, whole process ----------------------------------------------------------------------

interface ChildTime {
  wallS: number;
  /** User + system CPU of the process and every descendant it waited for (the browser too). */
  cpuS: number;
  ok: boolean;
  output: string;
}

const seconds = (text: string | undefined): number => {
  const m = /^(\d+)m([\d.]+)s$/.exec((text ?? '').trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
};

/** Wall and CPU (POSIX `times` in a wrapping shell) of a whole process; the event loop stays free for the world. */
function timeChild(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<ChildTime> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn('sh', ['-c', '"$@"; code=$?; times >&2; exit $code', 'sh', ...args], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', fail);
    child.on('close', (code) => {
      const children = out.trimEnd().split('\n').at(-1)?.split(/\s+/) ?? [];
      done({ wallS: (performance.now() - t0) / 1000, cpuS: seconds(children[0]) + seconds(children[1]), ok: code === 0, output: out.slice(-2000) });
    });
  });
}

function findScoop(): string | null {
  const given = process.env.DIJKWACHT_SCOOP;
  const candidates = given
    ? [given, join(given, 'bin', 'cli.js'), join(given, 'node_modules', '@harvard-lil', 'scoop', 'bin', 'cli.js')]
    : [resolve(projectRoot, '..', 'scoop', 'bin', 'cli.js'), resolve(projectRoot, '..', 'scoop', 'node_modules', '@harvard-lil', 'scoop', 'bin', 'cli.js'), resolve(projectRoot, '..', 'node_modules', '@harvard-lil', 'scoop', 'bin', 'cli.js')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

const cliEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DIJKWACHT_DATA_DIR: dataDir,
  DIJKWACHT_TSA_URLS: world.tsa.url,
  DIJKWACHT_TSA_TRUST: world.tsa.caFile,
  DIJKWACHT_ALLOW_PRIVATE_NETWORK: 'true',
  DIJKWACHT_LOG_LEVEL: 'silent',
};
delete cliEnv.DIJKWACHT_PROXY;
const dijkwachtRun = (): Promise<ChildTime> => timeChild(['node', join(projectRoot, 'bin', 'dijkwacht.js'), 'capture', loopbackUrl], cliEnv, projectRoot);
const scoopPath = findScoop();
const scoopOut = await mkdtemp(join(tmpdir(), 'dw-bench-scoop-'));
let scoopRuns = 0;
const scoopRun = (cli: string): Promise<ChildTime> => {
  const extra = (process.env.DIJKWACHT_SCOOP_ARGS ?? '--blocklist /^$/').split(/\s+/).filter(Boolean);
  return timeChild(['node', cli, loopbackUrl, '--output', join(scoopOut, `scoop-${scoopRuns++}.wacz`), ...extra], { ...process.env }, scoopOut);
};

const ours: ChildTime[] = [];
const theirs: ChildTime[] = [];
process.stderr.write(`one URL as a whole process, ${ROUNDS} round(s)${scoopPath ? ` alternated with Scoop (${scoopPath})` : ''} …\n`);
await dijkwachtRun(); // warm the file cache and the data directory; not counted
for (let i = 0; i < ROUNDS; i++) {
  // A B B A …: neither tool always runs first after the other.
  const order = i % 2 === 0 ? ['dijkwacht', 'scoop'] : ['scoop', 'dijkwacht'];
  for (const who of order) {
    if (who === 'dijkwacht') ours.push(await dijkwachtRun());
    else if (scoopPath) theirs.push(await scoopRun(scoopPath));
  }
}
const version = await timeChild(['node', join(projectRoot, 'bin', 'dijkwacht.js'), '--version'], cliEnv, projectRoot);

// ---- bundles per minute in one process -----------------------------------------------------------

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

// ---- report --------------------------------------------------------------------------------------

const mib = (n: number) => (n / 1024 / 1024).toFixed(1);
const okRuns = (runs: ChildTime[]) => runs.filter((r) => r.ok);
const oursOk = okRuns(ours);
const theirsOk = okRuns(theirs);
const scoopWall = theirsOk.length > 0 ? median(theirsOk.map((r) => r.wallS)) : SCOOP_LAST_KNOWN.wallS;
const scoopCpu = theirsOk.length > 0 ? median(theirsOk.map((r) => r.cpuS)) : SCOOP_LAST_KNOWN.cpuS;
const scoopSource = theirsOk.length > 0 ? `measured now, ${theirsOk.length} runs` : scoopPath ? 'Scoop failed here; last known figures (issue 16)' : 'not installed; last known figures (issue 16)';
// Pair by pair: round i of each tool, ratios of the same round.
const pairRatios = theirsOk.length === ours.length && oursOk.length === ours.length ? ours.map((r, i) => r.wallS / theirs[i]!.wallS) : [];
const perMinC2 = (c2.paths.length / c2.totalMs) * 60_000;

console.log(`\ndijkwacht bench:capture — ${url} (whole-process runs: ${loopbackUrl}), local TSA, sealing on\n`);
console.log(
  table([
    ['one URL, whole process', 'dijkwacht', 'Scoop', 'ratio (dijkwacht / Scoop)', 'target'],
    ['---', '---', '---', '---', '---'],
    ['wall, median', s(median(oursOk.map((r) => r.wallS))), s(scoopWall), `${(median(oursOk.map((r) => r.wallS)) / scoopWall).toFixed(2)}×`, '≤ 1.00×'],
    ['CPU (with the browser), median', s(median(oursOk.map((r) => r.cpuS))), s(scoopCpu), `${(median(oursOk.map((r) => r.cpuS)) / scoopCpu).toFixed(2)}×`, ''],
    ['wall ratio, pair by pair', '', '', pairRatios.length > 0 ? pairRatios.map((r) => `${r.toFixed(2)}×`).join(', ') : '-', ''],
    ['runs that succeeded', `${oursOk.length}/${ours.length}`, scoopPath ? `${theirsOk.length}/${theirs.length}` : '-', '', ''],
    ['`dijkwacht --version`, wall', s(version.wallS), '', '', '≤ 0.30 s'],
  ]),
);
console.log(`\nScoop: ${scoopSource}.`);
if (!scoopPath) {
  console.log('Side by side, this bench would run Scoop on the same loopback page, alternating with dijkwacht (A B B A …),');
  console.log('and print medians and pair-by-pair ratios. Put Scoop next to the project (../scoop with its node_modules,');
  console.log('or DIJKWACHT_SCOOP=/path/to/scoop/bin/cli.js); it is never a dependency of dijkwacht.');
}
for (const failed of [...ours, ...theirs].filter((r) => !r.ok).slice(0, 2)) console.log(`\na run failed; its last output:\n${failed.output}`);
console.log('');
console.log(
  table([
    ['in one process', 'value', 'target'],
    ['---', '---', '---'],
    ['captures measured (concurrency 1)', String(c1.perBundleMs.length), ''],
    ['median time per bundle, concurrency 1', s(median(c1.perBundleMs) / 1000), ''],
    ['p90 time per bundle, concurrency 1', s(percentile(c1.perBundleMs, 90) / 1000), ''],
    ['bundles per minute, concurrency 1', ((c1.paths.length / c1.totalMs) * 60_000).toFixed(1), ''],
    ['bundles per minute, concurrency 2', perMinC2.toFixed(1), `≥ ${TARGET_PER_MIN_C2}`],
    ['verify, typical bundles', `${all.length} bundles (${mib(bytes)} MiB) in ${verifySmallS.toFixed(2)} s = ${(all.length / verifySmallS).toFixed(1)} bundles/s`, ''],
    ['verify, one 256 MiB bundle', `${mib(bigResult.bytesHashed)} MiB in ${verifyBigS.toFixed(2)} s = ${(bigResult.bytesHashed / 1024 / 1024 / verifyBigS).toFixed(0)} MiB/s (${bigResult.ok ? 'ok' : 'NOT OK'})`, ''],
    ['peak RSS, node (captures + verify)', `${mem.nodePeakMiB.toFixed(0)} MiB`, ''],
    ['peak RSS, chromium (all its processes)', `${mem.browserPeakMiB.toFixed(0)} MiB`, ''],
  ]),
);
console.log('\n(bundles per minute include starting the browser once per run; the machine\'s load shows in every figure: compare ratios)');
await world.stop();
await rm(dataDir, { recursive: true, force: true });
await rm(scoopOut, { recursive: true, force: true });
