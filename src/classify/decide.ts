import type { Signal, SignalGroup } from './signals.js';

export const LABELS = ['nudify', 'deepfake', 'directory', 'unrelated'] as const;
export type Label = (typeof LABELS)[number];

export interface Decision {
  label: Label;
  /** Confidence in the label, 0..1. */
  score: number;
  /** One sentence: why this label. */
  because: string;
  evidence: { claim: number; deepfake: number; offer: number; about: number; lookalike: number; listing: number };
}

const OFFER_WEIGHTS: Partial<Record<SignalGroup, number>> = {
  upload: 1.2,
  credits: 1,
  'age-gate': 0.5,
  'consent-disclaimer': 0.4,
  'before-after': 0.7,
  'brush-tool': 1,
  'call-to-action': 0.6,
  'new-domain': 0.8,
  stack: 0.8,
  distribution: 0.5,
  'domain-name': 1.2,
};
const ABOUT_WEIGHTS: Partial<Record<SignalGroup, number>> = {
  reporting: 0.9,
  harm: 0.6,
  'victim-help': 1,
  'legal-gov': 0.9,
  academic: 1,
  encyclopedia: 2,
  blocklist: 2.5,
};
const LOOKALIKE_WEIGHTS: Partial<Record<SignalGroup, number>> = { 'photo-tool': 1.2, 'image-generator': 0.8, 'lingerie-shop': 1, 'safety-tool': 1.5 };

/** Repeated matches count, with diminishing returns: 1, 1.5, 1.83, 2.08 … */
const strength = (count: number): number => {
  let s = 0;
  for (let i = 1; i <= Math.min(count, 8); i++) s += 1 / i;
  return s;
};

function sum(signals: Signal[], weights: Partial<Record<SignalGroup, number>>): number {
  let total = 0;
  for (const s of signals) total += (weights[s.group] ?? 0) * strength(s.count);
  return total;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * Turns signals into a label. A service must both claim the capability (undressing, or face swaps
 * into adult material) and work like a service (upload, credits, payments, CTAs, distribution, a
 * telling domain name). Pages that talk about these services (news, NGOs, governments, papers,
 * encyclopedias, blocklists) stay unrelated however often they name them; listings of many tools
 * are directories.
 */
export function decide(signals: Signal[]): Decision {
  const of = (g: SignalGroup): Signal[] => signals.filter((s) => s.group === g);
  // A brand name that says what the site does is a claim too (nudify-…, undress-…).
  const claim = of('nudify-claim').reduce((t, s) => t + strength(s.count), 0) + (of('domain-name').length > 0 ? 1 : 0);
  const face = of('faceswap').reduce((t, s) => t + strength(s.count), 0);
  const adult = of('adult').reduce((t, s) => t + strength(s.count), 0);
  const deepfake = face > 0 && adult > 0 ? Math.min(face, adult) + 0.5 * Math.max(face, adult) : 0;
  const offer = sum(signals, OFFER_WEIGHTS);
  const about = sum(signals, ABOUT_WEIGHTS);
  const lookalike = sum(signals, LOOKALIKE_WEIGHTS);
  const outlinks = of('structure')[0]?.count ?? 0;
  const listing = of('listicle').reduce((t, s) => t + strength(s.count), 0) * 1.5 + (outlinks >= 4 ? 1 + Math.min(outlinks, 20) * 0.1 : 0);
  // Many links out and no upload form: a hub, whatever its wording.
  const hub = outlinks >= 5 && !signals.some((s) => s.reason === 'has a file upload field') ? 1 : 0;
  const evidence = { claim: round(claim), deepfake: round(deepfake), offer: round(offer), about: round(about), lookalike: round(lookalike), listing: round(listing) };
  const capability = Math.max(claim, deepfake);

  if (capability === 0) {
    return { label: 'unrelated', score: round(0.9 - Math.min(0.4, offer * 0.05)), because: 'no claim to undress people or to swap faces into adult material', evidence };
  }
  const hasUploadField = signals.some((s) => s.group === 'upload' && s.reason === 'has a file upload field');
  if (about >= 2.2 && about >= offer * 0.9) {
    return { label: 'unrelated', score: round(sigmoid(about - offer)), because: 'talks about these services (reporting, harm, help, law or research) rather than offering one', evidence };
  }
  if (listing + hub >= 2.5 && outlinks >= 3 && !hasUploadField && offer < listing + hub + 2) {
    return { label: 'directory', score: round(sigmoid(listing + capability * 0.5 - 2)), because: `lists ${outlinks} other sites next to claims about these tools: a directory or affiliate listing`, evidence };
  }
  if (lookalike >= 1.2 && claim < 1.5 && lookalike >= deepfake * 0.8) {
    return { label: 'unrelated', score: round(sigmoid(lookalike - claim)), because: 'an ordinary photo tool, generator or shop whose wording only resembles these services', evidence };
  }
  const serviceness = capability + offer * 0.9 - about * 0.7 - lookalike * 0.5;
  if (offer >= 1.5 && serviceness >= 2.4) {
    const label: Label = deepfake > claim ? 'deepfake' : 'nudify';
    const what = label === 'nudify' ? 'claims to undress people in photos' : 'offers face swaps into adult material';
    return { label, score: round(sigmoid(serviceness - 2)), because: `${what} and works like a service (upload, credits, payments or sign-up)`, evidence };
  }
  return { label: 'unrelated', score: round(sigmoid(1.5 - serviceness)), because: 'mentions these tools but does not work like a service', evidence };
}
