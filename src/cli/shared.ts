import type { Catalog } from '../catalog/index.js';
import type { Command } from 'commander';
import { createRootLogger } from '../log/index.js';
import { loadOptions, type Options, type RawOptions } from '../options/index.js';

/** Options every command takes. */
export function withCommonOptions(cmd: Command): Command {
  return cmd
    .option('--config <file>', 'config file (JSON); default ./dijkwacht.config.json if present')
    .option('--data-dir <dir>', 'data root (default: storage, or DIJKWACHT_DATA_DIR)')
    .option('--log-level <level>', 'fatal|error|warn|info|debug|trace|silent')
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
