import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNoticeEvent, Catalog, recordNotice, recordPacket } from '../../src/catalog/index.js';
import { SqliteProvidersRepository } from '../../src/catalog/repositories/providers-notices.js';
import { providerDossier, rankProviders } from '../../src/notices/index.js';
import { runCli } from '../support/cli.js';

const NOW = Date.parse('2026-06-30T12:00:00Z');
const at = (day: number, hour = 9): string => new Date(Date.UTC(2026, 5, day, hour)).toISOString();
const plus = (iso: string, hours: number): string => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();
const sha = (n: number): string => n.toString(16).padStart(64, '0');
const thresholds = { host: 7, registrar: 14 };

let dataDir: string;
let packets: string;
let seq = 0;

/** A packet and the notice that sent it: the packet folder holds the packet.json the dossier reads. */
async function sent(c: Catalog, host: { name: string; email: string; asn: string }, caseId: string, domain: string, sentAt: string): Promise<number> {
  seq += 1;
  const id = `P-${seq}`;
  const dir = join(packets, id);
  await mkdir(dir, { recursive: true });
  const packet = { packetId: id, recipient: { type: 'host', name: host.name, email: host.email, web: null }, domains: [{ domain, urls: [`http://${domain}/`], hosting: [{ ip: '192.0.2.10', asn: host.asn, network: `${host.name.split(' ')[0]!.toUpperCase()}-NET`, org: host.name }], registrar: { ianaId: null }, evidence: [{ bundleId: `B-${caseId}-${seq}` }] }] };
  await writeFile(join(dir, 'packet.json'), JSON.stringify(packet));
  recordPacket(c, { id, recipientType: 'host', recipientName: host.name, recipientAddress: host.email, domains: [domain], lang: 'en', dir, sha256: sha(seq), caseId, createdAt: sentAt });
  return recordNotice(c, { packetId: id, recipientType: 'host', recipient: host.email, channel: 'email', sentAt, packetSha256: sha(seq), reference: null, domains: [domain], urls: [`http://${domain}/`] });
}

const SILENT = { name: 'Stille Hosting B.V.', email: 'abuse@stille-hosting.test', asn: 'AS64501' };
const REFUSING = { name: 'Weiger Hosting B.V.', email: 'abuse@weiger-hosting.test', asn: 'AS64502' };
const ACTING = { name: 'Snel Hosting B.V.', email: 'abuse@snel-hosting.test', asn: 'AS64503' };

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dw-providers-'));
  packets = join(dataDir, 'packets');
  const c = new Catalog(dataDir);
  try {
    // Three cases. The silent host never answers (one notice still inside its 7 days); a re-check finds the last site still online.
    await sent(c, SILENT, 'CASE-1', 'een.test', at(1));
    await sent(c, SILENT, 'CASE-2', 'twee.test', at(10));
    const s3 = await sent(c, SILENT, 'CASE-3', 'drie.test', at(27));
    addNoticeEvent(c, s3, { kind: 'recheck', at: at(28), outcome: 'online', note: null, bundleId: 'B-RECHECK-1' });
    // The refusing host answers, and refuses, twice; the refused site stays online.
    const r1 = await sent(c, REFUSING, 'CASE-1', 'vier.test', at(2));
    addNoticeEvent(c, r1, { kind: 'decision', at: plus(at(2), 24), outcome: 'refused', note: null, bundleId: null });
    const r2 = await sent(c, REFUSING, 'CASE-2', 'vijf.test', at(5));
    addNoticeEvent(c, r2, { kind: 'decision', at: plus(at(5), 48), outcome: 'refused', note: null, bundleId: null });
    addNoticeEvent(c, r2, { kind: 'recheck', at: plus(at(5), 72), outcome: 'online', note: null, bundleId: 'B-RECHECK-2' });
    // The acting host removes after 2, 10 and 30 hours (the last one found gone by a re-check).
    const a1 = await sent(c, ACTING, 'CASE-1', 'zes.test', at(3));
    addNoticeEvent(c, a1, { kind: 'decision', at: plus(at(3), 2), outcome: 'removed', note: null, bundleId: null });
    const a2 = await sent(c, ACTING, 'CASE-2', 'zeven.test', at(4));
    addNoticeEvent(c, a2, { kind: 'ack', at: plus(at(4), 1), outcome: null, note: null, bundleId: null });
    addNoticeEvent(c, a2, { kind: 'decision', at: plus(at(4), 10), outcome: 'removed', note: null, bundleId: null });
    const a3 = await sent(c, ACTING, 'CASE-3', 'acht.test', at(6));
    addNoticeEvent(c, a3, { kind: 'recheck', at: plus(at(6), 30), outcome: 'gone', note: null, bundleId: 'B-RECHECK-3' });
  } finally {
    c.close();
  }
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const withRepo = async <T>(fn: (r: SqliteProvidersRepository) => Promise<T>): Promise<T> => {
  const c = new Catalog(dataDir);
  try {
    return await fn(new SqliteProvidersRepository(c));
  } finally {
    c.close();
  }
};

describe('provider rankings and dossiers', () => {
  it('three cases with a silent and a refusing host give the right counts and times', async () => {
    const rank = await withRepo((r) => rankProviders(r, thresholds, { now: NOW }));
    expect(rank).toEqual([
      { provider: SILENT.name, type: 'host', notices: 3, acted: 0, medianHoursToAction: null, p90HoursToAction: null, silent: 2, refused: 0, stillOnline: 1 },
      { provider: REFUSING.name, type: 'host', notices: 2, acted: 0, medianHoursToAction: null, p90HoursToAction: null, silent: 0, refused: 2, stillOnline: 1 },
      { provider: ACTING.name, type: 'host', notices: 3, acted: 3, medianHoursToAction: 10, p90HoursToAction: 30, silent: 0, refused: 0, stillOnline: 0 },
    ]);
  });

  it('a dossier is found by AS number, lists every notice with its packet hash and bundles, and fits its strict schema', async () => {
    const d = await withRepo((r) => providerDossier(r, thresholds, '64501', { now: NOW }));
    expect(d.provider).toBe(SILENT.name);
    expect(d.notices.map((n) => [n.caseId, n.domains[0], n.state, n.packetSha256, n.bundleIds])).toEqual([
      ['CASE-1', 'een.test', 'silent', sha(1), ['B-CASE-1-1']],
      ['CASE-2', 'twee.test', 'silent', sha(2), ['B-CASE-2-2']],
      ['CASE-3', 'drie.test', 'open', sha(3), ['B-CASE-3-3', 'B-RECHECK-1']],
    ]);
    const ajv = new Ajv2020({ strict: true, strictTypes: true, strictRequired: true, allErrors: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    const validate = ajv.compile(JSON.parse(await readFile(join(import.meta.dirname, '../../evidence-schema/provider-dossier.schema.json'), 'utf8')) as object);
    expect(validate(d), JSON.stringify(validate.errors)).toBe(true);
    const since = await withRepo((r) => providerDossier(r, thresholds, SILENT.email, { now: NOW, since: at(5) }));
    expect(since.summary.notices).toBe(2);
    await expect(withRepo((r) => providerDossier(r, thresholds, 'AS64999', { now: NOW }))).rejects.toThrow(/No notice to "AS64999".*providers rank/);
  });

  it('"providers rank --json" prints exactly the documented fields', async () => {
    const run = await runCli(['providers', 'rank', '--json', '--data-dir', dataDir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(Object.keys(r)).toEqual(['provider', 'type', 'notices', 'acted', 'medianHoursToAction', 'p90HoursToAction', 'silent', 'refused', 'stillOnline']);
    const dossier = await runCli(['providers', 'dossier', 'nobody.test', '--data-dir', dataDir]);
    expect(dossier.code).not.toBe(0);
    expect(dossier.stderr).toMatch(/No notice to "nobody.test"/);
  });

  it('"refer --to acm --provider" takes a provider as well as a role, and refuses what does not fit', async () => {
    const unknown = await runCli(['refer', '--to', 'acm', '--provider', 'AS64999', '--data-dir', dataDir]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/No notice to "AS64999".*providers rank/);
    const since = await runCli(['refer', '--to', 'acm', '--provider', 'host', '--since', '2026-06-01', '--data-dir', dataDir]);
    expect(since.code).toBe(2);
    expect(since.stderr).toMatch(/--since only applies to --to acm --provider PROVIDER/);
  });
});
