import type { Command } from 'commander';
import type { ProviderDossier, ProviderRank } from '../../notices/index.js';
import { printJson, resolveOptions, usingCatalog, withCommonOptions, type CommonFlags } from '../shared.js';

interface ProviderFlags extends CommonFlags {
  since?: string;
  out?: string;
}

const hours = (h: number | null): string => (h === null ? '-' : `${h} h`);

function rankTable(rows: ProviderRank[]): string {
  if (rows.length === 0) return 'No notices recorded yet: record one with "dijkwacht notices sent PACKET --channel email".\n';
  const head = ['provider', 'type', 'notices', 'acted', 'median', 'p90', 'silent', 'refused', 'online'];
  const body = rows.map((r) => [r.provider, r.type, String(r.notices), String(r.acted), hours(r.medianHoursToAction), hours(r.p90HoursToAction), String(r.silent), String(r.refused), String(r.stillOnline)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  return [head, ...body].map((cells) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n') + '\n';
}

/** The dossier as a short text for the console; the JSON (--json, --out) is the document itself. */
function dossierText(d: ProviderDossier): string {
  const s = d.summary;
  const lines = [`${d.type} ${d.provider}: ${s.notices} notices, ${s.acted} acted on (median ${hours(s.medianHoursToAction)}, p90 ${hours(s.p90HoursToAction)}), ${s.silent} silent past ${d.silenceDays} d, ${s.refused} refused, ${s.stillOnline} still online at the last re-check`];
  for (const n of d.notices) lines.push(`  #${n.noticeId} ${n.sentAt.slice(0, 10)} ${n.state.padEnd(12)} ${n.domains.join(', ')}  packet ${n.packetSha256 ?? '-'}  bundles ${n.bundleIds.join(', ') || '-'}`);
  return `${lines.join('\n')}\n`;
}

export async function loadDossier(flags: ProviderFlags, provider: string): Promise<ProviderDossier> {
  const options = resolveOptions(flags);
  const { providerDossier, silenceDays } = await import('../../notices/index.js');
  const { SqliteProvidersRepository } = await import('../../catalog/repositories/providers-notices.js');
  const { eventDate } = await import('../../notices/index.js');
  const since = flags.since ? eventDate(flags.since) : null;
  return usingCatalog(options.dataDir, (c) => providerDossier(new SqliteProvidersRepository(c), silenceDays(options), provider, { since }));
}

export function registerProviders(program: Command): void {
  const providers = program.command('providers').description('hosts, registrars and CDNs ranked by how they answer notices, and their dossiers');
  withCommonOptions(
    providers
      .command('rank')
      .description('every provider notices went to: notices, acted on, median and p90 hours to action, silences, refusals, still online')
      .option('--since <date>', 'only notices sent on or after this date (YYYY-MM-DD)')
      .addHelpText('after', '\nExample:\n  dijkwacht providers rank --since 2026-01-01 --json'),
  ).action(async (flags: ProviderFlags) => {
    const options = resolveOptions(flags);
    const { eventDate, rankProviders, silenceDays } = await import('../../notices/index.js');
    const { SqliteProvidersRepository } = await import('../../catalog/repositories/providers-notices.js');
    const since = flags.since ? eventDate(flags.since) : null;
    const rows = await usingCatalog(options.dataDir, (c) => rankProviders(new SqliteProvidersRepository(c), silenceDays(options), { since }));
    if (flags.json) printJson(rows);
    else process.stdout.write(rankTable(rows));
  });
  withCommonOptions(
    providers
      .command('dossier')
      .description('every notice to one provider across cases, each with its packet hash and bundle ids (provider-dossier.schema.json)')
      .argument('<provider>', 'network or name, AS number, registrar IANA id, CDN name, or the address notices went to')
      .option('--since <date>', 'only notices sent on or after this date (YYYY-MM-DD)')
      .option('--out <file>', 'also write the dossier JSON to this file')
      .addHelpText('after', '\nExample:\n  dijkwacht providers dossier AS64500 --since 2026-01-01 --out dossier.json'),
  ).action(async (provider: string, flags: ProviderFlags) => {
    const dossier = await loadDossier(flags, provider);
    if (flags.out) {
      const { writeDossier } = await import('../../notices/dossier-file.js');
      await writeDossier(dossier, flags.out);
    }
    if (flags.json) printJson(dossier);
    else process.stdout.write(dossierText(dossier) + (flags.out ? `  written to ${flags.out}\n` : ''));
  });
}
