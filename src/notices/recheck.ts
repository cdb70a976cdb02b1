import { Catalog } from '../catalog/index.js';
import type { CapturesRepository } from '../catalog/repositories/captures-repo.js';
import { SqliteNoticeEventsRepository, type NoticeEventsRepository } from '../catalog/repositories/notice-events.js';
import type { Options } from '../options/index.js';
import { noticeStatus, silenceDays } from './status.js';

export interface UrlCheck {
  url: string;
  outcome: 'online' | 'gone';
  bundleId: string | null;
  detail: string;
}

export interface RecheckResult {
  noticeId: number;
  outcome: 'online' | 'gone';
  checks: UrlCheck[];
}

const GONE_STATUSES = new Set([404, 410, 451]);

/**
 * Captures the URLs of every notice that is not yet known to be gone, again, into new bundles: a
 * page still online after a notice is itself evidence. A URL that answers 404/410/451 or cannot be
 * reached any more counts as gone; each notice gets one dated re-check event.
 */
export interface RecheckInput {
  domains?: string[];
  onUrl?: (check: UrlCheck, done: number, total: number) => void;
  /** Where the notices are read and the re-check events written (a worker's shared catalog); default: the data directory's catalog. */
  notices?: NoticeEventsRepository;
  /** Where the new captures are recorded too (passed to captureUrls). */
  captures?: CapturesRepository;
}

export async function recheckNotices(options: Options, input: RecheckInput = {}): Promise<RecheckResult[]> {
  const { captureUrls } = await import('../capture/index.js');
  const catalog = input.notices ? null : new Catalog(options.dataDir);
  const notices = input.notices ?? new SqliteNoticeEventsRepository(catalog!);
  try {
    const thresholds = silenceDays(options);
    // A search-engine notice is about a ranking, not a page: its re-check asks the recorded queries again (refer/kinds/search-recheck.ts).
    const open = (await notices.notices(input.domains ?? [])).filter((n) => n.recipientType !== 'search-engine' && noticeStatus(n, thresholds).state !== 'gone');
    const byCase = new Map<string | null, Set<string>>();
    for (const n of open) {
      const caseId = n.packetId ? ((await notices.packet(n.packetId))?.caseId ?? null) : null;
      const urls = byCase.get(caseId) ?? byCase.set(caseId, new Set()).get(caseId)!;
      for (const u of n.urls) urls.add(u);
    }
    const total = [...byCase.values()].reduce((s, u) => s + u.size, 0);
    const checks = new Map<string, UrlCheck>();
    for (const [caseId, urls] of byCase) {
      const results = await captureUrls({ urls: [...urls], options, caseId, captures: input.captures });
      for (const r of results) {
        let check: UrlCheck;
        if (!r.ok) check = { url: r.url, outcome: 'gone', bundleId: null, detail: `not reachable: ${r.error}` };
        else {
          const { httpStatus } = r;
          const gone = (httpStatus !== null && GONE_STATUSES.has(httpStatus)) || (r.status === 'FAILED' && httpStatus === null);
          check = { url: r.url, outcome: gone ? 'gone' : 'online', bundleId: r.id, detail: `${r.status}, HTTP ${httpStatus ?? 'none'}${r.reasons.length ? ` (${r.reasons.join('; ')})` : ''}` };
        }
        checks.set(check.url, check);
        input.onUrl?.(check, checks.size, total);
      }
    }
    const at = new Date().toISOString();
    const out: RecheckResult[] = [];
    for (const n of open) {
      const mine = n.urls.map((u) => checks.get(u)).filter((c): c is UrlCheck => c !== undefined);
      const outcome = mine.length > 0 && mine.every((c) => c.outcome === 'gone') ? 'gone' : 'online';
      await notices.addEvent(n.id, { kind: 'recheck', at, outcome, note: mine.map((c) => `${c.url}: ${c.outcome} (${c.detail})`).join('; '), bundleId: mine.find((c) => c.bundleId)?.bundleId ?? null });
      out.push({ noticeId: n.id, outcome, checks: mine });
    }
    return out;
  } finally {
    catalog?.close();
  }
}
