import { PHRASES_A } from '../classify/lexicon-languages-a.js';
import { PHRASES_B } from '../classify/lexicon-languages-b.js';
import { OFFER_PHRASES } from '../classify/lexicon-offer.js';
import { PHRASES, type Phrase } from '../classify/lexicon.js';
import { html, type SafeHtml } from './html.js';

let byReason: Map<string, RegExp[]> | null = null;

/** The lexicon's patterns per reason, made global and case-blind for finding the match again in a snippet. */
function patternsFor(reason: string): RegExp[] {
  if (!byReason) {
    byReason = new Map();
    for (const p of [...PHRASES, ...OFFER_PHRASES, ...PHRASES_A, ...PHRASES_B] as Phrase[]) {
      const list = byReason.get(p.reason) ?? [];
      list.push(new RegExp(p.pattern.source, `${p.pattern.flags.replace(/[gi]/g, '')}gi`));
      byReason.set(p.reason, list);
    }
  }
  return byReason.get(reason) ?? [];
}

/**
 * A snippet with the words its reason matched marked. The snippet is hostile site text: every part
 * is escaped; only the <mark> elements are ours. Falls back to a word quoted in the reason
 * (`domain name contains "x"`), else no mark.
 */
export function highlighted(snippet: string, reason: string): SafeHtml {
  const spans: [number, number][] = [];
  for (const re of patternsFor(reason)) {
    re.lastIndex = 0;
    for (let m = re.exec(snippet); m && spans.length < 8; m = re.exec(snippet)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      spans.push([m.index, m.index + m[0].length]);
    }
  }
  const quoted = /"([^"]{2,60})"/.exec(reason)?.[1];
  if (spans.length === 0 && quoted) {
    const at = snippet.toLowerCase().indexOf(quoted.toLowerCase());
    if (at >= 0) spans.push([at, at + quoted.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const parts: (string | SafeHtml)[] = [];
  let pos = 0;
  for (const [start, end] of spans) {
    if (start < pos) continue;
    parts.push(snippet.slice(pos, start), html`<mark>${snippet.slice(start, end)}</mark>`);
    pos = end;
  }
  parts.push(snippet.slice(pos));
  return html`${parts}`;
}
