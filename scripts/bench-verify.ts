// npm run bench:verify — verify speed against sha256sum: one 256 MiB bundle (whole process, both
// sides) and many small bundles in one process. Alternated runs, medians; the machine is shared.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { BundleWriter } from '../src/evidence/bundle-writer.js';
import { finalizeBundle } from '../src/evidence/finalize.js';
import { initKeys, loadSigner, loadCertificatesPem, verifyBundleDir, verifyPaths, type Signer } from '../src/evidence/index.js';
import { benchManifest } from './bench/bench-manifest.js';
import { loadOptions, testDefaults } from '../src/options/index.js';
import { FsBundleStore } from '../src/store/index.js';
import { startTsa } from '../test/world/tsa.js';
import { percentile, table } from './bench/measure.js';

const SMALL = Number(process.env.BENCH_SMALL_BUNDLES ?? 200);
const BIG_MIB = Number(process.env.BENCH_BIG_MIB ?? 256);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const bin = resolve(import.meta.dirname, '../../bin/dijkwacht.js');

const tsa = await startTsa();
const dataDir = await mkdtemp(join(tmpdir(), 'dw-bench-verify-'));
await initKeys({ dataDir, name: 'bench' });
const options = loadOptions({ env: {}, overrides: { ...testDefaults, dataDir, tsaUrls: [tsa.url] } });
const signer = await loadSigner(options);
const store = FsBundleStore.forDataDir(dataDir);

/** One signed, timestamped bundle holding the files `fill` writes into its work directory. */
async function makeBundle(id: string, fill: (writer: BundleWriter) => Promise<void>, key: Signer): Promise<string> {
  const writer = await BundleWriter.create(resolve(dataDir, 'staging'), id, null);
  await fill(writer);
  const now = new Date().toISOString();
  await finalizeBundle({
    writer,
    signer: key,
    actor: 'bench',
    tsaUrls: [tsa.url],
    tsaTimeoutMs: 10_000,
    manifest: benchManifest(id, now),
  });
  await writer.removeWork();
  return store.commit(writer.dir, id);
}

process.stderr.write(`building one ${BIG_MIB} MiB bundle and ${SMALL} small bundles …\n`);
const bigPath = await makeBundle(
  '20261123T000000Z-bench-verify-large-0001',
  async (writer) => {
    const blob = writer.workPath('blob.bin');
    const out = createWriteStream(blob);
    for (let i = 0; i < BIG_MIB; i++) if (!out.write(randomBytes(1024 * 1024))) await once(out, 'drain');
    out.end();
    await once(out, 'finish');
    await writer.addFile({ name: 'blob.bin', role: 'response-body', mediaType: 'application/octet-stream' }, blob);
  },
  signer,
);
const smallPaths: string[] = [];
for (let i = 0; i < SMALL; i++) {
  const id = `20261123T000000Z-bench-verify-small-${String(i).padStart(4, '0')}`;
  smallPaths.push(
    await makeBundle(
      id,
      async (writer) => {
        const page = writer.workPath('page.html');
        await writeFile(page, `<!doctype html><title>bench ${i}</title><p>${randomBytes(2048).toString('hex')}</p>`);
        await writer.addFile({ name: 'page.html', role: 'response-body', mediaType: 'text/html' }, page);
      },
      signer,
    ),
  );
}

// The small bundles in a directory of their own, as a case's bundles are verified with `dijkwacht verify DIR`.
const smallDir = resolve(dataDir, 'small-bundles');
await mkdir(smallDir);
for (const [i, p] of smallPaths.entries()) {
  const moved = join(smallDir, basename(p));
  await rename(p, moved);
  smallPaths[i] = moved;
}

/** Every regular file under `dir`, for sha256sum. */
async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

function wallMs(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): { ms: number; status: number | null } {
  const t0 = performance.now();
  const r = spawnSync(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 16 * 1024 * 1024 });
  return { ms: performance.now() - t0, status: r.status };
}

const cliEnv = { ...process.env, DIJKWACHT_DATA_DIR: dataDir };
const bigFiles = await filesOf(bigPath);
const shaMs: number[] = [];
const cliMs: number[] = [];
const ratios: number[] = [];
let cliStatus: number | null = 0;
process.stderr.write(`verifying the large bundle: ${ROUNDS} alternated rounds of sha256sum and dijkwacht verify …\n`);
for (let round = 0; round < ROUNDS; round++) {
  const sha = wallMs('sha256sum', bigFiles);
  const cli = wallMs(process.execPath, [bin, 'verify', bigPath, '--tsa-trust', tsa.caFile, '--report', join(dataDir, 'bench-report.md')], cliEnv);
  if (cli.status !== 0) cliStatus = cli.status;
  shaMs.push(sha.ms);
  cliMs.push(cli.ms);
  ratios.push(cli.ms / sha.ms);
}

process.stderr.write(`verifying ${SMALL} small bundles in one process, one at a time and as a directory (dijkwacht verify DIR) …\n`);
const anchors = await loadCertificatesPem([tsa.caFile]);
const oneByOne: number[] = [];
const asDirectory: number[] = [];
let smallOk = true;
for (let round = 0; round < ROUNDS; round++) {
  // Alternated: the library one bundle after another, then the command's path over the whole directory.
  let t0 = performance.now();
  for (const p of smallPaths) smallOk = (await verifyBundleDir(p, { tsaTrustAnchors: anchors })).ok && smallOk;
  oneByOne.push(performance.now() - t0);
  t0 = performance.now();
  const targets = await verifyPaths([smallDir], { tsaTrustFiles: [tsa.caFile] });
  asDirectory.push(performance.now() - t0);
  smallOk = smallOk && targets.length === SMALL && targets.every((t) => t.result.ok);
}
const smallSmallFiles = (await Promise.all(smallPaths.map(filesOf))).flat();
const shaSmall = wallMs('sha256sum', smallSmallFiles);
process.stderr.write(`verifying the directory of ${SMALL} small bundles with the CLI: ${ROUNDS} rounds …\n`);
const cliDir: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const cli = wallMs(process.execPath, [bin, 'verify', smallDir, '--tsa-trust', tsa.caFile, '--report', join(dataDir, 'bench-report-dir.md')], cliEnv);
  if (cli.status !== 0) cliStatus = cli.status;
  cliDir.push(cli.ms);
}

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const perSecond = (runs: number[], n = SMALL): string => `${((n / percentile(runs, 50)) * 1000).toFixed(1)} bundles/s`;
console.log(`\ndijkwacht bench:verify — local TSA, ${ROUNDS} alternated rounds, medians (a loaded machine: compare ratios, not absolutes)\n`);
console.log(
  table([
    ['metric', 'value', 'target'],
    ['---', '---', '---'],
    [`sha256sum, ${BIG_MIB} MiB bundle (whole process)`, s(percentile(shaMs, 50)), ''],
    [`dijkwacht verify, ${BIG_MIB} MiB bundle (whole process)`, `${s(percentile(cliMs, 50))}${cliStatus === 0 ? '' : ` (exit ${cliStatus})`}`, ''],
    ['ratio verify / sha256sum (median of pairs)', `${percentile(ratios, 50).toFixed(2)}×`, '≤ 1.20×'],
    [`small bundles, one process, one at a time (verifyBundleDir, ${SMALL} per round)`, `${perSecond(oneByOne)}${smallOk ? '' : ' (NOT ALL OK)'}`, '≥ 150/s'],
    [`small bundles, one process, as a directory (verifyPaths, as dijkwacht verify DIR)`, `${perSecond(asDirectory)}${smallOk ? '' : ' (NOT ALL OK)'}`, '≥ 150/s'],
    [`dijkwacht verify DIR, ${SMALL} small bundles (whole process)`, s(percentile(cliDir, 50)), ''],
    ['sha256sum of all small bundles\' files, one process', `${s(shaSmall.ms)} (${((SMALL / shaSmall.ms) * 1000).toFixed(0)} bundles/s)`, ''],
  ]),
);
await tsa.stop();
await rm(dataDir, { recursive: true, force: true });
