import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RdapClient, loadBootstrap } from '../../src/domains/index.js';
import { startRdap, type TestRdap } from '../world/rdap.js';

let rdap: TestRdap;
let client: RdapClient;
beforeAll(async () => {
  rdap = await startRdap();
  client = new RdapClient({ bootstrap: await loadBootstrap(rdap.bootstrapDir), timeoutMs: 1500, retries: 1, perServerPerSecond: 50 });
});
afterAll(async () => rdap?.stop());

describe('RDAP lookups against the test world', () => {
  it('reads the registrar and its nested abuse contact, and keeps the raw answer with time and hash', async () => {
    const r = await client.domain('full-answer.com');
    expect(r.failures).toEqual([]);
    expect(r.facts?.registrar).toMatchObject({ name: 'MarkMonitor Inc.', ianaId: '292', abuseEmail: 'abusecomplaints@markmonitor.com' });
    expect(r.answers).toHaveLength(1);
    expect(r.answers[0]).toMatchObject({ status: 200, sha256: expect.stringMatching(/^[0-9a-f]{64}$/), at: expect.stringMatching(/Z$/) });
    expect(r.answers[0]!.body).toContain('"ldhName"');
  });

  it('follows a thin registry to the registrar RDAP server for the abuse contact', async () => {
    const r = await client.domain('thin-answer.com');
    expect(r.failures).toEqual([]);
    expect(r.answers.map((a) => new URL(a.url).pathname)).toEqual(['/registry/domain/thin-answer.com', '/registrar/domain/THIN-ANSWER.COM']);
    expect(r.facts?.registrar.abuseEmail).toBe('abusecomplaints@markmonitor.com');
    expect(r.facts?.registrar.rdapUrl).toMatch(/\/registrar\/domain\/THIN-ANSWER\.COM$/);
  });

  it('records malformed JSON, 404 and timeouts as failures with a reason, and honours Retry-After', async () => {
    const broken = await client.domain('broken-answer.com');
    expect(broken.facts).toBeNull();
    expect(broken.failures[0]?.reason).toMatch(/not JSON/);
    const missing = await client.domain('missing-here.com');
    expect(missing.failures[0]?.reason).toMatch(/HTTP 404/);
    const slow = await client.domain('no-answer.com');
    expect(slow.failures[0]?.reason).toMatch(/timeout|aborted|timed out/i);
    const t0 = Date.now();
    const limited = await client.domain('rate-limited.com');
    expect(limited.failures).toEqual([]);
    expect(limited.facts?.ldhName).toBe('example.com');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
  });

  it('queries IDNs in A-label form and says so when no RDAP server is known', async () => {
    const idn = await client.domain('bücher.test');
    expect(idn.registryUrl).toMatch(/\/registry\/domain\/xn--bcher-kva\.test$/);
    const none = await client.domain('example.nordap');
    expect(none.failures[0]?.reason).toMatch(/no RDAP server for \.nordap/);
  });
});
