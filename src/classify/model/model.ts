import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SetupError } from '../../core/errors.js';
import { projectRoot } from '../../core/version.js';
import { LABELS, type Label } from '../labels.js';
import type { PageParts } from '../page-parts.js';
import { FeatureIndex } from './feature-index.js';
import { FEATURE_SET } from './features.js';

export const MODEL_FORMAT = 'dijkwacht-classifier-model';
/** The newest model file version this code reads. */
export const MODEL_VERSION = 1;
export const defaultModelPath: string = resolve(projectRoot, 'data', 'classifier-model.json');
/** How many features a page score keeps for explanations. */
const TOP_FEATURES = 12;
/** How many reasons a site opinion gives. */
const REASONS = 6;

/** Four numbers, one per label, in the order of LABELS. */
export type PerLabel = [number, number, number, number];

export interface Hyperparameters {
  featureSet: string;
  minSites: number;
  l2: number;
  optimizer: 'adam';
  learningRate: number;
  iterations: number;
  classWeighting: 'balanced' | 'none';
  pruneBelow: number;
  maxFeatures: number;
}

export interface ModelFile {
  format: typeof MODEL_FORMAT;
  version: number;
  createdAt: string;
  trainedOn: {
    sources: { name: string; sites: number; sha256: string }[];
    perLabel: Record<Label, number>;
    languages: Record<string, number>;
  };
  hyperparameters: Hyperparameters;
  labels: Label[];
  bias: PerLabel;
  weights: Record<string, PerLabel>;
}

/** One page, scored once by the crawler and stored: enough to combine pages into a site later. */
export interface PageScore {
  /** w·x per label (no bias), in the order of LABELS. */
  dots: number[];
  /** The features with the largest |contribution| to any label. */
  top: { feature: string; contribution: number[] }[];
}

export interface ModelOpinion {
  label: Label;
  probabilities: Record<Label, number>;
  /** P(nudify) + P(deepfake). */
  service: number;
  /** The features that pushed hardest towards the winning label, e.g. 'n-gram "undress" +0.82'. */
  reasons: string[];
}

/** A model file with a wrong field; loadModel rewrites the message to name the file. */
class MalformedModel extends SetupError {
  constructor(readonly problem: string) {
    super(`The classifier model is not usable (${problem}); run \`npm run train:classifier\` to build it.`);
  }
}

function check(ok: boolean, what: string): asserts ok {
  if (!ok) throw new MalformedModel(what);
}
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPerLabel = (v: unknown): v is PerLabel => Array.isArray(v) && v.length === LABELS.length && v.every((x) => typeof x === 'number' && Number.isFinite(x));
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function validate(file: unknown): ModelFile {
  check(isRecord(file), 'it is not a JSON object');
  check(file.format === MODEL_FORMAT, `its format is not "${MODEL_FORMAT}"`);
  check(Number.isInteger(file.version) && (file.version as number) >= 1, 'its version is not a positive integer');
  check((file.version as number) <= MODEL_VERSION, `its version ${String(file.version)} is newer than this dijkwacht reads (${MODEL_VERSION})`);
  check(typeof file.createdAt === 'string' && !Number.isNaN(Date.parse(file.createdAt)), 'createdAt is not a date');
  const trained = file.trainedOn;
  check(isRecord(trained) && Array.isArray(trained.sources), 'trainedOn.sources is missing');
  for (const s of trained.sources as unknown[]) {
    check(isRecord(s) && typeof s.name === 'string' && isCount(s.sites) && typeof s.sha256 === 'string' && /^[0-9a-f]{64}$/.test(s.sha256), 'a trainedOn source lacks name, sites or sha256');
  }
  check(isRecord(trained.perLabel) && LABELS.every((l) => isCount((trained.perLabel as Record<string, unknown>)[l])), 'trainedOn.perLabel lacks a label count');
  check(isRecord(trained.languages) && Object.values(trained.languages).every(isCount), 'trainedOn.languages is not a map of counts');
  const h = file.hyperparameters;
  check(isRecord(h), 'hyperparameters are missing');
  check(h.featureSet === FEATURE_SET, `it was trained on features "${String(h.featureSet)}", not "${FEATURE_SET}"`);
  for (const key of ['minSites', 'l2', 'learningRate', 'iterations', 'pruneBelow', 'maxFeatures'] as const) check(typeof h[key] === 'number' && Number.isFinite(h[key]), `hyperparameters.${key} is not a number`);
  check(h.optimizer === 'adam' && (h.classWeighting === 'balanced' || h.classWeighting === 'none'), 'hyperparameters name an unknown optimizer or class weighting');
  check(Array.isArray(file.labels) && file.labels.length === LABELS.length && LABELS.every((l, i) => (file.labels as unknown[])[i] === l), `labels are not ${LABELS.join(', ')} in that order`);
  check(isPerLabel(file.bias), 'bias is not four numbers');
  check(isRecord(file.weights), 'weights are missing');
  for (const [feature, w] of Object.entries(file.weights)) check(isPerLabel(w), `weights["${feature}"] is not four numbers`);
  return file as unknown as ModelFile;
}

/** A feature key as a reviewer reads it. */
export function describeFeature(feature: string): string {
  if (feature.startsWith('c:')) return `n-gram "${feature.slice(2).trim()}"`;
  if (feature.startsWith('w:')) return `${feature.includes(' ') ? 'words' : 'word'} "${feature.slice(2)}"`;
  return feature;
}

/** Whether a reviewer can find the feature on the page: n-grams of one or two letters say nothing. */
const readable = (feature: string): boolean => !feature.startsWith('c:') || feature.slice(2).trim().length >= 3;

/** Whether two n-grams are parts of one word on the page: one holds the other, or they overlap by 2+ letters. */
function overlap(a: string, b: string | null): boolean {
  if (b === null) return false;
  if (a.includes(b) || b.includes(a)) return true;
  for (let k = Math.min(a.length, b.length) - 1; k >= 2; k--) if (a.endsWith(b.slice(0, k)) || b.endsWith(a.slice(0, k))) return true;
  return false;
}

const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`;

/** Softmax, shifted by the largest logit so it cannot overflow. */
export function softmax(logits: readonly number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((z) => Math.exp(z - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

/** The learned classifier: a softmax over the four labels on the mean of a site's page vectors. */
export class Model {
  readonly file: ModelFile;
  readonly #bias: PerLabel;
  /** Four weights per feature id, in the order of LABELS. */
  readonly #weights: Float64Array;
  readonly #index: FeatureIndex;

  /** Validates a parsed model file field by field; throws if any field is wrong. */
  constructor(file: unknown) {
    this.file = validate(file);
    this.#bias = this.file.bias;
    const entries = Object.entries(this.file.weights);
    this.#index = new FeatureIndex(entries.map(([feature]) => feature));
    this.#weights = new Float64Array(entries.length * 4);
    entries.forEach(([, w], id) => this.#weights.set(w, id * 4));
  }

  get featureCount(): number {
    return this.#index.size;
  }

  scorePage(parts: PageParts): PageScore {
    let d0 = 0;
    let d1 = 0;
    let d2 = 0;
    let d3 = 0;
    // The strongest contributions, kept sorted as they come (no array of every feature, no sort of it).
    const top: { feature: string; contribution: number[]; size: number }[] = [];
    const { ids, values } = this.#index.vector(parts);
    const w = this.#weights;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (id >= this.#index.size) continue;
      const x = values[i]!;
      const c0 = w[id * 4]! * x;
      const c1 = w[id * 4 + 1]! * x;
      const c2 = w[id * 4 + 2]! * x;
      const c3 = w[id * 4 + 3]! * x;
      d0 += c0;
      d1 += c1;
      d2 += c2;
      d3 += c3;
      const size = Math.max(Math.abs(c0), Math.abs(c1), Math.abs(c2), Math.abs(c3));
      const last = top[top.length - 1];
      if (top.length >= TOP_FEATURES && last && size < last.size) continue;
      const feature = this.#index.name(id);
      if (top.length >= TOP_FEATURES && last && size === last.size && feature > last.feature) continue;
      let at = top.length;
      while (at > 0 && (top[at - 1]!.size < size || (top[at - 1]!.size === size && top[at - 1]!.feature > feature))) at--;
      top.splice(at, 0, { feature, contribution: [c0, c1, c2, c3], size });
      if (top.length > TOP_FEATURES) top.pop();
    }
    return { dots: [d0, d1, d2, d3], top: top.map(({ feature, contribution }) => ({ feature, contribution })) };
  }

  /** A site's opinion: softmax(bias + mean of its pages' dots), exactly as the model was trained. */
  scoreSite(pages: readonly PageScore[]): ModelOpinion {
    if (pages.length === 0) {
      return { label: 'unrelated', probabilities: { nudify: 0, deepfake: 0, directory: 0, unrelated: 1 }, service: 0, reasons: ['no page was read, so the model has no opinion'] };
    }
    const logits = this.#bias.map((b, k) => b + pages.reduce((sum, p) => sum + (p.dots[k] ?? 0), 0) / pages.length);
    const probs = softmax(logits);
    let win = 0;
    for (let k = 1; k < probs.length; k++) if (probs[k]! > probs[win]!) win = k;
    const probabilities = Object.fromEntries(LABELS.map((l, k) => [l, probs[k]!])) as Record<Label, number>;
    // A feature's pull towards the winner: its mean contribution over the pages, as stored in `top`.
    // N-grams that read the same (" fot" at a word start and "fot" inside) count as one reason.
    const pull = new Map<string, number>();
    for (const page of pages) {
      for (const t of page.top) {
        if (!readable(t.feature)) continue;
        const reason = describeFeature(t.feature);
        pull.set(reason, (pull.get(reason) ?? 0) + (t.contribution[win] ?? 0) / pages.length);
      }
    }
    // Overlapping n-grams ("fot", "foto", "oto") say one thing: the strongest of them speaks for all.
    const chosen: [string, number][] = [];
    const quoted = (reason: string): string | null => /"(.*)"/.exec(reason)?.[1] ?? null;
    for (const [reason, c] of [...pull].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
      if (c < 0.005 || chosen.length === REASONS) break;
      const q = quoted(reason);
      if (q !== null && chosen.some(([r]) => overlap(q, quoted(r)))) continue;
      chosen.push([reason, c]);
    }
    const reasons = chosen.map(([reason, c]) => `${reason} ${signed(c)}`);
    const label = LABELS[win]!;
    if (reasons.length === 0) reasons.push(`no feature on the pages stands out; the model's prior for ${label} decided`);
    return { label, probabilities, service: probs[0]! + probs[1]!, reasons };
  }
}

let cached: Model | undefined;

/**
 * Reads and validates a model file. The default model is loaded once per process. A missing,
 * unreadable or malformed file is a SetupError that names the file and how to build it.
 */
export function loadModel(path: string = defaultModelPath): Model {
  const isDefault = resolve(path) === defaultModelPath;
  if (isDefault && cached) return cached;
  const fail = (why: string, cause: unknown): SetupError =>
    new SetupError(`The classifier model ${path} ${why}; run \`npm run train:classifier\` to build it.`, { cause });
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw fail((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : 'cannot be read', error);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw fail('is not valid JSON', error);
  }
  let model: Model;
  try {
    model = new Model(parsed);
  } catch (error) {
    if (error instanceof MalformedModel) throw fail(`is not a usable model (${error.problem})`, error);
    throw error;
  }
  if (isDefault) cached = model;
  return model;
}
