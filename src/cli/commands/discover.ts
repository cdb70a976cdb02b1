import type { Command } from 'commander';
import type { DiscoveryResult } from '../../discover/index.js';
import { discoveryOptionFlags, progressPrinter, resumeCommand, resumeOf, withDiscoveryOptions, type DiscoveryFlags } from '../discovery-flags.js';
import { UsageError } from '../../core/errors.js';
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
  queue?: boolean;
  jobs?: string;
  catalog?: string;
}

/** `crawl --queue`: the run and its seeds go into the shared catalog and frontier, and `--jobs` crawl slices into the queue for workers. */
async function queueCrawl(flags: CrawlFlags, seeds: string[]): Promise<void> {
  const jobs = Number(flags.jobs ?? '4');
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256, not "${flags.jobs}".`);
  if (flags.resume !== undefined) throw new UsageError('--resume goes without --queue: a queued crawl resumes by itself when a worker takes its next slice.');
  const options = resolveOptions(flags, { ...discoveryOptionFlags(flags), catalogUrl: flags.catalog });
  if (!options.catalogUrl) throw new UsageError('--queue needs the shared PostgreSQL catalog: --catalog postgres://… or the catalogUrl option (DIJKWACHT_CATALOG_URL).');
  const [{ openCatalogRepositories }, { startSharedCrawl }, q] = await Promise.all([import('../../catalog/postgres/catalog-repositories.js'), import('../../discover/shared/start-shared-crawl.js'), import('../../queue/index.js')]);
  const repos = await openCatalogRepositories(options, { max: 2, applicationName: 'dijkwacht-crawl' });
  try {
    const started = await startSharedCrawl({ options, seeds, repos });
    const queue = await q.connectQueue(options);
    try {
      const ids = await q.enqueue(queue, 'crawl', Array.from({ length: jobs }, () => ({ runId: started.run.id })));
      if (flags.json) printJson({ run: { id: started.run.id, name: started.run.name }, seeds: started.seeded, jobs: ids });
      else {
        process.stdout.write(`${started.run.id}\n`);
        process.stderr.write(`queued run ${started.run.name} (id ${started.run.id}): ${started.seeded} seed(s), ${ids.length} crawl slice(s) at ${queue.where}; workers: dijkwacht worker --roles crawl; progress: dijkwacht queue status ${started.run.id}\n`);
      }
    } finally {
      await queue.close();
    }
  } finally {
    await repos.close();
  }
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
        .option('--seeds <file>', 'a file of seeds, one per line: URLs, bare domains, *.domain or hosts-file lines (0.0.0.0 name); # comments; bad lines are skipped with a warning')
        .option('--queue', 'start the run in the shared catalog and queue it for workers ("dijkwacht worker --roles crawl") instead of crawling here; prints the run id')
        .option('--jobs <n>', 'with --queue: crawl slices worked at once, i.e. how many workers can share the run', '4')
        .option('--catalog <url>', 'with --queue: the shared PostgreSQL catalog (default: the catalogUrl option)')
        .addHelpText('after', '\nExamples:\n  dijkwacht crawl --seed https://beeldlab-voorbeeld.test/\n  dijkwacht crawl --seeds seeds.txt --queue --jobs 4 --catalog postgres://dijkwacht@db/dijkwacht'),
    ),
  ).action(async (flags: CrawlFlags) => {
    const { loadSeedFile, runDiscovery } = await import('../../discover/index.js');
    const fromFile = flags.seeds ? await loadSeedFile(flags.seeds) : { seeds: [], skipped: [] };
    for (const s of fromFile.skipped) process.stderr.write(`dijkwacht: warning: ${flags.seeds} line ${s.line} skipped (${s.reason})\n`);
    const seeds = [...new Set([...(flags.seed ?? []), ...fromFile.seeds])];
    if (flags.queue) return queueCrawl(flags, seeds);
    if (flags.jobs !== '4' || flags.catalog !== undefined) throw new UsageError('--jobs and --catalog go with --queue.');
    const options = resolveOptions(flags, discoveryOptionFlags(flags));
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
