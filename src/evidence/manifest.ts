import type { SealRecipient } from './seal.js';

/** 1.1.0 adds the role tsa-chain; verify keeps accepting 1.0.0 manifests. */
export const MANIFEST_SCHEMA_ID = 'https://dijkwacht.nl/schemas/bundle-manifest/1.1.0.json';
export const MANIFEST_SCHEMA_VERSION = '1.1.0';

export const CAPTURE_STATUSES = ['COMPLETE', 'PARTIAL', 'FAILED'] as const;
export type CaptureStatus = (typeof CAPTURE_STATUSES)[number];
export type StepOutcome = 'OK' | 'FAILED' | 'SKIPPED';

export const ARTIFACT_ROLES = [
  'screenshot-original',
  'screenshot-safe-view',
  'safe-view-regions',
  'dom',
  'html-source',
  'response-body',
  'visible-text',
  'main-response',
  'redirect-chain',
  'warc',
  'wacz',
  'har',
  'tls-chain',
  'tls-summary',
  'dns',
  'links',
  'image-inventory',
  'image',
  'page-metadata',
  'provenance',
  'capture-events',
  'verify-instructions',
  'tsa-chain',
] as const;
export type ArtifactRole = (typeof ARTIFACT_ROLES)[number];

export interface ArtifactEntry {
  /** Path inside the bundle, forward slashes. For sealed artifacts, the ciphertext file. */
  path: string;
  role: ArtifactRole;
  mediaType: string;
  bytes: number;
  sha256: string;
  sealed: boolean;
  /** For sealed artifacts: the original file's size, hash and name. */
  plaintext: { path: string; bytes: number; sha256: string } | null;
  derivedFrom: string[];
  truncated: boolean;
  note: string | null;
}

export interface StepRecord {
  name: string;
  required: boolean;
  outcome: StepOutcome;
  startedAt: string;
  durationMs: number;
  timeoutMs: number;
  detail: string | null;
}

export type Sealing =
  | { sealed: true; algorithm: 'AES-256-GCM'; keyWrap: 'RSA-OAEP-SHA256'; fileFormat: string; recipients: SealRecipient[] }
  | { sealed: false; reason: string };

export interface Manifest {
  $schema: typeof MANIFEST_SCHEMA_ID;
  schemaVersion: typeof MANIFEST_SCHEMA_VERSION;
  bundleId: string;
  caseId: string | null;
  createdAt: string;
  tool: { name: 'dijkwacht'; version: string; commit: string | null };
  target: { requestedUrl: string; finalUrl: string | null; httpStatus: number | null };
  capture: {
    status: CaptureStatus;
    reasons: string[];
    startedAt: string;
    endedAt: string;
    steps: StepRecord[];
    botWall: { kind: string; signals: string[] } | null;
  };
  sealing: Sealing;
  signer: { subject: string; certificateSha256: string };
  artifacts: ArtifactEntry[];
}
