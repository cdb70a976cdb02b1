import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { compactStamp } from '../../core/time.js';
import { appendCustody, verificationReport, verifyPaths } from '../../evidence/index.js';
import { FsBundleStore, createStore } from '../../store/index.js';
import { ExitCode } from '../exit-codes.js';
import { collect, printJson, resolveOptions, withCommonOptions, type CommonFlags } from '../shared.js';

interface VerifyFlags extends CommonFlags {
  tsaTrust?: string[];
  allowPending?: boolean;
  report?: string;
  record?: boolean;
}

export function registerVerify(program: Command): void {
  withCommonOptions(
    program
      .command('verify')
      .description('check bundles and case exports offline: hashes, manifest schema, signature, timestamps, custody chain')
      .argument('<bundle...>', 'bundle directory, directory of bundles, zip (also a case export), or bundle id in the store')
      .option('--tsa-trust <pem>', 'trust anchor for TSA certificates (repeatable)', collect)
      .option('--allow-pending', 'accept bundles whose timestamp is still pending')
      .option('--report <file>', 'where to write the human-readable report (default <data-dir>/reports/verify-<time>.md)')
      .option('--record', 'append a "verified" event to the custody log of each bundle directory'),
  ).action(async (inputs: string[], flags: VerifyFlags) => {
    const options = resolveOptions(flags, { tsaTrustFiles: flags.tsaTrust });
    const { checkExports } = await import('../../export/index.js');
    const targets = await verifyPaths(inputs, {
      store: createStore(options),
      tsaTrustFiles: options.tsaTrustFiles,
      allowPendingTimestamp: flags.allowPending === true,
      containerCheck: checkExports,
    });
    const results = targets.map((t) => t.result);
    const ok = results.length > 0 && results.every((r) => r.ok);
    const reportPath = resolve(flags.report ?? resolve(options.dataDir, 'reports', `verify-${compactStamp()}.md`));
    await mkdir(dirname(reportPath), { recursive: true });
    await writeFile(reportPath, verificationReport(results, inputs));
    if (flags.record) {
      for (const t of targets.filter((x) => x.recordable && x.result.bundleId)) {
        await appendCustody(new FsBundleStore(dirname(t.result.path)), basename(t.result.path), {
          event: 'verified',
          actor: options.actor,
          details: { ok: t.result.ok, problems: t.result.problems.length, report: reportPath },
        });
      }
    }
    if (flags.json) {
      printJson({ ok, report: reportPath, results: results.map((r) => ({ path: r.path, bundleId: r.bundleId, ok: r.ok, problems: r.problems })) });
    } else {
      for (const r of results) {
        process.stdout.write(`${r.ok ? 'OK    ' : 'FAILED'} ${r.path}\n`);
        for (const p of r.problems) process.stdout.write(`  - ${p.artifact}: ${p.reason}\n`);
      }
      process.stdout.write(`report: ${reportPath}\n`);
    }
    process.exitCode = ok ? ExitCode.Success : ExitCode.VerifyFailed;
  });
}
