import { describe, expect, it } from 'vitest';
import { describeInternalRedirect, UpgradeWatcher } from '../../src/capture/upgrades.js';

const internal = (url: string, reason: string) => ({ url, status: 307, headers: { location: url.replace(/^http:/, 'https:'), 'non-authoritative-reason': reason }, mainFrame: true });

describe('telling the browser\'s own upgrades apart, with their cause', () => {
  it('names HTTPS-Upgrades, and an HSTS policy a parent domain set with includeSubDomains', () => {
    const w = new UpgradeWatcher(() => '2026-12-01T18:59:00.000Z');
    expect(w.see(internal('http://a.example.test/', 'HttpsUpgrades'))?.cause).toBe('https-upgrades');
    w.see({ url: 'https://example.test/', status: 200, headers: { 'strict-transport-security': 'max-age=31536000; includeSubDomains' }, mainFrame: true });
    expect(w.see(internal('http://www.example.test/x', 'HSTS'))?.cause).toBe('hsts-policy');
    // max-age=0 removes a policy; a plain-HTTP header is never honoured.
    w.see({ url: 'https://other.test/', status: 200, headers: { 'strict-transport-security': 'max-age=0' }, mainFrame: true });
    w.see({ url: 'http://third.test/', status: 200, headers: { 'strict-transport-security': 'max-age=600' }, mainFrame: true });
    expect(w.see(internal('http://other.test/', 'HSTS'))?.cause).toBe('hsts-preload');
    expect(w.see(internal('http://third.test/', 'HSTS'))?.cause).toBe('hsts-preload');
    expect(describeInternalRedirect(w.found[0]!)).toBe('http://a.example.test/ → https://a.example.test/ (browser upgrade: HTTPS-Upgrades, no server redirect)');
  });

  it('drops a "browser redirect" that came over a connection: a server sent that header itself', async () => {
    const w = new UpgradeWatcher();
    w.see(internal('http://dressed.test/', 'HSTS'), Promise.resolve(true));
    w.see(internal('http://real.test/', 'HSTS'), Promise.resolve(false));
    await w.settled(1000);
    expect(w.found.map((f) => f.from)).toEqual(['http://real.test/']);
    expect(w.forged).toEqual(['http://dressed.test/']);
  });

  it('finds upgrades the browser did not report, and upgrade-insecure-requests when a page asked for it', () => {
    const hops = [
      { url: 'http://s.test/', status: 302, location: 'http://t.test/next', by: 'server' as const },
      { url: 'https://t.test/next', status: 200, location: null, by: 'server' as const },
    ];
    const quiet = new UpgradeWatcher();
    expect(quiet.silentUpgrades('http://s.test/', hops).map((f) => [f.from, f.to, f.cause])).toEqual([['http://t.test/next', 'https://t.test/next', 'unreported']]);
    const asked = new UpgradeWatcher();
    asked.see({ url: 'http://s.test/', status: 302, headers: { 'content-security-policy': "default-src 'self'; upgrade-insecure-requests" }, mainFrame: true });
    expect(asked.silentUpgrades('http://s.test/', hops).map((f) => f.cause)).toEqual(['upgrade-insecure-requests']);
    // The requested URL itself, upgraded before the first hop.
    expect(new UpgradeWatcher().silentUpgrades('http://u.test/', [{ url: 'https://u.test/', status: 200, location: null, by: 'server' }])).toHaveLength(1);
  });
});
