import { escapeXml as esc } from '../core/html.js';
import { longDate } from '../core/time.js';
import type { BundleVerification } from '../evidence/index.js';
import type { Exhibit, ExhibitFile } from './exhibits.js';

/** A paragraph of prose, or lines of monospace (settings, hashes) that wrap instead of running off the page. */
export type Block = string | { mono: string[] };

export interface Section {
  title: string;
  paragraphs: Block[];
}

/** A bundle left out of an export by the operator: named in every document, never dropped silently. */
export interface ExcludedBundle {
  bundleId: string;
  url: string;
  capturedAt: string;
  status: string;
  excludedBy: string;
}

/**
 * The print rules of the export's documents, on their own so that a change to the packets' look
 * cannot break them. Tokens (hashes, ids, UTC times) never break: they sit on one line in a size at
 * which 64 hex digits fit the narrowest column. URLs and settings are monospace blocks that wrap anywhere.
 */
export const EXPORT_CSS = `
@page { size: A4; margin: 18mm 16mm; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt; color: #111; line-height: 1.4; }
h1 { font-size: 16pt; margin: 0 0 4mm; } h2 { font-size: 12pt; margin: 6mm 0 2mm; border-bottom: 1px solid #999; } h3 { font-size: 10.5pt; margin: 4mm 0 1mm; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; } td, th { border: 1px solid #bbb; padding: 1mm 2mm; vertical-align: top; text-align: left; }
th { background: #eee; width: 30%; } p { margin: 1mm 0 2mm; } ul { margin: 1mm 0; padding-left: 5mm; }
table.meta td, table.meta th { border: none; background: none; padding: 0.5mm 2mm 0.5mm 0; }
.tok { font-family: "DejaVu Sans Mono", monospace; font-size: 7.5pt; white-space: nowrap; }
.url { font-family: "DejaVu Sans Mono", monospace; font-size: 8pt; overflow-wrap: anywhere; word-break: normal; }
pre.block { font-family: "DejaVu Sans Mono", monospace; font-size: 7.5pt; white-space: pre-wrap; overflow-wrap: anywhere; word-break: normal; margin: 1mm 0 2mm; padding: 1.5mm 2mm; background: #f6f6f6; border: 1px solid #ddd; }
table.files th { width: 22%; }
.status-PARTIAL, .status-FAILED { border: 1px solid #c60; background: #fff4e5; padding: 1mm 2mm; }
.sign { margin-top: 14mm; border-top: 1px solid #111; width: 80mm; padding-top: 1mm; font-size: 8pt; }
`;

export const htmlPage = (title: string, body: string, lang: 'en' | 'nl' = 'en'): string =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${EXPORT_CSS}</style></head><body><h1>${esc(title)}</h1>${body}</body></html>`;

/** A token that must not break: a hash, a bundle id, a UTC time. */
export const hash = (h: string): string => `<span class="tok">${esc(h)}</span>`;

export const url = (u: string): string => `<span class="url">${esc(u)}</span>`;

const blockMarkdown = (b: Block): string => (typeof b === 'string' ? b : `\`\`\`text\n${b.mono.join('\n')}\n\`\`\``);
const blockHtml = (b: Block): string => (typeof b === 'string' ? `<p>${esc(b)}</p>` : `<pre class="block">${esc(b.mono.join('\n'))}</pre>`);

export const sectionsMarkdown = (title: string, sections: Section[]): string => `# ${title}\n\n${sections.map((s) => `## ${s.title}\n\n${s.paragraphs.map(blockMarkdown).join('\n\n')}\n`).join('\n')}`;

export const sectionsHtml = (title: string, sections: Section[]): string => htmlPage(title, sections.map((s) => `<h2>${esc(s.title)}</h2>${s.paragraphs.map(blockHtml).join('')}`).join(''));

// Paths are given inside the bundle's folder (the bundle row names it), the folder on a line of its
// own, so that no path breaks: an image's file name is itself a 64-digit hash.
export const pathLines = (path: string): string => {
  const rel = path.replace(/^bundles\/[^/]+\//, '');
  const cut = rel.lastIndexOf('/') + 1;
  return rel.length > 60 && cut > 0 ? `${hash(rel.slice(0, cut))}<br>${hash(rel.slice(cut))}` : hash(rel);
};

const fileCell = (f: ExhibitFile | null): string =>
  f ? `${pathLines(f.path)}<br>${hash(`sha256 ${f.sha256}`)}${f.sealed ? `<br>sealed; original:<br>${hash(`sha256 ${f.plaintextSha256 ?? '?'}`)}` : ''}` : '<i>not captured</i>';

/** The capture's outcome with its reasons: a PARTIAL or FAILED bundle never reads as a plain success. */
export function outcomeHtml(e: Pick<Exhibit, 'captureStatus' | 'captureReasons' | 'botWall'>): string {
  if (e.captureStatus === 'COMPLETE') return 'COMPLETE';
  const reasons = [...e.captureReasons, ...(e.botWall && !e.captureReasons.some((r) => r.includes(e.botWall!.kind)) ? [`bot wall: ${e.botWall.kind} (${e.botWall.signals.join('; ')})`] : [])];
  return `<div class="status-${esc(e.captureStatus)}"><b>${esc(e.captureStatus)}</b>${reasons.length ? `<ul>${reasons.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>` : ' (no reason recorded)'}</div>`;
}

const integrityHtml = (e: Exhibit): string =>
  `${e.verifies ? 'verifies: file hashes, manifest schema, signature, timestamps and custody log check out' : '<b>DOES NOT VERIFY</b>'}${e.captureStatus !== 'COMPLETE' ? `; this proves the files are unchanged, not that the capture shows the site (capture ${esc(e.captureStatus)})` : ''}${e.notEstablished.length ? `<br>not established: ${esc(e.notEstablished.join('; '))}` : ''}`;

const urlCell = (e: Exhibit): string =>
  [
    `${url(e.url)} (requested)`,
    ...e.internalRedirects.map((r) => `${url(`${r.from} → ${r.to}`)}<br>browser upgrade: ${esc(r.causeText)}, no server redirect (the http:// URL reached no server)`),
    e.finalUrl && e.finalUrl !== e.url ? `final: ${url(e.finalUrl)}${e.serverRedirects !== null ? ` after ${e.serverRedirects} server redirect${e.serverRedirects === 1 ? '' : 's'}` : ''}` : '',
    `HTTP ${esc(e.httpStatus ?? 'none')}`,
  ]
    .filter(Boolean)
    .join('<br>');

export const excludedHtml = (excluded: ExcludedBundle[]): string =>
  excluded.length === 0
    ? '<p>No bundle of this case was left out of this export.</p>'
    : `<p>Left out of this export on the operator's instruction (<span class="tok">export --exclude</span>); they are not in the zip and have no exhibit number:</p><table>${excluded
        .map((x) => `<tr><td>${hash(x.bundleId)}<br>${url(x.url)}<br>captured ${hash(x.capturedAt)} (${esc(x.status)}); excluded by ${esc(x.excludedBy)}</td></tr>`)
        .join('')}</table>`;

export function exhibitIndexHtml(caseId: string, exhibits: Exhibit[], excluded: ExcludedBundle[]): string {
  return htmlPage(
    `Exhibit index — case ${caseId}`,
    `<p>One exhibit per captured URL, with the minimum capture of Berkeley Protocol para 155: the URL, the HTML source, a dated full-page capture and the embedded media, each with its SHA-256. Sealed files are listed with the hash of the encrypted file and of the original. File paths are inside the exhibit's bundle folder, bundles/&lt;bundle&gt;/. Each exhibit has a printable page set (the safe view, stamped) under exhibits/.</p>${exhibits
      .map(
        (e) => `<h2>${esc(e.exhibit)} — ${esc(e.url)}</h2><table class="files">
<tr><th>bundle</th><td><span class="tok">${esc(e.bundleId)}</span></td></tr>
<tr><th>manifest</th><td>${hash(`sha256 ${e.manifestSha256}`)}</td></tr>
<tr><th>URL</th><td>${urlCell(e)}</td></tr>
<tr><th>captured</th><td>${esc(e.capturedAt)} (UTC); ${esc(longDate(e.capturedAt, 'en'))}${e.collector ? `; by ${esc(e.collector)}` : ''}</td></tr>
<tr><th>capture outcome</th><td>${outcomeHtml(e)}</td></tr>
<tr><th>timestamps</th><td>${e.timestamps.map((t) => `${esc(t.genTime ?? '?')} ${t.ok ? 'valid' : 'INVALID'}${t.anchored ? ', anchored' : ', not anchored'}`).join('<br>') || 'none'}</td></tr>
<tr><th>HTML source</th><td>${fileCell(e.htmlSource)}</td></tr>
<tr><th>full-page capture</th><td>${fileCell(e.fullPageCapture)}</td></tr>
<tr><th>safe view</th><td>${fileCell(e.safeView)}</td></tr>
<tr><th>embedded media</th><td>${e.embeddedMedia.length === 0 ? '<i>none</i>' : e.embeddedMedia.map(fileCell).join('<br>')}</td></tr>
<tr><th>web archive</th><td>${fileCell(e.webArchive)}</td></tr>
<tr><th>printable exhibit</th><td class="url">${esc(e.exhibitPdf)}</td></tr>
<tr><th>integrity</th><td>${integrityHtml(e)}</td></tr></table>`,
      )
      .join('')}<h2>Excluded from this export</h2>${excludedHtml(excluded)}`,
  );
}

const bundleVerdict = (r: BundleVerification): string => {
  if (!r.ok) return 'FAILED';
  return r.status && r.status !== 'COMPLETE' ? `files intact; capture ${r.status}` : 'files intact';
};

export function verificationReportHtml(caseId: string, checkedAt: string, results: BundleVerification[], exhibits: Exhibit[]): string {
  const ok = results.every((r) => r.ok);
  const byBundle = new Map(exhibits.map((e) => [e.bundleId, e]));
  const incomplete = exhibits.filter((e) => e.captureStatus !== 'COMPLETE');
  return htmlPage(
    `Verification report — case ${caseId}`,
    `<p>Checked ${esc(checkedAt)}. Result: <b>${ok ? 'ALL BUNDLES VERIFY' : 'PROBLEMS FOUND'}</b> (${results.filter((r) => r.ok).length} of ${results.length}).${incomplete.length ? ` Verifying proves the files are unchanged since capture; ${incomplete.length} of the captures are not COMPLETE (${esc(incomplete.map((e) => `${e.exhibit} ${e.captureStatus}`).join(', '))}): see their reasons below.` : ''}</p>
<p>For each bundle: every artifact's size and SHA-256 against the manifest, the manifest against its schema, the CMS signature over the manifest and the signer's certificate, every RFC 3161 token (message imprint, TSA signature, validity at the time of stamping), and every link of the custody log.</p>${results
      .map((r) => {
        const e = r.bundleId ? byBundle.get(r.bundleId) : undefined;
        return `<h2>${esc(e?.exhibit ?? '')} <span class="tok">${esc(r.bundleId ?? r.path)}</span>: ${esc(bundleVerdict(r))}</h2><table>
<tr><th>URL</th><td class="url">${esc(r.url ?? '?')}</td></tr><tr><th>capture outcome</th><td>${e ? outcomeHtml(e) : esc(r.status ?? '?')}</td></tr>
<tr><th>artifacts hashed</th><td>${r.artifactsChecked} (${r.bytesHashed} bytes)</td></tr>
<tr><th>signature</th><td>${r.signature ? `${r.signature.ok ? 'valid' : `INVALID (${esc(r.signature.reason ?? '')})`}; ${esc(r.signature.signerSubject ?? '')}; certificate<br>${hash(`sha256 ${r.signature.signerCertSha256 ?? ''}`)}` : 'missing'}</td></tr>
<tr><th>timestamps</th><td>${r.timestamps.map((t) => `${esc(t.file)}: ${t.ok ? 'valid' : 'INVALID'}${t.anchored ? ', anchored to a trusted TSA root' : ', not anchored (no TSA trust anchor given)'}, ${esc(t.genTime ?? '?')}, ${esc(t.tsaSubject ?? '?')}`).join('<br>') || 'none'}</td></tr>
<tr><th>custody events</th><td>${r.custodyEvents}</td></tr>
${e && e.notEstablished.length ? `<tr><th>not established</th><td>${esc(e.notEstablished.join('; '))}</td></tr>` : ''}
${r.problems.map((p) => `<tr><th>problem</th><td>${esc(p.artifact)}: ${esc(p.reason)}</td></tr>`).join('')}</table>`;
      })
      .join('')}`,
  );
}
