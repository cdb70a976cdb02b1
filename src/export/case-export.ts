import { randomUUID } from 'node:crypto';
import { cp, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type * as pkijs from 'pkijs';
import { caseCaptures, Catalog, listNotices, packetsOf, type CaptureRow } from '../catalog/index.js';
import { UsageError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import { utcNow } from '../core/time.js';
import { toolVersion } from '../core/version.js';
import { actorFor, chainFileText, CUSTODY_HEAD_FILE, loadSigner, parseCertificatesPem, tsaChains, signDetached, stampSignature, verifyBundleDir, withEvent, zipDirectory, type Manifest } from '../evidence/index.js';
import { noticeStatus, silenceDays } from '../notices/index.js';
import type { Options } from '../options/index.js';
import { PdfRenderer } from '../refer/index.js';
import { claimStaging, createStore, listFilesRecursive, removeStaging } from '../store/index.js';
import { exhibitIndexHtml, sectionsHtml, sectionsMarkdown, verificationReportHtml, type ExcludedBundle } from './documents.js';
import { exhibitPdfHtml } from './exhibit-pdf.js';
import { exhibitFor, type Exhibit, type RedirectRecord } from './exhibits.js';
import { methodology } from './methodology.js';
import { collectorName, compareSettings, settingLines, type BundleSettings, type CaptureProvenance } from './provenance.js';
import { statementOfFindingsHtml, type FindingsItem } from './statement-of-findings.js';
import { EXPORT_TSA_CHAIN_FILE, exportVerifyInstructions, SUMS_FILE } from './verify-export.js';

/** The Dutch statement of findings in every export. */
export const STATEMENT_FILE = 'statement-of-findings.pdf';

export interface ExportRequest {
  /** Bundle ids of the case to leave out; each is named in the methodology, exhibit index and statement. */
  exclude?: string[];
}

export interface CaseExport {
  caseId: string;
  exportId: string;
  zip: string;
  bundles: string[];
  excluded: string[];
  exhibits: Exhibit[];
  packets: number;
  notices: number;
  timestamped: boolean;
  timestampFailures: string[];
}

const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(path, 'utf8')) as T;

/** The bundles of a case that go into the export; an exclusion that names no bundle of the case is refused. */
function includedCaptures(caseId: string, captures: CaptureRow[], exclude: string[]): { included: CaptureRow[]; excluded: CaptureRow[] } {
  const ids = new Set(captures.map((c) => c.bundleId));
  const unknown = [...new Set(exclude)].filter((id) => !ids.has(id));
  if (unknown.length > 0) throw new UsageError(`${unknown.length === 1 ? `Bundle ${unknown[0]!} is` : `Bundles ${unknown.join(', ')} are`} not part of case ${caseId}, so ${unknown.length === 1 ? 'it' : 'they'} cannot be excluded; "dijkwacht bundles --case ${caseId}" lists the bundles of the case.`);
  const left = new Set(exclude);
  const included = captures.filter((c) => !left.has(c.bundleId));
  if (included.length === 0) throw new UsageError(`Every bundle of case ${caseId} is excluded: nothing would be exported.`);
  return { included, excluded: captures.filter((c) => left.has(c.bundleId)) };
}

/**
 * Writes case.zip: every bundle of the case (less those the operator excludes) with its custody log,
 * packets and notices, a verification report, an exhibit index (Berkeley Protocol para 155), a
 * printable exhibit per capture, a Dutch statement of findings for the collector to sign, a
 * methodology statement with the settings in force at capture, and VERIFY.md.
 * SHA256SUMS covers every file; SHA256SUMS.p7s signs it; SHA256SUMS.p7s.tsr timestamps the signature.
 * A bundle that does not verify stops the export: nothing goes to court that cannot be checked.
 * Each exported bundle's custody log gets an "exported" event, in the export and in the store.
 */
export async function exportCase(options: Options, caseId: string, outZip: string, onStep: (s: string) => void = () => undefined, request: ExportRequest = {}): Promise<CaseExport> {
  const catalog = new Catalog(options.dataDir);
  const all = caseCaptures(catalog, caseId);
  if (all.length === 0) {
    catalog.close();
    throw new UsageError(`Case ${caseId} has no captures: capture its URLs with "dijkwacht capture URL --case ${caseId}".`);
  }
  let captures: CaptureRow[];
  let left: CaptureRow[];
  try {
    ({ included: captures, excluded: left } = includedCaptures(caseId, all, request.exclude ?? []));
  } catch (error) {
    catalog.close();
    throw error;
  }
  const store = createStore(options);
  const signer = await loadSigner(options).catch((error: unknown) => {
    catalog.close();
    throw error;
  });
  const tsaTrustAnchors: pkijs.Certificate[] = [];
  for (const f of options.tsaTrustFiles) tsaTrustAnchors.push(...parseCertificatesPem(await readFile(f, 'utf8')));
  const exportId = randomUUID();
  const exportedAt = utcNow();
  const excluded: ExcludedBundle[] = left.map((c) => ({ bundleId: c.bundleId, url: c.url, capturedAt: c.at, status: c.status, excludedBy: actorFor(options.actor, signer) }));
  const zipPath = resolve(outZip);
  await mkdir(dirname(zipPath), { recursive: true });
  // Staged with the other half-written items, owned by this process; the partial zip goes with it on failure.
  const staging = resolve(options.dataDir, 'staging', `export-${exportId}`);
  const tmpZip = `${zipPath}.partial-${exportId.slice(0, 8)}`;
  await claimStaging(staging, [tmpZip]);
  await mkdir(staging, { recursive: true });
  const root = join(staging, `case-${caseId.replace(/[^A-Za-z0-9._-]/g, '_')}`);
  const custodyUpdates: { bundleId: string; text: string; head: Buffer | null }[] = [];
  const renderer = await PdfRenderer.open(options);
  try {
    const exhibits: Exhibit[] = [];
    const results = [];
    const items: FindingsItem[] = [];
    const settings: BundleSettings[] = [];
    const blocked: { exhibit: string; bundleId: string; url: string; actions: string[] }[] = [];
    for (const [i, c] of captures.entries()) {
      onStep(`bundle ${i + 1}/${captures.length}: ${c.bundleId}`);
      const dir = join(root, 'bundles', c.bundleId);
      for (const rel of await store.files(c.bundleId)) {
        await mkdir(dirname(join(dir, rel)), { recursive: true });
        await writeFile(join(dir, rel), await store.read(c.bundleId, rel));
      }
      const custody = await readFile(join(dir, 'custody.jsonl'), 'utf8');
      const next = withEvent(custody, c.bundleId, { event: 'exported', actor: actorFor(options.actor, signer), details: { caseId, exportId, file: relative(process.cwd(), zipPath) || zipPath } }, signer);
      // The log first, then the head that signs it.
      await writeFile(join(dir, 'custody.jsonl'), next.text);
      if (next.head) await writeFile(join(dir, CUSTODY_HEAD_FILE), next.head);
      custodyUpdates.push({ bundleId: c.bundleId, text: next.text, head: next.head });
      // Verified once, with the export event appended: a chained event keeps a sound bundle sound.
      const result = await verifyBundleDir(dir, { tsaTrustAnchors });
      if (!result.ok) throw new UsageError(`Bundle ${c.bundleId} (${c.url}) does not verify, so case ${caseId} was not exported: ${result.problems.map((p) => `${p.artifact}: ${p.reason}`).join('; ')}`);
      result.path = `bundles/${c.bundleId}`;
      results.push(result);
      const manifestBytes = await readFile(join(dir, 'manifest.json'));
      const manifest = JSON.parse(manifestBytes.toString('utf8')) as Manifest;
      const prov = manifest.artifacts.find((a) => a.role === 'provenance');
      const provenance = prov ? await readJson<CaptureProvenance>(join(dir, prov.path)) : null;
      const chain = manifest.artifacts.find((a) => a.role === 'redirect-chain');
      const redirects = chain ? await readJson<RedirectRecord>(join(dir, chain.path)) : null;
      const exhibit = exhibitFor({ index: i, bundleDir: `bundles/${c.bundleId}`, manifest, manifestSha256: sha256Hex(manifestBytes), verification: result, collector: collectorName(provenance), redirects });
      exhibits.push(exhibit);
      items.push({ exhibit, provenance, signer: manifest.signer });
      settings.push({ bundleId: c.bundleId, exhibit: exhibit.exhibit, settings: provenance ? settingLines(provenance) : null });
      const events = manifest.artifacts.find((a) => a.role === 'capture-events');
      const actions = events ? ((await readJson<{ blocked?: { kind?: string; url?: string; detail?: string }[] }>(join(dir, events.path))).blocked ?? []) : [];
      blocked.push({ exhibit: exhibit.exhibit, bundleId: c.bundleId, url: c.url, actions: actions.map((a) => [a.kind, a.url ?? a.detail].filter(Boolean).join(' ')) });
      onStep(`exhibit ${exhibit.exhibit}`);
      const safeView = exhibit.safeView && !exhibit.safeView.sealed ? await readFile(join(root, exhibit.safeView.path)) : null;
      await mkdir(join(root, 'exhibits'), { recursive: true });
      await writeFile(join(root, exhibit.exhibitPdf), await renderer.render(await exhibitPdfHtml(exhibit, safeView)));
    }
    const domains = [...new Set(captures.map((c) => c.domain))];
    onStep('packets and notices');
    const packets = [...new Map(domains.flatMap((d) => packetsOf(catalog, d)).map((p) => [p.id, p])).values()];
    for (const p of packets) await cp(p.dir, join(root, 'packets', p.dir.split(/[\\/]/).at(-1)!), { recursive: true }).catch(() => undefined);
    const notices = listNotices(catalog, domains).map((n) => ({ ...n, state: noticeStatus(n, silenceDays(options)).state }));
    await writeFile(join(root, 'notices.json'), `${JSON.stringify(notices, null, 2)}\n`);

    onStep('exhibit index, verification report, statement of findings, methodology');
    await writeFile(join(root, 'exhibit-index.json'), `${JSON.stringify({ caseId, exportId, exportedAt, exhibits, excluded }, null, 2)}\n`);
    await writeFile(join(root, 'exhibit-index.pdf'), await renderer.render(exhibitIndexHtml(caseId, exhibits, excluded)));
    await writeFile(join(root, 'verification-report.pdf'), await renderer.render(verificationReportHtml(caseId, exportedAt, results, exhibits)));
    await writeFile(join(root, 'verification-report.json'), `${JSON.stringify(results, null, 2)}\n`);
    await writeFile(join(root, STATEMENT_FILE), await renderer.render(statementOfFindingsHtml({ caseId, exportedAt, exporter: actorFor(options.actor, signer), toolVersion, items, excluded })));
    const sections = methodology({ caseId, toolVersion, exportedAt, actor: actorFor(options.actor, signer), settings: compareSettings(settings), blocked, excluded });
    await writeFile(join(root, 'methodology.md'), sectionsMarkdown(`Methodology — case ${caseId}`, sections));
    await writeFile(join(root, 'methodology.pdf'), await renderer.render(sectionsHtml(`Methodology — case ${caseId}`, sections)));
    // The chain of the TSA that will stamp SHA256SUMS, shipped so VERIFY.md can be followed with what is in the zip.
    const tsa = await tsaChains(options.tsaUrls, options.tsaTimeoutMs);
    if (tsa.chains.length > 0) await writeFile(join(root, EXPORT_TSA_CHAIN_FILE), chainFileText(tsa.chains));
    await writeFile(join(root, 'VERIFY.md'), exportVerifyInstructions(caseId, signer.certificateSha256, { chains: tsa.chains, tsaUrls: options.tsaUrls }));
    await writeFile(
      join(root, 'export.json'),
      `${JSON.stringify({ caseId, exportId, exportedAt, tool: { name: 'dijkwacht', version: toolVersion }, actor: actorFor(options.actor, signer), signer: { subject: signer.subject, certificateSha256: signer.certificateSha256 }, bundles: captures.map((c) => c.bundleId), excluded, packets: packets.map((p) => p.id), notices: notices.length }, null, 2)}\n`,
    );

    onStep('hash, sign, timestamp');
    const files = (await listFilesRecursive(root)).sort();
    const lines: string[] = [];
    for (const f of files) lines.push(`${sha256Hex(await readFile(join(root, f)))}  ${f}`);
    const sums = Buffer.from(`${lines.join('\n')}\n`);
    await writeFile(join(root, SUMS_FILE), sums);
    const p7s = signDetached(sums, signer);
    await writeFile(join(root, `${SUMS_FILE}.p7s`), p7s);
    const stamps = await stampSignature(p7s, options.tsaUrls, options.tsaTimeoutMs);
    if (stamps.tokens[0]) await writeFile(join(root, `${SUMS_FILE}.p7s.tsr`), stamps.tokens[0].der);

    onStep('zip');
    await zipDirectory(staging, tmpZip);
    await rename(tmpZip, zipPath);
    for (const u of custodyUpdates) {
      await store.write(u.bundleId, 'custody.jsonl', u.text);
      if (u.head) await store.write(u.bundleId, CUSTODY_HEAD_FILE, u.head);
    }
    return {
      caseId,
      exportId,
      zip: zipPath,
      bundles: captures.map((c) => c.bundleId),
      excluded: excluded.map((x) => x.bundleId),
      exhibits,
      packets: packets.length,
      notices: notices.length,
      timestamped: stamps.tokens.length > 0,
      timestampFailures: stamps.failures.map((f) => `${f.tsaUrl}: ${f.reason}`),
    };
  } finally {
    await renderer.close();
    catalog.close();
    await removeStaging(staging);
  }
}
