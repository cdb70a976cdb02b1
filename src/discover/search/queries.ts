import { readFile, readdir } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { projectRoot } from '../../core/version.js';

export const SHIPPED_QUERY_DIR = resolve(projectRoot, 'queries');

/** A query file: one query per line; blank lines and lines starting with # are ignored. */
export function parseQueries(text: string, source: string): string[] {
  const queries = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const tooLong = queries.find((q) => q.length > 400);
  if (tooLong) throw new UsageError(`${source}: the query "${tooLong.slice(0, 40)}…" is longer than 400 characters.`);
  if (queries.some((q) => q.includes('\u0000'))) throw new UsageError(`${source} is not a text file of queries.`);
  return [...new Set(queries)];
}

export async function loadQueryFile(path: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read the query file ${path}.`, { cause: error });
  }
  const queries = parseQueries(text, path);
  if (queries.length === 0) throw new UsageError(`The query file ${path} holds no queries (one per line; # starts a comment).`);
  return queries;
}

/** The shipped lists, by language code (queries/<lang>.txt). */
export async function shippedQueries(languages: string[] | null = null): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const file of (await readdir(SHIPPED_QUERY_DIR)).filter((f) => f.endsWith('.txt')).sort()) {
    const lang = basename(file, '.txt');
    if (languages && !languages.includes(lang)) continue;
    out.set(lang, parseQueries(await readFile(resolve(SHIPPED_QUERY_DIR, file), 'utf8'), file));
  }
  if (languages) {
    const missing = languages.filter((l) => !out.has(l));
    if (missing.length > 0) throw new UsageError(`No shipped query list for ${missing.join(', ')}; available: ${[...(await shippedQueries()).keys()].join(', ')}.`);
  }
  return out;
}
