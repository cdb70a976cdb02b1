import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright';
import { SetupError } from '../core/errors.js';
import { logger } from '../log/index.js';
import type { Options } from '../options/index.js';

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

/** Flags that keep Chromium from phoning home and make it work as root in containers. */
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
    '--disable-features=OptimizationGuideModelDownloading,OptimizationHintsFetching,OptimizationTargetPrediction,OptimizationHints,CertificateTransparencyComponentUpdater,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication,Translate,InterestFeedContentSuggestions,OnDeviceModelService',
  ];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return [...args, ...extra];
}

export function proxySettings(proxy: string | null): LaunchOptions['proxy'] {
  if (!proxy) return undefined;
  const u = new URL(proxy);
  const server = `${u.protocol}//${u.host}`;
  return {
    server,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
  };
}

export interface LaunchedBrowser {
  browser: Browser;
  executable: FoundChromium;
  stealth: boolean;
}

/**
 * Launches headless Chromium, through the stealth plugin when asked. The proxy is set per context
 * (see session.ts), so only target traffic goes through it, never the browser's own housekeeping.
 */
export async function launchBrowser(options: Options): Promise<LaunchedBrowser> {
  const executable = findChromium(options.chromiumPath);
  const launch: LaunchOptions = {
    executablePath: executable.path,
    headless: true,
    args: chromiumArgs(),
  };
  const log = logger('browser');
  try {
    if (options.stealth) {
      const { chromium: extra } = await import('playwright-extra');
      const { default: stealthPlugin } = await import('puppeteer-extra-plugin-stealth');
      extra.use(stealthPlugin());
      const browser = await extra.launch(launch);
      log.debug({ executable: executable.path }, 'launched chromium with stealth evasions');
      return { browser, executable, stealth: true };
    }
    const browser = await chromium.launch(launch);
    log.debug({ executable: executable.path, version: browser.version() }, 'launched chromium');
    return { browser, executable, stealth: false };
  } catch (error) {
    throw new SetupError(`Chromium at ${executable.path} did not start.`, { cause: error });
  }
}
