import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { projectRoot } from '../../core/version.js';
import type { Lang } from '../legal.js';
import { recipientKind } from './registry.js';

/** Languages every packet text exists in. */
export const TEMPLATE_LANGS: readonly Lang[] = ['nl', 'en'];
/** Keys every recipient kind's template has; a kind's module adds its own (RecipientKind.templateKeys). */
export const COMMON_TEMPLATE_KEYS = ['subject', 'requestedAction'] as const;

export const templatesDir = (): string => resolve(projectRoot, 'templates', 'recipients');
export const templateFile = (kind: string, lang: Lang): string => resolve(templatesDir(), `${kind}.${lang}.json`);

const cache = new Map<string, Record<string, string>>();

/**
 * The packet texts of one kind in one language, read at run time from the repository's template
 * files (a lawyer edits them without a build). A file that is missing, not JSON or short of a key
 * is a clear error naming the file and the key.
 */
export function kindTemplate(kind: string, lang: Lang): Record<string, string> {
  const file = templateFile(kind, lang);
  const hit = cache.get(file);
  if (hit) return hit;
  if (!existsSync(file)) throw new UsageError(`The packet texts for "${kind}" in "${lang}" are missing: create ${file} (see templates/recipients/README.md).`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`${file} is not valid JSON (${(e as Error).message}): fix the file.`);
  }
  const rec = parsed as Record<string, unknown>;
  for (const key of requiredKeys(kind)) {
    if (typeof rec[key] !== 'string' || rec[key] === '') throw new UsageError(`${file} has no text for "${key}": add it.`);
  }
  const out = rec as Record<string, string>;
  cache.set(file, out);
  return out;
}

export function requiredKeys(kind: string): string[] {
  return [...COMMON_TEMPLATE_KEYS, ...(recipientKind(kind)?.templateKeys ?? [])];
}

/** A template text with its {placeholders} filled; a placeholder without a value stays visible, so a test catches it. */
export const fillTemplate = (text: string, values: Record<string, string>): string => text.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

/** Forget the read templates (tests that edit a template file). */
export const clearTemplateCache = (): void => cache.clear();
