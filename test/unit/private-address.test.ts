import { describe, expect, it } from 'vitest';
import { checkTarget, embeddedIpv4, NetworkPolicy, specialAddressReason } from '../../src/net/index.js';

const guarded = (lookup?: (host: string) => Promise<string[]>, hostsFile = new Map<string, string>()) =>
  new NetworkPolicy({ allowPrivateNetwork: false, allowPrivateNetworks: [] }, { hostsFile, ...(lookup ? { lookup } : {}) });

describe('network policy', () => {
  it('knows every non-public IPv4 and IPv6 range, also inside IPv6 forms that carry an IPv4 address', () => {
    const refused = [
      '127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255',
      '192.0.2.1', '198.51.100.7', '203.0.113.9', '198.18.0.1',
      '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', 'ff02::1', '2001:db8::1',
      '::ffff:127.0.0.1', '::ffff:7f00:1', '::7f00:1', '::127.0.0.1', '64:ff9b::7f00:1', '64:ff9b::a00:1', '2002:7f00:1::', '2002:c0a8:101::1', '2001::1',
    ];
    for (const ip of refused) expect(specialAddressReason(ip), ip).not.toBeNull();
    for (const ip of ['93.184.216.34', '1.1.1.1', '2606:4700::1111', '64:ff9b::808:808', '2002:808:808::1', '::ffff:8.8.8.8']) expect(specialAddressReason(ip), ip).toBeNull();
    expect(embeddedIpv4('64:ff9b::7f00:1')).toEqual({ ipv4: '127.0.0.1', form: 'NAT64' });
    expect(specialAddressReason('::ffff:7f00:1')).toMatch(/loopback .*127\.0\.0\.1.*IPv4-mapped/);
  });

  it('refuses internal hosts in every spelling a URL allows', () => {
    const policy = guarded(undefined, new Map([['router-box', '192.168.1.1'], ['nas.example', '10.0.0.9']]));
    const internal = [
      'http://127.0.0.1:8080/', 'http://[::1]/', 'http://localhost/', 'http://localhost./', 'http://LOCALHOST./x', 'http://admin.localhost./', 'http://2130706433/', 'http://0x7f000001/', 'http://127.1/',
      'http://0177.0.0.1/', 'http://[::ffff:7f00:1]/', 'http://[64:ff9b::7f00:1]/', 'http://[::7f00:1]/', 'http://[2002:7f00:1::]/', 'http://169.254.169.254/latest/meta-data/',
      'http://router/', 'http://printer.local/', 'http://metadata.google.internal/', 'http://nas.lan/', 'http://box.home.arpa/', 'http://nas.example/', 'ws://127.0.0.1/', 'wss://[::1]/',
    ];
    for (const url of internal) expect(policy.url(url).allowed, url).toBe(false);
    for (const url of ['http://pixelpeel.test/', 'https://example.com/', 'http://93.184.216.34/', 'wss://chat.example.org/']) expect(policy.url(url).allowed, url).toBe(true);
    expect(policy.url('file:///etc/passwd')).toMatchObject({ allowed: false, reason: expect.stringMatching(/file: URLs are never fetched/) });
    expect(policy.url('http://nas.example/')).toMatchObject({ reason: expect.stringMatching(/\/etc\/hosts/) });
  });

  it('checks every address a name resolves to, and allows only the ranges the operator listed', async () => {
    const lookup = async (host: string) => (host === 'split.test' ? ['93.184.216.34', '10.0.0.1'] : host === 'lan.test' ? ['10.20.0.5'] : ['93.184.216.34']);
    const policy = guarded(lookup);
    await expect(policy.resolve('split.test')).resolves.toMatchObject({ verdict: { allowed: false, reason: expect.stringMatching(/10\.0\.0\.1 is a private/) } });
    await expect(policy.resolve('public.test')).resolves.toMatchObject({ verdict: { allowed: true }, addresses: ['93.184.216.34'] });
    const allowing = new NetworkPolicy({ allowPrivateNetwork: false, allowPrivateNetworks: ['10.20.0.0/16'] }, { lookup, hostsFile: new Map() });
    await expect(allowing.resolve('lan.test')).resolves.toMatchObject({ verdict: { allowed: true } });
    expect(allowing.address('10.21.0.1').allowed).toBe(false);
    expect(allowing.address('::ffff:10.20.1.1').allowed).toBe(true);
    expect(allowing.describe()).toEqual({ privateNetworks: 'refused', allowedRanges: ['10.20.0.0/16'] });
  });

  it('checkTarget refuses private targets with the way to allow them, and credentials', async () => {
    const policy = guarded(async () => ['127.0.0.1']);
    await expect(checkTarget('http://localhost:8080/', { policy, viaProxy: true })).rejects.toThrow(/--allow-private-network/);
    await expect(checkTarget('http://[::1]/', { policy, viaProxy: false })).rejects.toThrow(/loopback/);
    await expect(checkTarget('http://rebind.test/', { policy, viaProxy: false })).rejects.toThrow(/resolves to 127\.0\.0\.1/);
    await expect(checkTarget('http://user:pw@example.test/', { policy, viaProxy: true })).rejects.toThrow(/credentials/);
    const open = new NetworkPolicy({ allowPrivateNetwork: true, allowPrivateNetworks: [] });
    await expect(checkTarget('http://10.0.0.5/', { policy: open, viaProxy: false })).resolves.toMatchObject({ addresses: ['10.0.0.5'] });
    await expect(checkTarget('http://pixelpeel.test/', { policy, viaProxy: true })).resolves.toMatchObject({ addresses: [] });
  });
});
