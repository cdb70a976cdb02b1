import type { Command } from 'commander';
import { printJson, resolveOptions, withCommonOptions, type CommonFlags } from '../shared.js';
import type { SiteFilterFlags } from '../site-filter.js';

interface SitesFlags extends CommonFlags, SiteFilterFlags {
  csv?: boolean;
  catalog?: string;
}

export function registerSites(program: Command): void {
  withCommonOptions(
    program
      .command('sites')
      .description('list the sites in the catalog, with labels, reasons and how they were found (JSON and CSV stream)')
      .option('--label <label>', 'nudify, deepfake, directory or unrelated')
      .option('--lang <code>', 'the site\'s language as recorded at classification (e.g. nl, en)')
      .option('--country <cc>', 'a hosting country of the latest domain lookup (ISO 3166, e.g. NL); run "dijkwacht domains" first')
      .option('--network <name|asn>', 'a hosting network of the latest domain lookup: part of its name or holder, or an AS number (AS64500)')
      .option('--run <run>', 'only sites seen in this run (name or id)')
      .option('--since <date>', 'only sites first seen on or after this date (YYYY-MM-DD or ISO time)')
      .option('--review <status>', 'pending, confirmed, overridden or needs-review')
      .option('--csv', 'CSV on stdout')
      .option('--catalog <url>', 'the shared PostgreSQL catalog (default: the catalogUrl option; unset: the data directory\'s)'),
  )
    .addHelpText('after', '\nExample:\n  dijkwacht sites --label nudify --country NL --review pending --csv > sites.csv')
    .action(async (flags: SitesFlags) => {
      const options = resolveOptions(flags, { catalogUrl: flags.catalog });
      const [{ openCatalogRepositories }, { siteCsvRow, SITES_CSV_HEAD }, { siteFilter }, { streamJsonArray, streamLines, writeOut }] = await Promise.all([
        import('../../catalog/postgres/catalog-repositories.js'),
        import('../../catalog/queries.js'),
        import('../site-filter.js'),
        import('../stream-out.js'),
      ]);
      // The catalog of catalogUrl (the shared PostgreSQL one, where queued crawls settle their sites), else the data directory's.
      const repos = await openCatalogRepositories(options, { max: 2, applicationName: 'dijkwacht-sites' });
      try {
        const filter = await siteFilter(flags, async (run) => (await repos.runs.get(run)).id);
        const sites = repos.siteList.listing(filter);
        if (flags.json) {
          await streamJsonArray(sites);
          return;
        }
        if (flags.csv) {
          await writeOut(`${SITES_CSV_HEAD.join(',')}\n`);
          await streamLines(mapAsync(sites, siteCsvRow));
          return;
        }
        const shown = await streamLines(
          mapAsync(sites, (s) => `${s.label.padEnd(9)} ${s.score.toFixed(2)} ${s.domain}${s.labelSource === 'human' ? ' (human verdict)' : ''}\n    ${s.signals[1] ?? s.signals[0] ?? ''}`),
        );
        if (shown === 0) {
          process.stdout.write(
            (await repos.siteList.any())
              ? `no site matches these filters in the catalog at ${repos.where}\n`
              : `no sites yet in the catalog at ${repos.where}: run "dijkwacht discover" or "dijkwacht crawl" (or pass --data-dir / set DIJKWACHT_DATA_DIR for another data directory)\n`,
          );
        }
      } finally {
        await repos.close();
      }
    });

  withCommonOptions(
    program
      .command('graph')
      .description('export the site link graph for Gephi, streamed to the file')
      .requiredOption('--out <file>', 'output file')
      .option('--format <format>', 'gexf or graphml', 'gexf')
      .option('--run <run>', 'only the links of this run'),
  )
    .addHelpText('after', '\nExample:\n  dijkwacht graph --out sites.graphml --format graphml --run 3')
    .action(async (flags: CommonFlags & { out: string; format: string; run?: string }) => {
      const options = resolveOptions(flags);
      const { UsageError } = await import('../../core/errors.js');
      if (flags.format !== 'gexf' && flags.format !== 'graphml') throw new UsageError(`Unknown graph format "${flags.format}"; use --format gexf or --format graphml.`);
      const format = flags.format;
      // The database and the graph writer only: the Catalog class loads the classifier, which a graph never needs.
      const [{ openCatalogDb }, { writeGraph }, { SqliteSiteGraphRepository }, { writeFileStreamed }] = await Promise.all([
        import('../../catalog/db.js'),
        import('../../catalog/graph.js'),
        import('../../catalog/repositories/sites-graph.js'),
        import('../file-out.js'),
      ]);
      const db = openCatalogDb(options.dataDir);
      try {
        const repo = new SqliteSiteGraphRepository({ db });
        const runId = flags.run ? await repo.runId(flags.run) : null;
        let counts = { nodes: 0, edges: 0 };
        await writeFileStreamed(flags.out, async (out) => {
          counts = await writeGraph(repo, runId, format, out);
        });
        if (flags.json) printJson({ out: flags.out, nodes: counts.nodes, edges: counts.edges });
        else process.stdout.write(`${counts.nodes} sites, ${counts.edges} links written to ${flags.out}\n`);
      } finally {
        db.close();
      }
    });
}

async function* mapAsync<T, U>(items: AsyncIterable<T>, fn: (item: T) => U): AsyncIterable<U> {
  for await (const item of items) yield fn(item);
}
