export const LABELS = ['nudify', 'deepfake', 'directory', 'unrelated'] as const;
export type Label = (typeof LABELS)[number];

/** Services (nudify, deepfake), directories, and the rest: the classes a disagreement is judged on. */
export type Verdict = 'service' | 'directory' | 'unrelated';
export const verdictOf = (label: Label): Verdict => (label === 'nudify' || label === 'deepfake' ? 'service' : label);
