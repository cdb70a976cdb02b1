import { escapeXml as esc } from '../core/html.js';
import type { BundleVerification } from '../evidence/index.js';
import { PRINT_CSS } from '../refer/index.js';
import type { Exhibit, ExhibitFile } from './exhibits.js';

export interface Section {
  title: string;
  paragraphs: string[];
}

export interface MethodologyInput {
  caseId: string;
  toolVersion: string;
  exportedAt: string;
  actor: string;
  settings: Record<string, unknown>;
  blocked: { bundleId: string; url: string; actions: string[] }[];
}

/** The methodology statement: what the tool did, with which settings, and what it refused to do. */
export function methodology(m: MethodologyInput): Section[] {
  return [
    {
      title: 'Scope',
      paragraphs: [`Case ${m.caseId}, exported ${m.exportedAt} by ${m.actor} with dijkwacht ${m.toolVersion}. Every exhibit below is a capture of a public web page; nothing was uploaded, submitted, bought or downloaded from the sites.`],
    },
    {
      title: 'Discovery and classification',
      paragraphs: [
        'Sites were found through search engine queries and by following links between pages (HTTP first; a headless browser only for pages that need script to show text). Discovery never downloads images or other media: such requests are refused before the body is read.',
        'Each page is labelled nudify, deepfake, directory or unrelated by a transparent rule-based classifier. Every label carries the matched text that caused it; a human reviewer can confirm or override it, and that verdict is kept in the label history.',
      ],
    },
    {
      title: 'Capture',
      paragraphs: [
        'Each URL was opened in a fresh, isolated headless Chromium context. The capture records the full-page screenshot, the HTML source as received (byte-exact), the rendered DOM and text, the main response and its headers, the redirect chain, a WARC/WACZ web archive, the TLS certificate chain, DNS answers, links, page metadata and an inventory of embedded images with their hashes.',
        'Artifacts that may show intimate imagery (the original screenshot, the web archive, image files) are sealed: encrypted with AES-256-GCM under a key wrapped with RSA-OAEP-SHA256 for the custodians. A safe-view screenshot with all imagery pixelated is the working copy.',
        'The manifest of each bundle lists every artifact with its SHA-256; it is signed (CMS, detached) and the signature is timestamped by RFC 3161 timestamp authorities. A hash-chained custody log records every later step (stored, verified, unsealed, exported).',
      ],
    },
    {
      title: 'What was blocked, and why',
      paragraphs: [
        'Observation only: form submissions, uploads, downloads, pop-ups, file choosers and navigation away from the redirect chain are blocked; nothing is typed or clicked. Private network addresses are refused unless explicitly allowed.',
        ...m.blocked.map((b) => `${b.bundleId} (${b.url}): ${b.actions.length > 0 ? b.actions.join('; ') : 'no blocked action'}`),
      ],
    },
    { title: 'Settings in force', paragraphs: Object.entries(m.settings).map(([k, v]) => `${k} = ${JSON.stringify(v)}`) },
    {
      title: 'Standards',
      paragraphs: ['Berkeley Protocol on Digital Open Source Investigations, para 155 (minimum capture: URL, HTML source, dated full-page capture, embedded media) and para 167 (chain of custody); ISO/IEC 27037; RFC 3161 (time-stamp protocol); RFC 5652 (CMS).'],
    },
  ];
}

export const sectionsMarkdown = (title: string, sections: Section[]): string => `# ${title}\n\n${sections.map((s) => `## ${s.title}\n\n${s.paragraphs.join('\n\n')}\n`).join('\n')}`;

const page = (title: string, body: string): string => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${PRINT_CSS}</style></head><body><h1>${esc(title)}</h1>${body}</body></html>`;

export const sectionsHtml = (title: string, sections: Section[]): string => page(title, sections.map((s) => `<h2>${esc(s.title)}</h2>${s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}`).join(''));

const fileCell = (f: ExhibitFile | null): string => (f ? `<span class="mono">${esc(f.path)}<br>sha256 ${esc(f.sha256)}${f.sealed ? `<br>sealed; original sha256 ${esc(f.plaintextSha256 ?? '?')}` : ''}</span>` : '<i>not captured</i>');

export function exhibitIndexHtml(caseId: string, exhibits: Exhibit[]): string {
  return page(
    `Exhibit index — case ${caseId}`,
    `<p>One exhibit per captured URL, with the minimum capture of Berkeley Protocol para 155: the URL, the HTML source, a dated full-page capture and the embedded media, each with its SHA-256. Sealed files are listed with the hash of the encrypted file and of the original.</p>${exhibits
      .map(
        (e) => `<h2>${esc(e.exhibit)} — ${esc(e.url)}</h2><table>
<tr><th>bundle</th><td class="mono">${esc(e.bundleId)}</td></tr>
<tr><th>URL (final)</th><td class="mono">${esc(e.url)}${e.finalUrl && e.finalUrl !== e.url ? ` → ${esc(e.finalUrl)}` : ''} (HTTP ${esc(e.httpStatus ?? 'none')})</td></tr>
<tr><th>captured</th><td>${esc(e.capturedAt)} (${esc(e.captureStatus)}); timestamps: ${esc(e.timestamps.map((t) => `${t.genTime ?? '?'} ${t.ok ? 'valid' : 'INVALID'}`).join(', ') || 'none')}</td></tr>
<tr><th>HTML source</th><td>${fileCell(e.htmlSource)}</td></tr>
<tr><th>full-page capture</th><td>${fileCell(e.fullPageCapture)}</td></tr>
<tr><th>safe view</th><td>${fileCell(e.safeView)}</td></tr>
<tr><th>embedded media</th><td>${e.embeddedMedia.length === 0 ? '<i>none</i>' : e.embeddedMedia.map(fileCell).join('<br>')}</td></tr>
<tr><th>web archive</th><td>${fileCell(e.webArchive)}</td></tr>
<tr><th>verifies</th><td>${e.verifies ? 'yes' : '<b>NO</b>'}</td></tr></table>`,
      )
      .join('')}`,
  );
}

export function verificationReportHtml(caseId: string, checkedAt: string, results: BundleVerification[]): string {
  const ok = results.every((r) => r.ok);
  return page(
    `Verification report — case ${caseId}`,
    `<p>Checked ${esc(checkedAt)}. Result: <b>${ok ? 'ALL BUNDLES VERIFY' : 'PROBLEMS FOUND'}</b> (${results.filter((r) => r.ok).length} of ${results.length}).</p>
<p>For each bundle: every artifact's size and SHA-256 against the manifest, the manifest against its schema, the CMS signature over the manifest and the signer's certificate, every RFC 3161 token (message imprint, TSA signature, validity at the time of stamping), and every link of the custody log.</p>${results
      .map(
        (r) => `<h2>${esc(r.bundleId ?? r.path)}: ${r.ok ? 'OK' : 'FAILED'}</h2><table>
<tr><th>URL</th><td class="mono">${esc(r.url ?? '?')}</td></tr><tr><th>capture status</th><td>${esc(r.status ?? '?')}</td></tr>
<tr><th>artifacts hashed</th><td>${r.artifactsChecked} (${r.bytesHashed} bytes)</td></tr>
<tr><th>signature</th><td>${r.signature ? `${r.signature.ok ? 'valid' : `INVALID (${esc(r.signature.reason ?? '')})`}; ${esc(r.signature.signerSubject ?? '')}; certificate sha256 <span class="mono">${esc(r.signature.signerCertSha256 ?? '')}</span>` : 'missing'}</td></tr>
<tr><th>timestamps</th><td>${r.timestamps.map((t) => `${esc(t.file)}: ${t.ok ? 'valid' : 'INVALID'}, ${esc(t.genTime ?? '?')}, ${esc(t.tsaSubject ?? '?')}`).join('<br>') || 'none'}</td></tr>
<tr><th>custody events</th><td>${r.custodyEvents}</td></tr>
${r.problems.map((p) => `<tr><th>problem</th><td>${esc(p.artifact)}: ${esc(p.reason)}</td></tr>`).join('')}</table>`,
      )
      .join('')}`,
  );
}
