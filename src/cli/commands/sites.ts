import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { Catalog, checkLabel, listSites, siteGraph, sitesCsv, toGexf, toGraphml } from '../../catalog/index.js';
import { UsageError } from '../../core/errors.js';
import { printJson, resolveOptions, withCommonOptions, type CommonFlags } from '../shared.js';

export function registerSites(program: Command): void {
  withCommonOptions(
    program.command('sites').description('list the sites in the catalog, with labels, reasons and how they were found').option('--label <label>', 'nudify, deepfake, directory or unrelated').option('--csv', 'CSV on stdout'),
  ).action((flags: CommonFlags & { label?: string; csv?: boolean }) => {
    const options = resolveOptions(flags);
    const catalog = new Catalog(options.dataDir);
    try {
      const sites = listSites(catalog, flags.label ? checkLabel(flags.label) : null);
      if (flags.json) printJson(sites);
      else if (flags.csv) process.stdout.write(sitesCsv(sites));
      else {
        if (sites.length === 0) process.stdout.write('no sites yet: run "dijkwacht discover" or "dijkwacht crawl"\n');
        for (const s of sites) process.stdout.write(`${s.label.padEnd(9)} ${s.score.toFixed(2)} ${s.domain}${s.labelSource === 'human' ? ' (human verdict)' : ''}\n    ${s.signals[1] ?? s.signals[0] ?? ''}\n`);
      }
    } finally {
      catalog.close();
    }
  });

  withCommonOptions(
    program
      .command('graph')
      .description('export the site link graph for Gephi')
      .requiredOption('--out <file>', 'output file')
      .option('--format <format>', 'gexf or graphml', 'gexf')
      .option('--run <run>', 'only the links of this run'),
  ).action(async (flags: CommonFlags & { out: string; format: string; run?: string }) => {
    const options = resolveOptions(flags);
    if (flags.format !== 'gexf' && flags.format !== 'graphml') throw new UsageError(`Unknown graph format "${flags.format}"; use gexf or graphml.`);
    const catalog = new Catalog(options.dataDir);
    try {
      const graph = siteGraph(catalog, flags.run ? catalog.run(flags.run).id : null);
      await writeFile(flags.out, flags.format === 'gexf' ? toGexf(graph) : toGraphml(graph));
      if (flags.json) printJson({ out: flags.out, nodes: graph.order, edges: graph.size });
      else process.stdout.write(`${graph.order} sites, ${graph.size} links written to ${flags.out}\n`);
    } finally {
      catalog.close();
    }
  });
}
