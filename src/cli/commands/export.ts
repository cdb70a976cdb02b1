import { basename, dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { watchStagingDir } from '../../store/staging-sweep.js';
import { collect, printJson, progress, resolveOptions, startWriting, withCommonOptions, type CommonFlags } from '../shared.js';

interface ExportFlags extends CommonFlags {
  case?: string;
  out?: string;
  tsa?: string[];
  exclude?: string[];
}

export function registerExport(program: Command): void {
  withCommonOptions(
    program
      .command('export')
      .description('court export of a case: bundles with custody logs, exhibit index, a printable exhibit per capture, Dutch statement of findings, verification report, methodology, VERIFY.md; hashed, signed, timestamped')
      .requiredOption('--case <id>', 'case id given to "dijkwacht capture --case"')
      .requiredOption('--out <zip>', 'the zip to write, e.g. case.zip')
      .option('--tsa <url>', 'RFC 3161 TSA URL (repeatable; replaces the configured list)', collect)
      .option('--exclude <bundle>', 'leave this bundle of the case out (repeatable); the methodology, exhibit index and statement of findings name it', collect),
  ).action(async (flags: ExportFlags) => {
    const options = resolveOptions(flags, { tsaUrls: flags.tsa });
    const { exportCase } = await import('../../export/index.js');
    await startWriting(options);
    // The export is staged beside the zip (.export-*, <zip>.partial-*); a stop never leaves either behind.
    const zip = resolve(flags.out ?? 'case.zip');
    watchStagingDir(dirname(zip), ['.export-', `${basename(zip)}.partial-`]);
    const result = await exportCase(options, flags.case ?? '', flags.out ?? 'case.zip', (s) => progress(`export: ${s}`, flags.json), { exclude: flags.exclude ?? [] });
    if (flags.json) printJson({ ...result, exhibits: result.exhibits.length });
    else {
      process.stdout.write(`case ${result.caseId} exported to ${result.zip}\n  ${result.bundles.length} bundles (${result.exhibits.length} exhibits), ${result.packets} packets, ${result.notices} notices\n`);
      if (result.excluded.length > 0) process.stdout.write(`  left out on your instruction (named in the methodology, exhibit index and statement of findings): ${result.excluded.join(', ')}\n`);
      const incomplete = result.exhibits.filter((e) => e.captureStatus !== 'COMPLETE');
      for (const e of incomplete) process.stdout.write(`  ${e.exhibit} ${e.bundleId} is ${e.captureStatus}: ${e.captureReasons.join('; ') || 'no reason recorded'}\n`);
      process.stdout.write('  statement-of-findings.pdf is for the collector to sign\n');
      process.stdout.write(result.timestamped ? '  SHA256SUMS signed and timestamped\n' : `  SHA256SUMS signed; NOT timestamped (${result.timestampFailures.join('; ') || 'no TSA configured'})\n`);
      process.stdout.write(`  check it: dijkwacht verify ${result.zip}\n`);
    }
  });
}
