import { expect, it } from 'vitest';
import { PHRASES } from '../../src/classify/lexicon.js';
import { OFFER_PHRASES } from '../../src/classify/lexicon-offer.js';
import { PHRASES_A } from '../../src/classify/lexicon-languages-a.js';
import { PHRASES_B } from '../../src/classify/lexicon-languages-b.js';
import { compilePhrases, groupsIn, reasonOf } from '../../src/classify/phrase-set.js';

const compiledCount = (source: string): number => (new RegExp(`${source}|`, 'u').exec('')?.length ?? 1) - 1;

it('counts capturing groups from the source exactly as the regex engine does', () => {
  for (const source of ['a(b)c', '(?:a)(b)', '(?<name>x)(?<=y)(?<!z)(?=w)(?!v)', '[(]\\(x\\)(y)', '[\\]()](z)', '((a)(b))']) expect(groupsIn(source), source).toBe(compiledCount(source));
  for (const p of [...PHRASES, ...OFFER_PHRASES, ...PHRASES_A, ...PHRASES_B]) expect(groupsIn(p.pattern.source), p.reason).toBe(compiledCount(p.pattern.source));
});

it('names the phrase a match came from, also behind phrases with groups and backreferences of their own', () => {
  const [compiled] = compilePhrases([
    { category: 'nudify-claim', reason: 'first', pattern: /(?<![\p{L}\p{N}])(?:(a)(b)\2)(?![\p{L}\p{N}])/u },
    { category: 'nudify-claim', reason: 'second', pattern: /(?<![\p{L}\p{N}])(?:(x)\1y)(?![\p{L}\p{N}])/u },
  ]);
  const m = compiled!.global.exec('zz xxy');
  expect(m?.[0]).toBe('xxy');
  expect(reasonOf(compiled!, m!)).toBe('second');
});
