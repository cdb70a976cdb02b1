import { TSA_CHAIN_FILE } from '../evidence/index.js';
import type { BundleStore } from '../store/index.js';

/**
 * The files of a bundle that travel with a packet: what lets a recipient check every hash the
 * packet cites without receiving any imagery. The manifest, its signature, the timestamp tokens and
 * the timestamp authority's chain, the custody log and its signed head, VERIFY.md and the safe-view
 * screenshot. Never a sealed original, never the archive, the page source or the image inventory.
 */
const TRAVELS = [/^manifest\.json(?:\.p7s)?$/, /^custody(?:\.jsonl|-head\.p7s)$/, /^VERIFY\.md$/, /^timestamps\/[^/]+$/, /^artifacts\/screenshot-safe-view\.png$/, /^artifacts\/provenance\.json$/];

export async function evidencePackFiles(store: BundleStore, bundleId: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const rel of (await store.files(bundleId)).sort()) {
    if (rel.endsWith('.sealed') || (rel !== TSA_CHAIN_FILE && !TRAVELS.some((r) => r.test(rel)))) continue;
    out.set(rel, await store.read(bundleId, rel));
  }
  return out;
}
