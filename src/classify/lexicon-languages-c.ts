/**
 * Phrase lists for ca, bn, sw and ur, one phrase per category of lexicon.ts / lexicon-offer.ts and
 * language. Written from how these services, and the pages about them, speak in general in each
 * language — not from any one page. Matched against normalised text (normalize.ts: NFKC, lower case,
 * zero-width characters, ZWJ and ZWNJ included, removed).
 *
 * Bare English loanwords ("deepfake", "nsfw", "face swap", "memes", "affiliate") and words that the
 * core lists already match in these languages (Spanish "desvest…", "víctima", "maniquí", "periodista",
 * "alternatives", "comparativa", "al mes", "mensual" in Catalan) are left to those lists, so one word
 * does not count twice; loanwords appear here only inside native phrases ("mode nsfw") or written in
 * the language's own script ("ডিপফেক", "ڈیپ فیک"), which the core lists do not read.
 *
 * Script and language notes:
 * - Catalan: accents are sometimes left out, so `catalan()` lets every accented vowel (and ç) also
 *   match its plain letter, lets the middle dot of "l·l" be a full stop, a bullet or missing
 *   ("il·legal", "il.legal", "illegal"), and lets "'" be either apostrophe. Write sources with their
 *   accents and a plain "'". "segons" is also "seconds": it counts only before a source ("segons la
 *   policia"); "canvi de cara" is a makeover, only "cares" (faces, plural) is a face swap; "nus" is a
 *   knot, so nudity is "nua"/"nues".
 * - Bengali and Urdu: vowel signs, virama, nukta and harakat are marks (\p{M}), not letters, so the
 *   kit's letter boundary would end a word inside "ছবি" or start one after a vowel sign. `marked()`
 *   compiles the same phrases with boundaries over letters and marks and lets the kit's bounded stems
 *   (\p{L}*, \p{L}+) take marks too. Sources are NFKC-normalised like the text (য় ড় ঢ় split into
 *   letter + nukta), so never put য় ড় ঢ় inside a character class. Numbers are written
 *   [0-9০-৯] (Bengali) and [0-9۰-۹٠-٩] (Urdu): a leading \p{Nd} made the regex engine try every position.
 * - Urdu: Arabic yeh/kaf/heh (ي ى ك ه) stand in for ی ک ہ ھ on many sites; `urdu()` accepts both.
 *   Never put ی ک ہ ھ inside a character class in an Urdu source. "کے لیے" is also written "کے لئے"
 *   and "کےلیے". Roman Urdu appears only in the nudify claim and upload phrases.
 * - Swahili: verbs carry subject, tense, relative and object prefixes ("ku-m-vua", "i-na-yo-ondoa"),
 *   so verb stems take up to seven letters in front, checked by a lookbehind after the stem (`pre()`:
 *   a leading letter run made every position of a page cost eight tries), and negative forms
 *   ("usivue") are kept out. Such matches start at the stem, not at the word. "vua" is also "to
 *   fish" and "mvua" rain: undressing needs "nguo" (clothes) after it, and "chumba cha kuvua nguo" is
 *   a changing room. "agiza" also means "to instruct" (a government
 *   "imeagiza"), so orders need "oda" or an object.
 * - Removing clothes counts as a claim only with the clothes (or a person) as the object, never
 *   clothes after a preposition or a genitive ("de la roba", "পোশাকের ভাঁজ", "کپڑوں سے", "kwenye
 *   nguo"), never clothes taken off models, mannequins, products or the washing line, and not where a
 *   prohibition stands next to it ("està prohibit despullar…", "ni marufuku kuvua…", "… সরানো দণ্ডনীয়",
 *   "… ہٹانا ممنوع ہے"): evidence.ts knows no negation words in these four languages yet.
 */
import type { Phrase } from './lexicon.js';
import { folder, lang, r } from './lexicon-languages-b-kit.js';

export const LANGUAGES_C: string[] = ['ca', 'bn', 'sw', 'ur'];

type Sources = Parameters<typeof lang>[1];
type Source = Sources[keyof Sources];

/** Catalan accents also as plain letters, the middle dot of "l·l" as a full stop, a bullet or nothing, and either apostrophe. */
const catalan = folder(
  { à: 'a', è: 'e', é: 'e', í: 'i', ï: 'i', ò: 'o', ó: 'o', ú: 'u', ü: 'u', ç: 'c', "'": '’' },
  { '·': '[·.•]?', "'": "['’]" },
);
/** Urdu letters also as the Arabic letters many keyboards type for them. */
const urdu = folder({ ی: 'يى', ک: 'ك', ہ: 'ه', ھ: 'ه' });
const bengali = (source: string): string => source;

/** Catalan through the kit, with its sources folded first (the kit keeps 'ca' strict). */
const langFolded = (code: string, fold: (source: string) => string, sources: Sources): Phrase[] => {
  const folded = Object.fromEntries(
    Object.entries(sources).map(([category, s]) => [category, typeof s === 'string' ? fold(s) : { words: fold(s.words), loose: fold(s.loose) }]),
  ) as Sources;
  return lang(code, folded);
};

/**
 * Word boundaries over letters and marks, checked at the end like the kit's (one capture group, the
 * start checked by a lookbehind over the match), and bounded stems that take marks.
 */
const MARKED_END = '(?![\\p{L}\\p{M}\\p{N}])';
const MARKED_START = '(?<![\\p{L}\\p{M}\\p{N}]\\1)';
const markedSource = (fold: (source: string) => string) => (source: string): string =>
  fold(source.normalize('NFKC').replace(/[\u200C\u200D]/g, ''))
    .replaceAll('\\p{L}*', '[\\p{L}\\p{M}]{0,40}')
    .replaceAll('\\p{L}+', '[\\p{L}\\p{M}]{1,40}');
const markedPattern = (s: Source, prep: (source: string) => string): RegExp =>
  typeof s === 'string'
    ? new RegExp(`((?:${prep(s)}))${MARKED_END}${MARKED_START}`, 'u')
    : new RegExp(`((?:${prep(s.words)}))${MARKED_END}${MARKED_START}|(?:${prep(s.loose)})${MARKED_END}`, 'u');
/** The kit's phrases (categories, reasons) with patterns compiled for a script with combining marks. */
const marked = (code: string, fold: (source: string) => string, sources: Sources): Phrase[] =>
  lang(code, sources).map((p) => ({ ...p, pattern: markedPattern(sources[p.category as keyof Sources], markedSource(fold)) }));

// ---- Catalan (catalan() folds accents, "l·l" and apostrophes) ----
const CA = langFolded('ca', catalan, {
  'nudify-claim': r`(?<!(?:prohib\p{L}*|no|mai|evit\p{L}*|impedi\p{L}*|impedeix|denunci\p{L}*|contra|risc|perill)(?: \p{L}+){0,2} |(?:detect|reconeix|identific|bloquej)\p{L}*(?: \p{L}+){0,6} )(?:despulla(?:dor|dora|dors|dores|ment)|despull(?:a|ar|eu|i|in|ant|em|en)(?:-(?:la|lo|les|los|li|ne))? (?:a )?(?:qualsevol|tothom|algú|la persona|les persones|persones|dones|noies|la teva|les teves|fotos|fotografies|imatges|una foto|una imatge|la foto|la imatge)|despullar-(?:la|lo|les|los)|(?:ia|app|aplicació|eina|bot|web|generador) (?:per (?:a )?|que |de )despull\p{L}*|(?:treu|trau|traie|elimin|esborr|suprim|retir)\p{L}*(?:-(?:li|los|les))? (?:tota |totes |la |les |sa )?(?:roba|peces de roba|vestits)(?! (?:de |del |dels |d'|al |a |en )(?:la |les |el |els |l'|teus |teves |vostres |nostres )?(?:maniquí|maniquins|model|models|producte|productes|catàleg|botiga|rentadora|assecadora|armari|calaix|maleta|estenedor|cistella|penjador)\p{L}*)|sense roba(?! (?:bruta|neta|estesa|per rentar|per planxar))|versi(?:ó|ons) (?:sense roba|nua|nues)|(?:fotos?|fotografies|imatges?) nu(?:a|es)|(?:veure|veu|veieu|mira|mireu)\p{L}* (?:a )?(?:través|sota) (?:de )?la roba|(?:mode|filtre|visió|càmera) (?:de )?raigs x|deix(?:a|ar|eu)(?:-(?:la|lo|les|los))? nu(?:a|es))`,
  faceswap: r`intercanvi(?:ar|a|eu)? (?:de )?(?:les )?cares|intercanviador\p{L}* de cares|canvi(?:ar|a|eu)? (?:de )?(?:les )?cares|canvia(?:r)? la cara (?:de |a )(?:qualsevol|tothom|algú|famos\p{L}*)|(?:posa|posar|poseu|insereix|inserir|afegeix|afegir)(?:-hi)? (?:la teva |la vostra |qualsevol |una )?cara (?:a|en|dins d'un) (?:qualsevol |un |els |les )?(?:vídeos?|escenes?|plantilles?|clips?)|la teva cara (?:a|en) (?:qualsevol |un |els )?vídeos?|ultrafals\p{L}*|falsificaci(?:ó|ons) profund\p{L}*`,
  adult: r`(?:contingut|continguts|vídeos?|plantilles|mode|imatges|generador|xat|escenes|categories|fotos) (?:per a |d')adults|només per a (?:adults|majors d'edat|majors de 18)|per a majors de 18(?: anys)?|majors de 18 anys|(?:vídeos?|contingut|mode|plantilles|imatges|escenes) (?:\+ ?18|18 ?\+)|(?:\+ ?18|18 ?\+) (?:vídeos?|contingut|mode|plantilles|imatges)|mode nsfw|sense censura|(?:ia|contingut|mode|imatges|fotos|xat|vídeos?) picant\p{L}*|(?:contingut|vídeos?|imatges|fotos) eròtic\p{L}*`,
  upload: r`(?:puja|pugeu|pujar|pujant|penja|pengeu|penjar|carrega|carregueu|carregar|tria|trieu|triar|selecciona|seleccioneu|seleccionar|envia|envieu|enviar|envia'ns|envieu-nos)(?:-hi)? (?:una |la |les |dues |\d+ )?(?:teva |teves |vostra |vostres |seva |seves )?(?:foto|fotos|fotografia|fotografies|imatge|imatges|selfie|selfies)|arrossega (?:i deixa anar )?(?:la |una )?(?:foto|imatge)`,
  credits: r`\d+ (?:crèdits|monedes|fitxes|tokens|punts|gemmes)|(?:crèdits|monedes|fitxes) (?:gratuïts|gratuïtes|gratis|de franc|de regal|de prova)|(?:compra|comprar|compreu|adquireix) (?:\d+ )?(?:crèdits|monedes|fitxes|tokens)|paquets? de (?:\d+ )?(?:crèdits|monedes|fitxes)|per (?:generació|crida|imatge generada)|crides de prova`,
  subscription: {
    words: r`per mes|cada mes|mensuals|mensualment|a la setmana|per setmana|setmanal\p{L}*|(?:pla|pagament|quota) anual|subscripci(?:ó|ons)|subscriu-te|subscriviu-vos|(?:pla|compte|accés|membres|subscripció) (?:prèmium|premium|vip|il·limitat)|cancel·la(?:-la)? quan vulguis|cancel·lar quan vulguis|sense permanència`,
    loose: r`(?:€|\$) ?/ ?(?:mes|setmana)|/ ?(?:mes|setm)`,
  },
  checkout: r`(?:paga|pagueu|pagar|pagament|pagaments) (?:amb|per|mitjançant|via) (?:targeta|targetes|bizum|criptomonedes|criptomoneda|cripto|bitcoin|btc|usdt|paypal|transferència)|compra(?:-lo|-la|-ho)? ara|(?:recarrega|recarregueu|recarregar|recàrrega|recàrregues) (?:de |el |del )?saldo|recarregues saldo|acceptem (?:targeta|targetes|criptomonedes|bitcoin|bizum|paypal)|pagament segur`,
  'app-install': r`(?:descarrega|descarregueu|descarregar|baixa|baixeu|baixa't|baixar|instal·la|instal·leu|instal·lar)(?:-te)? (?:l'|la |gratis |gratuïtament )?(?:app|aplicació|apk)\p{L}*|afegeix(?:-la|-ho)? a la pantalla d'inici|disponible (?:a|per a) (?:android|ios|iphone|google play|l'app store|app store)|(?:app|aplicació) per a (?:android|ios|iphone)`,
  'bot-product': r`(?:el )?nostre bot|bot oficial|(?:inicia|inicieu|obre|obriu|prova|proveu) (?:el )?bot|envia(?:-li)? (?:una |la )?(?:foto|imatge) al bot|bots? de telegram`,
  order: r`fes (?:la teva |una |un )?comanda|fer (?:una )?comanda|(?:encarrega|encarregueu|encarregar) (?:ara|el teu|un|una)|comand(?:a|es) personalitzad\p{L}*|per encàrrec|encàrrecs? personalitzats?|fes el teu encàrrec`,
  reporting: r`segons (?:ha |han )?(?:informat|explicat|declarat|confirmat)|segons (?:la |el |els |les |l')?(?:policia|mossos|fonts|dades|experts|expertes|informe|investigació|fiscalia|diari|agència|denúncia|estudi)\p{L}*|(?:ha|han) (?:explicat|declarat|assegurat|afirmat) (?:a |al |als )|policia|policies|mossos d'esquadra|guàrdia urbana|guàrdia civil|redacció|investigació periodística|temps de lectura|\d+ min(?:uts)? de lectura|\d+ comentaris|publicat (?:el |a les |\d)`,
  harm: r`sense (?:el (?:seu )?|cap |la (?:seva )?)?(?:consentiment|permís|autorització)|no consentid\p{L}*|il·leg(?:al|als|alment|alitat)|delicte\p{L}*|delictiu\p{L}*|abús sexual|abusos sexuals|assetjament\p{L}*|xantatge\p{L}*|extorsi(?:ó|ons)|explotació sexual|pornografia infantil|pornografia de venjança|violència (?:sexual|digital|masclista)|prohibi(?:t|da|ts|des)|prohibeix\p{L}*`,
  'victim-help': r`víctimes|persones afectades|línia d'(?:ajuda|atenció)|telèfon d'(?:ajuda|atenció)|(?:demana|demaneu|busca|busqueu|obtén|obtingueu|troba) ajuda|(?:denuncia|denuncieu|denunciar)(?:-ho|-les|-ho)? (?:a |als |davant (?:dels |de la ))?(?:mossos|policia|la policia|les autoritats)|(?:fes|feu|presenta|presenteu|posar) (?:una )?denúncia|fes un donatiu|donatius?|fes-te soci|atenció a les víctim\p{L}*|acompanyament (?:psicològic|jurídic|a les víctimes)|suport psicològic|(?:sol·licita|demana)\p{L}* la retirada|016`,
  'legal-gov': r`ministeri\p{L}*|govern|generalitat|parlament\p{L}*|congrés dels diputats|lleis?|llei orgànica|decret\p{L}*|article \d+|codi penal|tribunal\p{L}*|jutjat\p{L}*|fiscalia|agència (?:espanyola|catalana) de protecció de dades|autoritat catalana de protecció de dades|síndic\p{L}* de greuges|butlletí oficial|reglament\p{L}*|directiva europea|comissió europea`,
  academic: r`resum(?= ?:)|universitat\p{L}*|recerca|investigadors?|investigadores|conjunts? de dades|metodologia|paraules clau|tesi doctoral|treball de fi de (?:grau|màster)|article científic|revisió per parells|grup de recerca`,
  'photo-tool': r`(?:treu|elimin|esborr|suprim|canvi)\p{L}* (?:el )?fons(?: de (?:la |les )?(?:foto|fotos|imatge|imatges))?|restaur\p{L}* (?:de )?(?:fotos|fotografies) antigues|restauració de (?:fotos|fotografies)|(?:millora|augmenta|millorar|augmentar) (?:la )?(?:qualitat|resolució|nitidesa)|acoloreix\p{L}*|acolorir|fotos? (?:de|per al) (?:carnet|passaport|dni)|retoc(?:s|ar)?|retoca\p{L}*|editor de fotos`,
  'garment-care': r`arrug\p{L}* (?:de |a |en |d')(?:la |les |l')?(?:roba|peces|camis\p{L}*|vestits?|teixit\p{L}*|samarret\p{L}*)|(?:pelussa|pelusses|taques|borrissol|pols|pèls) (?:de |a |en |d')(?:la |les |l')?(?:roba|peces|teixit\p{L}*|camis\p{L}*)|(?:fotos?|fotografi\p{L}*|imatges?) de (?:producte|productes|catàleg)|maniquins|(?:canvia|canviar|canvieu) (?:la roba|el vestit|l'outfit|el conjunt) (?:del |dels |de la |de les |al |als )(?:model|models|maniquí|maniquins)|models? virtuals?|emprovador virtual|provador virtual`,
  sfw: r`mems?|aniversaris?|divertits?|per riure|per a tota la família|aptes? per a (?:tots els públics|infants|nens)`,
  'safety-tool': r`(?:detecci(?:ó|ons)|detect(?:a|ar|em|en|eu)|bloqueig|bloquej\p{L}*|filtr(?:a|ar|atge|em)|identific\p{L}*|reconeix\p{L}*) (?:automàticament )?(?:de |la |les |els )?(?:\p{L}+ ){0,2}(?:nuesa|contingut (?:per a adults|sexual|explícit|íntim)|imatges (?:despullades|íntimes|explícites)|ultrafals\p{L}*)|(?:detect|reconeix|reconèixer|identific)\p{L}* (?:\p{L}+ ){0,4}(?:manipulaci(?:ó|ons)|manipulades|artefactes|(?:imatges|fotos|vídeos) (?:generades|generats|fets) (?:per|amb) (?:la )?ia)|indicis de manipulació|si (?:conté|contenen|hi ha) (?:nuesa|contingut (?:per a adults|sexual|explícit))|moderaci(?:ó|ons) (?:de continguts?|d'imatges|automàtica)`,
  'review-subject': r`ressenyes?|opinions? (?:sobre|de)|valoraci(?:ó|ons)|és (?:segur|segura|legal|fiable|de fiar|una estafa)|(?:apps|aplicacions|webs|eines|llocs) (?:semblants|similars)|codis? (?:de )?(?:descompte|promocional|promoció)|cupons?`,
  promotion: r`enllaços? (?:d'afiliats?|afiliats?|de referència|patrocinats?)|(?:rebem|cobrem|guanyem|podem rebre|podríem rebre|percebem) una (?:petita )?comissió|comissi(?:ó|ons) d'afiliat|contingut patrocinat|article patrocinat|patrocinat per|rànquing\p{L}*|comparaci(?:ó|ons)|els \d+ millors|millors \d+|avantatges i (?:inconvenients|desavantatges)|pros i contres`,
});

// ---- Bengali (marks-aware boundaries; "মাসিক" is also menstruation, "বিকাশ" also development, "তুলনায়" just "compared to") ----
const BN = marked('bn', bengali, {
  'nudify-claim': r`(?<!(?:ম্যানিকিন|ম্যানেকুইন|মডেল|পণ্য|প্রোডাক্ট|ভেজা|শুকনো|ময়লা|ধোয়া)\p{L}* )(?:জামাকাপড়|পোশাক|পোষাক|কাপড়|জামা)(?:গুলো|টি|টা)? (?:পুরোপুরি |সম্পূর্ণ |সম্পূর্ণভাবে |এক ক্লিকে |মুহূর্তে |নিমেষে |স্বয়ংক্রিয়ভাবে )?(?:সরি|সরা|মুছ|মোছ|খুল|খোল|রিমুভ|বাদ দি|বাদ দে|গায়েব|উধাও)\p{L}*(?![\p{L}\p{M} ]{0,30}(?:নিষিদ্ধ|অপরাধ|দণ্ডনীয়|বেআইনি|অবৈধ|যাবে না|করবেন না|শনাক্ত|সনাক্ত|চিহ্নিত|ব্লক))|বিবস্ত্র (?:করুন|করো|করে দিন|করে দেয়|করে দেবে|করার (?:অ্যাপ|এআই|টুল|বট|সাইট))|আনড্রেস\p{L}*|(?:নগ্ন|ন্যুড) (?:ছবি|ফটো|ইমেজ) (?:বানা|তৈরি|জেনারেট)\p{L}*|নগ্ন (?:করে দি|করে দেয়|করুন|করো|করার|বানান|বানাও)\p{L}*|(?:নগ্ন|ন্যুড) (?:সংস্করণ|ভার্সন|মোড|রূপ)|ন্যুড (?:ফিল্টার|মেকার|জেনারেটর|এআই|অ্যাপ)|(?:জামাকাপড়|পোশাক|কাপড়) ছাড়া(?:ই)? (?:ছবি|দেখুন|রূপ)\p{L}*|(?:জামাকাপড়|পোশাক|কাপড়)(?:ের)? (?:নিচে|ভেতরে|ভেদ করে) (?:কী আছে )?দেখ\p{L}*|এক্স-?রে (?:মোড|ফিল্টার|ক্যামেরা|ভিশন|স্লাইডার)`,
  faceswap: r`ফেস ?সোয়াপ\p{L}*|ফেস ?সোয়্যাপ\p{L}*|মুখ (?:বদল|পাল্টা|পরিবর্তন|অদলবদল|সোয়াপ|বসা|বসি|লাগা)\p{L}*|চেহারা (?:বদল|পাল্টা|পরিবর্তন)\p{L}*|ডিপ ?ফেক\p{L}*|যে ?কারো মুখ|(?:আপনার|যে ?কোনো|যেকোনো) (?:মানুষের )?মুখ (?:যে ?কোনো |যেকোনো )?(?:ভিডিও|ছবি)\p{L}*`,
  adult: r`প্রাপ্তবয়স্কদের (?:জন্য|কনটেন্ট)|প্রাপ্তবয়স্ক (?:কনটেন্ট|ভিডিও|বিষয়বস্তু|ছবি)\p{L}*|(?:১৮|18) ?\+ ?(?:ভিডিও|কনটেন্ট|মোড|টেমপ্লেট|ছবি)\p{L}*|(?:ভিডিও|কনটেন্ট|মোড) (?:১৮|18) ?\+|এনএসএফডব্লিউ(?: মোড)?|nsfw মোড|সেন্সর ছাড়া|সেন্সরবিহীন|আনসেন্সর\p{L}*|অশ্লীল (?:ভিডিও|কনটেন্ট|ছবি)\p{L}*|অ্যাডাল্ট\p{L}*|এডাল্ট\p{L}*`,
  upload: r`(?:ছবি|ফটো|সেলফি|ইমেজ)(?:টি|টা|গুলো|গুলি)? (?:আপলোড|বেছে নিন|নির্বাচন কর|পাঠান|পাঠাও)\p{L}*|আপলোড কর(?:ুন|ো)|(?:আপনার|নিজের) (?:একটি |একটা )?(?:ছবি|ফটো|সেলফি) দিন`,
  credits: r`ক্রেডিট(?! কার্ড)|ক্রেডিটে|ক্রেডিটের|কয়েন\p{L}*|টোকেন\p{L}*|প্রতি (?:ছবি|ইমেজ|জেনারেশন)\p{L}*`,
  subscription: {
    words: r`মাসিক (?:প্ল্যান|প্যাক|প্যাকেজ|সাবস্ক্রিপশন|চাঁদা|ফি|মূল্য)\p{L}*|সাপ্তাহিক (?:প্ল্যান|প্যাক|প্যাকেজ|ভিআইপি|vip|সাবস্ক্রিপশন)\p{L}*|বার্ষিক (?:প্ল্যান|প্যাকেজ|সাবস্ক্রিপশন)\p{L}*|প্রতি (?:মাসে|সপ্তাহে)|মাসে (?:মাত্র )?[0-9০-৯]+|সাবস্ক্রিপশন\p{L}*|সাবস্ক্রাইব\p{L}*|প্রিমিয়াম\p{L}*|ভিআইপি\p{L}*|যেকোনো সময় বাতিল`,
    loose: r`/ ?(?:মাস|সপ্তাহ)`,
  },
  checkout: r`(?:কার্ড|বিকাশ|নগদ|রকেট|উপায়|ক্রিপ্টো|বিটকয়েন|ইউএসডিটি|পেপ্যাল)(?:ে|এ|-এ)? (?:দিয়ে |মাধ্যমে |এর মাধ্যমে )?(?:পেমেন্ট|পরিশোধ|মূল্য পরিশোধ)\p{L}*|পেমেন্ট কর(?:ুন|ো)|এখনই কিনুন|(?:ব্যালেন্স )?রিচার্জ কর(?:ুন|ো)|নিরাপদ পেমেন্ট|(?:বিকাশ|নগদ|রকেট) (?:নম্বর|নাম্বার|পেমেন্ট)\p{L}*`,
  'app-install': r`(?:অ্যাপ|এ্যাপ|অ্যাপস|অ্যাপটি|অ্যাপ্লিকেশন|এপিকে|apk)(?: টি)? (?:ডাউনলোড|ইনস্টল|ইন্সটল)\p{L}*|এপিকে (?:ফাইল|ডাউনলোড)\p{L}*|হোম স্ক্রিনে (?:যোগ|অ্যাড)\p{L}*|(?:গুগল প্লে|প্লে স্টোর|অ্যাপ স্টোর)(?: থেকে| এ|-এ)? (?:ডাউনলোড|পাওয়া যাচ্ছে|পাওয়া যায়)\p{L}*|অ্যান্ড্রয়েড (?:অ্যাপ|এপিকে|apk)\p{L}*`,
  'bot-product': r`আমাদের (?:টেলিগ্রাম )?বট\p{L}*|বট(?:টি)? (?:চালু|শুরু|স্টার্ট)\p{L}*|(?:বটে|বটকে) (?:ছবি|ফটো)\p{L}* পাঠা\p{L}*|টেলিগ্রাম বট\p{L}*`,
  order: r`অর্ডার (?:করুন|দিন|করতে|করবেন)|কাস্টম (?:অর্ডার|ভিডিও|ছবি|এডিট)\p{L}*|অর্ডার অনুযায়ী|ফরমায়েশ\p{L}*|আপনার অর্ডার`,
  reporting: r`(?:পুলিশ|সূত্র|প্রতিবেদন|গবেষণা|তথ্য|বিশেষজ্ঞ|কর্মকর্তা|র‍্যাব)\p{L}* (?:মতে|অনুযায়ী|অনুসারে|জানা গেছে)|তথ্যমতে|বলেন|বলছেন|জানিয়েছেন|জানিয়েছে|নিজস্ব প্রতিবেদক|প্রতিবেদক\p{L}*|সাংবাদিক\p{L}*|অনুসন্ধানী (?:প্রতিবেদন|সাংবাদিকতা)\p{L}*|পুলিশ\p{L}*|থানা\p{L}*|পড়ার সময়|[0-9০-৯]+ মিনিটে? পড়ুন|[0-9০-৯]+ (?:টি )?মন্তব্য|প্রকাশিত`,
  harm: r`(?:সম্মতি|অনুমতি) (?:ছাড়া|ছাড়াই|ব্যতীত|না নিয়ে)|অবৈধ|বেআইনি|অপরাধ\p{L}*|হয়রানি\p{L}*|যৌন (?:হয়রানি|নির্যাতন|শোষণ|নিপীড়ন)\p{L}*|ব্ল্যাকমেইল\p{L}*|ব্ল্যাকমেল\p{L}*|নির্যাতন\p{L}*|সাইবার বুলিং|নিষিদ্ধ|শাস্তিযোগ্য|দণ্ডনীয়|মানহানি\p{L}*|শিশু পর্নোগ্রাফি`,
  'victim-help': r`ভুক্তভোগী\p{L}*|ক্ষতিগ্রস্ত(?:দের)? (?:জন্য|সহায়তা)|হেল্পলাইন\p{L}*|অভিযোগ (?:করুন|জানান|দায়ের|করতে|জানাতে)\p{L}*|সাহায্য (?:নিন|চান|পেতে|নিতে)|সহায়তা (?:নিন|চান|পেতে|নিতে)|কাউন্সেলিং|মানসিক (?:স্বাস্থ্যসেবা|সহায়তা|সাপোর্ট)\p{L}*|দান করুন|অনুদান\p{L}*|(?:জাতীয় )?জরুরি সেবা ৯৯৯|৯৯৯ নম্বরে|৯৯৯-?এ (?:ফোন|কল)\p{L}*|(?:ছবি|কনটেন্ট) (?:সরানোর|অপসারণের) (?:আবেদন|অনুরোধ)`,
  'legal-gov': r`মন্ত্রণালয়\p{L}*|সরকার\p{L}*|আইন\p{L}*|অধ্যাদেশ\p{L}*|ধারা [0-9০-৯]+|[0-9০-৯]+ ধারা\p{L}*|ধারায়|আদালত\p{L}*|হাইকোর্ট\p{L}*|সুপ্রিম কোর্ট\p{L}*|সংসদ\p{L}*|বিটিআরসি|বিধিমালা|নিয়ন্ত্রক সংস্থা\p{L}*`,
  academic: r`বিশ্ববিদ্যালয়\p{L}*|গবেষণাপত্র\p{L}*|গবেষণা প্রবন্ধ|(?:এই|আমাদের) গবেষণায়|গবেষক\p{L}*|সারসংক্ষেপ|সারাংশ|ডেটাসেট\p{L}*|ডাটাসেট\p{L}*|থিসিস|মূলশব্দ|উপাত্ত\p{L}*`,
  'photo-tool': r`(?:ব্যাকগ্রাউন্ড|পটভূমি) (?:রিমুভ|মুছ|সরা|বদল|পরিবর্তন)\p{L}*|(?:পুরনো|পুরোনো) (?:ছবি|ফটো)\p{L}* (?:ঠিক|রিস্টোর|মেরামত|পুনরুদ্ধার|রঙিন)\p{L}*|পাসপোর্ট (?:সাইজ )?(?:ছবি|ফটো)\p{L}*|ছবির (?:মান|রেজোলিউশন|কোয়ালিটি) (?:বাড়া|উন্নত|বৃদ্ধি)\p{L}*|ফটো এডিটর\p{L}*|রিটাচ\p{L}*`,
  'garment-care': r`(?:পোশাক|কাপড়|জামা|জামাকাপড়|শার্ট)\p{L}* (?:ভাঁজ|কুঁচকানো|দাগ|লোম|ধুলো|ধুলা|রোঁয়া)\p{L}*|ভাঁজ (?:দূর|সরা|মুছ)\p{L}*|পণ্যের (?:ছবি|ফটো)\p{L}*|প্রোডাক্ট (?:ফটো|ছবি|ফটোগ্রাফি)\p{L}*|ম্যানিকিন\p{L}*|ম্যানেকুইন\p{L}*|ম্যানেকিন\p{L}*|মডেলের (?:পোশাক|জামা|কাপড়) (?:বদল|পাল্টা|পরিবর্তন)\p{L}*|ভার্চুয়াল (?:ট্রায়াল|ট্রাই-?অন|মডেল|ড্রেসিং)\p{L}*`,
  sfw: r`মিম(?:স|গুলো)?|জন্মদিন\p{L}*|মজার|মজাদার|হাস্যকর|মজা করার জন্য|(?:পরিবারের সবার|পুরো পরিবারের) জন্য|শিশুদের জন্য নিরাপদ|পারিবারিক বিনোদন`,
  'safety-tool': r`(?:নগ্নতা|নগ্ন ছবি|অশ্লীল (?:কনটেন্ট|ছবি|বিষয়বস্তু)|ডিপফেক|এনএসএফডব্লিউ|আপত্তিকর (?:ছবি|কনটেন্ট))\p{L}* (?:শনাক্ত|সনাক্ত|চিহ্নিত|ব্লক|ফিল্টার|প্রতিরোধ|রোধ|ধরতে|ধরা)\p{L}*|কনটেন্ট মডারেশন|কন্টেন্ট মডারেশন|বিষয়বস্তু (?:মডারেশন|পর্যবেক্ষণ)`,
  'review-subject': r`রিভিউ\p{L}*|পর্যালোচনা\p{L}*|(?:নিরাপদ|বৈধ|আসল|নির্ভরযোগ্য) কি(?: না)?|কি (?:নিরাপদ|বৈধ|আসল)|বিকল্প (?:অ্যাপ|সাইট|সার্ভিস|টুল)\p{L}*|কুপন\p{L}*|প্রোমো কোড|ডিসকাউন্ট কোড|একই রকম (?:অ্যাপ|সাইট)\p{L}*`,
  promotion: r`অ্যাফিলিয়েট\p{L}*|এফিলিয়েট\p{L}*|কমিশন (?:পাই|পেতে|পেয়ে|দেয়|দেন|নিই)\p{L}*|কমিশনে চলে|স্পনসর\p{L}*|স্পন্সর\p{L}*|পৃষ্ঠপোষক\p{L}*|তুলনামূলক|তুলনা (?:করুন|করে দেখুন|চার্ট|তালিকা)|র‍্যাংকিং\p{L}*|র‍্যাঙ্কিং\p{L}*|সেরা [0-9০-৯]+(?:টি)?|[0-9০-৯]+(?:টি)? সেরা|সুবিধা (?:ও|এবং) অসুবিধা|রেফারেল (?:লিংক|লিঙ্ক|কোড)\p{L}*`,
});

/**
 * A Swahili verb stem after min–max prefix letters. The match starts at the stem, a literal the regex
 * engine can look for quickly (a leading \p{L}{0,7} made every position of a page cost eight tries), and
 * a lookbehind after the stem checks that the prefix starts a word; `before` adds checks at that start.
 * These parts go in the kit's `loose` slot, which has no start check of its own.
 */
const pre = (min: number, max: number, stem: string, rest = '', before = ''): string =>
  `${stem}(?<=${before}(?<![\\p{L}\\p{N}])\\p{L}{${min},${max}}${stem})${rest}`;
/** Not after a prohibition, a detecting verb or in a changing room, and not a negative verb ("usivue", "tusimvue"). */
const SW_NOT = r`(?<!\p{L}{0,4}(?:gundu|tambu|zui|chuj)\p{L}{0,4}(?: \p{L}+){0,3} )(?<!(?:marufuku|hairuhusiwi|haruhusiwi|haramu|kosa|kataza|anakataza|inakataza|tunakataza|chumba|vyumba|sehemu)(?: \p{L}+){0,2} )(?!\p{L}{0,3}si)`;
/** Clothes of mannequins, products, the washing line or the wardrobe. */
const SW_GARMENT = r`(?! (?:za|ya|kutoka|kwenye|katika|kwa) (?:\p{L}+ )?(?:mwanasesere|wanasesere|sanamu|bidhaa|modeli|manekini|maonyesho|kamba|mashine|kabati|sanduku)\p{L}*)`;

// ---- Swahili (verb prefixes: see pre(); "vua" is also "to fish", "agiza" also "to instruct") ----
const SW = lang('sw', {
  'nudify-claim': {
    words: r`nguo (?:zote )?(?:zi|zina|zita|zime|hu)\p{L}{0,4}(?:ondolewa|futwa|vuliwa)${SW_GARMENT}|(?:toleo|matoleo|hali|modi) (?:ya|za|la) uchi|(?:picha|video) za uchi za (?:mtu yeyote|yeyote|kila mtu)|bila nguo(?! (?:safi|chafu|za kubadilisha|za ziada))|(?:hali|modi|kichujio|kamera) ya (?:x-?ray|eksirei|eksrei)`,
    loose: [
      pre(0, 7, r`vu(?:a|e|lia|liwa|ana)`, r`(?: \p{L}+){0,2} nguo${SW_GARMENT}`, SW_NOT),
      pre(0, 7, r`(?:ondo(?:a|e|lewa|lea)|fut(?:a|e|wa|ia))`, r` (?:kabisa |zote )?nguo${SW_GARMENT}`, SW_NOT),
      pre(1, 4, r`(?:m|wa)vu(?:a|e)`, r` (?:mtu yeyote|yeyote|kila mtu|msichana|mwanamke|wasichana|wanawake)`, SW_NOT),
      pre(0, 6, r`(?:tengenez|unda|zalish|geuz)`, r`\p{L}{0,4} (?:\p{L}+ ){0,2}(?:picha|video) (?:za|ya) uchi`),
      pre(0, 6, r`on(?:a|e|yesha)`, r`\p{L}{0,2} (?:kupitia|chini ya|ndani ya) nguo`),
    ].join('|'),
  },
  faceswap: {
    words: r`kubadilishana nyuso|ubadilishaji wa (?:uso|nyuso)|uso wako kwenye (?:video|klipu)`,
    loose: [
      pre(0, 6, r`badilish`, r`\p{L}{0,4} (?:\p{L}+ )?(?:uso|nyuso)(?! (?:wa|ya) (?:mji|jiji|nchi|taifa|siasa|soko|tasnia))`),
      pre(0, 6, r`wek`, r`\p{L}{0,4} (?:uso|nyuso) (?:wako|wake|wao|wa mtu yeyote|wa mtu) (?:\p{L}+ ){0,3}(?:kwenye|katika|ndani ya) (?:video|picha|klipu)`),
    ].join('|'),
  },
  adult: r`(?:maudhui|video|picha|filamu|klipu|violezo|hali|modi|sehemu) (?:ya|za|kwa) watu wazima|kwa watu wazima (?:pekee|tu)|watu wazima pekee|(?:video|maudhui|picha|hali|modi|violezo) (?:za |ya )?(?:18\+|\+18)|(?:hali|modi) ya nsfw|bila (?:kuchujwa|vichujio|kichujio|udhibiti wa maudhui)|(?:maudhui|video|picha) (?:ya|za) (?:ngono|kingono|kimapenzi)`,
  upload: {
    words: r`pakia picha|chagua picha|tuma picha`,
    loose: [
      pre(0, 4, r`paki(?:a|e|ze)`, r`\p{L}{0,2} (?:\p{L}+ )?(?:picha|selfie)`),
      pre(0, 4, r`chagu(?:a|e)`, r` (?:\p{L}+ )?picha`),
      pre(0, 4, r`tu(?:ma|me|mie)`, r`\p{L}{0,3} (?:\p{L}+ )?(?:picha|selfie)`),
    ].join('|'),
  },
  credits: {
    words: r`(?:krediti|sarafu|tokeni|pointi|mikopo|almasi) \d+|\d+ (?:krediti|sarafu|tokeni|pointi|mikopo)|(?:krediti|mikopo|sarafu|tokeni) (?:\d+ )?(?:ya|za) (?:bure|bila malipo|ziada)|kifurushi cha (?:krediti|sarafu|tokeni)|kwa kila (?:picha|video|uzalishaji)`,
    loose: pre(0, 4, r`nunu(?:a|e)`, r` (?:\p{L}+ )?(?:krediti|sarafu|tokeni|pointi)`),
  },
  subscription: {
    words: r`kwa mwezi|kila mwezi|kwa wiki|kila wiki|kifurushi cha (?:mwezi|wiki|mwaka|kila mwezi)|usajili wa (?:kila )?(?:mwezi|wiki|mwaka|premium|vip)|(?:uanachama|akaunti|kifurushi|mpango) wa (?:premium|vip|dhahabu|kila mwezi)|(?:premium|vip) ya (?:mwezi|wiki)|jiunge na (?:premium|vip)|ghairi (?:wakati wowote|muda wowote)`,
    loose: [r`/ ?(?:mwezi|wiki|mwaka)`, pre(0, 4, r`jisajili`, r`\p{L}{0,2} (?:kwa |kwenye )?(?:premium|vip)`)].join('|'),
  },
  checkout: {
    words: r`malipo (?:kwa|kupitia|ya) (?:kadi|m-?pesa|mpesa|crypto|kripto|bitcoin|usdt|sarafu za kidijitali)|malipo salama|lip(?:a|ia) sasa|nunua sasa|ongeza salio`,
    loose: [
      pre(0, 4, r`lip(?:a|e|ia|ie)`, r`\p{L}{0,2} (?:\p{L}+ )?(?:kwa|kupitia|kwa kutumia) (?:kadi|m-?pesa|mpesa|airtel money|tigo ?pesa|mixx|halopesa|crypto|kripto|sarafu (?:za|ya) kidijitali|bitcoin|btc|usdt|paypal|visa|mastercard)`),
      pre(0, 3, r`nunua sasa`),
      pre(0, 4, r`pokea`, r` (?:m-?pesa|crypto|kripto|bitcoin|usdt|kadi|sarafu (?:za|ya) kidijitali)`),
      pre(0, 3, r`ongeza salio`),
    ].join('|'),
  },
  'app-install': {
    words: r`pakua programu|inapatikana (?:kwenye|katika) (?:google play|play store|app store)|(?:programu|app) ya (?:android|iphone|ios)`,
    loose: [
      pre(0, 4, r`paku(?:a|e)`, r`\p{L}{0,2} (?:\p{L}+ )?(?:programu|app|apu|apk|aplikesheni)`),
      pre(0, 4, r`sakinish`, r`\p{L}{0,3} (?:\p{L}+ )?(?:programu|app|apk)`),
      pre(0, 3, r`(?:ongeza|weka)`, r`\p{L}{0,2} (?:kwenye|katika) skrini ya (?:nyumbani|mwanzo)`),
    ].join('|'),
  },
  'bot-product': {
    words: r`bot yetu|boti yetu|roboti yetu|bot rasmi|(?:fungua|anza) (?:bot|boti)|(?:bot|boti) ya telegram`,
    loose: [
      pre(0, 3, r`anzish`, r`\p{L}{0,3} (?:bot|boti)`),
      pre(0, 4, r`tum(?:a|e|ie)`, r`\p{L}{0,2} (?:\p{L}+ )?(?:picha|selfie)\p{L}* (?:kwa|kwenye) (?:bot|boti)`),
    ].join('|'),
  },
  order: {
    words: r`weka oda|oda (?:maalum|yako|ya haraka)|agiza (?:sasa|video|picha|kazi)|kuagiza (?:video|picha)|kwa oda maalum|\d+ oda`,
    loose: pre(0, 3, r`tuma oda`),
  },
  reporting: r`kwa mujibu wa (?:jeshi la |msemaji wa )?(?:polisi|ripoti|taarifa|vyanzo|wataalamu|uchunguzi|utafiti|mamlaka|msemaji|gazeti|shirika)\p{L}*|(?:a|wa)(?:li|me)sema|(?:a|wa)(?:li|me)eleza|ali(?:li|wa)ambia|ameliambia|waliliambia|mwandishi wa habari|waandishi wa habari|mwandishi wetu|uchunguzi wa (?:kina|gazeti|habari)|polisi|muda wa kusoma|dakika \d+ za kusoma|imechapishwa|ilichapishwa|maoni \(\d+\)|\d+ maoni`,
  harm: {
    words: r`bila (?:ya )?(?:ridhaa|idhini|ruhusa|kibali)|kinyume (?:cha|na) sheria|haramu|uhalifu|kosa la (?:jinai|kisheria)|makosa ya (?:jinai|mtandaoni|kimtandao)|unyanyasaji\p{L}*|udhalilishaji\p{L}*|unyonyaji|usaliti|ni marufuku|ukatili wa (?:kijinsia|kingono|mtandaoni)`,
    loose: [pre(0, 4, r`dhalilish`, r`\p{L}{0,6}`), pre(0, 4, r`pigwa marufuku`)].join('|'),
  },
  'victim-help': {
    words: r`waathiriwa|mwathiriwa|waathirika|mwathirika|wahanga|mhanga|(?:simu|nambari|namba) ya msaada|toa taarifa (?:kwa |polisi)|ushauri nasaha|michango|toa mchango|msaada wa (?:kisaikolojia|kisheria)|dawati la jinsia`,
    loose: [
      pre(0, 3, r`(?:pat|tafut|omb)`, r`\p{L}{0,2} msaada`),
      pre(0, 3, r`ripoti`, r` (?:kwa polisi|maudhui|tukio)`),
      pre(0, 3, r`changi(?:a|e|ia)`),
    ].join('|'),
  },
  'legal-gov': r`wizara ya \p{L}+|serikali|sheria ya \p{L}+|sheria (?:hii|mpya)|kifungu (?:cha |namba )?\d+|ibara ya \d+|mahakama\p{L}*|bunge|bungeni|mbunge|wabunge|mamlaka ya mawasiliano|tume ya (?:ulinzi|haki|mawasiliano)\p{L}*|mwendesha mashtaka|mwanasheria mkuu|kanuni za \p{L}+`,
  academic: {
    words: r`chuo kikuu|vyuo vikuu|utafiti huu|watafiti|mtafiti|ikisiri|seti ya data|mkusanyiko wa data|mbinu za utafiti|tasnifu|makala ya kitaaluma|maneno muhimu|jarida la kitaaluma`,
    loose: pre(0, 2, r`tafiti`),
  },
  'photo-tool': {
    words: r`badilisha (?:rangi ya )?mandharinyuma|picha (?:ya|za) pasipoti|kihariri (?:cha )?picha`,
    loose: [
      pre(0, 3, r`ondo(?:a|e)`, r`\p{L}{0,2} (?:mandharinyuma|mandhari ya nyuma|usuli)`),
      pre(0, 3, r`(?:rekebish|rejesh)`, r`\p{L}{0,3} picha (?:za |ya )?zamani`),
      pre(0, 3, r`boresh`, r`\p{L}{0,3} ubora wa picha`),
      pre(0, 3, r`ongeza ukubwa wa picha`),
    ].join('|'),
  },
  'garment-care': {
    words: r`mikunjo|madoa (?:kwenye|ya|katika|kutoka) (?:\p{L}+ )?nguo|vumbi (?:kwenye|la) nguo|vinyweleo (?:kwenye|vya) nguo|picha (?:za|ya) bidhaa|upigaji picha wa bidhaa|(?:mwanasesere|sanamu) (?:wa|ya) (?:kuonyeshea|maonyesho|kuonesha)|manekini|(?:mwanamitindo|wanamitindo) wa (?:kidijitali|mtandaoni|ai)`,
    loose: [
      pre(0, 3, r`badilish`, r`\p{L}{0,3} nguo (?:za|ya|kwa) (?:mwanamitindo|wanamitindo|modeli)`),
      pre(0, 3, r`jarib`, r`\p{L}{0,2} nguo (?:kidijitali|mtandaoni)`),
    ].join('|'),
  },
  sfw: {
    words: r`vichekesho|mizaha|utani|siku ya kuzaliwa|sherehe ya kuzaliwa|kwa familia nzima|inayofaa (?:kwa )?familia|salama kwa (?:watoto|familia)|kwa burudani`,
    loose: [pre(0, 3, r`chekesha`, r`\p{L}{0,2}`), pre(0, 3, r`inafaa`, r` (?:kwa )?familia`)].join('|'),
  },
  'safety-tool': {
    words: r`(?:ugunduzi|utambuzi|uchujaji) wa (?:uchi|picha za uchi|maudhui ya (?:ngono|watu wazima))|(?:udhibiti|usimamizi|uchujaji) wa maudhui`,
    loose: pre(0, 4, r`(?:gundu|tambu|zui|chuj)(?:a|e|liwa|wa)`, r`\p{L}{0,2} (?:\p{L}+ ){0,2}(?:uchi|picha za uchi|maudhui ya (?:ngono|watu wazima|kingono)|nsfw)`),
  },
  'review-subject': r`mapitio|maoni ya watumiaji|tathmini ya \p{L}+|je,? (?:\p{L}+ )?ni (?:salama|halali|utapeli|kweli|ya kuaminika)|ni utapeli|mbadala (?:wa|za|ya)|programu mbadala|(?:programu|tovuti|huduma) (?:zinazofanana|kama hii)|msimbo wa (?:punguzo|ofa|promo)|misimbo ya (?:punguzo|ofa)|kuponi`,
  promotion: {
    words: r`viungo vya (?:washirika|ushirika|rufaa)|kiungo cha (?:mshirika|ushirika|rufaa)|kamisheni|udhamini|ulinganisho|bora \d+|\d+ bora|faida na hasara|ukadiriaji`,
    loose: [pre(0, 3, r`dhamini`, r`\p{L}{0,3}`), pre(0, 3, r`linganish`, r`\p{L}{0,3}`)].join('|'),
  },
});

// ---- Urdu (urdu() accepts Arabic yeh/kaf/heh; marks-aware boundaries; "سکے" is also "could", "کمیشن" also an election commission) ----
const UR = marked('ur', urdu, {
  'nudify-claim': r`(?<!(?:مینیکن|مینیکوئن|ماڈل|پروڈکٹ|پتلے|دھلے|گیلے|سوکھے|دھوئے|تار|رسی)(?: کے| سے| پر| ہوئے)? )(?:کپڑے|کپڑوں|لباس)(?: کو)? (?:مکمل طور پر |فوراً |فورا |ایک کلک میں |خودبخود |خود بخود )?(?:ہٹا|اتار|غائب کر|مٹا|ریموو|حذف کر)\p{L}*(?![\p{L}\p{M} ]{0,30}(?:ممنوع|جرم|غیر قانونی|منع|نہ کریں|مت کریں|شناخت|پتہ لگا|بلاک))|(?:برہنہ|عریاں|ننگی|ننگا|ننگے|نیوڈ) (?:تصویر|تصاویر|تصویریں|فوٹو|ورژن|ویڈیو)\p{L}* (?:بنا|تیار)\p{L}*|(?:برہنہ|عریاں|ننگا|ننگی) (?:کریں|کرو|کر دیں|کر دے|کر دیتا|کر دیتی)\p{L}*|(?:برہنہ|نیوڈ|ننگا) (?:ورژن|موڈ|فلٹر)|نیوڈ (?:ایپ|بوٹ|اے آئی|میکر|جنریٹر)|(?:بغیر|بنا) کپڑوں|کپڑوں کے بغیر|کپڑوں کے (?:آر پار|اندر|نیچے|پار) دیکھ\p{L}*|ایکس ?رے (?:موڈ|فلٹر|کیمرہ|ویژن)|ان ?ڈریس\p{L}*|kap(?:r|d)(?:e|ay|ey|y) (?:utaar|utar|hata|ghaib)\p{L}*|nang(?:a|i) (?:kar|karo|karein|karen|photo|tasveer)\p{L}*`,
  faceswap: r`فیس ?(?:سویپ|سواپ|سوئپ)\p{L}*|چہرہ (?:بدل|تبدیل|لگا)\p{L}*|چہرے (?:بدل|تبدیل|لگا)\p{L}*|ڈیپ ?فیک\p{L}*|کسی کا بھی چہرہ|(?:ویڈیو|ویڈیوز) میں (?:اپنا|کسی کا|کسی کا بھی|کسی بھی شخص کا) چہرہ|چہرہ (?:کسی )?(?:ویڈیو|ویڈیوز) (?:میں|پر)`,
  adult: r`(?:بالغوں|بالغان|بالغ افراد) (?:کے ?(?:لیے|لئے)|کا مواد|کی ویڈیو)\p{L}*|بالغوں کا مواد|(?:18|۱۸) ?\+ ?(?:مواد|ویڈیو|ویڈیوز|موڈ|فلٹر|فہرست|لائبریری|تصاویر)|(?:مواد|ویڈیو|ویڈیوز|تصاویر|موڈ|فلٹر) ?(?:18|۱۸) ?\+|(?:18|۱۸) سال سے (?:زائد|زیادہ|اوپر) (?:عمر )?(?:کے )?(?:افراد|لوگوں)|فحش\p{L}*|(?:بغیر|بنا) سنسر|سنسر کے بغیر|ان ?سنسرڈ|این ایس ایف ڈبلیو|nsfw موڈ|مصالحے ?دار (?:تصاویر|مواد|ویڈیو)\p{L}*|شہوت انگیز`,
  upload: r`(?:تصویر|تصاویر|تصویریں|فوٹو|سیلفی)(?: کو)? (?:اپ ?لوڈ|منتخب|بھیجیں|بھیجو|بھیجئے|بھیجیے|ڈالیں)\p{L}*|اپ ?لوڈ (?:کریں|کرو|کیجیے|کیجئے)|(?:اپنی|ایک) (?:تصویر|سیلفی|فوٹو) (?:بھیجیں|دیں|اپ ?لوڈ)\p{L}*|tasveer upload\p{L}*|photo upload kar\p{L}*`,
  credits: r`کریڈٹس|کریڈٹ(?! کارڈ)|[0-9۰-۹٠-٩]+ (?:سکے|کوائن|کوائنز|ٹوکن|ٹوکنز|پوائنٹس)|کوائنز|فی (?:تصویر|امیج|جنریشن)`,
  subscription: {
    words: r`ماہانہ (?:پلان|پیکج|قیمت|فیس|سبسکرپشن|رکنیت)|(?:روپے|ڈالر) ماہانہ|ہفتہ وار (?:پلان|پیکج|وی آئی پی|رکنیت|سبسکرپشن)|سالانہ (?:پلان|پیکج|رکنیت|سبسکرپشن)|فی (?:مہینہ|ماہ|ہفتہ)|سبسکرپشن\p{L}*|سبسکرائب\p{L}*|پریمیم\p{L}*|وی آئی پی|رکنیت|کسی بھی وقت (?:منسوخ|کینسل)`,
    loose: r`/ ?(?:ماہ|مہینہ|ہفتہ)`,
  },
  checkout: r`(?:کارڈ|جاز ?کیش|ایزی ?پیسہ|ایزی ?پیسا|کرپٹو|بٹ ?کوائن|یو ایس ڈی ٹی|usdt|بینک ٹرانسفر|اسٹارز|سٹارز|پے ?پال)(?: کے ذریعے| کے ذریعہ| سے) (?:ادائیگی|پیمنٹ|ادا)\p{L}*|ادائیگی (?:کریں|کیجیے|کیجئے|کارڈ|جاز ?کیش|ایزی ?پیسہ|کرپٹو)|پیمنٹ (?:کریں|کیجیے)|ابھی خریدیں|(?:بیلنس|اکاؤنٹ) (?:ری ?چارج|ٹاپ اپ)\p{L}*|محفوظ ادائیگی|ہم (?:کرپٹو|کارڈ|جاز ?کیش|ایزی ?پیسہ)\p{L}* (?:قبول|لیتے)\p{L}*`,
  'app-install': r`(?:ایپ|ایپس|ایپلیکیشن|ایپلی کیشن|اے پی کے|apk)(?: کو)? (?:ڈاؤن ?لوڈ|انسٹال)\p{L}*|اے پی کے (?:فائل|ڈاؤن ?لوڈ)\p{L}*|ہوم (?:اسکرین|سکرین) (?:پر|میں) (?:شامل|ایڈ)\p{L}*|(?:پلے ?اسٹور|گوگل پلے|ایپ ?اسٹور) (?:سے|پر) (?:ڈاؤن ?لوڈ|دستیاب)\p{L}*|اینڈرائیڈ (?:ایپ|اے پی کے|apk)`,
  'bot-product': r`ہمارا (?:ٹیلیگرام )?بوٹ|ہمارے (?:ٹیلیگرام )?بوٹس|بوٹ (?:شروع|اسٹارٹ|سٹارٹ)\p{L}*|بوٹ (?:کو|میں|پر) (?:\p{L}+ ){0,3}(?:تصویر|فوٹو|سیلفی)\p{L}* بھیج\p{L}*|ٹیلیگرام بوٹ\p{L}*|ٹیلی گرام بوٹ\p{L}*`,
  order: r`آرڈر (?:کریں|دیں|بک کریں|کیجیے)|(?:کسٹم|خصوصی) (?:آرڈر|ویڈیو|تصاویر)\p{L}*|آرڈر پر (?:تیار|بنا)\p{L}*|اپنا آرڈر|آرڈر فارم`,
  reporting: r`(?:پولیس|ذرائع|رپورٹ|تحقیقات|ماہرین|حکام|اطلاعات|ایف آئی اے)(?: کے)? مطابق|نے (?:بتایا|کہا)|کا کہنا (?:ہے|تھا)|نمائندہ\p{L}*|رپورٹر|صحافی\p{L}*|تحقیقاتی (?:رپورٹ|صحافت)|پولیس|ایف آئی اے|شائع (?:ہوا|ہوئی|کیا)\p{L}*|[0-9۰-۹٠-٩]+ منٹ (?:میں )?(?:پڑھ|مطالعہ)\p{L}*|[0-9۰-۹٠-٩]+ تبصرے`,
  harm: r`(?:رضامندی|اجازت|مرضی)(?: کے)? (?:بغیر|بنا)|(?:بغیر|بنا) (?:اجازت|رضامندی|مرضی)|غیر ?قانونی|جرم|جرائم|ہراسانی|ہراساں|جنسی (?:ہراسانی|زیادتی|استحصال|تشدد)|بلیک ?میل\p{L}*|استحصال|ممنوع|قابل ?سزا|بدنام (?:کرنے|کرنا)|دھمکی|دھمکیاں|فحش نگاری`,
  'victim-help': r`متاثرین|متاثرہ (?:افراد|خواتین|شخص|لڑکی|فرد)|ہیلپ ?لائن|شکایت (?:درج|کریں|کیجیے)\p{L}*|مدد (?:حاصل کریں|لیں|کے ?(?:لیے|لئے) رابطہ)\p{L}*|کاؤنسلنگ|نفسیاتی (?:مدد|معاونت)|عطیہ\p{L}*|عطیات|سائبر کرائم (?:ونگ|سیل|رپورٹنگ)|قانونی (?:مدد|معاونت)|(?:مواد|تصاویر) (?:ہٹانے|ہٹوانے) (?:کی|میں) (?:درخواست|مدد)`,
  'legal-gov': r`وزارت\p{L}*|حکومت\p{L}*|قانون|قوانین|قانونی (?:کارروائی|درخواست|تقاضا)|دفعہ [0-9۰-۹٠-٩]+|عدالت\p{L}*|ہائی کورٹ|سپریم کورٹ|پارلیمنٹ|قومی اسمبلی|سینیٹ|پیکا|پی ٹی اے|الیکٹرانک جرائم کی روک تھام|ایکٹ [0-9۰-۹٠-٩]+|آرڈیننس`,
  academic: r`یونیورسٹی|جامعہ|اس تحقیق میں|ہماری تحقیق|تحقیقی (?:مقالہ|جریدہ|مطالعہ)|مقالہ|خلاصہ|ڈیٹا ?سیٹ|محققین|کلیدی الفاظ|پی ایچ ڈی|ایم فل`,
  'photo-tool': r`(?:بیک ?گراؤنڈ|پس ?منظر)(?: کو)? (?:ہٹا|ریموو|تبدیل|بدل|مٹا)\p{L}*|پرانی (?:تصاویر|تصویریں|تصویر|فوٹو)(?: کو)? (?:بحال|ٹھیک|رنگین)\p{L}*|پاسپورٹ (?:سائز )?(?:تصویر|فوٹو)\p{L}*|(?:تصویر|تصاویر) (?:کا|کی) (?:معیار|کوالٹی|ریزولوشن) (?:بہتر|بڑھا)\p{L}*|فوٹو ایڈیٹر|ریٹچ\p{L}*`,
  'garment-care': r`شکنیں|شکنوں|سلوٹیں|سلوٹوں|کپڑوں (?:سے|کی|پر) (?:شکن|سلوٹ|داغ|دھول|روئیں|دھبے)\p{L}*|(?:پروڈکٹ|مصنوعات) (?:کی )?(?:فوٹو|تصاویر|تصویر|فوٹوگرافی)\p{L}*|مینیکن\p{L}*|مینیکوئن\p{L}*|ماڈل (?:کے|پر) (?:کپڑے|لباس) (?:بدل|تبدیل)\p{L}*|ورچوئل (?:ٹرائی|ماڈل|فٹنگ)\p{L}*`,
  sfw: r`میمز|میم|سالگرہ|مزاحیہ|پورے خاندان کے ?(?:لیے|لئے)|فیملی کے ?(?:لیے|لئے)|بچوں کے ?(?:لیے|لئے) محفوظ|تفریحی|تفریح کے ?(?:لیے|لئے)|شادی کی ویڈیو\p{L}*`,
  'safety-tool': r`(?:برہنگی|عریانی|فحش (?:مواد|تصاویر)|ڈیپ ?فیک\p{L}*|نامناسب (?:مواد|تصاویر)|این ایس ایف ڈبلیو)(?: کی| کا| کو)? (?:شناخت|پتہ لگا|نشاندہی|بلاک|فلٹر|روک)\p{L}*|مواد کی (?:نگرانی|جانچ|ماڈریشن|فلٹرنگ)|کنٹینٹ ماڈریشن|ماڈریشن`,
  'review-subject': r`ریویو\p{L}*|جائزہ|جائزے|(?:محفوظ|قانونی|اصلی|قابل اعتماد) ہے یا نہیں|کیا (?:یہ )?(?:\p{L}+ )?(?:محفوظ|قانونی|اصلی|فراڈ) ہے|متبادل|(?:پرومو|کوپن|ڈسکاؤنٹ|رعایتی) کوڈ|کوپن|ملتی جلتی (?:ایپس|سائٹس|ویب سائٹس)|فراڈ ہے`,
  promotion: r`ایفیلیئٹ\p{L}*|افیلیئٹ\p{L}*|ریفرل (?:لنک|لنکس|کوڈ)|کمیشن (?:ملتا|ملتی|دیتا|دیتی|کماتے|لیتے)\p{L}*|(?:ہمیں|ہم) (?:\p{L}+ ){0,3}کمیشن|اسپانسر\p{L}*|سپانسر\p{L}*|موازنہ|درجہ بندی|رینکنگ|فوائد اور نقصانات|خوبیاں اور خامیاں|ٹاپ [0-9۰-۹٠-٩]+|بہترین [0-9۰-۹٠-٩]+|[0-9۰-۹٠-٩]+ بہترین|ریٹنگ`,
});

export const PHRASES_C: Phrase[] = [...CA, ...BN, ...SW, ...UR];
