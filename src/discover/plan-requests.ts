import { safeResolve } from '../core/domain.js';
import type { Analysis } from './analysis/analyse-page.js';
import { rolePages, scheduleUrl, weakSignals } from './fetch-plan.js';
import type { NextRequest, PageMeta, RouteLabel } from './frontier.js';

/** What a read page schedules: its site's own pages (the fetch plan), the links it follows, or both. */
export type PlanKind = 'site' | 'links';

const SERVICE_OR_DIRECTORY = new Set(['nudify', 'deepfake', 'directory']);

/**
 * The site's own pages worth reading next, before any budget: its home page (for a search result
 * deep in the site) and its role pages, when the page shows any weak signal. They stay at the
 * page's depth: judging a site is not following links. `isScheduled` skips role pages already
 * queued, so the role-page allowance goes to new ones.
 */
export function siteRequests(finalUrl: string, meta: PageMeta, analysis: Analysis, rolePagesPerSite: number, isScheduled: (url: string) => boolean): NextRequest[] {
  const { parts, classification } = analysis;
  const modelService = classification.modelService;
  const weak = weakSignals(classification.evidence, { source: meta.source, fromHub: meta.fromHub, modelService });
  if (weak.length === 0) return [];
  const forefront = (modelService ?? 0) >= 0.5;
  const own = (url: string, label: RouteLabel): NextRequest => ({ url, meta: { depth: meta.depth, source: meta.source, label, fromHub: meta.fromHub }, forefront });
  const next: NextRequest[] = [];
  if (meta.label === 'search') {
    const home = safeResolve('/', finalUrl);
    if (home && home !== scheduleUrl(finalUrl)) next.push(own(home, 'home'));
  }
  for (const role of rolePages(parts, rolePagesPerSite, isScheduled)) next.push(own(role.url, 'role'));
  return next;
}

/**
 * Links to follow out of the page, before any budget: from seeds and search results always, then
 * from pages that read as services or directories or that promote other sites (the hubs). A hub's
 * own listing pages are followed too.
 */
export function linkRequests(finalUrl: string, meta: PageMeta, analysis: Analysis, maxDepth: number): NextRequest[] {
  const { parts, classification } = analysis;
  const promotes = classification.evidence.promoted.length >= 2;
  const expand = meta.depth === 0 || SERVICE_OR_DIRECTORY.has(classification.label) || promotes;
  if (!expand || meta.depth >= maxDepth) return [];
  const hubPages = promotes && meta.label !== 'role' ? parts.internalLinks.slice(0, 50) : [];
  const candidates = [...parts.externalLinks.map((e) => ({ url: e.href, label: 'home' as const })), ...hubPages.map((url) => ({ url, label: 'hub' as const }))];
  return candidates.map((c) => ({ url: scheduleUrl(c.url), meta: { depth: meta.depth + 1, source: 'link' as const, label: c.label, fromHub: promotes }, forefront: false }));
}
