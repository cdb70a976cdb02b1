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
  timestamps: { file: string; genTime: string | null; ok: boolean }[];
  signer: string;
  htmlSource: ExhibitFile | null;
  fullPageCapture: ExhibitFile | null;
  safeView: ExhibitFile | null;
  embeddedMedia: ExhibitFile[];
  webArchive: ExhibitFile | null;
  verifies: boolean;
}

export function exhibitFor(index: number, bundleDir: string, m: Manifest, v: BundleVerification): Exhibit {
  const file = (role: string): ExhibitFile | null => {
    const a = m.artifacts.find((x) => x.role === role);
    return a ? { path: `${bundleDir}/${a.path}`, sha256: a.sha256, bytes: a.bytes, sealed: a.sealed, plaintextSha256: a.plaintext?.sha256 ?? null } : null;
  };
  return {
    exhibit: `E-${String(index + 1).padStart(3, '0')}`,
    bundleId: m.bundleId,
    url: m.target.requestedUrl,
    finalUrl: m.target.finalUrl,
    httpStatus: m.target.httpStatus,
    capturedAt: m.capture.endedAt,
    captureStatus: m.capture.status,
    timestamps: v.timestamps.map((t) => ({ file: t.file, genTime: t.genTime, ok: t.ok })),
    signer: m.signer.subject,
    htmlSource: file('html-source') ?? file('response-body'),
    fullPageCapture: file('screenshot-original'),
    safeView: file('screenshot-safe-view'),
    embeddedMedia: m.artifacts
      .filter((a) => a.role === 'image')
      .map((a) => ({ path: `${bundleDir}/${a.path}`, sha256: a.sha256, bytes: a.bytes, sealed: a.sealed, plaintextSha256: a.plaintext?.sha256 ?? null })),
    webArchive: file('wacz') ?? file('warc'),
    verifies: v.ok,
  };
}
