export { classifyHtml, classifyParts, describeSignal, type PageClassification } from './classify.js';
export { LABELS, type Label, type Decision } from './decide.js';
export { pageParts, registrableDomain, type PageParts } from './page-parts.js';
export { normalizeText } from './normalize.js';
export { rollUpSite, type SiteVerdict } from './site.js';
export { evaluate, formatEvaluation, type Evaluation, type Judged } from './evaluate.js';
export { findIdentifiers, type Identifier } from './identifiers.js';
