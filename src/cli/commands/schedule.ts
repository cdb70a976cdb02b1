import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { loadConfigSection } from '../../options/index.js';
import { parseJobs, runJob, startSchedule } from '../../schedule/jobs.js';
import { printJson, resolveOptions, withCommonOptions, type CommonFlags } from '../shared.js';

interface ScheduleFlags extends CommonFlags {
  once?: string;
  list?: boolean;
}

export function registerSchedule(program: Command): void {
  withCommonOptions(
    program
      .command('schedule')
      .description('run the jobs of the config file\'s "schedule" section on their cron expressions (long-running)')
      .option('--once <job>', 'run one job now and exit with its exit code')
      .option('--list', 'list the jobs and their next run times'),
  ).action(async (flags: ScheduleFlags) => {
    const options = resolveOptions(flags);
    const jobs = parseJobs(loadConfigSection('schedule', { configFile: flags.config ?? null }));
    const extra = ['--data-dir', options.dataDir, ...(flags.config ? ['--config', flags.config] : [])];
    if (flags.once) {
      const job = jobs.find((j) => j.name === flags.once);
      if (!job) throw new UsageError(`No job "${flags.once}"; jobs: ${jobs.map((j) => j.name).join(', ')}.`);
      process.exitCode = await runJob(job, extra);
      return;
    }
    const schedule = startSchedule(jobs, extra);
    if (flags.list) {
      const next = schedule.next();
      schedule.stop();
      if (flags.json) printJson(next);
      else for (const n of next) process.stdout.write(`${n.name.padEnd(20)} next ${n.next ?? 'never'}\n`);
      return;
    }
    process.stderr.write(`scheduler running ${jobs.length} job(s); Ctrl-C stops it\n`);
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
