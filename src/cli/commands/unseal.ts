import { basename, dirname, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { IntegrityError, UsageError } from '../../core/errors.js';
import { appendCustody, loadSigner, readCustodianKey, storedCustody, unsealBundle, UNSEALED_DIR_MODE, UNSEALED_FILE_MODE } from '../../evidence/index.js';
import { FsBundleStore, createStore, type BundleStore } from '../../store/index.js';
import { printJson, resolveOptions, withCommonOptions, type CommonFlags } from '../shared.js';
import { promptPassphrases } from './passphrase-prompt.js';

interface UnsealFlags extends CommonFlags {
  key: string;
  out: string;
  reason: string;
  passphrasePrompt?: boolean;
}

const octal = (mode: number): string => `0${mode.toString(8)}`;

export function registerUnseal(program: Command): void {
  withCommonOptions(
    program
      .command('unseal')
      .description('restore the sealed originals of a bundle (custodians only); recorded, with the reason, in the custody log')
      .argument('<bundle>', 'bundle directory or bundle id in the store')
      .requiredOption('--key <file>', 'custodian private key (PEM; encrypted PKCS#8 with a passphrase)')
      .requiredOption('--out <dir>', 'new or empty directory for the restored files (outside the bundle); made 0700, files 0600')
      .requiredOption('--reason <text>', 'why the originals are needed (recorded in the custody log), e.g. "court order 2025/123"')
      .option('--passphrase-prompt', 'read the custodian key passphrase from the terminal (default: DIJKWACHT_CUSTODIAN_PASSPHRASE)'),
  ).action(async (bundle: string, flags: UnsealFlags) => {
    const options = resolveOptions(flags);
    const reason = flags.reason.trim();
    if (reason === '') throw new UsageError('--reason must say why the originals are needed; it is recorded in the custody log.');
    // The act is recorded with an anchored event, so the signing key must be there before anything is decrypted.
    const signer = await loadSigner(options);
    const passphrase = flags.passphrasePrompt ? ((await promptPassphrases(['Custodian key passphrase: ']))[0] ?? null) : options.custodianPassphrase || null;
    const key = await readCustodianKey(flags.key, passphrase);

    const dirStore = new FsBundleStore(dirname(resolve(bundle)));
    let store: BundleStore;
    let id: string;
    if (await dirStore.has(basename(resolve(bundle)))) {
      store = dirStore;
      id = basename(resolve(bundle));
    } else {
      store = createStore(options);
      id = bundle;
      if (!(await store.has(id))) throw new UsageError(`No bundle at ${bundle} (neither a bundle directory nor a bundle id in the store).`);
    }
    const custody = await storedCustody(store, id);
    if (custody.problems.length > 0) {
      throw new IntegrityError(`The custody log of bundle ${id} does not verify, so unsealing it could not be recorded; nothing was restored: ${custody.problems.map((p) => `${p.artifact}: ${p.reason}`).join('; ')}`);
    }
    const local = await store.materialize(id);
    try {
      const outDir = resolve(flags.out);
      const bundleDir = resolve(local.dir);
      if (outDir === bundleDir || outDir.startsWith(bundleDir + sep)) throw new UsageError('--out must be outside the bundle: restored originals never go back into it.');
      const result = await unsealBundle(local.dir, key, outDir);
      await appendCustody(
        store,
        id,
        {
          event: 'unsealed',
          actor: options.actor,
          details: {
            reason,
            custodianKeySha256: result.keySha256,
            outDir: result.outDir,
            files: result.files.map((f) => ({ path: f.path, sha256: f.sha256, bytes: f.bytes, writtenTo: f.writtenTo })),
          },
        },
        signer,
      );
      process.stderr.write(
        `WARNING: ${result.files.length} plaintext original(s) are now in ${result.outDir} (directory ${octal(UNSEALED_DIR_MODE)}, files ${octal(UNSEALED_FILE_MODE)}). ` +
          `They may show intimate imagery: delete them when no longer needed (rm -r ${result.outDir}); the bundle keeps the sealed copies.\n`,
      );
      if (flags.json) printJson(result);
      else process.stdout.write(`restored ${result.files.length} file(s) into ${result.outDir}; each matches the plaintext hash in the signed manifest; recorded in the custody log\n`);
    } finally {
      await local.release();
    }
  });
}
