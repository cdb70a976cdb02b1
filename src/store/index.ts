import type { Options } from '../options/index.js';
import type { BundleStore } from './bundle-store.js';
import { FsBundleStore } from './fs-store.js';
import { LazyS3Store } from './lazy-s3-store.js';

export type { BundleStore } from './bundle-store.js';
export { FsBundleStore, listFilesRecursive } from './fs-store.js';
// S3BundleStore itself: import it from './s3-store.js' (it loads the AWS SDK).
export { LazyS3Store } from './lazy-s3-store.js';
export { StorageError, asStorageError, guardWrite, storageCode } from './errors.js';
export {
  claimStaging,
  releaseStaging,
  removeStaging,
  removeOwnedStagingSync,
  sweepStaging,
  trackTemporary,
  untrackTemporary,
  watchStagingDir,
  ownerFileOf,
  pidAlive,
  type StagingOwner,
  type SweepResult,
  type SweepRoot,
} from './staging-sweep.js';

export function createStore(options: Options): BundleStore {
  return options.store === 's3' ? new LazyS3Store(options) : FsBundleStore.forDataDir(options.dataDir);
}
