import { page } from '../fixture.js';
import { sendHtml, sendRedirect, type HelperRoute, type HostileRoute } from './hostile-case.js';
import { INTERNAL_SPELLINGS, type InternalSpelling } from './internal-targets.js';

/** Spellings that only mean something through the proxy: directly they would name real machines or need resolution to 127.0.0.1. */
const PROXY_ONLY: ReadonlySet<InternalSpelling> = new Set([
  'localhost-dot',
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
]);

const LONG_CHAIN = 30;

/** How each spelling is written: through the proxy, and directly (L: loopback sentinel port, S: 127.0.0.2 sentinel port). */
const SPELLED: Record<InternalSpelling, string> = {
  loopback: '127.0.0.1:L (directly 127.0.0.2:S)',
  'ipv6-loopback': '[::1]',
  'localhost-dot': 'localhost.:L',
  decimal: '2130706433:L (directly 2130706434:S)',
  hex: '0x7f000001:L (directly 0x7f000002:S)',
  octal: '0177.0.0.1:L (directly 0177.0.0.2:S)',
  short: '127.1:L (directly 127.2:S)',
  mapped: '[::ffff:7f00:1]:L (directly [::ffff:7f00:2]:S)',
  nat64: '[64:ff9b::7f00:1]:L',
  compat: 'IPv4-compatible [::7f00:1]:L',
  '6to4': '[2002:7f00:1::]:L',
  hostname: "this machine's name (os.hostname(), in /etc/hosts):L",
  'single-label': 'router',
  'mdns-local': 'nas.local',
  lan: 'printer.lan',
  'internal-tld': 'db.internal',
  'home-arpa': 'gateway.home.arpa',
  'private-10': '10.0.0.1',
  'private-172': '172.16.0.1',
  'private-192': '192.168.1.1',
  'ipv6-ula': '[fd00::1]',
  metadata: '169.254.169.254/latest/meta-data/ (cloud metadata)',
};

const spellingCases: HostileRoute[] = INTERNAL_SPELLINGS.map((spelling) => ({
  name: `redirect-${spelling}`,
  path: `/redirect/${spelling}`,
  channel: 'redirect',
  about: `302 to http://${SPELLED[spelling]}`,
  expect: ['internal'],
  ...(PROXY_ONLY.has(spelling) ? { modes: ['proxy' as const] } : {}),
  serve(ctx) {
    const target = ctx.internal.spellings[spelling];
    if (target) sendRedirect(ctx, target);
    else sendHtml(ctx, page('Not in this mode', `<h1>Not in this mode</h1><p>The ${spelling} spelling is only meaningful through the proxy.</p>`), 404);
  },
}));

export const redirectCases: HostileRoute[] = [
  ...spellingCases,
  {
    name: 'redirect-chain-internal',
    path: '/chain/1',
    channel: 'redirect',
    about: 'three public hops (/chain/1 → /chain/2 → /chain/3) ending in a 302 to an internal URL',
    expect: ['internal'],
    serve: (ctx) => sendRedirect(ctx, ctx.self('/chain/2')),
  },
  {
    name: 'redirect-loop',
    path: '/loop/a',
    channel: 'redirect',
    about: 'a redirect loop /loop/a → /loop/b → /loop/a',
    expect: [],
    serve: (ctx) => sendRedirect(ctx, ctx.self('/loop/b')),
  },
  {
    name: 'redirect-long-chain',
    path: '/long/0',
    channel: 'redirect',
    about: `${LONG_CHAIN} public hops (/long/0 … /long/${LONG_CHAIN}), then an ordinary page`,
    expect: [],
    serve: (ctx) => sendRedirect(ctx, ctx.self('/long/1')),
  },
  {
    name: 'redirect-307-internal',
    path: '/redirect/307',
    channel: 'redirect',
    about: '307 (method- and body-preserving) to an internal URL; /form/post-307 posts here',
    expect: ['internal'],
    serve: (ctx) => sendRedirect(ctx, ctx.internal.http, 307),
  },
  {
    name: 'redirect-308-internal',
    path: '/redirect/308',
    channel: 'redirect',
    about: '308 (permanent, method-preserving) to an internal URL',
    expect: ['internal'],
    serve: (ctx) => sendRedirect(ctx, ctx.internal.http, 308),
  },
  {
    name: 'redirect-https-internal',
    path: '/redirect/https-internal',
    channel: 'redirect',
    about: 'an https:// page that redirects to an internal https:// URL (through the proxy: a CONNECT to 192.168.1.1:443, whose TLS the world completes)',
    expect: ['internal'],
    https: true,
    serve: (ctx) => sendRedirect(ctx, ctx.internal.https),
  },
  {
    name: 'redirect-file',
    path: '/redirect/file',
    channel: 'redirect',
    about: '302 to file:///etc/passwd (nothing for the world to see: an artifact containing "root:" shows it was followed)',
    expect: [],
    serve: (ctx) => sendRedirect(ctx, 'file:///etc/passwd'),
  },
  {
    name: 'meta-refresh-internal',
    path: '/meta-refresh',
    channel: 'redirect',
    about: '<meta http-equiv=refresh> to an internal URL',
    browserOnly: true,
    expect: ['internal'],
    serve: (ctx) => sendHtml(ctx, page('Refreshing', '<h1>Refreshing</h1><p>This page refreshes itself.</p>', `<meta http-equiv="refresh" content="0;url=${ctx.internal.http}">`)),
  },
];

export const redirectHelpers: HelperRoute[] = [
  { pattern: /^\/chain\/([23])$/, serve: (ctx, m) => sendRedirect(ctx, m[1] === '2' ? ctx.self('/chain/3') : ctx.internal.http) },
  { pattern: /^\/loop\/b$/, serve: (ctx) => sendRedirect(ctx, ctx.self('/loop/a')) },
  {
    pattern: /^\/long\/(\d+)$/,
    serve(ctx, m) {
      const hop = Number(m[1]);
      if (hop < LONG_CHAIN) sendRedirect(ctx, ctx.self(`/long/${hop + 1}`));
      else sendHtml(ctx, page('End of the chain', `<h1>End of the chain</h1><p>Reached after ${LONG_CHAIN} redirects.</p>`));
    },
  },
];
