/**
 * Multilingual phrase lists, matched against normalised text (see normalize.ts: lower case, NFKC,
 * evasions folded). Each category is written from how these services, and the pages about them,
 * speak in general — not from any one page. Languages: en, nl, de, fr, es, pt, it, pl, ru, zh, ja, ko.
 */

export type Category =
  // what a service claims to do
  | 'nudify-claim'
  | 'faceswap'
  | 'adult'
  // how a service works and sells
  | 'upload'
  | 'credits'
  | 'age-gate'
  | 'consent-disclaimer'
  | 'before-after'
  | 'brush-tool'
  | 'call-to-action'
  | 'new-domain'
  // pages about services rather than services
  | 'listicle'
  | 'reporting'
  | 'harm'
  | 'victim-help'
  | 'legal-gov'
  | 'academic'
  | 'encyclopedia'
  | 'blocklist'
  // look-alike legitimate offers
  | 'photo-tool'
  | 'image-generator'
  | 'safety-tool'
  | 'lingerie-shop'
  // added with site-level evidence (lexicon-offer.ts)
  | 'fakes'
  | 'subscription'
  | 'checkout'
  | 'app-install'
  | 'bot-product'
  | 'api'
  | 'order'
  | 'free-quota'
  | 'hosting'
  | 'promotion'
  | 'review-subject'
  | 'garment-care'
  | 'sfw'
  | 'adult-word';

export interface Phrase {
  category: Category;
  /** What the phrase shows, as a reason a human can check. */
  reason: string;
  pattern: RegExp;
}

/** Latin-script word start/end without \b (which is ASCII-only). */
const B = '(?<![\\p{L}\\p{N}])';
/** A word ends where no letter or digit follows. Hyphenated compounds ("deepfake-generator") keep their parts. */
const E = '(?![\\p{L}\\p{N}])';
const w = (source: string): RegExp => new RegExp(`${B}(?:${source})${E}`, 'u');
const cjk = (source: string): RegExp => new RegExp(source, 'u');

export const PHRASES: Phrase[] = [
  // ---- nudify claims ----
  { category: 'nudify-claim', reason: 'offers to undress people in photos', pattern: w('undress(?:er|ing|es|ed)?|undress[- ]?(?:ai|app)|de-?clothe|declothing|unclothe|unclothed') },
  { category: 'nudify-claim', reason: 'offers to remove clothes from photos', pattern: w('(?:remov|eras|strip|delet|peel|wip)(?:e|es|ed|ing|s)?(?: off| away)? (?:the |her |his |their |all |any |someone\'s |people\'s |a person\'s |anyone\'s )?(?:clothes|clothing|outfits?)(?!-\\p{L})(?! (?:from|on|of) (?:your |the |our )?(?:models?|mannequins?|products?|catalog))|take[sn]? off (?:her |his |their |the )?(?:clothes|clothing)|cloth(?:es|ing)[ -]?remov(?:er|al|ing)') },
  { category: 'nudify-claim', reason: 'promises a nude version of a photo', pattern: w('(?:nude|naked|undressed) (?:version|copy|result|edit)s?|(?:reveal|show|see)s? (?:[\\p{L}]+ ){0,3}(?:under|beneath) (?:the |any |their |her |his )?(?:clothes|clothing|outfits?|dress)|naaktversie|nacktversion|version nue|versión desnuda|versão nua|versione nuda') },
  { category: 'nudify-claim', reason: 'promises to show people without clothes', pattern: w('(?:without|with no|no) (?:their |her |his |any )?(?:clothes|clothing|outfits?)(?: on)?|(?:zonder|geen) (?:kleding|kleren)|ohne (?:kleidung|klamotten)|sans (?:vêtements|habits)|sin ropa|sem roupas?|senza vestiti|bez ubra(?:nia|ń)|без одежды') },
  { category: 'nudify-claim', reason: 'calls itself a nudify / deepnude tool', pattern: w('nudif(?:y|ier|ies|ied|ication)|deep ?nudes?|nudes? generator|nude (?:ai|maker|generator|converter|filter|mode)|ai nudes?|fake nudes?|make (?:her|him|anyone|someone|them) nude') },
  { category: 'nudify-claim', reason: 'offers x-ray / see-through views of clothed people', pattern: w('x-?ray (?:mode|filter|vision|app|camera)|see[- ]through (?:clothes|clothing|filter|mode)|(?:bikini|lingerie|nude|naked|underwear|nsfw) mode') },
  { category: 'nudify-claim', reason: 'offers to undress people in photos (nl)', pattern: w('(?:ont|uit)kle(?:ed|den|der|ding)\\p{L}*|(?<!(?:uit|van|op) )(?:de |je |haar |zijn |hun |alle )?(?:kleding|kleren) (?:van (?:een |de |je |elke |iedere )?(?:foto|afbeelding|persoon|vrouw|meisje) )?(?:weg(?:halen|gehaald|poetsen)?|verwijder\\p{L}*|uittrekken|uit(?:getrokken)?|haalt|halen|wist|wissen)(?![\\p{L}])|(?:haalt|halen|haal|verwijdert|verwijderen|verwijder|wist|wissen) (?:de |je |haar |zijn |hun |alle |iemands )?(?:kleding|kleren)(?! (?:uit|van) (?:de |je |onze )?(?:collectie|winkel|catalogus))|naakt ?(?:foto|versie|afbeelding)\\p{L}*|naakt (?:maken|zien)|bloot ?(?:foto|versie|maken)\\p{L}*') },
  { category: 'nudify-claim', reason: 'offers to undress people in photos (de)', pattern: w('entblö(?:ß|ss)\\p{L}*|(?:entfern\\p{L}*|lösch\\p{L}*|radier\\p{L}*) (?:die |der |alle |jede |ihre |seine |deren )?(?:kleidung|kleider|klamotten)|(?<!(?:aus|von|an|auf) (?:der |den |dem )?)(?:kleidung|kleider|klamotten) (?:einfach |automatisch |per klick )?(?:weg(?:zaubern|machen|retuschieren)?|entfern\\p{L}*|ausziehen)|(?:ki|ai)-?auszieh\\p{L}*|auszieh(?:en|-ki|-app|ki|app)|jede (?:person|frau|foto) ausziehen|entkleid\\p{L}*|nackt ?(?:bild|foto|version|ansicht)\\p{L}*|nackt (?:machen|sehen|zeigen)') },
  { category: 'nudify-claim', reason: 'offers to undress people in photos (fr)', pattern: w('(?<!(?:un|une|des|le|les|nos|vos|ce|ces|notre|votre|et|ou) )déshabill\\p{L}*(?! (?:[«"“][^»"”]{1,30}[»"”] )?(?:en|de) (?:soie|satin|dentelle|voile|coton|mousseline|tulle))|dévêt\\p{L}*|(?:enl[eè]v|retir|supprim|ôt|effac)\\p{L}* (?:les |ses |leurs |tous les |automatiquement les )?vêtements(?! (?:de (?:vos |nos )?(?:mannequins?|produits?|catalogue)))|photos? nues?|version nue|images? nues?|mettre (?:à nu|nue?)|(?:rendre|rendez) (?:\\p{L}+ ){0,3}nue?s?') },
  { category: 'nudify-claim', reason: 'offers to undress people in photos (es)', pattern: w('desnud(?:a|ar|ador|adora|ame|ala|alo|ando|ará|arla|arlo|a cualquier)\\p{L}*|desvest\\p{L}*|(?:quit|elimin|borr|remuev|remov|sac)\\p{L}* (?:la |su |sus |toda la |las )?ropas?(?! (?:de (?:tus |los )?(?:maniquí|productos|catálogo)))|fotos? desnud[oa]s?|versión desnuda') },
  { category: 'nudify-claim', reason: 'offers to undress people in photos (pt)', pattern: w('desp(?:ir|e|ida|ido|indo|irá|i-la|i-lo)\\p{L}*|(?:tir|remov|retir|apag)\\p{L}* (?:as |a |suas |sua |toda a )?roupas?(?! (?:de (?:seus |nossos )?(?:manequi|produtos|catálogo)))|fotos? nuas?|versão nua|deixar nu[a]?') },
  { category: 'nudify-claim', reason: 'offers to undress people in photos (it)', pattern: w('spogli(?:a|are|atore|atrice|ami|ala|alo|ando|erà|amento)\\p{L}*|svest\\p{L}*|(?:rimuov|togli|elimin|cancell)\\p{L}* (?:i |gli |tutti i |ogni )?(?:vestiti|abiti|indumenti)(?! (?:da|dai|dal) (?:manichin|prodott|catalog))|foto nud[ei]|versione nuda') },
  { category: 'nudify-claim', reason: 'offers to undress people in photos (pl)', pattern: w('rozbier\\p{L}*|rozebra\\p{L}*|(?:usu[nń]\\p{L}*|zdejm\\p{L}*|zdjęci\\p{L}* ubra\\p{L}*) (?:ubra(?:nia|ń|nie)|ciuch(?:y|ów))|nagie (?:zdjęcia|zdjęcie|wersje)|nag(?:a|ie) wersj\\p{L}*') },
  { category: 'nudify-claim', reason: 'offers to undress people in photos (ru)', pattern: w('раздеть|раздевани[ея]|раздевалк[аи] ии|(?:удал|убер|убир|убра|сним|снят|снима)\\p{L}* (?:[\\p{L}]+ ){0,2}одежд\\p{L}*|голы[ейх]? (?:фото|девушк)|голые фото (?:ии|нейросет)') },
  { category: 'nudify-claim', reason: 'offers to undress people in photos (zh)', pattern: cjk('一[键鍵]脱衣|一[键鍵]脫衣|[脱脫]衣(?:软件|軟體|神器|ai|工具|app)|ai ?[脱脫]衣|去除衣服|去衣(?:服)?|透[视視](?:衣服|功能)|裸[体體]生成|AI去衣') },
  { category: 'nudify-claim', reason: 'offers to undress people in photos (ja)', pattern: cjk('(?:衣服|洋服|服)を(?:脱がせ|脱が|消[しすさせ]|透か|取り(?:除|去)|剥ぎ?取|剥が)|(?:ワンタップ|ワンクリック)脱衣|脱衣(?:ai|アプリ|モード)|ヌード化|裸にする|透視(?:アプリ|ai)') },
  { category: 'nudify-claim', reason: 'offers to undress people in photos (ko)', pattern: cjk('옷 ?(?:벗기|제거|지우)|탈의 ?(?:ai|앱)|누드 ?(?:생성|변환|만들)|투시 ?(?:앱|ai)') },

  // ---- face swap and adult context (deepfake needs both) ----
  { category: 'faceswap', reason: 'offers face swapping / deepfakes', pattern: w('face[ -]?swap(?:s|ping|per|ped)?|swap (?:any |your |a |the )?faces?|deep[ -]?fakes?|face[ -]?replace(?:ment)?|put (?:any|your|her|his|their|a) face|(?:ai )?face (?:transfer|morph)|(?:your|any|her|his|their|a|someone\'s) face (?:in|into|onto) (?:any |the |a |our )?(?:videos?|clips?|scenes?|templates?)') },
  { category: 'faceswap', reason: 'offers face swapping / deepfakes (other languages)', pattern: cjk('gezicht(?:en)? (?:wisselen|ruilen|verwisselen)|gesicht(?:s)?(?:tausch| tauschen)|échange de visages?|gezicht(?:en)? (?:plakken|vervangen|invoegen)|(?:jouw|je) gezicht in|met (?:jouw|je) gezicht|gesicht(?:er)? (?:austauschen|einfügen|ersetzen)|dein gesicht in|mit deinem gesicht|échanger (?:des |les )?visages|changer (?:de )?visages?|(?:mettre|mettez|mets) (?:ton|votre|un|n\'importe quel) visage|avec (?:ton|votre) visage|ton visage dans|intercambi(?:o|ar) (?:de )?caras?|cambi(?:ar|o) (?:de )?caras|(?:poner|pon|pone|poné|ponés) (?:tu|la|su|cualquier) cara|con (?:tu|su|esa|cualquier) cara|tu cara en|troca de rostos?|trocar (?:de )?rostos?|(?:colocar|coloque|coloca) (?:seu|o|qualquer) rosto|com (?:o )?seu rosto|seu rosto em|scambi(?:o|are) (?:di )?volti|(?:mettere|metti) (?:il tuo|un|qualsiasi) volto|con il tuo volto|il tuo volto in|podmie[ńn] twarz|podmiana twarzy|twoja twarz w|z twoją twarzą|замени(?:ть)? лицо|тво[её] лицо в|с твоим лицом|zamian[ay] twarzy|замен[аы] лиц[а]?|дипфейк|[换換][脸臉]|顔(?:交換|入れ替え|すげ替え)|ディープフェイク|얼굴 ?(?:바꾸기|교체|스왑)|딥페이크') },
  { category: 'adult', reason: 'adult / pornographic context', pattern: w('porn(?:o|ographic|hub)?|xxx|nsfw|hentai|adult (?:video|content|film|clip)s?|sex (?:video|tape|clip)s?|explicit (?:video|content)') },
  { category: 'adult', reason: 'adult / pornographic context (other languages)', pattern: cjk('porno|pornografi|seks ?video|sexvideo|vidéo (?:x|porno)|vídeo porno|video porno|порно|секс ?видео|色情|成人(?:视频|視頻|影片|内容|內容|模板|範本|专区|專區)|十八禁|18禁|黄片|黃片|アダルト(?:動画|ビデオ)|エロ動画|성인 ?(?:영상|동영상|콘텐츠)|야동|无审核|無審核|不审核|无删减|無刪減|无码|無碼|無修正|検閲なし|무삭제|무검열|검열 없는') },

  // ---- function ----
  { category: 'upload', reason: 'asks visitors to upload a photo', pattern: w('upload (?:[\\p{L}]+ ){0,3}(?:photo|picture|image|pic|selfie|portrait)s?|send (?:us )?(?:a |your )?(?:selfie|photo|picture|portrait)|drop (?:a |your )?(?:photo|image)|choose (?:a |your )?photo|select (?:a |your )?(?:photo|image) to') },
  { category: 'upload', reason: 'asks visitors to upload a photo (other languages)', pattern: cjk('foto uploaden|upload je foto|kies (?:een |je )?(?:afbeelding|foto)|bild auswählen|(?:elige|selecciona) (?:una |tu )?(?:foto|imagen)|sub(?:e|ir) (?:una |tu )?imagen|foto hochladen|bild hochladen|(?:télécharge[rz]?|importe[rz]?|chargez) (?:une |votre )?photo|sub(?:e|ir) (?:una |tu )?foto|carreg(?:ue|ar) (?:uma |sua )?foto|envie (?:uma |sua )?foto|carica (?:una |la tua )?foto|prześlij zdjęcie|wgraj zdjęcie|загрузи(?:те)? (?:фото|изображение|снимок)|上传(?:照片|图片)|写真をアップロード|画像をアップロード|사진(?:을)? 업로드') },
  { category: 'credits', reason: 'sells credits, coins or tokens per generation', pattern: w('\\d+ (?:credits|coins|tokens|gems)|(?:credits|coins|tokens|gems) (?:from|for|at|start at) [$€£]?\\d|(?:pack|bundle) of \\d+ (?:generations|images|credits)|\\d+ generations|top up|pay per (?:image|photo|generation)|credits? (?:pack|plan|per)|buy (?:credits|coins|tokens)|free credits?|(?:kredieten|credits kopen|tegoed|saldo opwaarderen|guthaben|crédits|créditos|crediti|kredyty|кредит(?:ы|ов)|монет)') },
  { category: 'credits', reason: 'sells credits, coins or tokens per generation (cjk)', pattern: cjk('积分|点数|金币|クレジット|コイン|크레딧|코인') },
  { category: 'age-gate', reason: 'has an 18+ age gate', pattern: cjk('18\\+|(?:i am|i\'m) (?:over|at least) 18|over 18 only|age verification|ik ben 18|ab 18|plus de 18 ans|mayor de 18|maiores de 18|maggiorenn|pełnoletn|18 лет|已满18|18歳以上|18세 이상|만 18세') },
  { category: 'consent-disclaimer', reason: 'carries a consent disclaimer (services often do)', pattern: w('(?:only|do not|don\'t|never) upload (?:photos?|images?|pictures?) (?:of people )?(?:without|you (?:own|have))|with (?:their|the subject\'s) consent|you (?:confirm|agree) (?:that )?you have (?:the )?(?:consent|rights)|alleen (?:foto\'s )?met toestemming|nur mit (?:einwilligung|zustimmung)') },
  { category: 'before-after', reason: 'shows before/after results', pattern: cjk('before ?(?:/|&|and|vs\\.?) ?after|voor (?:en|/) na|vorher ?(?:/|und) ?nachher|avant ?(?:/|et) ?après|antes ?(?:/|y|e) ?(?:después|depois)|prima ?(?:/|e) ?dopo|przed ?(?:/|i) ?po|до ?(?:/|и) ?после|前后对比|ビフォーアフター|전후 비교') },
  { category: 'brush-tool', reason: 'has a brush / mask tool to mark body areas', pattern: w('brush (?:over|the area|tool)|paint over (?:the )?(?:area|clothes|clothing)|(?:mask|select) the (?:area|clothes|clothing)|auto[- ]?mask') },
  { category: 'call-to-action', reason: 'pushes visitors to try or generate now', pattern: w('try (?:it )?(?:now|for free|free)|start (?:now|for free|generating)|generate (?:now|nudes?|for free)|get started|probeer (?:nu|gratis)|jetzt (?:testen|starten|ausprobieren)|essayez (?:gratuitement|maintenant)|prueba (?:gratis|ahora)|experimente grátis|prova (?:gratis|ora)|wypróbuj|попробуй(?:те)? (?:бесплатно|сейчас)') },
  { category: 'new-domain', reason: 'announces a new domain or mirror', pattern: w('(?:our|the) new (?:domain|address|url)|we (?:have )?moved to|(?:new|backup|official) mirror|bookmark (?:our|the|this) (?:new )?(?:domain|address|mirror)|nieuw(?:e)? (?:domein|adres)|neue (?:domain|adresse)|nouveau domaine|nuevo dominio|novo domínio|nuovo dominio|nowa domena|новый (?:домен|адрес)|зеркало') },

  // ---- pages about services ----
  { category: 'listicle', reason: 'reads as a ranking or list of tools', pattern: cjk('(?:best|top) ?\\d*(?: free)? (?:undress|nudify|nude|deepnude|clothes remover|deepfake|face ?swap|nsfw)[\\p{L} ]{0,40}(?:apps?|tools?|sites?|websites?|generators?)|\\b(?:alternatives? to|\\d+ (?:best|top)|vs\\.? )|(?:curated|community|complete|full|awesome) list of|\\d+ (?:[\\p{L}-]+ ){0,2}(?:apps|tools|sites|websites|generators)(?: we| for| in| of|:)|hand-?picked|our picks|we (?:ranked|compared|tested|reviewed) (?:the )?\\d* ?[\\p{L} ]{0,30}(?:tools|apps|sites|generators)|our ranking|affiliate disclosure|we (?:may )?earn a commission|lista atualizada|classement des|rangliste|awesome[- ](?:nsfw|ai|deepfake|undress)|beste (?:uitkleed|nudify|deepfake)|die besten|meilleur(?:e)?s? (?:outils|applications|sites)|mejores (?:apps|herramientas|sitios)|melhores (?:apps|ferramentas|sites)|migliori (?:app|strumenti|siti)|najlepsze|лучшие|最佳|排行|おすすめ|ランキング|추천|순위') },
  { category: 'reporting', reason: 'reads as journalism or an investigation', pattern: cjk('according to|(?:told|said to) (?:reporters|the|our)|did not (?:respond|answer|reply) to|requests? for comment|experts? (?:say|said|warn|i spoke)|(?:this|our) (?:publication|newspaper|magazine|reporter)|i (?:tried|tested|spoke to|asked|signed up)|police (?:said|say|are investigating)|politie|polizei|policía|polícia|polizia|полици|警方|警察|경찰|said in a statement|an investigation (?:by|into|found)|investigators|journalists?|reporters?|reported (?:that|on|by)|news ?(?:room|desk)|volgens|onderzoek(?:sjournalist)?|journalist(?:en)?|meldde|laut |berichtet(?:e)?|recherche|selon |enquête|a déclaré|según |investigación|periodistas?|segundo |reportagem|secondo |inchiesta|według|śledztwo|по данным|расследовани|журналист|据报道|记者|調査報道|報道によると|기자|보도에 따르면') },
  { category: 'harm', reason: 'frames these tools as harmful or illegal', pattern: cjk('non-?consensual|without (?:their |her |his )?consent|image-based (?:sexual )?abuse|sexual(?:ly)? abus|harass(?:ment|ed)|(?:is|are|a) (?:crime|offence|offense)|abus(?:e|ive)|exploitation|illegal|criminal(?:ised|ized)?|prosecut|lawsuit|sued|took (?:them|it) down|takedown|banned?|crack(?:ing)? down|child sexual abuse|csam|zonder toestemming|strafbaar|misbruik|verboden|ohne (?:einwilligung|zustimmung)|strafbar|missbrauch|sans (?:leur )?consentement|illégal|abus sexuel|sin (?:su )?consentimiento|ilegal|abuso sexual|sem consentimento|senza consenso|illegale|bez zgody|nielegaln|без согласия|незаконн|未经同意|违法|同意なく|違法|동의 없이|불법') },
  { category: 'victim-help', reason: 'offers help to victims', pattern: cjk('(?:if you are|are you) a victim|victims? (?:of|can|should|support)|get (?:help|support)|helpline|hotline|report (?:it|the image|abuse|content) to|take it down|remove (?:your|intimate) images|slachtoffer|hulplijn|meld(?:en|punt)|opfer|hilfe für betroffene|victimes?|aide aux|víctimas?|vítimas?|vittime|ofiar[ay]?|жертв[аы]?|受害者|被害者|피해자') },
  { category: 'legal-gov', reason: 'reads as a government, regulator or legal text', pattern: cjk('ministry of|government|parliament|regulator|article \\d+[a-z]? |artikel \\d+[a-z]? |wetboek|wetsvoorstel|rijksoverheid|tweede kamer|ministerie|bundesregierung|gesetz(?:entwurf)?|ministère|loi n|ministerio|ley orgánica|ministério|ministero|ustawa|министерств|закон|政府|法律|法務省|정부|법률|court (?:ruled|ruling|order)|digital services act|online safety act') },
  { category: 'academic', reason: 'reads as an academic paper', pattern: cjk('abstract|et al\\.|arxiv|doi:|doi\\.org|we propose|our (?:method|study|dataset)|dataset|methodology|peer[- ]reviewed|university of|universiteit|universität|université|universidad|proceedings|摘要|論文|논문') },
  { category: 'encyclopedia', reason: 'reads as an encyclopedia article', pattern: cjk('from wikipedia|wikipedia, the free encyclopedia|see also|external links|this article is about|de vrije encyclopedie|aus wikipedia|l\'encyclopédie libre|la enciclopedia libre|a enciclopédia livre|l\'enciclopedia libera|wolna encyklopedia|свободной энциклопедии|维基百科|ウィキペディア|위키백과') },
  { category: 'blocklist', reason: 'reads as a blocklist or filter list', pattern: cjk('blocklist|block ?list|filter ?list|hosts file|adblock|domains? to block|0\\.0\\.0\\.0 [a-z0-9-]+\\.[a-z]{2,}|\\|\\|[a-z0-9-]+\\.[a-z]{2,}\\^') },

  // ---- legitimate look-alikes ----
  { category: 'photo-tool', reason: 'offers an ordinary photo-editing function', pattern: cjk('remove (?:the )?background|background remov(?:er|al)|photo restor(?:ation|e)|restore old photos|colori[sz]e|upscal(?:e|er|ing)|virtual(?:ly)? try[- ]on|try on (?:clothes|outfits)|passport photo|achtergrond verwijderen|hintergrund entfernen|supprimer l\'arrière-plan|quitar (?:el )?fondo|remover fundo|rimuovere (?:lo )?sfondo') },
  { category: 'image-generator', reason: 'offers general text-to-image generation', pattern: cjk('text[- ]to[- ]image|ai art generator|image generator from text|(?:write|enter|type) (?:a |your )?prompt|prompt ideas|tekst naar afbeelding|text zu bild|texte en image|texto a imagen|texto para imagem|testo in immagine|文生图|テキストから画像|텍스트로 이미지') },
  { category: 'safety-tool', reason: 'detects or blocks such content (moderation / safety tool)', pattern: w('(?:nsfw|nudity|explicit(?: content)?|deepfakes?|csam) (?:detection|detector|classifier|moderation|filter(?:ing)? api)|content moderation|moderation api|(?:detect|block|flag|filter|remove|fight|combat|prevent|stop)s? (?:[\\p{L}]+ ){0,3}(?:nudity|deepfakes?|deepfake porn|explicit (?:images|content))') },
  { category: 'safety-tool', reason: 'detects or blocks such content (moderation / safety tool, cjk)', pattern: cjk('(?:色情|鉴黄|鑑黃|涉黄|涉黃|裸露|nsfw|深度伪造|深度偽造|deepfake|换脸|換臉|去衣|脱衣|ヌード|ディープフェイク|누드|딥페이크|음란물?)(?:图片|圖片|图像|圖像|视频|視頻|内容|內容|伪造|偽造|画像|動画|영상|이미지|물)?(?:识别|識別|检测|檢測|鉴别|鑑別|拦截|攔截|検出|検知|判定|탐지|감지|차단)|内容安全|內容安全|内容审核|內容審核') },
  { category: 'lingerie-shop', reason: 'reads as a clothing or lingerie shop', pattern: cjk('add to (?:cart|bag|basket)|size guide|free shipping|in winkelwagen|in den warenkorb|ajouter au panier|añadir al carrito|adicionar ao carrinho|aggiungi al carrello|do koszyka|в корзину|加入购物车|カートに入れる|장바구니') },
];

/** Words in a domain name that these services use. Matched on the registrable domain's label. */
export const DOMAIN_WORDS = ['undress', 'nudify', 'nudifier', 'deepnude', 'clothoff', 'clothesoff', 'nude', 'naked', 'xray', 'uitkleed', 'naakt', 'nackt', 'ausziehen', 'desnud', 'spogli', 'rozbier', 'razdev', 'deepfakeporn', 'fakenude', 'stripai', 'nsfwswap', 'faceswapporn'];
