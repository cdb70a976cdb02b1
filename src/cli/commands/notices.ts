import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
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
  approve?: string;
  dryRun?: boolean;
  batchBy?: string;
  allUnsent?: boolean;
  renotice?: string;
  retryUnfinished?: boolean;
  rdapBootstrap?: string;
  dnsServer?: string;
  whoisServer?: string;
  imap?: boolean;
  all?: boolean;
  by?: string;
  notice?: string;
  as?: string;
}

/** The notices modules, loaded when a subcommand runs (so that "dijkwacht --version" stays cheap). */
const load = async () => ({ ...(await import('../../notices/index.js')), ...(await import('../../catalog/index.js')), ...(await import('../../store/staging-sweep.js')) });

const line = (s: NoticeStatus): string => {
  const n = s.notice;
  const extra = [s.decision ? `decision ${s.decision} after ${s.decisionDays} d` : null, s.ackDays !== null ? `ack after ${s.ackDays} d` : null, s.lastRecheck ? `re-checked ${s.lastRecheck.at.slice(0, 10)}: ${s.lastRecheck.outcome ?? '?'}` : null].filter(Boolean).join(', ');
  return `#${n.id} ${n.sentAt.slice(0, 10)} ${n.recipientType.padEnd(10)} ${s.state.padEnd(12)} ${n.recipient} — ${n.domains.join(', ')} (${s.daysOpen} d${extra ? `; ${extra}` : ''})`;
};

const proposalId = (s: string): number => {
  if (!/^\d+$/.test(s)) throw new UsageError(`"${s}" is not a number: give the ids "dijkwacht notices inbox" lists.`);
  return Number(s);
};

/** Who confirms or dismisses an inbox proposal: --by, else the actor option, else the actor of "keys init --actor". */
const whoActs = async (options: { actor: string; dataDir: string }, by: string | undefined): Promise<string> =>
  by ?? (options.actor || (await (await import('../../evidence/index.js')).readActor(options.dataDir)) || 'unnamed operator');

export function registerNotices(program: Command): void {
  const notices = program.command('notices').description('notices: sent with approval or recorded, answers (also read from the mailbox), re-checks, escalations and re-notices due, time to action');

  withCommonOptions(notices.command('list', { isDefault: true }).description('every notice with its state').option('--domain <domain>', 'only notices about this domain', collect)).action(async (flags: NoticeFlags) => {
    const m = await load();
    const options = resolveOptions(flags);
    const { statuses, sendings } = await usingCatalog(options.dataDir, (c) => ({ statuses: m.listNotices(c, flags.domain ?? []).map((n) => m.noticeStatus(n, m.silenceDays(options))), sendings: m.listSendings(c) }));
    const sentBy = (id: number) => sendings.filter((x) => x.noticeId === id);
    if (flags.json) printJson(statuses.map((s) => ({ ...s.notice, state: s.state, daysOpen: s.daysOpen, silenceDays: s.silenceDays, ackDays: s.ackDays, decisionDays: s.decisionDays, removedDays: s.removedDays, sendings: sentBy(s.notice.id).map((x) => ({ kind: x.kind, sentAt: x.sentAt, messageId: x.messageId, approver: x.approver, transcriptSha256: x.transcriptSha256 })) })));
    else if (statuses.length === 0) process.stdout.write('no notices recorded: send a packet with "dijkwacht notices send <packet-id> --approve NAME", or record one sent by hand with "dijkwacht notices sent <packet-id>"\n');
    else for (const s of statuses) {
      const mine = sentBy(s.notice.id);
      const renotices = mine.filter((x) => x.kind === 'renotice').length;
      process.stdout.write(`${line(s)}${mine.length > 0 ? ` [sent by dijkwacht, approved by ${mine[0]!.approver}${renotices > 0 ? `; re-noticed ${renotices}x` : ''}]` : ''}\n`);
    }
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
      .description('capture the URLs of open notices again (each re-check is a new evidence bundle); for search-engine notices, ask the recorded queries again and record whether the ranking persists')
      .option('--domain <domain>', 'only notices about this domain', collect)
      .option('--proxy <url>', 'route target traffic through this proxy')
      .option('--tsa <url>', 'RFC 3161 TSA URL (repeatable)', collect)
      .option('--ca-file <pem>', 'extra trust anchors for judging the target TLS certificate'),
  ).action(async (flags: NoticeFlags) => {
    const options = resolveOptions(flags, { proxy: flags.proxy, tsaUrls: flags.tsa, caFile: flags.caFile });
    const { recheckNotices } = await import('../../notices/index.js');
    await startWriting(options);
    const results = await recheckNotices(options, { domains: flags.domain ?? [], onUrl: (c, done, total) => progress(`[${done}/${total}] ${c.outcome.padEnd(6)} ${c.url}`, flags.json) });
    const { recheckSearchNotices } = await import('../../refer/kinds/search-recheck.js');
    const ranked = await recheckSearchNotices(options, { domains: flags.domain ?? [], onCheck: (c) => progress(`${c.failure ? 'failed' : c.rank === null ? 'gone  ' : `#${c.rank}`.padEnd(6)} "${c.query}" ${c.domain} (${c.client})`, flags.json) });
    if (flags.json) printJson([...results, ...ranked]);
    else if (results.length === 0 && ranked.length === 0) process.stdout.write('no open notices to re-check\n');
    else {
      for (const r of results) process.stdout.write(`#${r.noticeId}: ${r.outcome}\n${r.checks.map((c) => `  ${c.outcome.padEnd(6)} ${c.url}  bundle ${c.bundleId ?? '-'} (${c.detail})`).join('\n')}\n`);
      for (const r of ranked) process.stdout.write(`#${r.noticeId} (${r.engine}): ${r.outcome ?? `no verdict: ${r.error ?? 'no answer'}`}\n${r.checks.map((c) => `  ${c.rank === null ? 'gone' : `#${c.rank}`} (was #${c.before}) "${c.query}" ${c.domain}${c.failure ? ` failed: ${c.failure}` : ''}`).join('\n')}\n`);
    }
  });

  withCommonOptions(
    notices
      .command('due')
      .description('escalations due after silence (noticeSilenceDays) and re-notices due (sending.renotice); --build writes the escalations\' packets')
      .option('--build', 'build the packets of the due escalations (refer) with the chronology filled in')
      .option('--lang <nl|en>', 'language of built packets')
      .option('--out <dir>', 'where built packets go'),
  ).action(async (flags: NoticeFlags) => {
    const m = await load();
    const options = resolveOptions(flags);
    const profile = m.parseSendingConfig((await import('../../options/index.js')).loadConfigSection('sending', { configFile: flags.config ?? null })).renotice;
    const { due, renotices } = await usingCatalog(options.dataDir, (c) => {
      const statuses = m.listNotices(c).map((n) => m.noticeStatus(n, m.silenceDays(options)));
      return { due: m.dueEscalations(statuses), renotices: m.dueRenotices(statuses, m.listSendings(c), profile) };
    });
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
          const written = await referDomains({ options, reporter, to: next, domains, lang: (flags.lang as 'nl' | 'en' | undefined) ?? null, outDir: flags.out ?? null, expandClusters: false, onSkip: (s) => process.stderr.write(`skipped ${s.domain} for the ${next} packet: ${s.reason}\n`) });
          built.push({ next, domains, dirs: written.map((w) => w.dir), error: null });
        } catch (error) {
          built.push({ next, domains, dirs: [], error: describeError(error) });
        }
      }
    }
    if (flags.json) printJson({ due, built, renotices });
    else {
      if (due.length === 0) process.stdout.write('no escalation is due\n');
      for (const e of due) process.stdout.write(`${e.domain}: ${e.after.recipientType} ${e.after.recipient} silent ${e.after.daysSilent} d since ${e.after.sentAt.slice(0, 10)} -> ${e.command}\n`);
      for (const r of renotices) process.stdout.write(`re-notice #${r.noticeId} (${r.recipientType} ${r.recipient}, ${r.domains.join(', ')}): ${r.reason}; ${r.renotices} sent before -> ${r.command}\n`);
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

  withCommonOptions(
    notices
      .command('send')
      .description('send packets by e-mail over the SMTP server of the config\'s "sending" section, after looking the recipient up again; never without --approve')
      .argument('[packets...]', 'packet ids (from "dijkwacht refer") or packet folders')
      .option('--approve <name>', 'who approves this send: required to send anything')
      .option('--dry-run', 'check everything and show what would be sent, to whom; send and record nothing')
      .option('--batch-by <contact>', 'contact: one message per abuse address, with every packet to it attached')
      .option('--all-unsent', 'every packet no notice was recorded for')
      .option('--renotice <notice>', 'send the packet of this notice again ("Herhaalde melding"/"Repeated notice"), when a re-notice is due')
      .option('--retry-unfinished', 'drop the claim of a send that began and never finished (check first that it did not go out)')
      .option('--rdap-bootstrap <dir>', "directory with IANA's bootstrap files, for the fresh lookup")
      .option('--dns-server <host:port>', 'resolver for the fresh lookup')
      .option('--whois-server <host:port>', "send WHOIS queries here instead of each TLD's server")
      .addHelpText('after', '\nExample:\n  dijkwacht notices send PACKET_ID --dry-run\n  dijkwacht notices send PACKET_ID OTHER_PACKET_ID --batch-by contact --approve "A. Analist"\n  dijkwacht notices send --renotice 12 --approve "A. Analist"\n'),
  ).action(async (packets: string[], flags: NoticeFlags) => {
    const m = await load();
    const { loadConfigSection } = await import('../../options/index.js');
    if (flags.batchBy !== undefined && flags.batchBy !== 'contact') throw new UsageError(`--batch-by takes "contact" (one message per abuse address), not "${flags.batchBy}".`);
    const options = resolveOptions(flags, { rdapBootstrapDir: flags.rdapBootstrap, dnsServer: flags.dnsServer, whoisServer: flags.whoisServer });
    const config = m.parseSendingConfig(loadConfigSection('sending', { configFile: flags.config ?? null }));
    if (!flags.dryRun) await startWriting(options);
    const outcomes = await m.sendNotices({ options, config, packets, allUnsent: flags.allUnsent === true, renotice: flags.renotice ?? null, approver: flags.approve ?? null, dryRun: flags.dryRun === true, batchBy: flags.batchBy === 'contact' ? 'contact' : null, retryUnfinished: flags.retryUnfinished === true });
    // One message that could not go: its error is the command's (exit code and one sentence).
    if (outcomes.length === 1 && outcomes[0]!.error) throw outcomes[0]!.error;
    if (flags.json) printJson(outcomes.map((o) => ({ ...o, error: o.error ? o.error.message : null })));
    else if (outcomes.length === 0) process.stdout.write('no unsent packets\n');
    for (const o of flags.json ? [] : outcomes) {
      const ids = o.packets.map((p) => p.packetId).join(', ');
      if (o.status === 'sent') process.stdout.write(`sent "${o.subject}" to ${o.to} (${ids}; Message-ID ${o.messageId}; notice ${o.packets.map((p) => `#${p.noticeId}`).join(', ')}); files in ${o.packets.map((p) => p.sentDir).join(', ')}\n`);
      else if (o.status === 'dry-run') process.stdout.write(`would send "${o.subject}" (${o.bytes} bytes, ${ids}) from ${o.envelope?.from} to ${o.envelope?.to.join(', ')}; recipient confirmed\n`);
      else process.stderr.write(`${o.status} (${ids}): ${o.error?.message ?? ''}\n`);
      for (const c of o.custody.filter((x) => !x.ok)) process.stderr.write(`custody event not added to bundle ${c.bundleId}: ${c.detail}\n`);
    }
    if (outcomes.some((o) => o.error || o.custody.some((c) => !c.ok))) process.exitCode = ExitCode.Incomplete;
  });

  const inbox = notices
    .command('inbox')
    .description('replies from the mailbox of sending.imap, matched to notices and proposed as acks and decisions for a person to accept')
    .addHelpText('after', '\nExample:\n  dijkwacht notices inbox --imap\n  dijkwacht notices inbox accept 4 7\n');
  withCommonOptions(
    inbox
      .command('show', { isDefault: true })
      .description('read new messages (--imap) and list the proposals waiting for a person')
      .option('--imap', 'read the new messages of the configured mailbox first')
      .option('--all', 'also list accepted and dismissed messages')
      .addHelpText('after', '\nExample:\n  dijkwacht notices inbox --imap\n'),
  ).action(async (flags: NoticeFlags) => {
    const m = await load();
    const options = resolveOptions(flags);
    if (flags.imap) {
      const { loadConfigSection } = await import('../../options/index.js');
      const r = await m.readInbox(options, m.parseSendingConfig(loadConfigSection('sending', { configFile: flags.config ?? null })));
      progress(`read ${r.read} new message(s) from ${r.mailbox}`, flags.json);
    }
    const list = await usingCatalog(options.dataDir, (c) => m.listProposals(c, flags.all ? 'all' : 'proposed'));
    if (flags.json) printJson(list);
    else if (list.length === 0) process.stdout.write(flags.imap ? 'no new replies\n' : 'no proposals waiting: "dijkwacht notices inbox --imap" reads the mailbox\n');
    for (const p of flags.json ? [] : list) {
      const what = p.proposal === 'unmatched' ? `unmatched${p.matchedBy ? ` (${p.matchedBy})` : ''}` : `${p.proposal === 'ack' ? 'ack' : `decision ${p.outcome}`} on notice #${p.noticeId} (by ${p.matchedBy})`;
      process.stdout.write(`[${p.id}] ${(p.receivedAt ?? p.fetchedAt).slice(0, 16)} ${p.from ?? '?'} "${p.subject ?? ''}": ${what}${p.status !== 'proposed' ? ` — ${p.status}` : ''}${p.excerpt ? `\n      "${p.excerpt}"` : ''}\n`);
    }
    if (!flags.json && list.some((p) => p.status === 'proposed')) process.stdout.write('accept: dijkwacht notices inbox accept ID... [--as ack|removed|refused|forwarded] [--notice N]; dismiss: notices inbox dismiss ID...\n');
  });

  withCommonOptions(
    inbox
      .command('accept')
      .description('record proposals as a person confirmed them (an ack or a decision on the notice)')
      .argument('<ids...>', 'proposal ids from "notices inbox"')
      .option('--as <what>', 'record this instead: ack | removed | partially-removed | refused | forwarded | no-action')
      .option('--notice <n>', 'record it on this notice (required for an unmatched message)')
      .option('--by <name>', 'who confirms (default: the actor of "keys init --actor")')
      .addHelpText('after', '\nExample:\n  dijkwacht notices inbox accept 4 7\n  dijkwacht notices inbox accept 9 --notice 12 --as refused\n'),
  ).action(async (ids: string[], flags: NoticeFlags) => {
    const m = await load();
    const options = resolveOptions(flags);
    const by = await whoActs(options, flags.by);
    const done = await usingCatalog(options.dataDir, (c) => m.acceptProposals(c, ids.map(proposalId), { by, notice: flags.notice === undefined ? null : proposalId(flags.notice), as: flags.as ?? null }));
    if (flags.json) printJson(done);
    else for (const d of done) process.stdout.write(`[${d.id}] recorded on notice #${d.noticeId}: ${d.recorded === 'ack' ? 'acknowledgement' : `decision ${d.outcome}`}\n`);
  });

  withCommonOptions(inbox.command('dismiss').description('mark proposals as not to be recorded (the messages stay stored)').argument('<ids...>', 'proposal ids').option('--by <name>', 'who dismisses').addHelpText('after', '\nExample:\n  dijkwacht notices inbox dismiss 5\n')).action(async (ids: string[], flags: NoticeFlags) => {
    const m = await load();
    const options = resolveOptions(flags);
    const by = await whoActs(options, flags.by);
    await usingCatalog(options.dataDir, (c) => m.dismissProposals(c, ids.map(proposalId), by));
    if (flags.json) printJson({ dismissed: ids.map(proposalId) });
    else process.stdout.write(`dismissed ${ids.join(', ')}\n`);
  });
}
