import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverAlert, parseAlertConfig, type AlertBody } from '../../src/alerts/index.js';
import { parseJobs, runJob } from '../../src/schedule/jobs.js';
import { startSmtpReceiver, startWebhookReceiver } from '../support/alert-receivers.js';
import { startDiscoveryHarness, type DiscoveryHarness } from '../support/discovery-env.js';

let h: DiscoveryHarness;
const saved = { ...process.env };
beforeAll(async () => {
  h = await startDiscoveryHarness();
  // The job's child process reads these, as a scheduled job on a real machine reads its environment.
  Object.assign(process.env, { DIJKWACHT_CRAWL_SAME_DOMAIN_DELAY_MS: '0', DIJKWACHT_CRAWL_REQUESTS_PER_MINUTE: '100000', DIJKWACHT_LOG_LEVEL: 'silent' });
});
afterAll(async () => {
  process.env = saved;
  await h?.stop();
});

const job = (name: string, seeds: string[]) => parseJobs([{ name, cron: '0 3 * * *', command: ['crawl', ...seeds.flatMap((s) => ['--seed', s]), '--max-depth', '1', '--proxy', h.world.proxyUrl] }])[0]!;
const extra = (): string[] => ['--data-dir', h.dataDir];

describe('alerts after scheduled jobs', () => {
  it('a scheduled crawl ends with a webhook and an e-mail listing the new, moved and gone services', async () => {
    const hook = await startWebhookReceiver();
    const smtp = await startSmtpReceiver();
    try {
      const config = parseAlertConfig({ webhooks: [{ url: hook.url }], email: { host: '127.0.0.1', port: smtp.port, from: 'dijkwacht@hotline.test', to: ['analist@hotline.test'] } })!;
      const alerts = { config, dataDir: h.dataDir };
      expect(await runJob(job('monday', ['http://best-undress-apps.test/']), extra(), alerts)).toBe(0);
      // The first run: every service it found is new; the directory it started from is not a service.
      expect(hook.bodies).toHaveLength(1);
      const first = hook.bodies[0] as AlertBody;
      expect(first.runs[0]!.comparedWith).toBeNull();
      expect(first.newServices.map((s) => s.domain)).toEqual(expect.arrayContaining(['xrayvision-app.test', 'peelpix.test']));
      expect(first.newServices.map((s) => s.domain)).not.toContain('best-undress-apps.test');
      h.world.web.setHostState('xrayvision-app.test', { offline: true });
      h.world.web.setHostState('peelpix.test', { redirectTo: 'https://clothoff-mirror.test' });
      try {
        expect(await runJob(job('tuesday', ['http://best-undress-apps.test/', 'http://beste-uitkleed-apps.test/']), extra(), alerts)).toBe(0);
      } finally {
        h.world.web.setHostState('xrayvision-app.test', null);
        h.world.web.setHostState('peelpix.test', null);
      }
      expect(hook.bodies).toHaveLength(2);
      const body = hook.bodies[1] as AlertBody;
      expect(body).toMatchObject({ kind: 'dijkwacht.alert', version: 1, job: 'tuesday', exitCode: 0 });
      const newDomains = body.newServices.map((s) => s.domain);
      expect(newDomains).toEqual(expect.arrayContaining(['uitkleden-ai.test', 'naaktmaker.test']));
      // Directories are not services: the new directory seed is not in the alert.
      expect(newDomains).not.toContain('beste-uitkleed-apps.test');
      expect(body.moved).toContainEqual(expect.objectContaining({ from: 'peelpix.test', to: 'clothoff-mirror.test' }));
      expect(body.goneServices).toContainEqual(expect.objectContaining({ domain: 'xrayvision-app.test', label: 'nudify' }));
      expect(body.counts.newServices).toBe(body.newServices.length);
      expect(smtp.mails).toHaveLength(2);
      const mail = smtp.mails[1]!;
      expect(mail.subject).toBe(`dijkwacht: ${body.summary}`);
      expect(mail.text).toContain('naaktmaker.test');
      expect(mail.text).toContain('peelpix.test -> clothoff-mirror.test');
      expect(mail.text).toContain('xrayvision-app.test');
      expect(await runJob(job('wednesday', ['http://best-undress-apps.test/', 'http://beste-uitkleed-apps.test/']), extra(), alerts)).toBe(0);
      // The service that was gone is back: told as a return, not as a new service.
      expect(hook.bodies).toHaveLength(3);
      const back = hook.bodies[2] as AlertBody;
      expect(back.newServices).toEqual([]);
      expect(back.backOnline).toContainEqual(expect.objectContaining({ domain: 'xrayvision-app.test', label: 'nudify' }));
      expect(smtp.mails[2]!.text).toMatch(/Back online:\n\s+nudify\s+xrayvision-app\.test/);
      // Nothing changed on the next night: no alert.
      expect(await runJob(job('thursday', ['http://best-undress-apps.test/', 'http://beste-uitkleed-apps.test/']), extra(), alerts)).toBe(0);
      expect(hook.bodies).toHaveLength(3);
    } finally {
      await hook.close();
      await smtp.close();
    }
  }, 300_000);

  it('a job whose every fetch fails sends a failure alert with the reason', async () => {
    const hook = await startWebhookReceiver();
    try {
      const config = parseAlertConfig({ webhooks: [hook.url] })!;
      const code = await runJob(job('broken', ['http://no-such-host-anywhere.test/']), extra(), { config, dataDir: h.dataDir });
      expect(code).not.toBe(0);
      expect(hook.bodies).toHaveLength(1);
      const body = hook.bodies[0] as AlertBody;
      expect(body.exitCode).toBe(code);
      expect(body.counts.failedRuns).toBe(1);
      expect(body.failures[0]!.reason).not.toBe('');
    } finally {
      await hook.close();
    }
  }, 120_000);

  it('a receiver that fails is retried, one that stays down is recorded, and the alert is kept on disk', async () => {
    const flaky = await startWebhookReceiver([503, 200]);
    const smtp = await startSmtpReceiver({ refuse: true });
    try {
      const body: AlertBody = {
        kind: 'dijkwacht.alert',
        version: 1,
        job: 'nightly',
        exitCode: 0,
        startedAt: '2026-12-01T02:00:00.000Z',
        endedAt: '2026-12-01T02:10:00.000Z',
        summary: '1 new service, 0 moved, 0 gone, 0 failures (job nightly)',
        counts: { newServices: 1, moved: 0, goneServices: 0, backOnline: 0, failedRuns: 0 },
        runs: [],
        newServices: [{ domain: 'naaktmaker.test', label: 'nudify', run: 'crawl-x' }],
        moved: [],
        goneServices: [],
        backOnline: [],
        failures: [],
      };
      const config = parseAlertConfig({
        webhooks: [{ url: flaky.url }, { url: 'http://127.0.0.1:9/hook', timeoutMs: 2000, retries: 1 }],
        email: { host: '127.0.0.1', port: smtp.port, from: 'dijkwacht@hotline.test', to: 'analist@hotline.test' },
      })!;
      const record = await deliverAlert(body, config, h.dataDir);
      expect(record.deliveries.map((d) => [d.channel, d.ok, d.attempts])).toEqual([
        ['webhook', true, 2],
        ['webhook', false, 2],
        ['email', false, 1],
      ]);
      expect(record.deliveries[2]!.detail).toMatch(/SMTP server did not take the message/);
      expect(flaky.bodies).toEqual([body]);
      const kept = JSON.parse(await readFile(record.file, 'utf8')) as { body: AlertBody; deliveries: unknown[] };
      expect(kept.body).toEqual(body);
      expect(kept.deliveries).toHaveLength(3);
    } finally {
      await flaky.close();
      await smtp.close();
    }
  }, 60_000);

  it('the alerts section is checked and names the first problem', () => {
    expect(parseAlertConfig(undefined)).toBeNull();
    expect(() => parseAlertConfig({})).toThrow(/at least one webhook or an "email"/);
    expect(() => parseAlertConfig({ webhooks: ['ftp://x.test/'] })).toThrow(/only http and https/);
    expect(() => parseAlertConfig({ email: { host: 'smtp.test', from: 'a@b.test', to: [], password: 'x' } })).toThrow(/"alerts.email.to"/);
    expect(() => parseAlertConfig({ email: { host: 'smtp.test', from: 'a@b.test', to: ['c@d.test'], password: 'x' } })).toThrow(/passwordEnv/);
    expect(() => parseAlertConfig({ webhook: 'http://x.test/' })).toThrow(/"alerts.webhook" is not a known setting/);
    expect(() => parseJobs([{ name: 'n', cron: '0 3 * * *', command: ['crawl'], alert: 'yes' }])).toThrow(/"alert" must be true or false/);
  });
});
