import { describeError } from '../../core/errors.js';
import { actorFor, appendCustody, type Signer } from '../../evidence/index.js';
import type { Options } from '../../options/index.js';
import type { BundleStore } from '../../store/index.js';

export interface CustodyNote {
  bundleId: string;
  ok: boolean;
  /** The event's hash, or why it could not be added. */
  detail: string;
}

/** What the custody event of a sent notice says (no address of the sender, no credential). */
export interface SentDetails {
  action: 'notice-sent' | 'renotice-sent';
  noticeId: number;
  packetId: string;
  packetSha256: string;
  recipient: string;
  messageId: string;
  messageSha256: string;
  transcriptSha256: string;
  approvedBy: string;
}

/**
 * Adds one event to the custody log of each bundle the packet cites: the evidence left the
 * custodian in a notice (Message-ID, hash of the message and of the SMTP transcript, who approved).
 * The event is `notified` (custody-event 1.2.0). A bundle whose log cannot take the event is reported, not fatal:
 * the message is out and its record must stay.
 */
export async function recordCustody(store: BundleStore, signer: Signer, options: Options, bundleIds: string[], details: SentDetails): Promise<CustodyNote[]> {
  const notes: CustodyNote[] = [];
  for (const bundleId of bundleIds) {
    try {
      const event = await appendCustody(store, bundleId, { event: 'notified', actor: actorFor(options.actor, signer), details: { ...details } }, signer);
      notes.push({ bundleId, ok: true, detail: event.hash });
    } catch (error) {
      notes.push({ bundleId, ok: false, detail: describeError(error) });
    }
  }
  return notes;
}
