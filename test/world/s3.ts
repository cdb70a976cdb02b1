import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

export interface LockHeaders {
  mode: string | undefined;
  retainUntil: string | undefined;
}

export interface TestS3 {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Object Lock headers seen on the wire per object key (s3rver itself ignores them). */
  lockHeaders: Map<string, LockHeaders>;
  /** Count of multipart upload parts seen (UploadPart calls). */
  uploadParts: number;
  stop(): Promise<void>;
}

/** s3rver (an S3-compatible server) behind a small recording pass-through on loopback. */
export async function startS3(bucket = 'evidence'): Promise<TestS3> {
  const dir = await mkdtemp(join(tmpdir(), 'dw-s3-'));
  const s3rver = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: bucket, configs: [] }] });
  const inner = (await s3rver.run());
  const lockHeaders = new Map<string, LockHeaders>();
  const state = { uploadParts: 0 };
  const front: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const key = decodeURIComponent(url.pathname.replace(new RegExp(`^/${bucket}/`), ''));
    if (req.method === 'PUT' && url.searchParams.has('partNumber')) state.uploadParts++;
    const mode = req.headers['x-amz-object-lock-mode'] as string | undefined;
    if ((req.method === 'PUT' || req.method === 'POST') && mode !== undefined) {
      lockHeaders.set(key, { mode, retainUntil: req.headers['x-amz-object-lock-retain-until-date'] as string | undefined });
    }
    const upstream = request({ host: '127.0.0.1', port: inner.port, method: req.method, path: req.url, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(front.address() as AddressInfo).port}`,
    bucket,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    lockHeaders,
    get uploadParts() {
      return state.uploadParts;
    },
    async stop() {
      front.closeAllConnections();
      await new Promise((r) => front.close(r));
      await s3rver.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
