import { createHash } from 'node:crypto';

export type Split = 'train' | 'dev' | 'test';

/**
 * The split of a site, decided by its host name alone (so adding sites never moves others): 60%
 * train, 20% dev, 20% test. The single-page corpus of earlier rounds was tuned on, so it is all
 * train (its second held-out set dev); the frozen test slice holds only multi-page sites.
 */
export function splitOfHost(host: string): Split {
  const n = createHash('sha256').update(host).digest()[0]! % 10;
  return n < 6 ? 'train' : n < 8 ? 'dev' : 'test';
}
