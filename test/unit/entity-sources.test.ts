import { describe, expect, it } from 'vitest';
import type { EntityRepository } from '../../src/catalog/repositories/entity-pages.js';
import { entityClaims } from '../../src/refer/entity.js';
import { developerOnListing, organisationOf } from '../../src/refer/entity-sources.js';
import type { BundleStore } from '../../src/store/index.js';

/** A catalog with one site, its newest capture and the files of its bundles. */
function world(files: Record<string, string>, apps: { kind: string; value: string }[] = [], listings: { bundleId: string; url: string }[] = []): { repo: EntityRepository; store: BundleStore } {
  const repo: EntityRepository = {
    pages: () => Promise.resolve([]),
    siteLanguage: () => Promise.resolve(null),
    linkedApps: () => Promise.resolve(apps),
    capturesWithUrlContaining: (t) => Promise.resolve(listings.filter((l) => l.url.includes(t))),
    latestCapture: () => Promise.resolve({ bundleId: 'B1', url: 'https://dienst-voorbeeld.test/' }),
  };
  const store = {
    read: (bundleId: string, path: string) => {
      const f = files[`${bundleId}/${path}`];
      return f === undefined ? Promise.reject(new Error('ENOENT')) : Promise.resolve(Buffer.from(f));
    },
  } as unknown as BundleStore;
  return { repo, store };
}

const tls = (subject: string, sans: string[]): string => JSON.stringify({ chain: [{ subject, subjectAltNames: sans }] });

describe('entity claims beyond the site\'s own pages', () => {
  it('an operator-sized certificate names its organisation; a certificate for many unrelated domains names the host, so none', async () => {
    const own = world({ 'B1/artifacts/tls/summary.json': tls('CN=dienst-voorbeeld.test, O=Voorbeeld Dienst B.V., C=NL', ['DNS:dienst-voorbeeld.test', 'DNS:www.dienst-voorbeeld.test']) });
    expect((await entityClaims(own.repo, 'dienst-voorbeeld.test', own.store)).claims).toEqual([{ name: 'Voorbeeld Dienst B.V.', source: 'tls-certificate', url: 'https://dienst-voorbeeld.test/', confidence: 'medium' }]);
    const shared = world({ 'B1/artifacts/tls/summary.json': tls('CN=shared, O=Voorbeeld Hosting B.V.', ['DNS:a-voorbeeld.test', 'DNS:b-voorbeeld.test', 'DNS:c-voorbeeld.test', 'DNS:d-voorbeeld.test', 'DNS:dienst-voorbeeld.test']) });
    expect((await entityClaims(shared.repo, 'dienst-voorbeeld.test', shared.store)).claims).toEqual([]);
    const dv = world({ 'B1/artifacts/tls/summary.json': tls('CN=dienst-voorbeeld.test', ['DNS:dienst-voorbeeld.test']) });
    expect((await entityClaims(dv.repo, 'dienst-voorbeeld.test', dv.store)).claims).toEqual([]);
  });

  it('the developer a captured store listing of a linked app shows, at low confidence; without a captured listing, nothing', async () => {
    const listing = 'http://winkel-voorbeeld.test/store/apps/details?id=test.voorbeeld.app';
    const html = '<h1>Voorbeeld app</h1><a href="/store/apps/dev?id=123">Voorbeeld Apps Studio</a>';
    const w = world({ 'L1/artifacts/dom.html': html }, [{ kind: 'google-play-app', value: 'test.voorbeeld.app' }], [{ bundleId: 'L1', url: listing }]);
    expect((await entityClaims(w.repo, 'dienst-voorbeeld.test', w.store)).claims).toEqual([{ name: 'Voorbeeld Apps Studio', source: 'app-store', url: listing, confidence: 'low' }]);
    const none = world({}, [{ kind: 'google-play-app', value: 'test.voorbeeld.app' }]);
    expect((await entityClaims(none.repo, 'dienst-voorbeeld.test', none.store)).claims).toEqual([]);
  });

  it('reads the subject and the listing as written, never guessing', () => {
    expect(organisationOf('CN=x.test, O=Voorbeeld\\, Dienst B.V., C=NL')).toBe('Voorbeeld, Dienst B.V.');
    expect(organisationOf('CN=x.test, OU=Web')).toBeNull();
    expect(developerOnListing('<a href="/developer/voorbeeld/id123">Voorbeeld &amp; Co</a>')).toBe('Voorbeeld & Co');
    expect(developerOnListing('<p>No developer link</p>')).toBeNull();
  });
});
