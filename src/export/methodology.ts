import type { Block, ExcludedBundle, Section } from './documents.js';
import type { SettingLine, SettingsComparison } from './provenance.js';

export interface MethodologyInput {
  caseId: string;
  toolVersion: string;
  exportedAt: string;
  actor: string;
  /** The settings each bundle's provenance records, compared across the bundles. */
  settings: SettingsComparison;
  blocked: { exhibit: string; bundleId: string; url: string; actions: string[] }[];
  excluded: ExcludedBundle[];
}

const lines = (s: SettingLine[]): string[] => s.map((l) => `${l.name} = ${l.value}`);

function settingsBlocks(s: SettingsComparison): Block[] {
  const out: Block[] = [
    'These are the settings recorded in each bundle’s artifacts/provenance.json at the time of capture (the file is hashed in the bundle’s manifest), not those of the machine that made this export. Settings of discovery, search, domain lookups, notices and verification play no part in a capture and are left out here; provenance.json lists every setting.',
  ];
  if (s.common.length > 0) out.push(s.differing.length > 0 ? 'Shared by every bundle:' : 'The same for every bundle:', { mono: lines(s.common) });
  for (const d of s.differing) out.push(`Only for ${d.exhibit} (${d.bundleId}):`, { mono: lines(d.lines) });
  for (const u of s.unrecorded) out.push(`${u.exhibit} (${u.bundleId}) has no provenance.json: its settings were not recorded.`);
  return out;
}

const excludedBlocks = (m: MethodologyInput): Block[] =>
  m.excluded.length === 0
    ? ['Every bundle of the case is in this export.']
    : [
        `${m.excluded.length} bundle${m.excluded.length === 1 ? '' : 's'} of the case ${m.excluded.length === 1 ? 'was' : 'were'} left out on the instruction of the operator, ${m.actor} (export --exclude). They are not in the zip, and no exhibit number is given to them:`,
        { mono: m.excluded.map((x) => `${x.bundleId}  ${x.status}  ${x.capturedAt}  ${x.url}`) },
      ];

/** The methodology statement: what the tool did, with the settings in force at capture, and what it refused to do. */
export function methodology(m: MethodologyInput): Section[] {
  return [
    {
      title: 'Scope',
      paragraphs: [`Case ${m.caseId}, exported ${m.exportedAt} by ${m.actor} with dijkwacht ${m.toolVersion}. Every exhibit below is a capture of a public web page; nothing was uploaded, submitted, bought or downloaded from the sites.`],
    },
    { title: 'Bundles left out', paragraphs: excludedBlocks(m) },
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
        'Artifacts that may show intimate imagery (the original screenshot, the web archive, image files) are sealed: encrypted with AES-256-GCM under a key wrapped with RSA-OAEP-SHA256 for the custodians. A safe-view screenshot with all imagery pixelated is the working copy; the printable exhibits (exhibits/E-nnn.pdf) show that safe view, stamped with the URL, the capture time, the bundle id and the manifest hash.',
        'The manifest of each bundle lists every artifact with its SHA-256; it is signed (CMS, detached) and the signature is timestamped by RFC 3161 timestamp authorities. A hash-chained custody log records every later step (stored, verified, unsealed, exported).',
        'Each capture ends COMPLETE, PARTIAL or FAILED, with its reasons (for example a bot wall or challenge page shown instead of the site). The exhibit index and the verification report give the outcome and reasons of every bundle; a bundle that verifies is unchanged since capture, which says nothing about whether the capture shows the site.',
      ],
    },
    {
      title: 'What was blocked, and why',
      paragraphs: [
        'Observation only: form submissions, uploads, downloads, pop-ups, file choosers and navigation away from the redirect chain are blocked; nothing is typed or clicked. Private network addresses are refused unless explicitly allowed.',
        ...m.blocked.map((b) => `${b.exhibit} ${b.bundleId} (${b.url}): ${b.actions.length > 0 ? b.actions.join('; ') : 'no blocked action'}`),
      ],
    },
    { title: 'Settings in force at capture', paragraphs: settingsBlocks(m.settings) },
    {
      title: 'Standards',
      paragraphs: ['Berkeley Protocol on Digital Open Source Investigations, para 155 (minimum capture: URL, HTML source, dated full-page capture, embedded media) and para 167 (chain of custody); ISO/IEC 27037; RFC 3161 (time-stamp protocol); RFC 5652 (CMS).'],
    },
  ];
}
