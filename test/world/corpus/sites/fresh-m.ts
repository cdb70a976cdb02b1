import type { CorpusSite } from '../site-kit.js';

/** Fresh sites by writer fresh-m, written after the classifier was built, without reading it or the corpus. */
export const sites: CorpusSite[] = [];
