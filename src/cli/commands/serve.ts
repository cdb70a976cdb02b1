import type { Command } from 'commander';
import { ExitCode } from '../exit-codes.js';
import { resolveOptions, withCommonOptions, type CommonFlags } from '../shared.js';

interface ServeFlags extends CommonFlags {
  host?: string;
  port?: string;
  token?: string;
  reviewer?: string;
  reviewers?: string;
  tlsCert?: string;
  tlsKey?: string;
  plainHttpBecause?: string;
}

/**
 * `dijkwacht serve`: the local web workspace. Contract for harnesses: once listening it prints
 * `workspace: http://H:P/` and `token: T` on stdout; SIGINT / SIGTERM close it cleanly (exit 0).
 */
export function registerServe(program: Command): void {
  withCommonOptions(
    program
      .command('serve')
      .description('the local web workspace: dashboard, review queue, site pages, cases, notices, graph (safe views only; every verdict and action audited)')
      .option('--host <host>', 'address to listen on; beyond loopback needs --tls-cert/--tls-key or --plain-http-because', '127.0.0.1')
      .option('--port <port>', 'port to listen on (0 picks a free one)', '8410')
      .option('--token <token>', 'the sign-in token (default: a random one, printed at start)')
      .option('--reviewer <name>', 'whose verdicts the --token (or generated token) records', 'workspace operator')
      .option('--reviewers <file>', 'JSON {"reviewers": [{"name": "…", "token": "…"}]}: one token per reviewer (tokens of 16+ characters)')
      .option('--tls-cert <pem>', 'TLS certificate (PEM) for https')
      .option('--tls-key <pem>', 'TLS private key (PEM) for https')
      .option('--plain-http-because <reason>', 'serve plain HTTP beyond loopback, saying why (e.g. "TLS ends at the reverse proxy"); recorded in the audit table'),
  )
    .addHelpText('after', '\nExample:\n  dijkwacht serve --data-dir ~/dijkwacht --port 8410 --reviewer "A. Analyst"\n  then open the printed login address (http://127.0.0.1:8410/login?token=…)')
    .action(async (flags: ServeFlags) => {
      const options = resolveOptions(flags);
      const { UsageError } = await import('../../core/errors.js');
      const port = Number(flags.port ?? '8410');
      if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`--port ${flags.port} is not a port number (0 to 65535; 0 picks a free one).`);
      const { startWorkspace } = await import('../../serve/index.js');
      const running = await startWorkspace({
        options,
        configFile: flags.config ?? null,
        host: flags.host,
        port,
        token: flags.token ?? null,
        reviewer: flags.reviewer,
        reviewersFile: flags.reviewers ?? null,
        tlsCert: flags.tlsCert ?? null,
        tlsKey: flags.tlsKey ?? null,
        plainHttpReason: flags.plainHttpBecause ?? null,
      });
      // Signals are handled before the contract lines go out: a harness may stop the workspace at once.
      const closed = new Promise<void>((resolve) => {
        const stop = (): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void running.close().then(resolve, resolve);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      process.stdout.write(`workspace: ${running.url}\n`);
      if (running.token !== null) process.stdout.write(`token: ${running.token}\n`);
      process.stderr.write(
        running.token !== null
          ? `sign in: ${running.url}login?token=${encodeURIComponent(running.token)} (as ${running.reviewer}); Ctrl-C stops\n`
          : `sign in: ${running.url}login?token=YOUR-TOKEN (tokens from ${flags.reviewers}); Ctrl-C stops\n`,
      );
      await closed;
      process.exitCode = ExitCode.Success;
    });
}
