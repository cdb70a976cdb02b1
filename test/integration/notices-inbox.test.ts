import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Catalog, findNotice, reviewSite } from '../../src/catalog/index.js';
import { runDiscovery } from '../../src/discover/index.js';
import { lookupDomains } from '../../src/domains/index.js';
import { acceptProposals, listProposals, parseSendingConfig, readInbox, recordManual, sendNotices, type InboxProposal } from '../../src/notices/index.js';
import { referDomains } from '../../src/refer/index.js';
import { startHarness, type Harness } from '../support/capture-env.js';
import { runCli } from '../support/cli.js';
import { startImapServer, type ImapTestServer } from '../support/imap-server.js';
import { startSmtpSink } from '../support/smtp-sink.js';
import { HOSTS } from '../world/sites.js';

const reporter = { name: 'Test Analyst', organisation: 'Test NGO', email: 'analyst@test-ngo.test' };
const NL = HOSTS.nlService;
const SIBLING = HOSTS.nlSibling;
const HOST_ABUSE = 'abuse@voorbeeld-hosting.test';

let h: Harness;
let imap: ImapTestServer;
let sentNotice: number;
let sentMessageId: string;
let manualNotice: number;
const env = { DW_IMAP_PASSWORD: '' };

const inCatalog = <T>(fn: (c: Catalog) => T): T => {
  const catalog = new Catalog(h.dataDir);
  try {
    return fn(catalog);
  } finally {
    catalog.close();
  }
};

const config = () => parseSendingConfig({ imap: { host: imap.host, port: imap.port, user: imap.user, passwordEnv: 'DW_IMAP_PASSWORD', mailbox: 'INBOX', timeoutMs: 5_000 } });

const mail = (headers: Record<string, string>, body: string): string =>
  `${Object.entries({ Date: new Date().toUTCString().replace('GMT', '+0000'), 'MIME-Version': '1.0', 'Content-Type': 'text/plain; charset=utf-8', ...headers })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n')}\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`;

beforeAll(async () => {
  [h, imap] = await Promise.all([startHarness(), startImapServer()]);
  env.DW_IMAP_PASSWORD = imap.password;
  const lookups = h.options({ rdapBootstrapDir: h.world.rdap.bootstrapDir, dnsServer: h.world.dns.server, whoisServer: h.world.whois.server });
  await runDiscovery({ kind: 'crawl', options: h.options({ crawlSameDomainDelayMs: 0, maxDepth: 0 }), seeds: [`http://${NL}/`] });
  await h.captureOk(`http://${NL}/`, {}, 'CASE-11');
  await lookupDomains([NL], lookups);
  inCatalog((c) => reviewSite(c, { domain: NL, verdict: 'confirm', reviewer: 'Test Analyst', note: null }));
  const [packet] = await referDomains({ options: h.options(), reporter, to: 'host', domains: [NL], expandClusters: false });
  const sink = await startSmtpSink();
  try {
    const [o] = await sendNotices({ options: lookups, config: parseSendingConfig({ smtp: { host: '127.0.0.1', port: sink.port }, from: 'meldingen@test-ngo.test' }), approver: 'Test Approver', packets: [packet!.packet.packetId] });
    expect(o!.error).toBeNull();
    sentNotice = o!.packets[0]!.noticeId!;
    sentMessageId = o!.messageId!;
  } finally {
    await sink.close();
  }
  manualNotice = inCatalog((c) => recordManual(c, { to: 'site', address: 'info@kledingweg-app.test', domains: [SIBLING], urls: [], channel: 'email', date: new Date(Date.now() - 3_600_000).toISOString() }));
}, 240_000);
afterAll(async () => {
  await imap?.stop();
  await h?.stop();
});

const byFrom = (list: InboxProposal[], from: string): InboxProposal => list.find((p) => p.from === from)!;

it('proposes acks and decisions matched to the right notice, lists what matches nothing, and records nothing before accept', async () => {
  await imap.deliver(mail({ From: `Abuse Desk <${HOST_ABUSE}>`, To: 'meldingen@test-ngo.test', Subject: 'Re: your report', 'Message-ID': '<r1@voorbeeld-hosting.test>', 'In-Reply-To': sentMessageId, References: sentMessageId }, 'Thank you, we have received your report and opened ticket 4411.\n\n> quoted notice text: removed'));
  await imap.deliver(mail({ From: 'noreply@tickets.voorbeeld-hosting.test', To: 'meldingen@test-ngo.test', Subject: 'Ticket 4411 closed', 'Message-ID': '<r2@tickets.voorbeeld-hosting.test>' }, `The content at http://${NL}/ has been removed from our network.`));
  await imap.deliver(mail({ From: 'info@kledingweg-app.test', To: 'meldingen@test-ngo.test', Subject: `Uw melding over ${SIBLING}`, 'Message-ID': '<r3@kledingweg-app.test>' }, 'Wij nemen geen actie: de site is legaal.'));
  await imap.deliver(mail({ From: 'nieuwsbrief@elders.test', To: 'meldingen@test-ngo.test', Subject: 'Nieuwsbrief december', 'Message-ID': '<n1@elders.test>' }, 'Ons nieuws van deze maand.'));

  const r = await readInbox(h.options(), config(), env);
  expect(r.read).toBe(4);
  const ack = byFrom(r.proposals, HOST_ABUSE);
  expect(ack).toMatchObject({ noticeId: sentNotice, matchedBy: 'in-reply-to', proposal: 'ack', outcome: null, status: 'proposed' });
  expect(byFrom(r.proposals, 'noreply@tickets.voorbeeld-hosting.test')).toMatchObject({ noticeId: sentNotice, matchedBy: 'domain', proposal: 'decision', outcome: 'removed' });
  expect(byFrom(r.proposals, 'info@kledingweg-app.test')).toMatchObject({ noticeId: manualNotice, matchedBy: 'domain', proposal: 'decision', outcome: 'refused' });
  // An unrelated message is kept and listed as unmatched, never dropped.
  expect(byFrom(r.proposals, 'nieuwsbrief@elders.test')).toMatchObject({ noticeId: null, proposal: 'unmatched', subject: 'Nieuwsbrief december' });
  inCatalog((c) => {
    expect(findNotice(c, sentNotice)!.events).toEqual([]);
    expect(findNotice(c, manualNotice)!.events).toEqual([]);
  });
  // Reading again reads only what is new.
  expect((await readInbox(h.options(), config(), env)).read).toBe(0);
  expect(inCatalog((c) => listProposals(c)).length).toBe(4);
}, 60_000);

it('accept records the ack on the notice; an unmatched message needs --notice; a handled proposal is not recorded twice', async () => {
  const list = inCatalog((c) => listProposals(c));
  const ack = byFrom(list, HOST_ABUSE);
  const unmatched = byFrom(list, 'nieuwsbrief@elders.test');
  const [done] = inCatalog((c) => acceptProposals(c, [ack.id], { by: 'Test Analyst' }));
  expect(done).toMatchObject({ id: ack.id, noticeId: sentNotice, recorded: 'ack' });
  const events = inCatalog((c) => findNotice(c, sentNotice)!.events);
  expect(events).toEqual([expect.objectContaining({ kind: 'ack', outcome: null, note: expect.stringContaining(`inbox #${ack.id}`) })]);
  expect(() => inCatalog((c) => acceptProposals(c, [ack.id], { by: 'Test Analyst' }))).toThrow(/already accepted by Test Analyst: nothing was recorded/);
  expect(() => inCatalog((c) => acceptProposals(c, [unmatched.id], { by: 'Test Analyst' }))).toThrow(/matches no notice: name the notice with --notice N/);
  expect(inCatalog((c) => findNotice(c, sentNotice)!.events)).toHaveLength(1);
});

it('the CLI reads the mailbox with --imap, lists proposals with ids, and accept records the decision', async () => {
  await imap.deliver(mail({ From: `Abuse Desk <${HOST_ABUSE}>`, To: 'meldingen@test-ngo.test', Subject: 'Re: your report', 'Message-ID': '<r5@voorbeeld-hosting.test>', References: `<unrelated@elders.test> ${sentMessageId}` }, 'We have forwarded your notice to our customer.'));
  const file = join(h.dataDir, 'inbox.config.json');
  await writeFile(file, JSON.stringify({ sending: { imap: { host: imap.host, port: imap.port, user: imap.user, passwordEnv: 'DW_IMAP_PASSWORD' } } }));
  const flags = ['--config', file, '--data-dir', h.dataDir];
  const shown = await runCli(['notices', 'inbox', '--imap', '--json', ...flags], env);
  expect(shown.stderr).toBe('');
  expect(shown.code).toBe(0);
  const proposals = JSON.parse(shown.stdout) as InboxProposal[];
  const fwd = proposals.find((p) => p.messageId === '<r5@voorbeeld-hosting.test>')!;
  expect(fwd).toMatchObject({ noticeId: sentNotice, matchedBy: 'references', proposal: 'decision', outcome: 'forwarded' });
  const text = await runCli(['notices', 'inbox', ...flags], env);
  expect(text.stdout).toContain(`[${fwd.id}] `);
  expect(text.stdout).toMatch(/unmatched/);
  const accepted = await runCli(['notices', 'inbox', 'accept', String(fwd.id), '--by', 'Test Analyst', ...flags], env);
  expect(accepted.code).toBe(0);
  expect(accepted.stdout).toContain(`recorded on notice #${sentNotice}: decision forwarded`);
  expect(inCatalog((c) => findNotice(c, sentNotice)!.events.map((e) => [e.kind, e.outcome]))).toEqual([['ack', null], ['decision', 'forwarded']]);
  const missing = await runCli(['notices', 'inbox', '--imap', ...flags], {});
  expect(missing.code).toBe(2);
  expect(missing.stderr).toMatch(/The IMAP password variable DW_IMAP_PASSWORD is not set/);
}, 60_000);
