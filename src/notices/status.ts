import type { NoticeRecipient, NoticeRow } from '../catalog/index.js';
import type { Options } from '../options/index.js';
import { recipientKind } from '../refer/kinds/registry.js';

const DAY_MS = 86_400_000;

export type NoticeState = 'open' | 'silent' | 'acknowledged' | 'decided' | 'gone';

export interface NoticeStatus {
  notice: NoticeRow;
  state: NoticeState;
  daysOpen: number;
  silenceDays: number;
  ackDays: number | null;
  decisionDays: number | null;
  decision: string | null;
  /** Days from sending to the first re-check that found the URLs gone (or a removal decision). */
  removedDays: number | null;
  lastRecheck: { at: string; outcome: string | null; bundleId: string | null } | null;
}

/** Silence thresholds per recipient type from the noticeSilenceDays option (TYPE=DAYS). */
export function silenceDays(options: Pick<Options, 'noticeSilenceDays'>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const entry of options.noticeSilenceDays) {
    const [type, days] = entry.split('=');
    const n = Number(days);
    if (type && Number.isFinite(n)) out[type.trim()] = n;
  }
  return out;
}

const days = (from: string, to: string | number): number => Math.max(0, Math.floor(((typeof to === 'number' ? to : Date.parse(to)) - Date.parse(from)) / DAY_MS));

export function noticeStatus(notice: NoticeRow, thresholds: Record<string, number>, now = Date.now()): NoticeStatus {
  const ack = notice.events.find((e) => e.kind === 'ack');
  const decision = notice.events.find((e) => e.kind === 'decision');
  const rechecks = notice.events.filter((e) => e.kind === 'recheck');
  const last = rechecks.at(-1) ?? null;
  const goneAt = rechecks.find((e) => e.outcome === 'gone')?.at ?? (decision?.outcome === 'removed' ? decision.at : null);
  const silence = thresholds[notice.recipientType] ?? recipientKind(notice.recipientType)?.silenceDays ?? 14;
  const open = days(notice.sentAt, now);
  let state: NoticeState = decision ? 'decided' : ack ? 'acknowledged' : open > silence ? 'silent' : 'open';
  if (last?.outcome === 'gone') state = 'gone';
  return {
    notice,
    state,
    daysOpen: open,
    silenceDays: silence,
    ackDays: ack ? days(notice.sentAt, ack.at) : null,
    decisionDays: decision ? days(notice.sentAt, decision.at) : null,
    decision: decision?.outcome ?? null,
    removedDays: goneAt ? days(notice.sentAt, goneAt) : null,
    lastRecheck: last ? { at: last.at, outcome: last.outcome, bundleId: last.bundleId } : null,
  };
}

/** Where the chain goes when a recipient stays silent (SIDN only for .nl names): each kind's module says. */
export function nextSteps(type: NoticeRecipient, nl: boolean): NoticeRecipient[] {
  return (recipientKind(type)?.escalation(nl) ?? []) as NoticeRecipient[];
}

export interface Escalation {
  domain: string;
  after: { noticeId: number; recipientType: NoticeRecipient; recipient: string; sentAt: string; daysSilent: number };
  next: NoticeRecipient;
  command: string;
}

/**
 * Escalations that are due: a notice still open after its silence period (and its URLs not gone)
 * makes the next link of the chain due for each of its domains, unless that link already got one.
 */
export function dueEscalations(statuses: NoticeStatus[], now = Date.now()): Escalation[] {
  const sentTo = new Map<string, Set<string>>();
  for (const s of statuses) for (const d of s.notice.domains) (sentTo.get(d) ?? sentTo.set(d, new Set()).get(d)!).add(s.notice.recipientType);
  const out: Escalation[] = [];
  const seen = new Set<string>();
  for (const s of statuses) {
    if (s.state !== 'silent' && !(s.state === 'decided' && s.decision === 'refused')) continue;
    for (const domain of s.notice.domains) {
      const nl = domain.endsWith('.nl');
      for (const next of nextSteps(s.notice.recipientType, nl)) {
        if (sentTo.get(domain)?.has(next) || seen.has(`${domain} ${next}`)) continue;
        seen.add(`${domain} ${next}`);
        out.push({
          domain,
          after: { noticeId: s.notice.id, recipientType: s.notice.recipientType, recipient: s.notice.recipient, sentAt: s.notice.sentAt, daysSilent: days(s.notice.sentAt, now) },
          next,
          command: `dijkwacht refer --to ${next} --domain ${domain}`,
        });
      }
    }
  }
  return out;
}

export interface RecipientStats {
  recipientType: string;
  recipient: string;
  notices: number;
  acknowledged: number;
  decided: number;
  removed: number;
  silent: number;
  medianDaysToAck: number | null;
  medianDaysToDecision: number | null;
  medianDaysToRemoval: number | null;
}

const median = (xs: number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Time to action per recipient: which hosts and registrars act, and how fast. */
export function recipientStats(statuses: NoticeStatus[]): RecipientStats[] {
  const groups = new Map<string, NoticeStatus[]>();
  for (const s of statuses) {
    const key = `${s.notice.recipientType}\u0000${s.notice.recipient}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(s);
  }
  return [...groups.values()].map((g) => ({
    recipientType: g[0]!.notice.recipientType,
    recipient: g[0]!.notice.recipient,
    notices: g.length,
    acknowledged: g.filter((s) => s.ackDays !== null).length,
    decided: g.filter((s) => s.decisionDays !== null).length,
    removed: g.filter((s) => s.removedDays !== null).length,
    silent: g.filter((s) => s.state === 'silent').length,
    medianDaysToAck: median(g.flatMap((s) => (s.ackDays === null ? [] : [s.ackDays]))),
    medianDaysToDecision: median(g.flatMap((s) => (s.decisionDays === null ? [] : [s.decisionDays]))),
    medianDaysToRemoval: median(g.flatMap((s) => (s.removedDays === null ? [] : [s.removedDays]))),
  }));
}
