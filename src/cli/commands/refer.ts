import { resolve } from 'node:path';
import type { Command } from 'commander';
import { collect, printJson, resolveOptions, startWriting, withCommonOptions, type CommonFlags } from '../shared.js';

interface ReferFlags extends CommonFlags {
  to?: string;
  domain?: string[];
  lang?: string;
  out?: string;
  address?: string;
  provider?: string;
  case?: string;
  cluster?: boolean;
  unconfirmed?: boolean;
  since?: string;
  engine?: string;
}

const ROLES = ['host', 'registrar', 'cdn'];


export function registerRefer(program: Command): void {
  withCommonOptions(
    program
      .command('refer')
      .description('write referral packets (packet.pdf, packet.json, packet.eml) for a host, registrar, SIDN, ACM or CDN, the site itself, a payment, sign-in, app-store, messaging or search-engine provider, the AP or the police')
      .requiredOption('--to <recipient>', 'host | registrar | sidn | acm | cdn | site | payment | signin | appstore | messaging | search-engine | ap | police')
      .option('--domain <domain>', 'domain to report (repeat for several)', collect)
      .option('--case <id>', 'case id: recorded in the packets; without --domain, the domains captured for the case')
      .option('--lang <nl|en>', 'language of the packet (default: nl for sidn and acm, en otherwise)')
      .option('--out <dir>', 'where the packet folders go (default <data-dir>/packets)')
      .option('--address <email>', 'recipient e-mail address to use instead of the one found (registry/RIR data, the contact the site publishes, or the intake in data/recipients/)')
      .option('--provider <role|provider>', 'with --to acm: the intermediary complained about: host | registrar | cdn (default: host when known), or one provider (network, AS number, registrar IANA id, CDN name): its dossier over all cases goes beside the packet as provider-dossier.json; with --to payment: stripe | coinbase-commerce; --to signin: google | discord | apple; --to appstore: google-play | apple-app-store; --to messaging: telegram | discord (data/recipients/<kind>.json); without --domain, every confirmed service holding that provider\'s identifiers')
      .option('--engine <engine>', 'with --to search-engine: google | bing')
      .option('--since <date>', 'with --to acm --provider PROVIDER: only notices sent on or after this date (YYYY-MM-DD)')
      .option('--no-cluster', 'do not add the other services of the same operator')
      .option('--unconfirmed', 'also build packets for labels no analyst confirmed (the packet then says the classification is automated)')
      .addHelpText(
        'after',
        `
A packet needs a label an analyst confirmed ("dijkwacht review confirm DOMAIN"); domains that cannot go
into a packet are skipped with the reason. Notes for you (gaps in the chain, checks before sending) go
to the console and to checklist.md beside the packet, never into the packet.

Examples:
  dijkwacht refer --to host --domain kleding-weg.nl
  dijkwacht refer --to sidn --domain kleding-weg.nl --address notice@sidn.example
  dijkwacht refer --to acm --case DEMO-1 --provider host
  dijkwacht refer --to acm --provider AS64500 --since 2026-01-01
  dijkwacht refer --to payment --provider stripe --address REPORT-ADDRESS
  dijkwacht refer --to signin --provider discord
  dijkwacht refer --to police --case DEMO-1
  dijkwacht refer --to ap --domain kleding-weg.nl
  dijkwacht refer --to site --domain kleding-weg.nl
  dijkwacht refer --to search-engine --engine google
  dijkwacht refer --to appstore --provider google-play
  dijkwacht refer --to messaging --provider telegram --lang nl`,
      ),
  ).action(async (flags: ReferFlags) => {
    const options = resolveOptions(flags);
    const { UsageError } = await import('../../core/errors.js');
    const { watchStagingDir } = await import('../../store/staging-sweep.js');
    const { recipientKind, referrableTypes } = await import('../../refer/kinds/registry.js');
    const to = flags.to ?? '';
    const kind = recipientKind(to);
    if (!kind?.refers) throw new UsageError(`Unknown recipient "${to}"; use ${referrableTypes().join(', ')}.`);
    if (flags.lang && flags.lang !== 'nl' && flags.lang !== 'en') throw new UsageError(`--lang must be nl or en, not "${flags.lang}".`);
    const ownProvider = kind.takes?.includes('provider') === true;
    if (flags.provider && to !== 'acm' && !ownProvider) throw new UsageError(`--provider does not apply to --to ${to}.`);
    if (flags.engine && !kind.takes?.includes('engine')) throw new UsageError(`--engine does not apply to --to ${to}.`);
    if (flags.since && !(to === 'acm' && flags.provider && !ROLES.includes(flags.provider))) throw new UsageError('--since only applies to --to acm --provider PROVIDER (a provider, not a role).');
    // With --to acm, a provider rather than a role: its dossier across cases; the packet names its role and, without --domain or --case, its domains.
    const dossier = to === 'acm' && flags.provider && !ROLES.includes(flags.provider) ? await (await import('./providers.js')).loadDossier(flags, flags.provider) : null;
    const provider = to === 'acm' ? (dossier ? (ROLES.includes(dossier.type) ? dossier.type : null) : (flags.provider ?? null)) : (flags.provider ?? null);
    const dossierDomains = dossier && !flags.domain?.length && !flags.case ? [...new Set(dossier.notices.flatMap((n) => n.domains))] : [];
    const { loadReporter, loadTrustedFlagger, referDomains } = await import('../../refer/index.js');
    const reporter = loadReporter({ configFile: flags.config ?? null });
    const trustedFlagger = loadTrustedFlagger({ configFile: flags.config ?? null });
    await startWriting(options);
    // Packets are staged as <out>/.staging-<id> and renamed into place; a stop never leaves one half-written.
    watchStagingDir(resolve(flags.out ?? resolve(options.dataDir, 'packets')), ['.staging-']);
    const written = await referDomains({
      options,
      reporter,
      to,
      domains: flags.domain ?? dossierDomains,
      lang: (flags.lang as 'nl' | 'en' | undefined) ?? null,
      outDir: flags.out ?? null,
      address: flags.address ?? null,
      provider,
      engine: flags.engine ?? null,
      caseId: flags.case ?? null,
      expandClusters: flags.cluster !== false,
      unconfirmed: flags.unconfirmed === true,
      trustedFlagger,
      onSkip: (s) => {
        process.stderr.write(`skipped ${s.domain}: ${s.reason}\n`);
      },
    });
    const dossierFiles: Record<string, string> = {};
    if (dossier) {
      const { writeDossier } = await import('../../notices/dossier-file.js');
      for (const w of written) dossierFiles[w.dir] = await writeDossier(dossier, resolve(w.dir, 'provider-dossier.json'));
    }
    if (flags.json) {
      printJson(written.map((w) => ({ ...(dossierFiles[w.dir] ? { providerDossier: dossierFiles[w.dir] } : {}), packetId: w.packet.packetId, recipient: w.packet.recipient, domains: w.packet.domains.map((d) => d.domain), dir: w.dir, files: w.files, sha256: w.sha256, senderNotes: w.senderNotes })));
      return;
    }
    for (const w of written) {
      const r = w.packet.recipient;
      process.stdout.write(`${r.type} packet for ${r.name}${r.email ? ` <${r.email}>` : r.web ? ` (${r.web})` : ''}: ${w.packet.domains.map((d) => d.domain).join(', ')}\n`);
      process.stdout.write(`  ${w.files.pdf}\n  ${w.files.json}\n  ${w.files.eml}\n${w.files.evidencePack ? `  ${w.files.evidencePack}\n` : ''}  ${w.files.checklist} (for you, not for the recipient)\n`);
      if (dossierFiles[w.dir]) process.stdout.write(`  ${dossierFiles[w.dir]!} (dossier of ${dossier!.provider}: ${dossier!.summary.notices} notices; attach it to the complaint)\n`);
      for (const note of w.senderNotes) process.stdout.write(`  ! ${note}\n`);
      process.stdout.write(`  after sending: dijkwacht notices sent ${w.packet.packetId} --channel email\n`);
    }
  });
}
