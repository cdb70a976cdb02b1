import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { ExitCode } from '../exit-codes.js';
import { resolveOptions, startWriting, withCommonOptions, type CommonFlags } from '../shared.js';

interface WorkerFlags extends CommonFlags {
  roles: string;
  concurrency: string;
  catalog?: string;
  rdapBootstrap?: string;
  dnsServer?: string;
  whoisServer?: string;
  proxy?: string;
  tsa?: string[];
}

export function registerWorker(program: Command): void {
  withCommonOptions(
    program
      .command('worker')
      .description('take jobs from the shared PostgreSQL queue (domain lookups, captures, notice re-checks) until stopped; run one on every machine that shares the catalog and the bundle store')
      .option('--roles <roles>', 'comma-separated roles: lookup, capture, recheck', 'lookup,capture,recheck')
      .option('--concurrency <n>', 'jobs at once in this process', '2')
      .option('--catalog <url>', 'postgres:// URL of the shared catalog and queue (default: catalogUrl / DIJKWACHT_CATALOG_URL)')
      .option('--rdap-bootstrap <dir>', "directory with IANA's bootstrap files, for lookups")
      .option('--dns-server <host:port>', 'resolver for lookups and captures')
      .option('--whois-server <host:port>', "send WHOIS queries here instead of each TLD's server")
      .option('--proxy <url>', 'route target traffic of captures through this proxy')
      .addHelpText(
        'after',
        '\nEach job ends in one line on stdout (JSON lines with --json): done, retry, failed (a dead letter), deferred or released.\nSIGINT/SIGTERM: no new jobs; jobs in flight finish (or are released after DIJKWACHT_QUEUE_STOP_GRACE_MS), then exit 0.\n\nExample:\n  dijkwacht worker --catalog postgres://dijkwacht@db.internal/dijkwacht --roles lookup,capture --concurrency 4',
      ),
  ).action(async (flags: WorkerFlags) => {
    const options = resolveOptions(flags, { catalogUrl: flags.catalog, rdapBootstrapDir: flags.rdapBootstrap, dnsServer: flags.dnsServer, whoisServer: flags.whoisServer, proxy: flags.proxy });
    const { parseRoles, queueUrl, runWorker } = await import('../../queue/index.js');
    queueUrl(options);
    const roles = parseRoles(flags.roles);
    const concurrency = Number(flags.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) throw new UsageError(`--concurrency must be a whole number from 1 to 256, not "${flags.concurrency}".`);
    const session = await startWriting(options, { graceful: true });
    const result = await runWorker({
      options,
      roles,
      concurrency,
      signal: session.signal,
      onReady: ({ id, where }) => process.stderr.write(`worker ${id}: ${roles.join(', ')} × ${concurrency} from ${where}\n`),
      onJob: (line) => {
        if (flags.json) process.stdout.write(`${JSON.stringify(line)}\n`);
        else process.stdout.write(`${line.at} ${line.role} ${line.outcome.padEnd(8)} ${line.target} (job ${line.job.slice(0, 8)}, attempt ${line.attempt}, ${line.ms} ms)${line.detail ? `: ${line.detail}` : ''}\n`);
      },
    });
    if (result.cannotRun) {
      process.stderr.write(`worker ${result.id} stopped: ${result.cannotRun}\n`);
      process.exitCode = ExitCode.Usage;
      return;
    }
    // Stopped by a signal after finishing or releasing its jobs: that is this command's normal end.
    process.exitCode = ExitCode.Success;
    if (session.stoppedBy) process.stderr.write(`worker ${result.id}: stopped by ${session.stoppedBy}\n`);
  });
}
