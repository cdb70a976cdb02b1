import { hostname } from 'node:os';
import type { Command } from 'commander';
import { initKeys } from '../../evidence/index.js';
import { printJson, resolveOptions, withCommonOptions, type CommonFlags } from '../shared.js';

interface KeysInitFlags extends CommonFlags {
  name?: string;
  org?: string;
  force?: boolean;
}

export function registerKeys(program: Command): void {
  const keys = program.command('keys').description('manage the signing key, certificate and custodian keys');
  withCommonOptions(
    keys
      .command('init')
      .description('create a signing key with a self-signed certificate, and a custodian key pair')
      .option('--name <cn>', 'common name on the certificate (default: dijkwacht collector <actor>@<host>)')
      .option('--org <name>', 'organisation on the certificate')
      .option('--force', 'replace existing keys'),
  ).action(async (flags: KeysInitFlags) => {
    const options = resolveOptions(flags);
    const result = await initKeys({
      dataDir: options.dataDir,
      name: flags.name ?? `dijkwacht collector ${options.actor}@${hostname()}`,
      organisation: flags.org ?? null,
      force: flags.force === true,
    });
    if (flags.json) {
      printJson(result);
      return;
    }
    process.stdout.write(
      [
        `keys written to ${result.dir}`,
        `  signing certificate SHA-256: ${result.signingCertSha256}`,
        `  custodian public key SHA-256: ${result.custodianKeySha256}`,
        '',
        'Publish or declare the certificate fingerprint: it identifies your bundles.',
        'Move custodian-private.pem to the custodian (offline); capture only needs custodian-public.pem.',
        'An organisation PKCS#12 can be used instead: set signingP12File and DIJKWACHT_SIGNING_P12_PASSWORD.',
        '',
      ].join('\n'),
    );
  });
}
