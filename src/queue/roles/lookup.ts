import { isFresh } from '../../catalog/repositories/lookups.js';
import { registrableDomain } from '../../classify/index.js';
import { bootstrapDir, loadBootstrap, lookupDomain, type Bootstrap } from '../../domains/index.js';
import type { Options } from '../../options/index.js';
import { CLOCK_SLACK_MS, type Role } from '../handler.js';
import { RoleCatalog } from './role-catalog.js';
import { SharedRdapClient, parseDailyLimits } from './shared-rdap.js';

/**
 * The lookup role: what `dijkwacht domains DOMAIN` does for one domain (cache first, RDAP, WHOIS,
 * DNS, host network, CDN; stored with its raw answers), with the RDAP budget and politeness held in
 * the shared database, and the lookup stored in the catalog of catalogUrl (the shared PostgreSQL
 * catalog; SQLite of the data directory without it). Idempotent: a lookup stored since the job was
 * queued (an earlier attempt that died before completing the job) is reused, never repeated.
 */
export function lookupRole(options: Options): Role<'lookup'> {
  const dailyLimits = parseDailyLimits(options.rdapDailyLimits);
  const catalog = new RoleCatalog(options);
  let bootstrap: Promise<Bootstrap> | null = null;
  return {
    async handle(data, ctx) {
      bootstrap ??= loadBootstrap(bootstrapDir(options));
      const key = data.domain;
      const repos = await catalog.get();
      const sinceQueued = Date.now() - ctx.job.createdOn.getTime() + CLOCK_SLACK_MS;
      const latest = await repos.lookups.latest(key);
      if (latest && isFresh(latest, data.fresh ? sinceQueued : Math.max(sinceQueued, options.lookupTtlHours * 3_600_000))) {
        const cached = latest.report;
        return { domain: key, cached: true, source: cached.source, registry: cached.registry, registrar: cached.registrar.name, lookedUpAt: cached.lookedUpAt };
      }
      const rdap = new SharedRdapClient({
        bootstrap: await bootstrap,
        timeoutMs: Math.min(options.navigationTimeoutMs, 15_000),
        retries: options.searchRetries,
        perServerPerSecond: options.rdapRequestsPerSecond,
        dailyLimits,
        limits: ctx.limits,
      });
      try {
        const captured = await repos.captures.latest(registrableDomain(`http://${key}/`) ?? key);
        const report = await lookupDomain(key, { rdap, dnsServer: options.dnsServer, timeoutMs: Math.min(options.navigationTimeoutMs, 10_000), whoisServer: options.whoisServer, headers: captured?.headers });
        const changes = await repos.lookups.store(report);
        return {
          domain: key,
          cached: false,
          source: report.source,
          registry: report.registry,
          registrar: report.registrar.name,
          lookedUpAt: report.lookedUpAt,
          changes: changes.map((c) => c.field),
          failures: report.failures.length,
        };
      } finally {
        await rdap.settle();
      }
    },
    close: () => catalog.close(),
  };
}
