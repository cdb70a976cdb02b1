import type { Workspace } from './context.js';

/**
 * The newest row of every table the derived views read. Rows are only ever added or replaced
 * (INSERT OR REPLACE takes a new rowid) and every review adds a label history row, so when none of
 * these changed, neither did the figures. Each MAX(rowid) is one index lookup.
 */
const TABLES = ['runs', 'site_runs', 'sites', 'label_history', 'links', 'identifiers', 'domain_lookups', 'notices', 'notice_events', 'captures', 'packets'] as const;
const FINGERPRINT = `SELECT ${TABLES.map((t) => `(SELECT MAX(rowid) FROM ${t}) AS ${t}`).join(', ')}`;

export function catalogFingerprint(ws: Workspace): string {
  return JSON.stringify(Object.values(ws.catalog.stmt(FINGERPRINT).get() as Record<string, number | null>));
}

const caches = new WeakMap<Workspace, Map<string, { key: string; value: unknown; at: number }>>();

/** Entries kept per workspace; the oldest goes first. */
const MAX_ENTRIES = 64;

/**
 * `compute()` once per catalog state: recomputed when any table it reads gained or replaced a row,
 * or after `maxAgeMs` (for figures that age by themselves, such as days a notice stayed silent).
 */
export async function cached<T>(ws: Workspace, name: string, compute: () => T | Promise<T>, maxAgeMs = Number.POSITIVE_INFINITY): Promise<T> {
  const key = catalogFingerprint(ws);
  let perWs = caches.get(ws);
  if (!perWs) {
    perWs = new Map<string, { key: string; value: unknown; at: number }>();
    caches.set(ws, perWs);
  }
  const hit = perWs.get(name);
  if (hit && hit.key === key && Date.now() - hit.at <= maxAgeMs) return hit.value as T;
  const value = await compute();
  perWs.delete(name);
  perWs.set(name, { key, value, at: Date.now() });
  if (perWs.size > MAX_ENTRIES) perWs.delete(perWs.keys().next().value!);
  return value;
}
