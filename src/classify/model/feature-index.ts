import type { PageParts } from '../page-parts.js';
import { MAX_WORD_FEATURE_LENGTH, modelText, NGRAM_MAX, NGRAM_MIN, STRUCTURE_WEIGHT, structuralFeatures, WORD } from './features.js';

/** Interned features before the index forgets the ones no model knows (bounds memory on a long crawl). */
const MAX_INTERNED = 600_000;

/**
 * The page features of `pageFeatures`, as numbers: the same features, counts and L2-normalised values,
 * computed without building a string per n-gram. Each word's n-grams are worked out once and kept, so
 * a crawl pays for a word the first time it sees it; features the model has weights for get ids below
 * `size`, all others larger ids (they count towards the norm, as in `pageFeatures`).
 */
export class FeatureIndex {
  readonly #ids = new Map<string, number>();
  readonly #words = new Map<string, Int32Array>();
  /** Word pairs: previous word → next word → id (no string is built for a pair seen before). */
  readonly #pairs = new Map<string, Map<string, number>>();
  /** Term counts of the page being read, by id (reset after each page). */
  #tf = new Uint32Array(1 << 16);
  readonly #vocabulary: readonly string[];
  #next: number;

  constructor(vocabulary: readonly string[]) {
    this.#vocabulary = vocabulary;
    this.#next = vocabulary.length;
    vocabulary.forEach((feature, id) => this.#ids.set(feature, id));
  }

  /** How many features have model weights (ids 0 … size-1). */
  get size(): number {
    return this.#vocabulary.length;
  }

  name(id: number): string {
    return this.#vocabulary[id] ?? `#${id}`;
  }

  #id(feature: string): number {
    let id = this.#ids.get(feature);
    if (id === undefined) {
      id = this.#next++;
      this.#ids.set(feature, id);
    }
    return id;
  }

  /** The ids of a word's character n-grams and of the word itself (when it is short enough to be a feature). */
  #word(word: string): Int32Array {
    let ids = this.#words.get(word);
    if (ids) return ids;
    const padded = ` ${word} `;
    const out: number[] = [];
    for (let n = NGRAM_MIN; n <= NGRAM_MAX; n++) for (let i = 0; i + n <= padded.length; i++) out.push(this.#id(`c:${padded.slice(i, i + n)}`));
    if (word.length <= MAX_WORD_FEATURE_LENGTH) out.push(this.#id(`w:${word}`));
    ids = Int32Array.from(out);
    this.#words.set(word, ids);
    return ids;
  }

  #pair(previous: string, word: string): number {
    let next = this.#pairs.get(previous);
    if (!next) this.#pairs.set(previous, (next = new Map<string, number>()));
    let id = next.get(word);
    if (id === undefined) next.set(word, (id = this.#id(`w:${previous} ${word}`)));
    return id;
  }

  /** The page's feature vector as parallel arrays of ids and values, in the order `pageFeatures` gives. */
  vector(parts: PageParts): { ids: number[]; values: number[] } {
    if (this.#ids.size > MAX_INTERNED) this.#forget();
    const text = modelText(parts);
    // Ids in the order they first occur on the page (the order pageFeatures gives), with their counts.
    const seen: number[] = [];
    const count = (id: number): void => {
      if (id >= this.#tf.length) {
        const grown = new Uint32Array(Math.max(id + 1, this.#tf.length * 2));
        grown.set(this.#tf);
        this.#tf = grown;
      }
      const tf = this.#tf;
      if (tf[id] === 0) seen.push(id);
      tf[id] = (tf[id] ?? 0) + 1;
    };
    let previous: string | null = null;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      const word = m[0];
      for (const id of this.#word(word)) count(id);
      const usable = word.length <= MAX_WORD_FEATURE_LENGTH ? word : null;
      if (usable && previous) count(this.#pair(previous, usable));
      previous = usable;
    }
    const ids: number[] = [];
    const values: number[] = [];
    let norm = 0;
    for (const id of seen) {
      const value = 1 + Math.log(this.#tf[id]!);
      this.#tf[id] = 0;
      ids.push(id);
      values.push(value);
      norm += value * value;
    }
    for (const feature of structuralFeatures(parts, text)) {
      ids.push(this.#id(feature));
      values.push(STRUCTURE_WEIGHT);
      norm += STRUCTURE_WEIGHT * STRUCTURE_WEIGHT;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let i = 0; i < values.length; i++) values[i] = values[i]! * scale;
    return { ids, values };
  }

  /** Drops every interned feature the model does not know, and the word cache that points at them. */
  #forget(): void {
    this.#ids.clear();
    this.#words.clear();
    this.#pairs.clear();
    this.#vocabulary.forEach((feature, id) => this.#ids.set(feature, id));
    this.#next = this.#vocabulary.length;
  }
}
