import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { appendCustody, unsealBundle } from '../../evidence/index.js';
import { FsBundleStore, createStore, type BundleStore } from '../../store/index.js';
import { printJson, resolveOptions, withCommonOptions, type CommonFlags } from '../shared.js';

interface UnsealFlags extends CommonFlags {
  key: string;
  out: string;
}

export function registerUnseal(program: Command): void {
  withCommonOptions(
    program
      .command('unseal')
      .description('restore the sealed originals of a bundle (custodians only); recorded in the custody log')
      .argument('<bundle>', 'bundle directory or bundle id in the store')
      .requiredOption('--key <file>', 'custodian private key (PEM)')
      .requiredOption('--out <dir>', 'directory for the restored files (outside the bundle)'),
  ).action(async (bundle: string, flags: UnsealFlags) => {
    const options = resolveOptions(flags);
    let keyPem: string;
    try {
      keyPem = await readFile(flags.key, 'utf8');
    } catch (error) {
      throw new UsageError(`Cannot read the key file ${flags.key}.`, { cause: error });
    }
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
    const local = await store.materialize(id);
    try {
      const outDir = resolve(flags.out);
      if (outDir.startsWith(resolve(local.dir))) throw new UsageError('--out must be outside the bundle: restored originals never go back into it.');
      const result = await unsealBundle(local.dir, keyPem, outDir);
      await appendCustody(store, id, {
        event: 'unsealed',
        actor: options.actor,
        details: { custodianKeySha256: result.keySha256, files: result.files.map((f) => ({ path: f.path, sha256: f.sha256 })) },
      });
      if (flags.json) printJson(result);
      else process.stdout.write(`restored ${result.files.length} file(s) into ${result.outDir}; each matches the plaintext hash in the signed manifest\n`);
    } finally {
      await local.release();
    }
  });
}
