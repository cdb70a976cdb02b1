import type { CheerioAPI } from 'cheerio';
import { pageEvidence, type PageEvidence } from './evidence.js';
import { judge, type Judgement } from './judge.js';
import type { Label } from './labels.js';
import { loadModel, type Model, type PageScore } from './model/index.js';
import { pageParts, type PageParts } from './page-parts.js';

export interface PageClassification {
  url: string;
  /** The page's label on its own evidence (the site's label comes from all its pages). */
  label: Label;
  score: number;
  /** Reasons a human can check: the decision first, then the evidence. */
  signals: string[];
  evidence: PageEvidence;
  /** The learned model's per-page contribution, combined per site (null when no model is loaded). */
  model: PageScore | null;
  /** The model's P(nudify) + P(deepfake) for this page alone (null without a model). */
  modelService: number | null;
  judgement: Judgement;
}

export interface ClassifyOptions {
  /** Score with the learned model too (default: the shipped model). Pass null to skip it. */
  model?: Model | null;
}

export function classifyParts(parts: PageParts, options: ClassifyOptions = {}): PageClassification {
  const evidence = pageEvidence(parts);
  const judgement = judge([evidence]);
  const model = options.model === undefined ? loadModel() : options.model;
  const score = model ? model.scorePage(parts) : null;
  return {
    url: parts.url,
    label: judgement.label,
    score: judgement.score,
    signals: [`${judgement.label}: ${judgement.because}`, ...judgement.reasons],
    evidence,
    model: score,
    modelService: model && score ? Math.round(model.scoreSite([score]).service * 1000) / 1000 : null,
    judgement,
  };
}

/** Classifies one page from its HTML (static or rendered), or a document Crawlee parsed already. */
export function classifyHtml(url: string, html: string | CheerioAPI, options: ClassifyOptions = {}): PageClassification {
  return classifyParts(pageParts(url, html), options);
}
