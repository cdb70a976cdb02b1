import { readFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { isIP, type Socket } from 'node:net';
import { connect as tlsConnect, rootCertificates, type DetailedPeerCertificate, type TLSSocket } from 'node:tls';
import { RemoteError } from '../core/errors.js';

export interface CertificateSummary {
  subject: string;
  issuer: string;
  subjectAltNames: string[];
  serialNumber: string;
  validFrom: string;
  validTo: string;
  sha256Fingerprint: string;
}

export interface TlsObservation {
  host: string;
  port: number;
  protocol: string | null;
  cipher: string | null;
  /** Whether the chain validates against the system store (plus --ca-file) for this host name. */
  trusted: boolean;
  trustError: string | null;
  chain: CertificateSummary[];
  pem: string;
  viaProxy: boolean;
}

function toPem(raw: Buffer): string {
  const b64 = raw.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '');
  return `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n`;
}

const nameOf = (n: Record<string, string | string[]> | undefined): string =>
  Object.entries(n ?? {})
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : v}`)
    .join(', ');

/** Opens a CONNECT tunnel through an HTTP proxy. */
function tunnel(proxy: URL, host: string, port: number, timeoutMs: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const auth = proxy.username ? `Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString('base64')}` : undefined;
    const req = httpRequest({
      host: proxy.hostname,
      port: Number(proxy.port || 80),
      method: 'CONNECT',
      path: `${host}:${port}`,
      headers: auth ? { 'proxy-authorization': auth, host: `${host}:${port}` } : { host: `${host}:${port}` },
      timeout: timeoutMs,
    });
    req.on('connect', (res, socket) => {
      if (res.statusCode === 200) resolve(socket);
      else {
        socket.destroy();
        reject(new RemoteError(`the proxy refused a tunnel to ${host}:${port} (HTTP ${res.statusCode ?? '?'})`));
      }
    });
    req.on('timeout', () => req.destroy(new RemoteError(`the proxy did not open a tunnel to ${host}:${port} in time`)));
    req.on('error', reject);
    req.end();
  });
}

/**
 * Reads the certificate chain the server presents, over a separate TLS connection (through the
 * HTTP proxy when one is used), and judges it against the system trust store plus `caFile`.
 */
export async function observeTls(target: URL, opts: { proxy: string | null; caFile: string | null; timeoutMs: number }): Promise<TlsObservation> {
  const host = target.hostname.replace(/^\[|\]$/g, '');
  const port = Number(target.port || 443);
  const extra = opts.caFile ? await readFile(opts.caFile, 'utf8') : null;
  let socket: Socket | undefined;
  let viaProxy = false;
  if (opts.proxy) {
    const proxy = new URL(opts.proxy);
    if (proxy.protocol !== 'http:') throw new RemoteError(`TLS details cannot be read through a ${proxy.protocol.replace(':', '')} proxy`, { retryable: false });
    socket = await tunnel(proxy, host, port, opts.timeoutMs);
    viaProxy = true;
  }
  const tls: TLSSocket = await new Promise((resolve, reject) => {
    const s = tlsConnect({
      host,
      port,
      socket,
      servername: isIP(host) ? undefined : host,
      rejectUnauthorized: false,
      ca: extra ? [...rootCertificates, extra] : [...rootCertificates],
      timeout: opts.timeoutMs,
    });
    s.once('secureConnect', () => resolve(s));
    s.once('error', reject);
    s.once('timeout', () => s.destroy(new RemoteError(`TLS handshake with ${host}:${port} timed out`)));
  });
  try {
    const chain: CertificateSummary[] = [];
    let pem = '';
    const seen = new Set<string>();
    let cert: DetailedPeerCertificate | undefined = tls.getPeerCertificate(true);
    while (cert && cert.raw && !seen.has(cert.fingerprint256)) {
      seen.add(cert.fingerprint256);
      pem += toPem(cert.raw);
      chain.push({
        subject: nameOf(cert.subject as unknown as Record<string, string>),
        issuer: nameOf(cert.issuer as unknown as Record<string, string>),
        subjectAltNames: (cert.subjectaltname ?? '').split(', ').filter(Boolean),
        serialNumber: cert.serialNumber,
        validFrom: new Date(cert.valid_from).toISOString(),
        validTo: new Date(cert.valid_to).toISOString(),
        sha256Fingerprint: cert.fingerprint256,
      });
      cert = cert.issuerCertificate;
    }
    const authError = tls.authorizationError ? String(tls.authorizationError) : null;
    return {
      host,
      port,
      protocol: tls.getProtocol(),
      cipher: tls.getCipher()?.name ?? null,
      trusted: tls.authorized,
      trustError: authError,
      chain,
      pem,
      viaProxy,
    };
  } finally {
    tls.destroy();
  }
}
