import { describe, expect, it } from 'vitest';
import { checkTarget, isPrivateAddress } from '../../src/net/index.js';

describe('SSRF guard', () => {
  it('knows private, loopback, link-local, CGNAT and mapped addresses', () => {
    for (const ip of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '0.0.0.0']) {
      expect(isPrivateAddress(ip), ip).toBe(true);
    }
    for (const ip of ['93.184.216.34', '1.1.1.1', '2606:4700::1111']) expect(isPrivateAddress(ip), ip).toBe(false);
  });

  it('refuses local targets unless allowed, even through a proxy', async () => {
    await expect(checkTarget('http://localhost:8080/', { allowPrivate: false, viaProxy: true })).rejects.toThrow(/--allow-private-network/);
    await expect(checkTarget('http://[::1]/', { allowPrivate: false, viaProxy: false })).rejects.toThrow(/private/);
    await expect(checkTarget('http://10.0.0.5/', { allowPrivate: true, viaProxy: false })).resolves.toMatchObject({ addresses: ['10.0.0.5'] });
    await expect(checkTarget('http://user:pw@example.test/', { allowPrivate: false, viaProxy: true })).rejects.toThrow(/credentials/);
  });

  it('leaves name resolution to the proxy when one is used', async () => {
    await expect(checkTarget('http://pixelpeel.test/', { allowPrivate: false, viaProxy: true })).resolves.toMatchObject({ addresses: [] });
  });
});
