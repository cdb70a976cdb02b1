import type { Command } from 'commander';
import { printJson, resolveOptions, usingCatalog, withCommonOptions, type CommonFlags } from '../shared.js';

export function registerCases(program: Command): void {
  withCommonOptions(program.command('cases').description('every case: bundles, first and last capture, domains, COMPLETE/PARTIAL/FAILED counts, whether it was exported')).action(async (flags: CommonFlags) => {
    const options = resolveOptions(flags);
    // The listing alone, not the export's index: that one starts loading the PDF renderer.
    const [{ listCases }, { createStore }] = await Promise.all([import('../../export/case-list.js'), import('../../store/index.js')]);
    const cases = await usingCatalog(options.dataDir, (catalog) => listCases(catalog, createStore(options)));
    if (flags.json) return printJson(cases);
    if (cases.length === 0) {
      process.stdout.write('no cases yet: give captures a case id, e.g. "dijkwacht capture URL --case CASE-1"\n');
      return;
    }
    for (const c of cases) {
      const counts = `COMPLETE ${c.statuses.COMPLETE}, PARTIAL ${c.statuses.PARTIAL}, FAILED ${c.statuses.FAILED}`;
      const exported = c.lastExport ? `exported ${c.lastExport.at} (export ${c.lastExport.exportId})` : 'not exported';
      process.stdout.write(`${c.caseId}  ${c.bundles} bundle${c.bundles === 1 ? '' : 's'} (${counts})  ${exported}\n`);
      process.stdout.write(`  captured ${c.firstCapture} → ${c.lastCapture}\n  domains  ${c.domains.join(', ')}\n`);
      if (c.missing > 0) process.stdout.write(`  ${c.missing} bundle${c.missing === 1 ? ' is' : 's are'} no longer in the store\n`);
    }
    process.stdout.write('bundles of a case: dijkwacht bundles --case ID; court export: dijkwacht export --case ID --out case.zip\n');
  });
}
