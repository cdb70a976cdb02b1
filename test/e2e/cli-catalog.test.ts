import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainOf, synthesiseCatalog } from '../../scripts/bench/synth-catalog.js';
import { CLI, runCli } from '../support/cli.js';

const exec = promisify(execFile);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dw-cli-catalog-'));
  // Large enough that each command's output overflows a pipe: a reader that stops early really closes it.
  synthesiseCatalog(join(dir, 'data'), { sites: 4000, pagesPerSite: 1, linksPerPage: 1 });
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

const data = (): string[] => ['--data-dir', join(dir, 'data')];

/** `dijkwacht ARGS | head -1` in bash with pipefail: the exit status is dijkwacht's. */
async function headOne(args: string[]): Promise<{ code: number; first: string; stderr: string }> {
  const quoted = [process.execPath, CLI, ...args].map((a) => `'${a}'`).join(' ');
  try {
    const { stdout, stderr } = await exec('bash', ['-o', 'pipefail', '-c', `${quoted} | head -1`], { env: { ...process.env, DIJKWACHT_LOG_LEVEL: 'silent' } });
    return { code: 0, first: stdout.trim(), stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, first: e.stdout.trim(), stderr: e.stderr };
  }
}

describe('catalog commands stream and stop quietly', () => {
  it('ends quietly with exit 0 when the reader stops early (EPIPE)', async () => {
    for (const args of [['sites'], ['runs', 'diff', 'synth-a', 'synth-b'], ['operators'], ['sites', '--json'], ['operators', '--json']]) {
      const r = await headOne([...args, ...data()]);
      expect(r.stderr, args.join(' ')).toBe('');
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.first.length).toBeGreaterThan(0);
    }
  });

  it('sites --json and --csv stream every site, and the filters narrow them', async () => {
    const json = await runCli(['sites', '--json', ...data()]);
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as unknown[]).length).toBe(4000);
    const csv = await runCli(['sites', '--csv', '--country', 'NL', '--label', 'nudify', '--lang', 'nl', ...data()]);
    const rows = csv.stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^domain,label,score,/);
    // nudify: i % 4 == 0 (always NL in the synthetic lookups); nl: i % 3 == 0 → i % 12 == 0.
    expect(rows.length - 1).toBe(Math.ceil(4000 / 12));
    expect(rows[1]).toMatch(new RegExp(`^${domainOf(0).replace(/\./g, '\\.')},nudify,`));
    const bad = await runCli(['sites', '--review', 'maybe', ...data()]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Unknown review status "maybe"; use --review pending');
  });

  it('runs diff prints counts first, services first, and --label narrows it', async () => {
    const text = await runCli(['runs', 'diff', 'synth-a', 'synth-b', ...data()]);
    const lines = text.stdout.split('\n');
    expect(lines[0]).toMatch(/^synth-a → synth-b: 800 new \(400 services\), 400 offline, 0 relabelled, \d+ moved, 0 not revisited$/);
    const labels = lines.filter((l) => l.startsWith('  new ')).map((l) => l.trim().split(/\s+/)[1]);
    expect(labels.indexOf('directory')).toBeGreaterThan(labels.lastIndexOf('deepfake'));
    expect(labels.indexOf('unrelated')).toBeGreaterThan(labels.lastIndexOf('directory'));
    const json = JSON.parse((await runCli(['runs', 'diff', 'synth-a', 'synth-b', '--label', 'deepfake', '--json', ...data()])).stdout) as { counts: { newSites: number }; newSites: { label: string }[] };
    expect(json.counts.newSites).toBe(json.newSites.length);
    expect(json.newSites.length).toBeGreaterThan(0);
    expect(new Set(json.newSites.map((s) => s.label))).toEqual(new Set(['deepfake']));
  });

  it('graph writes the file and leaves no partial file behind', async () => {
    const out = join(dir, 'sites.gexf');
    const r = await runCli(['graph', '--out', out, ...data()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^4000 sites, \d+ links written to /);
    expect((await readdir(dir)).filter((f) => f.includes('partial'))).toEqual([]);
    const bad = await runCli(['graph', '--out', out, '--format', 'dot', ...data()]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('use --format gexf or --format graphml');
    const nowhere = await runCli(['graph', '--out', join(dir, 'missing', 'g.gexf'), ...data()]);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toContain(`The directory ${join(dir, 'missing')} for g.gexf does not exist`);
  });

  it('says where it looked when the catalog is empty', async () => {
    const empty = join(dir, 'empty');
    const r = await runCli(['sites', '--data-dir', empty]);
    expect(r.stdout).toContain(`no sites yet in the catalog at ${empty}`);
    const rel = await runCli(['sites'], { DIJKWACHT_DATA_DIR: '', XDG_DATA_HOME: join(dir, 'xdg') });
    expect(rel.stdout).toContain(`no sites yet in the catalog at ${join(dir, 'xdg', 'dijkwacht')}`);
  });
});

describe('review from the command line', () => {
  it('accepts www. names and URLs, filters by label, and requires a note to override', async () => {
    const list = await runCli(['review', 'list', '--label', 'deepfake', '--compact', ...data()]);
    const lines = list.stdout.trim().split('\n');
    expect(lines.every((l) => /^deepfake\s/.test(l))).toBe(true);
    expect(lines).toHaveLength(1000);
    const www = await runCli(['review', 'confirm', `www.${domainOf(1)}`, '--reviewer', 'Test Analyst', ...data()]);
    expect(www.stdout).toBe(`${domainOf(1)}: deepfake (confirmed by Test Analyst)\n`);
    const noNote = await runCli(['review', 'override', `https://${domainOf(5)}/app`, '--label', 'unrelated', '--reviewer', 'Test Analyst', ...data()]);
    expect(noNote.code).toBe(2);
    expect(noNote.stderr).toContain("required option '--note <text>' not specified");
    const url = await runCli(['review', 'override', `https://${domainOf(5)}/app`, '--label', 'unrelated', '--reviewer', 'Test Analyst', '--note', 'a photo editor', ...data()]);
    expect(url.stdout).toBe(`${domainOf(5)}: unrelated (overridden by Test Analyst)\n`);
    const history = await runCli(['review', 'history', `http://www.${domainOf(5)}/`, ...data()]);
    expect(history.stdout).toContain('unrelated human (Test Analyst): a photo editor');
    const notTty = await runCli(['review', 'list', '--interactive', '--reviewer', 'Test Analyst', ...data()]);
    expect(notTty.code).toBe(2);
    expect(notTty.stderr).toContain('review --interactive needs a terminal');
  });
});
