import type { BundleVerification, Manifest } from '../evidence/index.js';

/** A file of an exhibit with the hashes a court expert checks. */
export interface ExhibitFile {
  path: string;
  sha256: string;
  bytes: number;
  sealed: boolean;
  plaintextSha256: string | null;
}

/**
 * One exhibit per captured URL, with the minimum the Berkeley Protocol (para 155) asks of a web
 * capture: the URL, the HTML source, a dated full-page capture and the embedded media, each hashed.
 */
export interface Exhibit {
  exhibit: string;
  bundleId: string;
  url: string;
  finalUrl: string | null;
  httpStatus: number | null;
  capturedAt: string;
  captureStatus: string;
  /** Why the capture is PARTIAL or FAILED, as its manifest records it (empty when COMPLETE). */
  captureReasons: string[];
  /** The bot wall or challenge page the capture met instead of the site, if any. */
  botWall: { kind: string; signals: string[] } | null;
  /** SHA-256 of the bundle's manifest.json: the one hash that fixes every file of the bundle. */
  manifestSha256: string;
  /** The printable exhibit inside the export. */
  exhibitPdf: string;
  /** Redirects the browser made itself (HTTPS upgrades): no server answered the URL they leave. */
  internalRedirects: BrowserRedirect[];
  /** Redirects servers answered with, from redirect-chain.json (null when it does not say). */
  serverRedirects: number | null;
  /** The collector the bundle's provenance names, or null. */
  collector: string | null;
  timestamps: { file: string; genTime: string | null; ok: boolean; anchored: boolean }[];
  signer: string;
  htmlSource: ExhibitFile | null;
  fullPageCapture: ExhibitFile | null;
  safeView: ExhibitFile | null;
  embeddedMedia: ExhibitFile[];
  webArchive: ExhibitFile | null;
  /** Hashes, schema, signature, timestamps and custody log check out. Says nothing of the capture's outcome. */
  verifies: boolean;
  /** What the check at export could not establish (unanchored timestamps, an unpinned signer). */
  notEstablished: string[];
}

/** A browser-internal redirect as the capture's redirect-chain.json records it. */
export interface BrowserRedirect {
  from: string;
  to: string;
  cause: string;
  causeText: string;
}

/** The part of redirect-chain.json an exhibit shows; older bundles have no internalRedirects. */
export interface RedirectRecord {
  internalRedirects?: Partial<BrowserRedirect>[];
  serverRedirects?: number;
}

export const exhibitNumber = (index: number): string => `E-${String(index + 1).padStart(3, '0')}`;

/** What a verification left open, in words a reader of the index understands. */
export function openPoints(v: BundleVerification): string[] {
  const out: string[] = [];
  if (v.timestamps.length === 0) out.push('no RFC 3161 timestamp');
  else if (v.timestamps.some((t) => !t.anchored)) out.push('timestamp not anchored (no TSA trust anchor given at export)');
  if (v.signerTrust !== 'trusted') out.push('signer not pinned (checked against the certificate in the bundle only)');
  return out;
}

export interface ExhibitInput {
  index: number;
  bundleDir: string;
  manifest: Manifest;
  manifestSha256: string;
  verification: BundleVerification;
  collector: string | null;
  redirects: RedirectRecord | null;
}

export function exhibitFor({ index, bundleDir, manifest: m, manifestSha256, verification: v, collector, redirects }: ExhibitInput): Exhibit {
  const entry = (a: Manifest['artifacts'][number]): ExhibitFile => ({ path: `${bundleDir}/${a.path}`, sha256: a.sha256, bytes: a.bytes, sealed: a.sealed, plaintextSha256: a.plaintext?.sha256 ?? null });
  const file = (role: string): ExhibitFile | null => {
    const a = m.artifacts.find((x) => x.role === role);
    return a ? entry(a) : null;
  };
  const exhibit = exhibitNumber(index);
  return {
    exhibit,
    bundleId: m.bundleId,
    url: m.target.requestedUrl,
    finalUrl: m.target.finalUrl,
    httpStatus: m.target.httpStatus,
    capturedAt: m.capture.endedAt,
    captureStatus: m.capture.status,
    captureReasons: m.capture.reasons,
    botWall: m.capture.botWall,
    manifestSha256,
    exhibitPdf: `exhibits/${exhibit}.pdf`,
    internalRedirects: (redirects?.internalRedirects ?? []).map((r) => ({ from: r.from ?? '?', to: r.to ?? '?', cause: r.cause ?? 'unreported', causeText: r.causeText ?? r.cause ?? 'cause not recorded' })),
    serverRedirects: typeof redirects?.serverRedirects === 'number' ? redirects.serverRedirects : null,
    collector,
    timestamps: v.timestamps.map((t) => ({ file: t.file, genTime: t.genTime, ok: t.ok, anchored: t.anchored })),
    signer: m.signer.subject,
    htmlSource: file('html-source') ?? file('response-body'),
    fullPageCapture: file('screenshot-original'),
    safeView: file('screenshot-safe-view'),
    embeddedMedia: m.artifacts.filter((a) => a.role === 'image').map(entry),
    webArchive: file('wacz') ?? file('warc'),
    verifies: v.ok,
    notEstablished: openPoints(v),
  };
}
