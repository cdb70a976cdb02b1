import { hostname } from 'node:os';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { actorFor, initKeys, keysDir, readActor, UNNAMED_ACTOR, writeActor } from '../../evidence/index.js';
import { printJson, resolveOptions, withCommonOptions, type CommonFlags } from '../shared.js';
import { promptPassphrases } from './passphrase-prompt.js';

interface KeysInitFlags extends CommonFlags {
  name?: string;
  org?: string;
  actor?: string;
  force?: boolean;
  passphrasePrompt?: boolean;
}

const ACTOR_HELP = 'who acts with these keys, as "Name, Organisation": recorded in every custody event and in provenance';

/** What to tell the user about the actor their custody events will name. */
function actorLines(actor: string | null): string[] {
  return actor
    ? [`  actor: ${actor} (recorded in custody events and provenance; change it with "dijkwacht keys actor NAME")`]
    : [
        `  actor: none given, so custody events will name "${UNNAMED_ACTOR}" (not a person who can sign a statement).`,
        '  Name who acts: dijkwacht keys actor "Name, Organisation" (or DIJKWACHT_ACTOR for one run).',
      ];
}

export function registerKeys(program: Command): void {
  const keys = program.command('keys').description('manage the signing key, certificate and custodian keys, and who acts with them');
  withCommonOptions(
    keys
      .command('init')
      .description('create a signing key with a self-signed certificate, and a custodian key pair')
      .option('--actor <name>', ACTOR_HELP)
      .option('--name <cn>', 'common name on the certificate (default: dijkwacht collector <actor>@<host>)')
      .option('--org <name>', 'organisation on the certificate')
      .option('--passphrase-prompt', 'protect the custodian private key with a passphrase read from the terminal (default: DIJKWACHT_CUSTODIAN_PASSPHRASE, if set)')
      .option('--force', 'replace existing keys'),
  ).action(async (flags: KeysInitFlags) => {
    const options = resolveOptions(flags);
    let passphrase = options.custodianPassphrase;
    if (flags.passphrasePrompt) {
      const [first, again] = await promptPassphrases(['New custodian key passphrase: ', 'The same passphrase again: ']);
      if (first !== again) throw new UsageError('The two passphrases differ; no keys were written.');
      passphrase = first ?? '';
    }
    // An actor set for this run (DIJKWACHT_ACTOR) is kept too; the OS account is not a name.
    const given = flags.actor ?? (actorFor(options.actor, null) === UNNAMED_ACTOR ? null : options.actor);
    const result = await initKeys({
      dataDir: options.dataDir,
      name: flags.name ?? `dijkwacht collector ${given ?? UNNAMED_ACTOR}@${hostname()}`,
      organisation: flags.org ?? null,
      force: flags.force === true,
      custodianPassphrase: passphrase || null,
      actor: given,
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
        `  custodian private key: ${result.custodianKeyEncrypted ? 'encrypted with your passphrase (PKCS#8, AES-256-CBC)' : 'NOT encrypted (set DIJKWACHT_CUSTODIAN_PASSPHRASE or use --passphrase-prompt to protect it)'}`,
        ...actorLines(result.actor),
        '',
        'Publish or declare the certificate fingerprint: it identifies your bundles, and verifiers pin it',
        '(dijkwacht verify --signer-cert <fingerprint>, or trustedSigners in their config).',
        '',
        `custodian-private.pem opens the sealed originals. It does not belong on this machine: move it to the`,
        `custodian (an offline computer, or a safe), keep a backup there, and delete it from ${result.dir}.`,
        'This machine only needs custodian-public.pem to seal new captures.',
        'An organisation PKCS#12 can be used for signing instead: set signingP12File and DIJKWACHT_SIGNING_P12_PASSWORD.',
        '',
      ].join('\n'),
    );
  });

  withCommonOptions(
    keys
      .command('actor')
      .description('show or set who acts with these keys ("Name, Organisation"), as custody events and provenance record it')
      .argument('[name]', 'the new actor; without it, the current one is shown'),
  ).action(async (name: string | undefined, flags: CommonFlags) => {
    const options = resolveOptions(flags);
    const actor = name === undefined ? await readActor(options.dataDir) : await writeActor(options.dataDir, name);
    if (flags.json) {
      printJson({ dir: keysDir(options.dataDir), actor });
      return;
    }
    process.stdout.write(`${actorLines(actor).join('\n')}\n`);
  });
}
