import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Catalog, SiteListing } from '../catalog/index.js';
import { latestCapture, siteListing } from '../catalog/index.js';
import { classifyHtml, type PageEvidence } from '../classify/index.js';
import { sha256Hex } from '../core/hash.js';
import { describeError, UsageError } from '../core/errors.js';
import type { DomainReport } from '../domains/index.js';
import type { BundleStore } from '../store/index.js';

/** Where a domain's label comes from: the crawl's classifier, an analyst, or (never crawled) its capture. */
export type FactsSite = Omit<SiteListing, 'labelSource'> & { labelSource: SiteListing['labelSource'] | 'capture' };

/** Everything a referral packet says about one domain, each part with where and when it was established. */
export interface DomainFacts {
  domain: string;
  site: FactsSite;
  /** For a domain known only from a capture: the classifier's evidence on the captured page. */
  captureEvidence: PageEvidence | null;
  capture: { bundleId: string; url: string; at: string; status: string; location: string; manifestSha256: string | null };
  lookup: Omit<DomainReport, 'evidence'>;
}

/**
 * Gathers the facts for a referral from the catalog. What is missing is one clear sentence with the
 * command that provides it: a packet is never built on invented or absent evidence.
 */
export async function domainFacts(catalog: Catalog, domain: string, store: BundleStore | null = null): Promise<DomainFacts> {
  const d = domain.trim().toLowerCase().replace(/\.$/, '');
  const crawled = siteListing(catalog, d);
  const capture = latestCapture(catalog, d);
  if (!crawled && !capture) throw new UsageError(`${d} is not in the catalog: find it first with "dijkwacht crawl --seed https://${d}/" (or discover).`);
  if (!capture) throw new UsageError(`${d} has no evidence capture yet: run "dijkwacht capture ${crawled!.urls[0] ?? `https://${d}/`}".`);
  let site: FactsSite;
  let captureEvidence: PageEvidence | null = null;
  if (crawled) site = crawled;
  else {
    // Captured but never crawled: it is known, labelled from the captured page and marked as such.
    const c = await labelFromCapture(store, capture.bundleId, capture.url, capture.at);
    site = c.site;
    captureEvidence = c.evidence;
  }
  const row = catalog.db.prepare('SELECT report_json FROM domain_lookups WHERE domain = ? OR domain = ? ORDER BY id DESC LIMIT 1').get(d, `www.${d}`) as { report_json: string } | undefined;
  if (!row) throw new UsageError(`${d} has no registry/registrar/host lookup yet: run "dijkwacht domains ${d}".`);
  const lookup = JSON.parse(row.report_json) as Omit<DomainReport, 'evidence'>;
  if (lookup.source === null) throw new UsageError(`The lookups of ${d} failed (${lookup.failures.join('; ') || 'no answer'}): run "dijkwacht domains ${d} --fresh" when the registry answers.`);
  let manifestSha256: string | null = null;
  if (!capture.location.startsWith('s3://')) {
    manifestSha256 = await readFile(join(capture.location, 'manifest.json')).then(sha256Hex, () => null);
  }
  return { domain: d, site, captureEvidence, capture: { bundleId: capture.bundleId, url: capture.url, at: capture.at, status: capture.status, location: capture.location, manifestSha256 }, lookup };
}

/** Classifies the page a bundle captured (its DOM snapshot): the label of a domain that was never crawled. */
async function labelFromCapture(store: BundleStore | null, bundleId: string, url: string, at: string): Promise<{ site: FactsSite; evidence: PageEvidence }> {
  if (!store) throw new UsageError(`${url} was captured but never crawled: crawl it ("dijkwacht crawl --seed ${url}") to label it.`);
  let dom: string;
  try {
    dom = (await store.read(bundleId, 'artifacts/dom.html')).toString('utf8');
  } catch (error) {
    throw new UsageError(`${url} was captured but never crawled, and its bundle's page could not be read (${describeError(error)}): crawl it ("dijkwacht crawl --seed ${url}").`, { cause: error });
  }
  const c = classifyHtml(url, dom);
  const domain = new URL(url).hostname;
  return {
    site: { domain, label: c.label, score: c.score, signals: c.signals, urls: [url], firstSeen: at, lastSeen: at, labelSource: 'capture', reviewStatus: 'pending', discoveredBy: [] },
    evidence: c.evidence,
  };
}
