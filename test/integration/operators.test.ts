import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Catalog } from '../../src/catalog/index.js';
import { clusterOperators } from '../../src/operators/index.js';

let dir: string;
let catalog: Catalog;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dw-ops-'));
  catalog = new Catalog(dir);
  const run = catalog.startRun('crawl', 'ops', {});
  const ids = (domain: string, list: [string, string][]) => catalog.recordIdentifiers(run.id, domain, `http://${domain}/`, list.map(([kind, value]) => ({ kind, value })));
  // one operator: three storefronts share a Stripe key or a Telegram bot
  ids('store-a.test', [['stripe-publishable-key', 'pk_live_SHARED1'], ['google-tag-manager', 'GTM-AAAA']]);
  ids('store-b.test', [['stripe-publishable-key', 'pk_live_SHARED1'], ['telegram', 'shared_bot']]);
  ids('store-c.test', [['telegram', 'shared_bot']]);
  // a move: old domain redirects to a new one
  catalog.recordLinks(run.id, 'http://old-name.test/', 'old-name.test', [{ url: 'https://new-name.test/', domain: 'new-name.test' }], 'redirect');
  // weak evidence only: a favicon URL, and an identifier on very many domains
  ids('lonely-1.test', [['favicon-url', 'https://cdn.example/favicon.ico']]);
  ids('lonely-2.test', [['favicon-url', 'https://cdn.example/favicon.ico']]);
  for (let i = 0; i < 30; i++) ids(`crowd-${i}.test`, [['google-tag-manager', 'GTM-PLATFORM']]);
  // two sites behind the same Cloudflare edge IP are not one operator; same own IP + same NS are
  const lookup = (domain: string, ips: string[], nameservers: string[]) =>
    catalog.db.prepare('INSERT INTO domain_lookups (domain, at, report_json) VALUES (?, ?, ?)').run(domain, new Date().toISOString(), JSON.stringify({ registrableDomain: domain, ips, nameservers }));
  lookup('cdn-1.test', ['104.16.1.1'], ['ada.ns.cloudflare.com']);
  lookup('cdn-2.test', ['104.16.1.1'], ['ada.ns.cloudflare.com']);
  lookup('vps-1.test', ['192.0.2.77'], ['ns1.tiny-host.test', 'ns2.tiny-host.test']);
  lookup('vps-2.test', ['192.0.2.77'], ['ns2.tiny-host.test', 'ns1.tiny-host.test']);
});
afterAll(async () => {
  catalog.close();
  await rm(dir, { recursive: true, force: true });
});

it('groups storefronts that share strong identifiers, and says which', () => {
  const clusters = clusterOperators(catalog);
  const stores = clusters.find((c) => c.domains.some((d) => d.domain === 'store-a.test'));
  expect(stores?.domains.map((d) => d.domain)).toEqual(['store-a.test', 'store-b.test', 'store-c.test']);
  expect(stores?.evidence).toEqual(
    expect.arrayContaining([
      { kind: 'stripe-publishable-key', value: 'pk_live_SHARED1', domains: ['store-a.test', 'store-b.test'] },
      { kind: 'telegram', value: 'shared_bot', domains: ['store-b.test', 'store-c.test'] },
    ]),
  );
});

it('links domain hops and same-host pairs, but never merges on weak evidence', () => {
  const clusters = clusterOperators(catalog);
  const ids = clusters.map((c) => c.domains.map((d) => d.domain).join(' '));
  expect(ids).toContain('new-name.test old-name.test');
  expect(ids).toContain('vps-1.test vps-2.test');
  expect(ids.some((i) => i.includes('cdn-1.test'))).toBe(false);
  expect(ids.some((i) => i.includes('lonely-1.test'))).toBe(false);
  expect(ids.some((i) => i.includes('crowd-0.test'))).toBe(false);
});
