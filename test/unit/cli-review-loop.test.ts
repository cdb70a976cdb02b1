import { describe, expect, it } from 'vitest';
import type { ReviewItem } from '../../src/catalog/index.js';
import { runReviewLoop, type ReviewInput, type Verdict } from '../../src/cli/review-loop.js';

const item = (domain: string, label: ReviewItem['label']): ReviewItem => ({
  domain,
  label,
  score: 0.8,
  signals: [`${label} (score 0.8)`, 'offers to edit photos'],
  urls: [`http://${domain}/`],
  firstSeen: '2026-03-01T00:00:00.000Z',
  lastSeen: '2026-03-01T00:00:00.000Z',
  labelSource: 'classifier',
  reviewStatus: 'pending',
  discoveredBy: [],
  needsReview: true,
  reviewReasons: ['the rules and the model disagree'],
});

/** Answers the loop's prompts from a script: keys and lines in the order asked. */
function scripted(answers: string[]): ReviewInput {
  const next = async (): Promise<string> => answers.shift() ?? 'q';
  return { key: next, line: next };
}

describe('the interactive review loop', () => {
  it('confirms, overrides with a note, skips and quits, one key each', async () => {
    const recorded: Verdict[] = [];
    let shown = '';
    const items = [item('one.test', 'nudify'), item('two.test', 'deepfake'), item('three.test', 'directory'), item('four.test', 'nudify')];
    const result = await runReviewLoop(items, scripted(['c', 'o', 'u', 'a photo editor, no undressing', 's', 'q']), (t) => (shown += t), (v) => recorded.push(v));
    expect(recorded).toEqual([
      { domain: 'one.test', verdict: 'confirm', note: null },
      { domain: 'two.test', verdict: 'override', label: 'unrelated', note: 'a photo editor, no undressing' },
    ]);
    expect(result).toEqual({ confirmed: 1, overridden: 1, skipped: 1, quit: true });
    expect(shown).toContain('[1/4]');
    expect(shown).toContain('the rules and the model disagree');
  });

  it('records no override without a note, and asks again', async () => {
    const recorded: Verdict[] = [];
    let shown = '';
    const result = await runReviewLoop([item('one.test', 'nudify')], scripted(['o', 'u', '   ', 'x', 'c']), (t) => (shown += t), (v) => recorded.push(v));
    expect(shown).toContain('an override needs a note; nothing recorded');
    expect(shown).toContain('"x" is not one of c, o, s, q');
    expect(recorded).toEqual([{ domain: 'one.test', verdict: 'confirm', note: null }]);
    expect(result.quit).toBe(false);
  });
});
