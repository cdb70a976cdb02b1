import type { Label } from '../classify/index.js';
import type { ReviewItem } from '../catalog/index.js';

/** What the loop reads from the analyst: one key at a time, or a line (a note). */
export interface ReviewInput {
  key(prompt: string): Promise<string>;
  line(prompt: string): Promise<string>;
}

export interface Verdict {
  domain: string;
  verdict: 'confirm' | 'override';
  label?: Label;
  note: string | null;
}

export interface ReviewLoopResult {
  confirmed: number;
  overridden: number;
  skipped: number;
  /** The analyst stopped before the end of the queue. */
  quit: boolean;
}

const LABEL_KEYS: Record<string, Label> = { n: 'nudify', d: 'deepfake', i: 'directory', u: 'unrelated' };

/** One site as the review list shows it; `compact` is one line per site. */
export function reviewLines(s: ReviewItem, compact: boolean): string[] {
  const head = `${s.label.padEnd(9)} ${s.score.toFixed(2)} ${s.domain}${s.needsReview ? '  [needs review]' : ''}`;
  if (compact) return [`${head}${s.needsReview && s.reviewReasons[0] ? `  ${s.reviewReasons[0]}` : ''}`];
  const why = s.needsReview ? s.reviewReasons.map((r) => `    ! ${r}`) : [];
  return [head, ...why, ...s.signals.filter((x) => !x.startsWith('needs review:')).slice(0, 4).map((x) => `    ${x}`)];
}

/**
 * The interactive review: each site with its reasons, then one key: c confirm, o override (a label
 * key, then a note, which an override requires), s skip, q quit. `record` writes each verdict at once.
 */
export async function runReviewLoop(items: ReviewItem[], input: ReviewInput, write: (text: string) => void, record: (v: Verdict) => void): Promise<ReviewLoopResult> {
  const result: ReviewLoopResult = { confirmed: 0, overridden: 0, skipped: 0, quit: false };
  for (const [i, item] of items.entries()) {
    write(`\n[${i + 1}/${items.length}] ${reviewLines(item, false).join('\n')}\n`);
    if (item.urls[0]) write(`    page: ${item.urls[0]}\n`);
    const verdict = await ask(item, input, write);
    if (verdict === 'quit') {
      result.quit = true;
      break;
    }
    if (verdict === 'skip') {
      result.skipped++;
      continue;
    }
    record(verdict);
    if (verdict.verdict === 'confirm') result.confirmed++;
    else result.overridden++;
    write(`    ${verdict.domain}: ${verdict.verdict === 'confirm' ? `confirmed as ${item.label}` : `overridden to ${verdict.label}`}\n`);
  }
  return result;
}

async function ask(item: ReviewItem, input: ReviewInput, write: (text: string) => void): Promise<Verdict | 'skip' | 'quit'> {
  for (;;) {
    const key = (await input.key(`  [c]onfirm ${item.label}, [o]verride, [s]kip, [q]uit: `)).toLowerCase();
    if (key === 'q' || key === '\u0003' || key === '') return 'quit';
    if (key === 's') return 'skip';
    if (key === 'c') return { domain: item.domain, verdict: 'confirm', note: null };
    if (key === 'o') {
      const labelKey = (await input.key('  label: [n]udify, [d]eepfake, d[i]rectory, [u]nrelated, [b]ack: ')).toLowerCase();
      const label = LABEL_KEYS[labelKey];
      if (!label) continue;
      const note = (await input.line('  note (why; required for an override): ')).trim();
      if (!note) {
        write('    an override needs a note; nothing recorded\n');
        continue;
      }
      return { domain: item.domain, verdict: 'override', label, note };
    }
    write(`    "${key}" is not one of c, o, s, q\n`);
  }
}
