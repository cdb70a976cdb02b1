import type { Category, Phrase } from './lexicon.js';

/** One category's phrases as a single regular expression; a match names the phrase it came from. */
export interface CompiledCategory {
  category: Category;
  global: RegExp;
  /** Per phrase, in order: the index of its capturing group in `global`, and its reason. */
  phrases: { group: number; reason: string }[];
}

const B = '(?<![\\p{L}\\p{N}])(?:';
const E = ')(?![\\p{L}\\p{N}])';
/**
 * The same boundary, checked against ASCII letters and digits first: inside a Latin word that cheap test
 * fails at once and the Unicode classes are never consulted (a sixth of the scan time, same matches).
 */
const FAST_B = '(?<![a-z0-9])(?<![\\p{L}\\p{N}])(?:';

/**
 * Capturing groups a pattern source declares, read from its text: "(" outside a class and unescaped,
 * not "(?:", "(?=", "(?!", "(?<=", "(?<!" (a named "(?<x>" captures). Compiling each phrase to count them
 * cost more at start-up than the whole lexicon's scan of a page.
 */
export function groupsIn(source: string): number {
  let groups = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!'))) groups++;
  }
  return groups;
}

/**
 * Compiles phrases into one expression per category: one scan of the page per category instead of
 * one per phrase and language (the lexicon has hundreds). Phrases written with word boundaries share
 * one boundary check. Each phrase sits in its own capturing group, so a match still gives its reason.
 */
export function compilePhrases(phrases: readonly Phrase[]): CompiledCategory[] {
  const byCategory = new Map<Category, Phrase[]>();
  for (const p of phrases) {
    const list = byCategory.get(p.category);
    if (list) list.push(p);
    else byCategory.set(p.category, [p]);
  }
  const out: CompiledCategory[] = [];
  for (const [category, list] of byCategory) {
    const worded = list.filter((p) => p.pattern.source.startsWith(B) && p.pattern.source.endsWith(E));
    const bare = list.filter((p) => !worded.includes(p));
    const parts: string[] = [];
    const entries: { group: number; reason: string }[] = [];
    let group = 1;
    const take = (p: Phrase, source: string): string => {
      entries.push({ group, reason: p.reason });
      // The phrase's own groups are numbered after its wrapper now: so are its backreferences.
      const renumbered = source.replace(/(?<!\\)\\(\d+)/g, (_, n: string) => `\\${group + Number(n)}`);
      group += 1 + groupsIn(source);
      return `(${renumbered})`;
    };
    if (worded.length > 0) parts.push(`${FAST_B}${worded.map((p) => take(p, p.pattern.source.slice(B.length, -E.length))).join('|')}${E}`);
    for (const p of bare) parts.push(take(p, p.pattern.source));
    out.push({ category, global: new RegExp(parts.join('|'), 'gu'), phrases: entries });
  }
  return out;
}

/** The reason of the phrase a match of a compiled category came from. */
export function reasonOf(compiled: CompiledCategory, match: RegExpMatchArray): string {
  for (const p of compiled.phrases) if (match[p.group] !== undefined) return p.reason;
  return compiled.phrases[0]?.reason ?? compiled.category;
}
