import type { Command } from 'commander';
import type * as QueueModuleNs from '../../queue/index.js';
import type { QueueConnection } from '../../queue/index.js';
import { UsageError } from '../../core/errors.js';
import type { QueueStatus } from '../../queue/index.js';
import { ExitCode } from '../exit-codes.js';
import { printJson, resolveOptions, withCommonOptions, type CommonFlags } from '../shared.js';

interface QueueFlags extends CommonFlags {
  catalog?: string;
  case?: string;
  fresh?: boolean;
  dead?: string;
  roles?: string;
  timeoutSeconds?: string;
}

const catalogFlag = '--catalog <url>';
const catalogHelp = 'postgres:// URL of the shared catalog and queue (default: catalogUrl / DIJKWACHT_CATALOG_URL)';

/** Opens the queue for one subcommand and closes it after. */
type QueueModule = typeof QueueModuleNs;

async function withQueue<T>(flags: QueueFlags, fn: (q: QueueModule, queue: QueueConnection) => Promise<T>): Promise<T> {
  const options = resolveOptions(flags, { catalogUrl: flags.catalog });
  const q = await import('../../queue/index.js');
  const queue = await q.connectQueue(options);
  try {
    return await fn(q, queue);
  } finally {
    await queue.close();
  }
}

/** The run named on the command line (an id or a name), with its shared frontier's counts. */
async function runOf(flags: QueueFlags, idOrName: string): Promise<{ id: number; name: string; status: string; frontier: { queued: number; leased: number; done: number; refused: number } }> {
  const options = resolveOptions(flags, { catalogUrl: flags.catalog });
  const { openCatalogRepositories } = await import('../../catalog/postgres/catalog-repositories.js');
  const repos = await openCatalogRepositories(options, { max: 1, applicationName: 'dijkwacht-queue' });
  try {
    const run = await repos.runs.get(idOrName);
    return { id: run.id, name: run.name, status: run.status, frontier: await repos.frontier.counts(run.id) };
  } finally {
    await repos.close();
  }
}

function printStatus(status: QueueStatus): void {
  for (const [role, s] of Object.entries(status)) {
    process.stdout.write(`${role.padEnd(8)} pending ${s.pending}, retrying ${s.retrying}, scheduled ${s.scheduled}, active ${s.active}; last hour: ${s.doneLastHour} done, ${s.failedLastHour} failed; kept: ${s.done} done, ${s.failed} failed; dead letters ${s.deadLetterCount}\n`);
    for (const l of s.leases) process.stdout.write(`  lease    ${l.target} (job ${l.job.slice(0, 8)}, attempt ${l.attempt}) since ${l.startedAt}, until ${l.leaseUntil}${l.expired ? ' EXPIRED: another worker takes it at the next maintenance' : ''}\n`);
    for (const d of s.deadLetters) process.stdout.write(`  dead     ${d.at} ${d.target}: ${d.reason}${d.attempts ? ` (attempt ${d.attempts})` : ''}\n`);
    if (s.deadLetterCount > s.deadLetters.length) process.stdout.write(`  … ${s.deadLetterCount - s.deadLetters.length} more dead letters (--dead N shows more)\n`);
  }
}

export function registerQueue(program: Command): void {
  const queue = program
    .command('queue')
    .description('the shared PostgreSQL job queue: add jobs, see depth, leases, rates and dead letters, wait until done')
    .addHelpText('after', '\nExample:\n  dijkwacht queue add lookup beeldlab-voorbeeld.test && dijkwacht queue status');

  withCommonOptions(
    queue
      .command('add')
      .description('queue jobs for workers: "add lookup DOMAIN…", "add capture URL… [--case ID]", "add recheck NOTICE…", "add crawl RUN" (one more slice of a queued crawl); prints one job id per line')
      .argument('<role>', 'crawl, lookup, capture or recheck')
      .argument('<item...>', 'run ids (crawl), domains (lookup), URLs (capture) or notice numbers (recheck)')
      .option('--case <id>', 'capture: case identifier recorded in each bundle')
      .option('--fresh', 'lookup: ignore cached lookups')
      .option(catalogFlag, catalogHelp)
      .addHelpText('after', '\nExample:\n  dijkwacht queue add capture https://beeldlab-voorbeeld.test/ https://beeldlab-voorbeeld.test/prijzen --case CASE-1'),
  ).action(async (role: string, items: string[], flags: QueueFlags) => {
    await withQueue(flags, async (q, conn) => {
      const roleName = role.toLowerCase();
      if (!q.JOB_ROLES.includes(roleName as never)) throw new UsageError(`Unknown role "${role}"; the roles are ${q.JOB_ROLES.join(', ')}.`);
      const r = roleName as (typeof q.JOB_ROLES)[number];
      if (flags.case !== undefined && r !== 'capture') throw new UsageError('--case goes with "queue add capture".');
      if (flags.fresh && r !== 'lookup') throw new UsageError('--fresh goes with "queue add lookup".');
      const jobs = q.jobsFor(r, items, { caseId: flags.case ?? null, fresh: flags.fresh === true });
      const ids = await q.enqueue(conn, r, jobs);
      if (flags.json) printJson(ids.map((id, i) => ({ id, role: r, target: q.describeJob(r, jobs[i]) })));
      else for (const id of ids) process.stdout.write(`${id}\n`);
      if (!flags.json) process.stderr.write(`queued ${ids.length} ${r} job(s) at ${conn.where}\n`);
    });
  });

  withCommonOptions(
    queue
      .command('status')
      .description('per role: pending, retrying, scheduled and active jobs, active leases, done and failed in the last hour, dead letters with their reasons; with RUN, that run\'s jobs and its shared frontier')
      .argument('[run]', 'a run started with "crawl --queue" (its id or name)')
      .option('--dead <n>', 'dead letters listed per role (newest first)', '20')
      .option(catalogFlag, catalogHelp)
      .addHelpText('after', '\nExamples:\n  dijkwacht queue status --json\n  dijkwacht queue status 12'),
  ).action(async (runArg: string | undefined, flags: QueueFlags) => {
    const dead = Number(flags.dead);
    if (!Number.isInteger(dead) || dead < 0) throw new UsageError(`--dead must be a whole number, not "${flags.dead}".`);
    const run = runArg === undefined ? null : await runOf(flags, runArg);
    const status = await withQueue(flags, (q, conn) => q.queueStatus(conn, { deadLetterLimit: dead, runId: run?.id }));
    if (flags.json) printJson(status);
    else {
      if (run) process.stdout.write(`run ${run.name} (id ${run.id}) ${run.status}; frontier: ${run.frontier.queued} queued, ${run.frontier.leased} leased, ${run.frontier.done} done, ${run.frontier.refused} refused for the site budget\n`);
      printStatus(status);
    }
  });

  withCommonOptions(
    queue
      .command('wait')
      .description('return when no job of these roles (or of RUN) is pending, retrying or active (scheduled ones do not count); exit 4 at the timeout')
      .argument('[run]', 'wait for this run\'s jobs only (its id or name)')
      .option('--roles <roles>', 'comma-separated roles', 'crawl,lookup,capture,recheck')
      .option('--timeout-seconds <s>', 'give up after this long (0: never)', '0')
      .option(catalogFlag, catalogHelp)
      .addHelpText('after', '\nExamples:\n  dijkwacht queue wait --roles lookup --timeout-seconds 600\n  dijkwacht queue wait 12'),
  ).action(async (runArg: string | undefined, flags: QueueFlags) => {
    const timeout = Number(flags.timeoutSeconds);
    if (!Number.isFinite(timeout) || timeout < 0) throw new UsageError(`--timeout-seconds must be a number of seconds, not "${flags.timeoutSeconds}".`);
    const runId = runArg === undefined ? undefined : (await runOf(flags, runArg)).id;
    const left = await withQueue(flags, async (q, conn) => {
      const roles = q.parseRoles(flags.roles ?? '');
      const until = timeout > 0 ? Date.now() + timeout * 1000 : Infinity;
      for (;;) {
        const n = q.outstanding(await q.queueStatus(conn, { roles, deadLetterLimit: 0, leaseLimit: 0, runId }));
        if (n === 0 || Date.now() >= until) return n;
        await new Promise((r) => setTimeout(r, Math.min(1000, conn.settings.pollMs)));
      }
    });
    if (flags.json) printJson({ outstanding: left });
    else process.stdout.write(left === 0 ? 'no jobs left\n' : `${left} job(s) still to run at the timeout\n`);
    process.exitCode = left === 0 ? ExitCode.Success : ExitCode.Incomplete;
  });
}
