import { describe, expect, it } from 'vitest';
import { parseProxyStatus, proxyOwnError } from '../../src/net/upstream.js';

describe('Proxy-Status (RFC 9209)', () => {
  it('parses members in order, with token and string parameters, commas inside strings kept', () => {
    expect(parseProxyStatus('revproxy1.example.net, ExampleCDN; error=dns_error; rcode="NXDOMAIN"; details="a, b \\"c\\""')).toEqual([
      { name: 'revproxy1.example.net', params: {} },
      { name: 'ExampleCDN', params: { error: 'dns_error', rcode: 'NXDOMAIN', details: 'a, b "c"' } },
    ]);
    expect(parseProxyStatus('"quoted proxy"; received-status=200')).toEqual([{ name: 'quoted proxy', params: { 'received-status': '200' } }]);
    expect(parseProxyStatus('')).toEqual([]);
  });

  it('takes an error of the member nearest us as the proxy\'s own answer', () => {
    expect(proxyOwnError(502, { 'proxy-status': 'FwdProxy; error=dns_error' })?.reason).toBe('host-not-found');
    expect(proxyOwnError(502, { 'proxy-status': 'FwdProxy; error=connection_refused' })?.reason).toBe('connection-refused');
    expect(proxyOwnError(504, { 'proxy-status': 'FwdProxy; error=connection_timeout' })?.reason).toBe('timeout');
    expect(proxyOwnError(503, { 'x-squid-error': 'ERR_DNS_FAIL 0' })?.reason).toBe('host-not-found');
  });

  it('passes on a target\'s own gateway error, and anything that is not a server error', () => {
    // The site's edge failed; the forward proxy appended itself without an error: the site answered.
    expect(proxyOwnError(502, { 'proxy-status': 'SiteEdge; error=connection_refused, FwdProxy' })).toBeNull();
    expect(proxyOwnError(502, {})).toBeNull();
    expect(proxyOwnError(404, { 'proxy-status': 'FwdProxy; error=dns_error' })).toBeNull();
    expect(proxyOwnError(502, { 'proxy-status': 'FwdProxy; error=http_protocol_error' })).toBeNull();
  });
});
