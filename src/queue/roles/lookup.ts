import { Catalog, latestCapture } from '../../catalog/index.js';
import { registrableDomain } from '../../classify/index.js';
import { bootstrapDir, cachedLookup, loadBootstrap, lookupDomain, storeLookup, type Bootstrap } from '../../domains/index.js';
import type { Options } from '../../options/index.js';
import { CLOCK_SLACK_MS, type Role } from '../handler.js';
import { SharedRdapClient, parseDailyLimits } from './shared-rdap.js';

/**
 * The lookup role: what `dijkwacht domains DOMAIN` does for one domain (cache first, RDAP, WHOIS,
 * DNS, host network, CDN; stored with its raw answers), with the RDAP budget and politeness held in
 * the shared database. Idempotent: a lookup stored since the job was queued (an earlier attempt that
 * died before completing the job) is reused, never repeated.
 */
export function lookupRole(options: Options): Role<'lookup'> {
  const dailyLimits = parseDailyLimits(options.rdapDailyLimits);
  let bootstrap: Promise<Bootstrap> | null = null;
  return {
    async handle(data, ctx) {
      bootstrap ??= loadBootstrap(bootstrapDir(options));
      const key = data.domain;
      const catalog = new Catalog(options.dataDir);
      try {
        const sinceQueued = Date.now() - ctx.job.createdOn.getTime() + CLOCK_SLACK_MS;
        const cached = cachedLookup(catalog, key, data.fresh ? sinceQueued : Math.max(sinceQueued, options.lookupTtlHours * 3_600_000));
        if (cached) return { domain: key, cached: true, source: cached.source, registry: cached.registry, registrar: cached.registrar.name, lookedUpAt: cached.lookedUpAt };
        const rdap = new SharedRdapClient({
          bootstrap: await bootstrap,
          timeoutMs: Math.min(options.navigationTimeoutMs, 15_000),
          retries: options.searchRetries,
          perServerPerSecond: options.rdapRequestsPerSecond,
          dailyLimits,
          limits: ctx.limits,
        });
        try {
          const captured = latestCapture(catalog, registrableDomain(`http://${key}/`) ?? key);
          const report = await lookupDomain(key, { rdap, dnsServer: options.dnsServer, timeoutMs: Math.min(options.navigationTimeoutMs, 10_000), whoisServer: options.whoisServer, headers: captured?.headers });
          const changes = storeLookup(catalog, report);
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
      } finally {
        catalog.close();
      }
    },
  };
}
