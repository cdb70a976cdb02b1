import { LABELS, type Label } from './labels.js';

export interface Judged {
  id: string;
  expected: Label;
  got: Label | null;
  group?: string;
}

export interface Evaluation {
  total: number;
  /** Services (nudify + deepfake) as the positive class. */
  precision: number;
  recall: number;
  accuracy: number;
  confusion: Record<Label, Record<Label | 'none', number>>;
  mistakes: Judged[];
}

const isService = (l: Label | null): boolean => l === 'nudify' || l === 'deepfake';

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
  return {
    total: items.length,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    accuracy: items.length === 0 ? 0 : correct / items.length,
    confusion,
    mistakes: items.filter((i) => i.got !== i.expected),
  };
}

export function formatEvaluation(e: Evaluation): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const head = ['expected \\ got', ...LABELS, 'none'];
  const rows = LABELS.map((l) => [l, ...[...LABELS, 'none'].map((g) => String(e.confusion[l][g as Label | 'none']))]);
  const width = head.map((_, i) => Math.max(...[head, ...rows].map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string => `| ${r.map((c, i) => c.padEnd(width[i] ?? 0)).join(' | ')} |`;
  return [
    `pages: ${e.total}`,
    `services (nudify + deepfake): precision ${e.precision.toFixed(3)}  recall ${e.recall.toFixed(3)}`,
    `exact label accuracy: ${pct(e.accuracy)}`,
    '',
    line(head),
    line(head.map((_, i) => '-'.repeat(width[i] ?? 1))),
    ...rows.map(line),
    '',
    ...(e.mistakes.length ? ['mistakes:', ...e.mistakes.map((m) => `  ${m.id}: expected ${m.expected}, got ${m.got ?? 'nothing'}${m.group ? ` (${m.group})` : ''}`)] : ['no mistakes']),
  ].join('\n');
}
