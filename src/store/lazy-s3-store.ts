import { SetupError } from '../core/errors.js';
import type { Options } from '../options/index.js';
import type { BundleStore } from './bundle-store.js';
import type { S3BundleStore } from './s3-store.js';

/**
 * The S3 store as createStore hands it out: the AWS SDK (about a second of module loading) is
 * imported on the first call that talks to S3, so commands that never touch the store, or only
 * name a location, do not pay for it. Setup errors are still raised at once.
 */
export class LazyS3Store implements BundleStore {
  readonly kind = 's3' as const;
  readonly #options: Options;
  #store: Promise<S3BundleStore> | null = null;

  constructor(options: Options) {
    if (!options.s3Bucket) throw new SetupError('The S3 store needs a bucket: set s3Bucket (DIJKWACHT_S3_BUCKET).');
    this.#options = options;
  }

  #real(): Promise<S3BundleStore> {
    this.#store ??= import('./s3-store.js').then(({ S3BundleStore: Store }) => new Store(this.#options));
    return this.#store;
  }

  location(bundleId: string): string {
    return `s3://${this.#options.s3Bucket}/${this.#options.s3Prefix}${bundleId}/`;
  }

  async commit(stagingDir: string, bundleId: string): Promise<string> {
    return (await this.#real()).commit(stagingDir, bundleId);
  }

  async list(): Promise<string[]> {
    return (await this.#real()).list();
  }

  async has(bundleId: string): Promise<boolean> {
    return (await this.#real()).has(bundleId);
  }

  async read(bundleId: string, rel: string): Promise<Buffer> {
    return (await this.#real()).read(bundleId, rel);
  }

  async files(bundleId: string): Promise<string[]> {
    return (await this.#real()).files(bundleId);
  }

  async write(bundleId: string, rel: string, data: Buffer | string): Promise<void> {
    return (await this.#real()).write(bundleId, rel, data);
  }

  async materialize(bundleId: string): Promise<{ dir: string; release(): Promise<void> }> {
    return (await this.#real()).materialize(bundleId);
  }
}
