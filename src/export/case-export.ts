import { randomUUID } from 'node:crypto';
import { cp, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { caseCaptures, Catalog, listNotices, packetsOf } from '../catalog/index.js';
import { UsageError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import { utcNow } from '../core/time.js';
import { toolVersion } from '../core/version.js';
import { CUSTODY_HEAD_FILE, loadSigner, signDetached, stampSignature, verifyBundleDir, withEvent, zipDirectory, type Manifest } from '../evidence/index.js';
import { noticeStatus, silenceDays } from '../notices/index.js';
import { publicOptions, type Options } from '../options/index.js';
import { PdfRenderer } from '../refer/index.js';
import { claimStaging, createStore, listFilesRecursive, removeStaging } from '../store/index.js';
import { exhibitIndexHtml, methodology, sectionsHtml, sectionsMarkdown, verificationReportHtml } from './documents.js';
import { exhibitFor, type Exhibit } from './exhibits.js';
import { exportVerifyInstructions, SUMS_FILE } from './verify-export.js';

export interface CaseExport {
  caseId: string;
  exportId: string;
  zip: string;
  bundles: string[];
  exhibits: Exhibit[];
  packets: number;
  notices: number;
  timestamped: boolean;
  timestampFailures: string[];
}

/**
 * Writes case.zip: every bundle of the case with its custody log, packets and notices, a verification
 * report, an exhibit index (Berkeley Protocol para 155), a methodology statement and VERIFY.md.
 * SHA256SUMS covers every file; SHA256SUMS.p7s signs it; SHA256SUMS.p7s.tsr timestamps the signature.
 * A bundle that does not verify stops the export: nothing goes to court that cannot be checked.
 * Each bundle's custody log gets an "exported" event, in the export and in the store.
 */
export async function exportCase(options: Options, caseId: string, outZip: string, onStep: (s: string) => void = () => undefined): Promise<CaseExport> {
  const catalog = new Catalog(options.dataDir);
  const store = createStore(options);
  const signer = await loadSigner(options);
  const captures = caseCaptures(catalog, caseId);
  if (captures.length === 0) {
    catalog.close();
    throw new UsageError(`Case ${caseId} has no captures: capture its URLs with "dijkwacht capture URL --case ${caseId}".`);
  }
  const exportId = randomUUID();
  const exportedAt = utcNow();
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
    const blocked: { bundleId: string; url: string; actions: string[] }[] = [];
    for (const [i, c] of captures.entries()) {
      onStep(`bundle ${i + 1}/${captures.length}: ${c.bundleId}`);
      const dir = join(root, 'bundles', c.bundleId);
      for (const rel of await store.files(c.bundleId)) {
        await mkdir(dirname(join(dir, rel)), { recursive: true });
        await writeFile(join(dir, rel), await store.read(c.bundleId, rel));
      }
      const custody = await readFile(join(dir, 'custody.jsonl'), 'utf8');
      const next = withEvent(custody, c.bundleId, { event: 'exported', actor: options.actor, details: { caseId, exportId, file: relative(process.cwd(), zipPath) || zipPath } }, signer);
      // The log first, then the head that signs it.
      await writeFile(join(dir, 'custody.jsonl'), next.text);
      if (next.head) await writeFile(join(dir, CUSTODY_HEAD_FILE), next.head);
      custodyUpdates.push({ bundleId: c.bundleId, text: next.text, head: next.head });
      // Verified once, with the export event appended: a chained event keeps a sound bundle sound.
      const result = await verifyBundleDir(dir);
      if (!result.ok) throw new UsageError(`Bundle ${c.bundleId} (${c.url}) does not verify, so case ${caseId} was not exported: ${result.problems.map((p) => `${p.artifact}: ${p.reason}`).join('; ')}`);
      result.path = `bundles/${c.bundleId}`;
      results.push(result);
      const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
      exhibits.push(exhibitFor(i, `bundles/${c.bundleId}`, manifest, result));
      const events = manifest.artifacts.find((a) => a.role === 'capture-events');
      const actions = events ? ((JSON.parse(await readFile(join(dir, events.path), 'utf8')) as { blocked?: { kind?: string; url?: string; detail?: string }[] }).blocked ?? []) : [];
      blocked.push({ bundleId: c.bundleId, url: c.url, actions: actions.map((a) => [a.kind, a.url ?? a.detail].filter(Boolean).join(' ')) });
    }
    const domains = [...new Set(captures.map((c) => c.domain))];
    onStep('packets and notices');
    const packets = [...new Map(domains.flatMap((d) => packetsOf(catalog, d)).map((p) => [p.id, p])).values()];
    for (const p of packets) await cp(p.dir, join(root, 'packets', p.dir.split(/[\\/]/).at(-1)!), { recursive: true }).catch(() => undefined);
    const notices = listNotices(catalog, domains).map((n) => ({ ...n, state: noticeStatus(n, silenceDays(options)).state }));
    await writeFile(join(root, 'notices.json'), `${JSON.stringify(notices, null, 2)}\n`);

    onStep('exhibit index, verification report, methodology');
    await writeFile(join(root, 'exhibit-index.json'), `${JSON.stringify({ caseId, exportId, exportedAt, exhibits }, null, 2)}\n`);
    await writeFile(join(root, 'exhibit-index.pdf'), await renderer.render(exhibitIndexHtml(caseId, exhibits)));
    await writeFile(join(root, 'verification-report.pdf'), await renderer.render(verificationReportHtml(caseId, exportedAt, results)));
    await writeFile(join(root, 'verification-report.json'), `${JSON.stringify(results, null, 2)}\n`);
    const sections = methodology({ caseId, toolVersion, exportedAt, actor: options.actor, settings: publicOptions(options), blocked });
    await writeFile(join(root, 'methodology.md'), sectionsMarkdown(`Methodology — case ${caseId}`, sections));
    await writeFile(join(root, 'methodology.pdf'), await renderer.render(sectionsHtml(`Methodology — case ${caseId}`, sections)));
    await writeFile(join(root, 'VERIFY.md'), exportVerifyInstructions(caseId, signer.certificateSha256));
    await writeFile(
      join(root, 'export.json'),
      `${JSON.stringify({ caseId, exportId, exportedAt, tool: { name: 'dijkwacht', version: toolVersion }, actor: options.actor, signer: { subject: signer.subject, certificateSha256: signer.certificateSha256 }, bundles: captures.map((c) => c.bundleId), packets: packets.map((p) => p.id), notices: notices.length }, null, 2)}\n`,
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
