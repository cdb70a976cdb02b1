import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../support/cli.js';
import { startWorld, type World } from '../world/index.js';

let world: World;
let dataDir: string;

const FAST = { DIJKWACHT_CRAWL_SAME_DOMAIN_DELAY_MS: '0', DIJKWACHT_SEARCH_REQUESTS_PER_SECOND: '50', DIJKWACHT_CRAWL_REQUESTS_PER_MINUTE: '100000' };
const dijkwacht = (args: string[], env: Record<string, string> = {}): Promise<CliRun> => runCli(args, { ...FAST, ...env });

beforeAll(async () => {
  world = await startWorld();
  dataDir = await mkdtemp(join(tmpdir(), 'dw-dcli-'));
});
afterAll(async () => {
  await world?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('discovery commands (the contract external harnesses call)', () => {
  it('discover --engine searxng --json runs a search crawl and prints the run, stats and sites', async () => {
    const queries = join(dataDir, 'queries.txt');
    await writeFile(queries, '# test queries\nundress ai\ndeepfake porn maker\n');
    const run = await dijkwacht(['discover', '--engine', 'searxng', '--searxng-url', world.search.searxngUrl, '--queries', queries, '--max-results', '10', '--max-depth', '1', '--max-pages', '150', '--proxy', world.proxyUrl, '--data-dir', dataDir, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { run: { status: string }; stats: { searchHits: number; pages: number }; sites: { domain: string; label: string }[] };
    expect(out.run.status).toBe('done');
    expect(out.stats.searchHits).toBeGreaterThan(5);
    expect(out.sites.filter((s) => s.label === 'nudify').length).toBeGreaterThan(3);
  });

  it('crawl --seed … --json, then sites --json returns the documented fields', async () => {
    const run = await dijkwacht(['crawl', '--seed', 'http://beste-uitkleed-apps.test/', '--max-depth', '1', '--proxy', world.proxyUrl, '--data-dir', dataDir, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const sites = await dijkwacht(['sites', '--json', '--data-dir', dataDir]);
    const list = JSON.parse(sites.stdout) as Record<string, unknown>[];
    const naakt = list.find((s) => s.domain === 'naaktmaker.test');
    expect(naakt).toMatchObject({ domain: 'naaktmaker.test', label: 'nudify', score: expect.any(Number), signals: expect.any(Array), urls: ['https://naaktmaker.test/'], firstSeen: expect.any(String), lastSeen: expect.any(String) });
    expect(naakt?.discoveredBy).toEqual(expect.arrayContaining([expect.objectContaining({ source: 'link', linkingUrl: 'http://beste-uitkleed-apps.test/' })]));
    const csv = await dijkwacht(['sites', '--csv', '--label', 'nudify', '--data-dir', dataDir]);
    expect(csv.stdout.split('\n')[0]).toBe('domain,label,score,labelSource,reviewStatus,firstSeen,lastSeen,urls,signals,discoveredBy');
    expect(csv.stdout).toMatch(/\nnaaktmaker\.test,nudify,/);
  });

  it('crawl --seeds reads bare domains and hosts-file lines, and skips a bad line with its number', async () => {
    const own = await mkdtemp(join(tmpdir(), 'dw-seeds-'));
    const seeds = join(own, 'blocklist.txt');
    await writeFile(seeds, '# pasted blocklist\n\nbeste-uitkleed-apps.test\nthis line is no seed\n0.0.0.0 naaktmaker.test\n');
    const run = await dijkwacht(['crawl', '--seeds', seeds, '--max-depth', '0', '--proxy', world.proxyUrl, '--data-dir', own, '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/blocklist\.txt line 4 skipped/);
    const out = JSON.parse(run.stdout) as { run: { status: string }; stats: { pages: number } };
    expect(out.run.status).toBe('done');
    expect(out.stats.pages).toBeGreaterThanOrEqual(2);
    await rm(own, { recursive: true, force: true });
  });

  it('classify URL --json prints {url, label, score, signals}', async () => {
    const run = await dijkwacht(['classify', 'http://spa-swap.test/', '--proxy', world.proxyUrl, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { url: string; label: string; score: number; signals: string[]; via: string };
    expect(out).toMatchObject({ url: 'http://spa-swap.test/', label: 'deepfake', via: 'browser' });
    expect(out.signals[0]).toMatch(/^deepfake: offers face swaps into adult material/);
  });

  it('review and runs work from the command line', async () => {
    const pending = JSON.parse((await dijkwacht(['review', '--json', '--data-dir', dataDir])).stdout) as { domain: string }[];
    expect(pending.length).toBeGreaterThan(0);
    const target = pending[0]!.domain;
    const confirm = await dijkwacht(['review', 'confirm', target, '--reviewer', 'Test Reviewer', '--note', 'checked the page', '--data-dir', dataDir, '--json']);
    expect(confirm.code, confirm.stderr).toBe(0);
    expect(JSON.parse(confirm.stdout)).toMatchObject({ domain: target, labelSource: 'human', reviewStatus: 'confirmed' });
    const runs = JSON.parse((await dijkwacht(['runs', 'list', '--json', '--data-dir', dataDir])).stdout) as { name: string }[];
    expect(runs.length).toBe(2);
    const diff = await dijkwacht(['runs', 'diff', runs[0]!.name, runs[1]!.name, '--json', '--data-dir', dataDir]);
    expect(diff.code).toBe(0);
    expect(JSON.parse(diff.stdout)).toHaveProperty('newSites');
    const graph = await dijkwacht(['graph', '--format', 'graphml', '--out', join(dataDir, 'sites.graphml'), '--data-dir', dataDir, '--json']);
    expect(JSON.parse(graph.stdout)).toMatchObject({ nodes: expect.any(Number), edges: expect.any(Number) });
  });

  it('bad input gets one clear sentence and exit code 2', async () => {
    const empty = join(dataDir, 'empty.txt');
    await writeFile(empty, '# nothing here\n\n');
    const cases: [string[], RegExp][] = [
      [['discover', '--engine', 'searxng', '--searxng-url', world.search.searxngUrl, '--queries', empty, '--data-dir', dataDir], /holds no queries/],
      [['discover', '--engine', 'altavista', '--data-dir', dataDir], /Unknown search engine "altavista"/],
      [['discover', '--engine', 'searxng', '--data-dir', dataDir], /needs --searxng-url/],
      [['discover', '--engine', 'brave', '--data-dir', dataDir], /DIJKWACHT_BRAVE_API_KEY/],
      [['discover', '--lang', 'xx', '--searxng-url', world.search.searxngUrl, '--data-dir', dataDir], /No shipped query list for xx/],
      [['crawl', '--data-dir', dataDir], /at least one seed/],
      [['crawl', '--seed', 'ftp://x.test/', '--data-dir', dataDir], /Only http and https/],
      [['crawl', '--seed', 'http://x.test/', '--max-depth', 'deep', '--data-dir', dataDir], /"maxDepth" must be a whole number/],
      [['sites', '--label', 'weird', '--data-dir', dataDir], /Unknown label "weird"/],
      [['runs', 'show', 'nope', '--data-dir', dataDir], /No run "nope"/],
    ];
    for (const [args, message] of cases) {
      const run = await dijkwacht(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(message);
    }
  }, 300_000); // ten commands, one after the other: generous on a busy machine

  it('schedule runs a configured job once, lists jobs, and rejects a bad cron expression', async () => {
    const config = join(dataDir, 'schedule.json');
    await writeFile(config, JSON.stringify({ schedule: [{ name: 'nightly-seeds', cron: '0 3 * * *', command: ['crawl', '--seed', 'http://undressly.test/', '--max-depth', '0', '--proxy', world.proxyUrl] }] }));
    const once = await dijkwacht(['schedule', '--once', 'nightly-seeds', '--config', config, '--data-dir', dataDir]);
    expect(once.code, once.stderr + once.stdout).toBe(0);
    expect(once.stdout).toMatch(/run crawl-\S+: done/);
    const list = await dijkwacht(['schedule', '--list', '--json', '--config', config, '--data-dir', dataDir]);
    expect(JSON.parse(list.stdout)).toEqual([{ name: 'nightly-seeds', next: expect.stringMatching(/T\d\d:00:00/) }]);
    await writeFile(config, JSON.stringify({ schedule: [{ name: 'bad', cron: 'every night', command: ['crawl'] }] }));
    const bad = await dijkwacht(['schedule', '--list', '--config', config, '--data-dir', dataDir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/"every night" is not a valid cron expression/);
  });
});
