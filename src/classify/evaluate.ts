import { LABELS, verdictOf, type Label } from './labels.js';

export interface Judged {
  id: string;
  expected: Label;
  got: Label | null;
  group?: string;
  lang?: string;
  split?: string;
  /** The site was marked for review (rules and model disagree, or the language is not in the lexicon). */
  needsReview?: boolean;
  /** The learned model's own label, when it gave one. */
  model?: Label | null;
}

/** A proportion with its 95% Wilson score interval. */
export interface Rate {
  value: number;
  low: number;
  high: number;
  hits: number;
  of: number;
}

export interface Evaluation {
  total: number;
  /** Services (nudify + deepfake) as the positive class. */
  precision: number;
  recall: number;
  accuracy: number;
  servicePrecision: Rate;
  serviceRecall: Rate;
  exact: Rate;
  /** Per expected label: how many got exactly that label. */
  perLabel: Record<Label, Rate>;
  perLanguage: Record<string, { exact: Rate; serviceRecall: Rate }>;
  confusion: Record<Label, Record<Label | 'none', number>>;
  /** Share of items where the model's coarse verdict (service, directory, unrelated) differs from the label given. */
  disagreement: Rate | null;
  /** The model alone, exact label. */
  modelExact: Rate | null;
  needsReview: number;
  mistakes: Judged[];
}

const Z = 1.96;

export function wilson(hits: number, of: number): Rate {
  if (of === 0) return { value: 1, low: 0, high: 1, hits, of };
  const p = hits / of;
  const denom = 1 + (Z * Z) / of;
  const centre = (p + (Z * Z) / (2 * of)) / denom;
  const half = (Z * Math.sqrt((p * (1 - p)) / of + (Z * Z) / (4 * of * of))) / denom;
  return { value: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half), hits, of };
}

const isService = (l: Label | null | undefined): boolean => l === 'nudify' || l === 'deepfake';

export function evaluate(items: Judged[]): Evaluation {
  const confusion = Object.fromEntries(LABELS.map((e) => [e, Object.fromEntries([...LABELS, 'none'].map((g) => [g, 0]))])) as Evaluation['confusion'];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let correct = 0;
  for (const item of items) {
    confusion[item.expected][item.got ?? 'none']++;
    if (item.got === item.expected) correct++;
    if (isService(item.got) && isService(item.expected)) tp++;
    else if (isService(item.got)) fp++;
    else if (isService(item.expected)) fn++;
  }
  const perLabel = Object.fromEntries(LABELS.map((l) => {
    const of = items.filter((i) => i.expected === l);
    return [l, wilson(of.filter((i) => i.got === l).length, of.length)];
  })) as Record<Label, Rate>;
  const perLanguage: Evaluation['perLanguage'] = {};
  for (const lang of [...new Set(items.map((i) => i.lang ?? 'und'))].sort()) {
    const of = items.filter((i) => (i.lang ?? 'und') === lang);
    const services = of.filter((i) => isService(i.expected));
    perLanguage[lang] = { exact: wilson(of.filter((i) => i.got === i.expected).length, of.length), serviceRecall: wilson(services.filter((i) => isService(i.got)).length, services.length) };
  }
  const withModel = items.filter((i) => i.model !== undefined && i.model !== null && i.got !== null);
  return {
    total: items.length,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    accuracy: items.length === 0 ? 0 : correct / items.length,
    servicePrecision: wilson(tp, tp + fp),
    serviceRecall: wilson(tp, tp + fn),
    exact: wilson(correct, items.length),
    perLabel,
    perLanguage,
    confusion,
    disagreement: withModel.length ? wilson(withModel.filter((i) => verdictOf(i.model!) !== verdictOf(i.got!)).length, withModel.length) : null,
    modelExact: withModel.length ? wilson(withModel.filter((i) => i.model === i.expected).length, withModel.length) : null,
    needsReview: items.filter((i) => i.needsReview).length,
    mistakes: items.filter((i) => i.got !== i.expected),
  };
}

const fmt = (r: Rate): string => `${r.value.toFixed(3)} [${r.low.toFixed(3)}–${r.high.toFixed(3)}] (${r.hits}/${r.of})`;

function table(head: string[], rows: string[][]): string[] {
  const width = head.map((_, i) => Math.max(...[head, ...rows].map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string => `| ${r.map((c, i) => c.padEnd(width[i] ?? 0)).join(' | ')} |`;
  return [line(head), line(head.map((_, i) => '-'.repeat(width[i] ?? 1))), ...rows.map(line)];
}

/** A report a reader can check: rates with 95% intervals, per label and language, the confusion matrix. */
export function formatEvaluation(e: Evaluation, options: { mistakes?: boolean } = {}): string {
  const labels = [...LABELS, 'none'] as const;
  return [
    `sites: ${e.total}`,
    `services (nudify + deepfake): precision ${fmt(e.servicePrecision)}  recall ${fmt(e.serviceRecall)}`,
    `exact label: ${fmt(e.exact)}`,
    ...(e.modelExact ? [`learned model alone, exact label: ${fmt(e.modelExact)}`] : []),
    ...(e.disagreement ? [`rules vs model disagree (service / directory / unrelated): ${fmt(e.disagreement)}; marked for review: ${e.needsReview}`] : []),
    '',
    ...table(['expected label', 'exact', ...labels.map((l) => `→ ${l}`)], LABELS.map((l) => [l, fmt(e.perLabel[l]), ...labels.map((g) => String(e.confusion[l][g]))])),
    '',
    ...table(['language', 'exact', 'service recall'], Object.entries(e.perLanguage).map(([lang, r]) => [lang, fmt(r.exact), r.serviceRecall.of ? fmt(r.serviceRecall) : '–'])),
    ...(options.mistakes === false ? [] : ['', ...(e.mistakes.length ? ['mistakes:', ...e.mistakes.map((m) => `  ${m.id}: expected ${m.expected}, got ${m.got ?? 'nothing'}${m.group ? ` (${m.group})` : ''}`)] : ['no mistakes'])]),
  ].join('\n');
}
