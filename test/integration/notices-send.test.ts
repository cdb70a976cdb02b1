import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNoticeEvent, Catalog, findNotice, listNotices, noticeOfPacket, reviewSite } from '../../src/catalog/index.js';
import { sha256Hex } from '../../src/core/hash.js';
import { runDiscovery } from '../../src/discover/index.js';
import { lookupDomains } from '../../src/domains/index.js';
import { checkCustodyLog, verifyBundleDir } from '../../src/evidence/index.js';
import { dueRenotices, listSendings, noticeStatus, parseSendingConfig, sendNotices, type SendOutcome, type SendRequest } from '../../src/notices/index.js';
import type { Options } from '../../src/options/index.js';
import { referDomains, type RecipientType, type WrittenPacket } from '../../src/refer/index.js';
import { startHarness, type Harness } from '../support/capture-env.js';
import { runCli } from '../support/cli.js';
import { startSmtpSink, type SinkOptions, type SmtpSink } from '../support/smtp-sink.js';
import { HOSTS } from '../world/sites.js';

const reporter = { name: 'Test Analyst', organisation: 'Test NGO', email: 'analyst@test-ngo.test' };
const FROM = 'meldingen@test-ngo.test';
const NL = HOSTS.nlService;
const SIBLING = HOSTS.nlSibling;
const CDN = HOSTS.cdnService;
const HOST_ABUSE = 'abuse@voorbeeld-hosting.test';
const REGISTRAR_ABUSE = 'abuse@voorbeeld-registrar.test';

let h: Harness;
let lookups: () => Options;
beforeAll(async () => {
  h = await startHarness();
  lookups = () => h.options({ rdapBootstrapDir: h.world.rdap.bootstrapDir, dnsServer: h.world.dns.server, whoisServer: h.world.whois.server });
  await runDiscovery({ kind: 'crawl', options: h.options({ crawlSameDomainDelayMs: 0, maxDepth: 0 }), seeds: [NL, SIBLING, CDN].map((d) => `http://${d}/`) });
  for (const d of [NL, SIBLING, CDN]) await h.captureOk(`http://${d}/`, {}, 'CASE-9');
  await lookupDomains([NL, SIBLING, CDN], lookups());
  const catalog = new Catalog(h.dataDir);
  try {
    for (const domain of [NL, SIBLING, CDN]) reviewSite(catalog, { domain, verdict: 'confirm', reviewer: 'Test Analyst', note: null });
  } finally {
    catalog.close();
  }
}, 240_000);
afterAll(async () => h?.stop());

const refer = async (to: RecipientType, domain: string, address: string | null = null): Promise<WrittenPacket> => {
  const [w, ...rest] = await referDomains({ options: h.options(), reporter, to, domains: [domain], expandClusters: false, address });
  expect(rest).toHaveLength(0);
  return w!;
};

async function withSink<T>(opts: SinkOptions, fn: (sink: SmtpSink) => Promise<T>): Promise<T> {
  const sink = await startSmtpSink(opts);
  try {
    return await fn(sink);
  } finally {
    await sink.close();
  }
}

const send = (sink: SmtpSink, req: Partial<SendRequest>, smtp: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): Promise<SendOutcome[]> =>
  sendNotices({ options: lookups(), config: parseSendingConfig({ smtp: { host: '127.0.0.1', port: sink.port, timeoutMs: 2_000, ...smtp }, from: FROM, ...extra }), approver: 'Test Approver', ...req });

const inCatalog = <T>(fn: (c: Catalog) => T): T => {
  const catalog = new Catalog(h.dataDir);
  try {
    return fn(catalog);
  } finally {
    catalog.close();
  }
};

describe('notices send', () => {
  let first: WrittenPacket;
  let firstOutcome: SendOutcome;

  it('sends packet.eml byte for byte to the packet\'s address only, and records it with Message-ID, approver and transcript hash', async () => {
    first = await refer('host', NL);
    const draft = await readFile(first.files.eml);
    await withSink({}, async (sink) => {
      const [o, ...rest] = await send(sink, { packets: [first.packet.packetId] });
      expect(rest).toHaveLength(0);
      expect(o!.error).toBeNull();
      expect(o!.status).toBe('sent');
      firstOutcome = o!;
      expect(sink.messages).toHaveLength(1);
      const got = sink.messages[0]!;
      // Only the packet's recipient, from the configured envelope sender.
      expect(got.rcptTo).toEqual([HOST_ABUSE]);
      expect(got.mailFrom).toBe(FROM);
      // Byte-equal: what arrived is sent/message.eml, and that is the draft with only SMTP's CRLF line ends
      // (nodemailer leaves bare LFs in the text part of packet.eml) and the line break that ends the data.
      const stored = await readFile(join(first.dir, 'sent', 'message.eml'));
      expect(got.raw.equals(stored)).toBe(true);
      const crlf = Buffer.from(draft.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1');
      const expected = crlf.subarray(-2).toString() === '\r\n' ? crlf : Buffer.concat([crlf, Buffer.from('\r\n')]);
      expect(stored.equals(expected)).toBe(true);
      // Every header and every attachment of the draft went out unchanged (the draft carries its own Message-ID and Date).
      const [sentMail, draftMail] = [await simpleParser(stored), await simpleParser(draft)];
      expect(sentMail.headerLines).toEqual(draftMail.headerLines);
      expect(sentMail.attachments.map((a) => a.checksum)).toEqual(draftMail.attachments.map((a) => a.checksum));
      expect(sentMail.text).toBe(draftMail.text);
      const mail = await simpleParser(got.raw);
      expect(mail.messageId).toBe(o!.messageId);
      expect(mail.subject).toBe(first.packet.subject);
      const transcript = await readFile(join(first.dir, 'sent', 'smtp-transcript.txt'), 'utf8');
      expect(transcript).toMatch(/C: MAIL FROM:<meldingen@test-ngo\.test>/);
      expect(transcript).toMatch(new RegExp(`C: RCPT TO:<${HOST_ABUSE.replace('.', '\\.')}>`));
      expect(transcript).toMatch(/S: 250 /);
      inCatalog((c) => {
        const notice = noticeOfPacket(c, first.packet.packetId)!;
        expect(o!.packets[0]!.noticeId).toBe(notice.id);
        expect(findNotice(c, notice.id)).toMatchObject({ channel: 'email', recipient: HOST_ABUSE, packetSha256: first.sha256 });
        const [row] = listSendings(c, notice.id);
        expect(row).toMatchObject({ kind: 'notice', messageId: o!.messageId, approver: 'Test Approver', transcriptSha256: sha256Hex(transcript), messageSha256: sha256Hex(stored), recipient: HOST_ABUSE });
      });
    });
  }, 120_000);

  it('writes the sending into the custody log of every cited bundle, and the bundle still verifies', async () => {
    const bundle = first.packet.domains[0]!.evidence[0]!;
    const log = checkCustodyLog(await readFile(join(bundle.location, 'custody.jsonl'), 'utf8'), bundle.bundleId);
    expect(log.problems).toEqual([]);
    expect(log.events.at(-1)).toMatchObject({ event: 'notified', details: { action: 'notice-sent', packetId: first.packet.packetId, messageId: firstOutcome.messageId, transcriptSha256: firstOutcome.transcriptSha256, approvedBy: 'Test Approver', recipient: HOST_ABUSE } });
    expect(firstOutcome.custody).toEqual([expect.objectContaining({ bundleId: bundle.bundleId, ok: true })]);
    const verified = await verifyBundleDir(bundle.location, { tsaTrustAnchors: [] });
    expect(verified.problems.filter((p) => /custody/i.test(p.artifact))).toEqual([]);
  });

  it('refuses a second send of the same packet and sends nothing', async () => {
    await withSink({}, async (sink) => {
      const [o] = await send(sink, { packets: [first.dir] });
      expect(o!.status).toBe('refused');
      expect(o!.error?.message).toMatch(/already recorded as sent/);
      expect(sink.connections()).toBe(0);
    });
  });

  it('never sends without --approve, nor with --dry-run', async () => {
    const reg = await refer('registrar', NL);
    await withSink({}, async (sink) => {
      await expect(send(sink, { packets: [reg.packet.packetId], approver: null })).rejects.toThrow(/needs a person's approval; add --approve/);
      const [dry] = await send(sink, { packets: [reg.packet.packetId], approver: null, dryRun: true });
      expect(dry).toMatchObject({ status: 'dry-run', to: reg.packet.recipient.email, envelope: { from: FROM, to: [reg.packet.recipient.email] } });
      expect(sink.connections()).toBe(0);
    });
    inCatalog((c) => expect(noticeOfPacket(c, reg.packet.packetId)).toBeNull());
  }, 60_000);

  it('an SMTP server that refuses (5xx), defers (4xx) or never answers: a clear error, nothing recorded, and a retry then goes', async () => {
    const reg = await refer('registrar', SIBLING);
    for (const [answer, pattern] of [['reject', /refused the message \(550 message refused by policy\): nothing was recorded as sent/], ['defer', /deferred the message \(451 .*temporary refusal\): nothing was recorded as sent; run the same command again later/], ['hang', /did not answer within 2000 ms: nothing was recorded as sent/]] as const) {
      await withSink({ answer }, async (sink) => {
        const [o] = await send(sink, { packets: [reg.packet.packetId] });
        expect(o!.status).toBe('failed');
        expect(o!.error?.message).toMatch(pattern);
        expect(o!.error?.retryable).toBe(answer !== 'reject');
      });
      inCatalog((c) => {
        expect(noticeOfPacket(c, reg.packet.packetId)).toBeNull();
        expect(listSendings(c).filter((s) => s.packetId === reg.packet.packetId)).toEqual([]);
      });
    }
    await withSink({}, async (sink) => {
      const [o] = await send(sink, { packets: [reg.packet.packetId] });
      expect(o!.status).toBe('sent');
      expect(sink.messages).toHaveLength(1);
    });
  }, 90_000);

  it('--batch-by contact: two packets to one address go out as one message, each recorded with the same Message-ID', async () => {
    const a = await refer('registrar', CDN);
    const b = await refer('registrar', SIBLING);
    expect([a.packet.recipient.email, b.packet.recipient.email]).toEqual([REGISTRAR_ABUSE, REGISTRAR_ABUSE]);
    await withSink({}, async (sink) => {
      const outcomes = await send(sink, { packets: [a.packet.packetId, b.dir], batchBy: 'contact' });
      expect(outcomes.map((o) => o.status)).toEqual(['sent']);
      expect(sink.messages).toHaveLength(1);
      expect(sink.messages[0]!.rcptTo).toEqual([REGISTRAR_ABUSE]);
      const mail = await simpleParser(sink.messages[0]!.raw);
      const ref = (w: WrittenPacket): string => w.packet.packetId.slice(0, 8);
      expect(mail.attachments.map((x) => x.filename)).toEqual([`${ref(a)}-packet.pdf`, `${ref(a)}-packet.json`, `${ref(a)}-evidence-pack.zip`, `${ref(b)}-packet.pdf`, `${ref(b)}-packet.json`, `${ref(b)}-evidence-pack.zip`]);
      expect(mail.attachments[1]!.content.equals(await readFile(a.files.json))).toBe(true);
      expect(mail.attachments[4]!.content.equals(await readFile(b.files.json))).toBe(true);
      for (const w of [a, b]) for (const u of w.packet.domains.flatMap((d) => d.urls)) expect(mail.text).toContain(u);
      for (const w of [a, b]) expect((await readFile(join(w.dir, 'sent', 'message.eml'))).equals(sink.messages[0]!.raw)).toBe(true);
      inCatalog((c) => {
        const rows = [a, b].map((w) => listSendings(c, noticeOfPacket(c, w.packet.packetId)!.id)[0]!);
        expect(rows.map((r) => r.messageId)).toEqual([outcomes[0]!.messageId, outcomes[0]!.messageId]);
        expect(rows[0]!.batchId).toBe(rows[1]!.batchId);
      });
    });
  }, 90_000);

  it('a responsible party that changed since the packet was built: the send is refused with the change, nothing sent or recorded', async () => {
    const p = await refer('host', SIBLING);
    const rdap = await changedRdap();
    try {
      await withSink({}, async (sink) => {
        const [o] = await sendNotices({ options: h.options({ rdapBootstrapDir: rdap.dir, dnsServer: h.world.dns.server, whoisServer: h.world.whois.server }), config: parseSendingConfig({ smtp: { host: '127.0.0.1', port: sink.port }, from: FROM }), approver: 'Test Approver', packets: [p.packet.packetId] });
        expect(o!.status).toBe('refused');
        expect(o!.error?.message).toMatch(new RegExp(`The host of ${SIBLING.replace('.', '\\.')} changed since packet .* it was .*<abuse@voorbeeld-hosting\\.test>, a fresh lookup now gives .*<abuse@andere-hoster\\.test>\\. Nothing was sent; build the packet again with "dijkwacht refer --to host --domain ${SIBLING.replace('.', '\\.')}"`));
        expect(sink.connections()).toBe(0);
      });
      inCatalog((c) => {
        expect(noticeOfPacket(c, p.packet.packetId)).toBeNull();
        expect(listSendings(c).filter((s) => s.packetId === p.packet.packetId)).toEqual([]);
      });
    } finally {
      await rdap.close();
      await lookupDomains([SIBLING], lookups(), true);
    }
  }, 90_000);

  it('a re-notice: due once the content is still online a day after the notice; sent with the prefix, threaded, recorded as a re-notice', async () => {
    const later = Date.now() + 25 * 3_600_000;
    const noticeId = firstOutcome.packets[0]!.noticeId!;
    const due = () => inCatalog((c) => dueRenotices(listNotices(c).map((n) => noticeStatus(n, {}, later)), listSendings(c), { everyHours: 24, whileOnline: true, max: 2 }, later));
    expect(due().map((d) => d.noticeId)).not.toContain(noticeId); // never re-checked
    inCatalog((c) => addNoticeEvent(c, noticeId, { kind: 'recheck', at: new Date(later - 3_600_000).toISOString(), outcome: 'online', note: null, bundleId: null }));
    expect(due()).toContainEqual(expect.objectContaining({ noticeId, due: true, command: `dijkwacht notices send --renotice ${noticeId} --approve NAME` }));
    await withSink({}, async (sink) => {
      const [o] = await send(sink, { renotice: String(noticeId), now: () => new Date(later) }, {}, { renotice: { everyHours: 24, max: 2 } });
      expect(o!.error).toBeNull();
      expect(o).toMatchObject({ status: 'sent', kind: 'renotice', to: HOST_ABUSE });
      const mail = await simpleParser(sink.messages[0]!.raw);
      expect(mail.subject).toBe(`Repeated notice: ${first.packet.subject}`);
      expect(mail.inReplyTo).toBe(firstOutcome.messageId);
      expect(mail.messageId).not.toBe(firstOutcome.messageId);
      expect(sink.messages[0]!.rcptTo).toEqual([HOST_ABUSE]);
      expect((await readFile(join(first.dir, 'sent', 'renotice-1', 'message.eml'))).equals(sink.messages[0]!.raw)).toBe(true);
      // Not due again until it is re-checked after this re-notice.
      await expect(send(sink, { renotice: String(noticeId), now: () => new Date(later + 25 * 3_600_000) })).rejects.toThrow(/not re-checked since the last \(re\)notice/);
    });
    inCatalog((c) => expect(listSendings(c, noticeId).map((s) => s.kind)).toEqual(['notice', 'renotice']));
  }, 60_000);

  it('logs in over STARTTLS and keeps no credential in the transcript', async () => {
    const p = await refer('host', SIBLING);
    await withSink({ login: { user: 'meldingen', pass: 'Pw-in-env-only-42' } }, async (sink) => {
      const [o] = await send(sink, { packets: [p.packet.packetId], env: { DW_SMTP_PASSWORD: 'Pw-in-env-only-42' } }, { user: 'meldingen', passwordEnv: 'DW_SMTP_PASSWORD', caFile: sink.caFile });
      expect(o!.error).toBeNull();
      expect(sink.messages[0]!.user).toBe('meldingen');
      const transcript = await readFile(join(p.dir, 'sent', 'smtp-transcript.txt'), 'utf8');
      expect(transcript).toMatch(/C: STARTTLS/);
      expect(transcript).toMatch(/C: AUTH PLAIN \[redacted\]/);
      for (const secret of ['Pw-in-env-only-42', Buffer.from('\u0000meldingen\u0000Pw-in-env-only-42').toString('base64'), Buffer.from('meldingen').toString('base64')]) expect(transcript).not.toContain(secret);
    });
  }, 60_000);

  it('the CLI: exit 2 and nothing sent without --approve; --json with --approve', async () => {
    const p = await refer('registrar', NL);
    await withSink({}, async (sink) => {
      const config = join(h.dataDir, 'send.config.json');
      await writeFile(config, JSON.stringify({ sending: { smtp: { host: '127.0.0.1', port: sink.port }, from: FROM } }));
      const flags = ['--config', config, '--data-dir', h.dataDir, '--rdap-bootstrap', h.world.rdap.bootstrapDir, '--dns-server', h.world.dns.server, '--whois-server', h.world.whois.server];
      const refused = await runCli(['notices', 'send', p.packet.packetId, ...flags]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/needs a person's approval; add --approve/);
      expect(sink.connections()).toBe(0);
      const ok = await runCli(['notices', 'send', p.packet.packetId, '--approve', 'Test Approver', '--json', ...flags]);
      expect(ok.stderr).toBe('');
      expect(ok.code).toBe(0);
      const [o] = JSON.parse(ok.stdout) as { status: string; to: string; messageId: string; packets: { noticeId: number }[] }[];
      expect(o).toMatchObject({ status: 'sent', to: p.packet.recipient.email });
      expect(sink.messages).toHaveLength(1);
    });
  }, 90_000);

  it('an authority without a verified e-mail intake address: a packet addressed by hand is not sent', async () => {
    const p = await refer('acm', NL, 'klachten@toezicht-voorbeeld.test');
    expect(p.packet.recipient.email).toBe('klachten@toezicht-voorbeeld.test');
    await withSink({}, async (sink) => {
      const [o] = await send(sink, { packets: [p.packet.packetId] });
      expect(o!.status).toBe('refused');
      expect(o!.error?.message).toMatch(/Autoriteit Consument & Markt \(ACM\) has no verified e-mail intake address \(it takes requests at https:\/\/www\.acm\.nl\/\); klachten@toezicht-voorbeeld\.test .* was given by hand \(--address\), so dijkwacht does not send it: .* "dijkwacht notices sent .* --channel form"/);
      expect(sink.connections()).toBe(0);
    });
  }, 60_000);

  it('a send that began and never finished is not repeated blindly; --retry-unfinished sends it', async () => {
    const p = await refer('registrar', CDN);
    inCatalog((c) =>
      c
        .stmt("INSERT INTO notice_sendings (packet_id, kind, status, recipient, envelope_json, message_id, approver, batch_id, claimed_by, started_at) VALUES (?, 'notice', 'sending', ?, '{}', '<lost@test-ngo.test>', 'Test Approver', 'b-lost', ?, ?)")
        .run(p.packet.packetId, REGISTRAR_ABUSE, `${hostname()}:999999999`, new Date().toISOString()),
    );
    await withSink({}, async (sink) => {
      const [o] = await send(sink, { packets: [p.packet.packetId] });
      expect(o!.status).toBe('refused');
      expect(o!.error?.message).toMatch(/began at .* and did not finish .* may or may not have gone out: look in the sender's archive .* run the same command with --retry-unfinished/);
      expect(sink.connections()).toBe(0);
      const [again] = await send(sink, { packets: [p.packet.packetId], retryUnfinished: true });
      expect(again!.status).toBe('sent');
      expect(sink.messages).toHaveLength(1);
    });
    inCatalog((c) => expect(listSendings(c).filter((x) => x.packetId === p.packet.packetId).map((x) => x.messageId)).not.toContain('<lost@test-ngo.test>'));
  }, 60_000);

  it('--all-unsent --dry-run: every packet without a notice is checked and shown, nothing sent or recorded', async () => {
    const unsent = inCatalog((c) => (c.stmt('SELECT id FROM packets WHERE id NOT IN (SELECT packet_id FROM notices WHERE packet_id IS NOT NULL)').all() as { id: string }[]).map((r) => r.id));
    expect(unsent.length).toBeGreaterThan(0);
    await withSink({}, async (sink) => {
      const outcomes = await send(sink, { allUnsent: true, dryRun: true, approver: null });
      expect(outcomes.flatMap((o) => o.packets.map((p) => p.packetId)).sort()).toEqual([...unsent].sort());
      for (const o of outcomes) expect(o.status === 'dry-run' || o.status === 'refused').toBe(true);
      expect(sink.connections()).toBe(0);
    });
    inCatalog((c) => expect(unsent.map((id) => noticeOfPacket(c, id))).toEqual(unsent.map(() => null)));
  }, 60_000);
});

/** An RDAP server that answers as the test world's, but names another abuse address for the host. */
async function changedRdap(): Promise<{ dir: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    void fetch(`${h.world.rdap.base}${req.url ?? '/'}`).then(async (r) => {
      const body = (await r.text()).replaceAll(HOST_ABUSE, 'abuse@andere-hoster.test');
      res.writeHead(r.status, { 'content-type': r.headers.get('content-type') ?? 'application/rdap+json' }).end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const dir = await mkdtemp(join(tmpdir(), 'dw-rdap-changed-'));
  const publication = new Date().toISOString();
  await writeFile(join(dir, 'dns.json'), JSON.stringify({ version: '1.0', publication, services: [[['com', 'nl', 'test'], [`${base}/registry/`]]] }));
  await writeFile(join(dir, 'ipv4.json'), JSON.stringify({ version: '1.0', publication, services: [[['192.0.2.0/24'], [`${base}/ripe/`]], [['198.51.100.0/24'], [`${base}/arin/`]]] }));
  return {
    dir,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await rm(dir, { recursive: true, force: true });
    },
  };
}


describe('the "sending" section, field by field', () => {
  it.each([
    [{ smtp: { host: 'smtp.test', password: 'x' }, from: FROM }, /"sending\.smtp\.password" is not read: put the password in an environment variable and name it in "sending\.smtp\.passwordEnv"/],
    [{ smtp: { host: 'smtp.test' } }, /"sending\.from" is missing/],
    [{ smtp: { host: 'smtp.test' }, from: FROM, cc: 'x@y.test' }, /"sending\.cc" is not a known setting; use smtp, from, bcc, renotice, imap/],
    [{ smtp: { host: 'smtp.test', user: 'u' }, from: FROM }, /"sending\.smtp\.user" is set but "sending\.smtp\.passwordEnv" is not/],
    [{ smtp: { host: 'smtp.test', user: 'u', passwordEnv: 'not a name' }, from: FROM }, /must name an environment variable/],
    [{ smtp: { port: 25 }, from: FROM }, /"sending\.smtp\.host" is missing/],
    [{ smtp: { host: 'smtp.test', port: 70000 }, from: FROM }, /"sending\.smtp\.port" must be a whole number from 1 to 65535/],
    [{ smtp: { host: 'smtp.test' }, from: 'not-an-address' }, /"sending\.from" must be one e-mail address/],
    [{ renotice: { everyHours: 0 } }, /"sending\.renotice\.everyHours" must be a whole number from 1/],
    [{ imap: { host: 'imap.test', mailbox: '' } }, /"sending\.imap\.mailbox" must be a non-empty string/],
  ])('%j is refused with a message naming the field', (section, message) => {
    expect(() => parseSendingConfig(section)).toThrow(message);
  });

  it('defaults: the re-notice profile every 24 h while online, IMAP mailbox INBOX, ports by TLS', () => {
    expect(parseSendingConfig(undefined)).toEqual({ smtp: null, from: null, bcc: null, renotice: { everyHours: 24, whileOnline: true, max: 5 }, imap: null });
    const c = parseSendingConfig({ smtp: { host: 'smtp.test', secure: true }, from: FROM, imap: { host: 'imap.test' } });
    expect([c.smtp?.port, c.imap?.port, c.imap?.mailbox]).toEqual([465, 143, 'INBOX']);
  });
});
