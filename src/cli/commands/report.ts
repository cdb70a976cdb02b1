import type { Command } from 'commander';
import { printJson, resolveOptions, withCommonOptions, type CommonFlags } from '../shared.js';

interface ReportFlags extends CommonFlags {
  period?: string;
  format: string;
  out?: string;
}

export function registerReport(program: Command): void {
  withCommonOptions(
    program
      .command('report')
      .description('a period report with plots: services found, new/gone/moved, languages, countries, notices, time to action, SIDN/ACM outcomes, DSA Art. 22(3)')
      .option('--period <period>', 'the period (required): 2026Q1, 2026 or FROM..TO (YYYY-MM-DD, both ends included)')
      .option('--format <list>', 'comma-separated: html,pdf,json,csv', 'html,pdf,json,csv')
      .option('--out <dir>', 'directory to write report.html, report.pdf, report.json and csv/ into (required)'),
  )
    .addHelpText('after', '\nExample:\n  dijkwacht report --period 2026Q1 --format html,pdf,json,csv --out reports/2026Q1 --data-dir ~/.local/share/dijkwacht')
    .action(async (flags: ReportFlags) => {
      const { UsageError } = await import('../../core/errors.js');
      if (!flags.period) throw new UsageError('The report needs a period: add --period 2026Q1 (or 2026, or 2026-01-01..2026-03-31).');
      if (!flags.out) throw new UsageError('The report needs a directory to write into: add --out DIR.');
      const options = resolveOptions(flags);
      const { parsePeriod, parseFormats, writeReport } = await import('../../report/index.js');
      const period = parsePeriod(flags.period);
      const formats = parseFormats(flags.format);
      const { files, metrics } = await writeReport({ dataDir: options.dataDir, period, formats, out: flags.out, options });
      if (flags.json) {
        printJson({ period, files, servicesFound: metrics.servicesFound.value, runs: metrics.totals.value.runs, notices: metrics.actedWithin.value.notices });
        return;
      }
      if (metrics.totals.value.runs === 0 && metrics.actedWithin.value.notices === 0) process.stdout.write(`no runs or notices in ${period.label} in the catalog at ${options.dataDir}\n`);
      process.stdout.write(`report ${period.label}: ${metrics.servicesFound.value} services, ${metrics.totals.value.runs} runs, ${metrics.actedWithin.value.notices} notices\n`);
      for (const f of files) process.stdout.write(`  wrote ${f}\n`);
    });
}
