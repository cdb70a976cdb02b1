export interface BotWallInput {
  status: number | null;
  headers: Record<string, string>;
  title: string;
  text: string;
  html: string;
}

export interface BotWall {
  kind: string;
  signals: string[];
}

const TITLE = /^(just a moment|attention required|access denied|one more step|please wait|security check|are you a (human|robot)|verify(ing)? you are human|ddos-guard|checking your browser|captcha|human verification|bot verification)/i;
const TEXT = [
  /checking (if the site connection is secure|your browser)/i,
  /verify(ing)? (that )?you are (a )?human/i,
  /enable javascript and cookies to continue/i,
  /please (complete|solve) the (security check|captcha)/i,
  /(ddos protection|bot protection) by/i,
  /this process is automatic\. your browser will redirect/i,
  /performance (&|and) security by/i,
  /incapsula incident id/i,
  /request unsuccessful\. incapsula/i,
  /sucuri website firewall/i,
  /access to this page has been denied because we believe you are using automation tools/i,
];
const MARKUP: [RegExp, string][] = [
  [/challenges\.cloudflare\.com|\/cdn-cgi\/challenge-platform|cf-chl-|cf_chl_/i, 'cloudflare-challenge'],
  [/captcha-delivery\.com|geo\.captcha-delivery/i, 'datadome'],
  [/ddos-guard\.net|__ddg/i, 'ddos-guard'],
  [/px-captcha|perimeterx|human-challenge/i, 'perimeterx'],
  [/_incapsula_resource|incapsula/i, 'imperva'],
  [/hcaptcha\.com\/1\/api\.js|class="h-captcha"/i, 'hcaptcha'],
  [/google\.com\/recaptcha|class="g-recaptcha"/i, 'recaptcha'],
  [/id="challenge-form"|class="challenge-(widget|form|running)"|id="challenge-stage"/i, 'challenge-form'],
];
const HEADERS: [string, RegExp, string][] = [
  ['cf-mitigated', /challenge/i, 'cloudflare-challenge'],
  ['x-sucuri-block', /./, 'sucuri'],
  ['x-datadome', /./, 'datadome'],
];

/**
 * Recognises bot walls, challenge interstitials and captcha gates. A strong signal (a vendor's
 * challenge header, a challenge title or text) on its own is enough; markup signals (captcha
 * scripts, challenge forms) count only together with a blocking status or a near-empty page, so a
 * login form with a captcha on a real page is not mistaken for a wall.
 */
export function detectBotWall(input: BotWallInput): BotWall | null {
  const strong: string[] = [];
  const weak: string[] = [];
  let kind: string | null = null;
  for (const [name, pattern, label] of HEADERS) {
    const value = input.headers[name];
    if (value !== undefined && pattern.test(value)) {
      strong.push(`response header ${name}: ${value}`);
      kind ??= label;
    }
  }
  const title = input.title.trim();
  if (TITLE.test(title)) strong.push(`page title "${title.slice(0, 80)}"`);
  for (const pattern of TEXT) {
    const m = pattern.exec(input.text);
    if (m) strong.push(`page text "${m[0]}"`);
  }
  for (const [pattern, label] of MARKUP) {
    if (pattern.test(input.html)) {
      weak.push(`markup of ${label}`);
      if (label !== 'recaptcha' && label !== 'hcaptcha' && label !== 'challenge-form') kind ??= label;
    }
  }
  const blockingStatus = input.status === 403 || input.status === 429 || input.status === 503;
  if (blockingStatus) weak.push(`HTTP status ${input.status}`);
  const words = input.text.split(/\s+/).filter(Boolean).length;
  if (words < 80) weak.push(`little content (${words} words)`);

  const isWall = strong.length >= 1 ? strong.length + weak.length >= 2 : weak.filter((w) => w.startsWith('markup')).length >= 1 && weak.length >= 3;
  if (!isWall) return null;
  return { kind: kind ?? (weak.some((w) => w.includes('captcha')) ? 'captcha' : 'challenge-interstitial'), signals: [...strong, ...weak] };
}
