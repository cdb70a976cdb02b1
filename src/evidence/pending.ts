import { describeError } from '../core/errors.js';
import type { BundleStore } from '../store/index.js';
import { appendCustody } from './custody-io.js';
import type { Signer } from './keys.js';
import { stampSignature } from './stamp.js';

export interface PendingResult {
  bundleId: string;
  stamped: string[];
  failures: { tsaUrl: string; reason: string }[];
}

/** Bundles in the store that have no RFC 3161 token yet. */
export async function pendingBundles(store: BundleStore): Promise<string[]> {
  const out: string[] = [];
  for (const id of await store.list()) {
    if (!(await store.files(id)).some((f) => /^timestamps\/[^/]+\.tsr$/.test(f))) out.push(id);
  }
  return out;
}

/** Asks the TSAs for tokens over each bundle's existing signature and records them in its custody log. */
/** With `signer`, each late "timestamped" event is anchored; without one it is proven by its token alone. */
export async function completeTimestamps(store: BundleStore, ids: string[], tsaUrls: string[], timeoutMs: number, actor: string, signer: Signer | null = null): Promise<PendingResult[]> {
  const results: PendingResult[] = [];
  for (const bundleId of ids) {
    try {
      const p7s = await store.read(bundleId, 'manifest.json.p7s');
      const existing = (await store.files(bundleId)).filter((f) => f.startsWith('timestamps/')).length;
      const outcome = await stampSignature(p7s, tsaUrls, timeoutMs, existing);
      for (const token of outcome.tokens) {
        await store.write(bundleId, token.file, token.der);
        await appendCustody(store, bundleId, {
          event: 'timestamped',
          actor,
          details: { file: token.file, tsa: token.tsaUrl, genTime: token.genTime, serialNumber: token.serialNumber, tokenSha256: token.tokenSha256, late: true },
        }, signer);
      }
      results.push({ bundleId, stamped: outcome.tokens.map((t) => t.file), failures: outcome.failures });
    } catch (error) {
      results.push({ bundleId, stamped: [], failures: [{ tsaUrl: '(bundle)', reason: describeError(error) }] });
    }
  }
  return results;
}
