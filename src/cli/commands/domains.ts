import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { ExitCode } from '../exit-codes.js';
import { printJson, resolveOptions, withCommonOptions, type CommonFlags } from '../shared.js';

interface DomainsFlags extends CommonFlags {
  rdapBootstrap?: string;
  dnsServer?: string;
  whoisServer?: string;
  fresh?: boolean;
  refresh?: boolean;
  queue?: boolean;
  catalog?: string;
}

export function registerDomains(program: Command): void {
  withCommonOptions(
    program
      .command('domains')
      .description('map domains to registry, registrar (with abuse contact), DNS, host network and CDN; "domains bootstrap --refresh" updates the RDAP bootstrap')
      .argument('<domain...>', 'domains or URLs (or: bootstrap --refresh)')
      .option('--rdap-bootstrap <dir>', "directory with IANA's bootstrap files (dns.json, ipv4.json, ipv6.json, asn.json)")
      .option('--dns-server <host:port>', 'resolver for the DNS answers')
      .option('--whois-server <host:port>', 'send WHOIS queries here instead of each TLD\'s server')
      .option('--fresh', 'ignore cached lookups')
      .option('--refresh', 'with "bootstrap": fetch IANA\'s current files')
      .option('--queue', 'queue the lookups for workers ("dijkwacht worker --roles lookup") instead of looking up here; prints the job ids')
      .option('--catalog <url>', 'with --queue: the shared PostgreSQL catalog (default: the catalogUrl option)'),
  ).action(async (domains: string[], flags: DomainsFlags) => {
    const options = resolveOptions(flags, { rdapBootstrapDir: flags.rdapBootstrap, dnsServer: flags.dnsServer, whoisServer: flags.whoisServer, catalogUrl: flags.catalog });
    const { lookupDomains, refreshBootstrap } = await import('../../domains/index.js');
    if (domains[0] === 'bootstrap') {
      if (!flags.refresh) throw new UsageError('Use "dijkwacht domains bootstrap --refresh" to fetch IANA\'s current bootstrap files.');
      const r = await refreshBootstrap(options);
      if (flags.json) printJson(r);
      else process.stdout.write(`bootstrap refreshed in ${r.dir}: ${r.files.map((f) => `${f.name} (${f.services} services, ${f.publication ?? 'no date'})`).join(', ')}\n`);
      return;
    }
    if (flags.queue) {
      const q = await import('../../queue/index.js');
      const conn = await q.connectQueue(options);
      try {
        const ids = await q.enqueue(conn, 'lookup', q.jobsFor('lookup', domains, { fresh: flags.fresh === true }));
        if (flags.json) printJson({ queued: ids });
        else process.stdout.write(`${ids.join('\n')}\nqueued ${ids.length} lookup job(s); "dijkwacht queue status" shows progress\n`);
      } finally {
        await conn.close();
      }
      return;
    }
    const { results } = await lookupDomains(domains, options, flags.fresh === true);
    if (flags.json) {
      printJson(results.map((r) => ({ ...r.report, cached: r.cached, changes: r.changes })));
    } else {
      for (const { report: r, cached, changes } of results) {
        process.stdout.write(`${r.domain}${cached ? ' (cached)' : ''}\n`);
        process.stdout.write(`  registry   ${r.registry ?? '?'} (${r.source ?? 'no answer'}${r.registryFacts?.nameSource ? `; name from ${r.registryFacts.nameSource}` : ''})\n  registrar  ${r.registrar.name ?? '?'}${r.registrar.ianaId ? ` [IANA ${r.registrar.ianaId}]` : ''} abuse ${r.registrar.abuseEmail ?? '?'} ${r.registrar.abusePhone ?? ''}\n`);
        process.stdout.write(`  registrant ${r.registrant.redacted ? 'redacted' : (r.registrant.org ?? '?')}${r.registrant.country ? ` (${r.registrant.country})` : ''}\n  dates      registered ${r.registered ?? '?'}, expires ${r.expires ?? '?'}\n  ns         ${r.nameservers.join(', ') || '?'}\n`);
        process.stdout.write(`  ips        ${r.ips.join(', ') || '?'}\n`);
        for (const h of r.hosting) process.stdout.write(`  host       ${h.ip}: ${h.holder}${h.rir ? ` [${h.rir}]` : ''} ${h.network ?? ''} ${h.country ?? ''} abuse ${h.abuseEmail ?? '?'}${h.abuseEmailOfRir ? ' (the RIR\'s own mailbox: not the host)' : ''}\n`);
        if (r.cdn) process.stdout.write(`  cdn        ${r.cdn.name} (proxy; origin unknown): ${r.cdn.evidence[0] ?? ''}\n`);
        for (const c of changes) process.stdout.write(`  CHANGED    ${c.field}: ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}\n`);
        for (const f of r.failures) process.stdout.write(`  failed     ${f}\n`);
      }
    }
    process.exitCode = results.every((r) => r.report.source !== null) ? ExitCode.Success : ExitCode.Incomplete;
  });
}
