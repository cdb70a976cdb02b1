import { Catalog, recordNotice } from '../../src/catalog/index.js';
import { runDiscovery } from '../../src/discover/index.js';
import { lookupDomains } from '../../src/domains/index.js';
import { HOSTS } from '../world/sites.js';
import type { Harness } from './capture-env.js';

export const SERVE_SITES = { nl: HOSTS.nlService, sibling: HOSTS.nlSibling, cdn: HOSTS.cdnService, hostile: 'hostile-title.test' } as const;
/** Site text that tries to become markup (it must show as text). */
export const HOSTILE_TEXT = '<img src=x onerror="document.title=1">';

const daysAgo = (n: number): string => new Date(Date.now() - n * 86_400_000).toISOString();

/**
 * The catalog the workspace tests look at, built from the test world: two crawl runs, a capture
 * with a case, domain lookups, a silent notice to a host and one to a site contact, and a site
 * whose text is hostile.
 */
export async function buildServeCatalog(h: Harness): Promise<{ bundleId: string; noticeId: number }> {
  const { nl, sibling, cdn, hostile } = SERVE_SITES;
  const crawl = (seeds: string[]) => runDiscovery({ kind: 'crawl', options: h.options({ crawlSameDomainDelayMs: 0, maxDepth: 0 }), seeds: seeds.map((d) => `http://${d}/`) });
  await crawl([nl, sibling, cdn]);
  await crawl([nl, sibling]);
  const bundleId = (await h.captureOk(`http://${nl}/`, {}, 'CASE-1')).id;
  await lookupDomains([nl, sibling, cdn], h.options({ rdapBootstrapDir: h.world.rdap.bootstrapDir, dnsServer: h.world.dns.server, whoisServer: h.world.whois.server }));
  const catalog = new Catalog(h.dataDir);
  try {
    const noticeId = recordNotice(catalog, { packetId: null, recipientType: 'host', recipient: 'abuse@voorbeeld-hosting.test', channel: 'email', sentAt: daysAgo(30), packetSha256: null, reference: null, domains: [nl], urls: [`http://${nl}/`] });
    // A site contact silent for 40 days: the host is due next.
    recordNotice(catalog, { packetId: null, recipientType: 'site', recipient: `info@${cdn}`, channel: 'email', sentAt: daysAgo(40), packetSha256: null, reference: null, domains: [cdn], urls: [`http://${cdn}/`] });
    catalog.db
      .prepare("INSERT INTO sites (domain, label, score, signals_json, first_seen, last_seen, needs_review, review_reasons_json) VALUES (?, 'directory', 0.9, ?, ?, ?, 1, ?)")
      .run(hostile, JSON.stringify([HOSTILE_TEXT]), daysAgo(1), daysAgo(1), JSON.stringify([`reason ${HOSTILE_TEXT}`]));
    return { bundleId, noticeId };
  } finally {
    catalog.close();
  }
}
