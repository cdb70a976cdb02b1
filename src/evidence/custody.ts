import { sha256Hex } from '../core/hash.js';
import { canonicalJson } from '../core/json.js';
import { utcNow } from '../core/time.js';
import { toolVersion } from '../core/version.js';
import { anchorEvent } from './custody-anchor.js';
import { actorFor, localHost, type Signer } from './keys.js';
import { schemaProblems } from './schema.js';

export const CUSTODY_EVENTS = ['captured', 'sealed', 'signed', 'timestamped', 'timestamp-pending', 'stored', 'verified', 'unsealed', 'exported', 'notified'] as const;
export type CustodyEventType = (typeof CUSTODY_EVENTS)[number];

export const CUSTODY_FILE = 'custody.jsonl';

/**
 * One line of custody.jsonl. `hash` covers every other field except `anchor`; `prevHash` links to the
 * line before. `anchor` is a CMS signature (base64 DER) over the line without its anchor: see custody-anchor.ts.
 */
export interface CustodyEvent {
  seq: number;
  event: CustodyEventType;
  time: string;
  actor: string;
  host: string;
  tool: string;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
  anchor?: string;
}

/** The first event's prevHash binds the log to its bundle. */
export function genesisHash(bundleId: string): string {
  return sha256Hex(`dijkwacht-custody:${bundleId}`);
}

/** SHA-256 of the event with keys sorted and no white space, without `hash` and `anchor`. */
export function eventHash(event: Omit<CustodyEvent, 'hash' | 'anchor'> & { hash?: unknown; anchor?: unknown }): string {
  const { hash: _hash, anchor: _anchor, ...body } = event;
  return sha256Hex(canonicalJson(body));
}

export interface NewEvent {
  event: CustodyEventType;
  actor: string;
  details?: Record<string, unknown>;
  time?: string;
}

/**
 * The event that follows `previous`, anchored with `signer` (unanchored without one: only a late
 * timestamp, proven by its own token, may be added that way). Its actor is `input.actor` when someone
 * set one, else the actor stored with the signing key (see actorFor).
 */
export function nextEvent(previous: CustodyEvent | null, bundleId: string, input: NewEvent, signer: Signer | null = null): CustodyEvent {
  const body: Omit<CustodyEvent, 'hash'> = {
    seq: previous ? previous.seq + 1 : 0,
    event: input.event,
    time: input.time ?? utcNow(),
    actor: actorFor(input.actor, signer),
    host: localHost,
    tool: `dijkwacht ${toolVersion}`,
    details: input.details ?? {},
    prevHash: previous ? previous.hash : genesisHash(bundleId),
  };
  const event: CustodyEvent = { ...body, hash: eventHash(body) };
  return signer ? { ...event, anchor: anchorEvent(event, signer) } : event;
}

export function serializeEvent(event: CustodyEvent): string {
  return `${canonicalJson(event)}\n`;
}

/** The lines of custody.jsonl, without the empty string after the last newline. */
export function custodyLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

export interface CustodyCheck {
  /** The events that parse as custody events, in file order (their `seq` may be wrong). */
  events: CustodyEvent[];
  /** The line (from 1) each of `events` is on. */
  lineNumbers: number[];
  problems: string[];
}

/** Parses custody.jsonl and checks every line against the schema and every link of the chain. */
export function checkCustodyLog(text: string, bundleId: string): CustodyCheck {
  const problems: string[] = [];
  const events: CustodyEvent[] = [];
  const lineNumbers: number[] = [];
  const lines = custodyLines(text);
  if (lines.length === 0) return { events, lineNumbers, problems: ['the custody log is empty'] };
  let previous: CustodyEvent | null = null;
  lines.forEach((line, index) => {
    const lineNo = index + 1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      problems.push(`line ${lineNo} is not JSON`);
      return;
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      problems.push(`line ${lineNo} is not a custody event (not a JSON object)`);
      return;
    }
    const event = parsed as CustodyEvent;
    const schema = schemaProblems('custody-event.schema.json', event);
    if (schema.length > 0) {
      problems.push(`line ${lineNo} is not a custody event: ${schema.join('; ')}`);
      return;
    }
    if (event.seq !== index) problems.push(`line ${lineNo} has sequence number ${String(event.seq)}, expected ${index} (lines removed or reordered)`);
    const expectedPrev = previous ? previous.hash : genesisHash(bundleId);
    if (event.prevHash !== expectedPrev) problems.push(`line ${lineNo} does not link to the line before it (prevHash mismatch)`);
    if (eventHash(event) !== event.hash) problems.push(`line ${lineNo} (${event.event}) was edited: its hash does not match its content`);
    events.push(event);
    lineNumbers.push(lineNo);
    previous = event;
  });
  return { events, lineNumbers, problems };
}
