import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalog, latestCapture, listNotices } from '../../src/catalog/index.js';
import { runDiscovery } from '../../src/discover/index.js';
import { lookupDomains } from '../../src/domains/index.js';
import { extractZip, verifyPaths, zipDirectory } from '../../src/evidence/index.js';
import { checkExports, exportCase } from '../../src/export/index.js';
import { dueEscalations, noticeStatus, recheckNotices, recipientStats, recordAck, recordDecision, recordSent, silenceDays } from '../../src/notices/index.js';
import { referDomains } from '../../src/refer/index.js';
import { HOSTS } from '../world/sites.js';
import { startHarness, type Harness } from '../support/capture-env.js';
import { pdfText } from '../support/documents.js';

const reporter = { name: 'Test Analyst', organisation: 'Test NGO', email: 'analyst@test-ngo.test' };
const NL = HOSTS.nlService;
const CDN = HOSTS.cdnService;
const daysAgo = (n: number): string => new Date(Date.now() - n * 86_400_000).toISOString();

let h: Harness;
let out: string;
beforeAll(async () => {
  h = await startHarness();
  out = await mkdtemp(join(tmpdir(), 'dw-export-'));
  await runDiscovery({ kind: 'crawl', options: h.options({ crawlSameDomainDelayMs: 0, maxDepth: 0 }), seeds: [`http://${NL}/`, `http://${CDN}/`] });
  for (const d of [NL, CDN]) await h.captureOk(`http://${d}/`, {}, 'CASE-9');
  await lookupDomains([NL, CDN], h.options({ rdapBootstrapDir: h.world.rdap.bootstrapDir, dnsServer: h.world.dns.server, whoisServer: h.world.whois.server }));
}, 180_000);
afterAll(async () => {
  await h?.stop();
  await rm(out, { recursive: true, force: true });
});

const statuses = (c: Catalog) => listNotices(c).map((n) => noticeStatus(n, silenceDays(h.options())));

describe('notices', () => {
  it('silence makes the next escalation due; answers and decisions give time to action', async () => {
    const [host] = await referDomains({ options: h.options(), reporter, to: 'host', domains: [NL], expandClusters: false, caseId: 'CASE-9', unconfirmed: true });
    const [cdn] = await referDomains({ options: h.options(), reporter, to: 'cdn', domains: [CDN], caseId: 'CASE-9', unconfirmed: true });
    const catalog = new Catalog(h.dataDir);
    try {
      const hostNotice = await recordSent(catalog, { packet: host!.packet.packetId, channel: 'email', date: daysAgo(10) });
      const cdnNotice = await recordSent(catalog, { packet: cdn!.dir, channel: 'form', date: daysAgo(3) });
      expect(statuses(catalog).map((s) => [s.notice.id, s.state])).toEqual([
        [hostNotice, 'silent'],
        [cdnNotice, 'open'],
      ]);
      expect(dueEscalations(statuses(catalog)).map((e) => `${e.domain} ${e.next}`)).toEqual([`${NL} registrar`, `${NL} acm`]);
      expect(dueEscalations(statuses(catalog))[0]!.command).toBe(`dijkwacht refer --to registrar --domain ${NL}`);

      await expect(Promise.resolve().then(() => recordAck(catalog, String(cdnNotice), { date: daysAgo(5) }))).rejects.toThrow(/cannot be earlier than the notice/);
      recordAck(catalog, String(cdnNotice), { date: daysAgo(2), note: 'ticket 42' });
      recordDecision(catalog, String(cdnNotice), { outcome: 'forwarded', date: daysAgo(1), note: 'forwarded to the hosting provider' });
      expect(() => recordDecision(catalog, String(cdnNotice), { outcome: 'maybe' })).toThrow(/Unknown decision "maybe"; use removed, partially-removed/);
      const stats = recipientStats(statuses(catalog));
      expect(stats.find((s) => s.recipientType === 'cdn')).toMatchObject({ notices: 1, acknowledged: 1, decided: 1, silent: 0, medianDaysToAck: 1, medianDaysToDecision: 2 });
      expect(stats.find((s) => s.recipientType === 'host')).toMatchObject({ notices: 1, silent: 1, medianDaysToDecision: null });
    } finally {
      catalog.close();
    }
    const packetJson = await readFile(host!.files.json, 'utf8');
    await writeFile(host!.files.json, packetJson.replace('Test Analyst', 'Someone Else'));
    const c2 = new Catalog(h.dataDir);
    await expect(recordSent(c2, { packet: host!.packet.packetId, channel: 'email' })).rejects.toThrow(/was changed after it was built/);
    c2.close();
    await writeFile(host!.files.json, packetJson);
  }, 90_000);

  it('a re-check captures the URLs again: online is new evidence, a vanished site is recorded as gone', async () => {
    const first = await recheckNotices(h.options());
    expect(first.map((r) => r.outcome)).toEqual(['online', 'online']);
    const bundle = first[0]!.checks[0]!.bundleId!;
    expect(bundle).toBeTruthy();
    h.world.web.setHostState(NL, { offline: true });
    try {
      const second = await recheckNotices(h.options(), { domains: [NL] });
      expect(second).toHaveLength(1);
      expect(second[0]).toMatchObject({ outcome: 'gone' });
    } finally {
      h.world.web.setHostState(NL, null);
    }
    const catalog = new Catalog(h.dataDir);
    try {
      const hostStatus = statuses(catalog).find((s) => s.notice.recipientType === 'host')!;
      expect(hostStatus.state).toBe('gone');
      expect(hostStatus.removedDays).toBe(10);
      expect(hostStatus.notice.events.filter((e) => e.kind === 'recheck').map((e) => e.outcome)).toEqual(['online', 'gone']);
      expect(dueEscalations(statuses(catalog))).toEqual([]);
      expect(latestCapture(catalog, CDN)!.caseId).toBe('CASE-9');
    } finally {
      catalog.close();
    }
  }, 120_000);
});

describe('court export', () => {
  let zip: string;
  it('exports every bundle of the case with exhibits, report, methodology; verify accepts it and custody records it', async () => {
    zip = join(out, 'case.zip');
    const result = await exportCase(h.options(), 'CASE-9', zip);
    expect(result.bundles.length).toBeGreaterThanOrEqual(4);
    expect(result.timestamped).toBe(true);
    const targets = await verifyPaths([zip], { containerCheck: (root, label) => checkExports(root, label) });
    expect(targets.map((t) => t.result.problems)).toEqual(targets.map(() => []));
    expect(targets.filter((t) => t.result.path.includes('case export'))).toHaveLength(1);
    expect(targets.filter((t) => t.result.bundleId)).toHaveLength(result.bundles.length);

    const dir = join(out, 'unpacked');
    await extractZip(zip, dir);
    const root = join(dir, 'case-CASE-9');
    const index = JSON.parse(await readFile(join(root, 'exhibit-index.json'), 'utf8')) as { exhibits: { url: string; htmlSource: { sha256: string } | null; fullPageCapture: { sealed: boolean } | null; embeddedMedia: unknown[]; capturedAt: string }[] };
    const nl = index.exhibits.find((e) => e.url === `http://${NL}/`)!;
    expect(nl.htmlSource?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(nl.fullPageCapture?.sealed).toBe(true);
    expect(nl.embeddedMedia.length).toBeGreaterThan(0);
    const exhibitText = await pdfText(join(root, 'exhibit-index.pdf'));
    expect(exhibitText.replace(/\s+/g, '')).toContain(`http://${NL}/`);
    expect(exhibitText).toMatch(/Berkeley Protocol para 155/);
    expect(await pdfText(join(root, 'verification-report.pdf'))).toMatch(/ALL BUNDLES VERIFY/);
    expect(await pdfText(join(root, 'methodology.pdf'))).toMatch(/What was blocked, and why/);
    // Every export: a printable exhibit per bundle and the Dutch statement of findings for the collector to sign.
    const { readdir } = await import('node:fs/promises');
    expect((await readdir(join(root, 'exhibits'))).sort()).toEqual(result.bundles.map((_, i) => `E-${String(i + 1).padStart(3, '0')}.pdf`));
    expect(await pdfText(join(root, 'statement-of-findings.pdf'))).toMatch(/Verklaring van bevindingen — zaak CASE-9[^]*Ondertekening/);
    expect(await readFile(join(root, 'VERIFY.md'), 'utf8')).toMatch(/sha256sum -c (--quiet )?SHA256SUMS/);
    expect(await readFile(join(root, 'notices.json'), 'utf8')).toMatch(/"recipientType": "host"/);

    const store = (await import('../../src/store/index.js')).createStore(h.options());
    for (const id of result.bundles) {
      const last = (await store.read(id, 'custody.jsonl')).toString('utf8').trim().split('\n').at(-1)!;
      expect(JSON.parse(last)).toMatchObject({ event: 'exported', details: { caseId: 'CASE-9', exportId: result.exportId } });
    }
  }, 120_000);

  it('fails after tampering with the index or a bundle inside the export, naming the file', async () => {
    for (const [file, change] of [
      ['case-CASE-9/exhibit-index.json', (s: string) => s.replace('"E-001"', '"E-999"')],
      ['case-CASE-9/notices.json', (s: string) => `${s} `],
    ] as const) {
      const dir = await mkdtemp(join(out, 'tamper-'));
      await extractZip(zip, dir);
      await writeFile(join(dir, file), change(await readFile(join(dir, file), 'utf8')));
      const tampered = join(out, `tampered-${file.split('/').at(-1)!}.zip`);
      await zipDirectory(dir, tampered);
      const targets = await verifyPaths([tampered], { containerCheck: (root, label) => checkExports(root, label) });
      const problems = targets.flatMap((t) => t.result.problems);
      expect(problems).toContainEqual({ artifact: file.replace('case-CASE-9/', ''), reason: 'SHA-256 does not match SHA256SUMS (changed after export)' });
    }
    const dir = await mkdtemp(join(out, 'tamper-'));
    await extractZip(zip, dir);
    const bundleDir = join(dir, 'case-CASE-9', 'bundles');
    const { readdir } = await import('node:fs/promises');
    const [first] = await readdir(bundleDir);
    await writeFile(join(bundleDir, first!, 'artifacts', 'visible-text.txt'), 'rewritten');
    const tampered = join(out, 'tampered-bundle.zip');
    await zipDirectory(dir, tampered);
    const targets = await verifyPaths([tampered], { containerCheck: (root, label) => checkExports(root, label) });
    expect(targets.some((t) => t.result.bundleId === first && !t.result.ok)).toBe(true);
    expect(targets.flatMap((t) => t.result.problems).map((p) => p.artifact)).toContain(`bundles/${first!}/artifacts/visible-text.txt`);
  }, 120_000);

  it('a case without captures is a clear error and writes nothing', async () => {
    await expect(exportCase(h.options(), 'NO-SUCH-CASE', join(out, 'none.zip'))).rejects.toThrow(/Case NO-SUCH-CASE has no captures: capture its URLs with "dijkwacht capture URL --case NO-SUCH-CASE"/);
    const { existsSync } = await import('node:fs');
    expect(existsSync(join(out, 'none.zip'))).toBe(false);
  });
});
