export { loadReporter, type Reporter } from './reporter.js';
export { domainFacts, type DomainFacts } from './domain-facts.js';
export { DSA_CATEGORIES } from './dsa-categories.js';
