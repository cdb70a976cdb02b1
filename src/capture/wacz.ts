import { WACZ } from '@harvard-lil/js-wacz';
import indexWARC from '@harvard-lil/js-wacz/workers/indexWARC.js';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import yazl from 'yazl';

const silent = { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} };

/** What js-wacz 0.1.6 calls on itself to index the WARCs: a Piscina pool by default. */
interface IndexerHooks {
  initWorkerPool: () => void;
  indexWARCPool: { run(task: { filename: string; detectPages?: boolean }): ReturnType<typeof indexWARC>; destroy(): Promise<void> } | null;
}

/**
 * Packages a WARC into a WACZ (indexes, pages.jsonl, datapackage) that ReplayWeb.page can replay, with
 * the digests of datapackage.json recomputed from the zip (see fixWaczDigests). The one WARC of a
 * capture is indexed in this thread, by the function js-wacz's workers run: a pool of worker threads
 * per archive (each loading the indexer anew) cost more than the indexing of one page's records.
 */
export async function writeWacz(warcPath: string, waczPath: string, page: { url: string; title: string | null; ts: string }): Promise<void> {
  const wacz = new WACZ({
    input: warcPath,
    output: waczPath,
    url: page.url,
    ts: page.ts,
    title: page.title ?? page.url,
    description: 'dijkwacht evidence capture',
    log: silent,
  });
  wacz.addPage(page.url, page.title ?? null, page.ts);
  const hooks = wacz as unknown as IndexerHooks;
  hooks.initWorkerPool = () => {
    hooks.indexWARCPool = { run: (task) => indexWARC(task), destroy: async () => undefined };
  };
  try {
    await wacz.process(false);
  } finally {
    // js-wacz starts a worker pool per archive and leaves it running; end it so threads do not pile up.
    await wacz.indexWARCPool?.destroy();
  }
  await fixWaczDigests(waczPath);
}

/**
 * WACZ 1.1.1 (§ datapackage.json): every resource carries `hash` ("sha256:" + hex of the file's bytes)
 * and `bytes`; datapackage-digest.json carries the hash of datapackage.json itself. js-wacz 0.1.6
 * records a wrong hash for files it streams (it feeds each chunk to the hash twice, its issue #127),
 * so the digests are recomputed here from the zip entries, whatever the packager wrote.
 */

const DATAPACKAGE = 'datapackage.json';
const DIGEST = 'datapackage-digest.json';

interface Resource {
  path?: unknown;
  hash?: unknown;
  bytes?: unknown;
  [key: string]: unknown;
}

interface EntryFacts {
  entry: yauzl.Entry;
  sha256: string;
  bytes: number;
  /** The content, kept only for the two small JSON files that may be rewritten. */
  content: Buffer | null;
}

const sha = (b: Buffer): string => `sha256:${createHash('sha256').update(b).digest('hex')}`;

async function streamFacts(stream: Readable, keep: boolean): Promise<{ sha256: string; bytes: number; content: Buffer | null }> {
  const hash = createHash('sha256');
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stream) {
    const b = chunk as Buffer;
    hash.update(b);
    bytes += b.length;
    if (keep) chunks.push(b);
  }
  return { sha256: `sha256:${hash.digest('hex')}`, bytes, content: keep ? Buffer.concat(chunks) : null };
}

/** SHA-256 and size of every entry's uncompressed bytes, in zip order. */
async function readFacts(zip: yauzl.ZipFile): Promise<EntryFacts[]> {
  const out: EntryFacts[] = [];
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName.endsWith('/')) continue;
    const keep = entry.fileName === DATAPACKAGE || entry.fileName === DIGEST;
    out.push({ entry, ...(await streamFacts(await zip.openReadStreamPromise(entry), keep)) });
  }
  return out;
}

export interface DigestFix {
  /** Resource paths whose recorded hash or size was wrong and was corrected. */
  corrected: string[];
  /** True when datapackage-digest.json was rewritten. */
  digestRewritten: boolean;
}

/**
 * Makes datapackage.json and datapackage-digest.json of `waczPath` state the true SHA-256 and size of
 * every resource, rewriting the zip (same entries, order and compression) only when something was
 * wrong. Throws when a listed resource is missing or the digest is signed (a rewrite would break it).
 */
export async function fixWaczDigests(waczPath: string): Promise<DigestFix> {
  const zip = await yauzl.openPromise(waczPath, { autoClose: false });
  let tmp: string | null = null;
  try {
    const facts = await readFacts(zip);
    const byName = new Map(facts.map((f) => [f.entry.fileName, f]));
    const pkgBytes = byName.get(DATAPACKAGE)?.content;
    if (!pkgBytes) throw new Error(`${waczPath} holds no ${DATAPACKAGE}`);
    const pkg = JSON.parse(pkgBytes.toString('utf8')) as { resources?: Resource[] };
    const corrected: string[] = [];
    for (const resource of pkg.resources ?? []) {
      const file = typeof resource.path === 'string' ? byName.get(resource.path) : undefined;
      if (!file) throw new Error(`${waczPath}: ${DATAPACKAGE} lists ${String(resource.path)}, which the zip does not hold`);
      if (resource.hash !== file.sha256 || resource.bytes !== file.bytes) {
        resource.hash = file.sha256;
        resource.bytes = file.bytes;
        corrected.push(file.entry.fileName);
      }
    }
    const newPkg = corrected.length > 0 ? Buffer.from(JSON.stringify(pkg, null, 2)) : pkgBytes;
    const digestBytes = byName.get(DIGEST)?.content ?? null;
    const digest = digestBytes ? (JSON.parse(digestBytes.toString('utf8')) as Record<string, unknown>) : { path: DATAPACKAGE };
    const digestRight = digestBytes !== null && digest.path === DATAPACKAGE && digest.hash === sha(newPkg);
    if (corrected.length === 0 && digestRight) return { corrected, digestRewritten: false };
    if (digest.signedData !== undefined) throw new Error(`${waczPath}: ${DIGEST} is signed, and its digests are wrong; it cannot be corrected without breaking the signature`);
    const newDigest = Buffer.from(JSON.stringify({ ...digest, path: DATAPACKAGE, hash: sha(newPkg) }, null, 2));

    tmp = `${waczPath}.digests`;
    const out = new yazl.ZipFile();
    for (const f of facts) {
      const name = f.entry.fileName;
      const options = { mtime: f.entry.getLastModDate(), compress: f.entry.compressionMethod === 8 };
      if (name === DATAPACKAGE) out.addBuffer(newPkg, name, options);
      else if (name === DIGEST) out.addBuffer(newDigest, name, options);
      else out.addReadStream(await zip.openReadStreamPromise(f.entry), name, { ...options, size: f.bytes });
    }
    if (!digestBytes) out.addBuffer(newDigest, DIGEST, { compress: false });
    out.end();
    await pipeline(out.outputStream, createWriteStream(tmp));
    await rename(tmp, waczPath);
    tmp = null;
    return { corrected, digestRewritten: true };
  } finally {
    zip.close();
    if (tmp) await rm(tmp, { force: true });
  }
}
