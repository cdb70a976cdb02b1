import { findNotice, type Catalog } from '../../catalog/index.js';
import { DijkwachtError, UsageError } from '../../core/errors.js';
import type { Options } from '../../options/index.js';
import type { BundleStore } from '../../store/index.js';
import { renoticeState } from '../renotice.js';
import { noticeStatus, silenceDays } from '../status.js';
import { batchMessage } from './batch.js';
import type { SendingConfig } from './config.js';
import { headerValue, outgoing, renoticeMessage } from './message.js';
import { assertRecordable, loadPacket, packetAddress, type LoadedPacket } from './packet-file.js';
import { confirmRecipient, type RecipientConfirmation } from './recipient-check.js';
import { listSendings, type SendingKind } from './sendings.js';
import type { Envelope } from './smtp.js';

/** One message ready to go: its exact bytes, its envelope, and the packets it carries. */
export interface PlannedMessage {
  kind: SendingKind;
  to: string;
  envelope: Envelope;
  subject: string;
  messageId: string;
  bytes: Buffer;
  items: LoadedPacket[];
  /** The notice a re-notice repeats; null for first notices (their notice is recorded once sent). */
  noticeId: number | null;
  /** For a re-notice: how many were sent before (its files go to sent/renotice-<n+1>/). */
  renoticeNumber: number;
  confirmations: RecipientConfirmation[];
}

/** A packet that will not go out in this run, and why. */
export interface Refusal {
  packet: string;
  error: DijkwachtError;
}

export const RENOTICE_PREFIX = { nl: 'Herhaalde melding: ', en: 'Repeated notice: ' } as const;

interface Ctx {
  options: Options;
  catalog: Catalog;
  store: BundleStore;
  config: SendingConfig & { from: string };
  now: Date;
}

const asError = (error: unknown): DijkwachtError => (error instanceof DijkwachtError ? error : new DijkwachtError(error instanceof Error ? error.message : String(error), { cause: error }));

const envelopeFor = (ctx: Ctx, to: string): Envelope => ({ from: ctx.config.from, to: ctx.config.bcc && ctx.config.bcc.toLowerCase() !== to.toLowerCase() ? [to, ctx.config.bcc] : [to] });

/** Everything checked before a packet may go out: unchanged, not yet recorded as sent, an address, and the same responsible party today. */
async function checked(ctx: Ctx, name: string): Promise<{ item: LoadedPacket; address: string; confirmations: RecipientConfirmation[] }> {
  const item = await loadPacket(ctx.catalog, name);
  await assertRecordable(ctx.catalog, item);
  const address = packetAddress(item);
  const confirmations = await confirmRecipient(ctx.options, ctx.catalog, ctx.store, item);
  return { item, address, confirmations };
}

/**
 * The messages of a run of first notices: one per packet, or with `batchBy: 'contact'` one per
 * address for all packets to it. A packet that fails a check is refused with its reason; the others go.
 */
export async function planNotices(ctx: Ctx, packets: string[], batchBy: 'contact' | null): Promise<{ messages: PlannedMessage[]; refused: Refusal[] }> {
  const refused: Refusal[] = [];
  const ok: { item: LoadedPacket; address: string; confirmations: RecipientConfirmation[] }[] = [];
  const seen = new Set<string>();
  for (const name of packets) {
    try {
      const c = await checked(ctx, name);
      if (seen.has(c.item.packet.packetId)) continue;
      seen.add(c.item.packet.packetId);
      ok.push(c);
    } catch (error) {
      refused.push({ packet: name, error: asError(error) });
    }
  }
  const groups = new Map<string, typeof ok>();
  for (const c of ok) {
    const key = batchBy === 'contact' ? c.address.toLowerCase() : c.item.packet.packetId;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const messages: PlannedMessage[] = [];
  for (const group of groups.values()) {
    const items = group.map((g) => g.item);
    const to = group[0]!.address;
    try {
      const composed = items.length === 1 ? { bytes: items[0]!.draft, subject: items[0]!.packet.subject } : await batchMessage(items, ctx.now);
      const out = outgoing(composed.bytes, ctx.config.from, ctx.now);
      messages.push({ kind: 'notice', to, envelope: envelopeFor(ctx, to), subject: composed.subject, messageId: out.messageId, bytes: out.bytes, items, noticeId: null, renoticeNumber: 0, confirmations: group.flatMap((g) => g.confirmations) });
    } catch (error) {
      for (const i of items) refused.push({ packet: i.packet.packetId, error: asError(error) });
    }
  }
  return { messages, refused };
}

/** The message of a re-notice: the notice's packet again, under "Herhaalde melding"/"Repeated notice", threaded to the first. */
export async function planRenotice(ctx: Ctx, noticeArg: string): Promise<PlannedMessage> {
  const n = /^\d+$/.test(noticeArg) ? findNotice(ctx.catalog, Number(noticeArg)) : null;
  if (!n) throw new UsageError(`No notice ${noticeArg}: see "dijkwacht notices list" (a re-notice names the notice number).`);
  const sendings = listSendings(ctx.catalog, n.id);
  const state = renoticeState(noticeStatus(n, silenceDays(ctx.options), ctx.now.getTime()), sendings, ctx.config.renotice, ctx.now.getTime());
  if (!state.due) throw new UsageError(`Notice #${n.id} is not due a re-notice: ${state.reason}.`);
  const item = await loadPacket(ctx.catalog, n.packetId!);
  if (n.packetSha256 && item.sha256 !== n.packetSha256) throw new UsageError(`${item.dir}/packet.json changed after notice #${n.id} was sent (SHA-256 ${item.sha256}, sent as ${n.packetSha256}): nothing was sent; build a new packet and send it as a new notice.`);
  const to = packetAddress(item);
  if (to.toLowerCase() !== n.recipient.toLowerCase()) throw new UsageError(`Notice #${n.id} went to ${n.recipient}, but its packet now names ${to}: nothing was sent; build a new packet.`);
  const confirmations = await confirmRecipient(ctx.options, ctx.catalog, ctx.store, item);
  const earlier = sendings.map((s) => s.messageId);
  const first = earlier[0] ?? headerValue(item.draft, 'message-id');
  if (!first) throw new UsageError(`Notice #${n.id} has no Message-ID to refer to: nothing was sent.`);
  const subject = `${RENOTICE_PREFIX[item.packet.language]}${item.packet.subject}`;
  const out = renoticeMessage(item.draft, { subject, inReplyTo: earlier.at(-1) ?? first, references: [first, ...earlier], sender: ctx.config.from, now: ctx.now });
  return { kind: 'renotice', to, envelope: envelopeFor(ctx, to), subject, messageId: out.messageId, bytes: out.bytes, items: [item], noticeId: n.id, renoticeNumber: state.renotices, confirmations };
}
