export { runDiscovery, type DiscoveryInput, type DiscoveryResult } from './discover.js';
export { classifyUrl, type UrlClassification } from './classify-url.js';
export { crawl, BLOCKED_RESOURCE_TYPES, type CrawlProgress, type CrawlStats, type Seed } from './crawl.js';
export { findIdentifiers, type Identifier } from '../classify/index.js';
export { ENGINES, createProviders, loadQueryFile, shippedQueries, runSearch } from './search/index.js';
export { loadSeedFile, parseSeedFile, type SeedFile, type SkippedSeedLine } from './seed-file.js';
