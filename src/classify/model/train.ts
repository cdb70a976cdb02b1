import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { LABELS, type Label } from '../labels.js';
import type { PageParts } from '../page-parts.js';
import { FEATURE_SET, pageFeatures, partsFromText } from './features.js';
import { MODEL_FORMAT, MODEL_VERSION, softmax, type Hyperparameters, type ModelFile, type PerLabel } from './model.js';

/**
 * The trainer: multinomial logistic regression (softmax over the four labels) on sparse features,
 * full-batch Adam with L2 regularisation, written here rather than taken from npm. The model is
 * small (one weight per feature and label), every weight can be read and explained, and training is
 * deterministic: weights start at zero, every step sees every site in the same order, and there is
 * no randomness at all, so the same input gives a byte-identical file. The npm options are dense
 * (a 4 × 100 000 matrix per site), unmaintained, or need a native build.
 *
 * A site is the MEAN of its pages' vectors, so its logit is bias + the mean of the per-page dot
 * products: the crawler scores each page once, stores four numbers, and combines pages exactly.
 */

export interface TrainingSite {
  id: string;
  label: Label;
  lang: string;
  pages: PageParts[];
  /** Where the example comes from, for trainedOn (default "corpus"). */
  source?: string;
}

export interface TrainOptions {
  /** ISO date written into the file (an input, so training is reproducible). */
  createdAt: string;
  /** Keep features seen on at least this many training sites. */
  minSites?: number;
  l2?: number;
  learningRate?: number;
  iterations?: number;
  classWeighting?: 'balanced' | 'none';
  /** Drop a feature whose four weights are all smaller than this in absolute value. */
  pruneBelow?: number;
  /** Then keep at most this many features, the strongest, so the shipped file stays small. */
  maxFeatures?: number;
}

export const defaultHyperparameters: Omit<Hyperparameters, 'featureSet'> = {
  minSites: 2,
  l2: 1e-4,
  optimizer: 'adam',
  learningRate: 0.05,
  iterations: 300,
  // Balancing the labels was tried: it raised service recall a little and cost more precision.
  classWeighting: 'none',
  pruneBelow: 0.02,
  maxFeatures: 50_000,
};

const K = LABELS.length;
/** Weights are written with this many decimals: enough for the scores, small enough to diff. */
const DECIMALS = 4;
const round = (x: number): number => {
  const r = Math.round(x * 10 ** DECIMALS) / 10 ** DECIMALS;
  return r === 0 ? 0 : r;
};

/** The mean of a site's page vectors (sparse). */
export function siteVector(pages: readonly PageParts[]): Map<string, number> {
  const sum = new Map<string, number>();
  for (const page of pages) for (const [f, x] of pageFeatures(page)) sum.set(f, (sum.get(f) ?? 0) + x);
  for (const [f, x] of sum) sum.set(f, x / Math.max(pages.length, 1));
  return sum;
}

function trainedOn(sites: readonly TrainingSite[]): ModelFile['trainedOn'] {
  const bySource = new Map<string, TrainingSite[]>();
  for (const s of sites) bySource.set(s.source ?? 'corpus', [...(bySource.get(s.source ?? 'corpus') ?? []), s]);
  const sources = [...bySource].map(([name, group]) => {
    const hash = createHash('sha256');
    for (const { id, label, lang, pages } of group) hash.update(`${JSON.stringify({ id, label, lang, pages })}\n`);
    return { name, sites: group.length, sha256: hash.digest('hex') };
  });
  const perLabel = Object.fromEntries(LABELS.map((l) => [l, sites.filter((s) => s.label === l).length])) as Record<Label, number>;
  const languages: Record<string, number> = {};
  for (const s of [...sites].sort((a, b) => (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0))) languages[s.lang] = (languages[s.lang] ?? 0) + 1;
  return { sources, perLabel, languages };
}

/** Trains on site-level examples and returns the model file (weights centred, pruned, rounded). */
export function trainModel(sites: readonly TrainingSite[], options: TrainOptions): ModelFile {
  if (sites.length === 0) throw new UsageError('There are no training sites, so no classifier can be trained.');
  const h: Hyperparameters = { featureSet: FEATURE_SET, ...defaultHyperparameters, ...definedOnly(options) };
  const vectors = sites.map((s) => siteVector(s.pages));
  const siteCount = new Map<string, number>();
  for (const v of vectors) for (const f of v.keys()) siteCount.set(f, (siteCount.get(f) ?? 0) + 1);
  const vocabulary = [...siteCount].filter(([, n]) => n >= h.minSites).map(([f]) => f).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const examples = vectors.map((v) => {
    const entries = [...v].filter(([f]) => index.has(f)).map(([f, x]) => [index.get(f)!, x] as const).sort((a, b) => a[0] - b[0]);
    // `at`: where the feature's K weights start in theta.
    return { at: Int32Array.from(entries, (e) => e[0] * K), val: Float64Array.from(entries, (e) => e[1]) };
  });
  const y = sites.map((s) => LABELS.indexOf(s.label));
  const labelCounts = LABELS.map((_, k) => y.filter((yi) => yi === k).length);
  const present = labelCounts.filter((n) => n > 0).length;
  const exampleWeight = y.map((k) => (h.classWeighting === 'balanced' ? sites.length / (present * labelCounts[k]!) : 1) / sites.length);

  // Parameters: K weights per feature (row-major), then K biases. Adam moments alongside.
  const n = vocabulary.length * K + K;
  const theta = new Float64Array(n);
  const grad = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const [beta1, beta2, eps] = [0.9, 0.999, 1e-8];
  const biasAt = vocabulary.length * K;
  for (let step = 1; step <= h.iterations; step++) {
    grad.fill(0);
    for (let i = 0; i < examples.length; i++) {
      const { at, val } = examples[i]!;
      const z = [0, 0, 0, 0].map((_, k) => theta[biasAt + k]!);
      for (let j = 0; j < at.length; j++) for (let k = 0; k < K; k++) z[k]! += theta[at[j]! + k]! * val[j]!;
      const p = softmax(z);
      const g = p.map((pk, k) => exampleWeight[i]! * (pk - (k === y[i] ? 1 : 0)));
      for (let j = 0; j < at.length; j++) for (let k = 0; k < K; k++) grad[at[j]! + k]! += g[k]! * val[j]!;
      for (let k = 0; k < K; k++) grad[biasAt + k]! += g[k]!;
    }
    const correction1 = 1 - beta1 ** step;
    const correction2 = 1 - beta2 ** step;
    for (let q = 0; q < n; q++) {
      const gq = grad[q]! + (q < biasAt ? h.l2 * theta[q]! : 0);
      m[q] = beta1 * m[q]! + (1 - beta1) * gq;
      v[q] = beta2 * v[q]! + (1 - beta2) * gq * gq;
      theta[q]! -= (h.learningRate * (m[q]! / correction1)) / (Math.sqrt(v[q]! / correction2) + eps);
    }
  }

  // Softmax ignores a constant added to all four weights of a feature; centring each row makes a
  // weight read as "for this label rather than the others" and lets pruning drop neutral features.
  const centred = (row: number[]): PerLabel => {
    const mean = row.reduce((a, b) => a + b, 0) / K;
    return row.map((w) => round(w - mean)) as PerLabel;
  };
  const strength = (row: PerLabel): number => Math.max(...row.map(Math.abs));
  const kept = vocabulary
    .map((feature, f) => ({ feature, f, row: centred([...theta.subarray(f * K, f * K + K)]) }))
    .filter(({ row }) => strength(row) >= h.pruneBelow)
    .sort((a, b) => strength(b.row) - strength(a.row) || a.f - b.f)
    .slice(0, h.maxFeatures)
    .sort((a, b) => a.f - b.f);
  const weights: Record<string, PerLabel> = Object.fromEntries(kept.map(({ feature, row }) => [feature, row]));
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    createdAt: options.createdAt,
    trainedOn: trainedOn(sites),
    hyperparameters: h,
    labels: [...LABELS],
    bias: centred([...theta.subarray(biasAt, biasAt + K)]),
    weights,
  };
}

function definedOnly(options: TrainOptions): Partial<Hyperparameters> {
  const { createdAt: _createdAt, ...rest } = options;
  const chosen: Partial<Hyperparameters> = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  return chosen;
}

/** The model file as text: ordinary pretty JSON, with one feature per line so retraining diffs well. */
export function serializeModel(model: ModelFile): string {
  const { weights, ...header } = model;
  const head = JSON.stringify(header, null, 2).replace(/\n}$/, '');
  const lines = Object.keys(weights).map((f) => `    ${JSON.stringify(f)}: ${JSON.stringify(weights[f])}`);
  return `${head},\n  "weights": {\n${lines.join(',\n')}\n  }\n}\n`;
}

/**
 * Parses training records exported from analysts' reviews (JSON Lines): one
 * `{ domain, label, lang, pages: [{ url, title?, text }], source? }` per line, checked field by field.
 */
export function parseTrainingRecords(file: string, content: string): TrainingSite[] {
  const sites: TrainingSite[] = [];
  content.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const fail = (problem: string): never => {
      throw new UsageError(`Training record on line ${i + 1} of ${file} is not usable: ${problem}.`);
    };
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      return fail('it is not valid JSON');
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) return fail('it is not a JSON object');
    const r = record as Record<string, unknown>;
    if (typeof r.domain !== 'string' || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(r.domain)) fail('"domain" is not a domain name');
    if (!LABELS.includes(r.label as Label)) fail(`"label" is not one of ${LABELS.join(', ')}`);
    if (typeof r.lang !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(r.lang)) fail('"lang" is not a language code such as "en"');
    if (r.source !== undefined && (typeof r.source !== 'string' || r.source === '')) fail('"source" is not a name');
    if (!Array.isArray(r.pages) || r.pages.length === 0) fail('"pages" is not a non-empty list');
    const pages = (r.pages as unknown[]).map((page, p) => {
      const pg = (typeof page === 'object' && page !== null ? page : {}) as Record<string, unknown>;
      if (typeof pg.url !== 'string' || !/^https?:\/\//i.test(pg.url) || !URL.canParse(pg.url)) fail(`pages[${p}].url is not an http(s) URL`);
      if (typeof pg.text !== 'string') fail(`pages[${p}].text is not a string`);
      if (pg.title !== undefined && typeof pg.title !== 'string') fail(`pages[${p}].title is not a string`);
      return partsFromText(pg.url as string, (pg.title as string | undefined) ?? '', pg.text as string);
    });
    sites.push({ id: (r.domain as string).toLowerCase(), label: r.label as Label, lang: r.lang as string, pages, source: `${(r.source as string | undefined) ?? 'review'}:${basename(file)}` });
  });
  return sites;
}
