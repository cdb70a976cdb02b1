import type { Label, Model, PageEvidence, PageScore } from '../classify/index.js';
import { judgeSite, type SiteVerdict } from '../classify/site.js';
import { registrableDomain } from '../core/domain.js';

/** A run's page as settling reads it (either backend's row). */
export interface SettlePage {
  url: string;
  domain: string;
  label: Label | null;
  evidence_json: string | null;
  model_json: string | null;
  final_url: string | null;
  lang: string | null;
}

/** One site of a run, judged on all its read pages. */
export interface SettledSite {
  domain: string;
  verdict: SiteVerdict;
  /** At least one page was read: the site was online in this run. */
  online: boolean;
  /** The other site its pages ended on (a redirect), if any. */
  finalDomain: string | null;
  lang: string | null;
}

/** A site's main language: the one most of its read pages are in (the first such on a tie), or null. */
export function mainLanguage(langs: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const lang of langs) {
    if (lang === null) continue;
    const n = (counts.get(lang) ?? 0) + 1;
    counts.set(lang, n);
    if (best === null || n > counts.get(best)!) best = lang;
  }
  return best;
}

/** The run's pages rolled up per registrable domain, in the order the domains first appear. */
export function settledSites(pages: readonly SettlePage[], model: Model | null): SettledSite[] {
  const byDomain = new Map<string, SettlePage[]>();
  for (const page of pages) {
    const list = byDomain.get(page.domain);
    if (list) list.push(page);
    else byDomain.set(page.domain, [page]);
  }
  return [...byDomain].map(([domain, list]) => {
    const read = list.filter((p) => p.label !== null && p.evidence_json !== null);
    const finalDomains = list.map((p) => (p.final_url ? registrableDomain(p.final_url) : null)).filter((d): d is string => d !== null && d !== domain);
    const records = read.map((p) => ({ url: p.url, evidence: JSON.parse(p.evidence_json!) as PageEvidence, model: p.model_json ? (JSON.parse(p.model_json) as PageScore) : null }));
    return { domain, verdict: judgeSite(records, model), online: read.length > 0, finalDomain: finalDomains[0] ?? null, lang: mainLanguage(read.map((p) => p.lang)) };
  });
}

/** What settling changes in a site already in the catalog. */
export interface SiteChange {
  label: Label;
  score: number;
  needsReview: boolean;
  /** A label history line to add (null: the label did not change). */
  history: { note: string | null } | null;
}

/** A human verdict is never overwritten; a changed classifier label (or a human one the classifier now disagrees with or confirms) is kept in the history. */
export function siteChange(existing: { label: Label; score: number; labelSource: 'classifier' | 'human' }, site: SettledSite): SiteChange {
  const keepHuman = existing.labelSource === 'human';
  const { verdict } = site;
  return {
    label: keepHuman ? existing.label : verdict.label,
    score: keepHuman ? existing.score : verdict.score,
    needsReview: !keepHuman && verdict.needsReview,
    history: existing.label !== verdict.label || keepHuman ? { note: keepHuman ? 'human verdict kept' : null } : null,
  };
}
