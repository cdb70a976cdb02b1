import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
process.env.AWS_SDK_JS_SUPPRESS_NODE_DEPRECATION_WARNING ??= '1';
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, type PutObjectCommandInput } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { describeError, SetupError } from '../core/errors.js';
import type { Options } from '../options/index.js';
import type { BundleStore } from './bundle-store.js';
import { asStorageError, guardWrite, StorageError } from './errors.js';
import { listFilesRecursive } from './fs-store.js';
import { releaseStaging, trackTemporary, untrackTemporary } from './staging-sweep.js';

/** Files uploaded last, in this order: a bundle is listed only once manifest.json is there. */
const LAST = ['custody.jsonl', 'manifest.json.p7s', 'manifest.json'];

/**
 * Bundles as objects under <bucket>/<prefix><bundleId>/. Large artifacts go up in multipart uploads;
 * Object Lock mode and retain-until date are set on every object when configured.
 */
export class S3BundleStore implements BundleStore {
  readonly kind = 's3' as const;
  readonly #client: S3Client;
  readonly #bucket: string;
  readonly #prefix: string;
  readonly #options: Options;

  constructor(options: Options) {
    if (!options.s3Bucket) throw new SetupError('The S3 store needs a bucket: set s3Bucket (DIJKWACHT_S3_BUCKET).');
    this.#options = options;
    this.#bucket = options.s3Bucket;
    this.#prefix = options.s3Prefix;
    this.#client = new S3Client({
      region: options.s3Region,
      forcePathStyle: options.s3ForcePathStyle,
      ...(options.s3Endpoint ? { endpoint: options.s3Endpoint } : {}),
      ...(options.s3AccessKeyId && options.s3SecretAccessKey
        ? { credentials: { accessKeyId: options.s3AccessKeyId, secretAccessKey: options.s3SecretAccessKey } }
        : {}),
    });
  }

  #key(bundleId: string, rel = ''): string {
    return `${this.#prefix}${bundleId}/${rel}`;
  }

  location(bundleId: string): string {
    return `s3://${this.#bucket}/${this.#key(bundleId)}`;
  }

  #lock(): Pick<PutObjectCommandInput, 'ObjectLockMode' | 'ObjectLockRetainUntilDate'> {
    if (!this.#options.s3ObjectLockMode) return {};
    return {
      ObjectLockMode: this.#options.s3ObjectLockMode,
      ObjectLockRetainUntilDate: new Date(Date.now() + this.#options.s3ObjectLockDays * 86_400_000),
    };
  }

  async #put(key: string, body: Buffer | string, size: number): Promise<void> {
    await this.#client.send(new PutObjectCommand({ Bucket: this.#bucket, Key: key, Body: body, ContentLength: size, ...this.#lock() }));
  }

  async #upload(key: string, path: string): Promise<void> {
    const { size } = await stat(path);
    if (size < this.#options.s3PartSizeBytes) {
      await this.#put(key, await readFile(path), size);
      return;
    }
    const upload = new Upload({
      client: this.#client,
      partSize: this.#options.s3PartSizeBytes,
      queueSize: 2,
      leavePartsOnError: false,
      params: { Bucket: this.#bucket, Key: key, Body: createReadStream(path), ...this.#lock() },
    });
    await upload.done();
  }

  async commit(stagingDir: string, bundleId: string): Promise<string> {
    const files = await listFilesRecursive(stagingDir);
    const ordered = [...files.filter((f) => !LAST.includes(f)), ...LAST.filter((f) => files.includes(f))];
    for (const rel of ordered) {
      const source = join(stagingDir, rel);
      try {
        await this.#upload(this.#key(bundleId, rel), source);
      } catch (error) {
        const local = asStorageError(error, source, 'read');
        throw local instanceof StorageError
          ? local
          : new StorageError(`Cannot upload bundle ${bundleId} to ${this.location(bundleId)}: ${describeError(error)}`, { cause: error, path: this.location(bundleId) });
      }
    }
    await rm(stagingDir, { recursive: true, force: true });
    await releaseStaging(stagingDir);
    return this.location(bundleId);
  }

  async list(): Promise<string[]> {
    const ids: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.#client.send(new ListObjectsV2Command({ Bucket: this.#bucket, Prefix: this.#prefix, ContinuationToken: token }));
      for (const obj of page.Contents ?? []) {
        const m = obj.Key?.slice(this.#prefix.length).match(/^([^/]+)\/manifest\.json$/);
        if (m?.[1]) ids.push(m[1]);
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return ids.sort();
  }

  async has(bundleId: string): Promise<boolean> {
    try {
      await this.#client.send(new HeadObjectCommand({ Bucket: this.#bucket, Key: this.#key(bundleId, 'manifest.json') }));
      return true;
    } catch {
      return false;
    }
  }

  async read(bundleId: string, rel: string): Promise<Buffer> {
    const out = await this.#client.send(new GetObjectCommand({ Bucket: this.#bucket, Key: this.#key(bundleId, rel) }));
    if (!out.Body) throw new StorageError(`Empty object ${this.#key(bundleId, rel)}.`);
    return Buffer.from(await out.Body.transformToByteArray());
  }

  async files(bundleId: string): Promise<string[]> {
    const prefix = this.#key(bundleId);
    const out: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.#client.send(new ListObjectsV2Command({ Bucket: this.#bucket, Prefix: prefix, ContinuationToken: token }));
      for (const obj of page.Contents ?? []) if (obj.Key) out.push(obj.Key.slice(prefix.length));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return out.sort();
  }

  async write(bundleId: string, rel: string, data: Buffer | string): Promise<void> {
    const body = typeof data === 'string' ? Buffer.from(data) : data;
    await this.#put(this.#key(bundleId, rel), body, body.length);
  }

  async materialize(bundleId: string): Promise<{ dir: string; release(): Promise<void> }> {
    const root = await guardWrite(tmpdir(), () => mkdtemp(join(tmpdir(), 'dw-s3-bundle-')), 'create a temporary directory in');
    trackTemporary(root);
    const release = async (): Promise<void> => {
      await rm(root, { recursive: true, force: true });
      untrackTemporary(root);
    };
    const dir = join(root, bundleId);
    try {
      for (const rel of await this.files(bundleId)) {
        const target = join(dir, rel);
        const data = await this.read(bundleId, rel);
        await guardWrite(target, async () => {
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, data);
        });
      }
    } catch (error) {
      await release();
      throw error;
    }
    return { dir, release };
  }
}
