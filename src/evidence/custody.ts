import { sha256Hex } from '../core/hash.js';
import { canonicalJson } from '../core/json.js';
import { utcNow } from '../core/time.js';
import { toolVersion } from '../core/version.js';
import { localHost } from './keys.js';

export const CUSTODY_EVENTS = ['captured', 'sealed', 'signed', 'timestamped', 'timestamp-pending', 'stored', 'verified', 'unsealed', 'exported'] as const;
export type CustodyEventType = (typeof CUSTODY_EVENTS)[number];

/** One line of custody.jsonl. `hash` covers every other field; `prevHash` links to the line before. */
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
}

/** The first event's prevHash binds the log to its bundle. */
export function genesisHash(bundleId: string): string {
  return sha256Hex(`dijkwacht-custody:${bundleId}`);
}

export function eventHash(event: Omit<CustodyEvent, 'hash'>): string {
  return sha256Hex(canonicalJson(event));
}

export interface NewEvent {
  event: CustodyEventType;
  actor: string;
  details?: Record<string, unknown>;
  time?: string;
}

export function nextEvent(previous: CustodyEvent | null, bundleId: string, input: NewEvent): CustodyEvent {
  const body: Omit<CustodyEvent, 'hash'> = {
    seq: previous ? previous.seq + 1 : 0,
    event: input.event,
    time: input.time ?? utcNow(),
    actor: input.actor,
    host: localHost,
    tool: `dijkwacht ${toolVersion}`,
    details: input.details ?? {},
    prevHash: previous ? previous.hash : genesisHash(bundleId),
  };
  return { ...body, hash: eventHash(body) };
}

export function serializeEvent(event: CustodyEvent): string {
  return `${canonicalJson(event)}\n`;
}

export interface CustodyCheck {
  events: CustodyEvent[];
  problems: string[];
}

/** Parses custody.jsonl and checks every link of the chain. */
export function checkCustodyLog(text: string, bundleId: string): CustodyCheck {
  const problems: string[] = [];
  const events: CustodyEvent[] = [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  if (lines.length === 0) return { events, problems: ['the custody log is empty'] };
  let previous: CustodyEvent | null = null;
  lines.forEach((line, index) => {
    const lineNo = index + 1;
    let event: CustodyEvent;
    try {
      event = JSON.parse(line) as CustodyEvent;
    } catch {
      problems.push(`line ${lineNo} is not JSON`);
      return;
    }
    const { hash, ...body } = event;
    if (event.seq !== index) problems.push(`line ${lineNo} has sequence number ${String(event.seq)}, expected ${index} (lines removed or reordered)`);
    const expectedPrev = previous ? previous.hash : genesisHash(bundleId);
    if (event.prevHash !== expectedPrev) problems.push(`line ${lineNo} does not link to the line before it (prevHash mismatch)`);
    if (eventHash(body) !== hash) problems.push(`line ${lineNo} (${String(event.event)}) was edited: its hash does not match its content`);
    if (!(CUSTODY_EVENTS as readonly string[]).includes(event.event)) problems.push(`line ${lineNo} has an unknown event "${String(event.event)}"`);
    events.push(event);
    previous = event;
  });
  return { events, problems };
}
