import { listCaptures, type CaptureRow } from '../catalog/captures.js';
import type { Catalog } from '../catalog/index.js';
import { sha256Hex } from '../core/hash.js';
import { CUSTODY_FILE, type CaptureStatus, type CustodyEvent, type Manifest } from '../evidence/index.js';
import type { BundleStore } from '../store/index.js';

/** One export of a bundle, as its custody log records it. */
export interface ExportRecord {
  exportId: string;
  caseId: string;
  at: string;
}

/** A bundle as `dijkwacht bundles` lists it. */
export interface BundleListing {
  bundleId: string;
  url: string;
  domain: string;
  capturedAt: string;
  status: string;
  caseId: string | null;
  /** SHA-256 of manifest.json in the store; null when the bundle is no longer in the store. */
  manifestSha256: string | null;
  exports: ExportRecord[];
}

/** A case as `dijkwacht cases` lists it. */
export interface CaseListing {
  caseId: string;
  bundles: number;
  firstCapture: string;
  lastCapture: string;
  domains: string[];
  statuses: Record<CaptureStatus, number>;
  /** Bundles the catalog knows that the store no longer holds. */
  missing: number;
  exported: boolean;
  lastExport: { exportId: string; at: string } | null;
}

function exportsIn(custody: string): ExportRecord[] {
  const out: ExportRecord[] = [];
  for (const line of custody.split('\n')) {
    if (!line.trim()) continue;
    try {
      const e = JSON.parse(line) as Partial<CustodyEvent>;
      const { caseId, exportId } = (e.details ?? {}) as { caseId?: unknown; exportId?: unknown };
      if (e.event === 'exported' && typeof caseId === 'string' && typeof exportId === 'string' && typeof e.time === 'string') out.push({ exportId, caseId, at: e.time });
    } catch {
      // A damaged line is verify's business; a listing shows what it can read.
    }
  }
  return out;
}

async function describe(store: BundleStore, c: CaptureRow): Promise<BundleListing> {
  const base = { bundleId: c.bundleId, url: c.url, domain: c.domain, capturedAt: c.at, status: c.status, caseId: c.caseId ?? null };
  if (!(await store.has(c.bundleId))) return { ...base, manifestSha256: null, exports: [] };
  const manifest = await store.read(c.bundleId, 'manifest.json');
  // The manifest is the record: its capture time and status, where the catalog's copy could lag behind.
  const recorded = JSON.parse(manifest.toString('utf8')) as Partial<Manifest>;
  const custody = await store.read(c.bundleId, CUSTODY_FILE).then(
    (b) => b.toString('utf8'),
    () => '',
  );
  return { ...base, capturedAt: recorded.capture?.endedAt ?? c.at, status: recorded.capture?.status ?? c.status, manifestSha256: sha256Hex(manifest), exports: exportsIn(custody) };
}

/** Every bundle the catalog knows, or those of one case, oldest first (the order of the exhibits). */
export async function listBundles(catalog: Catalog, store: BundleStore, filter: { caseId?: string | null } = {}): Promise<BundleListing[]> {
  const out: BundleListing[] = [];
  for (const c of listCaptures(catalog, filter)) out.push(await describe(store, c));
  return out;
}

const byCaseId = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Every case (bundles captured with `--case`), ordered by case id (CASE-2 before CASE-10). */
export async function listCases(catalog: Catalog, store: BundleStore): Promise<CaseListing[]> {
  const byCase = new Map<string, BundleListing[]>();
  for (const b of await listBundles(catalog, store)) {
    if (!b.caseId) continue;
    byCase.set(b.caseId, [...(byCase.get(b.caseId) ?? []), b]);
  }
  return [...byCase.entries()]
    .sort(([a], [b]) => byCaseId.compare(a, b))
    .map(([caseId, bundles]) => {
      const statuses: Record<CaptureStatus, number> = { COMPLETE: 0, PARTIAL: 0, FAILED: 0 };
      for (const b of bundles) if (b.status in statuses) statuses[b.status as CaptureStatus] += 1;
      const exports = bundles.flatMap((b) => b.exports).filter((e) => e.caseId === caseId);
      const last = exports.sort((a, b) => a.at.localeCompare(b.at)).at(-1) ?? null;
      return {
        caseId,
        bundles: bundles.length,
        firstCapture: bundles[0]!.capturedAt,
        lastCapture: bundles.at(-1)!.capturedAt,
        domains: [...new Set(bundles.map((b) => b.domain))].sort(),
        statuses,
        missing: bundles.filter((b) => b.manifestSha256 === null).length,
        exported: last !== null,
        lastExport: last ? { exportId: last.exportId, at: last.at } : null,
      };
    });
}
