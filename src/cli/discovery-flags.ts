import type { Command } from 'commander';
import type { CrawlProgress } from '../discover/index.js';
import { redactUrlCredentials, type RawOptions } from '../options/index.js';
import type { CommonFlags } from './shared.js';

export interface DiscoveryFlags extends CommonFlags {
  proxy?: string;
  maxDepth?: string;
  maxPages?: string;
  maxPagesPerSite?: string;
  allowPrivateNetwork?: boolean;
  robots?: boolean;
  resume?: string | boolean;
}

/** Flags shared by discover and crawl. */
export function withDiscoveryOptions(cmd: Command): Command {
  return cmd
    .option('--max-depth <n>', 'link hops followed from seeds and search results')
    .option('--max-pages <n>', 'page budget of the run')
    .option('--max-pages-per-site <n>', 'page budget per registrable domain')
    .option('--proxy <url>', 'route all target traffic (HTTP and browser) through this proxy')
    .option('--allow-private-network', 'allow loopback/private addresses')
    .option('--no-robots', 'ignore robots.txt (recorded in the run)')
    .option('--resume [run]', 'continue an interrupted run (its name or id; default: the latest unfinished one)');
}

export function discoveryOptionFlags(flags: DiscoveryFlags): RawOptions {
  return {
    proxy: flags.proxy,
    maxDepth: flags.maxDepth,
    maxPages: flags.maxPages,
    maxPagesPerSite: flags.maxPagesPerSite,
    allowPrivateNetwork: flags.allowPrivateNetwork ? true : undefined,
    respectRobotsTxt: flags.robots === false ? false : undefined,
  };
}

/** A word as a POSIX shell reads it back. */
function shellWord(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

/**
 * The command that resumes `run`: the same data root, config, proxy (credentials redacted), limits
 * and, for discover, search settings as this invocation. Seeds and queries are the run's own.
 */
export function resumeCommand(kind: 'discover' | 'crawl', run: string, flags: DiscoveryFlags, extra: [string, string | undefined][] = []): string {
  const words = ['dijkwacht', kind, '--resume', run];
  const pairs: [string, string | undefined][] = [
    ['--config', flags.config],
    ['--data-dir', flags.dataDir],
    ['--proxy', flags.proxy && /^[a-z0-9]+:\/\/[^/]*@/i.test(flags.proxy) ? redactUrlCredentials(flags.proxy) : flags.proxy],
    ['--max-depth', flags.maxDepth],
    ['--max-pages', flags.maxPages],
    ['--max-pages-per-site', flags.maxPagesPerSite],
    ...extra,
  ];
  for (const [flag, value] of pairs) if (value !== undefined) words.push(flag, value);
  if (flags.allowPrivateNetwork) words.push('--allow-private-network');
  if (flags.robots === false) words.push('--no-robots');
  if (flags.json) words.push('--json');
  return words.map(shellWord).join(' ');
}

export function resumeOf(flags: DiscoveryFlags): string | null {
  if (flags.resume === undefined || flags.resume === false) return null;
  return flags.resume === true ? 'latest' : flags.resume;
}

/** A one-line progress display on a terminal, at most every 500 ms. */
export function progressPrinter(json: boolean | undefined): { onProgress: (p: CrawlProgress) => void; onPhase: (phase: string) => void; done: () => void } {
  const tty = !json && process.stderr.isTTY === true;
  let last = 0;
  return {
    onProgress(p) {
      if (!tty || Date.now() - last < 500) return;
      last = Date.now();
      const found = Object.entries(p.labels).filter(([l]) => l !== 'unrelated').map(([l, n]) => `${l} ${n}`).join(' ');
      process.stderr.write(`\r  pages ${p.done} (browser ${p.browserPages}) · queued ${p.queued} · failures ${p.failures} · ${p.pagesPerSecond.toFixed(1)} pages/s · pages labelled ${found}   `);
    },
    onPhase(phase) {
      if (tty) process.stderr.write(`${phase}\n`);
    },
    done() {
      if (tty) process.stderr.write('\n');
    },
  };
}
