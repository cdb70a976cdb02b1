import type { Command } from 'commander';
import type { captureUrls as CaptureUrls } from '../../capture/index.js';
import { ExitCode } from '../exit-codes.js';
import { collect, printJson, progress, resolveOptions, startWriting, withCommonOptions, type CommonFlags } from '../shared.js';

interface CaptureFlags extends CommonFlags {
  case?: string;
  tsa?: string[];
  proxy?: string;
  seal?: boolean;
  stealth?: boolean;
  allowPrivateNetwork?: boolean;
  caFile?: string;
  dnsServer?: string;
  concurrency?: string;
  telegramPreview?: string[];
  queue?: boolean;
  catalog?: string;
}

export function registerCapture(program: Command): void {
  withCommonOptions(
    program
      .command('capture')
      .description('capture pages into signed, sealed, timestamped evidence bundles')
      .argument('[url...]', 'one or more http(s) URLs')
      .option('--case <id>', 'case identifier recorded in each bundle')
      .option('--tsa <url>', 'RFC 3161 TSA URL (repeat for several; replaces the configured list)', collect)
      .option('--proxy <url>', 'route target traffic through this proxy (http://, socks5://)')
      .option('--no-seal', 'do NOT encrypt imagery (recorded in the bundle; use only when you must)')
      .option('--stealth', 'use the puppeteer-extra stealth evasions (recorded)')
      .option('--allow-private-network', 'allow loopback/private addresses as targets')
      .option('--ca-file <pem>', 'extra trust anchors for judging the target TLS certificate')
      .option('--dns-server <host:port>', 'resolver for the DNS answers recorded at capture time')
      .option('--concurrency <n>', 'captures at once')
      .option('--telegram-preview <handle>', 'also capture the public web preview of this Telegram channel (repeatable; the telegramPreviewUrl option, default https://t.me/s/{handle}): observation only, never joins a channel, never messages a bot', collect)
      .option('--queue', 'queue the URLs for workers ("dijkwacht worker --roles capture") instead of capturing here; prints the job ids')
      .option('--catalog <url>', 'with --queue: the shared PostgreSQL catalog (default: the catalogUrl option)'),
  ).action(async (urls: string[], flags: CaptureFlags) => {
    const options = resolveOptions(flags, {
      tsaUrls: flags.tsa,
      proxy: flags.proxy,
      seal: flags.seal === false ? false : undefined,
      stealth: flags.stealth ? true : undefined,
      allowPrivateNetwork: flags.allowPrivateNetwork ? true : undefined,
      caFile: flags.caFile,
      dnsServer: flags.dnsServer,
      captureConcurrency: flags.concurrency,
      catalogUrl: flags.catalog,
    });
    const { UsageError } = await import('../../core/errors.js');
    const { telegramPreviewUrl } = await import('../../refer/kinds/telegram-preview.js');
    urls = [...urls, ...(flags.telegramPreview ?? []).map((h) => telegramPreviewUrl(options.telegramPreviewUrl, h))];
    if (urls.length === 0) throw new UsageError('Name a URL to capture, or a Telegram channel with --telegram-preview HANDLE.');
    if (flags.queue) {
      const q = await import('../../queue/index.js');
      const conn = await q.connectQueue(options);
      try {
        const ids = await q.enqueue(conn, 'capture', q.jobsFor('capture', urls, { caseId: flags.case ?? null }));
        if (flags.json) printJson({ queued: ids });
        else {
          for (const id of ids) process.stdout.write(`${id}\n`);
          progress(`queued ${ids.length} capture job(s); "dijkwacht queue status" shows progress`, flags.json);
        }
      } finally {
        await conn.close();
      }
      return;
    }
    // Chromium starts first (only Playwright is loaded for it) and boots while the rest of the capture
    // stack loads and the staging is swept; captureUrls takes it over. The browser stack is loaded
    // here, not at start-up: other commands do not need it.
    const browser = import('../../capture/browser-pool.js').then((m) => m.launchCaptureBrowser(options));
    browser.catch(() => undefined); // a launch failure is reported by captureUrls
    let captureUrls: typeof CaptureUrls;
    try {
      await startWriting(options);
      ({ captureUrls } = await import('../../capture/index.js'));
    } catch (error) {
      await browser.then((b) => import('../../browser/index.js').then((m) => m.closeBrowser(b)), () => undefined);
      throw error;
    }
    const results = await captureUrls({
      urls,
      options,
      browser,
      caseId: flags.case ?? null,
      onResult: (r, done, total) =>
        progress(r.ok ? `[${done}/${total}] ${r.status.padEnd(8)} ${r.url} -> ${r.path}${r.timestampPending ? ' (timestamp pending)' : ''}` : `[${done}/${total}] ERROR    ${r.url}: ${r.error}`, flags.json),
    });
    const bundles = results.filter((r) => r.ok);
    const errors = results.filter((r) => !r.ok);
    if (flags.json) {
      printJson({
        bundles: bundles.map((b) => ({ id: b.id, path: b.path, url: b.url, status: b.status, reasons: b.reasons, timestampPending: b.timestampPending })),
        errors: errors.map((e) => ({ url: e.url, error: e.error })),
      });
    } else {
      for (const b of bundles) {
        process.stdout.write(`${b.status} ${b.url}\n  bundle: ${b.path}\n`);
        for (const reason of b.reasons) process.stdout.write(`  - ${reason}\n`);
        if (b.timestampPending) process.stdout.write('  - timestamp pending: run "dijkwacht timestamp --pending" when a TSA is reachable\n');
      }
      for (const e of errors) process.stdout.write(`NOT CAPTURED ${e.url}\n  - ${e.error}\n`);
    }
    const incomplete = errors.length > 0 || bundles.some((b) => b.status !== 'COMPLETE' || b.timestampPending);
    process.exitCode = incomplete ? ExitCode.Incomplete : ExitCode.Success;
  });
}
