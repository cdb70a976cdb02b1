import { MANIFEST_SCHEMA_ID, MANIFEST_SCHEMA_VERSION, type Manifest } from '../../src/evidence/manifest.js';

/** The manifest of a benchmark bundle: a complete capture of a fictional page, not sealed. */
export function benchManifest(bundleId: string, now: string): Omit<Manifest, 'signer' | 'artifacts'> {
  return {
    $schema: MANIFEST_SCHEMA_ID,
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    bundleId,
    caseId: null,
    createdAt: now,
    tool: { name: 'dijkwacht', version: '0', commit: null },
    target: { requestedUrl: 'http://bench.test/', finalUrl: null, httpStatus: 200 },
    capture: { status: 'COMPLETE', reasons: [], startedAt: now, endedAt: now, steps: [], botWall: null },
    sealing: { sealed: false, reason: 'benchmark' },
  };
}
