/**
 * The frozen test slice: recorded when it was frozen, which sites it holds and a hash of their
 * content. Neither the rules nor the model are tuned on it; `test/unit/corpus-frozen.test.ts` fails
 * when a site of the slice changes, is removed or is added (write new sites instead).
 */
export const FROZEN = { frozenAt: 'not yet frozen', hosts: [] as string[], sha256: '' };
