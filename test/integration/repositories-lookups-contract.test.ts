import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { Catalog } from '../../src/catalog/catalog.js';
import type { CaptureRow } from '../../src/catalog/captures.js';
import { openCatalogRepositories, sqliteCatalogRepositories, type CatalogRepositories } from '../../src/catalog/postgres/catalog-repositories.js';
import type { DomainReport } from '../../src/domains/lookup.js';
import { usePostgresDatabase } from '../support/postgres-server.js';

const database = await usePostgresDatabase();
const sqliteDir = mkdtempSync(join(tmpdir(), 'dijkwacht-lookups-contract-'));
afterAll(() => rmSync(sqliteDir, { recursive: true, force: true }));

interface RawAnswer {
  kind: string;
  source: string;
  sha256: string | null;
  raw: string;
}

interface Backend {
  name: 'sqlite' | 'postgres';
  /** A new, independent connection to the same catalog (another worker). */
  open(): Promise<CatalogRepositories>;
  /** The raw answers stored with the lookups of a domain, read straight from the tables. */
  answers(domain: string): Promise<RawAnswer[]>;
}

const ANSWERS_SQL = 'SELECT a.kind, a.source, a.sha256, a.raw FROM lookup_answers a JOIN domain_lookups l ON l.id = a.lookup_id WHERE l.domain = $1 ORDER BY l.id, a.source';

const backends: Backend[] = [
  {
    name: 'sqlite',
    open: async () => sqliteCatalogRepositories(new Catalog(sqliteDir), sqliteDir),
    answers: async (domain) => {
      const db = new Database(join(sqliteDir, 'catalog.sqlite'), { readonly: true });
      try {
        return db.prepare(ANSWERS_SQL.replace('$1', '?')).all(domain) as RawAnswer[];
      } finally {
        db.close();
      }
    },
  },
  {
    name: 'postgres',
    open: async () => openCatalogRepositories({ catalogUrl: database.url, dataDir: sqliteDir }, { max: 3 }),
    answers: async (domain) => {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        return (await client.query<RawAnswer>(ANSWERS_SQL, [domain])).rows;
      } finally {
        await client.end();
      }
    },
  },
];

async function withRepos<T>(backend: Backend, fn: (repos: CatalogRepositories) => Promise<T>): Promise<T> {
  const repos = await backend.open();
  try {
    return await fn(repos);
  } finally {
    await repos.close();
  }
}

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

/** A lookup of a fictional domain: registrar and host as given, one RDAP and one DNS answer. */
function report(domain: string, at: string, registrar: string, ips: string[]): DomainReport {
  const rdapBody = JSON.stringify({ objectClassName: 'domain', ldhName: domain, entities: [{ roles: ['registrar'], vcardArray: ['vcard', [['fn', {}, 'text', registrar]]] }] });
  const dnsBody = `${domain}. 300 IN A ${ips.join(',')}\n`;
  return {
    domain,
    registrableDomain: domain,
    tld: 'test',
    registry: 'Voorbeeld Registry',
    registrar: { name: registrar, ianaId: null, abuseEmail: `abuse@${registrar.toLowerCase().replace(/\W+/g, '-')}.test`, abusePhone: null, rdapUrl: null },
    nameservers: ['ns1.voorbeeld.test', 'ns2.voorbeeld.test'],
    ips,
    hosting: ips.map((ip) => ({ ip, holder: 'Voorbeeld Hosting BV', org: 'Voorbeeld Hosting BV', network: '192.0.2.0/24', abuseEmail: 'abuse@hosting-voorbeeld.test' })),
    cdn: null,
    source: 'rdap',
    lookedUpAt: at,
    failures: [],
    evidence: [
      { kind: 'rdap', source: `http://127.0.0.1/registry/domain/${domain}`, at, sha256: sha(rdapBody), raw: rdapBody },
      { kind: 'dns', source: `dns:${domain}`, at, sha256: null, raw: dnsBody },
    ],
  } as unknown as DomainReport;
}

const capture = (bundleId: string, domain: string, at: string, caseId: string | null, status = 'COMPLETE'): CaptureRow => ({
  bundleId,
  url: `https://${domain}/`,
  domain,
  at,
  status,
  location: `/bundles/${bundleId}`,
  headers: { server: 'voorbeeld', 'cf-ray': `${bundleId}-AMS` },
  caseId,
});

describe.each(backends)('lookups, captures and notice events on $name', (backend) => {
  it('stores lookups with their raw answers, reads the latest with its time, and lists what changed', async () => {
    const domain = `beeldlab-${backend.name}.test`;
    const first = report(domain, '2026-03-01T10:00:00.000Z', 'Registrar Een BV', ['192.0.2.10']);
    const second = report(domain, '2026-03-02T10:00:00.000Z', 'Registrar Twee BV', ['192.0.2.10', '192.0.2.11']);
    const third = report(domain, '2026-03-03T10:00:00.000Z', 'Registrar Twee BV', ['192.0.2.11', '192.0.2.10']);
    await withRepos(backend, async (repos) => {
      expect(await repos.lookups.latest(domain)).toBeNull();
      expect(await repos.lookups.changes(domain)).toEqual([]);
      expect(await repos.lookups.store(first)).toEqual([]);
      expect(await repos.lookups.store(second)).toEqual([
        { field: 'registrar', from: 'Registrar Een BV', to: 'Registrar Twee BV' },
        { field: 'registrar abuse e-mail', from: 'abuse@registrar-een-bv.test', to: 'abuse@registrar-twee-bv.test' },
        { field: 'hosting', from: 'Voorbeeld Hosting BV (192.0.2.0/24)', to: 'Voorbeeld Hosting BV (192.0.2.0/24); Voorbeeld Hosting BV (192.0.2.0/24)' },
        { field: 'host abuse e-mail', from: 'abuse@hosting-voorbeeld.test', to: 'abuse@hosting-voorbeeld.test, abuse@hosting-voorbeeld.test' },
        { field: 'ips', from: '192.0.2.10', to: '192.0.2.10, 192.0.2.11' },
      ]);
      // The same facts in another order are no change.
      expect(await repos.lookups.store(third)).toEqual([]);
    });
    // Another connection (another worker) reads what the first wrote.
    await withRepos(backend, async (repos) => {
      const latest = await repos.lookups.latest(domain);
      const { evidence: _evidence, ...thirdStored } = third;
      expect(latest).toEqual({ at: '2026-03-03T10:00:00.000Z', report: thirdStored });
      const changes = await repos.lookups.changes(domain);
      expect(changes.map((c) => [c.at, c.changes.map((x) => x.field)])).toEqual([['2026-03-02T10:00:00.000Z', ['registrar', 'registrar abuse e-mail', 'hosting', 'host abuse e-mail', 'ips']]]);
    });
    const answers = await backend.answers(domain);
    expect(answers).toHaveLength(6);
    const expected = [first, second, third].flatMap((r) => [...r.evidence].sort((a, b) => a.source.localeCompare(b.source)).map((e) => ({ kind: e.kind, source: e.source, sha256: e.sha256, raw: e.raw })));
    expect(answers).toEqual(expected);
    expect(answers.filter((a) => a.sha256).every((a) => sha(a.raw) === a.sha256)).toBe(true);
  });

  it('keeps one unbroken history when two connections store lookups of one domain at once', async () => {
    const domain = `kleurstudio-${backend.name}.test`;
    const registrars = ['Registrar Een BV', 'Registrar Twee BV'];
    const a = await backend.open();
    const b = await backend.open();
    try {
      const returned = await Promise.all(
        Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? a : b).lookups.store(report(domain, `2026-04-01T10:00:${String(i).padStart(2, '0')}.000Z`, registrars[i % 2]!, ['192.0.2.20']))),
      );
      const reported = returned.filter((changes) => changes.length > 0).length;
      const history = await a.lookups.changes(domain);
      // Every change a store reported is one entry of the stored history, and the other way round.
      expect(history).toHaveLength(reported);
      expect(history.every((h) => h.changes.map((c) => c.field).join() === 'registrar,registrar abuse e-mail')).toBe(true);
      expect(reported).toBeGreaterThan(0);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('records captures, replaces a bundle recorded again, and reads the latest per domain and those of a case', async () => {
    const one = `fotokamer-${backend.name}.test`;
    const two = `lichtbak-${backend.name}.test`;
    const caseId = `ZAAK-${backend.name}`;
    await withRepos(backend, async (repos) => {
      expect(await repos.captures.latest(one)).toBeNull();
      await repos.captures.record(capture('b-2', one, '2026-05-02T09:00:00.000Z', caseId));
      await repos.captures.record(capture('b-1', one, '2026-05-01T09:00:00.000Z', null));
      await repos.captures.record(capture('b-3', two, '2026-05-03T09:00:00.000Z', caseId));
      await repos.captures.record(capture('b-4', one, '2026-05-04T09:00:00.000Z', null, 'FAILED'));
      // The same bundle recorded again (a re-stored bundle) replaces its row.
      await repos.captures.record(capture('b-4', one, '2026-05-04T09:00:00.000Z', null, 'PARTIAL'));
    });
    await withRepos(backend, async (repos) => {
      expect(await repos.captures.latest(one)).toEqual(capture('b-4', one, '2026-05-04T09:00:00.000Z', null, 'PARTIAL'));
      expect((await repos.captures.ofDomain(one)).map((c) => c.bundleId)).toEqual(['b-1', 'b-2', 'b-4']);
      const ofCase = await repos.captures.ofCase(caseId);
      expect(ofCase).toEqual([capture('b-2', one, '2026-05-02T09:00:00.000Z', caseId), capture('b-3', two, '2026-05-03T09:00:00.000Z', caseId)]);
      expect(await repos.captures.ofCase('ZAAK-ONBEKEND')).toEqual([]);
    });
  });

  it('reads open notices by domain with their packet case, and keeps re-check events in time order', async () => {
    const domain = `spiegelstudio-${backend.name}.test`;
    const other = `andere-${backend.name}.test`;
    await withRepos(backend, async (repos) => {
      const packetId = `pkt-host-${backend.name}`;
      await repos.notices.recordPacket({ id: packetId, recipientType: 'host', recipientName: 'Voorbeeld Hosting BV', recipientAddress: 'abuse@hosting-voorbeeld.test', domains: [domain], lang: 'nl', dir: `/packets/${packetId}`, sha256: sha(packetId), caseId: `ZAAK-${backend.name}`, createdAt: '2026-06-01T08:00:00.000Z' });
      const mine = await repos.notices.recordNotice({ packetId, recipientType: 'host', recipient: 'Voorbeeld Hosting BV', channel: 'email', sentAt: '2026-06-01T09:00:00.000Z', packetSha256: sha(packetId), reference: null, domains: [domain], urls: [`https://${domain}/`] });
      const theirs = await repos.notices.recordNotice({ packetId: null, recipientType: 'registrar', recipient: 'Registrar Een BV', channel: 'form', sentAt: '2026-06-02T09:00:00.000Z', packetSha256: null, reference: 'REF-1', domains: [other], urls: [`https://${other}/`] });
      await repos.notices.addEvent(mine, { kind: 'recheck', at: '2026-06-10T12:00:00.000Z', outcome: 'online', note: `https://${domain}/: online`, bundleId: 'b-recheck-2' });
      await repos.notices.addEvent(mine, { kind: 'recheck', at: '2026-06-05T12:00:00.000Z', outcome: 'online', note: null, bundleId: 'b-recheck-1' });
      await repos.notices.addEvent(mine, { kind: 'recheck', at: '2026-06-10T12:00:00.000Z', outcome: 'gone', note: 'same moment, added later', bundleId: null });
      await expect(repos.notices.addEvent(9_999_999, { kind: 'recheck', at: '2026-06-10T12:00:00.000Z', outcome: 'gone', note: null, bundleId: null })).rejects.toThrow('No notice #9999999 in the catalog');

      const found = await repos.notices.notices([domain]);
      expect(found.map((n) => n.id)).toEqual([mine]);
      expect(found[0]!.events.map((e) => [e.at, e.outcome, e.bundleId])).toEqual([
        ['2026-06-05T12:00:00.000Z', 'online', 'b-recheck-1'],
        ['2026-06-10T12:00:00.000Z', 'online', 'b-recheck-2'],
        ['2026-06-10T12:00:00.000Z', 'gone', null],
      ]);
      expect((await repos.notices.packet(packetId))?.caseId).toBe(`ZAAK-${backend.name}`);
      expect(await repos.notices.packet('pkt-onbekend')).toBeNull();
      expect((await repos.notices.notice(theirs))).toMatchObject({ recipientType: 'registrar', channel: 'form', reference: 'REF-1', domains: [other], events: [] });
      expect(await repos.notices.notice(9_999_999)).toBeNull();
      const all = (await repos.notices.notices()).map((n) => n.id);
      expect(all.indexOf(mine)).toBeLessThan(all.indexOf(theirs));
    });
  });
});
