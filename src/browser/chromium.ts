import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Playwright from 'playwright';
import type { Browser, LaunchOptions } from 'playwright';
import { SetupError, withTimeout } from '../core/errors.js';
import { logger } from '../log/index.js';
import type { Options } from '../options/index.js';

// require(), not import: an ESM import makes Node lex playwright-core's CommonJS for its named exports (~0.6 s per process).
const { chromium } = createRequire(import.meta.url)('playwright') as typeof Playwright;

const SYSTEM_CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export interface FoundChromium {
  path: string;
  source: 'option' | 'playwright' | 'system';
}

/** Chromium to drive: the configured path, else Playwright's own download, else the system package. */
export function findChromium(configured: string | null): FoundChromium {
  if (configured) {
    if (!existsSync(configured)) throw new SetupError(`Chromium not found at ${configured} (chromiumPath / DIJKWACHT_CHROMIUM).`);
    return { path: configured, source: 'option' };
  }
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: own, source: 'playwright' };
  } catch {
    // Playwright has no browser of its own here
  }
  const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
  if (system) return { path: system, source: 'system' };
  throw new SetupError(
    'No Chromium found. Run "npm run setup" (installs Debian\'s chromium package when run as root), install chromium yourself, or set DIJKWACHT_CHROMIUM to its path.',
  );
}

/**
 * Flags that keep Chromium from phoning home, keep WebRTC from sending UDP around the proxy (every
 * byte for a target goes through the egress proxy and its network policy), and make it work as
 * root in containers.
 */
export function chromiumArgs(extra: string[] = []): string[] {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--disable-dev-shm-usage',
    '--metrics-recording-only',
    '--no-pings',
    '--disable-quic',
    '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
    '--webrtc-ip-handling-policy=disable_non_proxied_udp',
    '--disable-features=OptimizationGuideModelDownloading,OptimizationHintsFetching,OptimizationTargetPrediction,OptimizationHints,CertificateTransparencyComponentUpdater,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication,Translate,InterestFeedContentSuggestions,OnDeviceModelService',
  ];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return [...args, ...extra];
}

/**
 * Playwright's defaults turn Chromium's own popup blocker off (for tests that want popups); we want
 * it on, as one more layer under the observation guard.
 */
export const IGNORED_DEFAULT_ARGS = ['--disable-popup-blocking'];

/** Chromium processes started by this Node process (Linux /proc; empty elsewhere). */
function childChromiumPids(): Set<number> {
  const pids = new Set<number>();
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return pids;
  }
  for (const entry of entries) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) === process.pid && /chrom/i.test(stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')))) pids.add(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

export interface LaunchedBrowser {
  browser: Browser;
  executable: FoundChromium;
  stealth: boolean;
  /** The browser's own process ids, to kill it when it stops answering. */
  pids: number[];
}

/**
 * Launches headless Chromium, through the stealth plugin when asked. The proxy is set per context
 * (the egress proxy of each session), so only target traffic goes through it.
 */
export async function launchBrowser(options: Pick<Options, 'chromiumPath' | 'stealth'>, extraArgs: string[] = []): Promise<LaunchedBrowser> {
  const executable = findChromium(options.chromiumPath);
  // Signals are the CLI's: it ends the run, writes what it must and removes staging; Playwright must not exit first.
  const launch: LaunchOptions = { executablePath: executable.path, headless: true, args: chromiumArgs(extraArgs), ignoreDefaultArgs: IGNORED_DEFAULT_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false };
  const log = logger('browser');
  const before = childChromiumPids();
  try {
    let browser: Browser;
    let stealth = false;
    if (options.stealth) {
      const { chromium: extra } = await import('playwright-extra');
      const { default: stealthPlugin } = await import('puppeteer-extra-plugin-stealth');
      extra.use(stealthPlugin());
      browser = await extra.launch(launch);
      stealth = true;
    } else {
      browser = await chromium.launch(launch);
    }
    const pids = [...childChromiumPids()].filter((p) => !before.has(p));
    log.debug({ executable: executable.path, version: browser.version(), stealth, pids }, 'launched chromium');
    return { browser, executable, stealth, pids };
  } catch (error) {
    throw new SetupError(`Chromium at ${executable.path} did not start.`, { cause: error });
  }
}

/** Closes a browser; one that does not close within `timeoutMs` is killed. Never throws, never hangs. */
export async function closeBrowser(launched: LaunchedBrowser, timeoutMs = 10_000): Promise<'closed' | 'killed'> {
  try {
    await withTimeout('closing the browser', timeoutMs, () => launched.browser.close());
    return 'closed';
  } catch {
    for (const pid of launched.pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    logger('browser').warn({ pids: launched.pids }, 'the browser did not close in time and was killed');
    return 'killed';
  }
}
