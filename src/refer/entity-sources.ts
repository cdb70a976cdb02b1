import type { EntityRepository } from '../catalog/repositories/entity-pages.js';
import { listingOf } from '../core/app-listing.js';
import { readSanSet } from '../operators/certificate.js';
import type { BundleStore } from '../store/index.js';
import type { EntityClaim } from './entity.js';

/** The developer a store listing page names: the text of its link to the developer's page. Null when it names none; never guessed. */
export function developerOnListing(html: string): string | null {
  const m = /<a\b[^>]*href="[^"]*(?:\/store\/apps\/dev(?:eloper)?\?id=|\/developer\/[^"/]+\/id\d+)[^"]*"[^>]*>([^<]{1,200})<\/a>/i.exec(html);
  const name = m ? m[1]!.replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ').trim() : '';
  return name.length > 0 ? name : null;
}

/** The organisation (O=) in a certificate subject as Node prints it ("CN=x, O=Voorbeeld B.V."), or null. */
export function organisationOf(subject: string): string | null {
  const m = /(?:^|,\s*)O=((?:[^,\\]|\\.)+)/.exec(subject);
  return m ? m[1]!.replace(/\\(.)/g, '$1').trim() || null : null;
}

async function text(store: BundleStore, bundleId: string, path: string): Promise<string | null> {
  try {
    return (await store.read(bundleId, path)).toString('utf8');
  } catch {
    return null;
  }
}

/**
 * What the TLS certificate of the site's newest capture names as its subject organisation. Only an
 * operator-sized certificate counts (a certificate naming many unrelated domains belongs to a host
 * or CDN, not to the service), and only a name the certificate itself states.
 */
async function tlsClaim(repo: EntityRepository, store: BundleStore, domain: string): Promise<EntityClaim | null> {
  const capture = await repo.latestCapture(domain);
  if (!capture) return null;
  const summary = await text(store, capture.bundleId, 'artifacts/tls/summary.json');
  if (!summary) return null;
  let leaf: { subject?: unknown; subjectAltNames?: unknown } | undefined;
  try {
    leaf = (JSON.parse(summary) as { chain?: { subject?: unknown; subjectAltNames?: unknown }[] }).chain?.[0];
  } catch {
    return null;
  }
  if (!leaf || typeof leaf.subject !== 'string' || !Array.isArray(leaf.subjectAltNames)) return null;
  if (readSanSet(leaf.subjectAltNames.filter((x): x is string => typeof x === 'string').join(',')).hostingOnly) return null;
  const name = organisationOf(leaf.subject);
  return name ? { name, source: 'tls-certificate', url: capture.url, confidence: 'medium' } : null;
}

/** The developers named on captured store listings of the apps the site links: what the store shows, not necessarily the legal entity. */
async function appStoreClaims(repo: EntityRepository, store: BundleStore, domain: string): Promise<EntityClaim[]> {
  const out: EntityClaim[] = [];
  for (const app of await repo.linkedApps(domain)) {
    const listing = (await repo.capturesWithUrlContaining(app.value)).find((c) => listingOf(c.url)?.appId === app.value);
    if (!listing) continue;
    const html = await text(store, listing.bundleId, 'artifacts/dom.html');
    const name = html ? developerOnListing(html) : null;
    if (name) out.push({ name, source: 'app-store', url: listing.url, confidence: 'low' });
  }
  return out;
}

/** The claims beyond the site's own pages: its certificate's subject and the developer its apps' store listings name. */
export async function sourceClaims(repo: EntityRepository, store: BundleStore, domain: string): Promise<EntityClaim[]> {
  const tls = await tlsClaim(repo, store, domain);
  return [...(tls ? [tls] : []), ...(await appStoreClaims(repo, store, domain))];
}
