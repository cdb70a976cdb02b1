import type { Label } from './decide.js';

export interface PageVerdict {
  url: string;
  label: Label;
  score: number;
  signals: string[];
}

export interface SiteVerdict {
  label: Label;
  score: number;
  signals: string[];
  /** The page whose label the site takes. */
  basis: string | null;
}

const RANK: Record<Label, number> = { nudify: 3, deepfake: 3, directory: 2, unrelated: 1 };

/**
 * A site is what its strongest page shows: a service label needs one page that reads as a service
 * with score ≥ 0.5; otherwise a directory page makes it a directory; otherwise it is unrelated.
 */
export function rollUpSite(pages: PageVerdict[]): SiteVerdict {
  const eligible = pages.filter((p) => p.label === 'unrelated' || p.score >= 0.5);
  const best = [...(eligible.length > 0 ? eligible : pages)].sort((a, b) => RANK[b.label] - RANK[a.label] || b.score - a.score)[0];
  if (!best) return { label: 'unrelated', score: 0, signals: ['no page could be read'], basis: null };
  const others = pages.filter((p) => p !== best && p.label === best.label).length;
  return {
    label: best.label,
    score: best.score,
    signals: [`site label from ${best.url}${others > 0 ? ` (and ${others} more page${others > 1 ? 's' : ''} with the same label)` : ''}`, ...best.signals],
    basis: best.url,
  };
}
