import type { CorpusSite } from '../site-kit.js';

/** Every multi-page corpus site (one file per writer and shape family). */
export const writtenSites: CorpusSite[] = [];
