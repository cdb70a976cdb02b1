// The whole CLI: main.ts loads this for anything but `--version`.
import { Command, CommanderError } from 'commander';
import { DijkwachtError, describeError, errorDetail } from '../core/errors.js';
// Not the store's index: it loads the S3 client, which most commands never need.
import { asStorageError, storageCode, StorageError } from '../store/errors.js';
import { removeOwnedStagingSync } from '../store/staging-sweep.js';
import { toolVersion } from '../core/version.js';
import { logger } from '../log/index.js';
import { ExitCode } from './exit-codes.js';
import { configureHelp } from './help.js';
import { registerCommands } from './command-registry.js';
import { defaultDataDir } from '../options/index.js';

// A reader that stops early (`dijkwacht runs diff A B | head -1`) closes the pipe: that ends the
// command quietly with exit 0, never with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(ExitCode.Success);
    throw error;
  });
}

const program = configureHelp(new Command())
  .name('dijkwacht')
  .description('Find AI nudify and sexual-deepfake services and capture court-ready evidence of them.')
  .version(toolVersion)
  .showHelpAfterError()
  .addHelpText(
    'after',
    `
Exit codes: ${ExitCode.Success} done; ${ExitCode.Failure} internal error; ${ExitCode.Usage} bad arguments or setup (nothing done);
  ${ExitCode.VerifyFailed} a bundle does not verify; ${ExitCode.Incomplete} saved, but PARTIAL/FAILED/pending items;
  ${ExitCode.RunFailed} discover/crawl: every search or every fetch failed; ${ExitCode.Storage} a file or the store could not be written;
  ${ExitCode.Interrupted} Ctrl-C, ${ExitCode.Terminated} SIGTERM (discover/crawl print the --resume command).

Data directory: --data-dir, else DIJKWACHT_DATA_DIR, else ${defaultDataDir()}.
Every command: dijkwacht COMMAND --help lists its options (required ones marked), defaults and an example.

Example:
  dijkwacht sites --label nudify`,
  )
  .exitOverride();

await registerCommands(program, process.argv.slice(2));

// Nothing half-written outlives the process: staging this process still owns goes when it exits,
// also when something else ends it (Playwright's own Ctrl-C handler exits 130 once a browser runs).
process.on('exit', (code) => {
  removeOwnedStagingSync({ watched: code === ExitCode.Interrupted || code === ExitCode.Terminated });
});

/** A storage failure anywhere in `error` as a StorageError; `where` names the path when the error does not. */
function storageFailure(error: unknown, where: () => string): StorageError | null {
  if (error instanceof StorageError) return error;
  if (!storageCode(error)) return null;
  const mapped = asStorageError(error, (error as NodeJS.ErrnoException).path ?? where());
  return mapped instanceof StorageError ? mapped : null;
}

function report(error: unknown, where: () => string): ExitCode {
  const storage = storageFailure(error, where);
  if (storage) {
    // One line naming the path; the detail goes to the log.
    process.stderr.write(`dijkwacht: ${storage.message}\n`);
    logger('cli').error({ path: storage.path, code: storage.code, detail: errorDetail(error) }, storage.message);
    return ExitCode.Storage;
  }
  const usage = error instanceof DijkwachtError && error.scope === 'run';
  process.stderr.write(`dijkwacht: ${describeError(error)}\n`);
  logger('cli').debug({ detail: errorDetail(error) }, 'error detail');
  if (!usage) process.stderr.write(`${errorDetail(error).slice(1).map((l) => `  caused by ${l}`).join('\n')}\n`);
  return usage ? ExitCode.Usage : ExitCode.Failure;
}

// An error no caller awaited (a write stream without an 'error' handler): remove this process's
// staging, say what failed in one line, and exit with the documented code instead of a stack trace.
process.on('uncaughtException', (error) => {
  const removed = removeOwnedStagingSync();
  const code = report(error, () => (removed.length ? removed.join(', ') : 'a file'));
  if (code === ExitCode.Failure && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  if (removed.length) logger('cli').warn({ removed }, `removed the unfinished staging: ${removed.join(', ')}`);
  process.exit(code);
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? ExitCode.Success : ExitCode.Usage;
  } else {
    process.exitCode = report(error, () => 'a file');
  }
}
