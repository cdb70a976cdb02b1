import type { Command } from 'commander';
import type { OperatorCluster } from '../../operators/index.js';
import { resolveOptions, withCommonOptions, type CommonFlags } from '../shared.js';

export function registerOperators(program: Command): void {
  withCommonOptions(
    program
      .command('operators')
      .description('group sites into operators by shared identifiers, redirects and hosting, with the evidence that links them')
      .option('--max-share <n>', 'an identifier on more domains than this is treated as common, not as an operator link', '25'),
  )
    .addHelpText('after', '\nExample:\n  dijkwacht operators --max-share 10 --json > operators.json')
    .action(async (flags: CommonFlags & { maxShare: string }) => {
      const options = resolveOptions(flags);
      const [{ Catalog }, { clusterOperators, sharedHostingCertificates }, { streamJsonArray, streamLines }, { UsageError }] = await Promise.all([
        import('../../catalog/index.js'),
        import('../../operators/index.js'),
        import('../stream-out.js'),
        import('../../core/errors.js'),
      ]);
      const maxShare = Number(flags.maxShare);
      if (!Number.isInteger(maxShare) || maxShare < 2) throw new UsageError(`--max-share takes a whole number of 2 or more; got "${flags.maxShare}".`);
      const catalog = new Catalog(options.dataDir);
      try {
        const clusters = clusterOperators(catalog, { maxDomainsPerIdentifier: maxShare });
        if (flags.json) {
          await streamJsonArray(clusters);
          return;
        }
        const hosting = sharedHostingCertificates(catalog);
        if (clusters.length === 0) process.stdout.write(`no sites share an identifier yet (catalog at ${options.dataDir})\n`);
        await streamLines(clusterLines(clusters));
        await streamLines(hosting.map((h) => `shared hosting (not operator evidence): a certificate for ${h.registrableDomains} registrable domains served by ${h.domains.join(', ')} — ${h.reason}`));
      } finally {
        catalog.close();
      }
    });
}

function* clusterLines(clusters: OperatorCluster[]): Generator<string> {
  for (const c of clusters) {
    yield `operator ${c.id}: ${c.domains.map((d) => `${d.domain}${d.label ? ` (${d.label})` : ''}`).join(', ')}`;
    for (const e of c.evidence) yield `  ${e.kind} ${e.value}: ${e.domains.join(', ')}`;
  }
}
