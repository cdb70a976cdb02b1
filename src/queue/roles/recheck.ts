import { UsageError } from '../../core/errors.js';
import { recheckNotices } from '../../notices/index.js';
import type { Options } from '../../options/index.js';
import type { Role } from '../handler.js';
import { RoleCatalog } from './role-catalog.js';

/**
 * The recheck role: `dijkwacht notices recheck --domain D` for the domains of one notice (every
 * open notice about those domains is re-captured and gets its dated re-check event, as the command
 * does), reading the notices from and writing the events and captures to the catalog of catalogUrl.
 * A notice already known to be gone completes without a capture.
 */
export function recheckRole(options: Options): Role<'recheck'> {
  const catalog = new RoleCatalog(options);
  return {
    async handle(data) {
      const repos = await catalog.get();
      const notice = await repos.notices.notice(data.notice);
      if (!notice) throw new UsageError(`No notice #${data.notice} in the catalog at ${repos.where}; "dijkwacht notices list" shows the notices.`);
      const captures = repos.backend === 'postgres' ? repos.captures : undefined;
      const results = await recheckNotices(options, { domains: notice.domains, notices: repos.notices, captures });
      const mine = results.find((r) => r.noticeId === data.notice);
      if (!mine) return { notice: data.notice, outcome: 'already gone', rechecked: results.map((r) => r.noticeId) };
      return {
        notice: data.notice,
        outcome: mine.outcome,
        checks: mine.checks.map((c) => ({ url: c.url, outcome: c.outcome, bundleId: c.bundleId })),
        rechecked: results.map((r) => r.noticeId),
      };
    },
    close: () => catalog.close(),
  };
}
