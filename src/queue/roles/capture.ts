import type { CaptureRow } from '../../catalog/index.js';
import type { CatalogRepositories } from '../../catalog/postgres/catalog-repositories.js';
import { registrableDomain } from '../../classify/index.js';
import { TargetError } from '../../core/errors.js';
import type { Options } from '../../options/index.js';
import { CLOCK_SLACK_MS, type Role } from '../handler.js';
import { hostKey, politeInterval } from '../limits.js';
import { RoleCatalog } from './role-catalog.js';

/** A bundle of this URL (and case) recorded since `since`: an earlier attempt of the same job that died before completing it. */
async function earlierAttempt(repos: CatalogRepositories, url: string, caseId: string | null, since: number): Promise<CaptureRow | null> {
  const domain = registrableDomain(url);
  const rows = caseId ? await repos.captures.ofCase(caseId) : domain ? await repos.captures.ofDomain(domain) : [];
  return rows.find((r) => r.url === url && (r.caseId ?? null) === caseId && Date.parse(r.at) >= since) ?? null;
}

/**
 * The capture role: what `dijkwacht capture URL --case ID` does for one URL (bundle signed, sealed,
 * timestamped, committed to the configured store: the file system or S3 with Object Lock), recorded
 * in the catalog of catalogUrl, so that every worker's captures are in the one shared catalog.
 * Captures of one host start no closer together than crawlSameDomainDelayMs across all workers. A
 * URL the network policy refuses fails at once; a store or browser problem follows its error's policy.
 */
export function captureRole(options: Options): Role<'capture'> {
  const catalog = new RoleCatalog(options);
  return {
    async handle(data, ctx) {
      const repos = await catalog.get();
      const earlier = await earlierAttempt(repos, data.url, data.caseId, ctx.job.createdOn.getTime() - CLOCK_SLACK_MS);
      if (earlier) return { url: data.url, bundleId: earlier.bundleId, status: earlier.status, location: earlier.location, reused: true };
      await ctx.limits.waitTurn(hostKey(new URL(data.url).hostname), politeInterval(options.crawlSameDomainDelayMs), ctx.signal);
      // Loaded here: the browser stack is heavy and lookup workers never need it.
      const { captureUrls } = await import('../../capture/index.js');
      // Without catalogUrl the capture records itself in the data directory's catalog, as the command does.
      const captures = repos.backend === 'postgres' ? repos.captures : undefined;
      const [result] = await captureUrls({ urls: [data.url], options: { ...options, captureConcurrency: 1 }, caseId: data.caseId, captures });
      if (!result) throw new TargetError(`${data.url} was not captured: the capture returned no result`);
      if (!result.ok) throw new TargetError(`${data.url} was not captured: ${result.error}`);
      return { url: data.url, bundleId: result.id, status: result.status, location: result.path, reasons: result.reasons, timestampPending: result.timestampPending, reused: false };
    },
    close: () => catalog.close(),
  };
}
