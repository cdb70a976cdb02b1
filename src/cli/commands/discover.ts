import type { Command } from 'commander';
import type { DiscoveryResult } from '../../discover/index.js';
import { discoveryOptionFlags, progressPrinter, resumeCommand, resumeOf, withDiscoveryOptions, type DiscoveryFlags } from '../discovery-flags.js';
import { ExitCode } from '../exit-codes.js';
import { collect, printJson, resolveOptions, startWriting, withCommonOptions, type WriteSession } from '../shared.js';

interface DiscoverFlags extends DiscoveryFlags {
  engine?: string[];
  searxngUrl?: string;
  queries?: string;
  lang?: string;
  maxResults?: string;
}

interface CrawlFlags extends DiscoveryFlags {
  seed?: string[];
  seeds?: string;
}

export function printDiscovery(result: DiscoveryResult, json: boolean | undefined, resume: string | null = null): void {
  if (json) {
    printJson({ run: { id: result.run.id, name: result.run.name, status: result.run.status }, stats: result.stats, sites: result.sites, failures: result.failures, failure: result.failure, resume });
    return;
  }
  const s = result.stats;
  process.stdout.write(`run ${result.run.name}: ${result.run.status}\n`);
  process.stdout.write(`  pages ${s.pages} (${s.httpPages} HTTP, ${s.browserPages} browser) in ${(s.durationMs / 1000).toFixed(1)} s, ${s.pagesPerSecond} pages/s; ${s.failures} failures\n`);
  if (s.searchHits || s.searchFailures) process.stdout.write(`  search results ${s.searchHits}, failed searches ${s.searchFailures}\n`);
  if (s.noBudget) process.stdout.write(`  ${s.noBudget} ${result.run.kind === 'discover' ? 'search results' : 'seeds'} not fetched: no page budget left (raise --max-pages)\n`);
  if (s.waitingForBudget) process.stdout.write(`  ${s.waitingForBudget} URL(s) waiting for page budget: continue with dijkwacht ${result.run.kind} --resume ${result.run.name} --max-pages ${s.pagesInRun + s.waitingForBudget}\n`);
  process.stdout.write(`  sites: ${Object.entries(s.sitesByLabel).map(([l, n]) => `${l} ${n}`).join(', ')}\n`);
  for (const site of result.sites.filter((x) => x.label !== 'unrelated')) process.stdout.write(`  ${site.label.padEnd(9)} ${site.domain}\n`);
  if (result.failures.length) process.stdout.write(`  failures: ${result.failures.length} (see "dijkwacht runs show ${result.run.name}")\n`);
}

/** Prints the run and sets the exit code: 0 done, 5 failed (with the reason on stderr), 130/143 interrupted. */
function endRun(result: DiscoveryResult, json: boolean | undefined, session: WriteSession, resume: string): void {
  const interrupted = result.run.status === 'interrupted';
  printDiscovery(result, json, interrupted ? resume : null);
  if (result.run.status === 'failed') {
    process.stderr.write(`dijkwacht: run ${result.run.name} failed: ${result.failure ?? 'see "dijkwacht runs show"'}\n`);
    process.exitCode = ExitCode.RunFailed;
  } else if (interrupted) {
    process.exitCode = session.stopExitCode;
  }
}

export function registerDiscover(program: Command): void {
  withDiscoveryOptions(
    withCommonOptions(
      program
        .command('discover')
        .description('find services through search engines, then crawl and classify what they link')
        .option('--engine <name>', 'searxng, brave or google (repeatable; default: searchEngines from the config)', collect)
        .option('--searxng-url <url>', 'SearXNG base URL (JSON format enabled)')
        .option('--queries <file>', 'query file, one per line (default: the shipped lists in queries/)')
        .option('--lang <codes>', 'shipped query languages, comma-separated (default: all)')
        .option('--max-results <n>', 'results per query and engine'),
    ),
  ).action(async (flags: DiscoverFlags) => {
    const options = resolveOptions(flags, { ...discoveryOptionFlags(flags), searxngUrl: flags.searxngUrl, searchMaxResults: flags.maxResults });
    const { loadQueryFile, runDiscovery, shippedQueries } = await import('../../discover/index.js');
    const resume = resumeOf(flags);
    const queries = resume ? [] : flags.queries ? await loadQueryFile(flags.queries) : [...(await shippedQueries(flags.lang ? flags.lang.split(',').map((l) => l.trim()) : null)).values()].flat();
    const engines = flags.engine ?? options.searchEngines;
    const session = await startWriting(options, { graceful: true });
    const out = progressPrinter(flags.json);
    let again = '';
    const result = await runDiscovery({
      kind: 'discover',
      options,
      engines,
      queries,
      resume,
      signal: session.signal,
      onRun: (run) => {
        again = resumeCommand('discover', run.name, flags, [['--searxng-url', flags.searxngUrl], ['--max-results', flags.maxResults]]);
        session.onStoppedExit(`resume with: ${again}`);
      },
      ...out,
    });
    out.done();
    endRun(result, flags.json, session, again);
  });

  withDiscoveryOptions(
    withCommonOptions(
      program
        .command('crawl')
        .description('crawl from seed URLs (known services, directories, a pasted blocklist) and classify')
        .option('--seed <url>', 'a seed URL (repeatable)', collect)
        .option('--seeds <file>', 'a file of seeds, one per line: URLs, bare domains, *.domain or hosts-file lines (0.0.0.0 name); # comments; bad lines are skipped with a warning'),
    ),
  ).action(async (flags: CrawlFlags) => {
    const options = resolveOptions(flags, discoveryOptionFlags(flags));
    const { loadSeedFile, runDiscovery } = await import('../../discover/index.js');
    const fromFile = flags.seeds ? await loadSeedFile(flags.seeds) : { seeds: [], skipped: [] };
    for (const s of fromFile.skipped) process.stderr.write(`dijkwacht: warning: ${flags.seeds} line ${s.line} skipped (${s.reason})\n`);
    const seeds = [...new Set([...(flags.seed ?? []), ...fromFile.seeds])];
    const session = await startWriting(options, { graceful: true });
    const out = progressPrinter(flags.json);
    let again = '';
    const result = await runDiscovery({
      kind: 'crawl',
      options,
      seeds,
      resume: resumeOf(flags),
      signal: session.signal,
      onRun: (run) => {
        again = resumeCommand('crawl', run.name, flags);
        session.onStoppedExit(`resume with: ${again}`);
      },
      ...out,
    });
    out.done();
    endRun(result, flags.json, session, again);
  });
}
