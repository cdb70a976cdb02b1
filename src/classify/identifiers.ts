/** Identifiers that tie sites to one operator: analytics, ads, sign-in, payment, contact. */
export interface Identifier {
  kind: string;
  value: string;
}

const PATTERNS: [string, RegExp, number][] = [
  ['google-analytics-4', /\bG-[A-Z0-9]{6,12}\b/g, 0],
  ['google-analytics-ua', /\bUA-\d{4,10}-\d{1,4}\b/g, 0],
  ['google-tag-manager', /\bGTM-[A-Z0-9]{4,9}\b/g, 0],
  ['google-ads', /\bAW-\d{6,12}\b/g, 0],
  ['meta-pixel', /fbq\(\s*['"]init['"]\s*,\s*['"](\d{10,20})['"]/g, 1],
  ['yandex-metrika', /\bym\(\s*(\d{5,12})\s*,/g, 1],
  ['tiktok-pixel', /ttq\.load\(\s*['"]([A-Z0-9]{10,30})['"]/g, 1],
  ['hotjar', /\bhjid\s*:\s*(\d{5,10})/g, 1],
  ['google-oauth-client', /\b\d{3,}-[a-z0-9]{6,}\.apps\.googleusercontent\.com\b/g, 0],
  ['discord-oauth-client', /discord(?:app)?\.com\/(?:api\/)?oauth2\/authorize\?[^"'\s<>]*client_id=(\d{5,20})/g, 1],
  ['stripe-publishable-key', /\bpk_(?:live|test)_[0-9A-Za-z]{10,}\b/g, 0],
  ['apple-signin-client', /<meta\s+name=["']appleid-signin-client-id["']\s+content=["']([A-Za-z0-9][A-Za-z0-9.-]{2,254})["']/g, 1],
  ['apple-signin-client', /AppleID\.auth\.init\(\s*\{[^}]{0,400}?clientId\s*:\s*["']([A-Za-z0-9][A-Za-z0-9.-]{2,254})["']/g, 1],
  ['apple-signin-client', /appleid\.apple\.com\/auth\/authorize\?[^"'\s<>]*client_id=([A-Za-z0-9][A-Za-z0-9.-]{2,254})/g, 1],
  ['coinbase-commerce-checkout', /commerce\.coinbase\.com\/(?:checkout|charges)\/([A-Za-z0-9-]{6,64})/g, 1],
  ['telegram', /(?:t\.me|telegram\.me)\/([A-Za-z0-9_]{4,32})\b/g, 1],
  ['discord-invite', /discord\.(?:gg|com\/invite)\/([A-Za-z0-9-]{2,32})/g, 1],
  ['bitcoin-address', /\b(bc1[a-z0-9]{25,60}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})\b/g, 1],
  ['ethereum-address', /\b0x[a-fA-F0-9]{40}\b/g, 0],
  ['tron-address', /\bT[A-HJ-NP-Za-km-z1-9]{33}\b/g, 0],
  ['email', /\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}\b/g, 0],
  ['google-play-app', /play\.google\.com\/store\/apps\/details\?(?:[^"'\s<>#]*?&(?:amp;)?)?id=([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)+)/g, 1],
  ['apple-app-store-app', /(?:apps|itunes)\.apple\.com\/(?:[a-z]{2}(?:-[a-z]{2,4})?\/)?app\/(?:[^/"'\s<>?#]+\/)?id(\d{6,12})(?!\d)/g, 1],
];

const IGNORED_EMAIL = /@(?:example\.(?:com|org|net)|sentry\.io|[\w-]*\.wixpress\.com)$|\.(?:png|jpe?g|gif|webp|svg)$/i;

/** Finds identifiers in a page's HTML and scripts. Values are kept as found (case matters for keys). */
export function findIdentifiers(html: string, faviconUrl: string | null = null): Identifier[] {
  const found = new Map<string, Identifier>();
  for (const [kind, pattern, group] of PATTERNS) {
    for (const m of html.matchAll(pattern)) {
      const value = m[group];
      if (!value) continue;
      if (kind === 'email' && IGNORED_EMAIL.test(value)) continue;
      if (kind === 'telegram' && /^(share|joinchat|s|iv|addstickers)$/i.test(value)) continue;
      found.set(`${kind}:${value}`, { kind, value: kind === 'email' ? value.toLowerCase() : value });
    }
  }
  if (faviconUrl) found.set(`favicon-url:${faviconUrl}`, { kind: 'favicon-url', value: faviconUrl });
  return [...found.values()];
}
