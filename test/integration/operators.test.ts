import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Catalog } from '../../src/catalog/index.js';
import { clusterOperators, readSanSet, sharedHostingCertificates } from '../../src/operators/index.js';

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
  // TLS certificates as capture records them (the SAN list, sorted): a shared host's many-name
  // certificate on two unrelated sites, and an operator's own two-name certificate on its two sites
  const shared = ['DNS:alpha-shop.test', 'DNS:bravo-news.test', 'DNS:charlie-photo.test', 'DNS:delta-bank.test', 'DNS:echo-games.test', 'DNS:localhost', 'DNS:db.internal', 'IP Address:10.0.0.1', 'IP Address:127.0.0.1'].sort().join(',');
  ids('alpha-shop.test', [['tls-san-set', shared]]);
  ids('echo-games.test', [['tls-san-set', shared]]);
  const own = ['DNS:own-brand.test', 'DNS:www.own-brand.test', 'DNS:own-brand-mirror.test', 'DNS:localhost', 'IP Address:169.254.169.254'].sort().join(',');
  ids('own-brand.test', [['tls-san-set', own]]);
  ids('own-brand-mirror.test', [['tls-san-set', own]]);
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

it('a certificate naming many unrelated domains is hosting evidence, not an operator link', () => {
  const clusters = clusterOperators(catalog);
  expect(clusters.some((c) => c.domains.some((d) => d.domain === 'alpha-shop.test' || d.domain === 'echo-games.test'))).toBe(false);
  const hosting = sharedHostingCertificates(catalog);
  expect(hosting).toEqual([
    expect.objectContaining({ kind: 'tls-san-set', domains: ['alpha-shop.test', 'echo-games.test'], registrableDomains: 5, names: ['alpha-shop.test', 'bravo-news.test', 'charlie-photo.test', 'delta-bank.test', 'echo-games.test'] }),
  ]);
  expect(hosting[0]!.reason).toMatch(/5 unrelated registrable domains/);
});

it('an operator-sized certificate links its sites, shown by its public names only', () => {
  const clusters = clusterOperators(catalog);
  const own = clusters.find((c) => c.domains.some((d) => d.domain === 'own-brand.test'));
  expect(own?.domains.map((d) => d.domain)).toEqual(['own-brand-mirror.test', 'own-brand.test']);
  expect(own?.evidence).toEqual([{ kind: 'tls-san-set', value: 'own-brand-mirror.test, own-brand.test, www.own-brand.test', domains: ['own-brand-mirror.test', 'own-brand.test'] }]);
  const shown = clusters.flatMap((c) => c.evidence.map((e) => e.value)).join(' ');
  for (const hidden of ['localhost', 'internal', '10.0.0.1', '127.0.0.1', '169.254.169.254', 'IP Address']) expect(shown).not.toContain(hidden);
});

it('reads SAN sets: private names and IP addresses left out, registrable domains counted once', () => {
  const r = readSanSet('DNS:*.voorbeeld.nl,DNS:shop.voorbeeld.nl,DNS:voorbeeld.nl,DNS:router,DNS:nas.local,DNS:gateway.home.arpa,IP Address:0:0:0:0:0:0:0:1,IP Address:192.168.1.1');
  expect(r).toEqual({ names: ['*.voorbeeld.nl', 'shop.voorbeeld.nl', 'voorbeeld.nl'], registrableDomains: ['voorbeeld.nl'], ignored: expect.arrayContaining(['DNS:router', 'DNS:nas.local', 'DNS:gateway.home.arpa', 'IP Address:192.168.1.1']), hostingOnly: false });
  expect(readSanSet('DNS:a.test,DNS:b.test,DNS:c.test').hostingOnly).toBe(false);
  expect(readSanSet('DNS:a.test,DNS:b.test,DNS:c.test,DNS:d.test').hostingOnly).toBe(true);
});
