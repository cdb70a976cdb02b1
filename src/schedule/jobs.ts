import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { Cron } from 'croner';
import { UsageError } from '../core/errors.js';
import { projectRoot } from '../core/version.js';
import type { AlertConfig } from '../alerts/config.js';
import { logger } from '../log/index.js';

export interface Job {
  name: string;
  cron: string;
  /** dijkwacht arguments, e.g. ["discover", "--engine", "searxng", "--searxng-url", "http://…"]. */
  command: string[];
  /** False: no alert after this job even when the config has an "alerts" section. Default true. */
  alert: boolean;
}

/** Where alerts go after a job, and the data directory whose catalog the job wrote. */
export interface AlertContext {
  config: AlertConfig;
  dataDir: string;
}

const ALLOWED = ['discover', 'crawl', 'capture', 'timestamp', 'notices'];

/** Checks the "schedule" section of the config file, naming the first problem. */
export function parseJobs(section: unknown): Job[] {
  if (section === undefined) throw new UsageError('No "schedule" section in the config file; see README "Scheduling".');
  if (!Array.isArray(section)) throw new UsageError('"schedule" in the config file must be a list of jobs.');
  return section.map((raw: unknown, i) => {
    const job = raw as Partial<Job> | null;
    const where = `schedule[${i}]`;
    if (!job || typeof job !== 'object') throw new UsageError(`${where} must be an object with name, cron and command.`);
    if (typeof job.name !== 'string' || !job.name) throw new UsageError(`${where} needs a "name".`);
    if (typeof job.cron !== 'string') throw new UsageError(`${where} (${job.name}) needs a "cron" expression.`);
    try {
      new Cron(job.cron, { paused: true }).stop();
    } catch (error) {
      throw new UsageError(`${where} (${job.name}): "${job.cron}" is not a valid cron expression.`, { cause: error });
    }
    if (!Array.isArray(job.command) || job.command.some((a) => typeof a !== 'string') || !ALLOWED.includes(job.command[0] ?? '')) {
      throw new UsageError(`${where} (${job.name}): "command" must be a list of arguments starting with one of ${ALLOWED.join(', ')}.`);
    }
    if (job.alert !== undefined && typeof job.alert !== 'boolean') throw new UsageError(`${where} (${job.name}): "alert" must be true or false.`);
    return { name: job.name, cron: job.cron, command: job.command, alert: job.alert !== false };
  });
}

/**
 * Runs one job as a child dijkwacht process and resolves with its exit code; with `alerts`, then
 * sends what the job changed (new, moved and gone services, failed runs) to the alert targets.
 */
export async function runJob(job: Job, extraArgs: string[], alerts: AlertContext | null = null): Promise<number> {
  if (!alerts || !job.alert) return runChild(job, extraArgs);
  const { alertAfterJob, newestRunId } = await import('../alerts/after-job.js');
  const runsBefore = await newestRunId(alerts.dataDir).catch(() => 0);
  const startedAt = new Date().toISOString();
  const code = await runChild(job, extraArgs);
  await alertAfterJob(alerts.config, alerts.dataDir, { job: job.name, exitCode: code, startedAt, endedAt: new Date().toISOString(), runsBefore });
  return code;
}

function runChild(job: Job, extraArgs: string[]): Promise<number> {
  const log = logger('cli').child({ job: job.name });
  const started = Date.now();
  log.info({ command: job.command }, `job ${job.name} started`);
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [resolve(projectRoot, 'bin', 'dijkwacht.js'), ...job.command, ...extraArgs], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('close', (code) => {
      log.info({ code, ms: Date.now() - started }, `job ${job.name} ended with exit code ${code ?? 'none'}`);
      resolvePromise(code ?? 1);
    });
    child.on('error', (error) => {
      log.error({ err: error }, `job ${job.name} could not start`);
      resolvePromise(1);
    });
  });
}

/** Starts every job on its cron expression. A run that is still going when its next turn comes is skipped. */
export function startSchedule(jobs: Job[], extraArgs: string[], alerts: AlertContext | null = null): { stop(): void; next(): { name: string; next: string | null }[] } {
  const crons = jobs.map((job) => new Cron(job.cron, { name: job.name, protect: true }, async () => void (await runJob(job, extraArgs, alerts))));
  return {
    stop: () => crons.forEach((c) => c.stop()),
    next: () => crons.map((c, i) => ({ name: jobs[i]!.name, next: c.nextRun()?.toISOString() ?? null })),
  };
}
