import type { Sentinels } from './sentinels.js';

/** Through the proxy every internal spelling is meaningful; directly only targets outside 127.0.0.1/32 (the sentinels). */
export type HostileMode = 'proxy' | 'direct';

/** The spellings of "internal" that redirect cases use, one path /redirect/<spelling> each. */
export const INTERNAL_SPELLINGS = [
  'loopback',
  'ipv6-loopback',
  'localhost-dot',
  'decimal',
  'hex',
  'octal',
  'short',
  'mapped',
  'nat64',
  'compat',
  '6to4',
  'hostname',
  'single-label',
  'mdns-local',
  'lan',
  'internal-tld',
  'home-arpa',
  'private-10',
  'private-172',
  'private-192',
  'ipv6-ula',
  'metadata',
] as const;

export type InternalSpelling = (typeof INTERNAL_SPELLINGS)[number];

/** Internal URLs for one mode, built from the live sentinel ports. */
export interface InternalTargets {
  /** The spellings meaningful in this mode, written as a hostile page would (clients normalise them). */
  spellings: Partial<Record<InternalSpelling, string>>;
  /** The internal URL non-redirect cases use (subresources, frames, popups, workers). */
  http: string;
  https: string;
  ws: string;
  wss: string;
  /** A STUN server URL on 127.0.0.2 (UDP sentinel), in both modes. */
  stun: string;
}

export function internalTargets(mode: HostileMode, sentinels: Sentinels, machineName: string): InternalTargets {
  const stun = `stun:${sentinels.udp.host}:${sentinels.udp.port}`;
  if (mode === 'direct') {
    // The 127.0.0.2 sentinel in every spelling of its address (2130706434, 0x7f000002, 0177.0.0.2, 127.2, [::ffff:7f00:2]).
    const { host, port: s } = sentinels.v4;
    const octets = host.split('.').map(Number);
    const value = octets.reduce((n, o) => n * 256 + o, 0);
    return {
      spellings: {
        loopback: `http://${host}:${s}/admin`,
        ...(sentinels.v6 ? { 'ipv6-loopback': `http://[::1]:${sentinels.v6.port}/admin` } : {}),
        decimal: `http://${value}:${s}/admin`,
        hex: `http://0x${value.toString(16).padStart(8, '0')}:${s}/admin`,
        octal: `http://0${(octets[0] ?? 0).toString(8)}.${octets.slice(1).join('.')}:${s}/admin`,
        short: `http://${octets[0]}.${value % 2 ** 24}:${s}/admin`,
        mapped: `http://[::ffff:${Math.floor(value / 65536).toString(16)}:${(value % 65536).toString(16)}]:${s}/admin`,
      },
      http: `http://${host}:${s}/admin`,
      https: `https://${host}:${s}/admin`,
      ws: `ws://${host}:${s}/ws`,
      wss: `wss://${host}:${s}/ws`,
      stun,
    };
  }
  // Loopback spellings carry the loopback sentinel's port: a client that skips the proxy for
  // loopback (Chromium does by default) lands on the sentinel instead of on nothing.
  const l = sentinels.loopback.port;
  const l6 = sentinels.v6?.port ?? l;
  return {
    spellings: {
      loopback: `http://127.0.0.1:${l}/admin`,
      'ipv6-loopback': `http://[::1]:${l6}/admin`,
      'localhost-dot': `http://localhost.:${l}/admin`,
      decimal: `http://2130706433:${l}/admin`,
      hex: `http://0x7f000001:${l}/admin`,
      octal: `http://0177.0.0.1:${l}/admin`,
      short: `http://127.1:${l}/admin`,
      mapped: `http://[::ffff:7f00:1]:${l}/admin`,
      nat64: `http://[64:ff9b::7f00:1]:${l}/admin`,
      compat: `http://[::7f00:1]:${l}/admin`,
      '6to4': `http://[2002:7f00:1::]:${l}/admin`,
      hostname: `http://${machineName}:${l}/admin`,
      'single-label': 'http://router/admin',
      'mdns-local': 'http://nas.local/admin',
      lan: 'http://printer.lan/admin',
      'internal-tld': 'http://db.internal/admin',
      'home-arpa': 'http://gateway.home.arpa/admin',
      'private-10': 'http://10.0.0.1/admin',
      'private-172': 'http://172.16.0.1/admin',
      'private-192': 'http://192.168.1.1/admin',
      'ipv6-ula': 'http://[fd00::1]/admin',
      metadata: 'http://169.254.169.254/latest/meta-data/',
    },
    http: 'http://192.168.1.1/admin',
    https: 'https://192.168.1.1/admin',
    ws: 'ws://192.168.1.1/ws',
    wss: 'wss://192.168.1.1/ws',
    stun,
  };
}

/** Names and addresses the world's certificate also covers, so a client that trusts it completes TLS to internal targets (the threat made real). */
export const INTERNAL_CERT_NAMES = ['router', 'nas.local', 'printer.lan', 'db.internal', 'gateway.home.arpa'];
export const INTERNAL_CERT_IPS = ['127.0.0.2', '::1', '10.0.0.1', '172.16.0.1', '192.168.1.1', '169.254.169.254'];
