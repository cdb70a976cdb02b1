import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Catalog, SiteListing } from '../catalog/index.js';
import { latestCapture, siteListing } from '../catalog/index.js';
import { sha256Hex } from '../core/hash.js';
import { UsageError } from '../core/errors.js';
import type { DomainReport } from '../domains/index.js';

/** Everything a referral packet says about one domain, each part with where and when it was established. */
export interface DomainFacts {
  domain: string;
  site: SiteListing;
  capture: { bundleId: string; url: string; at: string; status: string; location: string; manifestSha256: string | null };
  lookup: Omit<DomainReport, 'evidence'>;
}

/**
 * Gathers the facts for a referral from the catalog. What is missing is one clear sentence with the
 * command that provides it: a packet is never built on invented or absent evidence.
 */
export async function domainFacts(catalog: Catalog, domain: string): Promise<DomainFacts> {
  const d = domain.trim().toLowerCase().replace(/\.$/, '');
  const site = siteListing(catalog, d);
  if (!site) throw new UsageError(`${d} is not in the catalog: find it first with "dijkwacht crawl --seed https://${d}/" (or discover).`);
  const capture = latestCapture(catalog, d);
  if (!capture) throw new UsageError(`${d} has no evidence capture yet: run "dijkwacht capture ${site.urls[0] ?? `https://${d}/`}".`);
  const row = catalog.db.prepare('SELECT report_json FROM domain_lookups WHERE domain = ? OR domain = ? ORDER BY id DESC LIMIT 1').get(d, `www.${d}`) as { report_json: string } | undefined;
  if (!row) throw new UsageError(`${d} has no registry/registrar/host lookup yet: run "dijkwacht domains ${d}".`);
  const lookup = JSON.parse(row.report_json) as Omit<DomainReport, 'evidence'>;
  if (lookup.source === null) throw new UsageError(`The lookups of ${d} failed (${lookup.failures.join('; ') || 'no answer'}): run "dijkwacht domains ${d} --fresh" when the registry answers.`);
  let manifestSha256: string | null = null;
  if (!capture.location.startsWith('s3://')) {
    manifestSha256 = await readFile(join(capture.location, 'manifest.json')).then(sha256Hex, () => null);
  }
  return { domain: d, site, capture: { bundleId: capture.bundleId, url: capture.url, at: capture.at, status: capture.status, location: capture.location, manifestSha256 }, lookup };
}
