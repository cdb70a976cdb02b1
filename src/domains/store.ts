import { isFresh, readLatestLookup, writeLookup, type LookupChange, type StoredLookup } from '../catalog/repositories/lookups.js';
import type { Catalog } from '../catalog/index.js';
import type { DomainReport } from './lookup.js';

/** A tracked fact that differs from the domain's previous lookup (registry, registrar, hosting, CDN …). */
export type Change = LookupChange;

/** The newest stored lookup of a domain, if younger than `ttlMs`. */
export function cachedLookup(catalog: Catalog, domain: string, ttlMs: number): StoredLookup | null {
  const latest = readLatestLookup(catalog, domain);
  return latest && isFresh(latest, ttlMs) ? latest.report : null;
}

/** Stores a lookup with its raw answers; returns what changed since the previous lookup. */
export function storeLookup(catalog: Catalog, report: DomainReport): Change[] {
  return writeLookup(catalog, report);
}
