import type { Command } from 'commander';
import { printJson, resolveOptions, usingCatalog, withCommonOptions, type CommonFlags } from '../shared.js';

export function registerBundles(program: Command): void {
  withCommonOptions(
    program
      .command('bundles')
      .description('every evidence bundle, oldest first: id, URL, capture time, status, case, SHA-256 of its manifest')
      .option('--case <id>', 'only the bundles of this case'),
  ).action(async (flags: CommonFlags & { case?: string }) => {
    const options = resolveOptions(flags);
    // The listing alone, not the export's index: that one starts loading the PDF renderer.
    const [{ listBundles }, { createStore }] = await Promise.all([import('../../export/case-list.js'), import('../../store/index.js')]);
    const bundles = await usingCatalog(options.dataDir, (catalog) => listBundles(catalog, createStore(options), { caseId: flags.case ?? null }));
    if (flags.json) return printJson(bundles);
    if (bundles.length === 0) {
      process.stdout.write(flags.case ? `case ${flags.case} has no bundles ("dijkwacht cases" lists the cases)\n` : 'no bundles yet: capture a URL with "dijkwacht capture URL"\n');
      return;
    }
    for (const b of bundles) {
      process.stdout.write(`${b.bundleId}  ${b.status.padEnd(8)}  ${b.capturedAt}  case ${b.caseId ?? '-'}\n`);
      process.stdout.write(`  ${b.url}\n  manifest sha256 ${b.manifestSha256 ?? '(bundle no longer in the store)'}\n`);
    }
  });
}
