import type { PageEvidence } from '../classify/index.js';
import type { PageLink } from '../classify/page-parts.js';

/**
 * A fetch plan per site: a site is judged on all its evidence, and the claim or the offer often sits
 * on a pricing, modes or order page rather than on the home page. When a page shows any weak signal,
 * the site's role pages (found by URL and link text in the lexicon's languages) are fetched too,
 * whatever the page's own label.
 */

/** Query parameters that track a visit rather than name a page: dropped when scheduling, kept as evidence. */
const TRACKING = /^(?:utm_[a-z_]+|ref|refid|ref_id|aff|aff_id|affid|affiliate|via|partner|referral|ref_code|coupon|promo|clickid|click_id|subid|sub_id|fbclid|gclid|dclid|msclkid|yclid|twclid|ttclid|mc_cid|mc_eid|_ga|_gl|igshid|source|src)$/i;

/** The URL a page is scheduled under: no fragment, no tracking parameters (one fetch per page). */
export function scheduleUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  u.hash = '';
  for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
  u.search = u.searchParams.toString() ? `?${u.searchParams.toString()}` : '';
  return u.toString();
}

/** Roles in order of how much they tell about a service: what it sells, what it does, how to get it, then the fine print. */
const ROLES: [string, RegExp][] = [
  ['claim', /undress|nudif|nude|naked|x-?ray|nsfw|18\+|adult|deepfake|face-?swap|swap|fakes?\b|uitkle|naakt|auszieh|nackt|déshabill|desnud|despir|spogli|rozbier|раздет|脱衣|换脸|換臉|脱が|탈의|합성/i],
  ['pricing', /pric|plans?\b|pricing|credits?|coins?|tokens?|premium|vip|upgrade|subscri|membership|abonne|abbonament|abo\b|prijs|prijzen|tarie|preise|tarif|prix|precio|planes|preço|planos|prezz|piani|cennik|ceny|pakiet|цен|тариф|подписк|fiyat|paket|harga|paket|giá|gói|价格|套餐|会员|充值|料金|プラン|가격|요금/i],
  ['modes', /modes?\b|modi\b|features?|templates?|styles?|stile?\b|stijl|filters?|tools?|studio|editor|generat|creat|upload|gallery|galerie|library|categor|kategor|категор|board|forum|requests?|verified|points?|functies|sjablonen|funktionen|vorlagen|fonctions|modèles|funciones|plantillas|funções|modelos|funzioni|modelli|funkcje|szablony|функци|шаблон|özellik|şablon|fitur|tính năng|功能|模板|機能|テンプレート|기능|템플릿|갤러리|게시판/i],
  ['order', /order|checkout|buy|purchase|shop|store|bestel|kopen|kaufen|bestellen|auftrag|commande|acheter|pedido|comprar|encomend|ordin|acquist|zamów|kup|заказ|купить|sipariş|satın|pesan|beli|đặt|mua|下单|购买|注文|購入|주문|구매/i],
  ['app', /\bapps?\b|download|apk|install|android|ios|iphone|mobile|bot\b|telegram|api\b|docs?\b|developers?|aplicac|aplicativ|applicazion|aplikac|приложени|скачать|uygulama|indir|aplikasi|unduh|ứng dụng|tải|下载|应用|アプリ|ダウンロード|앱|다운로드/i],
  ['faq', /faq|help|how[- ]it[- ]works|questions|support|veelgesteld|hilfe|häufig|questions|preguntas|perguntas|domande|pytania|вопрос|помощ|sss|soru|bantuan|câu hỏi|常见问题|帮助|よくある|質問|자주|도움/i],
  ['terms', /terms|tos\b|legal|conditions|voorwaarden|agb|nutzungsbeding|conditions|términos|termos|termini|regulamin|правила|условия|koşullar|şartlar|syarat|điều khoản|条款|規約|약관|dmca|2257|about|over-ons|ueber-uns|über|a-propos|sobre|chi-siamo|o-nas|о-нас|hakkımızda|tentang/i],
];

/** Menu links that never tell what a site does. */
const NOT_A_ROLE = /log-?in|sign-?in|sign-?up|register|account|cookie|privacy|contact|imprint|impressum|sitemap|careers|jobs|press|blog\/|news\/|\/(?:en|nl|de|fr|es|pt|it|pl|ru|ja|ko|zh)\/?$/i;

export interface RolePage {
  url: string;
  role: string;
}

/** Up to `limit` role pages of the page's own site, best roles first, each URL once. */
export function rolePages(page: { url: string; ownLinks: readonly Pick<PageLink, 'href' | 'text' | 'chrome'>[] }, limit: number, alreadyKnown: (url: string) => boolean): RolePage[] {
  if (limit <= 0) return [];
  const base = scheduleUrl(page.url);
  const found = new Map<string, { role: string; rank: number }>();
  for (const link of page.ownLinks) {
    const url = scheduleUrl(link.href);
    if (url === base || alreadyKnown(url) || !/^https?:/i.test(url)) continue;
    let path: string;
    try {
      path = decodeURIComponent(new URL(url).pathname);
    } catch {
      continue;
    }
    if (path === '/' || /\.(?:png|jpe?g|gif|webp|svg|ico|css|js|pdf|zip|apk|mp4|webm|woff2?)$/i.test(path)) continue;
    const haystack = `${path} ${link.text}`;
    const matched = ROLES.findIndex(([, re]) => re.test(haystack));
    // Not a known role, but in the site's own menu: real sites put what matters there.
    if (matched < 0 && (!link.chrome || NOT_A_ROLE.test(haystack))) continue;
    const rank = matched < 0 ? ROLES.length : matched;
    const seen = found.get(url);
    if (!seen || rank < seen.rank) found.set(url, { role: ROLES[rank]?.[0] ?? 'menu', rank });
  }
  return [...found.entries()]
    .sort((a, b) => a[1].rank - b[1].rank || a[0].length - b[0].length)
    .slice(0, limit)
    .map(([url, r]) => ({ url, role: r.role }));
}

/** Weak signals that make a site worth its role pages. Empty: the page alone is enough. */
export function weakSignals(evidence: PageEvidence, context: { source: 'search' | 'seed' | 'link'; fromHub: boolean; modelService: number | null }): string[] {
  const out: string[] = [];
  const has = (pred: (e: PageEvidence['items'][number]) => boolean): boolean => evidence.items.some(pred);
  if (has((e) => e.channel === 'claim' || e.channel === 'third-party')) out.push('a claim or capability word');
  if (has((e) => e.channel === 'offer' && ['upload-field', 'upload', 'credits', 'subscription', 'checkout', 'checkout-words', 'app', 'app-words', 'bot', 'bot-words', 'api', 'order', 'free-quota', 'price'].includes(e.kind))) out.push('an upload, credits or payment');
  if (has((e) => e.channel === 'hosting')) out.push('an age gate or media listing');
  if (has((e) => e.channel === 'promotion')) out.push('promotion of other sites');
  if (context.source === 'search') out.push('a search result for a claim query');
  if (context.fromHub) out.push('linked from a hub');
  if ((context.modelService ?? 0) >= 0.3) out.push('the model reads it as a possible service');
  return out;
}
