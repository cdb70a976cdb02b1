import type { NoticeRow } from '../catalog/index.js';
import { noticeStatus } from '../notices/status.js';
import type { Lang } from './legal.js';
import type { ChronologyEntry, SidnChainStep } from './packet-types.js';
import { packetTexts } from './texts.js';

/** Every recorded notice about these domains as dated events, plus "no answer" where silence has set in. */
export function chronology(notices: NoticeRow[], thresholds: Record<string, number>, now: Date, lang: Lang): ChronologyEntry[] {
  const entries: ChronologyEntry[] = [];
  for (const n of notices) {
    const base = { recipientType: n.recipientType, recipient: n.recipient, channel: n.channel };
    entries.push({ ...base, date: n.sentAt, event: 'sent', outcome: null, note: n.reference, packetSha256: n.packetSha256, bundleId: null });
    for (const e of n.events) entries.push({ ...base, date: e.at, event: e.kind, outcome: e.outcome, note: e.note, packetSha256: null, bundleId: e.bundleId });
    const s = noticeStatus(n, thresholds, now.getTime());
    if (s.state === 'silent') {
      entries.push({ ...base, date: now.toISOString(), event: 'no-answer', outcome: null, note: packetTexts(lang).silence(s.daysOpen, s.silenceDays), packetSha256: null, bundleId: null });
    }
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date));
}

/** The SIDN chain: site manager, registrant, host, registrar; each contacted or not, answered or silent. */
export function sidnChain(notices: NoticeRow[]): SidnChainStep[] {
  return (['site', 'registrant', 'host', 'registrar'] as const).map((step) => {
    const n = notices.filter((x) => x.recipientType === step || (step === 'host' && x.recipientType === 'cdn'));
    const first = n[0];
    if (!first) return { step, status: 'not-contacted', date: null, address: null, answer: null };
    const answer = n.flatMap((x) => x.events).find((e) => e.kind === 'ack' || e.kind === 'decision');
    return { step, status: answer ? 'answered' : 'no-answer', date: first.sentAt, address: first.recipient, answer: answer ? [answer.outcome, answer.note].filter(Boolean).join(': ') || answer.kind : null };
  });
}
