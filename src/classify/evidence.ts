import { DOMAIN_WORDS, PHRASES, type Category, type Phrase } from './lexicon.js';
import { PLATFORM_DOMAINS } from '../core/platforms.js';
import { compilePhrases, reasonOf } from './phrase-set.js';
import { OFFER_PHRASES } from './lexicon-offer.js';
import { PHRASES_A } from './lexicon-languages-a.js';
import { PHRASES_B } from './lexicon-languages-b.js';
import { PHRASES_C } from './lexicon-languages-c.js';
import { pageLanguage } from './language.js';
import { normalizeText } from './normalize.js';
import type { PageParts, TextBlock } from './page-parts.js';

/**
 * Where a piece of evidence points. A service shows an own claim somewhere and own offer or hosting
 * somewhere; a directory promotes other sites; about-pages and look-alikes speak against both.
 */
export type Channel = 'claim' | 'third-party' | 'offer' | 'hosting' | 'promotion' | 'about' | 'lookalike';

export interface Evidence {
  channel: Channel;
  /** What it shows: nudify, faceswap, adult, fakes (claims); upload, credits, checkout … (offer); and so on. */
  kind: string;
  reason: string;
  /** The matched words with some context, cut at word boundaries. */
  snippet: string;
  url: string;
  count: number;
  /** A claim found inside quotation marks (an example prompt on a service, or someone else's slogan on an about-page). */
  quoted?: true;
}

export interface PageEvidence {
  url: string;
  /** Language the page is read in, and whether the lexicon covers it. */
  lang: string | null;
  langCovered: boolean;
  /** The language's phrase lists were tuned on the training split (false: written blind, younger). */
  langCore: boolean;
  items: Evidence[];
  /** Distinct other sites (and messenger handles) the page sends visitors to as offers. */
  promoted: string[];
  words: number;
  /** The page's title or description says it detects or blocks such content (a moderation vendor's page). */
  detects?: boolean;
}

const CHANNEL: Record<Category, [Channel, string]> = {
  'nudify-claim': ['claim', 'nudify'], faceswap: ['claim', 'faceswap'], adult: ['claim', 'adult'], fakes: ['claim', 'fakes'],
  upload: ['offer', 'upload'], credits: ['offer', 'credits'], subscription: ['offer', 'subscription'], checkout: ['offer', 'checkout-words'],
  'app-install': ['offer', 'app-words'], 'bot-product': ['offer', 'bot-words'], api: ['offer', 'api'], order: ['offer', 'order'], 'free-quota': ['offer', 'free-quota'],
  'call-to-action': ['offer', 'call-to-action'], 'new-domain': ['offer', 'new-domain'], 'before-after': ['offer', 'before-after'], 'brush-tool': ['offer', 'brush'],
  'consent-disclaimer': ['offer', 'consent-disclaimer'], 'age-gate': ['hosting', 'age-gate'], hosting: ['hosting', 'media'],
  listicle: ['promotion', 'listing'], promotion: ['promotion', 'disclosure'], 'review-subject': ['promotion', 'review-subject'],
  reporting: ['about', 'reporting'], harm: ['about', 'harm'], 'victim-help': ['about', 'victim-help'], 'legal-gov': ['about', 'legal-gov'],
  academic: ['about', 'academic'], encyclopedia: ['about', 'encyclopedia'], blocklist: ['about', 'blocklist'],
  'photo-tool': ['lookalike', 'photo-tool'], 'image-generator': ['lookalike', 'image-generator'], 'safety-tool': ['lookalike', 'safety-tool'],
  'lingerie-shop': ['lookalike', 'shop'], 'garment-care': ['lookalike', 'garment-care'], sfw: ['lookalike', 'sfw'], 'adult-word': ['claim', 'adult-weak'],
};
/** Evidence of what a site itself does, which the same words inside someone else's listing do not show. */
const OWN_ONLY = new Set<Channel>(['claim', 'offer', 'hosting']);

/** The tuned lists run on every page; the lists of further languages only where the page is in them. */
const COMPILED_CORE = compilePhrases([...PHRASES, ...OFFER_PHRASES]);
const COMPILED_BY_LANGUAGE = (() => {
  const byLang = new Map<string, Phrase[]>();
  for (const phrase of [...PHRASES_A, ...PHRASES_B, ...PHRASES_C]) {
    const lang = /\(([a-z]{2,3})\)$/.exec(phrase.reason)?.[1] ?? 'und';
    byLang.set(lang, [...(byLang.get(lang) ?? []), phrase]);
  }
  return new Map([...byLang].map(([lang, list]) => [lang, compilePhrases(list)]));
})();

/** Platforms whose links are identifiers or infrastructure, never "another service"; and reference sites pages cite. */
const PLATFORMS = new Set([...PLATFORM_DOMAINS, 'reddit.com', 'github.com', 'linkedin.com', 'wikipedia.org', 'archive.org', 'doi.org', 'arxiv.org']);
const AFFILIATE = /[?&](?:ref|aff|affiliate|aff_id|affid|via|partner|referral|coupon|promo|tag|clickid|sub_?id|utm_(?:source|medium|campaign))=/i;
const CTA_TEXT = /\b(?:visit|try|go to|open|get|start|claim|use|bezoek|probeer|besuchen|testen|zur seite|visiter|essayer|visitar|probar|prova|visita|odwiedź|wypróbuj|ziyaret|dene|перейти|попробовать|открыть|访问|試す|방문)\b/i;
const STACK: [RegExp, string, string][] = [
  [/accounts\.google\.com\/gsi\/client|g_id_onload|google\.accounts\.id\.initialize/i, 'sign-in', 'uses Google sign-in'],
  [/discord(?:app)?\.com\/(?:api\/)?oauth2\/authorize/i, 'sign-in', 'uses Discord sign-in'],
  [/\bpk_(?:live|test)_[0-9A-Za-z]{10,}|js\.stripe\.com|checkout\.stripe\.com|buy\.stripe\.com/i, 'checkout', 'uses Stripe checkout'],
  [/commerce\.coinbase\.com|nowpayments\.io|cryptomus\.com|coinpayments\.net|plisio\.net|btcpay|cryptocloud\.plus|heleket/i, 'checkout', 'uses a crypto payment processor'],
  [/paddle\.com\/paddle|cdn\.paddle\.com|lemonsqueezy\.com|gumroad\.com|paypal\.com\/sdk/i, 'checkout', 'uses a payment processor'],
];
const PRICE = /(?:[$€£¥₹₽₺]|us\$)\s?\d|\d(?:[\d.,]*\d)?\s?(?:€|\$|eur|usd|gbp|zł|pln|kč|czk|₺|tl|lei|ron|kr|sek|nok|dkk|ft|huf|₫|vnd|rp|idr|rm|₴|грн|руб|₽|円|元|원)(?![\p{L}])/giu;
const DURATION = /(?<![\d:])\d{1,2}:[0-5]\d(?::[0-5]\d)?(?![\d:])/g;
const REVIEW_SUBJECT_AT_TOP = /review|recensi|ervaringen|erfahrung|bewertung|testbericht|avis|reseña|opinion|análise|avalia|recension|opinie|recenzj|inceleme|yorum|обзор|отзыв|评测|测评|レビュー|口コミ|리뷰|후기|alternativ|alternatyw|аналог|替代|代替|대안|coupon|cupon|cupom|promo|gutschein|rabatt|korting|kupon|sconto|rabatow|indirim|промокод|优惠|クーポン|쿠폰|is (?:it )?(?:safe|legit|legal|a scam)|seriös|sicuro|seguro|veilig|bezpieczn|kood|kupong|rabattkod|rabatkode|alennuskood|slevov|zľav|kupón|cod promo|cupon|arvostelu|recenz|értékel|anmeldelse|recension|αξιολόγ|κριτικ|κουπόν|εναλλακτικ|огляд|відгук|отзив|ревю|inceleme|ulasan|đánh giá|mã giảm giá|kode promo|kod promo|vaihtoehto|alternatív|alternativer|alternatīv|alternatyv|alternatiiv|güvenilir|an toàn|bezpečn|biztonságos|sigur|sikker|säker|turvallinen/i;

/**
 * Adult context that is ruled out ("no NSFW", "NSFW is blocked") is a safety promise, not a claim. A
 * negation is a whole word ("para" and "nieuwe" negate nothing); scripts without spaces negate with a sign.
 */
const NEGATION_BEFORE = /(?:(?<![\p{L}\p{N}])(?:no|not|nor|neither|never|without|zero|geen|niet|noch|weder|ni|né|nem|não|nie ma|χωρίς|δεν|όχι|yok|değil|olmadan|tanpa|tidak|bukan|không|žádn\p{L}*|nincs|nélkül|fără|brez|ilman|ingen|inget|intet|inte|ikke|uten|utan|uden|ilma|nuk|pa|ללא|אין|بدون|لا|बिना|नहीं|žiadn\p{L}*|ei|nav|nu (?:e|este|sunt|oferim|permitem|acceptăm|avem|are|există|se)|niciun\p{L}*|nicio|nema|nikakv\p{L}*|noben\p{L}*|никакв\p{L}*|semmi\p{L}*|jokio\p{L}*|jokių|hakuna|না|নয়|নেই|نہیں|kein\p{L}*|nicht|ohne|pas de|aucun\p{L}*|sans|sin|ningún|ningun[ao]|nada de|nunca|jamás|jamais|non|mai|nooit|niemals|nigdy|никогда|sem|nenhum\p{L}*|nessun\p{L}*|senza|niente|bez|żadn\p{L}*|nie|без|нет|не)(?![\p{L}\p{N}])|無|无|不|없|ไม่[\p{L}\p{M}]*|ห้าม[\p{L}\p{M}]*)[\s-]?["“„«‘']?(?:[\p{L}\p{M}\p{N}'’-]+[,;]?\s(?:(?:or|and|of|ou|et|oder|und|en|o|y|e|i|lub|или)\s)?){0,4}(?:["“„«‘']\s?)?$/u;
const NEGATION_AFTER = /^[^.!?。।]{0,50}(?:नहीं|नही|না|নয়|নেই|নিষিদ্ধ|نہیں|ไม่ได้|ありません|しません|できません|않|없습니다|نمی|نیست|نیستند|yapılmaz|yapmaz|yapmıyor|sunmuyor|izin verilmez|yasak\p{L}*|dilarang|tidak (?:diizinkan|tersedia|ada)|không (?:cho phép|hỗ trợ)|zakázan\p{L}*|tilos|interzis\p{L}*|zabranjen\p{L}*|prepovedan\p{L}*|kielletty|förbjud\p{L}*|forbudt|uždraust\p{L}*|aizliegt\p{L}*|keelatud|ndaluar|απαγορεύ\p{L}*|заборон\p{L}*|забранен\p{L}*|אסור|ممنوع|blocked|not allowed|prohibited|forbidden|banned|violat\p{L}*|infring\p{L}*|verstoß\p{L}*|verstößt|schending|violación|violação|violazione|naruszeni\p{L}*|нарушени\p{L}*|filtered|refused|disabled|rejected|detection|detector|classifier|moderation|scanner|illégal\p{L}*|interdit\p{L}*|ilegal\p{L}*|illegal\p{L}*|strafbar|strafbaar|erkennung|détection|detección|detecção|rilevamento|wykrywani\p{L}*|обнаружени\p{L}*|verboden|niet toegestaan|geblokkeerd|verboten|nicht erlaubt|gesperrt|blockiert|bloqué|refusé|prohibido|bloqueado|no permitido|proibido|vietat\p{L}|bloccat\p{L}|non consentit\p{L}|zabronion\p{L}*|blokowan\p{L}*|запрещ\p{L}*|заблокирован\p{L}*|禁止|ブロック|금지|차단|ません|せず|ず[、。]|判定|悪用|社会問題|被害|犯罪|違法|との違い|滥用|濫用|违法|受害|的区别|的區別|악용|범죄|불법|피해|와의 차이|不支持|不提供|不允许|不允許|无法|無法|不能|拦截|攔截|检测|檢測|识别|識別|検出|検知|거절|거부|불가|탐지|감지)/u;

/** Negation and detection written before the words in scripts without spaces ("不支持成人内容", "检测ai去衣图"). */
const CJK_NEGATION_BEFORE = /(?:不支持|不提供|不允许|不允許|不得|无法|無法|不能|禁止|严禁|嚴禁|拒绝|拒絕|检测|檢測|识别|識別|拦截|攔截|拦住|攔住|防止|打击|打擊|検出|検知|ブロック|탐지|감지|차단|금지)[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}a-z「」“”"、・ ]{0,8}$/u;
/**
 * The claim word as the first half of a coordinated compound ("nudify- og avkledningstjenester",
 * "Nudify- und Deepfake-Apps") or with a "kind of" sign (去衣类模型, 「脱衣」系の加工): a category.
 */
const CATEGORY_COMPOUND_AFTER = /^(?:- (?:og|and|und|en|et|och|i|a|ja|oraz|y|e) [\p{L}-]*?(?:apps?|apper|appar|appen|tjenest\p{L}*|tjänst\p{L}*|dienste[n]?|diensten|anwendungen|seiten|sites|tools|verktøy|verktyg|programme|programs|services|sovellukset|palvelut|aplikace|aplikacje)(?![\p{L}])|["」』”]?(?:类|類|系))/u;
/** Refusal verbs govern a longer object ("recusa fotos com nudez e pedidos para remover roupa"). */
const REFUSAL_BEFORE = /(?<![\p{L}])(?:refus\p{L}*|recus\p{L}*|rechaz\p{L}*|rifiut\p{L}*|verweiger\p{L}*|weiger\p{L}*|odrzuc\p{L}*|отклоня\p{L}*|отказыва\p{L}*|reject\p{L}*|denies|declines?|avvis\p{L}*|afvis\p{L}*|hylkä\p{L}*|reddet\p{L}*|menolak|bloqu\p{L}*|block(?:s|ed|ing)?|blokuj\p{L}*|blockier\p{L}*|forbid\p{L}*|bans?|banned|(?:do not|don't|never|will not|won't) (?:allow|accept|permit|host|tolerate|publish)|verbiet\p{L}*|verbied\p{L}*|interdis\p{L}*|prohib\p{L}*|proib\p{L}*|vieti\p{L}*|zabrania\p{L}*|запрещ\p{L}*|zakázan\p{L}*|zabranjen\p{L}*|prepoveda\p{L}*|interzis\p{L}*|kielle\p{L}*|tilos|keelatud|забранен\p{L}*|απαγορ\p{L}*|uždraust\p{L}*|aizliegt\p{L}*)\s(?:[\p{L}\p{M}\p{N}'’-]+[,;]?\s){0,8}(?:["“„«]\s?)?$/u;
/** The claim is placed elsewhere: "a deepfake on another site", "undress apps elsewhere". */
const ELSEWHERE_AFTER = /^[^.!?|]{0,30}(?:on|at|from) (?:another|other|a different|third-party) (?:sites?|websites?|platforms?|services?|apps?)|^[^.!?|]{0,30}(?:op een andere|auf einer anderen|sur un autre|en otro|em outro|su un altro|na innej) (?:site|seite|website|webseite|sitio|plataforma|sito|stronie)/u;
/** A ranking heading before the claim: "les meilleurs bots Telegram IA (déshabillage, …", "top 10 apps: undress". */
const RANKED_BEFORE = /(?<![\p{L}])(?:best|top|meilleur\p{L}*|mejores|melhores|beste\p{L}*|migliori|najlepsz\p{L}*|лучши\p{L}*|кращ\p{L}*|en iyi|terbaik|tốt nhất)\s(?:\d+\s)?(?:[\p{L}\p{M}\p{N}-]+\s){0,2}(?:bots|apps|applis|applications|tools|outils|sites|websites|services|generators|générateurs|herramientas|aplicaciones|generadores|ferramentas|aplicativos|strumenti|applicazioni|narzędzia|aplikacje|боты|ботов|приложения|сервисы|сайты|uygulama\p{L}*|aplikasi|ứng dụng|bot)(?![\p{L}])(?:\s[\p{L}\p{M}\p{N}-]+){0,3}\s?(?:[(:—–-]\s?)?(?:[\p{L}\p{N} -]+,\s)*$/u;
/** A question the page answers with "no" ("Is there an NSFW mode? · No."). */
const ANSWERED_NO = /^[^.!?。？]{0,60}[?？]\s*(?:\|\s*)?(?:no|nee|nein|non|não|nie|ne|nej|nei|ei|нет|ні|не|hayır|tidak|không|いいえ|ありません|ございません|아니요|아니오|없습니다|없어요|不|否|没有|沒有|nu|nem|nincs|nav|nē|όχι|hapana|না|نہیں|لا|نه|לא|ไม่|नहीं|hindi)(?![\p{L}\p{N}])/u;
/** "Many generators claim … or offer …": the sentence's subject is other tools. */
const OTHERS_SUBJECT = /(?:^|[.!?·|]\s*)(?:but |while |unlike |yet )?(?:many|most|lots of|plenty of|some|other|competing|muchas|muchos|otras|otros|viele|andere|manche|de nombreuses|beaucoup d'|d'autres|molte|molti|altre|altri|muitas|muitos|outras|outros|veel|sommige|wiele|inne|многие|другие)\s(?:\p{L}+\s)?(?:apps|applications|tools|generators|sites|websites|services|platforms|competitors|providers|aplicaciones|herramientas|generadores|sitios|servicios|plataformas|anbieter|dienste|generatoren|seiten|plattformen|outils|générateurs|plateformes|applis|strumenti|generatori|siti|servizi|piattaforme|ferramentas|geradores|serviços|diensten|aanbieders|narzędzia|generatory|serwisy|platformy|сервисы|генераторы|приложения|сайты)(?![\p{L}])[^.!?|·]*$/u;
/**
 * "No censorship", "sin censura", "ohne Filter": a negation whose object is a limit is a promise of adult
 * content; "without clothes" ("без одежды 18+") is the claim itself, not a negation of what follows.
 */
const UNLIMITED = /(?<![\p{L}\p{N}])(?:no|without|zero|geen|zonder|ohne|kein\p{L}*|sans|aucun\p{L}*|sin|sem|senza|bez|без|yok|tanpa|không)\s(?:\p{L}+\s)?(?:censor\p{L}*|censur\p{L}*|zensur\p{L}*|cenzur\p{L}*|цензур\p{L}*|sansür\p{L}*|sensor\p{L}*|kiểm duyệt|filt\p{L}*|l[ií]mit\p{L}*|grenzen|restri\p{L}*|beperking\p{L}*|einschränkung\p{L}*|ograniczeń|ограничени\p{L}*|tab[uú]\p{L}*|taboo\p{L}*|одежд\p{L}*|clothes|clothing|ropa|kleidung|klamotten|vêtements|roupas?|vestiti|ubra\p{L}*|kleding|kleren|busana|baju|pakaian|quần áo|kıyafet\p{L}*|oblečení|ruha\p{L}*)(?![\p{L}\p{N}])/u;

/** Quotation spans in normalised text: what a page quotes is someone else's claim. */
const QUOTED = /"[^"]{3,300}"|“[^”]{3,300}”|„[^“”]{3,300}[“”]|«[^»]{3,300}»|‘[^’]{3,300}’|「[^」]{3,300}」|『[^』]{3,300}』/gu;
/** A claim word used for a whole category ("nudify apps", "undress sites", "such tools") is talk about others. */
const CATEGORY_AFTER = /^[ -]?(?:ai[ -])?(?:apps|app outputs?|outputs?|artefacts|artifacts|pipelines|models|manipulations?|applications|sites|websites|services|tools|bots|platforms|generators|economy|industry|ecosystem|market|operators|makers|providers|software|programs|imagery|images|victims|content|abuse|scandal|problem|trend|diensten|toepassingen|dienste|anwendungen|seiten|webseiten|anbieter|werkzeuge|outils|plateformes|logiciels|aplicaciones|sitios|herramientas|servicios|plataformas|aplicativos|ferramentas|serviços|applicazioni|siti|strumenti|servizi|piattaforme|aplikacje|aplikacji|strony|stron|serwisy|serwisów|narzędzia|приложени\p{L}*|сайт\p{L}*|сервис\p{L}*|бот(?:ы|ов)|apper|appar|appen|appeja|sovellu\p{L}*|tjenest\p{L}*|tjänst\p{L}*|sider|sidor|sivusto\p{L}*|verktøy|verktyg|uygulama\p{L}*|siteler\p{L}*|aplikasi|situs|aplikace|aplikací|aplikácie|alkalmaz\p{L}*|oldalak|aplicații|aplikacije|εφαρμογ\p{L}*|ιστοσελίδ\p{L}*|додатк\p{L}*|сайти)(?![\p{L}])/u;
/** "List of … bots": a claim named after a listing's heading is the listed tools' (Indonesian "daftar" alone also means "sign up", so a noun of tools must follow). */
const LISTED_BEFORE = /(?<![\p{L}])(?:list of|lists of|daftar|kumpulan|rekomendasi|danh sách|liste (?:der|des|de|van)|lijst (?:van|met)|lista (?:de|di|z)|список|seznam)\s(?:\d+\+?\s)?(?:links?\s)?(?:bots?|apps?|aplikasi|situs|websites?|ứng dụng|trang web|боты|ботов|приложений|сайтов|aplicaciones|aplicativos|applicazioni|aplikacji|programs?)(?![\p{L}])(?:\s[\p{L}\p{M}\p{N}-]+){0,3}\s?(?:[(:—–-]\s?)?$/u;
const CATEGORY_BEFORE = /(?:(?:applis|apps|applications|appar|apper|sovellukset) (?:de |d'|för |til )?|so-called|such|these|those|sogenannte[n]?|solche[n]?|diese[n]?|zogenaamde|zulke|deze|dits|ces|ce type d'|de type|llamad[ao]s|estas|estos|ess[ae]s|cosiddett[ei]|quest[ei]|tak zwan\p{L}*|takie|так называемы\p{L}*|такие|эти|(?:apps?|aplicaciones|herramientas|webs|sitios|servicios|outils|applications|sites|aplicativos|ferramentas|applicazioni|siti|strumenti|aplikacje|narzędzia|приложения|сайты|сервисы|боты|ботов|bots|diensten|programma's|programme) (?:de |para |d'|di |da |do |per |для |om te |zum |zur |for )|(?:detect\p{L}*|block\p{L}*|fight\p{L}*|combat\p{L}*|against|stop(?:ping|s)?|prevent\p{L}*|protect\p{L}* (?:\p{L}+ )?(?:from|against)|report(?:ing|s)? (?:\p{L}+ )?|spot(?:ting)?|identif\p{L}*|tegen|bestrijd\p{L}*|herken\p{L}*|gegen|bekämpf\p{L}*|erkenn\p{L}*|contre|lutter contre|détect\p{L}*|contra|detecta\p{L}*|contro|rilev\p{L}*|przeciw\p{L}*|wykryw\p{L}*|против|борьб\p{L}* с|flags?|flagging|scores?|classif\p{L}*) (?:[\p{L}\p{M}\p{N}-]+[,;]? (?:(?:and|or|en|und|et|y|e|i) )?){0,3}|(?:targeted|affected|harmed|victimi[sz]ed|hurt|attacked) by|victims? of|slachtoffers? van|opfer von|victimes? de|víctimas? de|vítimas? de|vittime di|ofiar\p{L}* |жертв\p{L}* |does (?:this|the|that) (?:\S+ ){0,3}(?:really )?)\s?(?:["“„«]\s?)?$/u;

interface Located {
  blocks: TextBlock[];
  /** Normalised text of all blocks, and the start offset of each block in it. */
  text: string;
  starts: number[];
}

function locate(parts: PageParts): Located {
  const pieces = [{ text: parts.title, container: -1, section: 0, quoted: false, chrome: true }, { text: parts.description, container: -1, section: 0, quoted: false, chrome: true }, ...parts.blocks];
  const starts: number[] = [];
  const texts: string[] = [];
  let at = 0;
  for (const b of pieces) {
    const t = normalizeText(b.text);
    starts.push(at);
    texts.push(t);
    at += t.length + 3;
  }
  return { blocks: pieces, text: texts.join(' | '), starts };
}

/** Whether the words at text[index, index+length) are ruled out or spoken of as something to detect. */
function isNegated(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  if (NEGATION_BEFORE.test(before) && !UNLIMITED.test(before)) return true;
  if (REFUSAL_BEFORE.test(text.slice(Math.max(0, index - 90), index))) return true;
  const after = text.slice(index + length, index + length + 80);
  return CJK_NEGATION_BEFORE.test(before) || NEGATION_AFTER.test(after.slice(0, 40)) || ANSWERED_NO.test(after);
}

function blockAt(loc: Located, index: number): number {
  let lo = 0;
  let hi = loc.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((loc.starts[mid] ?? 0) <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Context around a match, widened to whole words, at most ~100 characters. */
export function snippetAt(text: string, index: number, length: number): string {
  let start = Math.max(0, index - 40);
  let end = Math.min(text.length, index + length + 40);
  while (start > 0 && start > index - 60 && /[\p{L}\p{N}]/u.test(text[start - 1] ?? '')) start--;
  while (end < text.length && end < index + length + 60 && /[\p{L}\p{N}]/u.test(text[end] ?? '')) end++;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s*\|\s*/g, ' · ').trim()}${end < text.length ? '…' : ''}`;
}

/** The first letters of a site's name: a messenger handle or a mirror that carries them is the site's own. */
function brandStem(domainLabel: string | null): string | null {
  const letters = (domainLabel ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
  return letters.length >= 4 ? letters.slice(0, Math.min(6, letters.length)) : null;
}

/** The handle of a messenger link ("https://t.me/Some_Bot?start=x" → "some_bot"), or null. */
const handleOf = (href: string): string | null => /^https?:\/\/[^/]+\/([A-Za-z0-9_]{4,32})/.exec(href)?.[1]?.toLowerCase() ?? null;
/** Whether a handle carries the site's brand (its own bot or channel); read from the handle, never the query. */
const ownHandle = (handle: string | null, brand: string | null): boolean => !!brand && !!handle && handle.replace(/_/g, '').includes(brand);

function targetOf(href: string, domain: string, brand: string | null): string | null {
  if (domain === 't.me' || domain === 'telegram.me') {
    const handle = handleOf(href);
    if (!handle || /^(share|joinchat|s|iv|addstickers)$/i.test(handle)) return null;
    if (ownHandle(handle, brand)) return null; // the site's own bot or channel
    return `t.me/${handle}`;
  }
  if (brand && domain.replace(/[^a-z0-9]/g, '').startsWith(brand)) return null; // the site's own mirror
  return domain && !PLATFORMS.has(domain) ? domain : null;
}

/** Reads the evidence on one page. Claims inside someone else's listing, review or quote are third-party. */
export function pageEvidence(parts: PageParts): PageEvidence {
  const loc = locate(parts);
  const items: Evidence[] = [];
  const byKey = new Map<string, Evidence>();
  /** Counts one more piece of evidence; the snippet of the first occurrence is kept (and only made then). */
  const add = (channel: Channel, kind: string, reason: string, snippet: string | (() => string), count = 1, quoted = false): void => {
    const key = `${channel}|${kind}|${reason}|${quoted ? 'q' : ''}`;
    const existing = byKey.get(key);
    if (existing) {
      existing.count += count;
      return;
    }
    const item: Evidence = { channel, kind, reason, snippet: typeof snippet === 'string' ? snippet : snippet(), url: parts.url, count, ...(quoted ? { quoted: true as const } : {}) };
    byKey.set(key, item);
    items.push(item);
  };

  const brand = brandStem(parts.domainLabel);
  // Where other sites are offered: per card-like container and per heading section.
  const byContainer = new Map<number, Set<string>>();
  const bySection = new Map<number, Set<string>>();
  const targets = new Set<string>();
  const handles = new Set<string>();
  for (const link of parts.links) {
    if (link.internal) continue;
    const target = targetOf(link.href, link.domain, brand);
    if (!target) continue;
    if (target.startsWith('t.me/')) handles.add(target);
    targets.add(target);
    // Navigation and footers link partners and socials: they do not make the page's text about them.
    if (link.chrome) continue;
    if (link.container >= 0) byContainer.set(link.container, (byContainer.get(link.container) ?? new Set()).add(target));
    bySection.set(link.section, (bySection.get(link.section) ?? new Set()).add(target));
  }
  // One messenger handle is the site's own channel or bot; several are a list of others.
  const countOf = (set: Set<string>): number => {
    let n = 0;
    for (const t of set) if (!t.startsWith('t.me/') || handles.size >= 2) n++;
    return n;
  };
  // Counted once per container and section (a page has far more matches than containers).
  const memo = new WeakMap<Set<string>, number>();
  const counted = (set: Set<string> | undefined): number => {
    if (!set) return 0;
    let n = memo.get(set);
    if (n === undefined) memo.set(set, (n = countOf(set)));
    return n;
  };
  const heading = normalizeText(`${parts.title} ${parts.headings.split(' | ')[0] ?? ''}`);
  const reviewSubject = REVIEW_SUBJECT_AT_TOP.test(heading) && counted(new Set(targets)) >= 1 && parts.fileInputs === 0;
  // A listing: two or more heading sections that each send visitors somewhere else.
  const listingSections = [...bySection.values()].filter((set) => counted(set) >= 1).length;
  const quoted: [number, number][] = [...loc.text.matchAll(QUOTED)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const inQuote = (i: number): boolean => quoted.some(([a, b]) => i > a && i < b);
  const categoryTalk = (i: number, length: number): boolean =>
    CATEGORY_COMPOUND_AFTER.test(loc.text.slice(i + length, i + length + 40)) ||
    ELSEWHERE_AFTER.test(loc.text.slice(i + length, i + length + 70)) ||
    RANKED_BEFORE.test(loc.text.slice(Math.max(0, i - 70), i)) ||
    LISTED_BEFORE.test(loc.text.slice(Math.max(0, i - 70), i)) ||
    CATEGORY_AFTER.test(loc.text.slice(i + length, i + length + 30)) || CATEGORY_BEFORE.test(loc.text.slice(Math.max(0, i - 30), i)) || OTHERS_SUBJECT.test(loc.text.slice(Math.max(0, i - 120), i));
  const blockVerdicts = new Map<number, boolean>();
  const thirdParty = (i: number): boolean => {
    const known = blockVerdicts.get(i);
    if (known !== undefined) return known;
    const verdict = blockIsThirdParty(i);
    blockVerdicts.set(i, verdict);
    return verdict;
  };
  const blockIsThirdParty = (i: number): boolean => {
    const b = loc.blocks[i];
    if (!b) return false;
    if (b.quoted || reviewSubject) return true;
    if (counted(byContainer.get(b.container)) >= 1) return true;
    return listingSections >= 2 && counted(bySection.get(b.section)) >= 1;
  };

  const language = pageLanguage(parts);
  const lists = [COMPILED_CORE, ...language.candidates.map((l) => COMPILED_BY_LANGUAGE.get(l) ?? [])].flat();
  const matches: { compiled: (typeof lists)[number]; m: RegExpExecArray }[] = [];
  // Blocks that speak of detecting or blocking such content: a claim named there is the thing detected.
  const detecting = new Set<number>();
  for (const compiled of lists) {
    // exec on the compiled expression itself: matchAll would copy the (long) expression for every page.
    const pattern = compiled.global;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(loc.text); m; m = pattern.exec(loc.text)) {
      if (m[0].length === 0) pattern.lastIndex++;
      matches.push({ compiled, m });
      if (compiled.category === 'safety-tool') detecting.add(blockAt(loc, m.index));
    }
  }
  // A page whose title or description says it detects such content (a moderation vendor's page)
  // names the claims throughout as what it detects.
  const detectionPage = detecting.has(0) || detecting.has(1);
  for (const { compiled, m } of matches) {
    const [channel, kind] = CHANNEL[compiled.category];
    const index = m.index;
    const reason = reasonOf(compiled, m);
    const snippet = (): string => snippetAt(loc.text, index, m[0].length);
    // Negated or prohibited ("no NSFW", "… is forbidden"): ruled-out adult context is a safety promise, a claim is someone else's.
    const negated = channel === 'claim' && isNegated(loc.text, index, m[0].length);
    if (negated && (kind === 'adult' || kind === 'adult-weak')) {
      add('lookalike', 'safety-tool', 'rules out adult content', snippet);
      continue;
    }
    const quote = inQuote(index);
    const block = blockAt(loc, index);
    const listed = thirdParty(block);
    const detected = channel === 'claim' && (detectionPage || detecting.has(block));
    const third = negated || listed || quote || detected || (channel === 'claim' && categoryTalk(index, m[0].length));
    if (third && OWN_ONLY.has(channel)) {
      // A quoted claim may be a service's own slogan; quoted as a thing to detect, it is not.
      if (channel === 'claim') add('third-party', kind, reason, snippet, 1, quote && !negated && !listed && !detected);
      continue;
    }
    add(channel, kind, reason, snippet);
  }
  const linkIsThirdParty = (l: PageParts['links'][number]): boolean => reviewSubject || (l.container >= 0 && counted(byContainer.get(l.container)) >= 1);
  structural(parts, loc, { thirdParty, linkIsThirdParty, aboutPage: items.some((e) => e.channel === 'about') }, add, handles.size);

  // Promoted targets: links out that carry affiliate tags, a call to action, or sit next to a claim or a price.
  const promoted = new Set<string>();
  for (const link of parts.links) {
    if (link.internal) continue;
    const target = targetOf(link.href, link.domain, brand);
    if (!target || (target.startsWith('t.me/') && handles.size < 2)) continue;
    if (AFFILIATE.test(link.href) || (!link.chrome && (CTA_TEXT.test(link.text) || link.container >= 0 || reviewSubject))) promoted.add(target);
  }
  if (promoted.size >= 2) add('promotion', 'targets', `sends visitors to ${promoted.size} other sites or bots`, [...promoted].slice(0, 6).join(', '), promoted.size);
  else if (reviewSubject && promoted.size === 1) add('promotion', 'targets', 'reviews one other service and links to it', [...promoted].join(', '), 1);
  if (parts.schemaTypes.some((t) => /^(ItemList|Review|AggregateRating)$/.test(t))) add('promotion', 'schema', 'declares reviews, ratings or an item list (schema.org)', parts.schemaTypes.filter((t) => /Review|Rating|ItemList/.test(t)).join(', '));

  return { url: parts.url, lang: language.lang, langCovered: language.covered, langCore: language.core, items, promoted: [...promoted], words: parts.wordCount, ...(detectionPage ? { detects: true } : {}) };
}

type Add = (channel: Channel, kind: string, reason: string, snippet: string | (() => string), count?: number, quoted?: boolean) => void;

/** Evidence from the page's structure rather than its words. */
function structural(parts: PageParts, loc: Located, where: { thirdParty: (i: number) => boolean; linkIsThirdParty: (l: PageParts['links'][number]) => boolean; aboutPage: boolean }, add: Add, handles: number): void {
  const { thirdParty, linkIsThirdParty, aboutPage } = where;
  if (parts.fileInputs > 0) add('offer', 'upload-field', 'has a file upload field', `${parts.fileInputs} input[type=file]`, parts.fileInputs);
  for (const [pattern, kind, reason] of STACK) {
    const m = pattern.exec(parts.scripts) ?? pattern.exec(parts.links.map((l) => l.href).join('\n'));
    if (m) add('offer', kind, reason, m[0].slice(0, 80));
  }
  let prices = 0;
  let durations = 0;
  let firstPrice = -1;
  for (const m of loc.text.matchAll(PRICE)) {
    if (thirdParty(blockAt(loc, m.index ?? 0))) continue;
    prices++;
    if (firstPrice < 0) firstPrice = m.index ?? 0;
  }
  for (const m of loc.text.matchAll(DURATION)) if (!thirdParty(blockAt(loc, m.index ?? 0))) durations++;
  if (prices >= 2) add('offer', 'price', 'shows its own prices', snippetAt(loc.text, firstPrice, 6), prices);
  if (durations >= 3) add('hosting', 'media', `lists ${durations} media items with durations`, `${durations} durations like 12:34`, durations);
  const tagLinks = parts.links.filter((l) => l.internal && /\/(?:tags?|categor(?:y|ies)|models?|channels?)\//i.test(l.href)).length;
  if (tagLinks >= 5) add('hosting', 'tags', `links ${tagLinks} tag or category pages`, parts.links.find((l) => /\/tags?\//i.test(l.href))?.href ?? '', tagLinks);
  const stores = parts.links.filter((l) => /play\.google\.com\/store|apps\.apple\.com|\.apk(?:$|\?)/i.test(l.href) && !linkIsThirdParty(l));
  if (stores.length > 0) add('offer', 'app', 'links its app in a store or as an APK', stores[0]?.href ?? '', stores.length);
  const bots = parts.links.filter((l) => /^https?:\/\/(?:t|telegram)\.me\/[A-Za-z0-9_]{3,}bot\b/i.test(l.href) && !linkIsThirdParty(l));
  const brand = brandStem(parts.domainLabel);
  // A bot opened with someone's referral code (?start=ref_…, ?ref=…) is another operator's, promoted here.
  const referred = (href: string): boolean => AFFILIATE.test(href) || /[?&]start=(?:ref|aff|partner|promo)/i.test(href);
  const ownBot = bots.find((l) => ownHandle(handleOf(l.href), brand)) ?? (handles <= 1 && !aboutPage ? bots.find((l) => !referred(l.href)) : undefined);
  if (ownBot) add('offer', 'bot', 'links its own Telegram bot', ownBot.href, 1);
  if (parts.fieldForms > 0) add('offer', 'form', 'has a form with fields on its own site', `${parts.fieldForms} form(s)`, parts.fieldForms);
  const label = normalizeText(parts.domainLabel ?? '').replace(/[^a-z]/g, '');
  const word = DOMAIN_WORDS.find((d) => label.includes(d));
  if (word && /swap|fake/.test(word)) {
    add('claim', 'faceswap', `domain name contains "${word}"`, parts.domain ?? '');
    add('claim', 'adult', `domain name contains "${word}"`, parts.domain ?? '');
  } else if (word) add('claim', 'nudify', `domain name contains "${word}"`, parts.domain ?? '');
}
