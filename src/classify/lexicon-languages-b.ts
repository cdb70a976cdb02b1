/**
 * Phrase lists for cs, sk, hu, ro, uk, bg, hr, sr (Latin and Cyrillic), sl, el, fi, sv, da, no, lt,
 * lv, et and sq, one phrase per category of lexicon.ts / lexicon-offer.ts and language. Written from
 * how these services, and the pages about them, speak in general in each language — not from any
 * one page. Matched against normalised text (normalize.ts: NFKC, lower case, zero-width removed).
 *
 * Bare English loanwords ("deepfake", "nsfw", "face swap", "porno", "memes", "affiliate", "top 10",
 * "apk") and words that the Russian and Western lists already match in these languages ("полиция",
 * "закон", "жертв", "journalist", "provision", "ranking") are left to those lists, so one word does
 * not count twice; loanwords appear here only inside native phrases ("nsfw režim", "deepfake videa").
 *
 * Script notes:
 * - Diacritics are often left out in Romanian (ș/ț, also written with cedillas ş/ţ), Albanian (ë/ç),
 *   Croatian, Serbian Latin and Slovenian (č/ć/š/ž/đ, đ also as "dj"). There `latin()` lets every
 *   marked letter in a source also match its plain letter: write sources with their diacritics, a
 *   plain letter stays plain. Hungarian ő/ű also match õ/ô/û/ü (old encodings). Czech, Slovak, the
 *   Baltic and Nordic languages stay strict: their sites keep diacritics, and folding would make
 *   Czech and Slovak (or Latvian and Lithuanian) phrases match each other's words.
 * - Closely related languages still share words ("za odrasle" hr/sr/sl, "bez pristanka" hr/sr,
 *   "ifølge politiet" da/no): such a word is kept in one list where that was easy, not in both.
 * - Greek: upper-case text loses its accents when lower-cased, and final sigma varies, so `greek()`
 *   lets every vowel match with or without tonos/dialytika and σ match ς. Greek sources are written
 *   without accents.
 * - Serbian phrases carry both scripts; Cyrillic letters are never folded.
 * - Removing clothes counts as a claim only with the clothes as the object ("odstraňte oblečení"),
 *   never clothes after a preposition ("vrásky z oblečení", "cutele de pe haine"), and never clothes
 *   taken off models, mannequins or products.
 */
import type { Category, Phrase } from './lexicon.js';

export const LANGUAGES_B: string[] = ['cs', 'sk', 'hu', 'ro', 'uk', 'bg', 'hr', 'sr', 'sl', 'el', 'fi', 'sv', 'da', 'no', 'lt', 'lv', 'et', 'sq'];

/**
 * Word start/end without \b (which is ASCII-only). Same matches as lexicon.ts's `(?<![\p{L}\p{N}])(?:…)(?![\p{L}\p{N}])`,
 * but the start is checked after the words matched, by a lookbehind over the captured match: a leading
 * lookbehind makes V8 test every position, and with 378 phrases that was four times slower.
 * Sources must therefore use only non-capturing groups (the test checks it).
 */
const START = '(?<![\\p{L}\\p{N}]\\1)';
const E = '(?![\\p{L}\\p{N}])';
const w = (source: string): RegExp => new RegExp(`((?:${source}))${E}${START}`, 'u');
/** Words with letter boundaries, plus a part that needs no start boundary ("/měs" after "199 kč"). */
const wl = (words: string, loose: string): RegExp => new RegExp(`((?:${words}))${E}${START}|(?:${loose})${E}`, 'u');
const r = String.raw;

/** Every marked letter also matches these (its plain letter first). */
const LATIN_ALTS: Record<string, string> = {
  á: 'a', ä: 'a', ă: 'a', â: 'a', ā: 'a', ą: 'a', č: 'c', ć: 'c', ç: 'c', ď: 'd', đ: 'd', é: 'e', ě: 'e', ë: 'e', ē: 'e', ę: 'e', ė: 'e',
  ģ: 'g', í: 'i', î: 'i', ī: 'i', į: 'i', ķ: 'k', ĺ: 'l', ľ: 'l', ļ: 'l', ň: 'n', ņ: 'n', ó: 'o', ô: 'o', ö: 'o', ő: 'oöõ', õ: 'o',
  ŕ: 'r', ř: 'r', š: 's', ș: 'sş', ş: 'sș', ť: 't', ț: 'tţ', ţ: 'tț', ú: 'u', ů: 'u', ü: 'u', ű: 'uüû', ū: 'u', ų: 'u', ý: 'y', ž: 'z',
};
/** Greek vowels with and without tonos/dialytika, and both sigmas. */
const GREEK_ALTS: Record<string, string> = {
  α: 'ά', ά: 'α', ε: 'έ', έ: 'ε', η: 'ή', ή: 'η', ι: 'ίϊΐ', ί: 'ιϊΐ', ϊ: 'ιίΐ', ΐ: 'ιίϊ', ο: 'ό', ό: 'ο',
  υ: 'ύϋΰ', ύ: 'υϋΰ', ϋ: 'υύΰ', ΰ: 'υύϋ', ω: 'ώ', ώ: 'ω', σ: 'ς', ς: 'σ',
};

/** Rewrites a regex source so that listed letters also match their alternatives, inside and outside classes. */
const folder = (alts: Record<string, string>) => (source: string): string => {
  const chars = [...source.normalize('NFC')];
  let out = '';
  let inClass = false;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    if (ch === '\\') {
      out += ch + (chars[++i] ?? '');
      continue;
    }
    if (inClass && ch === ']') inClass = false;
    else if (!inClass && ch === '[') inClass = true;
    const alt = alts[ch];
    if (alt === undefined) out += ch;
    else if (inClass) out += ch + alt;
    else if (ch === 'đ') out += '(?:đ|dj?)';
    else out += `[${ch}${alt}]`;
  }
  return out;
};
const latin = folder(LATIN_ALTS);
const greek = folder(GREEK_ALTS);
/** Hungarian ő/ű as old encodings and keyboards write them. */
const hungarian = folder({ ő: 'õô', ű: 'ûü' });
const strict = (source: string): string => source.normalize('NFC');
const FOLD: Record<string, (source: string) => string> = {
  ro: latin, hr: latin, sr: latin, sl: latin, sq: latin, hu: hungarian, el: greek,
};

const COVERED = [
  'nudify-claim', 'faceswap', 'adult', 'upload', 'credits', 'subscription', 'checkout', 'app-install', 'bot-product', 'order',
  'reporting', 'harm', 'victim-help', 'legal-gov', 'academic', 'photo-tool', 'garment-care', 'sfw', 'safety-tool', 'review-subject', 'promotion',
] as const satisfies readonly Category[];
type Covered = (typeof COVERED)[number];

const REASON: Record<Covered, string> = {
  'nudify-claim': 'offers to undress people in photos',
  faceswap: 'offers face swapping / deepfakes',
  adult: 'adult context in soft wording (for adults, 18+, NSFW mode, uncensored)',
  upload: 'asks visitors to upload a photo',
  credits: 'sells credits, coins or tokens per generation',
  subscription: 'sells a subscription or premium plan',
  checkout: 'takes payment (card, crypto, wallets)',
  'app-install': 'ships an app to install (APK, stores, home screen)',
  'bot-product': 'sells a messenger bot as the product',
  order: 'takes orders for made-to-order work',
  reporting: 'reads as journalism or an investigation',
  harm: 'frames these tools as harmful or illegal',
  'victim-help': 'offers help to victims or asks for donations',
  'legal-gov': 'reads as a government, regulator or legal text',
  academic: 'reads as an academic paper',
  'photo-tool': 'offers an ordinary photo-editing function',
  'garment-care': 'cleans up clothing in product photos (wrinkles, lint, mannequins, outfit changes for shops)',
  sfw: 'keeps to fun and family use (memes, birthdays, funny, family-friendly)',
  'safety-tool': 'detects or blocks such content (moderation / safety tool)',
  'review-subject': 'reviews, compares or finds alternatives to another service',
  promotion: 'discloses affiliate links or paid placement, or ranks tools against each other',
};

/** A source, or words plus a part without start boundary (prices per month after a currency). */
type Source = string | { words: string; loose: string };

/**
 * Letters after a stem are bounded (40 is longer than any inflected or compound word here), so that
 * no start position costs more than a word's length even on a run of letters without spaces.
 */
const bounded = (source: string): string => source.replaceAll('\\p{L}*', '\\p{L}{0,40}').replaceAll('\\p{L}+', '\\p{L}{1,40}');

/** One phrase per category for a language; the record type makes every category required. */
const lang = (code: string, sources: Record<Covered, Source>): Phrase[] => {
  const fold = (source: string): string => bounded((FOLD[code] ?? strict)(source));
  return COVERED.map((category) => {
    const s = sources[category];
    const pattern = typeof s === 'string' ? w(fold(s)) : wl(fold(s.words), fold(s.loose));
    return { category, reason: `${REASON[category]} (${code})`, pattern };
  });
};

// ---- Czech ----
const CS = lang('cs', {
  'nudify-claim': r`svlék(?:ání|at|ne|nout|nutí|nu|neme|nete|nou|l|la|li|lo|ací|ající|ají|á|ej|ejte)|svléc(?:t|i)|svleč(?:te|en\p{L}*)|(?:odstraň|odeber|odebr|sund|smaž|vymaž|sejm|svlékn)\p{L}* (?:jí |mu |jim |celé |veškeré |všechno |její |jeho |jejich )?(?:oblečení|šaty|oděv|oděvy)(?! (?:z|ze|na|u) (?:vašich |vaší |vašeho |našich |svých )?(?:model|figurín|produkt|katalog)\p{L}*)|(?:odstraňování|odstranění|sundání|sundávání) (?:jejího |jejich |veškerého )?(?:oblečení|šatů|oděvu)(?! (?:z|ze|na|u) (?:vašich |našich )?(?:model|figurín|produkt|katalog)\p{L}*)|nah(?:á|ou|é) verz\p{L}*|nah(?:é|ou|ý) (?:fotk|fotografi|snímk|obráz)\p{L}* z (?:jakékoli|jakékoliv|libovolné|každé|vaší|tvé|své) (?:fotk|fotografi|obráz)\p{L}*|(?:vytvoř|vygeneruj|generuj|vyrob)\p{L}* (?:\p{L}+ )?nah(?:é|ou|ý|á) (?:fotk|fotografi|snímk|obráz)\p{L}*|bez oblečení|(?:vidět|vidí|uvidíte|uvidíš) (?:pod|skrz) oblečení|rentgen\p{L}* (?:režim|filtr|vidění)|generátor\p{L}* nah\p{L}*|(?:udělej|udělá|udělat) (?:ji |ho |kohokoli |kohokoliv )?nah(?:ou|ého|é|ým)`,
  faceswap: r`výměn\p{L}* (?:obličej\p{L}*|tváří|tváře)|vyměň\p{L}* (?:si )?(?:obličej\p{L}*|tvář\p{L}*)|záměn\p{L}* (?:obličej\p{L}*|tváří)|(?:vlož|dej|nasaď|přidej)(?:te)? (?:jakýkoli |jakýkoliv |libovolný |svůj |její |jeho )?(?:obličej|tvář) (?:do|na) (?:jakéhokoli |libovolného )?(?:videa|video|fotk\p{L}*)|deepfake (?:videa|videí|aplikace|generátor)`,
  adult: r`(?:obsah |šablon\p{L}* |videa |režim |sekce |kategorie )?pro dospělé|18\+ ?(?:videa|šablony|obsah|režim|kategorie)|nsfw (?:režim|obsah|šablony)|režim nsfw|bez cenzury|necenzurovan\p{L}*|pikantní (?:obsah|režim|videa|šablony)|lechtiv\p{L}* (?:obsah|videa|režim)`,
  upload: r`nahr(?:aj|át|áv|án)\p{L}* (?:\p{L}+ ){0,2}(?:fotk\p{L}*|fotograf\p{L}*|obráz\p{L}*|snímek|snímk\p{L}*|selfie)|vyber(?:te)? (?:si )?(?:\p{L}+ )?(?:fotk\p{L}*|fotograf\p{L}*|obrázek|snímek)|pošl\p{L}* (?:nám )?(?:\p{L}+ )?(?:fotk\p{L}*|fotograf\p{L}*|selfie)`,
  credits: r`\d+ (?:kreditů|kredity|mincí|tokenů|žetonů)|kreditů|(?:kup|kupte|koupit|kupujte|dobít|dobijte)(?: si)? (?:kredity|mince|tokeny|žetony)|balíč(?:ek|ky|ku) kreditů|za (?:jedno )?generování|kredit\p{L}* za (?:obrázek|generování|fotku)`,
  subscription: {
    words: r`měsíčně|za měsíc|na měsíc|týdně|za týden|(?:měsíční|týdenní|roční) (?:plán|tarif|předplatné|členství|paušál)|předplat\p{L}*|(?:prémiov\p{L}*|premium|vip) (?:členství|účet|plán|tarif|přístup|předplatné)|zrušit (?:předplatné )?kdykoli`,
    loose: r`(?:kč|czk|€|\$) ?/ ?(?:měs(?:íc)?|týden)\.?|/ ?měs(?:íc)?\.?`,
  },
  checkout: r`(?:zaplat|zaplať|plať|plat|uhraď)\p{L}* (?:kartou|kryptem|kryptoměn\p{L}*|bitcoinem|btc|usdt|přes paypal|paypalem|přes apple pay)|platb\p{L}* (?:kartou|kryptoměn\p{L}*|bitcoinem|v kryptu|přes paypal)|(?:koupit|kupte|kup|objednat) (?:hned|nyní|teď)|dob(?:ít|ijte|ij|ití) (?:kredit\p{L}*|účet|zůstatek)|přijímáme (?:kryptoměny|bitcoin|karty|platby kartou)|zabezpečená platba`,
  'app-install': r`(?:stáhn|stáh|stahuj)\p{L}* (?:si )?(?:naši |bezplatnou |mobilní |oficiální )?(?:aplikac\p{L}*|apk|appk\p{L}*)|stažení (?:aplikace|apk)|(?:nainstal|instal)\p{L}* (?:si )?(?:naši |mobilní )?(?:aplikac\p{L}*|apk)|přid(?:ejte|at|ej|ání) (?:si )?na (?:domovskou |hlavní )?(?:obrazovku|plochu)|aplikace pro (?:android|ios|iphone)`,
  'bot-product': r`(?:náš|našeho|našemu|naším|oficiální|oficiálního) (?:telegram(?:ový|ového)? )?bot(?:a|u|ovi|em)?|spus(?:ťte|tit|ť) (?:našeho )?bota?|pošl\p{L}* (?:\p{L}+ )?(?:fotk\p{L}*|fotograf\p{L}*|obráz\p{L}*|selfie) (?:do |našemu )?bot(?:ovi|a|u)|telegramov(?:ý|ého|ém) bot\p{L}*|bot (?:na|v) telegramu`,
  order: r`(?:zadat|zadejte|vytvořit|vytvořte|odeslat|odešlete|podat|podejte) objednávk\p{L}*|objedn(?:at|ejte|ej) (?:si )?(?:hned|nyní|teď|zde)|na zakázku|zakázkov\p{L}* (?:úprav|vide|tvorb)\p{L}*|(?:videa?|úpravy|fotk\p{L}*|obsah|tvorba) na (?:míru|přání)|individuální (?:objednávk\p{L}*|zakázk\p{L}*)`,
  reporting: r`podle (?:zjištění|informací|serveru|listu|deníku|policie|expertů|odborníků|výzkumu)|(?:uvedl|uvedla|řekl|řekla|sdělil|sdělila|napsal|napsala) (?:pro |v prohlášení|serveru|deníku|redakci|novinářům)|novinář\p{L}*|redakc(?:e|i|í)|reportér\p{L}*|investigativní\p{L}*|vyšetřován\p{L}*|polici(?:e|i|í)|policist(?:a|é|ka|ky|ů|ovi|ům|ou)|doba čtení|čtení na \d+ min\p{L}*|\d+ min(?:ut)?\.? čtení|(?:publikováno|zveřejněno|aktualizováno):? \d|\d+ komentář\p{L}*|komentáře \(\d+\)|diskuse \(\d+\)`,
  harm: r`bez (?:jejich |jejího |jeho |vašeho )?(?:souhlasu|svolení|vědomí)|nesouhlasn\p{L}*|nekonsensuáln\p{L}*|zneužit\p{L}*|zneužív\p{L}*|nelegáln\p{L}*|nezákonn\p{L}*|protiprávn\p{L}*|trestn(?:ý|ého|é|ým|ých) čin\p{L}*|trestn\p{L}* (?:stíhání|oznámení|odpovědnost\p{L}*)|sexuální\p{L}* (?:násilí|zneužívání|obtěžování|vydírání)|obtěžován\p{L}*|vydírán\p{L}*|(?:dětsk\p{L}*|pomst\p{L}*) pornografi\p{L}*|pornografi\p{L}* z pomsty|zakázan\p{L}*`,
  'victim-help': r`oběť|obět(?:i|em|í|mi)|pomoc (?:obětem|pro oběti)|link\p{L}* (?:pomoci|bezpečí|důvěry)|poradn\p{L}*|nahlaste|nahlásit|nahlášení|(?:oznámit|ohlásit) (?:to )?(?:na )?polici\p{L}*|(?:vyhledejte|získejte|požádejte o) pomoc|odstraněn\p{L}* intimních (?:fotek|snímků|fotografií)|daruj(?:te)?|darovat|(?:podpořte|podpořit) (?:nás|naši práci|naši činnost)|neziskov\p{L}*|dobročinn\p{L}*|charitativn\p{L}*|veřejná sbírka`,
  'legal-gov': r`ministerstv\p{L}*|vlád(?:a|y|ě|u|ou)|vládní|zákon(?:a|u|em|y|ů|ík\p{L}*|odárc\p{L}*|ný|né)?|§ ?\d+ (?:odst\.|zákona|trestního zákoníku)|paragraf\p{L}* \d+|(?:článek|článku|čl\.) \d+|soud(?:u|y|ů|em|ní|ce|kyně)?|úřad pro ochranu osobních údajů|poslaneck\p{L}* sněmovn\p{L}*|sněmovn\p{L}*|trestní zákoník\p{L}*|nařízení (?:eu|evropské\p{L}*)|akt o digitálních službách`,
  academic: r`abstrakt (?:studie|práce|článku)|univerzit\p{L}*|vysok\p{L}* škol\p{L}*|studi(?:e|i|í)|výzkum\p{L}*|datov\p{L}* sad\p{L}*|vědeck\p{L}*|fakult(?:a|y|ě|u|ou|ách|ní)|disertac\p{L}*|diplomov\p{L}* prác\p{L}*`,
  'photo-tool': r`(?:odstraň|odeber|smaž|vymaž)\p{L}* pozadí|odstraněn\p{L}* pozadí|(?:obnov|restaur|oprav)\p{L}* (?:starých |staré |poškozených )?(?:fotek|fotografií|fotky|fotografie|snímků)|(?:zvětš|zvýš)\p{L}* (?:rozlišení|kvalitu fotek)|vylepš\p{L}* (?:kvalitu )?(?:fotek|fotografií|fotky)|retuš(?:e|i|ovat|ování|ovací)|(?:fotk\p{L}*|fotografi\p{L}*) na (?:pas|občanku|doklady)|pasov\p{L}* fotk\p{L}*|koloriz\p{L}*|vybarv\p{L}* (?:staré |černobílé )?(?:fotk\p{L}*|fotografi\p{L}*)`,
  'garment-care': r`(?:vrásk|záhyb|přehyb|žmolk|skvrn|chloup|chlup|prach|smítk|zmačkan|pomačkan)\p{L}* (?:z|ze|na) (?:oblečení|oděv\p{L}*|textil\p{L}*|trič\p{L}*|šatů|látk\p{L}*|košil\p{L}*)|neviditeln\p{L}* (?:figurín|manekýn)\p{L}*|(?:odstraň|skryj)\p{L}* (?:figurín|manekýn|ramínk)\p{L}*|produktov\p{L}* (?:fotk\p{L}*|fotograf\p{L}*|snímk\p{L}*)|(?:fotk|fotografi|snímk)\p{L}* (?:produktů|zboží|do e-?shopu)|(?:změň|změnit|změna|vyměň|vyměnit|výměna)\p{L}* (?:oblečení|outfit\p{L}*|oděv\p{L}*) (?:na|u|pro) (?:vašich |vaše |vašem )?(?:model|modelk|figurín|produkt)\p{L}*|virtuální (?:model|modelk)\p{L}*`,
  sfw: r`mem(?:y|ů|ech|íky|ík)|vtipn\p{L}*|legrační|zábavn\p{L}*|narozenin\p{L}*|pro celou rodinu|vhodn\p{L}* (?:i )?pro děti|rodinn\p{L}* (?:zábav|obsah|film)\p{L}*`,
  'safety-tool': r`(?:detek|rozpozn|odhal|blok|filtr|zachyt)\p{L}* (?:\p{L}+ ){0,2}(?:nahot\p{L}*|deepfak\p{L}*|explicitní\p{L}*|pornografi\p{L}*|nevhodn\p{L}* obsah\p{L}*)|moder(?:ace|ování|ovat) (?:obsahu|příspěvků)|nsfw (?:detekce|detektor|klasifikátor)`,
  'review-subject': r`recenz(?:e|i|í)|je (?:to |\p{L}+ )?(?:bezpečn\p{L}*|legální|legit|spolehliv\p{L}*|důvěryhodn\p{L}*|podvod)\?|alternativ(?:y|a) (?:k|ke|pro)|podobn\p{L}* (?:aplikace|stránky|weby|nástroje|služby)|(?:slevov\p{L}*|promo) kód\p{L}*|slevov\p{L}* kup[oó]n\p{L}*|zkušenosti s`,
  promotion: r`affiliate odkaz\p{L}*|partnersk\p{L}* odkaz\p{L}*|provizní odkaz\p{L}*|(?:získáváme|dostáváme|můžeme získat) provizi|provize z|sponzorovan\p{L}*|reklamní sdělení|komerční sdělení|žebříč\p{L}*|srovnání|porovnání|klady a zápory|výhody a nevýhody|plusy a mínusy|nejlepší \d+|\d+ nejlepších`,
});

// ---- Slovak ----
const SK = lang('sk', {
  'nudify-claim': r`vyzl(?:iec|iek|eč|ieč)\p{L}*|(?:odstráň|odober|zhoď|vymaž|zmaž|zotri|zvlieč|zvleč)\p{L}* (?:jej |mu |im |celé |všetko |všetky |jeho |ich )?(?:oblečenie|šaty|odev|odevy)(?! (?:z|zo|na|u) (?:vašich |vašej |vášho |našich |svojich )?(?:model|figurín|produkt|katalóg)\p{L}*)|(?:odstránenie|odstraňovanie|vyzliekanie|zhodenie|zvliekanie) (?:jej |ich |celého )?(?:oblečenia|šiat|odevu)(?! (?:z|zo|na|u) (?:vašich |našich )?(?:model|figurín|produkt|katalóg)\p{L}*)|nah(?:á|ú|é) verzi\p{L}*|nah(?:é|ú) (?:fot(?:k|iek|ografi)|snímk|obráz)\p{L}* z (?:akejkoľvek|ľubovoľnej|každej|vašej|svojej) (?:fotk|fotografi|obráz|obrázk)\p{L}*|(?:vytvor|vygeneruj|generuj)\p{L}* (?:\p{L}+ )?nah(?:é|ú|ý|á) (?:fot(?:k|ografi)|snímk|obráz|obrázk)\p{L}*|bez oblečenia|bez šiat|(?:vidieť|uvidíte|vidí) (?:pod|cez) oblečenie|röntgen\p{L}* (?:režim|filter|videni\p{L}*)|generátor\p{L}* nah\p{L}*`,
  faceswap: r`výmen\p{L}* tvár\p{L}*|vymeň\p{L}* (?:si )?tvár\p{L}*|zámen\p{L}* tvár\p{L}*|(?:vlož|daj|nasaď|pridaj)(?:te)? (?:akúkoľvek |ľubovoľnú |svoju |jej |jeho )?tvár (?:do|na) (?:akéhokoľvek |ľubovoľného )?(?:videa|video|fotk\p{L}*)|deepfake (?:videá|aplikáci\p{L}*|generátor\p{L}*)`,
  adult: r`(?:obsah |šablón\p{L}* |videá |režim |sekci\p{L}* |kategóri\p{L}* )?pre dospelých|18\+ ?(?:videá|šablóny|kategórie)|nsfw (?:šablóny|videá)|bez cenzúry|pikantn\p{L}* (?:obsah|režim|videá|šablóny)`,
  upload: r`nahrať (?:\p{L}+ ){0,2}(?:fotk\p{L}*|fotiek|fotografiu|fotografie|obrázok|obrázky|snímku|selfie)|vyberte (?:si )?obrázok|pošlite (?:nám )?(?:\p{L}+ )?(?:fotku|fotografiu|obrázok)`,
  credits: r`\d+ (?:kreditov|tokenov|žetónov)|kredit(?:y|ov) (?:zadarmo|navyše)|kreditov|(?:kúp|kúpte|kúpiť|dobi)\p{L}* (?:si )?(?:kredit\p{L}*|mince|tokeny|žetóny)|balíč\p{L}* kredit\p{L}*|za (?:jedno )?generovanie`,
  subscription: {
    words: r`mesačne|za mesiac|na mesiac|týždenne|za týždeň|(?:mesačn|týždenn|ročn)\p{L}* (?:plán|tarif|predplatné|členstvo|paušál)|predplat\p{L}*|(?:prémiov\p{L}*|premium|vip) (?:členstvo|účet|plán|tarif|prístup|predplatné)|zrušiť (?:predplatné )?kedykoľvek`,
    loose: r`(?:€|eur|\$) ?/ ?(?:mes(?:iac)?|týždeň)\.?|/ ?mes(?:iac)?\.?`,
  },
  checkout: r`(?:zaplat|zaplať|plať|plat|uhraď)\p{L}* (?:kartou|kryptom|kryptomen\p{L}*|bitcoinom|btc|usdt|cez paypal|paypalom|cez apple pay)|platb\p{L}* (?:kartou|kryptomen\p{L}*|bitcoinom|cez paypal)|(?:kúpiť|kúpte|kúp|objednať) (?:hneď|teraz)|dobi(?:ť|te|tie) (?:kredit\p{L}*|účet|zostatok)|prijímame (?:kryptomeny|bitcoin|karty|platby kartou)|zabezpečená platba`,
  'app-install': r`(?:stiahn|sťahuj)\p{L}* (?:si )?(?:našu |bezplatnú |mobilnú |oficiálnu )?(?:aplikáci\p{L}*|apk|appk\p{L}*)|stiahnutie (?:aplikácie|apk)|(?:nainštal|inštal)\p{L}* (?:si )?(?:našu |mobilnú )?(?:aplikáci\p{L}*|apk)|prid(?:ajte|ať|aj|anie) (?:si )?na (?:domovskú |hlavnú )?(?:obrazovku|plochu)|aplikácia pre (?:android|ios|iphone)`,
  'bot-product': r`(?:nášho|nášmu|naším) (?:telegramového )?bot(?:a|ovi|om)|spust(?:ite|iť|i) (?:nášho )?bota|pošl\p{L}* (?:\p{L}+ )?(?:fot(?:k|ografi)\p{L}*|obráz\p{L}*|obrázok|selfie) (?:do |nášmu )?bot(?:ovi|a|u)|bot (?:na|v) telegrame`,
  order: r`(?:zadať|zadajte|vytvoriť|vytvorte|odoslať|odošlite|podať) objednávk\p{L}*|objedn(?:ať|ajte|aj) (?:si )?(?:hneď|teraz|tu)|na zákazku|(?:videá?|úpravy|fotk\p{L}*|obsah|tvorba) na (?:mieru|želanie)|individuáln\p{L}* (?:objednávk\p{L}*|zákazk\p{L}*)`,
  reporting: r`podľa (?:zistení|informácií|denníka|portálu|polície|expertov|odborníkov|výskumu)|(?:uviedol|uviedla|povedal|povedala|napísal|napísala) (?:pre |v stanovisku|denníku|redakcii|novinárom)|novinár\p{L}*|redakci(?:a|e|i|u|ou)|investigatív\p{L}*|vyšetrovan\p{L}*|polícia|polície|políciu|políciou|policajt\p{L}*|čas čítania|\d+ min(?:út)?\.? čítania|(?:publikované|zverejnené|aktualizované):? \d|\d+ komentár\p{L}*|diskusia \(\d+\)`,
  harm: r`bez (?:jej |jeho |ich |vášho )?(?:súhlasu|povolenia|vedomia)|nesúhlasn\p{L}*|zneuži\p{L}*|zneužív\p{L}*|nelegáln\p{L}*|nezákonn\p{L}*|protiprávn\p{L}*|trestn\p{L}* (?:stíhanie|oznámenie|zodpovednos\p{L}*)|sexuáln\p{L}* (?:násilie|zneužívanie|obťažovanie|vydieranie)|obťažovan\p{L}*|vydieran\p{L}*|(?:detsk\p{L}*|pomst\p{L}*) pornografi\p{L}*|zakázan\p{L}*`,
  'victim-help': r`obeť|obet(?:e|í|iam|ami|i)|pomoc (?:obetiam|pre obete)|link\p{L}* (?:pomoci|dôvery)|poradň\p{L}*|nahláste|nahlásiť|nahlásenie|(?:oznámiť|nahlásiť) (?:to )?(?:na )?políci(?:i|u)|(?:vyhľadajte|získajte|požiadajte o) pomoc|daruj(?:te)?|darovať|(?:podporte|podporiť) (?:nás|našu prácu|našu činnosť)|neziskov\p{L}*|dobročinn\p{L}*|charitatívn\p{L}*|verejná zbierka`,
  'legal-gov': r`vlád(?:a|y|e|u|ou)|vládn\p{L}*|zákon(?:om|ov|ník\p{L}*|odarc\p{L}*)|§ ?\d+ (?:ods\.|zákona|trestného zákona)|(?:článok|článku|čl\.) \d+|súd(?:u|y|ov|om|ny|ne|ca|kyňa)|(?:ústavný|najvyšší|okresný|krajský) súd|súd rozhodol|úrad na ochranu osobných údajov|národn\p{L}* rad\p{L}*|trestn\p{L}* zákon\p{L}*|nariadeni\p{L}* (?:eú|eu|európsk\p{L}*)|akt o digitálnych službách`,
  academic: r`abstrakt (?:štúdie|práce|článku)|univerzit\p{L}*|vysok\p{L}* škol\p{L}*|štúdi(?:a|e|u|í)|výskum\p{L}*|dátov\p{L}* (?:súbor|množin)\p{L}*|vedeck\p{L}*|metodológi\p{L}*|fakult(?:a|y|e|u|ou|ách|ný|né)|dizertačn\p{L}*|diplomov\p{L}* prác\p{L}*`,
  'photo-tool': r`(?:odstráň|odober|zmaž|vymaž)\p{L}* pozadi\p{L}*|odstránen\p{L}* pozadia|reštaur\p{L}* (?:starých |staré |poškodených )?(?:fot(?:k|iek|ografi)\p{L}*|snímok|snímk\p{L}*)|obnov\p{L}* starých fotiek|(?:zväčš|zvýš)\p{L}* (?:rozlíšeni\p{L}*|kvalitu fotiek)|vylepš\p{L}* (?:kvalitu )?fot(?:k|iek|ografi)\p{L}*|retušovanie|retušovať|fot(?:k|ografi)\p{L}* na (?:pas|občiansky|doklady)|pasov\p{L}* fot(?:k|ografi)\p{L}*|koloriz\p{L}*|vyfarb\p{L}* (?:staré |čiernobiele )?fot(?:k|ografi)\p{L}*`,
  'garment-care': r`(?:vrásk|záhyb|žmolk|škvrn|chĺp|chlp|prach|smietk|pokrčen)\p{L}* (?:z|zo|na) (?:oblečeni\p{L}*|odev\p{L}*|textíli\p{L}*|tričk\p{L}*|šiat|látk\p{L}*|košel\p{L}*)|neviditeľn\p{L}* (?:figurín|manekýn)\p{L}*|(?:odstráň|skry)\p{L}* (?:figurín|manekýn|vešiak)\p{L}*|(?:fot(?:k|iek|ografi)|snímk|snímok)\p{L}* (?:produktov|tovaru|do e-?shopu)|(?:zmeň|zmeniť|zmena|vymeň|vymeniť|výmena)\p{L}* (?:oblečeni\p{L}*|outfit\p{L}*|odev\p{L}*) (?:na|u|pre) (?:vašich |vaše |vašom )?(?:model|modelk|figurín|produkt)\p{L}*|virtuáln\p{L}* (?:model|modelk)\p{L}*`,
  sfw: r`mém(?:y|ov|u|om)|vtipn\p{L}*|zábavn\p{L}*|narodenin\p{L}*|pre celú rodinu|vhodn\p{L}* (?:aj )?pre deti|rodinn\p{L}* (?:zábav|obsah|film)\p{L}*`,
  'safety-tool': r`(?:detek|rozpozn|odhaľ|blok|filtr|zachyt)\p{L}* (?:\p{L}+ ){0,2}(?:nahot\p{L}*|deepfak\p{L}*|explicitn\p{L}*|pornografi\p{L}*|nevhodn\p{L}* obsah\p{L}*)|moder(?:ácia|ovanie|ovať) (?:obsahu|príspevkov)|nsfw (?:detekcia|klasifikátor)`,
  'review-subject': r`recenzi(?:a|e|u|ou|í)|je (?:to |\p{L}+ )?(?:bezpečn\p{L}*|legáln\p{L}*|legit|spoľahliv\p{L}*|dôveryhodn\p{L}*|podvod)\?|alternatív(?:y|a) (?:k|ku|pre)|podobn\p{L}* (?:aplikácie|stránky|weby|nástroje|služby)|zľavov\p{L}* (?:kód|kupón)\p{L}*|skúsenosti s`,
  promotion: r`affiliate odkaz\p{L}*|partnersk\p{L}* odkaz\p{L}*|(?:získavame|dostávame|môžeme získať) provízi\p{L}*|provízi\p{L}* z|sponzorovan\p{L}*|reklamn\p{L}* (?:článok|obsah|oznam)|rebríč\p{L}*|porovnani\p{L}*|najlepš\p{L}* \d+|\d+ najlepších`,
});

// ---- Hungarian ----
const HU = lang('hu', {
  'nudify-claim': r`(?:le)?vetkőzte(?:t|s)\p{L}*|meztelenít\p{L}*|meztelenné (?:tesz|tenni|teszi|alakít)\p{L}*|meztelen (?:változat|verzió)\p{L}*|(?:készíts|készít|generálj|generál)\p{L}* (?:\p{L}+ )?meztelen (?:kép|fotó|fénykép)\p{L}*|(?:ruha|ruhák|ruházat|ruhadarab|ruhadarabok) (?:eltávolítás|eltávolító|levétel|eltüntetés|eltüntető)\p{L}*(?! (?:a |az )?(?:modell|próbabábu|termék)\p{L}*)|(?:távolítsd|távolítsa|távolítja|távolítjuk|vedd|vegye|veszi|tüntesd|tüntesse|tünteti) (?:el|le) (?:a |az |minden )?(?:ruhát|ruhákat|ruházatot|ruháit|ruháját|ruháikat|ruhadarabokat)|(?:eltávolítja|eltünteti|leveszi|levenni|törli|töröld|törölje) (?:a |az |minden )?(?:ruhát|ruhákat|ruházatot|ruháit|ruháját|ruháikat)|ruhák? nélkül|ruhátlan\p{L}*|(?:átlát|belát)\p{L}* (?:a )?ruh(?:án|ákon|ák alá|a alá)|röntgen ?(?:mód|szűrő|látás)\p{L}*|pucér (?:kép|fotó)\p{L}*`,
  faceswap: r`arc ?cser\p{L}*|arcok? (?:cser|kicser)\p{L}*|(?:cseréld|cserélje|kicseréli)(?: ki)? (?:az )?arc\p{L}*|mélyhamisít\p{L}*|(?:bárki|bármilyen|saját) arc(?:át|ot|odat)? (?:bármilyen |egy )?videó\p{L}*`,
  adult: r`felnőtteknek|felnőtt (?:tartal(?:om|m\p{L}*)|sablon\p{L}*|videó\p{L}*|mód\p{L}*|kategóri\p{L}*)|18\+ ?(?:videó\p{L}*|sablon\p{L}*|tartal(?:om|m\p{L}*)|mód\p{L}*)|nsfw[- ]?(?:mód\p{L}*|tartal(?:om|m\p{L}*)|sablon\p{L}*)|cenzúrázatlan\p{L}*|cenzúra nélkül|pikáns (?:tartal(?:om|m\p{L}*)|mód\p{L}*|videó\p{L}*)`,
  upload: r`(?:tölts|töltsd|töltse|töltsön) fel (?:egy |a |az |egy saját |a saját )?(?:fotó|fénykép|kép|szelfi|selfie)\p{L}*|(?:fotó|fénykép|kép)\p{L}* feltöltés\p{L}*|feltölt\p{L}* (?:egy |a |az )?(?:fotó|fénykép|kép|szelfi)\p{L}*|(?:válaszd|válassza|válassz) (?:ki )?(?:egy |a )?(?:fotó|fénykép|kép)\p{L}*|(?:küldd|küldj|küldjön|küldje) (?:el )?(?:nekünk )?(?:egy |a )?(?:fotó|fénykép|kép|szelfi)\p{L}*`,
  credits: r`\d+ (?:kredit|érme|zseton|token)(?:et|ot|ért|tel|ből)?|kredit(?:ek|et|eket|ekkel|csomag\p{L}*)|ingyenes kredit\p{L}*|(?:vásárolj|vegyél|vásároljon|vegyen) (?:kredit|érm|zseton|token)\p{L}*|generálásonként`,
  subscription: {
    words: r`havonta|havi (?:előfizetés|csomag|díj|terv|tagság)\p{L}*|hetente|heti (?:előfizetés|csomag|díj|terv)\p{L}*|előfizet\p{L}*|(?:prémium|premium|vip) (?:tagság|fiók|csomag|hozzáférés|előfizetés)\p{L}*|bármikor lemondható`,
    loose: r`(?:ft|huf|€|\$) ?/ ?(?:hó|hónap|hét)|/ ?(?:hó|hónap)`,
  },
  checkout: r`(?:fizet|fizes)\p{L}* (?:bankkártyával|kártyával|kriptó\p{L}*|kripto\p{L}*|bitcoin\p{L}*|usdt\p{L}*|paypal\p{L}*)|(?:bankkártyás|kártyás|kriptós|bitcoin) fizetés\p{L}*|(?:vásárolj|vásárolja|vedd|vegye) meg most|vásárlás most|egyenleg ?feltöltés\p{L}*|(?:töltsd|töltse) fel (?:az |a )?egyenleg\p{L}*|elfogadunk (?:kriptó\p{L}*|kripto\p{L}*|bitcoin\p{L}*|bankkártyá\p{L}*)|biztonságos fizetés`,
  'app-install': r`(?:töltsd|töltse) le (?:az |a )?(?:ingyenes )?(?:alkalmazás|applikáció|appot|appunkat|apk)\p{L}*|(?:alkalmazás|applikáció|apk)\p{L}* letöltés\p{L}*|letölt\p{L}* (?:az |a )?(?:ingyenes )?(?:alkalmazás|applikáció|apk)\p{L}*|(?:telepítsd|telepítse|telepítés\p{L}*) (?:az |a )?(?:alkalmazás|applikáció|appot|apk)\p{L}*|(?:add|adja) hozzá a kezdőképernyőhöz|kezdőképernyőhöz`,
  'bot-product': r`botunk\p{L}*|(?:hivatalos|a mi) (?:telegram ?)?bot(?:unk|ja|nak)?|(?:indítsd|indítsa) el a bot\p{L}*|(?:küldd|küldje|küldj) (?:el )?(?:a |egy )?(?:fotó|kép|fénykép)\p{L}* a bot(?:nak|unknak)|telegram ?botunk\p{L}*`,
  order: r`(?:add|adja) le (?:a |az )?(?:rendelés|megrendelés)\p{L}*|rendelés leadás\p{L}*|egyedi (?:rendelés|megrendelés|kérés|videó|szerkesztés)\p{L}*|megrendelésre|rendelésre (?:készül|készít)\p{L}*|(?:rendelj|rendeld meg|rendelje meg) most`,
  reporting: r`(?:a rendőrség|szakértők|szakértő|források|értesülések|jelentések|kutatók|a lap|lapunk|beszámolók) szerint|értesülés\p{L}*|újságír\p{L}*|riporter\p{L}*|szerkesztőség\p{L}*|oknyomoz\p{L}*|nyomozás\p{L}*|nyomozó\p{L}*|rendőrség\p{L}*|nyilatkozta|közölte|mondta el|olvasási idő|\d+ perc (?:olvasás|olvasnivaló)\p{L}*|(?:megjelent|publikálva|közzétéve):? \d|\d+ hozzászólás\p{L}*|hozzászólások \(\d+\)`,
  harm: r`(?:beleegyezés|hozzájárulás|engedély)\p{L}* nélkül|visszaél\p{L}*|bántalmaz\p{L}*|jogellenes\p{L}*|törvénytelen\p{L}*|törvénybe ütköz\p{L}*|bűncselekmény\p{L}*|büntetend\p{L}*|szexuális (?:erőszak|visszaélés|zaklatás|kizsákmányolás)\p{L}*|zaklatás\p{L}*|zsarol\p{L}*|gyermekpornográf\p{L}*|bosszúpornó\p{L}*|tilos|tiltott\p{L}*`,
  'victim-help': r`áldozat\p{L}*|segélyvonal\p{L}*|lelkisegély\p{L}*|segélyszolgálat\p{L}*|kérj(?:en)? segítséget|segítség\p{L}* (?:áldozatoknak|kérhető|kérése)|jelentsd be|jelentse be|bejelentés\p{L}*|feljelentés\p{L}*|tanácsadás\p{L}*|adomány\p{L}*|adományoz\p{L}*|támogasd a munkánkat|támogassa munkánkat|alapítvány\p{L}*|jótékony\p{L}*|civil szervezet\p{L}*|egyesület\p{L}*`,
  'legal-gov': r`minisztérium\p{L}*|kormány(?:a|ok|rendelet\p{L}*|zat\p{L}*|szóvivő\p{L}*)?|törvény\p{L}*|btk\.? \d+\. ?§|\d+\. cikk\p{L}*|cikk\p{L}* \(\d+\)|bíróság\p{L}*|ítélet\p{L}*|hatóság\p{L}*|nmhh|naih|országgyűlés\p{L}*|btk\.?|büntető törvénykönyv\p{L}*|rendelet\p{L}*|digitális szolgáltatásokról szóló`,
  academic: r`absztrakt|egyetem\p{L}*|tanulmány\p{L}*|kutatás\p{L}*|kutatócsoport\p{L}*|adatkészlet\p{L}*|adathalmaz\p{L}*|módszertan\p{L}*|tudományos|szakdolgozat\p{L}*|doktori (?:értekezés|disszertáció)\p{L}*`,
  'photo-tool': r`háttér ?eltávolít\p{L}*|(?:távolítsd|távolítsa) el a hátter\p{L}*|hátter\p{L}* eltávolítás\p{L}*|(?:régi )?(?:fotó|fénykép|kép)\p{L}* (?:helyreállítás|restaurálás|felújítás|javítás|színezés|felskálázás|nagyítás)\p{L}*|felskáláz\p{L}*|felbontás\p{L}* növel\p{L}*|retusál\p{L}*|igazolványkép\p{L}*|útlevélkép\p{L}*|útlevélfotó\p{L}*|színez\p{L}* (?:régi )?(?:fotó|kép)\p{L}*`,
  'garment-care': r`(?:ránc|gyűrőd|szösz|bolyh|folt|szőrszál|piheszál)\p{L}* (?:eltávolítás\p{L}* )?(?:a |az )?(?:ruh|ruház|textil|szövet|pólók|ingek|ruhanem)\p{L}*|(?:ruh|ruház|textil|szövet)\p{L}* (?:ráncai|gyűrődései|foltjai|szöszei)\p{L}*|láthatatlan próbabábu\p{L}*|próbabábu\p{L}* (?:eltávolítás|nélkül)\p{L}*|termék ?fotó\p{L}*|termék ?kép\p{L}*|termékfényképe\p{L}*|(?:ruha|ruházat|outfit|öltözék)\p{L}* (?:csere|cseréje|váltás)\p{L}* (?:a |az )?(?:modell|próbabábu)\p{L}*|(?:mi|virtuális) modell\p{L}*`,
  sfw: r`mém\p{L}*|születésnap\p{L}*|szülinap\p{L}*|vicces\p{L}*|humoros\p{L}*|családbarát\p{L}*|az egész családnak|gyerekbarát\p{L}*|munkahelyen is biztonságos`,
  'safety-tool': r`(?:meztelenség|deepfake|mélyhamisítvány|pornográf|explicit)\p{L}*(?:-\p{L}+)? (?:észlel|felismer|kiszűr|szűr|blokkol|detektál)\p{L}*|(?:észlel|felismer|kiszűr|szűr|blokkol|detektál)\p{L}* (?:\p{L}+ ){0,2}(?:meztelenség|deepfake|mélyhamisítvány|pornográf|explicit)\p{L}*|tartalom ?moderál\p{L}*|tartalommoderáció\p{L}*|moderációs (?:api|eszköz|szolgáltatás)\p{L}*`,
  'review-subject': r`vélemény(?:ek|ünk)|értékelés\p{L}*|(?:biztonságos|megbízható|legális|legit|átverés)-e|alternatív(?:ák|ája|ái|áját|áit)\p{L}*|hasonló (?:oldalak|alkalmazások|appok|eszközök|szolgáltatások)|kuponkód\p{L}*|kupon(?:t|ok|okat)|(?:promóciós|kedvezmény|promó) ?kód\p{L}*`,
  promotion: r`jutalék\p{L}*|szponzorált\p{L}*|fizetett (?:hirdetés|megjelenés|tartalom)\p{L}*|rangsor\p{L}*|toplista\p{L}*|összehasonlít\p{L}*|előnyök és hátrányok|előnyei és hátrányai|legjobb \d+|\d+ legjobb`,
});

// ---- Romanian (ș/ț also in cedilla forms and without diacritics, through latin()) ----
const RO = lang('ro', {
  'nudify-claim': r`dezbrăc\p{L}*|dezgol\p{L}*|(?:elimină|eliminați|șterge|ștergeți|îndepărtează|îndepărtați|scoate|scoateți|scot|dă jos|dați jos|ia jos|luați jos) (?:toate )?(?:hainele|haine|îmbrăcămintea|îmbrăcăminte|veșmintele)(?! (?:de pe|de la|din) (?:manechin|produs|model)\p{L}*)|(?:eliminarea|ștergerea|îndepărtarea|scoaterea) (?:hainelor|îmbrăcămintei)(?! (?:de pe|de la|din) (?:manechin|produs|model)\p{L}*)|versiun(?:e|ea|i) (?:nud|nudă|goală|dezbrăcată)|(?:creează|generează|fă|faceți|obține)\p{L}* (?:\p{L}+ )?(?:poze|fotografii|imagini) (?:nud|nude|goale)|fără haine|(?:vezi|vedeți|vede|vedere) prin haine|(?:mod(?:ul)?|filtru|vedere) (?:cu )?raze x|generator de (?:nuduri|poze nud|imagini nud)\p{L}*|(?:fă|faceți|transformă)\p{L}* (?:pe )?oricine (?:nud|gol|goală)\p{L}*`,
  faceswap: r`schimb\p{L}* (?:de )?fețe(?:le|lor)?|schimb\p{L}* fața|schimbarea feței|înlocui\p{L}* fața|înlocuirea feței|(?:pune|puneți|adaugă) (?:orice |fața ta |propria )?față\p{L}* (?:în|pe) (?:orice )?(?:videoclip|video|clip)\p{L}*|deepfake (?:video|videoclipuri|aplicație|generator)`,
  adult: r`pentru adulți|(?:conținut|șabloane|videoclipuri|categorie|mod(?:ul)?) (?:18\+|xxx|explicit)|18\+ ?(?:videoclipuri|videouri|șabloane|conținut|clipuri|mod)|mod(?:ul)? nsfw|nsfw mod|necenzurat\p{L}*|fără cenzură|picant\p{L}* (?:conținut|mod|clipuri)|conținut picant`,
  upload: r`(?:încarcă|încărcați|adaugă|adăugați) (?:\p{L}+ )?(?:fotografie|fotografia|poză|poza|imagine|imaginea|selfie)\p{L}*|(?:alege|alegeți|selectează|selectați) (?:o )?(?:fotografie|poză|poza|imagine)\p{L}*|(?:trimite|trimiteți)(?:-ne)? (?:o |ne )?(?:fotografie|poză|poza|selfie|imagine)\p{L}*|încărcare (?:foto|imagine|poză)\p{L}*`,
  credits: r`\d+ (?:credite|monede|jetoane|tokenuri|token-uri)|credite (?:gratuite|gratis|bonus)|(?:cumpără|cumpărați) (?:credite|monede|jetoane|tokenuri)|pachet(?:e)? de credite|credite pe (?:generare|imagine)|(?:per|pe) generare`,
  subscription: {
    words: r`pe lună|lunar (?:de )?\d|(?:abonament|plan|plată) (?:lunar|lunară|săptămânal|săptămânală|anual|anuală)|pe săptămână|săptămânal|abonament\p{L}*|abonează-te|abonați-vă|(?:membru|abonament|cont|acces|pachet) (?:premium|vip)|anulezi oricând|anulare oricând`,
    loose: r`(?:lei|ron|€|\$) ?/ ?(?:lună|săpt)\.?|/ ?lună`,
  },
  checkout: r`(?:plătește|plătiți|plată|plata) (?:cu|prin|în) (?:card\p{L}*|crypto|cripto\p{L}*|criptomonede|bitcoin|usdt|paypal|revolut)|(?:cumpără|cumpărați) acum|reîncarcă (?:contul|creditul|soldul)|reîncărcare (?:cont|credit|sold)\p{L}*|acceptăm (?:cripto\p{L}*|crypto|bitcoin|carduri|plata cu cardul)|plată securizată`,
  'app-install': r`descărc\p{L}* (?:\p{L}+ )?(?:aplicați\p{L}*|app-ul|apk\p{L}*)|instal\p{L}* (?:\p{L}+ )?(?:aplicați\p{L}*|apk\p{L}*)|adaug\p{L}* (?:pe|la) ecranul (?:de )?(?:pornire|start|principal)|aplicația (?:pentru|de) (?:android|ios|iphone)`,
  'bot-product': r`botul (?:nostru|oficial|de telegram|telegram)|(?:pornește|porniți|deschide|deschideți|folosește|folosiți) botul|(?:trimite|trimiteți)\p{L}* (?:o |poza |fotografia |imaginea )?(?:poză |fotografie )?(?:la |către )?botul(?:ui)?|botul (?:pe|de pe) telegram`,
  order: r`(?:plasează|plasați|fă|faceți|trimite|trimiteți) (?:o )?comand(?:ă|a)\p{L}*|comandă (?:acum|aici|personalizată)|comandați acum|la comandă|comenzi personalizate|(?:videoclipuri|editări|poze|imagini) personalizate|pe bază de comandă`,
  reporting: r`potrivit (?:unor |surselor|poliției|anchetei|datelor|publicației|raportului|experților|autorităților)\p{L}*|conform (?:surselor|poliției|anchetei|publicației|datelor|raportului)|a declarat|au declarat|a spus (?:pentru|că)|jurnalist\p{L}*|anchet(?:ă|a|ei|e|ele|elor)|investigați(?:a|e|ei|ile|ilor)|poliți(?:a|ei|st\p{L}*)|redacți(?:a|ei|e)|timp de citire|\d+ min(?:ute)? (?:de )?citire|publicat (?:pe|la|în) \d|\d+ comentarii|comentarii \(\d+\)`,
  harm: r`fără (?:consimțământ|acord|permisiune)(?:ul)?(?: (?:lor|ei|lui|persoanei))?|neconsensual\p{L}*|abuz\p{L}*|infracțiun\p{L}*|(?:răspundere|urmărire|plângere) penală|dosar penal|hărțui\p{L}*|șantaj\p{L}*|pornografie (?:infantilă|de răzbunare)|interzis\p{L}*|(?:este|e) (?:o )?(?:crimă|infracțiune)`,
  'victim-help': r`(?:linia|linie) (?:telefonică|de ajutor|de urgență|verde)|telverde|cere(?:ți)? (?:ajutor|sprijin)|obține(?:ți)? ajutor|raportează (?:abuzul|conținutul|imaginile|la poliție)|raportați (?:abuzul|conținutul|imaginile|la poliție)|semnalează|semnalați|consiliere|donează|donați|donații|donație|organizați(?:e|a) non-guvernamental\p{L}*|susține(?:ți)? (?:munca|activitatea) noastră|caritabil\p{L}*`,
  'legal-gov': r`ministerul|ministerului|ministr(?:ul|ului)|guvern(?:ul|ului|amental\p{L}*)|leg(?:ea|ii|e) (?:nr\.?|privind|\d)|legislați\p{L}*|articolul \d+|art\. ?\d+|instanț(?:a|ei|ele|elor)|tribunalul\p{L}*|curtea (?:de apel|constituțională|supremă)|parlamentul\p{L}*|autoritatea națională|anspdcp|ancom|codul penal|codului penal|ordonanț\p{L}*`,
  academic: r`rezumat|universit(?:ate|ăți|ății)\p{L}*|studi(?:u|ul|ului|i|ile|ilor)|cercetăr\p{L}*|cercetător\p{L}*|set(?:ul)? de date|științific\p{L}*|lucrare de (?:licență|doctorat|disertație)`,
  'photo-tool': r`(?:elimin|șterg)\p{L}* fundal(?:ul|ului)?|eliminarea fundalului|(?:restaur|recondițione)\p{L}* (?:poze|fotografii|imagini)\p{L}*|restaurare foto|(?:mărește|mărire|crește|creșterea) (?:a )?rezoluți\p{L}*|retuș\p{L}*|(?:poză|fotografie|poze) (?:de |pentru )?(?:pașaport|buletin|acte)|colore\p{L}* (?:poze|fotografii)\p{L}*`,
  'garment-care': r`(?:cute|cutele|ridurile|șifonăr\p{L}*|scame|scamele|pete|petele|firele de păr|praful|scămoșăr\p{L}*) (?:de pe|din|de la) (?:haine|hainele|îmbrăcăminte|îmbrăcămintea|tricouri|rochii|textile|materiale|țesături)|manechin (?:invizibil|fantomă)|(?:elimin|șterg|ascun)\p{L}* manechin\p{L}*|(?:fotografi|poze|imagini)\p{L}* (?:de |cu |ale )?produs(?:e|ul|elor)?|(?:schimb|înlocui)\p{L}* (?:hainele|ținut\p{L}*|outfit\p{L}*) (?:pe |ale )?(?:modelului|modelelor|manechinului|model)\p{L}*|model(?:e)? (?:virtuale?|digitale?)`,
  sfw: r`meme(?:uri|urile)|zi(?:ua)? de naștere|aniversar\p{L}*|amuzant\p{L}*|haios\p{L}*|distractiv\p{L}*|pentru toată familia|potrivit pentru copii|sigur pentru copii`,
  'safety-tool': r`(?:detect|bloc|filtr|identific|recunoa|combat)\p{L}* (?:\p{L}+ ){0,2}(?:nuditat\p{L}*|nud\p{L}*|deepfake\p{L}*|conținut\p{L}* explicit\p{L}*|pornografi\p{L}*)|moderare(?:a)? conținutului|nsfw (?:detecție|detector)`,
  'review-subject': r`recenzii|recenziile|recenzia completă|păreri|opinii|(?:este|e) (?:\p{L}+ )?(?:sigur|legal|legit|de încredere|o țeapă|o escrocherie)\?|site-uri (?:similare|ca)|aplicații similare|cod(?:ul)? (?:promoțional|de reducere|promo)`,
  promotion: r`link(?:uri)?(?:le)? (?:de )?afiliat\p{L}*|afiliere|(?:primim|câștigăm) (?:un |o )?comision|comision(?:ul)? (?:de afiliere|pentru)|sponsorizat\p{L}*|clasament\p{L}*|comparați(?:e|a|ia|ile)|avantaje și dezavantaje|pro și contra|cele mai bune \d+`,
});

// ---- Ukrainian ----
const UK = lang('uk', {
  'nudify-claim': r`роздяг(?:ни|ну|ніть|нути|нуті|ає|ати|ання|нен)\p{L}*|(?:видал|прибер|прибир|прибра|знім|зняти|зн[иі]ма|стер|зітр)\p{L}* (?:весь |увесь |її |його |їхній |їх )?одяг(?! (?:з|із|зі) (?:ваш\p{L}* |наш\p{L}* )?(?:модел|манекен|товар|каталог)\p{L}*)|(?:видалення|зняття|прибирання) одягу(?! (?:з|із|зі) (?:ваш\p{L}* |наш\p{L}* )?(?:модел|манекен|товар|каталог)\p{L}*)|(?:гол|оголен)\p{L}* версі\p{L}*|(?:створ|згенеру|зроб)\p{L}* (?:\p{L}+ )?(?:голі|оголені) (?:фото|світлин\p{L}*|зображенн\p{L}*)|без одягу|(?:бачити|бачиш|побачити|побач) (?:крізь|під) одяг\p{L}*|рентген\p{L}* (?:режим|фільтр|зір)|нюдс\p{L}* (?:генератор|з фото)`,
  faceswap: r`замін\p{L}* обличч\p{L}*|обмін обличчями|підмін\p{L}* обличч\p{L}*|змін\p{L}* обличчя (?:на|у|в) (?:відео|фото)\p{L}*|діпфейк\p{L}*|встав\p{L}* (?:будь-яке |своє |її |його )?обличчя (?:у|в|на) (?:будь-яке )?(?:відео|фото)\p{L}*`,
  adult: r`(?:контент |шаблон\p{L}* |відео |режим )?для дорослих|18\+ ?(?:відео|шаблон\p{L}*|контент|режим)|nsfw[- ]?режим\p{L}*|режим nsfw|без цензури|нецензурн\p{L}*|(?:відверт|пікантн)\p{L}* (?:контент|режим|відео)`,
  upload: r`завантаж(?:те|іть|ити|уйте|и)? (?:\p{L}+ )?(?:фото\p{L}*|світлин\p{L}*|зображенн\p{L}*|знімок|селфі)|(?:обер|вибер)(?:іть|и) (?:\p{L}+ )?(?:фото\p{L}*|світлин\p{L}*|зображенн\p{L}*)|надішл(?:іть|и) (?:нам )?(?:\p{L}+ )?(?:фото\p{L}*|селфі|світлин\p{L}*|зображенн\p{L}*)`,
  credits: r`\d+ (?:кредитів|монет|токенів|жетонів)|кредит(?:и|ів) (?:безкоштовно|у подарунок)|безкоштовн\p{L}* кредит\p{L}*|(?:купіть|купити) (?:кредити|монети|токени)|пакет\p{L}* кредит\p{L}*|за генераці\p{L}*`,
  subscription: {
    words: r`на місяць|щомісяця|щомісячн\p{L}*|на тиждень|щотижн\p{L}*|підписк\p{L}*|передплат\p{L}*|(?:преміум|premium|vip|віп)[- ](?:підписк\p{L}*|акаунт\p{L}*|доступ\p{L}*|план\p{L}*|членств\p{L}*|статус\p{L}*)|(?:місячн|тижнев|річн)\p{L}* (?:план|тариф|підписк)\p{L}*|скасувати (?:підписку )?будь-коли`,
    loose: r`(?:грн|₴|€|\$) ?/ ?(?:міс(?:яць)?|тиж)\.?|/ ?міс(?:яць)?\.?`,
  },
  checkout: r`(?:оплат|сплат|заплат)\p{L}* (?:карт(?:кою|ою)|біткоїн\p{L}*|через (?:paypal|apple pay|google pay|monobank))|купи(?:ти|те)? (?:зараз|негайно)|купуй(?:те)? зараз|поповн\p{L}* (?:баланс\p{L}*|рахун\p{L}*)|приймаємо (?:криптовалют\p{L}*|bitcoin|біткоїн\p{L}*|картки|оплату карткою)|безпечн\p{L}* оплат\p{L}*`,
  'app-install': r`(?:завантаж|скачай|скача|скачу)\p{L}* (?:наш\p{L}* |безкоштовн\p{L}* |мобільн\p{L}* |офіційн\p{L}* )?(?:додаток|застосунок|програм\p{L}*|apk)|(?:встанов|інсталю)\p{L}* (?:наш\p{L}* |мобільн\p{L}* )?(?:додаток|застосунок|apk)|додай(?:те)? на (?:головний )?екран|(?:додаток|застосунок) для (?:android|ios|iphone|андроїд)`,
  'bot-product': r`нашого бота|нашому боту|нашим ботом|(?:офіційн\p{L}*|наш) (?:telegram|телеграм)[- ]бот\p{L}*|запуст(?:іть|и|ити) (?:нашого )?бота|надішл\p{L}* (?:\p{L}+ )?(?:фото\p{L}*|світлин\p{L}*|зображенн\p{L}*|селфі) (?:нашому )?бот(?:у|ові)|бот у телеграм\p{L}*`,
  order: r`(?:оформ|зроб)\p{L}* замовлення|замов(?:ити|те|ляйте|ляй)(?: (?:зараз|тут))?|на замовлення|під замовлення|індивідуальн\p{L}* (?:замовлен|відео|обробк)\p{L}*`,
  reporting: r`за даними|за словами|як повідомля\p{L}*|(?:повідомив|повідомила|повідомили|заявив|заявила|розповів|розповіла) (?:\p{L}+ )?(?:журналіст|виданн|редакці|поліці)\p{L}*|журналіст\p{L}*|розслідуванн\p{L}*|кореспондент\p{L}*|редакці\p{L}*|поліці\p{L}*|кіберполіці\p{L}*|час читання|\d+ хв(?:илин)?\.? читання|опубліковано|\d+ коментар\p{L}*|коментар\p{L}* \(\d+\)`,
  harm: r`без (?:їхньої |її |його |вашої )?згоди|без дозволу|нелегальн\p{L}*|протиправн\p{L}*|злочин\p{L}*|кримінальн\p{L}*|сексуальн\p{L}* (?:насильств|насилл|експлуатац|домаганн)\p{L}*|зловжив\p{L}*|домаганн\p{L}*|шантаж\p{L}*|дитяч\p{L}* порнограф\p{L}*|порнограф\p{L}* помсти|заборон\p{L}*`,
  'victim-help': r`постраждал\p{L}*|потерпіл\p{L}*|гаряч\p{L}* лін\p{L}*|лінія (?:допомоги|підтримки)|телефон довіри|зверн\p{L}* (?:по допомогу|до поліції|до кіберполіції)|отрима\p{L}* допомогу|повідом\p{L}* (?:про|в|до) (?:поліці|кіберполіці)\p{L}*|поскаржи\p{L}*|психологічн\p{L}* допомог\p{L}*|пожертву\p{L}*|пожертви|задонат\p{L}*|благодійн\p{L}*|громадськ\p{L}* організаці\p{L}*|підтрима\p{L}* (?:нашу роботу|нас)`,
  'legal-gov': r`міністерств\p{L}*|уряд(?:у|ом|ов\p{L}*)?|стат(?:тя|ті|тею) \d+|ст\. ?\d+|суд(?:у|ом|и|ів|ов\p{L}*)?|верховн\p{L}* рад\p{L}*|кримінальн\p{L}* кодекс\p{L}*|постанов(?:а|и|у) (?:кабміну|№|верховної)|кабмін\p{L}*|нацполіці\p{L}*`,
  academic: r`анотаці\p{L}*|університет\p{L}*|дослідженн\p{L}*|дослідник\p{L}*|набір даних|датасет\p{L}*|методологі\p{L}*|науков\p{L}*|дисертаці\p{L}*`,
  'photo-tool': r`(?:видал|прибер|прибра)\p{L}* фон\p{L}*|видалення фону|(?:реставраці|відновленн)\p{L}* (?:старих )?(?:фото|світлин)\p{L}*|віднов\p{L}* (?:старі )?(?:фото|світлини)|покращ\p{L}* якість (?:фото|зображенн)\p{L}*|збільш\p{L}* роздільн\p{L}* здатн\p{L}*|апскейл\p{L}*|ретушування|ретушувати|фото на (?:паспорт|документи)|колоризаці\p{L}*|розфарбу\p{L}* (?:старі )?(?:фото|світлини)`,
  'garment-care': r`(?:складк|зморшк|катишк|ворсинк|плям|пил|волоск|залом)\p{L}* (?:з|із|зі|на) (?:одяг\p{L}*|тканин\p{L}*|футболк\p{L}*|сукн\p{L}*|сорочк\p{L}*|речей)|(?:фото|зображенн|світлин)\p{L}* (?:товар\p{L}*|для каталог\p{L}*|для маркетплейс\p{L}*|для інтернет-магазин\p{L}*)|товарн\p{L}* (?:фото|зйомк)\p{L}*|предметн\p{L}* зйомк\p{L}*|змін\p{L}* (?:одяг\p{L}*|образ\p{L}*|вбранн\p{L}*) (?:на|у|в) модел\p{L}*|(?:ші|віртуальн\p{L}*)[- ]модел\p{L}*`,
  sfw: r`день народження|днем народження|привітанн\p{L}*|листівк\p{L}*|смішн\p{L}*|кумедн\p{L}*|для всієї (?:родини|сім.ї)|сімейн\p{L}* (?:відео|контент|розваг)\p{L}*|для дітей|безпечн\p{L}* для дітей`,
  'safety-tool': r`(?:виявлен|виявля|розпізна|блоку|фільтр|детекці)\p{L}* (?:\p{L}+ ){0,2}(?:оголен\p{L}*|наготи|діпфейк\p{L}*|deepfake\p{L}*|відверт\p{L}*|порнограф\p{L}*)|модераці\p{L}* (?:контент\p{L}*|вмісту)|nsfw[- ]детектор\p{L}*`,
  'review-subject': r`огляд(?:и|у)?|відгук\p{L}*|чи (?:безпечн|легальн|законн|надійн)\p{L}*|(?:це|чи це) шахрайство|альтернатив(?:а|и) (?:для|до)|схож\p{L}* (?:сайт|сервіс|додат|застосунк)\p{L}*|код (?:знижки|на знижку)|купон\p{L}* на знижку`,
  promotion: r`партнерськ\p{L}* посиланн\p{L}*|афіліат\p{L}*|(?:отримуємо|заробляємо) (?:комісію|винагороду)|спонсорськ\p{L}*|спонсорован\p{L}*|на правах реклами|рейтинг\p{L}*|порівнянн\p{L}*|плюси (?:і|та) мінуси|переваги (?:і|та) недоліки|найкращ\p{L}* \d+|топ[- ]\d+`,
});

// ---- Bulgarian ----
const BG = lang('bg', {
  'nudify-claim': r`съблич(?:а|ане|ай|ат|ам)\p{L}*|съблеч(?:и|ете|ен|ена|ени)\p{L}*|(?:премахн|премахв|изтри|изтрив|махн|махай|свал|смъкн)\p{L}* (?:всички |нейните |неговите |техните )?(?:дрехи(?:те)?|облекло(?:то)?)(?! (?:от|на) (?:вашите |нашите )?(?:модел|манекен|продукт)\p{L}*)|(?:премахване|сваляне|изтриване) на (?:дрехите|облеклото)(?! (?:от|на) (?:вашите |нашите )?(?:модел|манекен|продукт)\p{L}*)|(?:гол|разголен)\p{L}* верси\p{L}*|(?:създа|генерир|направ)\p{L}* (?:\p{L}+ )?(?:голи|разголени) (?:снимк|фото|изображени)\p{L}*|без дрехи|(?:виж|вижте|да видиш|вижда)\p{L}* (?:през|под) дрехите|рентгенов\p{L}* (?:режим|филтър|зрение)`,
  faceswap: r`(?:смяна|размяна|замяна) на лиц(?:е|а|ата|ето)|смени\p{L}* (?:\p{L}+ )?лиц(?:е|ето|а)|дийпфейк\p{L}*|(?:сложи|постави|добави)\p{L}* (?:всяко |свое |своето |твоето )?лице(?:то)? (?:в|на) (?:всяко |всеки )?(?:видео|клип)\p{L}*`,
  adult: r`(?:съдържание |шаблони |видеа |видео |режим )?за възрастни|18\+ ?(?:видеа|видео|шаблони|съдържание|режим)|nsfw режим|режим nsfw|без цензура|нецензуриран\p{L}*|пикантн\p{L}* (?:съдържание|режим|видеа)`,
  upload: r`кач(?:ете|и|ване|вай) (?:\p{L}+ )?(?:снимк\p{L}*|изображени\p{L}*|фото\p{L}*|селфи)|избер(?:ете|и) (?:\p{L}+ )?(?:снимк\p{L}*|изображени\p{L}*)|изпрат(?:ете|и) (?:ни )?(?:\p{L}+ )?(?:снимк\p{L}*|селфи|изображени\p{L}*)`,
  credits: r`\d+ (?:кредита|монети|жетона|токена)|безплатн\p{L}* кредит\p{L}*|кредит(?:и|а) (?:безплатно|подарък)|(?:купи|купете|закупете) (?:кредит|монет|жетон|токен)\p{L}*|пакет\p{L}* (?:с |от )?кредит\p{L}*|на генериране`,
  subscription: {
    words: r`на месец|месечно|месечн\p{L}* (?:план|абонамент|такса)|на седмица|седмично|абонамент\p{L}*|(?:премиум|premium|vip|вип) (?:абонамент|акаунт|достъп|план|членство|статус)|отказ(?:ване)? по всяко време`,
    loose: r`(?:лв\.?|€|\$) ?/ ?(?:мес(?:ец)?|седм)\.?|/ ?мес(?:ец)?\.?`,
  },
  checkout: r`(?:плат|плащ)\p{L}* (?:с карта|с криптовалут\p{L}*|с крипто|с биткойн|с bitcoin|с usdt|чрез paypal|чрез revolut)|(?:купи|купете) сега|(?:зареди|заредете|презареди|презаредете) (?:баланс\p{L}*|сметка\p{L}*|кредит\p{L}*)|приемаме (?:криптовалут\p{L}*|биткойн|bitcoin|карти|плащания с карта)|сигурно плащане`,
  'app-install': r`(?:изтегл|свал)(?:ете|и|яне)\p{L}* (?:нашето |безплатното |мобилното )?(?:приложение(?:то)?|apk)|инсталир\p{L}* (?:нашето )?(?:приложение(?:то)?|apk)|добав\p{L}* (?:към|на) началния екран|приложение(?:то)? за (?:android|ios|iphone|андроид)`,
  'bot-product': r`нашия(?:т)? (?:telegram |телеграм )?бот|стартир(?:ай|айте)\p{L}* (?:нашия )?бот\p{L}*|изпрат\p{L}* (?:\p{L}+ )?(?:снимк\p{L}*|изображени\p{L}*|селфи) (?:на )?бот(?:а|ът)?|бот(?:а|ът)? (?:в|за) телеграм\p{L}*`,
  order: r`направ\p{L}* поръчк\p{L}*|поръчай(?:те)? (?:сега|тук|още днес)|по поръчка|персонализиран\p{L}* (?:поръчк|видео|редакци)\p{L}*|индивидуалн\p{L}* поръчк\p{L}*`,
  reporting: r`според (?:данни|източници|полиция\p{L}*|разследване\p{L}*|експерти|медии|доклад\p{L}*)|(?:съобщи|съобщиха|заяви|заявиха|каза|казаха) (?:пред|от)|разследван\p{L}*|редакцията|мвр|гдбоп|време за четене|\d+ мин(?:ути)?\.? (?:за )?четене|публикуван\p{L}* (?:на )?\d|\d+ коментар\p{L}*|коментари \(\d+\)`,
  harm: r`без (?:тяхното |нейното |неговото |вашето )?(?:съгласие|разрешение)|нелегалн\p{L}*|престъплени\p{L}*|престъпн\p{L}*|наказуем\p{L}*|сексуалн\p{L}* (?:насилие|експлоатация|посегателство|тормоз)|тормоз\p{L}*|изнудван\p{L}*|детск\p{L}* порнограф\p{L}*|порнограф\p{L}* за отмъщение|забран\p{L}*`,
  'victim-help': r`пострадал\p{L}*|гореща линия|(?:телефон|линия) за (?:помощ|подкрепа)|национална телефонна линия|потърс\p{L}* помощ|получ\p{L}* помощ|сигнализирай(?:те)?|подай(?:те)? сигнал|консултаци\p{L}* (?:с|за) (?:психолог|жертви)\p{L}*|дар(?:ете|и) (?:сега|за)|дарени\p{L}*|благотворител\p{L}*|фондаци\p{L}*|подкрепет\p{L}* (?:нашата|ни)`,
  'legal-gov': r`правителств\p{L}*|министър\p{L}*|чл\. ?\d+|член \d+|съд(?:а|ът|ии|ия|ебн\p{L}*|илищ\p{L}*)?|народно(?:то)? събрание|наказателни(?:я)? кодекс|кзлд|комисия за защита на личните данни|наредба\p{L}*`,
  academic: r`изследван\p{L}*|проучван\p{L}*|набор от данни|научна статия|научни изследвания|дисертаци\p{L}*`,
  'photo-tool': r`премахн\p{L}* (?:на )?фон\p{L}*|премахване на фона|изтрий(?:те)? фона|(?:реставрация|възстановяване) на (?:стари )?снимки|увелич\p{L}* (?:на )?резолюци\p{L}*|подобр\p{L}* (?:на )?качеството на снимк\p{L}*|ретуширане|ретуширай(?:те)?|снимк\p{L}* за (?:паспорт|документи|лична карта)|оцвет\p{L}* (?:стари )?снимки`,
  'garment-care': r`(?:гънк|бръчк|мъхчет|топчет|петн|прах|косъмчет|намачкан)\p{L}* (?:от|по|на) (?:дрехи\p{L}*|облекл\p{L}*|тъкан\p{L}*|плат\p{L}*|тениск\p{L}*|рокл\p{L}*|риз\p{L}*)|продуктов\p{L}* снимк\p{L}*|снимк\p{L}* на (?:продукт|стоки|артикул)\p{L}*|снимк\p{L}* за (?:каталог|онлайн магазин)\p{L}*|смян\p{L}* на (?:дрехи\p{L}*|облекл\p{L}*|тоалет\p{L}*) (?:на|върху) модел\p{L}*|(?:ии|виртуалн\p{L}*) модел\p{L}*`,
  sfw: r`рожден(?:ия|ият)? ден|забавн(?:о|и|а|ите)|хумористичн\p{L}*|за цялото семейство|подходящ\p{L}* за деца|семейн\p{L}* (?:забавлени|съдържани|филм)\p{L}*`,
  'safety-tool': r`(?:откриван|разпознаван|блокиран|филтрир|детекци|засичан|откри)\p{L}* (?:\p{L}+ ){0,2}(?:голот\p{L}*|дийпфейк\p{L}*|дипфейк\p{L}*|deepfake\p{L}*|експлицитн\p{L}*|порнограф\p{L}*)|модериране на съдържани\p{L}*|модерация на съдържани\p{L}*|nsfw детектор`,
  'review-subject': r`ревю(?:то)?|отзив(?:и|ите)|мнения (?:за|от)|(?:безопасн|легитим|легал|законн|надежд)\p{L}* ли е|измама ли е|алтернатив(?:а|и) на|подобни (?:сайтове|приложения|инструменти|услуги)|промо код\p{L}*|код за отстъпка|купон за отстъпка`,
  promotion: r`афилиат\p{L}*|партньорск\p{L}* (?:връзк|линк)\p{L}*|(?:получаваме|печелим) (?:комисион\p{L}*|възнаграждени\p{L}*)|спонсориран\p{L}*|платена публикация|класаци\p{L}*|плюсове и минуси|предимства и недостатъци|най-добрите \d+|топ \d+`,
});

// ---- Croatian (č/ć/š/ž/đ also plain, đ also "dj", through latin()) ----
const HR = lang('hr', {
  'nudify-claim': r`svlačenj\p{L}*|svlači(?:ti|te|mo|m|š)?|svlačeć\p{L}*|svuć(?:i|en\p{L}*)|svučen\p{L}*|(?:ukloni|uklonite|ukloniti|uklanja|skini|skinite|skinuti|skida|izbriši|izbrišite|obriši|obrišite|makni|maknite) (?:svu |njezinu |njegovu |njihovu |cijelu )?odjeću(?! (?:s|sa|iz) (?:vaših |naših )?(?:model|lutk|proizvod|katalog)\p{L}*)|(?:uklanjanje|skidanje|brisanje) (?:sve )?odjeće(?! (?:s|sa|iz) (?:vaših |naših )?(?:model|lutk|proizvod|katalog)\p{L}*)|(?:golu|gola|nagu|naga) verzij\p{L}*|(?:napravi|izradi|generiraj|stvori)\p{L}* (?:\p{L}+ )?(?:gole|nage) (?:fotografij|slik|fotk)\p{L}*|bez odjeće|(?:vidi|vidite|vidjeti|pogledaj)\p{L}* (?:kroz|ispod) odjeć\p{L}*|rendgensk\p{L}* (?:način|filtar|vid)\p{L}*`,
  faceswap: r`zamjen\p{L}* lic(?:a|e|em|ima)|zamijen\p{L}* (?:\p{L}+ )?lic(?:e|a)|izmjen\p{L}* lic(?:a|e)|(?:stavi|stavite|ubaci|ubacite) (?:bilo koje |svoje |njezino |njegovo )?lice (?:u|na) (?:bilo koji |bilo koju )?(?:video|snimk|fotografij)\p{L}*|deepfake (?:videozapis|aplikacij|generator)\p{L}*`,
  adult: r`(?:sadržaj |predlošci |videa |način )?za odrasle|18\+ ?(?:videa|videozapisi|predlošci|sadržaj|način)|nsfw (?:način|sadržaj)|bez cenzure|necenzurira\p{L}*|pikantn\p{L}* (?:sadržaj|način|videa)|začinjen\p{L}* sadržaj`,
  upload: r`(?:učitaj|učitajte|prenesi|prenesite|postavi|postavite|dodaj|dodajte) (?:\p{L}+ )?(?:fotografij\p{L}*|sliku|slike|fotku|selfie)|odaberi(?:te)? (?:\p{L}+ )?(?:fotografij\p{L}*|sliku|fotku)|pošalji(?:te)? (?:nam )?(?:\p{L}+ )?(?:fotografij\p{L}*|sliku|fotku|selfie)`,
  credits: r`\d+ (?:kredita|novčića|tokena|žetona)|krediti (?:besplatno|gratis)|besplatn\p{L}* kredit\p{L}*|kupi(?:te)? (?:kredit|token|novčić)\p{L}*|paket\p{L}* kredit\p{L}*|po generiranju`,
  subscription: {
    words: r`mjesečno|na mjesec|tjedno|na tjedan|pretplat\p{L}*|(?:mjesečn|tjedn|godišnj)\p{L}* (?:plan|paket|pretplat\p{L}*|članarin\p{L}*)|(?:premium|vip) (?:članstv\p{L}*|račun|paket|pristup|status)|otkaži(?:te)? bilo kada`,
    loose: r`(?:kn|€|eur|\$) ?/ ?mj(?:esec)?\.?|/ ?mj(?:esec)?\.?`,
  },
  checkout: r`plat(?:i|ite|iti|a) (?:karticom|kriptovalut\p{L}*|kriptom|bitcoinom|putem paypala|preko paypala)|plaćanje (?:karticom|kriptovalut\p{L}*|bitcoinom)|kupi(?:te)? (?:odmah|sada)|nadopun\p{L}* (?:račun\p{L}*|kredit\p{L}*|bon\p{L}*)|prihvaćamo (?:kriptovalut\p{L}*|bitcoin|kartice)|sigurno plaćanje`,
  'app-install': r`preuzmi(?:te)? (?:našu |besplatnu |mobilnu )?(?:aplikacij\p{L}*|apk)|preuzimanje aplikacij\p{L}*|instalir(?:aj|ajte|ati) (?:našu )?(?:aplikacij\p{L}*|apk)|dodaj(?:te)? na (?:početni )?zaslon|aplikacij\p{L}* za (?:android|ios|iphone)`,
  'bot-product': r`naš (?:telegram )?bot|našeg bota|našem botu|pokreni(?:te)? (?:našeg )?bota|pošalji(?:te)? (?:\p{L}+ )?(?:fotografij\p{L}*|sliku|fotku|selfie) (?:našem )?botu|bot (?:na|u) telegramu`,
  order: r`(?:naruči|naručite|naručiti) (?:odmah|sada|ovdje)|(?:napravi|napravite|pošalji|pošaljite) narudžb\p{L}*|po narudžbi|(?:prilagođen|individualn)\p{L}* (?:narudžb|video|obrad)\p{L}*|izrada po mjeri|(?:videa?|slike|sadržaj) po mjeri`,
  reporting: r`prema (?:podacima|izvorima|navodima|policiji|istrazi|pisanju|riječima|informacijama)|(?:rekao|rekla|izjavio|izjavila|kazao|kazala) je|novinar\p{L}*|istrag\p{L}*|redakcij(?:a|e|i|u|om)|policij(?:a|e|i|u|om)|vrijeme čitanja|\d+ min(?:uta)?\.? čitanja|objavljeno:? \d|\d+ komentara|komentari \(\d+\)`,
  harm: r`bez (?:njezina |njegova |njihova |njezinog |njegovog |njihovog )?(?:pristanka|dopuštenja|suglasnosti|znanja)|nezakonit\p{L}*|protuzakonit\p{L}*|kazneno djelo|kaznen\p{L}* (?:djel|prijav|progon)\p{L}*|zlouporab\p{L}*|zlostavljan\p{L}*|seksualn\p{L}* (?:nasilj|iskorištavanj|zlostavljanj|uznemiravanj)\p{L}*|uznemiravan\p{L}*|ucjen\p{L}*|dječj\p{L}* pornografij\p{L}*|osvetničk\p{L}* pornografij\p{L}*|zabranjen\p{L}*`,
  'victim-help': r`žrtv\p{L}*|linij\p{L}* za pomoć|sos telefon|savjetovališt\p{L}*|(?:zatraži|potraži)(?:te)? pomoć|prijavi(?:te)? (?:to|sadržaj|zlouporab\p{L}*|policiji|nasilje)|prijava (?:policiji|nasilja|zlouporabe)|doniraj(?:te)?|donacij\p{L}*|udrug(?:a|e|u|om)|humanitarn\p{L}*|podržite (?:naš rad|nas)`,
  'legal-gov': r`ministarstv\p{L}*|vlad(?:a|e|i|om)|zakon(?:a|u|om|i|ima|sk\p{L}*|odav\p{L}*)?|član(?:ak|ka|kom) \d+|čl\. ?\d+|suda|sudu|sudovi|sudsk\p{L}*|(?:ustavni|vrhovni|županijski|općinski) sud|sabor(?:a|u|om)|saborsk\p{L}*|kazneni zakon\p{L}*|azop|hakom|pravilnik\p{L}*|uredb\p{L}*`,
  academic: r`sažetak|apstrakt|sveučilišt\p{L}*|fakultet\p{L}*|istraživanj\p{L}*|studij(?:a|e|i|u)|skup podataka|metodologij(?:a|e|i|u|om)|znanstven\p{L}*|doktorsk\p{L}* rad\p{L}*`,
  'photo-tool': r`(?:ukloni|uklonite|ukloniti|uklanjanje|izbriši)\p{L}* pozadin\p{L}*|(?:restaur|obnov)\p{L}* (?:starih |stare )?(?:fotografij|slik)\p{L}*|povećaj(?:te)? rezoluciju|povećanje rezolucije|poboljšaj(?:te)? kvalitetu (?:fotografij|slik)\p{L}*|retušira\p{L}*|retuš(?:a|e|i|u)|(?:fotografij|slik)\p{L}* za (?:putovnicu|osobnu|dokumente)|kolorizacij\p{L}*`,
  'garment-care': r`(?:nabor|bor(?:e|a|ama)|gužv|zgužvan|dlačic|mrlj|prašin|vlakn|flek)\p{L}* (?:s|sa|na|iz) (?:odjeće|odjeći|tkanin\p{L}*|majic\p{L}*|haljin\p{L}*|košulj\p{L}*|tekstil\p{L}*)|nevidljiv\p{L}* (?:lutk|manekenk)\p{L}*|(?:ukloni|sakrij)\p{L}* (?:lutk|manekenk|vješalic)\p{L}*|(?:fotografij|slik)\p{L}* proizvod\p{L}*|produktn\p{L}* fotografij\p{L}*|(?:promijen|zamijen|promjen)\p{L}* (?:odjeć|outfit|odjevn)\p{L}* (?:na|za) (?:vaš\p{L}* )?(?:model|lutk|manekenk)\p{L}*|virtualn\p{L}* (?:model|manekenk)\p{L}*`,
  sfw: r`mem(?:ovi|ova|ove)|rođendan\p{L}*|smiješn\p{L}*|zabavn\p{L}*|duhovit\p{L}*|za cijelu obitelj|prikladn\p{L}* za djecu|obiteljsk\p{L}* (?:zabav|sadržaj|film)\p{L}*`,
  'safety-tool': r`(?:otkrivanj|otkriva|detekcij|detektir|prepoznavanj|prepozna|blokir|filtrir)\p{L}* (?:\p{L}+ ){0,2}(?:golotinj\p{L}*|nagost\p{L}*|deepfake\p{L}*|eksplicitn\p{L}*|pornograf\p{L}*)|moder(?:iranj|acij)\p{L}* sadržaj\p{L}*|nsfw (?:detekcij\p{L}*|detektor)`,
  'review-subject': r`recenzij\p{L}*|je li (?:\p{L}+ )?(?:sigurn|legaln|legit|pouzdan|prevar)\p{L}*|slične (?:aplikacije|stranice|alate|usluge)|promo kod\p{L}*|kod za popust|kupon za popust|iskustva s`,
  promotion: r`partnersk\p{L}* poveznic\p{L}*|affiliate poveznic\p{L}*|(?:zarađujemo|dobivamo|primamo) provizij\p{L}*|provizij\p{L}* (?:od|ako|kada)|sponzoriran\p{L}*|plaćen\p{L}* (?:oglas|sadržaj|objav)\p{L}*|rang lista|ljestvic\p{L}*|usporedb\p{L}*|prednosti i nedostaci|prednosti i mane|najbolj(?:ih|e|i|a) \d+`,
});

// ---- Serbian, Latin and Cyrillic (Latin letters folded like Croatian; Cyrillic kept as written) ----
const SR = lang('sr', {
  'nudify-claim': r`свлачењ\p{L}*|свлачи(?:ти|те|мо)?|свуци|свучен\p{L}*|(?:ukloni|uklonite|ukloniti|uklanja|skini|skinite|skinuti|skida|izbriši|izbrišite|obriši|obrišite) (?:svu |njenu |njegovu |njihovu |celu )?odeću(?! (?:sa|s|iz) (?:vaših |naših )?(?:model|lutk|proizvod|katalog)\p{L}*)|(?:уклони|уклоните|уклонити|уклања|скини|скините|скинути|скида|избриши|избришите|обриши|обришите) (?:сву |њену |његову |њихову |целу )?одећу(?! (?:са|с|из) (?:ваших |наших )?(?:модел|лутк|производ|каталог)\p{L}*)|(?:uklanjanje|skidanje|brisanje) odeće(?! (?:sa|s|iz) (?:vaših |naših )?(?:model|lutk|proizvod|katalog)\p{L}*)|(?:уклањање|скидање|брисање) одеће(?! (?:са|с|из) (?:ваших |наших )?(?:модел|лутк|производ|каталог)\p{L}*)|generiš\p{L}* (?:\p{L}+ )?(?:gole|nage) (?:fotografij|slik)\p{L}*|(?:голу|гола|нагу|нага) верзиј\p{L}*|(?:направи|генериши|створи)\p{L}* (?:\p{L}+ )?(?:голе|наге) (?:фотографиј|слик)\p{L}*|bez odeće|без одеће|(?:vidi|vidite|videti)\p{L}* (?:kroz|ispod) odeć\p{L}*|(?:види|видите|видети)\p{L}* (?:кроз|испод) одећ\p{L}*|rendgensk\p{L}* (?:režim|filter|vid)\p{L}*|рендгенск\p{L}* (?:режим|филтер|вид)\p{L}*`,
  faceswap: r`zamen\p{L}* lic(?:a|e|em|ima)|замен\p{L}* лиц(?:е|ем|има)|zameni\p{L}* (?:\p{L}+ )?lice|замени\p{L}* (?:\p{L}+ )?лице|(?:stavi|stavite|ubaci|ubacite) (?:bilo koje |svoje )?lice (?:u|na) (?:bilo koji )?(?:video|snimak|fotografij)\p{L}*|(?:стави|ставите|убаци|убаците) (?:било које |своје )?лице (?:у|на) (?:било који )?(?:видео|снимак|фотографиј)\p{L}*|дипфејк\p{L}*|dipfejk\p{L}*`,
  adult: r`(?:садржај |шаблони |видео |режим )?за одрасле|18\+ ?(?:šabloni|режим|видео\p{L}*|шаблони|садржај)|nsfw (?:režim|режим|садржај)|без цензуре|necenzurisan\p{L}*|нецензурисан\p{L}*|pikantn\p{L}* režim|пикантн\p{L}* (?:садржај|режим)`,
  upload: r`(?:otpremi|otpremite) (?:\p{L}+ )?(?:fotografij\p{L}*|sliku|slike|fotku|selfi)|(?:отпреми|отпремите|учитај|учитајте|постави|поставите|додај|додајте) (?:\p{L}+ )?(?:фотографиј\p{L}*|слику|слике|селфи)|izaberi(?:te)? (?:\p{L}+ )?(?:fotografij\p{L}*|sliku)|изабери(?:те)? (?:\p{L}+ )?(?:фотографиј\p{L}*|слику)|пошаљи(?:те)? (?:нам )?(?:\p{L}+ )?(?:фотографиј\p{L}*|слику|селфи)`,
  credits: r`\d+ новчића|кредити бесплатно|бесплатн\p{L}* кредит\p{L}*|купи(?:те)? (?:кредите|токене)|пакет\p{L}* кредит\p{L}*|po generisanju|по генерисању`,
  subscription: {
    words: r`месечно|на месец|nedeljno|недељно|претплат\p{L}*|mesečn\p{L}* pretplat\p{L}*|(?:месечн|годишњ)\p{L}* (?:план|пакет|претплат\p{L}*)|(?:premium|vip) nalog|(?:премијум|вип) (?:чланств\p{L}*|налог|пакет|приступ|статус)`,
    loose: r`(?:din|дин|rsd|рсд)\.? ?/ ?(?:mes(?:ec)?|мес(?:ец)?)\.?`,
  },
  checkout: r`plat(?:i|ite|iti) bitkoin\p{L}*|плат(?:и|ите|ити) (?:картицом|криптовалут\p{L}*|криптом|биткоин\p{L}*)|plaćanje bitkoinom|плаћање (?:картицом|криптовалут\p{L}*|биткоином)|купи(?:те)? (?:одмах|сада)|dopun\p{L}* (?:račun\p{L}*|kredit\p{L}*|nalog\p{L}*)|допун\p{L}* (?:рачун\p{L}*|кредит\p{L}*|налог\p{L}*)|prihvatamo (?:kriptovalut\p{L}*|bitcoin|kartice)|прихватамо (?:криптовалут\p{L}*|картице)`,
  'app-install': r`преузми(?:те)? (?:нашу |бесплатну )?(?:апликациј\p{L}*|apk)|инсталир(?:ај|ајте|ати) (?:апликациј\p{L}*|apk)|додај(?:те)? на почетни екран|dodaj(?:te)? na početni ekran`,
  'bot-product': r`нашег бота|нашем боту|(?:наш|званични) телеграм бот|покрени(?:те)? бота|пошаљи(?:те)? (?:\p{L}+ )?(?:фотографиј\p{L}*|слику|селфи) (?:нашем )?боту|бот на телеграму`,
  order: r`(?:poruči|poručite) (?:odmah|sada|ovde)|(?:наручи|наручите|поручи|поручите) (?:одмах|сада|овде)|(?:napravi|napravite|pošalji|pošaljite) porudžbin\p{L}*|(?:направи|направите|пошаљи|пошаљите) (?:наруџбин|поруџбин)\p{L}*|po narudžbini|по наруџбини|(?:video|slike|sadržaj|izrada) po meri|(?:видео|слике|садржај|израда) по мери`,
  reporting: r`prema rečima|према (?:подацима|изворима|наводима|писању|речима|информацијама)|према полицији|(?:изјавио|изјавила|рекао|рекла) је|новинар\p{L}*|istraživačk\p{L}*|истраживачк\p{L}*|истраг\p{L}*|редакциј\p{L}*|vreme čitanja|време читања|објављено:? \d|\d+ коментар\p{L}*`,
  harm: r`bez (?:njenog |njegovog |njihovog )?dozvole|без (?:њеног |његовог |њиховог )?(?:пристанка|дозволе|знања)|незаконит\p{L}*|krivičn\p{L}*|кривичн\p{L}*|zloupotreb\p{L}*|злоупотреб\p{L}*|злостављањ\p{L}*|seksualn\p{L}* iskorišćavanj\p{L}*|сексуалн\p{L}* (?:насиљ|искоришћавањ|узнемиравањ)\p{L}*|узнемиравањ\p{L}*|ucen(?:a|e|i|u|om)|ucenjiva\p{L}*|уцен(?:а|е|и|у|ом)|уцењива\p{L}*|dečj\p{L}* pornografij\p{L}*|дечј\p{L}* порнографиј\p{L}*|осветничк\p{L}* порнографиј\p{L}*|забрањен\p{L}*`,
  'victim-help': r`линиј\p{L}* за помоћ|savetovališt\p{L}*|саветовалишт\p{L}*|(?:потражи|затражи)(?:те)? помоћ|пријави(?:те)? (?:то|садржај|злоупотреб\p{L}*|полицији|насиље)|донирај(?:те)?|донациј\p{L}*|udruženj\p{L}*|удружењ\p{L}*|хуманитарн\p{L}*|жртв(?:ама|ом) (?:насиља|злостављања)`,
  'legal-gov': r`министарств\p{L}*|влад(?:а|е|и|ом)|član \d+\.? (?:zakona|krivičnog zakonika|ustava)|члан \d+|чл\. ?\d+|(?:viši|osnovni|privredni|apelacioni) sud|(?:уставни|врховни|виши|основни|привредни) суд|суд(?:а|у|ск\p{L}*)|skupštin\p{L}*|скупштин\p{L}*|krivični zakonik|кривични законик|poverenik za informacije\p{L}*|повереник за информације\p{L}*|ratel|рател`,
  academic: r`апстракт|сажетак|univerzitet\p{L}*|универзитет\p{L}*|факултет\p{L}*|истраживањ\p{L}*|студиј(?:а|е|и|у)|скуп података|naučn\p{L}*`,
  'photo-tool': r`(?:уклони|уклоните|уклањање)\p{L}* позадин\p{L}*|рестаур\p{L}* (?:старих )?(?:фотографиј|слик)\p{L}*|повећај(?:те)? резолуцију|ретуширање|(?:fotografij|slik)\p{L}* za (?:pasoš|ličnu kartu|dokumenta)|(?:фотографиј|слик)\p{L}* за (?:пасош|личну карту|документа)|колориз\p{L}*`,
  'garment-care': r`(?:nabor|bor(?:e|a)|zgužvan|dlačic|mrlj|prašin|flek)\p{L}* (?:sa|s|na|iz) (?:odeće|odeći)|(?:набор|бор(?:е|а)|згужван|длачиц|мрљ|прашин|флек)\p{L}* (?:са|с|на|из) (?:одеће|одећи|тканин\p{L}*|мајиц\p{L}*|хаљин\p{L}*|кошуљ\p{L}*|текстил\p{L}*)|невидљив\p{L}* лутк\p{L}*|(?:фотографиј|слик)\p{L}* производ\p{L}*|(?:promen|zamen)\p{L}* (?:odeć|outfit)\p{L}* (?:na|za) model\p{L}*|(?:промен|замен)\p{L}* (?:одећ|аутфит)\p{L}* (?:на|за) модел\p{L}*|virtueln\p{L}* model\p{L}*|виртуелн\p{L}* модел\p{L}*`,
  sfw: r`рођендан\p{L}*|духовит\p{L}*|za celu porodicu|за целу породицу|pogodn\p{L}* za decu|(?:погодн|прикладн)\p{L}* за децу|porodičn\p{L}*|породичн\p{L}*|мемов\p{L}*`,
  'safety-tool': r`detektuj\p{L}* (?:\p{L}+ ){0,2}(?:golotinj|nagost|eksplicitn)\p{L}*|moderisanj\p{L}* sadržaj\p{L}*|(?:откривањ|детекциј|препознавањ|блокир|филтрир|детектуј)\p{L}* (?:\p{L}+ ){0,2}(?:голотињ|нагост|дипфејк|експлицитн|порнограф)\p{L}*|модерациј\p{L}* садржај\p{L}*|nsfw детектор`,
  'review-subject': r`рецензиј\p{L}*|utisci|утисци|da li je (?:\p{L}+ )?(?:bezbedn|sigurn|legaln|pouzdan|prevar)\p{L}*|да ли је (?:\p{L}+ )?(?:безбедн|сигурн|легалн|поуздан|превар)\p{L}*|slični sajtovi|slične sajtove|сличн\p{L}* (?:апликације|сајтови|сајтове)|промо код\p{L}*|код за попуст|купон за попуст`,
  promotion: r`afilijat\p{L}*|афилијат\p{L}*|partnersk\p{L}* link\p{L}*|партнерск\p{L}* линк\p{L}*|(?:zarađujemo|dobijamo) provizij\p{L}*|(?:зарађујемо|добијамо) провизиј\p{L}*|sponzorisan\p{L}*|спонзорисан\p{L}*|ранг[- ]листа|poređenj\p{L}*|поређењ\p{L}*|предности и мане|најбољ\p{L}* \d+`,
});

// ---- Slovenian ----
const SL = lang('sl', {
  'nudify-claim': r`sleči|slecite|slecimo|slečen(?:a|e|i|o|ih|ega)?|slačenj\p{L}*|slači(?:lo|ti|mo|jo)\p{L}*|(?:odstrani|odstranite|odstraniti|odstranjuje|sleci|slecite|sname|snemite|sneti|izbriši|izbrišite|pobriši) (?:vsa |njena |njegova |njihova )?(?:oblačila|obleko|obleke)(?! (?:z|s|iz) (?:vaših |naših )?(?:model|lutk|izdelk|katalog)\p{L}*)|(?:odstranjevanje|odstranitev|snemanje) (?:vseh )?oblačil(?! (?:z|s|iz) (?:vaših |naših )?(?:model|lutk|izdelk|katalog)\p{L}*)|(?:golo|nago) različic\p{L}*|(?:ustvari|naredi)\p{L}* (?:\p{L}+ )?(?:gole|nage|golo|nago) (?:fotografij|slik)\p{L}*|brez oblačil|(?:vidi|vidite|videti|poglej)\p{L}* (?:skozi|pod) oblačil\p{L}*|rentgensk\p{L}* (?:način|filter|vid)\p{L}*`,
  faceswap: r`zamenjav\p{L}* obraz\p{L}*|zamenjaj\p{L}* (?:\p{L}+ )?obraz\p{L}*|menjav\p{L}* obraz\p{L}*|(?:postavi|vstavi|dodaj)(?:te)? (?:katerikoli |svoj |njen |njegov )?obraz (?:v|na) (?:katerikoli )?(?:video|posnet|fotografij)\p{L}*|deepfake (?:posnet|aplikacij|generator)\p{L}*`,
  adult: r`(?:vsebin\p{L}*|predlog\p{L}*|videi) za odrasle|18\+ ?(?:videi|videoposnetki|predloge|vsebina|vsebine)|nsfw vsebin\p{L}*|brez cenzure|pikantn\p{L}* vsebin\p{L}*`,
  upload: r`naloži(?:te)? (?:\p{L}+ )?(?:fotografij\p{L}*|slik\p{L}*|fotk\p{L}*|selfi\p{L}*)|izberi(?:te)? (?:\p{L}+ )?(?:fotografij\p{L}*|slik\p{L}*)|pošlji(?:te)? (?:nam )?(?:\p{L}+ )?(?:fotografij\p{L}*|slik\p{L}*|selfi\p{L}*)|nalaganje (?:fotografij|slik)\p{L}*`,
  credits: r`\d+ (?:kovancev|žetonov)|krediti? (?:brezplačno|zastonj)|brezplačn\p{L}* kredit\p{L}*|kupi(?:te)? (?:žeton|kovanc)\p{L}*|na generiranje`,
  subscription: {
    words: r`mesečno|na mesec|tedensko|na teden|naročnin\p{L}*|(?:mesečn|tedensk|letn)\p{L}* (?:paket|načrt|naročnin)\p{L}*|(?:premium|vip) (?:dostop|naročnin\p{L}*)|prekliči(?:te)? kadarkoli`,
    loose: r`(?:€|eur) ?/ ?mesec|/ ?mesec`,
  },
  checkout: r`plač(?:aj|ajte|ilo|ati) (?:s kartico|s kriptovalut\p{L}*|s kripto|z bitcoin\p{L}*|prek paypal\p{L}*|z usdt)|kupi(?:te)? (?:zdaj|takoj)|napolni(?:te)? (?:račun|dobroimetje|stanje)|polnjenje (?:računa|dobroimetja)|sprejemamo (?:kriptovalut\p{L}*|bitcoin|kartice)|varno plačilo`,
  'app-install': r`prenesi(?:te)? (?:našo |brezplačno |mobilno )?(?:aplikacij\p{L}*|apk)|prenos aplikacij\p{L}*|namesti(?:te)? (?:našo )?(?:aplikacij\p{L}*|apk)|dodaj(?:te)? na začetni zaslon`,
  'bot-product': r`našega bota|našemu botu|zaženi(?:te)? (?:našega )?bota|pošlji(?:te)? (?:\p{L}+ )?(?:fotografij\p{L}*|slik\p{L}*|selfi\p{L}*) (?:našemu )?botu|bot v telegramu`,
  order: r`oddaj(?:te)? naročil\p{L}*|naroči(?:te)? (?:zdaj|takoj)|po naročilu|(?:vsebin\p{L}*|izdelava|naročil\p{L}*) po meri`,
  reporting: r`po (?:podatkih|navedbah|poročanju|besedah|informacijah|mnenju strokovnjakov)|je (?:povedal|povedala|dejal|dejala|sporočil|sporočila)|novinark\p{L}*|preiskav\p{L}*|preiskovaln\p{L}*|poročeval\p{L}*|uredništv\p{L}*|čas branja|\d+ min(?:ut)?\.? branja|\d+ komentarj(?:ev|i)`,
  harm: r`brez (?:njene |njegove |njihove )?(?:privolitve|soglasja|dovoljenja|vednosti)|protizakonit\p{L}*|kazniv\p{L}*|zlorab\p{L}*|spoln\p{L}* (?:nasilj|zlorab|izkoriščanj|nadlegovanj)\p{L}*|nadlegovanj\p{L}*|izsiljevanj\p{L}*|otrošk\p{L}* pornografij\p{L}*|maščevaln\p{L}* pornografij\p{L}*|prepovedan\p{L}*`,
  'victim-help': r`žrtev|žrtvam|(?:linij|telefon)\p{L}* za pomoč|svetovaln\p{L}*|poišči(?:te)? pomoč|prijavi(?:te)? (?:vsebino|zlorabo|nasilje)|društv\p{L}*|dobrodeln\p{L}*|podprite (?:naše delo|nas)`,
  'legal-gov': r`ministrstv\p{L}*|zakonodaj\p{L}*|\d+\. člen\p{L}*|člen\p{L}* \d+|sodišč\p{L}*|sodn\p{L}*|državn\p{L}* zbor\p{L}*|kazensk\p{L}* zakonik\p{L}*|informacijsk\p{L}* pooblaščen\p{L}*|akos`,
  academic: r`povzetek|izvleček|univerz(?:a|e|i|o)|raziskav\p{L}*|študij(?:a|e|i|o)|nabor podatkov|podatkovn\p{L}* zbirk\p{L}*|doktorsk\p{L}* disertacij\p{L}*`,
  'photo-tool': r`odstrani\p{L}* ozadj\p{L}*|odstranjevanje ozadja|restavr\p{L}* (?:starih |stare )?(?:fotografij|slik)\p{L}*|povečaj(?:te)? ločljivost|povečanje ločljivosti|fotografij\p{L}* za (?:potni list|osebno izkaznico)`,
  'garment-care': r`(?:gub|zmečkan|muck|madež|prah|dlak|vlaken)\p{L}* (?:z|s|na|iz) (?:oblačil\p{L}*|oblek\p{L}*|tkanin\p{L}*|majic\p{L}*|srajc\p{L}*|tekstil\p{L}*)|nevidn\p{L}* lutk\p{L}*|lutk\p{L}* za izložb\p{L}*|(?:fotografij|slik)\p{L}* izdelk\p{L}*|produktn\p{L}* fotografij\p{L}*|(?:zamenjav|zamenjaj|sprememb|spremeni)\p{L}* (?:oblačil|outfit)\p{L}* (?:na|za) (?:vaš\p{L}* )?(?:model|lutk)\p{L}*|virtualn\p{L}* manekenk\p{L}*`,
  sfw: r`mem(?:i|ov)|rojstn\p{L}* dan\p{L}*|smešn\p{L}*|hecn\p{L}*|za vso družino|primern\p{L}* za otroke|družinsk\p{L}* (?:zabav|vsebin|film)\p{L}*`,
  'safety-tool': r`(?:zaznavanj|zazna|prepoznavanj|prepozna|blokir|filtrir|odkrivanj)\p{L}* (?:\p{L}+ ){0,2}(?:golot|nagot|deepfake|eksplicitn|pornograf)\p{L}*|moder(?:iranj|acij)\p{L}* vsebin\p{L}*|nsfw (?:zaznavanje|zaznavalnik)`,
  'review-subject': r`ali je (?:\p{L}+ )?(?:varn|zakonit|legaln|zanesljiv|prevar)\p{L}*|podobn\p{L}* (?:aplikacij|stran|orodj|storitv)\p{L}*|koda za popust|promocijsk\p{L}* kod\p{L}*|izkušnje z`,
  promotion: r`partnersk\p{L}* povezav\p{L}*|(?:prejmemo|zaslužimo|dobimo) provizij\p{L}*|plačan\p{L}* (?:oglas|vsebin|objav)\p{L}*|oglasno sporočilo|lestvic\p{L}*|primerjav\p{L}*|prednosti in slabosti|za in proti|najboljš\p{L}* \d+`,
});

// ---- Greek (sources without accents; greek() accepts tonos, dialytika and final sigma) ----
const EL = lang('el', {
  'nudify-claim': r`γδυ(?:ν|σ|θ|μ)\p{L}*|ξεγυμν\p{L}*|(?:αφαιρ|βγαλ|βγαζ|σβην|σβησ|διαγραφ|διαγραψ)\p{L}* (?:ολα )?(?:τα |των )?(?:ρουχα|ρουχων)(?! (?:απο|απ) (?:τα |τις |το )?(?:μοντελ|κουκλ|προιοντ|μανεκεν)\p{L}*)|γυμν(?:η|ες) (?:εκδοχ|εκδοσ)\p{L}*|(?:δημιουργ|φτιαξ|παραγ)\p{L}* (?:\p{L}+ )?γυμν(?:ες|ο|α|η) (?:φωτογραφι|εικον)\p{L}*|χωρις ρουχα|(?:δες|δειτε|βλεπ\p{L}*) (?:κατω απο|μεσα απο|διαμεσου) (?:τα )?ρουχα|ακτιν(?:ες|ων) (?:x|χ)|τεχνητη νοημοσυνη που γδυνει`,
  faceswap: r`(?:αλλαγη|ανταλλαγη|εναλλαγη) προσωπ(?:ου|ων)|αλλαξ\p{L}* (?:το )?προσωπ(?:ο|α)|ανταλλαξ\p{L}* προσωπ\p{L}*|(?:βαλ|βαλτε|προσθεσ)\p{L}* (?:οποιοδηποτε |το )?προσωπο (?:σε|στο) (?:οποιοδηποτε )?βιντεο|ντιπ ?φεικ\p{L}*`,
  adult: r`(?:περιεχομενο |προτυπα |βιντεο |λειτουργια )?για ενηλικ(?:ες|ους)|(?:περιεχομενο|προτυπα|βιντεο) ενηλικων|18\+ ?(?:βιντεο|προτυπα|περιεχομενο|λειτουργια)|λειτουργια nsfw|nsfw λειτουργια|χωρις λογοκρισια|ακαταλληλ\p{L}* (?:περιεχομενο|βιντεο)|πικαντικ\p{L}* (?:περιεχομενο|λειτουργια)`,
  upload: r`ανεβ(?:ασ|αζ)\p{L}* (?:\p{L}+ )?(?:φωτογραφι|εικον|σελφι)\p{L}*|μεταφορτω\p{L}* (?:\p{L}+ )?(?:φωτογραφι|εικον)\p{L}*|επιλεξ\p{L}* (?:μια |την )?(?:φωτογραφι|εικον)\p{L}*|στειλ\p{L}* (?:μας )?(?:μια |την )?(?:φωτογραφι|εικον|σελφι)\p{L}*`,
  credits: r`\d+ (?:πιστωσεις|μοναδες|κρεντιτ|νομισματα|κουπονια)|δωρεαν (?:πιστωσεις|μοναδες|κρεντιτ)|αγορα(?:σε|στε)? (?:πιστωσεις|μοναδες|νομισματα)|πακετ(?:ο|α) (?:πιστωσεων|μοναδων)|ανα (?:δημιουργια|παραγωγη|εικονα)`,
  subscription: {
    words: r`(?:ανα|το) μηνα|μηνιαι\p{L}*|την εβδομαδα|ανα εβδομαδα|εβδομαδιαι\p{L}*|συνδρομ\p{L}*|(?:premium|vip) (?:συνδρομ|λογαριασμ|προσβασ|πακετ|μελ)\p{L}*|ακυρωσ\p{L}* οποτεδηποτε`,
    loose: r`(?:€|\$) ?/ ?(?:μηνα|μην\.|εβδ\.)|/ ?μηνα`,
  },
  checkout: r`πληρω(?:σ|ν|μ)\p{L}* (?:με|μεσω) (?:καρτα|πιστωτικ\p{L}*|κρυπτο\p{L}*|bitcoin|usdt|paypal)|αγορασ(?:ε|τε) τωρα|αγορα τωρα|(?:φορτισ|ανανεωσ|αναπληρωσ)\p{L}* (?:υπολοιπ|λογαριασμ|πιστωσ)\p{L}*|δεχομαστε (?:κρυπτο\p{L}*|bitcoin|καρτες)|ασφαλης πληρωμη`,
  'app-install': r`κατεβασ(?:ε|τε) (?:την |τη )?(?:δωρεαν )?(?:εφαρμογ\p{L}*|apk)|ληψη (?:της )?(?:εφαρμογ\p{L}*|apk)|εγκαταστ\p{L}* (?:την |της )?(?:εφαρμογ\p{L}*|apk)|(?:προσθηκη|προσθεσ(?:ε|τε)) στην αρχικη οθονη|εφαρμογη για (?:android|ios|iphone)`,
  'bot-product': r`(?:το )?bot μας|το επισημο bot|ξεκινησ(?:ε|τε) το bot|στειλ\p{L}* (?:τη |την |μια )?(?:φωτογραφι|εικον)\p{L}* στο bot|bot (?:στο|του) telegram|μποτ μας`,
  order: r`(?:κανε|κανετε|υποβαλ\p{L}*) (?:μια |την )?παραγγελι\p{L}*|παραγγειλ(?:ε|τε) (?:τωρα|εδω)|κατα παραγγελια|εξατομικευμεν\p{L}* (?:παραγγελι|βιντεο|επεξεργασι)\p{L}*|ειδικ\p{L}* παραγγελι\p{L}*`,
  reporting: r`συμφωνα με (?:την |τον |τους |τις |το |τα )?(?:αστυνομι|πηγ|ερευν|δημοσιευμ|ρεπορταζ|εκθεσ|στοιχει|ειδικ|ερευνητ|αναφορ)\p{L}*|οπως (?:αναφερ|δηλωσ|μεταδ)\p{L}*|δηλωσ(?:ε|αν) (?:στ|σε)\p{L}*|δημοσιογραφ\p{L}*|ρεπορτερ|ρεπορταζ|συντακτ\p{L}*|αστυνομι\p{L}*|διωξη ηλεκτρονικου εγκληματος|χρονος αναγνωσης|\d+ λεπτ\p{L}* (?:αναγνωση|διαβασμα)|δημοσιευτηκε|δημοσιευθηκε|\d+ σχολι(?:α|ο)|σχολια \(\d+\)`,
  harm: r`χωρις (?:τη |την )?(?:συναινεσ|συγκαταθεσ|αδει)\p{L}*|μη συναινετικ\p{L}*|παρανομ\p{L}*|ποινικ\p{L}*|εγκλημ\p{L}*|κακοποιησ\p{L}*|σεξουαλικ\p{L}* (?:κακοποιησ|εκμεταλλευσ|παρενοχλησ|βια)\p{L}*|παρενοχλησ\p{L}*|εκβιασ\p{L}*|παιδικ\p{L}* πορνογραφι\p{L}*|πορνογραφι\p{L}* εκδικησ\p{L}*|απαγορευ\p{L}*`,
  'victim-help': r`θυμα(?:τα|των)?|θυματ\p{L}*|γραμμη (?:βοηθειας|στηριξης)|(?:ζητησ|αναζητησ)\p{L}* βοηθεια|καταγγειλ\p{L}*|καταγγελι\p{L}*|αναφερ(?:ε|ετε) (?:το|την|περιστατικ)\p{L}*|συμβουλευτικ\p{L}*|δωρε(?:α|ες|ων)|κανε μια δωρεα|φιλανθρωπικ\p{L}*|μη κερδοσκοπικ\p{L}*|υποστηριξ(?:τε|ε) το εργο μας`,
  'legal-gov': r`υπουργει\p{L}*|κυβερνησ\p{L}*|νομο(?:ς|υ|ι|ν|σχεδι\p{L}*|θεσι\p{L}*)?|αρθρ(?:ο|ου) \d+|δικαστηρι\p{L}*|δικαστ(?:ης|ες|ικ\p{L}*)|βουλ(?:η|ης)|ρυθμιστικ\p{L}* αρχ\p{L}*|αρχη προστασιας δεδομενων|ποινικ\p{L}* κωδικ\p{L}*|εεττ`,
  academic: r`περιληψη|πανεπιστημι\p{L}*|μελετ(?:η|ης|ες|ων)|ερευνητικ\p{L}*|συνολο δεδομενων|μεθοδολογι\p{L}*|επιστημονικ\p{L}*|διδακτορικ\p{L}*`,
  'photo-tool': r`αφαιρεσ\p{L}* (?:του )?(?:φοντου|φοντο|παρασκηνιου|background)|αφαιρ\p{L}* (?:το )?(?:φοντο|background)|(?:επαναφορ|αποκαταστασ)\p{L}* (?:παλιων )?φωτογραφι\p{L}*|αυξησ\p{L}* (?:της )?αναλυσ\p{L}*|ρετουσ\p{L}*|φωτογραφι\p{L}* (?:για )?(?:διαβατηρι|ταυτοτητ)\p{L}*|χρωματισ\p{L}* (?:παλιων )?φωτογραφι\p{L}*`,
  'garment-care': r`(?:τσακισ|ζαρ|χνουδ|κηλιδ|λεκε|σκον|τριχ|πτυχ)\p{L}* (?:απο|απ|στα|σε) (?:τα )?(?:ρουχ|ενδυμ|υφασμ|μπλουζ|φορεμ|πουκαμισ)\p{L}*|αορατ\p{L}* κουκλ\p{L}*|κουκλ\p{L}* βιτρινας|(?:φωτογραφι|εικον)\p{L}* προιοντ\p{L}*|αλλαγ\p{L}* (?:ρουχων|ενδυματος|ντυσιματος|outfit) (?:σε|στα|στο|του) μοντελ\p{L}*|εικονικ\p{L}* μοντελ\p{L}*`,
  sfw: r`μιμ(?:ς|ακια|ακι)|γενεθλι\p{L}*|αστει\p{L}*|διασκεδαστικ\p{L}*|για ολη την οικογενεια|οικογενειακ\p{L}*|καταλληλ\p{L}* για παιδια`,
  'safety-tool': r`(?:ανιχνευ|εντοπισ|αναγνωρισ|αποκλεισ|μπλοκαρ|φιλτραρ)\p{L}* (?:\p{L}+ ){0,2}(?:γυμνοτητ|deepfake|πορνογραφ|ακαταλληλ)\p{L}*|(?:ανιχνευσ|εντοπισμ)\p{L}* (?:ρητου|ακαταλληλου) περιεχομενου|εποπτει\p{L}* περιεχομενου|ελεγχος περιεχομενου για`,
  'review-subject': r`κριτικ(?:η|ες|ων)|αξιολογησ(?:η|εις)|(?:ειναι|ειν) (?:\p{L}+ ){0,2}(?:ασφαλ|νομιμ|αξιοπιστ)\p{L}* ?;|ειναι απατη|εναλλακτικ(?:ες|η) (?:του|της|στο|στην|για)|παρομοι\p{L}* (?:εφαρμογ|ιστοσελιδ|σελιδ|εργαλει|υπηρεσι)\p{L}*|κωδικ\p{L}* (?:εκπτωσ|προσφορ)\p{L}*|κουπον(?:ι|ια) εκπτωσης`,
  promotion: r`συνεργατικ\p{L}* συνδεσμ\p{L}*|συνδεσμ\p{L}* (?:συνεργατ|affiliate)\p{L}*|(?:κερδιζουμε|λαμβανουμε) (?:μια )?προμηθει\p{L}*|χορηγουμεν\p{L}*|κατατασ(?:η|ης)|συγκρισ(?:η|ης|εις)|πλεονεκτηματα και μειονεκτηματα|υπερ και κατα|(?:οι|τα|τις) \d+ καλυτερ\p{L}*|κορυφαι\p{L}* \d+`,
});

// ---- Finnish ("riisuttu" alone means stripped-down: undressing needs a person, photo or clothes) ----
const FI = lang('fi', {
  'nudify-claim': r`riisu\p{L}* (?:\p{L}+ )?(?:kuva|kuvasta|kuvista|valokuv)\p{L}*|riisu\p{L}* (?:vaatteet|kenet tahansa|kuka tahansa|kenen tahansa|hänet|naisen|tytön)|(?:tekoäly|ai)[- ]?riisu\p{L}*|riisumis(?:sovellu|työkalu|botti|palvelu)\p{L}*|alaston ?versi\p{L}*|(?:tee|tekee|luo|generoi)\p{L}* (?:\p{L}+ )?alastonkuv\p{L}*|alastomia kuvia kenestä tahansa|alastomaksi|(?:poista|poistaa|poistetaan|poistat) (?:kaikki )?vaatteet(?! (?:malli|mannekiini|tuote)\p{L}*)|vaatteiden (?:poisto|poistaminen|riisuminen)(?! (?:malli|mannekiini|tuote)\p{L}*)|vaatteet pois|ilman vaatteita|(?:näe|näkee|nähdä) vaatteiden (?:läpi|alle)|röntgen[- ]?(?:tila|suodatin|näkö)\p{L}*`,
  faceswap: r`kasvo(?:jen|n) ?vaihto\p{L}*|kasvojen vaihtaminen|vaihda kasvo(?:t|si|jen)|syväväären\p{L}*|(?:laita|lisää|vaihda) (?:kenen tahansa |omat )?kasvo(?:t|si) (?:mihin tahansa )?video\p{L}*`,
  adult: r`aikuisille|aikuis(?:viihde|sisältö|video|mallipohj)\p{L}*|aikuisten (?:sisältö|mallipohj|video)\p{L}*|18\+ ?-?(?:videot|mallipohjat|sisältö|tila)\p{L}*|nsfw[- ]tila\p{L}*|sensuroimat\p{L}*|ilman sensuuria|tuhm\p{L}* (?:tila|sisältö|video)\p{L}*`,
  upload: r`lataa (?:\p{L}+ )?(?:kuva|valokuva|selfie)\p{L}*|(?:kuvan|valokuvan) (?:lataus|lataaminen)|valitse (?:\p{L}+ )?(?:kuva|valokuva)\p{L}*|lähetä (?:meille )?(?:\p{L}+ )?(?:kuva|valokuva|selfie)\p{L}*`,
  credits: r`\d+ (?:krediittiä|krediitin|kolikkoa|tokenia|polettia)|krediit(?:it|tejä|tiä)|ilmais\p{L}* krediit\p{L}*|osta (?:krediit|kolikoit|poletteja|tokeneita)\p{L}*|generointia kohden|per generointi`,
  subscription: {
    words: r`kuukaudessa|kuussa|viikossa|kuukausi(?:tilaus|maksu|paketti|jäsenyys|hinta)\p{L}*|viikko(?:tilaus|paketti)\p{L}*|kestotilaus\p{L}*|premium[- ]?(?:jäsenyys|tili|tilaus|paketti)\p{L}*|vip[- ]?(?:jäsenyys|tili|pääsy)\p{L}*|peruttavissa milloin tahansa|tilaa premium`,
    loose: r`(?:€|\$) ?/ ?(?:kk|kuukausi|vko|viikko)|/ ?kk`,
  },
  checkout: r`maksa (?:kortilla|kryptolla|kryptovaluut\p{L}*|bitcoinilla|paypalilla|mobilepaylla)|maksu(?:tapa)? (?:kortilla|kryptovaluut\p{L}*|bitcoinilla)|osta nyt|(?:lataa|lisää) saldoa|saldon lataus|hyväksymme (?:kryptovaluut\p{L}*|bitcoinin|kortit)|korttimaksu\p{L}*|kryptomaksu\p{L}*|turvallinen maksu`,
  'app-install': r`lataa (?:\p{L}+ )?(?:sovellus|sovelluksemme|appi|apk)\p{L}*|asenna (?:\p{L}+ )?(?:sovellus|apk)\p{L}*|lisää (?:aloitus|koti)näytölle|sovellus (?:androidille|iphonelle)`,
  'bot-product': r`(?:meidän|virallinen) (?:telegram[- ])?botti\p{L}*|bottimme|käynnistä botti|lähetä (?:kuva|valokuva)\p{L}* botille|telegram[- ]botti\p{L}*|botillemme`,
  order: r`tee tilaus|tilaa nyt|tilauksesta|tilaustyö\p{L}*|mittatilau\p{L}*|räätälöi\p{L}* (?:tilaus|video|kuv)\p{L}*|tee (?:oma )?tilauksesi`,
  reporting: r`(?:poliisin|lähteiden|asiantuntijoiden|tietojen|selvityksen|raportin|tutkimuksen) mukaan|kertoi|(?:sanoi|kertoo) (?:\p{L}+ )?(?:haastattelussa|lehdelle|toimittajalle)|toimittaja\p{L}*|tutkiva journalismi|poliisi\p{L}*|lukuaika|\d+ min(?:uutin)? lukuaika|julkaistu:? \d|\d+ kommentti\p{L}*|kommentit \(\d+\)`,
  harm: r`ilman (?:\p{L}+ )?suostumusta|ilman lupaa|luvatta|laiton\p{L}*|laittom\p{L}*|rikos|rikokse\p{L}*|rikoksia|rikolli\p{L}*|rangaistav\p{L}*|hyväksikäyt\p{L}*|seksuaali\p{L}* (?:väkivalt|hyväksikäyt|häirin)\p{L}*|häirin\p{L}*|kiristy\p{L}*|lapsipornogra\p{L}*|kostoporno\p{L}*|kielletty\p{L}*`,
  'victim-help': r`uhri(?:t|n|a|en|ksi|lle|ille|eja)?|auttava puhelin|tukipuhelin\p{L}*|neuvontapuhelin\p{L}*|hae apua|saat apua|pyydä apua|ilmoita (?:poliisille|sisällöstä|siitä)|rikosilmoitu\p{L}*|lahjoita|lahjoitu\p{L}*|hyväntekeväisyy\p{L}*|järjestö\p{L}*|tue työtämme|rikosuhripäivystys`,
  'legal-gov': r`ministeriö\p{L}*|hallitu\p{L}*|laki|lakia|lakiin|lainsäädän\p{L}*|rikoslain \d+|pykälä\p{L}*|tuomioistuin\p{L}*|käräjäoikeu\p{L}*|hovioikeu\p{L}*|korkein oikeus|eduskun\p{L}*|viranomai\p{L}*|rikoslaki\p{L}*|traficom|tietosuojavaltuutet\p{L}*`,
  academic: r`tiivistelmä|yliopisto\p{L}*|tutkimu\p{L}*|aineisto\p{L}*|menetelmä\p{L}*|tieteelli\p{L}*|väitöskirj\p{L}*`,
  'photo-tool': r`poista tausta|taustan ?poist\p{L}*|(?:vanhojen )?valokuvien (?:korjaus|entisöinti|palautus)\p{L}*|entisöi\p{L}* (?:vanhat )?(?:valokuvat|kuvat)|kuvan (?:suurennus|skaalaus|laadun parannus)|skaalaa\p{L}*|retusoi\p{L}*|passikuva\p{L}*|väritä\p{L}* (?:vanhat )?(?:kuvat|valokuvat)`,
  'garment-care': r`(?:rypy|rypp|nukk|tahr|pöly|karv)\p{L}* (?:\p{L}+ )?(?:vaatteista|vaatteissa|vaatteesta|kankaasta|paidoista|paidasta|mekoista|tekstiileistä)|vaatteiden (?:rypyt|ryppyjen|nukka|tahrat)\p{L}*|näkymätön mannekiini|haamumannekiini|tuotekuv\p{L}*|tuotevalokuv\p{L}*|verkkokaupan kuv\p{L}*|(?:vaihda|vaihto|vaihtaminen) (?:asu|vaatteet|asukokonaisuu)\p{L}* malli\p{L}*|virtuaali\p{L}* mall\p{L}*`,
  sfw: r`meemi\p{L}*|syntymäpäiv\p{L}*|synttäri\p{L}*|hauska\p{L}*|hauskoja|hassu\p{L}*|koko perheelle|perheystävälli\p{L}*|lapsille sopiv\p{L}*`,
  'safety-tool': r`(?:alastomuuden|deepfake-?\p{L}*|syväväärennösten|pornon|seksuaalisen sisällön) (?:tunnistu|tunnistami|havaitsemi|estämi|suodatu)\p{L}*|(?:tunnista|tunnistaa|havaitse|havaitsee|estä|estää|suodata)\p{L}* (?:\p{L}+ ){0,2}(?:alastomuu|deepfak|syväväären|porno)\p{L}*|sisällön ?moderointi\p{L}*|sisällönvalvon\p{L}*`,
  'review-subject': r`arvostelu\p{L}*|kokemuksia|onko (?:\p{L}+ )?(?:turvalli|luotettav|laillin|huijau)\p{L}*|vastaav\p{L}* (?:sovellu|sivusto|palvelu)\p{L}*|(?:alennus|kuponki|tarjous|promo)koodi\p{L}*|promo koodi\p{L}*`,
  promotion: r`kumppanilinkki\p{L}*|affiliate-linkki\p{L}*|(?:saamme|ansaitsemme|saatamme saada) (?:pienen )?(?:palkkion|komission)|sponsoroi\p{L}*|kaupallinen yhteistyö|mainoslinkki\p{L}*|vertailu\p{L}*|paremmuusjärjest\p{L}*|parhaat \d+|plussat ja miinukset|hyvät ja huonot puolet|edut ja haitat`,
});

// ---- Swedish ----
const SV = lang('sv', {
  'nudify-claim': r`klä(?:r)? av (?:vem som helst|någon|henne|honom|dem|alla|personen|kvinnan|tjejen)|avklädd(?:a|e)?|avklädning(?:en|ar)?|(?:ta bort|tar bort|radera|raderar|sudda ut|ta av|tar av) (?:alla |hennes |hans |deras )?kläder(?:na)?(?! (?:på|från) (?:dina |era |våra )?(?:modell|skyltdock|produkt)\p{L}*)|borttagning av kläder(?:na)?|klädborttagning\p{L}*|nakenversion\p{L}*|naken version|(?:skapa|gör|generera)\p{L}* (?:\p{L}+ )?(?:nakenbild\p{L}*|nakna (?:bilder|foton))|utan kläder|se genom kläder(?:na)?|röntgen(?:läge|filter|syn)`,
  faceswap: r`ansiktsbyte\p{L}*|byt(?:a|er)? ansikte(?:n|t)?|byt ut ansikte(?:t|n)?|sätt (?:vilket |ditt )?ansikte (?:som helst )?(?:på|i) (?:vilken )?video\p{L}*`,
  adult: r`för vuxna|vuxen(?:innehåll|mallar|videor|läge|filmer)|18\+[- ]?(?:videor|mallar|innehåll|läge)|nsfw[- ]läge|ocensurerad\p{L}*|utan censur|kryddig\p{L}* (?:innehåll|läge)|snuskig\p{L}* (?:innehåll|läge|videor)`,
  upload: r`ladda upp (?:\p{L}+ ){0,2}(?:bild|foto|selfie)\p{L}*|välj (?:en |din )?(?:bild|foto)\p{L}*|skicka (?:oss )?(?:en |din )?(?:bild|foto|selfie)\p{L}*`,
  credits: r`\d+ (?:krediter|mynt)|krediter|gratis ?krediter|köp (?:krediter|mynt|tokens|credits)|per generering|kreditpaket\p{L}*`,
  subscription: {
    words: r`per månad|i månaden|per vecka|i veckan|månadsvis|veckovis|månadsabonnemang\p{L}*|prenumeration\p{L}*|abonnemang\p{L}*|premium[- ]?abonnemang\p{L}*|vip[- ]?åtkomst|avsluta när som helst`,
    loose: r`(?:kr|sek) ?/ ?(?:mån(?:ad)?|vecka)\.?|/ ?mån(?:ad)?\.?`,
  },
  checkout: r`betala (?:med|via) (?:kort|kreditkort|krypto\p{L}*|bitcoin|usdt|paypal|swish|klarna)|betalning (?:med|via) (?:kort|krypto\p{L}*|bitcoin|swish)|köp nu|fyll på (?:saldot|kontot|krediter)|vi accepterar (?:krypto\p{L}*|bitcoin|kort)|kortbetalning\p{L}*|säker betalning`,
  'app-install': r`ladda ner (?:\p{L}+ )?(?:appen|apk)|installera (?:\p{L}+ )?(?:appen|apk)|lägg till på hemskärmen|appen för (?:android|ios|iphone)`,
  'bot-product': r`starta boten|skicka (?:en |din )?(?:bild|foto)\p{L}* till boten|boten i telegram`,
  order: r`lägg (?:en |din )?beställning|beställ (?:nu|här)|på beställning|specialbeställ\p{L}*|skräddarsydd\p{L}* (?:video|bild|beställning)\p{L}*|beställningsjobb\p{L}*`,
  reporting: r`enligt (?:polisen|uppgifter|källor|experter|en granskning|rapporten|tidningen)|säger (?:\p{L}+ )?(?:till (?:svt|dn|aftonbladet|expressen|sr)|i en intervju)|uppger (?:för|polisen|källor)|granskning(?:en|ar)?|redaktion(?:en|er)|polisen|lästid|\d+ min(?:uter)? läsning|publicerad:? (?:den )?\d`,
  harm: r`utan (?:deras |hennes |hans |ditt )?(?:samtycke|medgivande|tillstånd)|icke-samtyck\p{L}*|olaglig\p{L}*|olagligt|brottslig\p{L}*|brott mot|straffbar\p{L}*|övergrepp\p{L}*|trakasseri\p{L}*|utpressning\p{L}*|barnpornografi\p{L}*|hämndporr|förbjud\p{L}*`,
  'victim-help': r`brottsoffer\p{L}*|offren|offret|stödlinje\p{L}*|hjälplinje\p{L}*|jourtelefon\p{L}*|stödtelefon\p{L}*|få hjälp|sök hjälp|anmäl (?:det|till polisen|brottet)|polisanmäl\p{L}*|swisha|donera|ge en gåva|välgörenhet\p{L}*|ideell\p{L}* organisation\p{L}*|stöd vårt arbete`,
  'legal-gov': r`regering(?:en|ens)|riksdag\p{L}*|lagen|lagstiftning\p{L}*|lagförslag\p{L}*|\d+ kap\. \d+ ?§|domstol(?:en|ar|arna)?|tingsrätt\p{L}*|hovrätt\p{L}*|högsta domstolen|myndighet(?:en|er|erna)?|brottsbalken|integritetsskyddsmyndighet\p{L}*|förordning\p{L}*`,
  academic: r`sammanfattning|universitet(?:et|en|s)?|högskola\p{L}*|studie(?:n|r|rna)?|forskning\p{L}*|forskare|datamängd\p{L}*|metodik|metodologi\p{L}*|vetenskaplig\p{L}*|avhandling\p{L}*`,
  'photo-tool': r`ta bort bakgrund(?:en)?|bakgrundsborttagning\p{L}*|(?:restaurera|återställ)\p{L}* (?:gamla )?(?:foton|bilder)|fotorestaurering\p{L}*|förstora (?:bilder|upplösningen)|uppskal\p{L}*|retusch\p{L}*|passfoto\p{L}*|färglägg\p{L}* (?:gamla )?(?:foton|bilder)`,
  'garment-care': r`(?:skrynkl|veck|ludd|noppor|fläck|damm|hår)\p{L}* (?:från|på|i) (?:\p{L}+ )?(?:kläder(?:na)?|plagg\p{L}*|tyg\p{L}*|tröj\p{L}*|skjort\p{L}*|klänning\p{L}*)|osynlig skyltdocka|skyltdock\p{L}*|produktbild(?:er|en|erna)?|produktfoto(?:n|t)?|(?:byt|byta|ändra) (?:outfit|kläder) på (?:dina |era )?modell\p{L}*|virtuella modeller`,
  sfw: r`memer|födelsedag\p{L}*|rolig(?:a|t)?|kul|familjevänlig\p{L}*|för hela familjen|barnvänlig\p{L}*`,
  'safety-tool': r`(?:upptäck|identifier|blockera|filtrera|detekter)\p{L}* (?:\p{L}+ ){0,2}(?:nakenhet|deepfake\p{L}*|explicit\p{L}*|porr\p{L}*)|nakenhets(?:detektering|identifiering)\p{L}*|innehållsmoderering\p{L}*|moderering av innehåll`,
  'review-subject': r`recension(?:en|er|erna)?|omdöme(?:n|na)|är (?:det|\p{L}+) (?:säkert|lagligt|legit|seriöst|en bluff)\?|alternativ(?:en)? till|liknande (?:appar|sajter|tjänster|verktyg)|rabattkod(?:en|er)?|kampanjkod(?:en|er)?|kupong(?:er|en)?`,
  promotion: r`partnerlänk\p{L}*|affiliatelänk\p{L}*|vi får (?:en )?ersättning|sponsrad\p{L}*|annonslänk\p{L}*|reklamlänk\p{L}*|jämförelse\p{L}*|topplista\p{L}*|för- och nackdelar|fördelar och nackdelar|bästa \d+`,
});

// ---- Danish (words shared with Norwegian are kept here, not in both) ----
const DA = lang('da', {
  'nudify-claim': r`afklæd\p{L}*|klæd(?:er|e)? (?:hende|ham|dem|enhver|alle|personen|kvinden|pigen) af|(?:fjern|fjerner|fjerne|slet|sletter) (?:alt |hendes |hans |deres )?tøj(?:et)?(?! (?:fra|på) (?:dine |jeres |vores )?(?:model|mannequin|produkt)\p{L}*)|(?:tag|tager) (?:hendes |hans |deres )?tøjet af|fjernelse af tøj(?:et)?|tøjfjern\p{L}*|nøgen ?version\p{L}*|(?:lav|skab|generer)\p{L}* (?:\p{L}+ )?(?:nøgenbille|nøgenfoto)\p{L}*|nøgne (?:billeder|fotos) af (?:enhver|alle|hvem som helst)|uden tøj|se gennem tøjet|røntgen(?:tilstand|filter)`,
  faceswap: r`ansigtsbytte\p{L}*|byt(?:te|ter)? ansigt(?:er|et)?|sæt (?:ethvert |dit )?ansigt (?:på|i) (?:enhver |alle )?video(?:er)?`,
  adult: r`for voksne|voksen(?:indhold|skabeloner|videoer|tilstand)|18\+[- ]?(?:videoer|skabeloner|indhold|tilstand)|nsfw[- ]tilstand|ucensurer\p{L}*|uden censur|frække (?:videoer|skabeloner)|pikant\p{L}* indhold`,
  upload: r`upload (?:\p{L}+ ){0,2}(?:billede|foto)\p{L}*|uploade? (?:et |dit )?(?:billede|foto)\p{L}*|vælg (?:et |dit )?(?:billede|foto)\p{L}*|send (?:os )?(?:et |dit )?billede\p{L}*|send (?:os )?dit foto`,
  credits: r`\d+ (?:kreditter|mønter)|gratis ?kreditter|køb (?:kreditter|mønter|tokens|credits)|pr\. generering|kreditpakke\p{L}*`,
  subscription: {
    words: r`om måneden|pr\. måned|om ugen|pr\. uge|månedlig\p{L}*|ugentlig\p{L}*|abonnement(?:et|er|s)\p{L}*|månedsabonnement\p{L}*|premium[- ]?medlemskab\p{L}*|vip[- ]?(?:medlemskab|adgang)\p{L}*|opsig når som helst`,
    loose: r`(?:kr\.?|dkk) ?/ ?(?:md|måned|uge)\.?|/ ?md\.`,
  },
  checkout: r`betal (?:med|via) (?:kreditkort|mobilepay|dankort)|betaling (?:med|via) (?:mobilepay|dankort|kryptovaluta)|køb nu|optank\p{L}*|fyld (?:saldo|kontoen) op|vi accepterer (?:krypto\p{L}*|bitcoin|kort)|kortbetaling\p{L}*|sikker betaling`,
  'app-install': r`download (?:\p{L}+ )?(?:appen|apk)|hent (?:\p{L}+ )?appen|installer (?:\p{L}+ )?(?:appen|apk)|(?:føj|tilføj) til (?:din )?hjemmeskærm|appen til (?:android|ios|iphone)`,
  'bot-product': r`vores (?:telegram[- ]?)?bot|start (?:vores )?botten|send (?:et |dit )?(?:billede|foto)\p{L}* til (?:vores )?botten|botten på telegram`,
  order: r`afgiv (?:en |din )?bestilling|bestil (?:nu|her)|på bestilling|specialbestil\p{L}*|skræddersy\p{L}* (?:video|billede|bestilling)\p{L}*`,
  reporting: r`ifølge (?:politiet|kilder|eksperter|en undersøgelse|rapporten|avisen|oplysninger)|oplyser (?:politiet|kilder)|udtaler|redaktion(?:en)?|afdækning\p{L}*|politiet|læsetid|\d+ min(?:utter)?\.? læsning|(?:udgivet|publiceret|opdateret):? \d`,
  harm: r`uden (?:deres |hendes |hans |dit )?(?:samtykke|tilladelse)|ikke-samtykk\p{L}*|ulovlig\p{L}*|kriminel(?:t|le)?|strafbar\p{L}*|overgreb\p{L}*|chikane(?:n|r)?|afpresning\p{L}*|børneporno\p{L}*|hævnporno|forbudt\p{L}*|sexkrænkelse\p{L}*|deling af nøgenbilleder`,
  'victim-help': r`ofrene|offeret|ofre for|hjælpelinje\p{L}*|rådgivning\p{L}*|støttelinje\p{L}*|få hjælp|søg hjælp|anmeld (?:det|til politiet)|politianmeld\p{L}*|donér|støt (?:os|vores arbejde)|velgørenhed\p{L}*|frivillig organisation|indsamling\p{L}*|red barnet`,
  'legal-gov': r`folketing\p{L}*|loven|lovgivning\p{L}*|lovforslag\p{L}*|straffelovens|byret(?:ten)?|landsret(?:ten)?|højesteret|myndighed(?:en|er|erne)?|datatilsynet|bekendtgørelse\p{L}*|justitsminist\p{L}*`,
  academic: r`resumé|studiet|undersøgelse(?:n|r)?|forsker(?:e|ne)?|datasæt\p{L}*|metode(?:n|r)?|videnskabelig\p{L}*|ph\.d\.-afhandling\p{L}*`,
  'photo-tool': r`fjern baggrund(?:en)?|baggrundsfjern\p{L}*|(?:gendan|restaurer)\p{L}* (?:gamle )?(?:fotos|billeder)|opskal\p{L}*|forstør\p{L}* (?:billeder|opløsning\p{L}*)|pasfoto\p{L}*|farvelæg\p{L}* (?:gamle )?(?:fotos|billeder)`,
  'garment-care': r`(?:rynk|folder|fnug|nopper|plet|pletter|støv|hår)\p{L}* (?:fra|på|i) (?:\p{L}+ )?(?:tøj(?:et)?|beklædning\p{L}*|stof\p{L}*|trøj\p{L}*|skjort\p{L}*|kjol\p{L}*)|usynlig mannequin|(?:fjern|skjul)\p{L}* mannequin\p{L}*|produktbille\p{L}*|(?:skift|ændr)\p{L}* (?:outfit|tøj)\p{L}* på (?:dine |jeres )?model\p{L}*|virtuel model`,
  sfw: r`fødselsdag\p{L}*|sjov(?:e|t)?|morsom(?:me|t)?|familievenlig\p{L}*|for hele familien|børnevenlig\p{L}*`,
  'safety-tool': r`(?:registrer|opdag|genkend|blokér|bloker|filtrer|detekter)\p{L}* (?:\p{L}+ ){0,2}(?:nøgenhed|deepfake\p{L}*|eksplicit\p{L}*|porno\p{L}*)|nøgenheds(?:detektion|genkendelse)|indholdsmoderering\p{L}*|moderering af indhold`,
  'review-subject': r`anmeldelse(?:r|n|rne)?|erfaringer med|er (?:det|\p{L}+) (?:sikkert|lovligt|legit|seriøst|svindel)\?|alternativ(?:er)? til|lignende (?:apps|sider|tjenester|værktøjer)|rabatkode\p{L}*|kampagnekode\p{L}*`,
  promotion: r`affiliatelink\p{L}*|(?:vi )?(?:tjener|får) (?:en )?kommission|sponsoreret\p{L}*|annoncelink\p{L}*|reklamelink\p{L}*|sammenligning(?:er|en)?|rangering\p{L}*|fordele og ulemper|bedste \d+`,
});

// ---- Norwegian (Bokmål; words shared with Danish are in the Danish list) ----
const NO = lang('no', {
  'nudify-claim': r`avkledd(?:e)?|avkledning(?:en|er)?|kle(?:r)? av (?:hvem som helst|noen|henne|ham|dem|alle|personen|kvinnen|jenta)|(?:fjern|fjerner|fjerne|slett|sletter) (?:alle |hennes |hans |deres )?klær(?:ne)?(?! (?:fra|på) (?:dine |deres |våre )?(?:modell|mannequin|utstillingsdukk|produkt)\p{L}*)|(?:ta|tar) av (?:henne |ham |dem )?klærne|fjerning av klær(?:ne)?|klesfjern\p{L}*|naken ?versjon\p{L}*|(?:lag|skap|generer)\p{L}* (?:\p{L}+ )?(?:nakenbild|nakenfoto)\p{L}*|nakenbilder av (?:hvem som helst|alle)|uten klær|se gjennom klærne|røntgen(?:modus|syn)`,
  faceswap: r`ansiktsbytte\p{L}*|bytt(?:e)? ansikt(?:er)?|sett (?:hvilket som helst |ditt )?ansikt (?:på|i) (?:hvilken som helst )?video\p{L}*`,
  adult: r`voksen(?:innhold|maler|videoer|modus)|18\+[- ]?(?:maler|innhold|modus)|nsfw[- ]modus|usensurert\p{L}*|uten sensur|frekke (?:videoer|maler)`,
  upload: r`last opp (?:\p{L}+ ){0,2}(?:bilde|foto)\p{L}*|velg (?:et |ditt )?(?:bilde|foto)\p{L}*|send (?:oss )?(?:et |ditt )?bilde\p{L}*|send (?:oss )?ditt foto|opplasting av (?:bilde|foto)\p{L}*`,
  credits: r`\d+ mynter|kjøp (?:kreditter|mynter|tokens|credits)|per bilde|kredittpakke\p{L}*|kreditter igjen`,
  subscription: {
    words: r`i måneden|per måned|i uka|i uken|per uke|ukentlig\p{L}*|premium[- ]?medlemskap\p{L}*|vip[- ]?tilgang|(?:si opp|avslutt) når som helst|abonnere|abonner nå`,
    loose: r`(?:kr|nok),?-? ?/ ?mnd\.?|/ ?mnd\.?`,
  },
  checkout: r`betal (?:med|via) (?:kort|kredittkort|krypto\p{L}*|bitcoin|vipps)|betaling (?:med|via) vipps|kjøp nå|fyll på kontoen|påfyll\p{L}*|vi (?:aksepterer|godtar) (?:krypto\p{L}*|bitcoin|kort)|trygg betaling`,
  'app-install': r`last ned (?:\p{L}+ )?(?:appen|apk)|legg (?:den )?til på hjemskjermen|appen for (?:android|ios|iphone)`,
  'bot-product': r`boten vår|vår (?:telegram[- ]?)?bot|start boten|send (?:et |ditt )?(?:bilde|foto)\p{L}* til boten|boten på telegram`,
  order: r`legg inn (?:en )?bestilling|bestill (?:nå|her)|spesialbestill\p{L}*|skreddersydd\p{L}* (?:video|bilde|bestilling)\p{L}*|etter bestilling`,
  reporting: r`ifølge (?:en undersøkelse|opplysninger|nrk|vg|dagbladet|aftenposten)|opplyser (?:politiet|kilder)|uttaler|sier (?:\p{L}+ )?til (?:nrk|vg|dagbladet|aftenposten)|redaksjon(?:en)?|avsløring\p{L}*|lesetid|\d+ min(?:utter)?\.? lesing|publisert:? \d`,
  harm: r`uten (?:deres |hennes |hans |ditt )?(?:samtykke|tillatelse)|overgrep\p{L}*|trakassering\p{L}*|utpressing\p{L}*|overgrepsmateriale|barneporno\p{L}*|hevnporno|deling av nakenbilder`,
  'victim-help': r`hjelpelinje\p{L}*|hjelpetelefon\p{L}*|støttetelefon\p{L}*|få hjelp|søk hjelp|anmeld forholdet|slettmeg|doner (?:nå|til)|veldedig\p{L}*|frivillig organisasjon|støtt (?:arbeidet vårt|oss)`,
  'legal-gov': r`departement(?:et|er)?|regjering(?:en|ens)?|storting\p{L}*|lovendring\p{L}*|lovverk\p{L}*|tingrett(?:en)?|lagmannsrett(?:en)?|høyesterett|tilsynet|straffeloven|forskrift\p{L}*`,
  academic: r`sammendrag|høgskole\p{L}*|høyskole\p{L}*|undersøkelse(?:n|r)?|datasett\p{L}*|vitenskapelig\p{L}*|doktorgrad\p{L}*`,
  'photo-tool': r`fjern bakgrunn(?:en)?|bakgrunnsfjern\p{L}*|(?:gjenopprett|restaurer)\p{L}* (?:gamle )?(?:bilder|foto)|oppskal\p{L}*|forstørr\p{L}* (?:bilder|oppløsning\p{L}*)|retusj\p{L}*|passbilde\p{L}*|fargelegg\p{L}* (?:gamle )?(?:bilder|foto)`,
  'garment-care': r`(?:rynk|bretter|fold|lo|nupper|flekk|støv|hår)\p{L}* (?:fra|på|i) (?:\p{L}+ )?(?:klær(?:ne)?|plagg\p{L}*|stoff\p{L}*|genser\p{L}*|skjort\p{L}*|kjole\p{L}*)|usynlig utstillingsdukke|utstillingsdukk\p{L}*|produktbilde(?:ne|t)?|(?:bytt|endre)\p{L}* (?:antrekk|klær)\p{L}* på (?:dine )?modell\p{L}*`,
  sfw: r`bursdag\p{L}*|gøy|familievennlig\p{L}*|barnevennlig\p{L}*`,
  'safety-tool': r`(?:oppdag|gjenkjenn|blokker)\p{L}* (?:\p{L}+ ){0,2}(?:nakenhet|deepfake\p{L}*|eksplisitt\p{L}*|porno\p{L}*)|nakenhetsdeteksjon|innholdsmoderering\p{L}*|moderering av innhold`,
  'review-subject': r`(?:omtale|test) av|er (?:det|\p{L}+) (?:trygt|lovlig)\?|lignende (?:apper|nettsteder)|rabattkode\p{L}*|kampanjekode\p{L}*|kupongkode\p{L}*`,
  promotion: r`affiliatelenke\p{L}*|partnerlenke\p{L}*|(?:vi )?(?:tjener|får) (?:en )?provisjon|sponset\p{L}*|annonselenke\p{L}*|reklamelenke\p{L}*|fordeler og ulemper|beste \d+`,
});

// ---- Lithuanian ----
const LT = lang('lt', {
  'nudify-claim': r`nureng\p{L}*|nurenk\p{L}*|išreng\p{L}*|(?:pašalin|nuim|ištrin|nuvilk)\p{L}* (?:visus |jos |jo |jų )?drabužius(?! (?:nuo|iš) (?:jūsų |mūsų )?(?:model|manekeno|manekenų|produkt)\p{L}*)|drabužių (?:pašalinim|nuėmim|šalinim|nurengim)\p{L}*(?! (?:nuo|iš) (?:jūsų |mūsų )?(?:model|manekeno|manekenų|produkt)\p{L}*)|nuog(?:a|ą) versij\p{L}*|(?:sukurk|sugeneruok|padaryk)\p{L}* (?:\p{L}+ )?nuog(?:as|ų|os) (?:nuotrauk|vaizd)\p{L}*|be drabužių|matyti (?:pro|po) drabuž\p{L}*|rentgen\p{L}* (?:režim|filtr)\p{L}*`,
  faceswap: r`veid(?:ų|o) (?:keitim|sukeitim|pakeitim)\p{L}*|(?:pakeisk|sukeisk)(?:ite)? veid(?:ą|us|o)|giliosios klastotės|gilioji klastotė|giliųjų klastočių|įdėk(?:ite)? (?:bet kokį |savo )?veidą (?:į|ant) (?:bet kokio |bet kurį )?(?:vaizdo įraš|video)\p{L}*`,
  adult: r`suaugusiesiems|suaugusiųjų (?:turin|šablon|vaizdo|kategorij)\p{L}*|18\+ (?:vaizdo įrašai|šablonai|turinys|režimas)|nsfw režim\p{L}*|necenzūruot\p{L}*|be cenzūros|pikantišk\p{L}* (?:turin|režim)\p{L}*`,
  upload: r`įkelk(?:ite)? (?:\p{L}+ )?(?:nuotrauk|atvaizd|vaizd|asmenuk|selfi)\p{L}*|pasirink(?:ite)? (?:\p{L}+ )?(?:nuotrauk|vaizd)\p{L}*|atsiųsk(?:ite)? (?:mums )?(?:\p{L}+ )?(?:nuotrauk|asmenuk|selfi)\p{L}*|nuotraukos įkėlim\p{L}*`,
  credits: r`\d+ (?:kreditų|kreditai|monetų|žetonų|tokenų)|kreditų paket\p{L}*|nemokam\p{L}* kredit\p{L}*|pirk(?:ite|ti)? (?:kredit|monet|žeton|token)\p{L}*|už generavimą`,
  subscription: {
    words: r`per mėnesį|mėnesiui|kas mėnesį|per savaitę|savaitei|kas savaitę|mėnesin\p{L}* (?:plan|prenumerat|mokest)\p{L}*|prenumerat(?:a|os|ą|ai|ų)|premium (?:narystė|paskyra|planas|prenumerat(?:a|ą))|vip (?:narystė|prieig\p{L}*|paskyr\p{L}*)|atšaukti bet kada`,
    loose: r`(?:€|eur) ?/ ?mėn\.?|/ ?mėn\.?`,
  },
  checkout: r`mokėk(?:ite)? (?:kortele|kriptovaliut\p{L}*|bitcoin\p{L}*|usdt|paypal)|apmokė\p{L}* (?:kortele|kriptovaliut\p{L}*|bitcoin\p{L}*)|mokėjimas (?:kortele|kriptovaliut\p{L}*)|pirk(?:ite)? dabar|pirkti dabar|papild(?:yk|ykite|yti) (?:sąskait|balans)\p{L}*|priimame (?:kriptovaliut\p{L}*|bitcoin|korteles)|saugus mokėjimas`,
  'app-install': r`atsisiųsk(?:ite)? (?:\p{L}+ )?(?:programėl\p{L}*|aplikacij\p{L}*|apk)|įdiek(?:ite)? (?:\p{L}+ )?(?:programėl\p{L}*|aplikacij\p{L}*|apk)|pridėk(?:ite)? prie pradžios ekrano|programėlė (?:android|ios|iphone)`,
  'bot-product': r`mūsų (?:telegram )?bot(?:as|ą|ui|o)|paleisk(?:ite)? bot(?:ą|o)|(?:at)?siųsk(?:ite)? (?:\p{L}+ )?(?:nuotrauk|atvaizd)\p{L}* (?:mūsų )?bot(?:ui|ą)|bot(?:as|ą) telegrame`,
  order: r`pateik(?:ite)? užsakym\p{L}*|užsi?sakyk(?:ite)? (?:dabar|čia)|pagal užsakymą|individual\p{L}* užsakym\p{L}*`,
  reporting: r`pasak (?:policijos|šaltinių|ekspertų|tyrimo|žiniasklaidos)|teigė|sakė|pranešė|žurnalist\p{L}*|tyrimo (?:metu|duomenimis)|žurnalistinis tyrimas|redakcij(?:os|ai|oje|ą)|policij(?:os|ai|oje|ą)|skaitymo laikas|\d+ min(?:\.|utės)? skaitymo|paskelbta:? \d|\d+ komentar(?:ai|ų)`,
  harm: r`be (?:jos |jo |jų )?(?:sutikimo|leidimo)|neteisėt\p{L}*|nusikaltim\p{L}*|nusikalst\p{L}*|baudžiam\p{L}*|prievart\p{L}*|seksualin\p{L}* (?:prievart|išnaudojim|priekabiav)\p{L}*|priekabiav\p{L}*|šantaž\p{L}*|vaikų pornografij\p{L}*|išnaudojim\p{L}*|draudžiam\p{L}*|uždraust\p{L}*`,
  'victim-help': r`auk(?:a|os|ų|oms|ai|omis|as) (?:smurto|prievartos|nusikaltim)\p{L}*|nukentėj\p{L}*|pagalbos (?:linij|telefon)\p{L}*|kreipkitės pagalbos|gauk(?:ite)? pagalbą|praneškite (?:policijai|apie)|psichologin\p{L}* pagalb\p{L}*|paaukok\p{L}*|parem(?:kite|k) (?:mūsų|mus)|labdar(?:a|os|ai|ą|oje|ingo\p{L}*|ingas|inga|ybės|ybei)|nevyriausybin\p{L}*|vaikų linija|jaunimo linija`,
  'legal-gov': r`ministerij\p{L}*|vyriausyb\p{L}*|įstatym\p{L}*|\d+ straipsn\p{L}*|straipsn(?:is|io) \d+|teism(?:as|o|ui|ą|ai|ų|uose)|seim(?:as|ui)|seimo nar\p{L}*|baudžiam(?:asis|ojo) kodeks\p{L}*|rrt|valstybin\p{L}* duomenų apsaugos inspekcij\p{L}*|nutarim\p{L}*`,
  academic: r`santrauka|anotacija|universitet(?:as|o|e|ų|ai)|mokslin\p{L}*|tyrim(?:as|o|ą|ai|ų|uose)|studij(?:os|oje)|duomenų rinkin\p{L}*|mokslinink\p{L}*`,
  'photo-tool': r`pašalin\p{L}* fon(?:ą|as)|fono pašalinim\p{L}*|(?:atkur|restaur)\p{L}* (?:senas |senų )?nuotrauk\p{L}*|senų nuotraukų (?:atkūrim|restauravim)\p{L}*|padidink\p{L}* raišk\p{L}*|raiškos didinim\p{L}*|retušav\p{L}*|nuotrauk\p{L}* (?:pasui|dokumentams)|spalvin\p{L}* (?:senas )?nuotrauk\p{L}*`,
  'garment-care': r`(?:raukšl|glamž|pūkel|dėm|dulk|plauk|gumulėl)\p{L}* (?:nuo|ant|iš) (?:drabuž|audin|marškin|suknel|tekstil)\p{L}*|nematom\p{L}* manekeno|manekeno (?:pašalinim|nuotrauk)\p{L}*|(?:produktų|prekių) nuotrauk\p{L}*|(?:pakeisk|keisk)\p{L}* (?:aprangą|drabužius) (?:modeliui|ant modelio)|virtual(?:ūs|ius) model\p{L}*`,
  sfw: r`mem(?:ai|ų|as|ą)|gimtadien\p{L}*|juokin\p{L}*|linksm\p{L}*|smagu|visai šeimai|tinkam\p{L}* vaikams|šeimai draugišk\p{L}*`,
  'safety-tool': r`(?:aptik|atpažin|blokuo|filtruo|nustat)\p{L}* (?:\p{L}+ ){0,2}(?:nuogum\p{L}*|deepfake\p{L}*|giliąsias klastotes|atvir\p{L}* turin\p{L}*|pornograf\p{L}*)|turinio moderavim\p{L}*|nsfw (?:aptikim|atpažinim)\p{L}*`,
  'review-subject': r`apžvalg\p{L}*|atsiliepim\p{L}*|ar (?:\p{L}+ )?(?:saugu|saugi|saugus|legalu|legalus|teisėta|patikim\p{L}*|sukčiai)|alternatyvos|alternatyvų|panaš\p{L}* (?:programėl|svetain|įranki|paslaug)\p{L}*|nuolaidos kod\p{L}*|nuolaidų kupon\p{L}*|promo kod(?:as|ą|ai)`,
  promotion: r`partnerių nuorod\p{L}*|partnerystės nuorod\p{L}*|(?:gauname|uždirbame) komisin\p{L}*|komisinį atlygį|remiam(?:as|a|i) (?:turinys|straipsnis)|reklaminis straipsnis|reiting(?:as|ai|e)|palyginim\p{L}*|privalumai ir trūkumai|pliusai ir minusai|geriausi(?:os|ų)? \d+`,
});

// ---- Latvian ----
const LV = lang('lv', {
  'nudify-claim': r`izģērb\p{L}*|noģērb\p{L}*|(?:noņem|dzēs|izdzēs|novilk|novelc)\p{L}* (?:visas |viņas |viņa |viņu )?(?:drēbes|apģērbu|apģērbus)(?! no (?:jūsu |mūsu )?(?:model|manekena|produkt)\p{L}*)|(?:drēbju|apģērba) (?:noņemšan|noņēmēj|novilkšan|dzēšan)\p{L}*(?! no (?:jūsu |mūsu )?(?:model|manekena|produkt)\p{L}*)|kail(?:a|o|ā) versij\p{L}*|(?:izveido|ģenerē|uztaisi)\p{L}* (?:\p{L}+ )?(?:kail(?:as|us)? (?:foto|fotogrāfij|bild|attēl)|kailbild|kailfoto)\p{L}*|bez drēbēm|bez apģērba|redzēt (?:caur|zem) drēbēm|rentgen\p{L}* (?:režīm|filtr)\p{L}*`,
  faceswap: r`sej(?:u|as) (?:maiņ|apmaiņ|nomaiņ)\p{L}*|(?:nomain|samain)\p{L}* sej(?:u|as)|dziļviltojum\p{L}*|ieliec\p{L}* (?:jebkuru |savu )?seju (?:jebkurā )?video\p{L}*`,
  adult: r`pieaugušajiem|pieaugušo (?:saturs|satur\p{L}*|veidn\p{L}*|video)|18\+ (?:video|veidnes|saturs|režīms)|nsfw režīm\p{L}*|necenzēt\p{L}*|bez cenzūras|pikant\p{L}* (?:satur|režīm)\p{L}*`,
  upload: r`augšupielād\p{L}* (?:\p{L}+ )?(?:foto|fotogrāfij|attēl|bild|pašbild|selfij)\p{L}*|izvēl(?:ies|ieties|ēties) (?:\p{L}+ )?(?:foto|attēl|bild)\p{L}*|nosūt(?:i|iet) (?:mums )?(?:\p{L}+ )?(?:foto|attēl|bild|pašbild|selfij)\p{L}*|ielādē\p{L}* (?:\p{L}+ )?(?:foto|attēl|bild)\p{L}*`,
  credits: r`\d+ (?:kredīt(?:i|u|us)|monēt(?:as|u)|žeton(?:i|u|us))|bezmaksas kredīt\p{L}*|pērc(?:iet)? (?:kredīt|monēt|žeton)\p{L}*|par ģenerēšanu|kredītu pak\p{L}*`,
  subscription: {
    words: r`mēnesī|par mēnesi|nedēļā|par nedēļu|ikmēneša|mēneša (?:plān|abonement|maks)\p{L}*|abonement(?:s|a|u|am)|abonē(?:t|jiet|ju)|premium (?:dalīb|kont|plān|abonement|piekļuv)\p{L}*|vip (?:dalīb|piekļuv|kont)\p{L}*|atcelt jebkurā laikā`,
    loose: r`(?:€|eur) ?/ ?mēn\.?|/ ?mēn(?:esī)?\.?`,
  },
  checkout: r`maksā(?:jiet)? ar (?:karti|kriptovalūt\p{L}*|bitcoin\p{L}*|usdt|paypal)|apmaks\p{L}* ar (?:karti|kriptovalūt\p{L}*|bitcoin\p{L}*)|maksājums ar (?:karti|kriptovalūt\p{L}*)|pērc(?:iet)? tagad|pirkt tagad|papildin\p{L}* (?:kont|bilanc)\p{L}*|pieņemam (?:kriptovalūt\p{L}*|bitcoin|kartes)|droš\p{L}* maksājum\p{L}*`,
  'app-install': r`lejupielād\p{L}* (?:\p{L}+ )?(?:lietotn\p{L}*|aplikācij\p{L}*|apk)|instalē\p{L}* (?:\p{L}+ )?(?:lietotn\p{L}*|apk)|pievieno\p{L}* sākuma ekrān\p{L}*|lietotne (?:android|ios|iphone)`,
  'bot-product': r`mūsu (?:telegram )?bot(?:s|u|am|ā)|palaid\p{L}* bot(?:u|a)|(?:no)?sūt\p{L}* (?:\p{L}+ )?(?:foto|attēl|bild)\p{L}* bot(?:am|ā)|bots telegramā`,
  order: r`veic(?:iet)? pasūtījum\p{L}*|pasūti(?:et)? (?:tagad|šeit)|pēc pasūtījuma|individuāl\p{L}* pasūtījum\p{L}*|pasūtījuma (?:video|darb)\p{L}*`,
  reporting: r`saskaņā ar (?:policijas|avotu|ekspertu|pētījuma|ziņojuma)\p{L}*|pēc (?:policijas|avotu|ekspertu) (?:teiktā|datiem|sniegtās informācijas)|kā (?:ziņo|ziņoja|norāda|norādīja)|teica|sacīja|paziņoja|pastāstīja|žurnālist\p{L}*|izmeklēšan\p{L}*|pētniecisk\p{L}* žurnālistik\p{L}*|reportier\p{L}*|redakcij(?:as|ai|ā)|policij(?:as|ai|ā)|lasīšanas laiks|\d+ min(?:ūtes)? lasīšan\p{L}*|publicēts:? \d|\d+ komentār(?:i|u)`,
  harm: r`bez (?:viņas |viņa |viņu )?(?:piekrišanas|atļaujas)|nelikumīg\p{L}*|nelegāl\p{L}*|noziedzīg\p{L}*|noziegum\p{L}*|sodām\p{L}*|vardarbīb\p{L}*|seksuāl\p{L}* (?:vardarb|izmantošan|uzmākšan)\p{L}*|uzmākšan\p{L}*|šantāž\p{L}*|bērnu pornogrāfij\p{L}*|aizliegt\p{L}*|ļaunprātīg\p{L}*`,
  'victim-help': r`upur(?:i|is|u|iem|us|a)|cietuš\p{L}*|uzticības tālr\p{L}*|palīdzības (?:tālr|līnij|dienest)\p{L}*|meklē\p{L}* palīdzību|saņem\p{L}* palīdzību|ziņo\p{L}* (?:policijai|valsts policijai)|ziedo(?:jiet|t|jumi|jums|jumu)|labdarīb\p{L}*|biedrīb\p{L}*|nevalstisk\p{L}* organizācij\p{L}*|atbalstiet mūsu darbu`,
  'legal-gov': r`ministrij\p{L}*|valdīb\p{L}*|likum\p{L}*|\d+\. pant\p{L}*|pant(?:s|a) \d+|ties(?:a|as|ā|u|nesis|neši|nešu)|saeim\p{L}*|krimināllikum\p{L}*|datu valsts inspekcij\p{L}*|sprk|regulator(?:s|a)`,
  academic: r`kopsavilkum\p{L}*|anotācij\p{L}*|universitāt\p{L}*|pētījum\p{L}*|pētniek\p{L}*|datu kop\p{L}*|metodoloģij\p{L}*|zinātnisk\p{L}*`,
  'photo-tool': r`noņem\p{L}* fon(?:u|a)|fona noņemšan\p{L}*|(?:atjauno|restaurē)\p{L}* (?:vecas |veco )?(?:foto|fotogrāfij|attēl)\p{L}*|veco fotogrāfiju (?:atjaunošan|restaurēšan)\p{L}*|palielin\p{L}* izšķirtspēj\p{L}*|retušē\p{L}*|pases foto\p{L}*|foto pasei|kolorizē\p{L}*|krāso\p{L}* (?:vecas )?(?:foto|fotogrāfij)\p{L}*`,
  'garment-care': r`(?:krunk|burzījum|pūk|plankum|traip|putekļ|matiņ)\p{L}* (?:no|uz) (?:apģērb|drēb|audum|krekl|kleit|tekstil)\p{L}*|neredzam\p{L}* manekena|manekena (?:noņemšan|foto)\p{L}*|produktu (?:foto|fotogrāfij|attēl|bild)\p{L}*|preču (?:foto|fotogrāfij|attēl)\p{L}*|(?:nomain|maini)\p{L}* (?:apģērbu|tērpu) (?:modelim|uz modeļa)|virtuāl\p{L}* model\p{L}*`,
  sfw: r`mēm(?:i|s|u|us)|dzimšanas dien\p{L}*|smieklīg\p{L}*|jautr(?:s|ā|ie|ība)|visai ģimenei|piemērot\p{L}* bērniem|ģimenei draudzīg\p{L}*`,
  'safety-tool': r`(?:atpazī|noteik|bloķē|filtrē|konstatē|atklāj)\p{L}* (?:\p{L}+ ){0,2}(?:kailum|deepfake|dziļviltojum|pornogrāf)\p{L}*|satura moderācij\p{L}*|satura moderēšan\p{L}*|nsfw (?:noteikšan|atpazīšan)\p{L}*`,
  'review-subject': r`apskat(?:s|u|a)|atsauksm\p{L}*|vai (?:\p{L}+ )?(?:ir )?(?:droš|legāl|likumīg|uzticam|krāpšan)\p{L}*|alternatīv(?:as|a) (?:lietotnei|vietnei|pakalpojumam)|līdzīg\p{L}* (?:lietotn|vietn|rīk|pakalpojum)\p{L}*|atlaižu (?:kod|kupon)\p{L}*|promo kod(?:s|u|i)`,
  promotion: r`partneru saite\p{L}*|partneru saišu|(?:nopelnām|saņemam) komisij\p{L}*|sponsorēt\p{L}*|reklāmas raksts|reiting(?:s|a|ā|u)|salīdzinājum\p{L}*|plusi un mīnusi|priekšrocības un trūkumi|labāk(?:ie|ās) \d+`,
});

// ---- Estonian ----
const ET = lang('et', {
  'nudify-claim': r`riieteta|lahti ?riieta\p{L}*|riieta\p{L}* lahti|(?:eemalda|eemaldab|eemaldage|kustuta|kustutab|võta|võtab|võtke) (?:kõik |tema )?(?:riided|riideid)(?: (?:ära|seljast))?(?! (?:mudeli|mannekeeni|toote)\p{L}*)|riiete (?:eemaldami|eemaldaj|eemaldus|äravõtmi)\p{L}*|alasti ?versioon\p{L}*|alastiks (?:teha|tegemi|muut)\p{L}*|(?:loo|genereeri|tee)\p{L}* (?:\p{L}+ )?alasti ?(?:foto|pilt|pildi|pilte)\p{L}*|näe (?:läbi )?riiete (?:alla|läbi)|röntgen(?:režiim|filter|i režiim)\p{L}*`,
  faceswap: r`näo ?vahetus\p{L}*|nägude vahetus\p{L}*|vaheta (?:\p{L}+ )?nägu|vaheta näod|süvavõltsing\p{L}*|pane (?:ükskõik kelle |oma )?nägu (?:ükskõik millisesse )?videos\p{L}*`,
  adult: r`täiskasvanutele|täiskasvanute (?:sisu|mall|video)\p{L}*|18\+ (?:video|mall|sisu)\p{L}*|nsfw[- ]režiim\p{L}*|tsenseerimata|ilma tsensuurita|vürtsik\p{L}* (?:sisu|režiim)\p{L}*`,
  upload: r`(?:laadi|laadige) üles (?:\p{L}+ )?(?:foto|pilt|pildi|selfi)\p{L}*|vali (?:\p{L}+ )?(?:foto|pilt|pildi)\p{L}*|saada (?:meile )?(?:\p{L}+ )?(?:foto|pilt|pildi|selfi)\p{L}*|(?:foto|pildi) üleslaadimi\p{L}*`,
  credits: r`\d+ (?:krediiti|münti|tokenit|žetooni)|tasuta krediit\p{L}*|osta (?:krediit|münt|token)\p{L}*|genereerimise kohta|krediidipakett\p{L}*`,
  subscription: {
    words: r`kuu kohta|nädala kohta|igakuine (?:tellimus|makse|pakett|tasu)|kuutasu\p{L}*|kuupakett\p{L}*|püsitellimus\p{L}*|kuutellimus\p{L}*|telli (?:premium|vip)|premium[- ](?:liikmesus|konto|pakett|tellimus)\p{L}*|vip[- ](?:liikmesus|juurdepääs|konto)\p{L}*|tühista igal ajal|eurot kuus`,
    loose: r`(?:€|eur) ?/ ?kuu|/ ?kuu`,
  },
  checkout: r`maksa (?:kaardiga|krüpto\p{L}*|bitcoin\p{L}*|usdt|paypal\p{L}*)|makse (?:kaardiga|krüptorahas\p{L}*|bitcoin\p{L}*)|osta (?:kohe|nüüd)|(?:lae|täienda) (?:kontot|saldot|kontole)|saldo laadimine|(?:aktsepteerime|võtame vastu) (?:krüpto\p{L}*|bitcoin\p{L}*|kaarte)|turvaline makse`,
  'app-install': r`laadi alla (?:\p{L}+ )?(?:rakendus|äpp|apk)\p{L}*|(?:installi|paigalda)\p{L}* (?:\p{L}+ )?(?:rakendus|äpp|apk)\p{L}*|lisa avaekraanile|rakendus (?:androidile|iosile|iphone.ile)`,
  'bot-product': r`meie (?:telegrami )?bot(?:t|i)?|käivita bot(?:t|i)?|saada (?:foto|pilt|pildi)\p{L}* bot(?:ile|ti)|botile|bot telegramis`,
  order: r`esita tellimus|telli (?:kohe|nüüd|siit)|tellimuse peale|tellimustöö\p{L}*|eritellimus\p{L}*|kohandatud (?:tellimus|video|pild)\p{L}*`,
  reporting: r`(?:politsei|allikate|ekspertide|uuringu|raporti) (?:sõnul|andmetel)|sõnul|teatas|ütles|kinnitas|ajakirjanik\p{L}*|uuriv\p{L}* ajakirjandus\p{L}*|toimetus\p{L}*|politsei\p{L}*|lugemisaeg|\d+ min(?:utit)? lugemist|avaldatud:? \d|\d+ kommentaar\p{L}*`,
  harm: r`ilma (?:tema |nende )?(?:nõusolekuta|loata)|nõusolekuta|ebaseaduslik\p{L}*|seadusevastas\p{L}*|seadusevastane|kuriteo\p{L}*|kuritegu\p{L}*|kriminaal\p{L}*|karistatav\p{L}*|väärkohtlem\p{L}*|seksuaal\p{L}* (?:väärkohtlem|vägivald|ahistam|ärakasutam)\p{L}*|ahistam\p{L}*|väljapressim\p{L}*|lapsporno\p{L}*|kättemaksuporno\p{L}*|keelatud`,
  'victim-help': r`ohv(?:er|ri)\p{L}*|kannatan(?:u|ud|ute)\p{L}*|abitelefon\p{L}*|usaldustelefon\p{L}*|ohvriabi|otsi abi|saa abi|teata (?:politseile|sellest)|nõustami\p{L}*|anneta\p{L}*|heategevus\p{L}*|mittetulundus\p{L}*|toeta meie tööd|lasteabi`,
  'legal-gov': r`ministeerium\p{L}*|valitsus\p{L}*|seadus(?:e|es|est|t|ed|te|andj\p{L}*|eelnõu\p{L}*)?|karistusseadustiku § ?\d+|paragrahv\p{L}*|kohus|kohtu(?:s|sse|le|lt|otsus\p{L}*)?|kohtunik\p{L}*|riigikogu\p{L}*|regulaator\p{L}*|karistusseadustik\p{L}*|andmekaitse inspektsioon\p{L}*|määrus(?:e|t)?`,
  academic: r`kokkuvõte|annotatsioon|ülikool\p{L}*|uuring(?:u|ud|ute|us)?|uurimus\p{L}*|andmestik\p{L}*|andmekogum\p{L}*|metoodika\p{L}*|teadus(?:lik\p{L}*|artikkel\p{L}*|töö\p{L}*)|doktoritöö\p{L}*`,
  'photo-tool': r`eemalda taust|tausta eemaldami\p{L}*|taustaeemald\p{L}*|(?:taasta|restaureeri)\p{L}* (?:vanad? )?(?:fotod|pildid|fotosid|pilte)|vanade fotode (?:taastami|restaureerimi)\p{L}*|suurenda (?:resolutsiooni|eraldusvõimet)|retušeeri\p{L}*|retušš|passipilt\p{L}*|passifoto\p{L}*|värvi\p{L}* vanad (?:fotod|pildid)`,
  'garment-care': r`(?:korts|ebem|nupp|plek|tolm|karv)\p{L}* (?:riietelt|riietel|riidelt|kangalt|särkidelt|kleitidelt|rõivastelt|tekstiililt)|nähtamatu mannekeen|mannekeen\p{L}*|tootefoto\p{L}*|tootepilt\p{L}*|(?:vaheta|muuda) (?:riietust|rõivaid|riideid) modeli(?:l|te)\p{L}*|virtuaaln\p{L}* modell\p{L}*`,
  sfw: r`meem(?:id|e|i)|sünnipäev\p{L}*|naljaka\p{L}*|naljakas|lõbus\p{L}*|kogu perele|peresõbralik\p{L}*|lastesõbralik\p{L}*|sobib lastele`,
  'safety-tool': r`(?:tuvasta|tuvastam|blokeeri|filtreeri|avasta)\p{L}* (?:\p{L}+ ){0,2}(?:alastus|süvavõltsing|porno|selgesõnali)\p{L}*|alastuse tuvastus\p{L}*|sisu ?modereerimi\p{L}*`,
  'review-subject': r`arvustus\p{L}*|kogemused|kas (?:\p{L}+ )?(?:on )?(?:turvali|ohutu|legaal|seadusli|usaldusväär|pettus)\p{L}*|alternatiiv(?:id|e)|sarnased (?:rakendused|saidid|teenused|tööriistad)|sooduskood\p{L}*|promokood\p{L}*|kupongi\p{L}*`,
  promotion: r`partnerling(?:id|i|ide)|sidusprogramm\p{L}*|teenime vahendustasu|vahendustasu\p{L}*|komisjonitasu\p{L}*|sponsoreeritud|reklaamlin\p{L}*|edetabel\p{L}*|võrdlus\p{L}*|plussid ja miinused|eelised ja puudused|parimad \d+`,
});

// ---- Albanian (ë/ç also plain, through latin()) ----
const SQ = lang('sq', {
  'nudify-claim': r`zhvesh\p{L}*|zhvish\p{L}*|(?:hiq|hiqni|hiqi|heq|heqim|heqin|fshi|fshini|fshij|fshin) (?:të gjitha )?(?:rrobat|rrobet|veshjet|veshjen)(?! (?:nga|prej) (?:modele|manekin|produkt)\p{L}*)|heqj(?:a|en|e) e (?:rrobave|veshjeve)(?! (?:nga|prej) (?:modele|manekin|produkt)\p{L}*)|version\p{L}* (?:e |i )?lakuriq\p{L}*|(?:bëj|bëje|bëni|bën)\p{L}* (?:\p{L}+ )?lakuriq\p{L}*|(?:krijo|gjenero)\p{L}* (?:\p{L}+ )?(?:foto|imazhe) (?:lakuriq|nudo)|pa rroba|pa veshje|shiko (?:përmes|nën) rrobave|(?:modaliteti|filtri|kamera|syze) (?:me )?rreze x`,
  faceswap: r`ndërrim\p{L}* (?:i |e |të )?fytyr\p{L}*|(?:ndrysho|ndërro|ndërroni|ndryshoni) (?:\p{L}+ )?fytyr\p{L}*|shkëmbim\p{L}* (?:i |të )?fytyr\p{L}*|vendos(?:ni)? (?:çdo )?fytyr\p{L}* (?:tënde |tuaj )?në (?:çdo )?video\p{L}*`,
  adult: r`për të rritur|përmbajtje 18\+|18\+ (?:video|shabllone|përmbajtje)|modalitet\p{L}* nsfw|nsfw modalitet\p{L}*|pa censurë|e pacensuruar|të pacensuruara|pikant\p{L}* (?:përmbajtj|modalitet)\p{L}*`,
  upload: r`ngark(?:o|oni|ojeni|imi) (?:\p{L}+ )?(?:foto|fotografi|imazh|selfie)\p{L}*|zgjidh(?:ni)? (?:\p{L}+ )?(?:foto|fotografi|imazh)\p{L}*|dërgo(?:ni)? (?:\p{L}+ )?(?:foto|fotografi|selfie)\p{L}*`,
  credits: r`\d+ (?:kredite|monedha|tokena)|kredite (?:falas|bonus)|bli kredite|paket\p{L}* (?:me )?kredite\p{L}*|për gjenerim`,
  subscription: {
    words: r`në muaj|për muaj|në javë|për javë|mujor\p{L}*|javor\p{L}*|abonim\p{L}*|pajtim\p{L}*|anëtarësim\p{L}* (?:premium|vip)|(?:llogari|plan|paket)\p{L}* premium|premium (?:anëtarësim|llogari|plan|paket)\p{L}*|vip (?:anëtarësim|qasje|llogari)\p{L}*|anulo në çdo kohë`,
    loose: r`(?:€|lekë|all) ?/ ?muaj|/ ?muaj`,
  },
  checkout: r`pagu(?:aj|ani|ajë) (?:me|përmes|nëpërmjet) (?:kartë|kartelë|kriptovalut|kripto|bitcoin|usdt|paypal)\p{L}*|pages(?:ë|a) (?:me|përmes) (?:kartë|kartelë|kripto|bitcoin)\p{L}*|bli tani|blej tani|rimbush\p{L}* (?:llogarinë|bilancin|kreditin)|mbush (?:llogarinë|bilancin)|pranojmë (?:kripto\p{L}*|bitcoin|karta)|pagesë e sigurt`,
  'app-install': r`shkarko(?:ni)? (?:\p{L}+ )?(?:aplikacion\p{L}*|apk)|instalo(?:ni)? (?:\p{L}+ )?(?:aplikacion\p{L}*|apk)|shto(?:je)? në ekranin kryesor|aplikacion\p{L}* për (?:android|ios|iphone)`,
  'bot-product': r`bot(?:i)? (?:ynë|jonë)|nis(?:ni)? bot(?:in)?|fillo bot(?:in)?|dërgo(?:ni)? (?:\p{L}+ )?(?:foto|fotografi)\p{L}* (?:te|tek|në) bot(?:i|in)?|bot(?:i)? në telegram`,
  order: r`bëj(?:ni)? (?:një )?porosi|porosit(?:ni)? (?:tani|këtu)|me porosi|porosi (?:të personalizuara|speciale)|sipas porosisë`,
  reporting: r`sipas (?:policisë|burimeve|ekspertëve|hetimit|raportit|të dhënave)|deklaroi|tha (?:për|se)|gazetar\p{L}*|hetim\p{L}*|redaksi\p{L}*|polici(?:a|në|së)|koha e leximit|\d+ min(?:uta)? lexim|publikuar (?:më )?\d|\d+ koment(?:e|et)`,
  harm: r`pa (?:pëlqimin|lejen|miratimin)(?: e (?:tyre|saj|tij))?|pa pëlqim|i paligjshëm|e paligjshme|paligjsh\p{L}*|krim|krime|krimet|krimeve|krimin|kriminal(?:e|ët)?|vepër penale|vepra penale|abuzim\p{L}*|ngacmim\p{L}*|shantazh\p{L}*|pornografi (?:me fëmijë|hakmarrëse)|e ndaluar|të ndaluara|ndalohet`,
  'victim-help': r`viktim\p{L}*|linja e ndihmës|linj\p{L}* (?:e |për )?ndihm\p{L}*|kërko(?:ni)? ndihmë|merr(?:ni)? ndihmë|raporto(?:ni)? (?:në polici|abuzimin|përmbajtjen|rastin)|denonco(?:ni)? (?:në polici|rastin|abuzimin)|këshillim\p{L}*|dhuro(?:ni)?|donacion\p{L}*|dhurim\p{L}*|bamirës\p{L}*|organizat\p{L}* jofitimprurëse|mbështetni punën tonë`,
  'legal-gov': r`ministri(?:a|së|në|të)|qeveri(?:a|së|në)|ligj(?:i|it|in|et|eve)?|neni \d+|nenit \d+|gjykat\p{L}*|kuvend\p{L}*|kodi penal|kodit penal|akep|komisioner\p{L}* për (?:të drejtën|mbrojtjen)\p{L}*|vendim(?:i)? nr`,
  academic: r`abstrakt(?:i|it)|përmbledhje|universitet(?:i|it|in|eve)|studim\p{L}*|hulumtim\p{L}*|kërkim\p{L}* shkencor\p{L}*|(?:grup|bashkësi) të dhënash|metodologji\p{L}*|shkencor\p{L}*`,
  'photo-tool': r`hiq(?:ni)? sfondin|heqj\p{L}* e sfondit|fshi(?:ni)? sfondin|(?:rikthe|restauro|rivendos)\p{L}* (?:fotot|fotografitë) e vjetra|restaurim\p{L}* (?:i |të )?fotove\p{L}*|rrit(?:ni)? rezolucionin|retush\p{L}*|foto (?:për )?pasaport\p{L}*|foto për dokument\p{L}*|ngjyros\p{L}* (?:fotot|fotografitë)`,
  'garment-care': r`(?:rrudh|palos|push|njoll|pluhur|qime)\p{L}* (?:nga|në|mbi) (?:rrobat|rroba|veshjet|veshje|pëlhur\p{L}*|bluz\p{L}*|fustan\p{L}*|këmish\p{L}*|tekstil\p{L}*)|(?:fotot|fotografitë|imazhet) e produkteve|foto produkti|(?:ndrysho|ndërro)(?:ni)? (?:veshjen|rrobat|veshjet) (?:e|në|te) model\p{L}*|model\p{L}* virtual\p{L}*`,
  sfw: r`meme(?:t|ve)|ditëlindj\p{L}*|qesharak\p{L}*|argëtues\p{L}*|zbavitës\p{L}*|për (?:të )?gjithë familjen|(?:i|e) përshtatshëm për fëmijë|e përshtatshme për fëmijë|familjar\p{L}*`,
  'safety-tool': r`(?:zbulim|zbulo|identifiko|bllok|filtro|filtrim)\p{L}* (?:\p{L}+ ){0,3}(?:lakuriq|nuditet|deepfake|eksplicit|pornografi)\p{L}*|moderim\p{L}* (?:i |të )?përmbajtj\p{L}*|nsfw (?:detektor|zbulim)\p{L}*`,
  'review-subject': r`recensioni|rishikim(?:i|e)|a është (?:\p{L}+ )?(?:i sigurt|e sigurt|ligjor|ligjore|legal|legjitim|mashtrim)|faqe të ngjashme|aplikacione të ngjashme|kod(?:i)? promocional\p{L}*|kod(?:i)? zbritje(?:je)?|kupon(?:i|a) zbritje\p{L}*`,
  promotion: r`lidhje (?:partneriteti|afiliate)|link\p{L}* afiliat\p{L}*|fitojmë (?:një )?komision|komision (?:nëse|kur)|(?:e |i )?sponsorizuar|renditj\p{L}*|krahasim\p{L}*|të mirat dhe të këqijat|pro dhe kundër|avantazhet dhe disavantazhet|\d+ më të mirat|më të mirat \d+`,
});

export const PHRASES_B: Phrase[] = [...CS, ...SK, ...HU, ...RO, ...UK, ...BG, ...HR, ...SR, ...SL, ...EL, ...FI, ...SV, ...DA, ...NO, ...LT, ...LV, ...ET, ...SQ];

