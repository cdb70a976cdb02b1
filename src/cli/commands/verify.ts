import type { Command } from 'commander';
import type { Signer } from '../../evidence/keys.js';
import { ExitCode } from '../exit-codes.js';
import { collect, printJson, resolveOptions, withCommonOptions, type CommonFlags } from '../shared.js';

interface VerifyFlags extends CommonFlags {
  tsaTrust?: string[];
  allowPending?: boolean;
  report?: string;
  record?: boolean;
  signerCert?: string[];
  anySigner?: boolean;
}

export function registerVerify(program: Command): void {
  withCommonOptions(
    program
      .command('verify')
      .description('check bundles and case exports offline: hashes, manifest schema, signature and signer, timestamps, anchored custody log')
      .argument('<bundle...>', 'bundle directory, directory of bundles, zip (also a case export), or bundle id in the store')
      .option('--tsa-trust <pem>', 'trust anchor for TSA certificates (repeatable)', collect)
      .option('--signer-cert <file|sha256>', 'accept this signer: a certificate file or its SHA-256 fingerprint (repeatable; the data dir\'s own certificate and trustedSigners are accepted too)', collect)
      .option('--any-signer', 'accept any signing key, reporting an unknown one as a note instead of failing')
      .option('--allow-pending', 'accept bundles whose timestamp is still pending')
      .option('--report <file>', 'where to write the human-readable report (default <data-dir>/reports/verify-<time>.md when the data dir exists)')
      .option('--record', 'append an anchored "verified" event to the custody log of each bundle directory (needs the signing key)'),
  ).action(async (inputs: string[], flags: VerifyFlags) => {
    const options = resolveOptions(flags, { tsaTrustFiles: flags.tsaTrust });
    // Only what verify uses: no Playwright, Crawlee, sharp, AWS SDK (unless the store is S3), PDF or zip
    // code (a zip input loads it), and not the evidence index (sealing, stamping, the network code).
    const [{ existsSync }, { mkdir, writeFile }, path, { describeError, IntegrityError }, { compactStamp }, { CUSTODY_FILE }, { CUSTODY_HEAD_FILE }, { signerPolicy }, { verdictOf }, { verificationReport }, { verifyPaths }, { FsBundleStore, createStore }] = await Promise.all([
      import('node:fs'),
      import('node:fs/promises'),
      import('node:path'),
      import('../../core/errors.js'),
      import('../../core/time.js'),
      import('../../evidence/custody.js'),
      import('../../evidence/custody-anchor.js'),
      import('../../evidence/trust.js'),
      import('../../evidence/verdict.js'),
      import('../../evidence/report.js'),
      import('../../evidence/verify-paths.js'),
      import('../../store/index.js'),
    ]);
    // Before anything is verified: a --record without a key must not leave half the bundles recorded.
    const signer: Signer | null = flags.record ? await (await import('../../evidence/keys.js')).loadSigner(options) : null;
    const appendCustody = signer ? (await import('../../evidence/custody-io.js')).appendCustody : null;
    const policy = await signerPolicy(options, flags.signerCert ?? [], flags.anySigner === true);
    // The case-export check alone, not the whole export module (which loads the PDF and packet code).
    const { checkExports } = await import('../../export/verify-export.js');
    const targets = await verifyPaths(inputs, {
      store: createStore(options),
      tsaTrustFiles: options.tsaTrustFiles,
      allowPendingTimestamp: flags.allowPending === true,
      signerPolicy: policy,
      zipLimits: { maxEntries: options.verifyMaxZipEntries, maxBytes: options.verifyMaxZipBytes, maxCompressionRatio: options.verifyMaxCompressionRatio },
      containerCheck: checkExports,
    });
    const results = targets.map((t) => t.result);
    const ok = results.length > 0 && results.every((r) => r.ok);
    // A court expert verifying a zip in their downloads folder gets no ./storage created there.
    const dataDir = path.resolve(options.dataDir);
    const reportPath = flags.report ? path.resolve(flags.report) : existsSync(dataDir) ? path.resolve(dataDir, 'reports', `verify-${compactStamp()}.md`) : null;
    if (reportPath) {
      await mkdir(path.dirname(reportPath), { recursive: true });
      await writeFile(reportPath, verificationReport(results, inputs));
    }
    const skipped: { path: string; reason: string }[] = [];
    if (signer && appendCustody) {
      for (const t of targets.filter((x) => x.recordable && x.result.bundleId)) {
        // Never read, let alone extend, a custody log that is itself refused or broken.
        if (t.result.problems.some((p) => p.artifact === CUSTODY_FILE || p.artifact === CUSTODY_HEAD_FILE)) {
          skipped.push({ path: t.result.path, reason: 'its custody log does not verify' });
          continue;
        }
        try {
          await appendCustody(
            new FsBundleStore(path.dirname(t.result.path)),
            path.basename(t.result.path),
            { event: 'verified', actor: options.actor, details: { ok: t.result.ok, problems: t.result.problems.length, report: reportPath } },
            signer,
          );
        } catch (error) {
          if (!(error instanceof IntegrityError)) throw error;
          skipped.push({ path: t.result.path, reason: describeError(error) });
        }
      }
    }
    if (flags.json) {
      printJson({
        ok,
        report: reportPath,
        notRecorded: skipped,
        results: results.map((r) => {
          const v = verdictOf(r);
          return { path: r.path, bundleId: r.bundleId, ok: r.ok, verdict: v.verdict, notEstablished: v.verdict === 'PARTIAL' ? v.reasons : [], problems: r.problems, notes: r.notes ?? [] };
        }),
      });
    } else {
      for (const r of results) {
        const v = verdictOf(r);
        process.stdout.write(`${v.verdict.padEnd(7)} ${r.path}\n`);
        if (v.verdict === 'PARTIAL') process.stdout.write(`  PARTIAL: ${v.reasons.join('; ')}\n`);
        if (v.verdict === 'FAILED') process.stdout.write(`  FAILED: ${r.problems.length} problem(s):\n`);
        for (const p of r.problems) process.stdout.write(`  - ${p.artifact}: ${p.reason}\n`);
        for (const p of r.notes ?? []) process.stdout.write(`  note: ${p.artifact}: ${p.reason}\n`);
      }
      const tally = (w: string): number => results.filter((r) => verdictOf(r).verdict === w).length;
      process.stdout.write(`${results.length} checked: ${tally('OK')} OK, ${tally('PARTIAL')} PARTIAL (verified, but not everything could be established), ${tally('FAILED')} FAILED\n`);
      for (const s of skipped) process.stdout.write(`not recorded: ${s.path} (${s.reason}; nothing was appended)\n`);
      process.stdout.write(reportPath ? `report: ${reportPath}\n` : `report: not written (no data dir at ${dataDir}; pass --report FILE)\n`);
    }
    process.exitCode = ok ? ExitCode.Success : ExitCode.VerifyFailed;
  });
}
