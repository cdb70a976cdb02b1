import type { Label } from '../classify/index.js';
import type { Catalog } from './catalog.js';

export interface RunDiff {
  from: string;
  to: string;
  newSites: { domain: string; label: Label }[];
  goneOffline: { domain: string; label: Label }[];
  notRevisited: { domain: string; label: Label }[];
  labelChanges: { domain: string; from: Label; to: Label }[];
  moves: { from: string; to: string; evidence: string }[];
}

interface SiteRunRow {
  domain: string;
  label: Label;
  online: number;
  final_domain: string | null;
}

/** What changed between two runs: new sites, sites gone offline, label changes, and domain moves. */
export function diffRuns(catalog: Catalog, a: string, b: string): RunDiff {
  const runA = catalog.run(a);
  const runB = catalog.run(b);
  const rows = (id: number): Map<string, SiteRunRow> =>
    new Map((catalog.db.prepare('SELECT domain, label, online, final_domain FROM site_runs WHERE run_id = ?').all(id) as SiteRunRow[]).map((r) => [r.domain, r]));
  const inA = rows(runA.id);
  const inB = rows(runB.id);
  const diff: RunDiff = { from: runA.name, to: runB.name, newSites: [], goneOffline: [], notRevisited: [], labelChanges: [], moves: [] };
  for (const [domain, r] of inB) {
    const before = inA.get(domain);
    if (r.online && (!before || !before.online)) diff.newSites.push({ domain, label: r.label });
    if (before?.online && r.online && before.label !== r.label) diff.labelChanges.push({ domain, from: before.label, to: r.label });
    if (before?.online && !r.online) diff.goneOffline.push({ domain, label: before.label });
    if (r.final_domain && r.final_domain !== domain) diff.moves.push({ from: domain, to: r.final_domain, evidence: `${domain} redirects to ${r.final_domain}` });
  }
  for (const [domain, r] of inA) if (r.online && !inB.has(domain)) diff.notRevisited.push({ domain, label: r.label });
  // A new domain that shares an identifier with a domain of the earlier run is a likely move or mirror.
  const idsOf = catalog.db.prepare("SELECT kind, value FROM identifiers WHERE domain = ? AND kind NOT IN ('email', 'favicon-url')");
  const sharing = catalog.db.prepare("SELECT DISTINCT domain FROM identifiers WHERE kind = ? AND value = ? AND domain != ?");
  for (const site of diff.newSites) {
    for (const id of idsOf.all(site.domain) as { kind: string; value: string }[]) {
      for (const other of sharing.all(id.kind, id.value, site.domain) as { domain: string }[]) {
        if (inA.get(other.domain)?.online && !diff.moves.some((m) => m.from === other.domain && m.to === site.domain)) {
          diff.moves.push({ from: other.domain, to: site.domain, evidence: `both use ${id.kind} ${id.value}` });
        }
      }
    }
  }
  for (const list of [diff.newSites, diff.goneOffline, diff.notRevisited]) list.sort((x, y) => x.domain.localeCompare(y.domain));
  return diff;
}

/** How many of each change a diff holds: printed first, before any domain. */
export interface RunDiffCounts {
  newSites: number;
  newServices: number;
  goneOffline: number;
  labelChanges: number;
  moves: number;
  notRevisited: number;
}

const SERVICE_LABELS: readonly Label[] = ['nudify', 'deepfake'];
const LABEL_ORDER: Record<string, number> = { nudify: 0, deepfake: 1, directory: 2, unrelated: 3 };

export function diffCounts(d: RunDiff): RunDiffCounts {
  return {
    newSites: d.newSites.length,
    newServices: d.newSites.filter((s) => SERVICE_LABELS.includes(s.label)).length,
    goneOffline: d.goneOffline.length,
    labelChanges: d.labelChanges.length,
    moves: d.moves.length,
    notRevisited: d.notRevisited.length,
  };
}

/**
 * The diff narrowed to one label (a label change counts when either side has it; a move when a domain
 * of it has it) and ordered services first: nudify, deepfake, directory, then unrelated.
 */
export function focusDiff(d: RunDiff, label: Label | null, labelOf: (domain: string) => Label | null): RunDiff {
  const keep = <T extends { label: Label }>(list: T[]): T[] => (label ? list.filter((s) => s.label === label) : list);
  const servicesFirst = <T extends { domain: string; label: Label }>(list: T[]): T[] =>
    [...list].sort((x, y) => (LABEL_ORDER[x.label] ?? 9) - (LABEL_ORDER[y.label] ?? 9) || x.domain.localeCompare(y.domain));
  return {
    from: d.from,
    to: d.to,
    newSites: servicesFirst(keep(d.newSites)),
    goneOffline: servicesFirst(keep(d.goneOffline)),
    notRevisited: servicesFirst(keep(d.notRevisited)),
    labelChanges: d.labelChanges
      .filter((c) => !label || c.from === label || c.to === label)
      .sort((x, y) => Math.min(LABEL_ORDER[x.from] ?? 9, LABEL_ORDER[x.to] ?? 9) - Math.min(LABEL_ORDER[y.from] ?? 9, LABEL_ORDER[y.to] ?? 9) || x.domain.localeCompare(y.domain)),
    moves: d.moves.filter((m) => !label || labelOf(m.from) === label || labelOf(m.to) === label),
  };
}
