import type { NoticeStatus } from './status.js';
import type { RenoticeProfile } from './send/config.js';
import type { SendingRow } from './send/sendings.js';

const HOUR_MS = 3_600_000;
const REFUSED = new Set(['refused', 'no-action']);

/** Whether a notice is due a re-notice under the profile, and why (not). */
export interface RenoticeState {
  noticeId: number;
  packetId: string | null;
  recipientType: string;
  recipient: string;
  domains: string[];
  due: boolean;
  /** Why it is due, or what stands in the way (one sentence, with the command that helps where one does). */
  reason: string;
  /** The first notice or the last re-notice. */
  lastSentAt: string;
  renotices: number;
  /** When the next re-notice falls due by time alone. */
  dueAt: string;
  lastRecheck: { at: string; outcome: string | null } | null;
  command: string | null;
}

/**
 * The re-notice profile (sending.renotice, hotline practice): a notice whose content a re-check
 * found still online after the last (re)notice, and whose last (re)notice is at least `everyHours`
 * old, is due again, up to `max` times. A refusal escalates instead (notices due); content found
 * gone, or a notice without a packet, is never re-noticed. With `whileOnline` off, time alone counts.
 */
export function renoticeState(s: NoticeStatus, sendings: SendingRow[], profile: RenoticeProfile, now = Date.now()): RenoticeState {
  const n = s.notice;
  const mine = sendings.filter((x) => x.noticeId === n.id && x.kind === 'renotice');
  const lastSentAt = [n.sentAt, ...mine.map((x) => x.sentAt ?? x.startedAt)].sort().at(-1)!;
  const dueAt = new Date(Date.parse(lastSentAt) + profile.everyHours * HOUR_MS).toISOString();
  const last = s.lastRecheck;
  const base = { noticeId: n.id, packetId: n.packetId, recipientType: n.recipientType, recipient: n.recipient, domains: n.domains, lastSentAt, renotices: mine.length, dueAt, lastRecheck: last ? { at: last.at, outcome: last.outcome } : null };
  const no = (reason: string): RenoticeState => ({ ...base, due: false, reason, command: null });
  const recheck = `dijkwacht notices recheck ${n.domains.map((d) => `--domain ${d}`).join(' ')}`;
  if (!n.packetId) return no('it was recorded without a packet, so there is nothing to send again');
  if (s.state === 'gone') return no('a re-check found its content gone');
  if (REFUSED.has(s.decision ?? '')) return no(`the recipient decided "${s.decision}": escalate instead (dijkwacht notices due)`);
  if (mine.length >= profile.max) return no(`${mine.length} re-notices were sent, the most the profile allows (sending.renotice.max ${profile.max})`);
  if (profile.whileOnline) {
    if (!last) return no(`its content was never re-checked: run "${recheck}" first`);
    if (last.outcome !== 'online') return no(`the last re-check (${last.at.slice(0, 16)}) found it ${last.outcome ?? 'unknown'}`);
    if (last.at < lastSentAt) return no(`it was not re-checked since the last (re)notice (${lastSentAt.slice(0, 16)}): run "${recheck}" first`);
  }
  if (Date.parse(dueAt) > now) return no(`the last (re)notice was sent ${lastSentAt.slice(0, 16)}; the next is due from ${dueAt.slice(0, 16)} (every ${profile.everyHours} h)`);
  const online = profile.whileOnline && last ? `still online at the re-check of ${last.at.slice(0, 16)}` : 'not known to be gone';
  return { ...base, due: true, reason: `${online}, ${Math.floor((now - Date.parse(lastSentAt)) / HOUR_MS)} h after the last (re)notice`, command: `dijkwacht notices send --renotice ${n.id} --approve NAME` };
}

/** The notices due a re-notice now, oldest first. */
export function dueRenotices(statuses: NoticeStatus[], sendings: SendingRow[], profile: RenoticeProfile, now = Date.now()): RenoticeState[] {
  return statuses.map((s) => renoticeState(s, sendings, profile, now)).filter((r) => r.due);
}
