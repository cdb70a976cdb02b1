import { decide, type Decision, type Label } from './decide.js';
import { pageParts, type PageParts } from './page-parts.js';
import { findSignals, type Signal } from './signals.js';

export interface PageClassification {
  url: string;
  label: Label;
  score: number;
  /** Reasons a human can check: the decision first, then every signal with its evidence. */
  signals: string[];
  detail: { decision: Decision; signals: Signal[] };
}

export function describeSignal(s: Signal): string {
  return `${s.reason}${s.count > 1 ? ` (${s.count}×)` : ''}: "${s.evidence}"`;
}

export function classifyParts(parts: PageParts): PageClassification {
  const signals = findSignals(parts);
  const decision = decide(signals);
  return {
    url: parts.url,
    label: decision.label,
    score: decision.score,
    signals: [`${decision.label}: ${decision.because}`, ...signals.map(describeSignal)],
    detail: { decision, signals },
  };
}

/** Classifies one page from its HTML (static or rendered). */
export function classifyHtml(url: string, html: string): PageClassification {
  return classifyParts(pageParts(url, html));
}
