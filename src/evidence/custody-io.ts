import { IntegrityError, SetupError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';
import { readBundleFile } from './bundle-files.js';
import type { BundleStore } from '../store/index.js';
import { CUSTODY_HEAD_FILE, custodyHead, signHead } from './custody-anchor.js';
import { checkCustody, type CustodyVerdict } from './custody-check.js';
import { CUSTODY_FILE, custodyLines, nextEvent, serializeEvent, type CustodyEvent, type NewEvent } from './custody.js';
import type { Signer } from './keys.js';
import { declaresAnchoring } from './verify-md.js';

export function lastEvent(text: string): CustodyEvent | null {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const last = lines.at(-1);
  return last ? (JSON.parse(last) as CustodyEvent) : null;
}

const TOKEN_PATH = /^timestamps\/[^/]+\.tsr$/;
const MiB = 1024 * 1024;

/**
 * A file of a stored bundle, or null when it is missing. On the filesystem it is read like verify reads
 * it: a link, FIFO or device is refused (an IntegrityError), never opened.
 */
async function readStored(store: BundleStore, bundleId: string, rel: string, maxBytes: number): Promise<Buffer | null> {
  if (store.kind !== 'fs') return store.read(bundleId, rel).catch(() => null);
  const read = await readBundleFile(store.location(bundleId), rel, maxBytes);
  if (read.ok) return read.value;
  if (read.reason === 'missing') return null;
  throw new IntegrityError(`${rel} of bundle ${bundleId} ${read.reason}; no custody event was added.`);
}

/** Token files named by unanchored "timestamped" events: the only events allowed without the key. */
export function unanchoredTokenFiles(text: string): string[] {
  const files: string[] = [];
  for (const line of custodyLines(text)) {
    let event: Partial<CustodyEvent> | null = null;
    try {
      event = JSON.parse(line) as Partial<CustodyEvent> | null;
    } catch {
      continue;
    }
    const file = event?.event === 'timestamped' && event.anchor === undefined ? event.details?.file : undefined;
    if (typeof file === 'string' && TOKEN_PATH.test(file)) files.push(file);
  }
  return files;
}

/**
 * The custody log of a stored bundle, checked the way verify checks it (chain, anchors, head) but
 * without judging signers: an append must never build on a log that was tampered with.
 */
export async function storedCustody(store: BundleStore, bundleId: string): Promise<CustodyVerdict & { text: string }> {
  const log = await readStored(store, bundleId, CUSTODY_FILE, 64 * MiB);
  if (!log) throw new IntegrityError(`Bundle ${bundleId} has no custody log (${CUSTODY_FILE} is missing).`);
  const text = log.toString('utf8');
  const head = await readStored(store, bundleId, CUSTODY_HEAD_FILE, MiB);
  const verifyMd = await readStored(store, bundleId, 'VERIFY.md', 16 * MiB);
  const tokens = new Map<string, string>();
  for (const file of unanchoredTokenFiles(text)) {
    const der = await readStored(store, bundleId, file, MiB);
    if (der) tokens.set(file, sha256Hex(der));
  }
  const verdict = await checkCustody({
    bundleId,
    text,
    head,
    anchoringDeclared: verifyMd !== null && declaresAnchoring(verifyMd.toString('utf8')),
    tokenProves: (e) => typeof e.details.file === 'string' && tokens.get(e.details.file) === e.details.tokenSha256,
    policy: null,
    requireHead: false,
  });
  return { ...verdict, text };
}

/**
 * Appends one event to a stored bundle's custody log, chained to its last line and anchored with
 * `signer`, then replaces custody-head.p7s. The log is written first: a crash in between leaves an
 * anchored line after the head, which verifies (with a note), never a head without its line.
 * Refuses to build on a log that does not verify. Without a signer only a "timestamped" event may
 * be added (it is proven by its RFC 3161 token); anything else needs the key.
 */
export async function appendCustody(store: BundleStore, bundleId: string, input: NewEvent, signer: Signer | null): Promise<CustodyEvent> {
  const state = await storedCustody(store, bundleId);
  if (state.problems.length > 0) {
    throw new IntegrityError(`The custody log of bundle ${bundleId} does not verify, so no "${input.event}" event was added: ${state.problems.map((p) => `${p.artifact}: ${p.reason}`).join('; ')}`);
  }
  if (!signer && input.event !== 'timestamped') {
    throw new SetupError(`A "${input.event}" custody event must be anchored with the signing key, and none is loaded: run "dijkwacht keys init" or configure signingKeyFile.`);
  }
  const next = withEvent(state.text, bundleId, input, signer);
  await store.write(bundleId, CUSTODY_FILE, next.text);
  if (next.head) await store.write(bundleId, CUSTODY_HEAD_FILE, next.head);
  return next.event;
}

/**
 * custody.jsonl with one more event, anchored with `signer`, and the custody-head.p7s over it (null
 * without a signer). For callers that write the files themselves, such as the case export: write the
 * log first, then the head.
 */
export function withEvent(text: string, bundleId: string, input: NewEvent, signer: Signer | null): { event: CustodyEvent; text: string; head: Buffer | null } {
  const event = nextEvent(lastEvent(text), bundleId, input, signer);
  const base = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  const next = base + serializeEvent(event);
  return { event, text: next, head: signer ? signHead(custodyHead(bundleId, custodyLines(next), event), signer) : null };
}

/** Builds a custody log in memory while a bundle is being written; every event is anchored with `signer`. */
export class CustodyLog {
  readonly #bundleId: string;
  readonly #actor: string;
  readonly #signer: Signer | null;
  readonly events: CustodyEvent[] = [];

  constructor(bundleId: string, actor: string, signer: Signer | null) {
    this.#bundleId = bundleId;
    this.#actor = actor;
    this.#signer = signer;
  }

  add(event: NewEvent['event'], details: Record<string, unknown>, time?: string): CustodyEvent {
    const e = nextEvent(this.events.at(-1) ?? null, this.#bundleId, { event, actor: this.#actor, details, ...(time ? { time } : {}) }, this.#signer);
    this.events.push(e);
    return e;
  }

  text(): string {
    return this.events.map(serializeEvent).join('');
  }

  /** custody-head.p7s over every event so far, or null without a signer or events. */
  head(): Buffer | null {
    const last = this.events.at(-1);
    if (!this.#signer || !last) return null;
    return signHead(custodyHead(this.#bundleId, custodyLines(this.text()), last), this.#signer);
  }
}
