import { prettyJson } from '../core/json.js';
import type { BundleWriter } from '../evidence/bundle-writer.js';
import type { Options } from '../options/index.js';
import type { BotWall } from './bot-wall.js';
import type { DnsObservation } from '../net/dns-answers.js';
import { mediaTypeOf } from './har.js';
import { describeImage, imageExtension, isImageExchange, type ImageRecord } from './images.js';
import { pixelate } from './safe-view.js';
import type { Observed } from './observed.js';
import type { StepRunner } from './steps.js';
import type { TlsObservation } from './tls-chain.js';
import { writeWacz } from './wacz.js';
import { writeWarc } from './warc.js';

const json = 'application/json';

function cap(text: string, maxBytes: number): { data: Buffer; truncated: boolean } {
  const data = Buffer.from(text, 'utf8');
  return data.length > maxBytes ? { data: data.subarray(0, maxBytes), truncated: true } : { data, truncated: false };
}

/** Media types that may carry imagery and so are sealed when they are the target itself. */
export function mayShowImagery(mediaType: string): boolean {
  return !/^(text\/(html|plain|css|csv|xml)|application\/(json|xml|xhtml\+xml|javascript))$/.test(mediaType);
}

export interface RecordInput {
  writer: BundleWriter;
  observed: Observed;
  options: Options;
  steps: StepRunner;
  /** The TLS observation, which may still be under way when recording starts. */
  tls: Promise<TlsObservation | null> | TlsObservation | null;
  dns: DnsObservation | null;
  botWall: BotWall | null;
  requestedUrl: string;
  startedAt: string;
}

export interface RecordResult {
  truncations: string[];
  images: number;
}

/**
 * Writes every observation as an artifact. Each artifact group is its own step: one failing loses
 * nothing else. Groups that do not depend on each other (safe view, page files, image inventory, web
 * archive, TLS and DNS) run at the same time, each within its own deadline; the step records and the
 * manifest's artifacts stay in the order below, whichever finishes first.
 */
export async function recordArtifacts(input: RecordInput): Promise<RecordResult> {
  const { writer: w, observed: ob, options: o, steps } = input;
  const truncations: string[][] = [[], [], []];
  const result: RecordResult = { truncations: [], images: 0 };
  // Places in the step record, in today's order: write-screenshot, safe-view, write-page, images, web-archive, write-tls, write-dns.
  const seq = steps.reserve(7);

  const screenshot = async (slot: number, cut: string[]): Promise<void> => {
    if (!ob.screenshot) return;
    const shot = ob.screenshot;
    const original = await steps.run('write-screenshot', { timeoutMs: o.stepTimeoutMs, seq: seq + 0 }, () =>
      w.addBuffer(
        { name: 'screenshot-full.png', role: 'screenshot-original', mediaType: 'image/png', seal: true, truncated: ob.screenshotCutAtPx !== null, note: ob.screenshotCutAtPx ? `cut at ${ob.screenshotCutAtPx} px` : null, slot },
        shot,
      ),
    );
    if (ob.screenshotCutAtPx) cut.push(`the full-page screenshot was cut at ${ob.screenshotCutAtPx} px`);
    await steps.run('safe-view', { timeoutMs: o.stepTimeoutMs * 2, seq: seq + 1 }, async () => {
      if (!ob.facts) throw new Error('no imagery boxes: the page facts step failed, so no safe view can be made');
      const safe = await pixelate(shot, ob.facts.imagery);
      const from = original ? [original.plaintext?.path ?? original.path] : [];
      await w.addBuffer({ name: 'screenshot-safe-view.png', role: 'screenshot-safe-view', mediaType: 'image/png', derivedFrom: from, note: `${safe.regions.length} imagery regions pixelated`, slot }, safe.png);
      await w.addBuffer({ name: 'safe-view-regions.json', role: 'safe-view-regions', mediaType: json, derivedFrom: from, slot }, prettyJson({ method: 'block average, nearest-neighbour upscale; at most 10 blocks per region side, blocks at least 12 px', regions: safe.regions }));
    });
  };

  const page = (slot: number, cut: string[]): Promise<unknown> =>
    steps.run('write-page', { timeoutMs: o.stepTimeoutMs, seq: seq + 2 }, () => writePage(input, slot, cut));

  const images = async (slot: number): Promise<void> => {
    if (ob.exchanges.length === 0) return;
    await steps.run('images', { timeoutMs: o.stepTimeoutMs * 2, seq: seq + 3 }, async () => {
      result.images = await writeImages(input, slot);
    });
  };

  const archive = async (slot: number, cut: string[]): Promise<void> => {
    if (ob.exchanges.length === 0) return;
    await steps.run('web-archive', { timeoutMs: o.stepTimeoutMs * 4, seq: seq + 4 }, () => writeArchive(input, slot, cut));
  };

  const network = async (slot: number): Promise<void> => {
    const tls = await input.tls;
    if (tls) {
      await steps.run('write-tls', { timeoutMs: o.stepTimeoutMs, seq: seq + 5 }, async () => {
        await w.addBuffer({ name: 'tls/chain.pem', role: 'tls-chain', mediaType: 'application/x-pem-file', slot }, tls.pem);
        const { pem: _pem, ...summary } = tls;
        await w.addBuffer({ name: 'tls/summary.json', role: 'tls-summary', mediaType: json, derivedFrom: ['artifacts/tls/chain.pem'], slot }, prettyJson(summary));
      });
    }
    if (input.dns) {
      const dns = input.dns;
      await steps.run('write-dns', { timeoutMs: o.stepTimeoutMs, seq: seq + 6 }, () => w.addBuffer({ name: 'dns.json', role: 'dns', mediaType: json, slot }, prettyJson(dns)));
    }
  };

  // All settled before returning, so nothing still writes into a staging directory that a
  // run-stopping error is about to remove. The numbers are the groups' places among the artifacts.
  const settled = await Promise.allSettled([screenshot(1, truncations[0]!), page(2, truncations[1]!), images(3), archive(4, truncations[2]!), network(5)]);
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  result.truncations = truncations.flat();
  return result;
}

async function writePage(input: RecordInput, slot: number, truncations: string[]): Promise<void> {
  const { writer: w, observed: ob, options: o } = input;
  const main = ob.main;
  if (main) {
    const { body: direct, ...head } = main;
    // Playwright cannot always hand over a very large body; the network log has it.
    const body = direct ?? ob.exchanges.find((x) => x.entry.request.url === main.url && x.entry.response.status === main.status && x.body)?.body ?? null;
    if (!body && !ob.attachmentRefused) truncations.push('the raw body of the main response could not be read');
    await w.addBuffer({ name: 'main-response.json', role: 'main-response', mediaType: json, slot }, prettyJson({ ...head, bodyBytes: body?.length ?? null }));
    if (body) {
      const html = /html|xml/.test(main.mediaType) || main.mediaType === '';
      const limited = body.length > o.maxPageBytes ? body.subarray(0, o.maxPageBytes) : body;
      if (limited !== body) truncations.push(`the response body (${body.length} bytes) was cut at ${o.maxPageBytes} bytes`);
      await w.addBuffer(
        html
          ? { name: 'source.html', role: 'html-source', mediaType: main.headers['content-type'] ?? 'text/html', truncated: limited !== body, slot }
          : { name: `response-body.${imageExtension(main.mediaType) === 'bin' ? (main.mediaType.split('/')[1]?.replace(/[^a-z0-9]/g, '') || 'bin') : imageExtension(main.mediaType)}`, role: 'response-body', mediaType: main.mediaType || 'application/octet-stream', seal: mayShowImagery(main.mediaType), truncated: limited !== body, slot },
        limited,
      );
    }
  }
  // Hops the browser made itself (HTTPS upgrades) are marked "by": "browser" and listed with their cause: no server redirected there.
  const internalRedirects = ob.internalRedirects.filter((r) => r.mainFrame);
  await w.addBuffer(
    { name: 'redirect-chain.json', role: 'redirect-chain', mediaType: json, slot },
    prettyJson({ requestedUrl: input.requestedUrl, hops: ob.redirectChain, internalRedirects, serverRedirects: ob.redirectChain.filter((h) => h.by === 'server' && h.location !== null).length, clientNavigations: ob.clientNavigations, finalUrl: ob.finalUrl }),
  );
  if (ob.dom !== null) {
    const dom = cap(ob.dom, o.maxPageBytes);
    if (dom.truncated) truncations.push(`the rendered DOM was cut at ${o.maxPageBytes} bytes`);
    await w.addBuffer({ name: 'dom.html', role: 'dom', mediaType: 'text/html; charset=utf-8', truncated: dom.truncated, slot }, dom.data);
  }
  if (ob.facts) {
    const text = cap(ob.facts.text, o.maxPageBytes);
    if (text.truncated) truncations.push(`the visible text was cut at ${o.maxPageBytes} bytes`);
    await w.addBuffer({ name: 'visible-text.txt', role: 'visible-text', mediaType: 'text/plain; charset=utf-8', truncated: text.truncated, slot }, text.data);
    await w.addBuffer({ name: 'links.json', role: 'links', mediaType: json, slot }, prettyJson({ pageUrl: ob.finalUrl, links: ob.facts.links }));
    await w.addBuffer(
      { name: 'page-metadata.json', role: 'page-metadata', mediaType: json, slot },
      prettyJson({ title: ob.facts.title, lang: ob.facts.lang, canonical: ob.facts.canonical, meta: ob.facts.meta, documentWidth: ob.facts.documentWidth, documentHeight: ob.facts.documentHeight, botWall: input.botWall }),
    );
  }
}

/** Images are read a few at a time (sharp decodes off the main thread); the inventory keeps the network log's order. */
const IMAGE_READERS = 4;

async function writeImages(input: RecordInput, slot: number): Promise<number> {
  const { writer: w, observed: ob } = input;
  const exchanges = ob.exchanges.filter(isImageExchange);
  const records: ImageRecord[] = new Array<ImageRecord>(exchanges.length);
  let next = 0;
  const reader = async (): Promise<void> => {
    for (let i = next++; i < exchanges.length; i = next++) {
      const x = exchanges[i]!;
      records[i] = await describeImage(x.entry.request.url, mediaTypeOf(x), x.body!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IMAGE_READERS, exchanges.length) }, reader));
  const inventory: ImageRecord[] = [];
  const stored = new Set<string>();
  for (const [i, record] of records.entries()) {
    if (!stored.has(record.sha256)) {
      stored.add(record.sha256);
      const entry = await w.addBuffer({ name: `images/${record.sha256}.${imageExtension(record.mediaType)}`, role: 'image', mediaType: record.mediaType, seal: true, slot }, exchanges[i]!.body!);
      record.artifact = entry.path;
    } else {
      record.artifact = inventory.find((r) => r.sha256 === record.sha256)?.artifact ?? null;
    }
    inventory.push(record);
  }
  const domOnly = (ob.facts?.images ?? []).filter((i) => !inventory.some((r) => r.url === i.src));
  await w.addBuffer({ name: 'image-inventory.json', role: 'image-inventory', mediaType: json, slot }, prettyJson({ images: inventory, inDomWithoutResponse: domOnly }));
  return inventory.length;
}

async function writeArchive(input: RecordInput, slot: number, truncations: string[]): Promise<void> {
  const { writer: w, observed: ob, options: o } = input;
  // Through the writer, so a full disk is a StorageError naming the file and the staging is removed.
  // Where the main document's raw bytes were fetched again (very large, or not UTF-8), the WARC gets those bytes.
  const refetched = ob.main?.bodyRefetchedAt ? ob.main : null;
  const exchanges = ob.exchanges.map((x) => (refetched?.body && x.entry.request.url === refetched.url && x.entry.response.status === refetched.status ? { ...x, body: refetched.body } : x));
  const warcPath = w.workPath('capture.warc.gz');
  const warc = await w.guardWork('capture.warc.gz', (path) => writeWarc(exchanges, path, o.maxArchiveBytes, { 'isPartOf': input.requestedUrl, 'json-metadata': JSON.stringify({ capturedBy: 'dijkwacht', startedAt: input.startedAt }) }, ob.internalRedirects));
  if (warc.truncatedBodies > 0) truncations.push(`${warc.truncatedBodies} response bodies in the WARC were cut (archive cap ${o.maxArchiveBytes} bytes)`);
  const waczPath = w.workPath('capture.wacz');
  await w.guardWork('capture.wacz', (path) => writeWacz(warcPath, path, { url: ob.finalUrl ?? input.requestedUrl, title: ob.facts?.title ?? null, ts: input.startedAt }));
  await w.addFile({ name: 'capture.wacz', role: 'wacz', mediaType: 'application/wacz+zip', seal: true, truncated: warc.truncatedBodies > 0, note: `WARC 1.1 at archive/capture.warc.gz; ${warc.records} records; bodies as decoded by the browser`, slot }, waczPath);
}
