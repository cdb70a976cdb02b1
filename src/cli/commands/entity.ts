import type { Command } from 'commander';
import { printJson, resolveOptions, usingCatalog, withCommonOptions, type CommonFlags } from '../shared.js';

export function registerEntity(program: Command): void {
  withCommonOptions(
    program
      .command('entity')
      .description('the legal entity a service claims: on its own pages (imprint, terms, contact), in its TLS certificate, and as the developer its apps\' captured store listings show; with sources and confidence; never guessed')
      .argument('<domain>', 'domain whose crawled pages are read (crawl it first: dijkwacht crawl URL)')
      .addHelpText('after', '\nExample:\n  dijkwacht entity beeldlab-voorbeeld.test --json'),
  ).action(async (domain: string, flags: CommonFlags) => {
    const options = resolveOptions(flags);
    const { entityClaims } = await import('../../refer/entity.js');
    const { SqliteEntityRepository } = await import('../../catalog/repositories/entity-pages.js');
    const d = domain.trim().toLowerCase();
    const { createStore } = await import('../../store/index.js');
    const store = createStore(options);
    const report = await usingCatalog(options.dataDir, (c) => entityClaims(new SqliteEntityRepository(c), d, store));
    if (flags.json) {
      printJson(report);
      return;
    }
    if (report.claims.length === 0) {
      process.stdout.write(`${d} names no legal entity on its stored pages (imprint, terms, contact). Crawl its legal pages with "dijkwacht crawl --seed https://${d}/" if they are missing.\n`);
      return;
    }
    for (const c of report.claims) process.stdout.write(`${c.confidence.padEnd(6)} ${c.name}  (${c.source}: ${c.url})\n`);
  });
}
