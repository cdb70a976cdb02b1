import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { NoticeStatus } from '../../notices/index.js';
import { ExitCode } from '../exit-codes.js';
import { collect, printJson, progress, resolveOptions, startWriting, usingCatalog, withCommonOptions, type CommonFlags } from '../shared.js';

interface NoticeFlags extends CommonFlags {
  channel?: string;
  date?: string;
  reference?: string;
  note?: string;
  outcome?: string;
  to?: string;
  address?: string;
  domain?: string[];
  url?: string[];
  build?: boolean;
  lang?: string;
  out?: string;
  proxy?: string;
  tsa?: string[];
  caFile?: string;
}

/** The notices modules, loaded when a subcommand runs (so that "dijkwacht --version" stays cheap). */
const load = async () => ({ ...(await import('../../notices/index.js')), ...(await import('../../catalog/index.js')), ...(await import('../../store/staging-sweep.js')) });

const line = (s: NoticeStatus): string => {
  const n = s.notice;
  const extra = [s.decision ? `decision ${s.decision} after ${s.decisionDays} d` : null, s.ackDays !== null ? `ack after ${s.ackDays} d` : null, s.lastRecheck ? `re-checked ${s.lastRecheck.at.slice(0, 10)}: ${s.lastRecheck.outcome ?? '?'}` : null].filter(Boolean).join(', ');
  return `#${n.id} ${n.sentAt.slice(0, 10)} ${n.recipientType.padEnd(10)} ${s.state.padEnd(12)} ${n.recipient} — ${n.domains.join(', ')} (${s.daysOpen} d${extra ? `; ${extra}` : ''})`;
};

export function registerNotices(program: Command): void {
  const notices = program.command('notices').description('notices sent, answers, re-checks, escalations due and time to action');

  withCommonOptions(notices.command('list', { isDefault: true }).description('every notice with its state').option('--domain <domain>', 'only notices about this domain', collect)).action(async (flags: NoticeFlags) => {
    const m = await load();
    const options = resolveOptions(flags);
    const statuses = await usingCatalog(options.dataDir, (c) => m.listNotices(c, flags.domain ?? []).map((n) => m.noticeStatus(n, m.silenceDays(options))));
    if (flags.json) printJson(statuses.map((s) => ({ ...s.notice, state: s.state, daysOpen: s.daysOpen, silenceDays: s.silenceDays, ackDays: s.ackDays, decisionDays: s.decisionDays, removedDays: s.removedDays })));
    else if (statuses.length === 0) process.stdout.write('no notices recorded: after sending a packet, run "dijkwacht notices sent <packet-id>"\n');
    else for (const s of statuses) process.stdout.write(`${line(s)}\n`);
  });

  withCommonOptions(
    notices
      .command('sent')
      .description('record that a packet was sent (its packet.json hash is kept)')
      .argument('<packet>', 'packet id (from "dijkwacht refer") or packet folder')
      .option('--channel <channel>', 'email | form | api | post | other', 'email')
      .option('--date <date>', 'when it was sent (default now)')
      .option('--reference <ref>', "the recipient's ticket or case number"),
  ).action(async (packet: string, flags: NoticeFlags) => {
    const m = await load();
    const options = resolveOptions(flags);
    const id = await usingCatalog(options.dataDir, (c) => m.recordSent(c, { packet, channel: flags.channel ?? 'email', date: flags.date ?? null, reference: flags.reference ?? null }));
    if (flags.json) printJson({ noticeId: id });
    else process.stdout.write(`notice #${id} recorded; when they answer: dijkwacht notices ack ${id} / notices decision ${id} --outcome removed\n`);
  });

  withCommonOptions(
    notices
      .command('record')
      .description('record a notice sent without a dijkwacht packet (site contact, registrant, a web form)')
      .requiredOption('--to <recipient>', 'site | registrant | host | registrar | cdn | sidn | acm')
      .requiredOption('--address <address>', 'e-mail address or form URL it went to')
      .requiredOption('--domain <domain>', 'domain it was about (repeatable)', collect)
      .option('--url <url>', 'exact URL reported (repeatable; default https://<domain>/)', collect)
      .option('--channel <channel>', 'email | form | api | post | other', 'email')
      .option('--date <date>', 'when it was sent (default now)')
      .option('--reference <ref>', "the recipient's ticket or case number"),
  ).action(async (flags: NoticeFlags) => {
    const m = await load();
    const options = resolveOptions(flags);
    const id = await usingCatalog(options.dataDir, (c) => m.recordManual(c, { to: flags.to ?? '', address: flags.address ?? '', domains: flags.domain ?? [], urls: flags.url ?? [], channel: flags.channel ?? 'email', date: flags.date ?? null, reference: flags.reference ?? null }));
    if (flags.json) printJson({ noticeId: id });
    else process.stdout.write(`notice #${id} recorded\n`);
  });

  withCommonOptions(notices.command('ack').description('record an acknowledgement').argument('<notice>', 'notice number').option('--date <date>', 'when (default now)').option('--note <text>', 'what they said')).action(
    async (id: string, flags: NoticeFlags) => {
      const m = await load();
      const options = resolveOptions(flags);
      await usingCatalog(options.dataDir, (c) => m.recordAck(c, id, { date: flags.date ?? null, note: flags.note ?? null }));
      if (flags.json) printJson({ noticeId: Number(id), recorded: 'ack' });
      else process.stdout.write(`acknowledgement of #${id} recorded\n`);
    },
  );

  withCommonOptions(
    notices
      .command('decision')
      .description("record the recipient's decision")
      .argument('<notice>', 'notice number')
      .requiredOption('--outcome <outcome>', 'removed | partially-removed | refused | forwarded | no-action')
      .option('--date <date>', 'when (default now)')
      .option('--note <text>', 'their reasons'),
  ).action(async (id: string, flags: NoticeFlags) => {
    const m = await load();
    const options = resolveOptions(flags);
    const outcome = await usingCatalog(options.dataDir, (c) => m.recordDecision(c, id, { outcome: flags.outcome ?? '', date: flags.date ?? null, note: flags.note ?? null }));
    if (flags.json) printJson({ noticeId: Number(id), recorded: 'decision', outcome });
    else process.stdout.write(`decision on #${id} recorded: ${outcome}${outcome === 'removed' ? '; "dijkwacht notices recheck" confirms it with a new capture' : ''}\n`);
  });

  withCommonOptions(
    notices
      .command('recheck')
      .description('capture the URLs of open notices again (each re-check is a new evidence bundle)')
      .option('--domain <domain>', 'only notices about this domain', collect)
      .option('--proxy <url>', 'route target traffic through this proxy')
      .option('--tsa <url>', 'RFC 3161 TSA URL (repeatable)', collect)
      .option('--ca-file <pem>', 'extra trust anchors for judging the target TLS certificate'),
  ).action(async (flags: NoticeFlags) => {
    const options = resolveOptions(flags, { proxy: flags.proxy, tsaUrls: flags.tsa, caFile: flags.caFile });
    const { recheckNotices } = await import('../../notices/index.js');
    await startWriting(options);
    const results = await recheckNotices(options, { domains: flags.domain ?? [], onUrl: (c, done, total) => progress(`[${done}/${total}] ${c.outcome.padEnd(6)} ${c.url}`, flags.json) });
    if (flags.json) printJson(results);
    else if (results.length === 0) process.stdout.write('no open notices to re-check\n');
    else for (const r of results) process.stdout.write(`#${r.noticeId}: ${r.outcome}\n${r.checks.map((c) => `  ${c.outcome.padEnd(6)} ${c.url}  bundle ${c.bundleId ?? '-'} (${c.detail})`).join('\n')}\n`);
  });

  withCommonOptions(
    notices
      .command('due')
      .description('escalations due after silence (noticeSilenceDays); --build writes their packets')
      .option('--build', 'build the packets of the due escalations (refer) with the chronology filled in')
      .option('--lang <nl|en>', 'language of built packets')
      .option('--out <dir>', 'where built packets go'),
  ).action(async (flags: NoticeFlags) => {
    const m = await load();
    const options = resolveOptions(flags);
    const due = await usingCatalog(options.dataDir, (c) => m.dueEscalations(m.listNotices(c).map((n) => m.noticeStatus(n, m.silenceDays(options)))));
    const built: { next: string; domains: string[]; dirs: string[]; error: string | null }[] = [];
    if (flags.build && due.length > 0) {
      const { loadReporter, referDomains } = await import('../../refer/index.js');
      const { describeError } = await import('../../core/errors.js');
      const reporter = loadReporter({ configFile: flags.config ?? null });
      await startWriting(options);
      m.watchStagingDir(resolve(flags.out ?? resolve(options.dataDir, 'packets')), ['.staging-']);
      const byNext = new Map<string, string[]>();
      for (const e of due) byNext.set(e.next, [...(byNext.get(e.next) ?? []), e.domain]);
      for (const [next, domains] of byNext) {
        try {
          const written = await referDomains({ options, reporter, to: next as 'host', domains, lang: (flags.lang as 'nl' | 'en' | undefined) ?? null, outDir: flags.out ?? null, expandClusters: false, onSkip: (s) => process.stderr.write(`skipped ${s.domain} for the ${next} packet: ${s.reason}\n`) });
          built.push({ next, domains, dirs: written.map((w) => w.dir), error: null });
        } catch (error) {
          built.push({ next, domains, dirs: [], error: describeError(error) });
        }
      }
    }
    if (flags.json) printJson({ due, built });
    else {
      if (due.length === 0) process.stdout.write('no escalation is due\n');
      for (const e of due) process.stdout.write(`${e.domain}: ${e.after.recipientType} ${e.after.recipient} silent ${e.after.daysSilent} d since ${e.after.sentAt.slice(0, 10)} -> ${e.command}\n`);
      for (const b of built) process.stdout.write(b.error ? `could not build ${b.next} packet for ${b.domains.join(', ')}: ${b.error}\n` : `built ${b.next} packet(s): ${b.dirs.join(', ')}\n`);
    }
    if (built.some((b) => b.error)) process.exitCode = ExitCode.Incomplete;
  });

  withCommonOptions(notices.command('stats').description('time to action per recipient: who acts, and how fast')).action(async (flags: NoticeFlags) => {
    const m = await load();
    const options = resolveOptions(flags);
    const stats = await usingCatalog(options.dataDir, (c) => m.recipientStats(m.listNotices(c).map((n) => m.noticeStatus(n, m.silenceDays(options)))));
    if (flags.json) printJson(stats);
    else {
      process.stdout.write('type       recipient                          notices acked decided removed silent  median days ack/decision/removal\n');
      const d = (x: number | null): string => (x === null ? '-' : String(x));
      for (const s of stats) process.stdout.write(`${s.recipientType.padEnd(10)} ${s.recipient.slice(0, 34).padEnd(34)} ${String(s.notices).padStart(7)} ${String(s.acknowledged).padStart(5)} ${String(s.decided).padStart(7)} ${String(s.removed).padStart(7)} ${String(s.silent).padStart(6)}  ${d(s.medianDaysToAck)}/${d(s.medianDaysToDecision)}/${d(s.medianDaysToRemoval)}\n`);
    }
  });
}
