import type { Command } from 'commander';
import { ExitCode } from '../exit-codes.js';
import { collect, printJson, resolveOptions, startWriting, withCommonOptions, type CommonFlags } from '../shared.js';

interface TimestampFlags extends CommonFlags {
  pending?: boolean;
  tsa?: string[];
}

export function registerTimestamp(program: Command): void {
  withCommonOptions(
    program
      .command('timestamp')
      .description('add RFC 3161 timestamps to bundles saved as "timestamp pending" (or to named bundles)')
      .argument('[bundle-id...]', 'bundle ids in the store')
      .option('--pending', 'every bundle in the store that has no timestamp yet')
      .option('--tsa <url>', 'TSA URL (repeatable; replaces the configured list)', collect),
  ).action(async (ids: string[], flags: TimestampFlags) => {
    const options = resolveOptions(flags, { tsaUrls: flags.tsa });
    const [{ UsageError }, { completeTimestamps, loadSigner, pendingBundles }, { createStore }] = await Promise.all([
      import('../../core/errors.js'),
      import('../../evidence/index.js'),
      import('../../store/index.js'),
    ]);
    if (!flags.pending && ids.length === 0) throw new UsageError('Name bundle ids or pass --pending.');
    if (options.tsaUrls.length === 0) throw new UsageError('No TSA configured: pass --tsa URL or set tsaUrls.');
    await startWriting(options);
    const store = createStore(options);
    const targets = flags.pending ? await pendingBundles(store) : ids;
    // The collector's key anchors the late events when it is here; elsewhere the tokens prove them.
    const signer = await loadSigner(options).catch(() => null);
    const results = await completeTimestamps(store, targets, options.tsaUrls, options.tsaTimeoutMs, options.actor, signer);
    if (flags.json) printJson({ results });
    else {
      if (results.length === 0) process.stdout.write('no bundle is waiting for a timestamp\n');
      for (const r of results) {
        process.stdout.write(`${r.stamped.length > 0 ? 'STAMPED' : 'PENDING'} ${r.bundleId}${r.stamped.length ? ` (${r.stamped.join(', ')})` : ''}\n`);
        for (const f of r.failures) process.stdout.write(`  - ${f.tsaUrl}: ${f.reason}\n`);
      }
    }
    process.exitCode = results.every((r) => r.stamped.length > 0) ? ExitCode.Success : ExitCode.Incomplete;
  });
}
