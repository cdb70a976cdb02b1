// Kept while the model folder moves to labels.ts: the labels live in labels.ts now.
export { LABELS, type Label } from './labels.js';
