import type { Command } from 'commander';
import { Catalog } from '../../catalog/index.js';
import { clusterOperators, sharedHostingCertificates } from '../../operators/index.js';
import { printJson, resolveOptions, withCommonOptions, type CommonFlags } from '../shared.js';

export function registerOperators(program: Command): void {
  withCommonOptions(
    program
      .command('operators')
      .description('group sites into operators by shared identifiers, redirects and hosting, with the evidence that links them')
      .option('--max-share <n>', 'an identifier on more domains than this is treated as common, not as an operator link', '25'),
  ).action((flags: CommonFlags & { maxShare: string }) => {
    const options = resolveOptions(flags);
    const catalog = new Catalog(options.dataDir);
    try {
      const clusters = clusterOperators(catalog, { maxDomainsPerIdentifier: Math.max(2, Number(flags.maxShare) || 25) });
      const hosting = sharedHostingCertificates(catalog);
      if (flags.json) printJson(clusters);
      else {
        if (clusters.length === 0) process.stdout.write('no sites share an identifier yet\n');
        for (const c of clusters) {
          process.stdout.write(`operator ${c.id}: ${c.domains.map((d) => `${d.domain}${d.label ? ` (${d.label})` : ''}`).join(', ')}\n`);
          for (const e of c.evidence) process.stdout.write(`  ${e.kind} ${e.value}: ${e.domains.join(', ')}\n`);
        }
        for (const h of hosting) process.stdout.write(`shared hosting (not operator evidence): a certificate for ${h.registrableDomains} registrable domains served by ${h.domains.join(', ')} — ${h.reason}\n`);
      }
    } finally {
      catalog.close();
    }
  });
}
