import type { Command } from 'commander';
import type { DiscoveryResult } from '../../discover/index.js';
import { discoveryOptionFlags, progressPrinter, resumeOf, withDiscoveryOptions, type DiscoveryFlags } from '../discovery-flags.js';
import { collect, printJson, resolveOptions, withCommonOptions } from '../shared.js';

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

export function printDiscovery(result: DiscoveryResult, json: boolean | undefined): void {
  if (json) {
    printJson({ run: { id: result.run.id, name: result.run.name, status: result.run.status }, stats: result.stats, sites: result.sites, failures: result.failures });
    return;
  }
  const s = result.stats;
  process.stdout.write(`run ${result.run.name}: ${result.run.status}\n`);
  process.stdout.write(`  pages ${s.pages} (${s.httpPages} HTTP, ${s.browserPages} browser) in ${(s.durationMs / 1000).toFixed(1)} s, ${s.pagesPerSecond} pages/s; ${s.failures} failures\n`);
  if (s.searchHits || s.searchFailures) process.stdout.write(`  search results ${s.searchHits}, failed searches ${s.searchFailures}\n`);
  process.stdout.write(`  sites: ${Object.entries(s.sitesByLabel).map(([l, n]) => `${l} ${n}`).join(', ')}\n`);
  for (const site of result.sites.filter((x) => x.label !== 'unrelated')) process.stdout.write(`  ${site.label.padEnd(9)} ${site.domain}\n`);
  if (result.failures.length) process.stdout.write(`  failures: ${result.failures.length} (see "dijkwacht runs show ${result.run.name}")\n`);
}

export function registerDiscover(program: Command): void {
  withDiscoveryOptions(
    withCommonOptions(
      program
        .command('discover')
        .description('find services through search engines, then crawl and classify what they link')
        .option('--engine <name>', 'searxng, brave or google (repeatable)', collect)
        .option('--searxng-url <url>', 'SearXNG base URL (JSON format enabled)')
        .option('--queries <file>', 'query file, one per line (default: the shipped lists in queries/)')
        .option('--lang <codes>', 'shipped query languages, comma-separated (default: all)')
        .option('--max-results <n>', 'results per query and engine'),
    ),
  ).action(async (flags: DiscoverFlags) => {
    const options = resolveOptions(flags, { ...discoveryOptionFlags(flags), searxngUrl: flags.searxngUrl, searchMaxResults: flags.maxResults });
    const { loadQueryFile, runDiscovery, shippedQueries } = await import('../../discover/index.js');
    const queries = flags.queries ? await loadQueryFile(flags.queries) : [...(await shippedQueries(flags.lang ? flags.lang.split(',').map((l) => l.trim()) : null)).values()].flat();
    const engines = flags.engine ?? (options.searxngUrl ? ['searxng'] : []);
    const out = progressPrinter(flags.json);
    const abort = new AbortController();
    process.once('SIGINT', () => abort.abort());
    const result = await runDiscovery({ kind: 'discover', options, engines, queries, resume: resumeOf(flags), signal: abort.signal, ...out });
    out.done();
    printDiscovery(result, flags.json);
  });

  withDiscoveryOptions(
    withCommonOptions(
      program
        .command('crawl')
        .description('crawl from seed URLs (known services, directories, a pasted blocklist) and classify')
        .option('--seed <url>', 'a seed URL (repeatable)', collect)
        .option('--seeds <file>', 'a file of seed URLs, one per line'),
    ),
  ).action(async (flags: CrawlFlags) => {
    const options = resolveOptions(flags, discoveryOptionFlags(flags));
    const { loadQueryFile, runDiscovery } = await import('../../discover/index.js');
    const seeds = [...(flags.seed ?? []), ...(flags.seeds ? await loadQueryFile(flags.seeds) : [])];
    const out = progressPrinter(flags.json);
    const abort = new AbortController();
    process.once('SIGINT', () => abort.abort());
    const result = await runDiscovery({ kind: 'crawl', options, seeds, resume: resumeOf(flags), signal: abort.signal, ...out });
    out.done();
    printDiscovery(result, flags.json);
  });
}
