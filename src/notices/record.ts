import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { addNoticeEvent, DECISIONS, findNotice, findPacket, noticeOfPacket, NOTICE_CHANNELS, NOTICE_RECIPIENTS, recordNotice, type Catalog, type Decision, type NoticeChannel, type NoticeRecipient } from '../catalog/index.js';
import { UsageError } from '../core/errors.js';
import { sha256Hex } from '../core/hash.js';

const check = <T extends string>(value: string, allowed: readonly T[], what: string): T => {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`Unknown ${what} "${value}"; use ${allowed.join(', ')}.`);
  return value as T;
};

/** A date from the command line as an ISO timestamp (a bare date is that day 00:00 UTC); default now. */
export function eventDate(value: string | undefined | null): string {
  if (!value) return new Date().toISOString();
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(ms)) throw new UsageError(`"${value}" is not a date: use YYYY-MM-DD or an ISO 8601 timestamp.`);
  if (ms > Date.now() + 60_000) throw new UsageError(`${value} is in the future.`);
  return new Date(ms).toISOString();
}

interface PacketFile {
  packetId: string;
  recipient: { type: NoticeRecipient; name: string; email: string | null; web: string | null };
  domains: { domain: string; urls: string[] }[];
}

/**
 * Records that a packet was sent: found by id (catalog) or by its folder. The packet's hash is the
 * hash of packet.json as it is now, and must equal the hash taken when it was built.
 */
export async function recordSent(catalog: Catalog, input: { packet: string; channel: string; date?: string | null; reference?: string | null }): Promise<number> {
  const row = findPacket(catalog, input.packet);
  const dir = row?.dir ?? resolve(input.packet);
  const file = join(dir, 'packet.json');
  if (!existsSync(file)) throw new UsageError(`No packet "${input.packet}": give a packet id from "dijkwacht refer" or its folder.`);
  const raw = await readFile(file);
  const sha256 = sha256Hex(raw);
  const p = JSON.parse(raw.toString('utf8')) as PacketFile;
  // Named by folder or by id, a packet the catalog knows must still be the one that was built.
  const built = row ?? findPacket(catalog, p.packetId);
  if (built && built.sha256 !== sha256) throw new UsageError(`${file} was changed after it was built (SHA-256 ${sha256}, built as ${built.sha256}): build the packet again instead of editing it.`);
  const already = noticeOfPacket(catalog, p.packetId);
  if (already) throw new UsageError(`Packet ${p.packetId} is already recorded as sent (notice ${already.id}, ${already.sentAt}): record answers with "dijkwacht notices ack|decision ${already.id}", or build a new packet to send it again.`);
  return recordNotice(catalog, {
    packetId: p.packetId,
    recipientType: p.recipient.type,
    recipient: p.recipient.email ?? p.recipient.web ?? p.recipient.name,
    channel: check(input.channel, NOTICE_CHANNELS, 'channel'),
    sentAt: eventDate(input.date),
    packetSha256: sha256,
    reference: input.reference ?? null,
    domains: p.domains.map((d) => d.domain),
    urls: p.domains.flatMap((d) => d.urls),
  });
}

/** Records a notice sent outside dijkwacht (the site's own contact, the registrant, a web form). */
export function recordManual(catalog: Catalog, input: { to: string; address: string; domains: string[]; urls: string[]; channel: string; date?: string | null; reference?: string | null }): number {
  if (input.domains.length === 0) throw new UsageError('Name the domain(s) the notice was about: --domain D.');
  if (!input.address.trim()) throw new UsageError('Give the address the notice went to: --address.');
  return recordNotice(catalog, {
    packetId: null,
    recipientType: check(input.to, NOTICE_RECIPIENTS, 'recipient'),
    recipient: input.address.trim(),
    channel: check(input.channel, NOTICE_CHANNELS, 'channel'),
    sentAt: eventDate(input.date),
    packetSha256: null,
    reference: input.reference ?? null,
    domains: input.domains,
    urls: input.urls.length > 0 ? input.urls : input.domains.map((d) => `https://${d}/`),
  });
}

function notice(catalog: Catalog, id: string) {
  const n = findNotice(catalog, Number(id));
  if (!n) throw new UsageError(`No notice ${id}: see "dijkwacht notices list".`);
  return n;
}

export function recordAck(catalog: Catalog, id: string, input: { date?: string | null; note?: string | null }): void {
  const n = notice(catalog, id);
  const at = eventDate(input.date);
  if (at < n.sentAt) throw new UsageError(`The acknowledgement (${at}) cannot be earlier than the notice (${n.sentAt}).`);
  addNoticeEvent(catalog, n.id, { kind: 'ack', at, outcome: null, note: input.note ?? null, bundleId: null });
}

export function recordDecision(catalog: Catalog, id: string, input: { outcome: string; date?: string | null; note?: string | null }): Decision {
  const n = notice(catalog, id);
  const outcome = check(input.outcome, DECISIONS, 'decision');
  const at = eventDate(input.date);
  if (at < n.sentAt) throw new UsageError(`The decision (${at}) cannot be earlier than the notice (${n.sentAt}).`);
  addNoticeEvent(catalog, n.id, { kind: 'decision', at, outcome, note: input.note ?? null, bundleId: null });
  return outcome;
}

export type { NoticeChannel };
