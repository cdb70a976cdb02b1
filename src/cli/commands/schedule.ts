import type { Command } from 'commander';
import { printJson, resolveOptions, withCommonOptions, type CommonFlags } from '../shared.js';

interface ScheduleFlags extends CommonFlags {
  once?: string;
  list?: boolean;
}

export function registerSchedule(program: Command): void {
  withCommonOptions(
    program
      .command('schedule')
      .description('run the jobs of the config file\'s "schedule" section on their cron expressions (long-running); with an "alerts" section, each job ends with an alert of new, moved and gone services and failed runs')
      .option('--once <job>', 'run one job now (and its alert) and exit with its exit code')
      .option('--list', 'list the jobs and their next run times'),
  )
    .addHelpText('after', '\nExample:\n  dijkwacht schedule --config dijkwacht.config.json --once nightly-discovery')
    .action(async (flags: ScheduleFlags) => {
      const { UsageError } = await import('../../core/errors.js');
      const { loadConfigSection } = await import('../../options/index.js');
      const { parseJobs, runJob, startSchedule } = await import('../../schedule/jobs.js');
      const { parseAlertConfig } = await import('../../alerts/config.js');
      const options = resolveOptions(flags);
      const jobs = parseJobs(loadConfigSection('schedule', { configFile: flags.config ?? null }));
      const alertConfig = parseAlertConfig(loadConfigSection('alerts', { configFile: flags.config ?? null }));
      const alerts = alertConfig ? { config: alertConfig, dataDir: options.dataDir } : null;
      const extra = ['--data-dir', options.dataDir, ...(flags.config ? ['--config', flags.config] : [])];
      if (flags.once) {
        const job = jobs.find((j) => j.name === flags.once);
        if (!job) throw new UsageError(`No job "${flags.once}"; jobs: ${jobs.map((j) => j.name).join(', ')}.`);
        process.exitCode = await runJob(job, extra, alerts);
        return;
      }
      const schedule = startSchedule(jobs, extra, alerts);
      if (flags.list) {
        const next = schedule.next();
        schedule.stop();
        if (flags.json) printJson(next);
        else for (const n of next) process.stdout.write(`${n.name.padEnd(20)} next ${n.next ?? 'never'}\n`);
        return;
      }
      process.stderr.write(`scheduler running ${jobs.length} job(s)${alerts ? ', alerts on' : ''}; Ctrl-C stops it\n`);
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          schedule.stop();
          resolve();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
