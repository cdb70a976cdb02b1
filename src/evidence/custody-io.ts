import type { BundleStore } from '../store/index.js';
import { nextEvent, serializeEvent, type CustodyEvent, type NewEvent } from './custody.js';

export function lastEvent(text: string): CustodyEvent | null {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const last = lines.at(-1);
  return last ? (JSON.parse(last) as CustodyEvent) : null;
}

/** Appends one event to a stored bundle's custody log, chained to its last line. */
export async function appendCustody(store: BundleStore, bundleId: string, input: NewEvent): Promise<CustodyEvent> {
  const text = (await store.read(bundleId, 'custody.jsonl')).toString('utf8');
  const event = nextEvent(lastEvent(text), bundleId, input);
  const base = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  await store.write(bundleId, 'custody.jsonl', base + serializeEvent(event));
  return event;
}

/** Builds a custody log in memory while a bundle is being written. */
export class CustodyLog {
  readonly #bundleId: string;
  readonly #actor: string;
  readonly events: CustodyEvent[] = [];

  constructor(bundleId: string, actor: string) {
    this.#bundleId = bundleId;
    this.#actor = actor;
  }

  add(event: NewEvent['event'], details: Record<string, unknown>, time?: string): CustodyEvent {
    const e = nextEvent(this.events.at(-1) ?? null, this.#bundleId, { event, actor: this.#actor, details, ...(time ? { time } : {}) });
    this.events.push(e);
    return e;
  }

  text(): string {
    return this.events.map(serializeEvent).join('');
  }
}
