import { Catalog, listNotices } from '../../catalog/index.js';
import { UsageError } from '../../core/errors.js';
import { recheckNotices } from '../../notices/index.js';
import type { Options } from '../../options/index.js';
import type { Role } from '../handler.js';

/**
 * The recheck role: `dijkwacht notices recheck --domain D` for the domains of one notice (every
 * open notice about those domains is re-captured and gets its dated re-check event, as the command
 * does). A notice already known to be gone completes without a capture.
 */
export function recheckRole(options: Options): Role<'recheck'> {
  return {
    async handle(data) {
      const catalog = new Catalog(options.dataDir);
      let domains: string[];
      try {
        const notice = listNotices(catalog).find((n) => n.id === data.notice);
        if (!notice) throw new UsageError(`No notice #${data.notice} in the catalog at ${options.dataDir}; "dijkwacht notices list" shows the notices.`);
        domains = notice.domains;
      } finally {
        catalog.close();
      }
      const results = await recheckNotices(options, { domains });
      const mine = results.find((r) => r.noticeId === data.notice);
      if (!mine) return { notice: data.notice, outcome: 'already gone', rechecked: results.map((r) => r.noticeId) };
      return {
        notice: data.notice,
        outcome: mine.outcome,
        checks: mine.checks.map((c) => ({ url: c.url, outcome: c.outcome, bundleId: c.bundleId })),
        rechecked: results.map((r) => r.noticeId),
      };
    },
  };
}
