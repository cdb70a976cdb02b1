// `npm run bench:catalog`: a synthetic catalog of 10,000 sites (190k pages, 570k links) in a temp dir,
// then each catalog command as a whole CLI process: wall time and peak RSS (/usr/bin/time -v when
// present, else the child's resource usage). Prints a table. Figures depend on the machine's load.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { projectRoot } from '../src/core/version.js';
import { table } from './bench/measure.js';
import { synthesiseCatalog } from './bench/synth-catalog.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const sites = arg('--sites', 10_000);
const cli = resolve(projectRoot, 'bin', 'dijkwacht.js');
const dir = await mkdtemp(join(tmpdir(), 'dw-bench-catalog-'));
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

interface Measured {
  wallS: number;
  peakMiB: number;
  code: number | null;
  outBytes: number | null;
}

function measure(args: string[], outFile: string | null): Measured {
  const full = [cli, ...args];
  const started = performance.now();
  const stdio: ['ignore', 'ignore' | number, 'pipe'] = ['ignore', 'ignore', 'pipe'];
  const shell = outFile ? ['-c', `exec "$0" "$@" > ${JSON.stringify(outFile)}`] : [];
  const run = timeBin
    ? spawnSync(timeBin, ['-f', '%e %M', ...(outFile ? ['sh', ...shell, process.execPath] : [process.execPath]), ...full], { stdio, encoding: 'utf8', env: { ...process.env, DIJKWACHT_LOG_LEVEL: 'silent' } })
    : spawnSync(process.execPath, full, { stdio, encoding: 'utf8' });
  const wall = (performance.now() - started) / 1000;
  const last = run.stderr.trim().split('\n').pop() ?? '';
  const m = /^([\d.]+) (\d+)$/.exec(last);
  return { wallS: m ? Number(m[1]) : wall, peakMiB: m ? Number(m[2]) / 1024 : Number.NaN, code: run.status, outBytes: null };
}

try {
  const started = performance.now();
  const made = synthesiseCatalog(dir, { sites, pagesPerSite: 19, linksPerPage: 3 });
  console.log(`synthetic catalog: ${sites} sites, ${made.pages} pages, ${made.links} links in ${((performance.now() - started) / 1000).toFixed(1)} s (${dir})`);
  const data = ['--data-dir', dir];
  const cases: { name: string; args: string[]; out: string | null }[] = [
    { name: '--version', args: ['--version'], out: null },
    { name: 'graph --format gexf', args: ['graph', '--format', 'gexf', '--out', join(dir, 'g.gexf'), ...data], out: null },
    { name: 'graph --format graphml', args: ['graph', '--format', 'graphml', '--out', join(dir, 'g.graphml'), ...data], out: null },
    { name: 'sites --json', args: ['sites', '--json', ...data], out: join(dir, 'sites.json') },
    { name: 'sites --csv', args: ['sites', '--csv', ...data], out: join(dir, 'sites.csv') },
    { name: 'runs diff synth-a synth-b --json', args: ['runs', 'diff', 'synth-a', 'synth-b', '--json', ...data], out: join(dir, 'diff.json') },
    { name: 'operators --json', args: ['operators', '--json', ...data], out: join(dir, 'operators.json') },
  ];
  const rows = [['command', 'wall s', 'peak RSS MiB', 'exit', 'output MiB']];
  for (const c of cases) {
    const r = measure(c.args, c.out);
    const file = c.out ?? c.args[c.args.indexOf('--out') + 1] ?? null;
    const size = file && c.args.includes('--out') ? (await stat(file)).size : c.out ? (await stat(c.out)).size : null;
    rows.push([c.name, r.wallS.toFixed(2), Number.isNaN(r.peakMiB) ? '-' : r.peakMiB.toFixed(0), String(r.code), size === null ? '-' : (size / 1024 / 1024).toFixed(1)]);
  }
  console.log(`\n${table(rows)}\n\ntargets: graph ≤ 2 s and ≤ 300 MiB; --version ≤ 0.3 s (2-core machine shared with other work: figures vary with load)`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
