/**
 * Where finished bundles live. A bundle is committed whole from a staging directory; afterwards
 * only timestamps/*.tsr and custody.jsonl change (both append-only in meaning).
 */
export interface BundleStore {
  readonly kind: 'fs' | 's3';
  /** Moves a finished staging directory into the store. Returns the bundle's location. */
  commit(stagingDir: string, bundleId: string): Promise<string>;
  /** Human-readable location: a directory or an s3:// URL. */
  location(bundleId: string): string;
  /** Ids of complete bundles (those whose manifest.json is present). */
  list(): Promise<string[]>;
  has(bundleId: string): Promise<boolean>;
  read(bundleId: string, rel: string): Promise<Buffer>;
  /** Relative paths of every file of a bundle. */
  files(bundleId: string): Promise<string[]>;
  write(bundleId: string, rel: string, data: Buffer | string): Promise<void>;
  /**
   * A local directory holding the bundle, for verify and unseal. For the filesystem store it is the
   * bundle itself; for S3 a temporary copy that `release` removes.
   */
  materialize(bundleId: string): Promise<{ dir: string; release(): Promise<void> }>;
}
