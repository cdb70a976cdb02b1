import type { Command } from 'commander';
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
}

export function registerCapture(program: Command): void {
  withCommonOptions(
    program
      .command('capture')
      .description('capture pages into signed, sealed, timestamped evidence bundles')
      .argument('<url...>', 'one or more http(s) URLs')
      .option('--case <id>', 'case identifier recorded in each bundle')
      .option('--tsa <url>', 'RFC 3161 TSA URL (repeat for several; replaces the configured list)', collect)
      .option('--proxy <url>', 'route target traffic through this proxy (http://, socks5://)')
      .option('--no-seal', 'do NOT encrypt imagery (recorded in the bundle; use only when you must)')
      .option('--stealth', 'use the puppeteer-extra stealth evasions (recorded)')
      .option('--allow-private-network', 'allow loopback/private addresses as targets')
      .option('--ca-file <pem>', 'extra trust anchors for judging the target TLS certificate')
      .option('--dns-server <host:port>', 'resolver for the DNS answers recorded at capture time')
      .option('--concurrency <n>', 'captures at once'),
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
    });
    await startWriting(options);
    // Loaded here: the browser stack is heavy and other commands do not need it.
    const { captureUrls } = await import('../../capture/index.js');
    const results = await captureUrls({
      urls,
      options,
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
