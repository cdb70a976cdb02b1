import { resolve } from 'node:path';
import type { Catalog } from '../catalog/index.js';
import type { Command } from 'commander';
import { logger, createRootLogger } from '../log/index.js';
import { defaultDataDir, loadOptions, type Options, type RawOptions } from '../options/index.js';
import { ExitCode } from './exit-codes.js';

/** Options every command takes. */
export function withCommonOptions(cmd: Command): Command {
  return cmd
    .option('--config <file>', 'config file (JSON); default ./dijkwacht.config.json if present')
    .option('--data-dir <dir>', `data root (default: ${process.env.DIJKWACHT_DATA_DIR ? `$DIJKWACHT_DATA_DIR, now ${process.env.DIJKWACHT_DATA_DIR}` : `${defaultDataDir()}, from $XDG_DATA_HOME or ~; DIJKWACHT_DATA_DIR sets another`})`)
    .option('--log-level <level>', 'fatal|error|warn|info|debug|trace|silent (default: info, or DIJKWACHT_LOG_LEVEL)')
    .option('--json', 'print machine-readable JSON on stdout');
}

export interface CommonFlags {
  config?: string;
  dataDir?: string;
  logLevel?: string;
  json?: boolean;
}

/** Options from defaults, config file, env and these flags; also starts the logger. */
export function resolveOptions(flags: CommonFlags, extra: RawOptions = {}): Options {
  const options = loadOptions({
    configFile: flags.config ?? null,
    flags: { dataDir: flags.dataDir, logLevel: flags.logLevel, ...extra },
  });
  createRootLogger(options.logLevel);
  return options;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Progress lines go to stderr, and only for humans at a terminal. */
export function progress(line: string, json: boolean | undefined): void {
  if (!json && process.stderr.isTTY) process.stderr.write(`${line}\n`);
}

/** Opens the catalog of a data dir for the length of `fn`. */
export async function usingCatalog<T>(dataDir: string, fn: (catalog: Catalog) => T | Promise<T>): Promise<T> {
  const { Catalog } = await import('../catalog/index.js');
  const catalog = new Catalog(dataDir);
  try {
    return await fn(catalog);
  } finally {
    catalog.close();
  }
}

type StopSignal = 'SIGINT' | 'SIGTERM';
const SIGNAL_EXIT: Record<StopSignal, ExitCode> = { SIGINT: ExitCode.Interrupted, SIGTERM: ExitCode.Terminated };

/** A command that writes, from its start to its exit. */
export interface WriteSession {
  /** Aborted by the first Ctrl-C / SIGTERM of a command that stops gracefully. */
  readonly signal: AbortSignal;
  /** The signal that stopped the command, or null. */
  readonly stoppedBy: StopSignal | null;
  /** The exit code for `stoppedBy` (130 for SIGINT, 143 for SIGTERM). */
  readonly stopExitCode: ExitCode;
  /** A line printed on stderr when the process exits after a signal, however it exits (e.g. the resume command). */
  onStoppedExit(line: string): void;
}

/** Where staging entries live under a data root: bundles being captured, packets being written. */
export function stagingRoots(dataDir: string): { dir: string; prefix?: string }[] {
  return [{ dir: resolve(dataDir, 'staging') }, { dir: resolve(dataDir, 'packets'), prefix: '.staging-' }];
}

/**
 * Starts a command that writes. Sweeps staging left by processes that are gone (logged), and makes
 * Ctrl-C (SIGINT) and SIGTERM end it cleanly with exit code 130 / 143. With `graceful`, the first
 * signal aborts `signal` and the command winds down itself (a crawl finishes the pages in flight);
 * otherwise, and on a second signal, this process's staging is removed and it exits at once.
 */
export async function startWriting(options: Options, mode: { graceful?: boolean } = {}): Promise<WriteSession> {
  // The staging module itself, not the store's index: that one loads the S3 client, which most commands never need.
  const { removeOwnedStagingSync, sweepStaging } = await import('../store/staging-sweep.js');
  await sweepStaging({ roots: stagingRoots(options.dataDir), startedAtMs: performance.timeOrigin, orphanAfterMs: options.stagingOrphanHours * 3_600_000, log: logger('store') });
  const abort = new AbortController();
  const lines: string[] = [];
  let stoppedBy: StopSignal | null = null;
  const onSignal = (sig: StopSignal): void => {
    if (mode.graceful && stoppedBy === null) {
      stoppedBy = sig;
      process.exitCode = SIGNAL_EXIT[sig];
      process.stderr.write(`\n${sig === 'SIGINT' ? 'Ctrl-C' : sig}: stopping after the work in flight (Ctrl-C again stops at once)\n`);
      abort.abort(new Error(`stopped by ${sig}`));
      return;
    }
    stoppedBy ??= sig;
    const removed = removeOwnedStagingSync();
    process.stderr.write(`\ndijkwacht: stopped by ${sig}${removed.length ? `; removed the staging of ${removed.length} unfinished item(s)` : ''}\n`);
    process.exit(SIGNAL_EXIT[sig]);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('exit', () => {
    if (stoppedBy) for (const line of lines) process.stderr.write(`${line}\n`);
  });
  return {
    signal: abort.signal,
    get stoppedBy() {
      return stoppedBy;
    },
    get stopExitCode() {
      return SIGNAL_EXIT[stoppedBy ?? 'SIGINT'];
    },
    onStoppedExit(line) {
      lines.push(line);
    },
  };
}
