import type { PageEvidence } from './evidence.js';
import { judge, type Weighed } from './judge.js';
import { verdictOf, type Label } from './labels.js';
import type { Model, ModelOpinion, PageScore } from './model/index.js';

export interface SitePage {
  url: string;
  evidence: PageEvidence;
  model: PageScore | null;
}

export interface SiteVerdict {
  label: Label;
  score: number;
  /** Reasons a human can check: the decision, then the evidence, each naming its page. */
  signals: string[];
  /** The page that carries the strongest evidence. */
  basis: string | null;
  /** The rules and the model disagree, or the language is not in the lexicon: a human should look first. */
  needsReview: boolean;
  reviewReasons: string[];
  /** The model's opinion of the whole site. */
  model: Pick<ModelOpinion, 'label' | 'service' | 'reasons'> | null;
  weighed: Weighed | null;
}

/** Coarse disagreement needs some confidence from the model: a coin toss is not a second opinion. */
const MODEL_CONFIDENT = 0.6;

/**
 * A site's verdict from the evidence of all its pages, with the learned model as a second opinion.
 * The model never labels alone: where it disagrees, the rules' label stands and the site is marked
 * for review. Only pages in a language the lexicon lacks take the model's label (and are marked).
 */
export function judgeSite(pages: SitePage[], model: Model | null): SiteVerdict {
  if (pages.length === 0) return { label: 'unrelated', score: 0, signals: ['no page could be read'], basis: null, needsReview: false, reviewReasons: [], model: null, weighed: null };
  const j = judge(pages.map((p) => p.evidence));
  const scores = pages.map((p) => p.model).filter((m): m is PageScore => m !== null);
  const opinion = model && scores.length > 0 ? model.scoreSite(scores) : null;
  const review: string[] = [];
  let label = j.label;
  let score = j.score;
  let because = j.because;
  const read = pages.filter((p) => p.evidence.words > 0);
  const uncovered = read.length > 0 && read.every((p) => !p.evidence.langCovered);
  // Phrase lists written blind for a language are younger: where they find nothing, the model may.
  const thin = !uncovered && read.length > 0 && read.every((p) => p.evidence.langCore === false) && j.label === 'unrelated';
  if ((uncovered || thin) && opinion) {
    const lang = read[0]?.evidence.lang ?? 'unknown';
    // The model reads the words; what the pages have (offers, hosting, links to others) must agree.
    const w = j.weighed;
    const structureAgrees = verdictOf(opinion.label) === 'service' ? w.offer + w.hosting >= 1.5 : opinion.label === 'directory' ? w.promoted >= 2 : true;
    // Young lists that did read the pages (a look-alike, an about-page, someone else's claim) found no claim for a reason.
    const listsRead = thin && w.claim === 0 && (w.lookalike >= 4 || w.about >= 2.2);
    const take = opinion.label !== j.label && structureAgrees && !listsRead && opinion.probabilities[opinion.label] >= 0.5;
    const why = uncovered ? `the page language (${lang}) is not in the lexicon` : `the phrase lists for ${lang} found no claim`;
    // Where the young lists and the model agree there is nothing to review.
    if (uncovered || opinion.label !== j.label) review.push(`${why}: ${take ? 'the label is' : 'the rules kept their label; the model says'} ${opinion.label} (p ${opinion.probabilities[opinion.label].toFixed(2)})${take || opinion.label === j.label ? '' : ', but the pages show no offer or promotion that fits'}`);
    if (take) {
      label = opinion.label;
      score = opinion.probabilities[opinion.label];
      because = `the model reads it as ${opinion.label} and its pages ${verdictOf(opinion.label) === 'service' ? 'sell or host like a service' : opinion.label === 'directory' ? 'send visitors to other sites' : 'offer nothing'} (${uncovered ? `language ${lang} is not in the lexicon` : `the ${lang} phrase lists found no claim`})`;
    }
  } else if (opinion && verdictOf(opinion.label) !== verdictOf(j.label) && opinion.probabilities[opinion.label] >= MODEL_CONFIDENT) {
    review.push(`the model disagrees: ${opinion.label} (p ${opinion.probabilities[opinion.label].toFixed(2)}, service ${opinion.service.toFixed(2)}) where the rules say ${j.label}; top n-grams: ${opinion.reasons.slice(0, 5).join('; ')}`);
  }
  const basis = strongestPage(pages);
  const where = pages.length > 1 ? ` (from ${pages.length} pages)` : '';
  return {
    label,
    score: Math.round(score * 1000) / 1000,
    signals: [`${label}: ${because}${where}`, ...review.map((r) => `needs review: ${r}`), ...j.reasons],
    basis,
    needsReview: review.length > 0,
    reviewReasons: review,
    model: opinion ? { label: opinion.label, service: opinion.service, reasons: opinion.reasons } : null,
    weighed: j.weighed,
  };
}

function strongestPage(pages: SitePage[]): string | null {
  let best: SitePage | undefined;
  let bestScore = -1;
  for (const p of pages) {
    const s = p.evidence.items.filter((e) => e.channel === 'claim' || e.channel === 'offer' || e.channel === 'promotion').reduce((t, e) => t + e.count, 0);
    if (s > bestScore) {
      best = p;
      bestScore = s;
    }
  }
  return best?.url ?? null;
}
