import type { Command } from 'commander';
import type { CrawlProgress } from '../discover/index.js';
import type { RawOptions } from '../options/index.js';
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
