import { a, gtag, h1, img, oneTap, p, stripe, ul, upload, type CorpusPage } from './types.js';

/**
 * Fictional nudify and deepfake services, in marketing terms only. No page describes or shows
 * anything explicit; images are neutral placeholders.
 */
export const services: CorpusPage[] = [
  {
    host: 'undressly.test', path: '/', lang: 'en', label: 'nudify', kind: 'service', title: 'Undressly – AI Undress App',
    body: h1('Undress any photo with AI') + p('Upload a photo and our model removes clothes in seconds. Works on any picture, no skills needed.', 'Start with 3 free credits. Packs from 20 credits for $9.99.') + upload() + img(1) + img(2) + p('18+ only. Only upload photos of people who gave consent.') + stripe('pk_live_51FixtureUndressly0001') + gtag('G-UNDRS0001'),
  },
  {
    host: 'peelpix.test', path: '/', lang: 'en', label: 'nudify', kind: 'service', title: 'PeelPix — clothes remover',
    body: h1('The #1 AI clothes remover') + p('Drop your photo, brush over the area and let the AI do the rest. Before / after results in under 10 seconds.') + upload('Choose a photo') + p('Plans: Basic 50 coins, Pro 200 coins. Pay with card or crypto.') + `<script src="https://commerce.coinbase.com/v1/checkout.js"></script>` + a('https://t.me/peelpix_official_bot', 'Use our Telegram bot'),
  },
  {
    host: 'nudegen-ai.test', path: '/', lang: 'en', label: 'nudify', kind: 'service', title: 'NudeGen AI | Nude generator',
    body: h1('AI nude generator') + p('Turn any clothed photo into a nude version. Try it now for free, no sign-up for the first image.', 'Modes: bikini mode, lingerie mode, nude mode.') + upload() + oneTap('123456789-nudegenfixture.apps.googleusercontent.com') + p('By using this service you confirm you have the consent of the person pictured.'),
  },
  {
    host: 'xrayvision-app.test', path: '/', lang: 'en', label: 'nudify', kind: 'service', title: 'X-Ray Vision App',
    body: h1('See through clothes with X-ray mode') + p('Our x-ray filter reveals what is under any outfit. Upload a picture, get results instantly.', 'Buy credits: 10 credits $4.99 · 100 credits $29.99.') + upload('Upload image') + a('https://discord.gg/xrayfixture', 'Join our Discord'),
  },
  {
    host: 'stripai.test', path: '/pricing', lang: 'en', label: 'nudify', kind: 'service', title: 'Pricing – StripAI',
    body: h1('Pricing') + p('Every plan lets you undress unlimited photos in HD. Credits never expire.', 'Starter: 30 credits. Creator: 150 credits. Studio: 600 credits.') + ul('Undress in 1 click', 'Remove clothing from group photos', 'Private: images deleted after 24h') + stripe('pk_live_51FixtureStripAI0002') + p('Secure checkout. 18+.'),
  },
  {
    host: 'clothoff-mirror.test', path: '/', lang: 'en', label: 'nudify', kind: 'service', title: 'We moved!',
    body: h1('Our new domain') + p('We moved to a new address after our old domain was blocked. Bookmark our new domain and join the Telegram channel for the next mirror.', 'Your credits and account are safe. Continue to undress photos as before.') + a('https://t.me/clothoffmirror', 'Telegram channel') + upload(),
  },
  {
    host: 'deepnudify.test', path: '/', lang: 'en', label: 'nudify', kind: 'service', title: 'DeepNudify – make anyone nude',
    body: h1('DeepNudify') + p('The deepnude successor. Upload your selfie or any photo, choose a body type and generate.', 'Get 5 free credits when you sign up with Google.') + upload() + oneTap('987654321-deepnudifyfixture.apps.googleusercontent.com') + p('Referral program: earn 30% – ' + a('https://deepnudify.test/?ref=partner42', 'share your link')),
  },
  {
    host: 'app.nudifyr.test', path: '/app', lang: 'en', label: 'nudify', kind: 'service', title: 'Nudifyr Studio',
    body: h1('Nudifyr Studio') + p('Select the clothes with the auto-mask, then press Generate. Each generation costs 1 credit.') + upload('Drop a photo here') + p('Balance: 0 credits. Buy credits to continue.') + `<script src="https://js.stripe.com/v3/"></script>`,
  },
  {
    host: 'uitkleden-ai.test', path: '/', lang: 'nl', label: 'nudify', kind: 'service', title: 'Uitkleden AI – kleding verwijderen van elke foto',
    body: h1('Kleding verwijderen met AI') + p('Upload je foto en onze AI gaat iemand uitkleden in enkele seconden. Probeer gratis, daarna vanaf €7,99 voor 40 credits.', 'Alleen voor 18+. Alleen foto\'s met toestemming uploaden.') + upload('Foto uploaden') + img(3),
  },
  {
    host: 'naaktmaker.test', path: '/', lang: 'nl', label: 'nudify', kind: 'service', title: 'NaaktMaker',
    body: h1('Maak naakt foto\'s van elke foto') + p('Kleren verwijderen zonder Photoshop. Sleep een foto hierheen, kies de modus en klaar.', 'Nieuw domein! Ons oude adres werkt niet meer.') + upload() + a('https://t.me/naaktmaker_bot', 'Telegram bot') + p('Betaal met iDEAL of crypto.') + `<script src="https://nowpayments.io/embeds/payment-widget.js"></script>`,
  },
  {
    host: 'ausziehen-ki.test', path: '/', lang: 'de', label: 'nudify', kind: 'service', title: 'Ausziehen KI – Kleidung entfernen',
    body: h1('Kleidung entfernen mit KI') + p('Bild hochladen, Bereich markieren, fertig. Unsere KI kann jede Person ausziehen.', 'Jetzt testen: 3 Gratis-Credits. Danach Guthaben ab 9,99 €.') + upload('Bild hochladen') + p('Nur ab 18. Vorher / nachher Beispiele unten.'),
  },
  {
    host: 'nacktbild-generator.test', path: '/', lang: 'de', label: 'nudify', kind: 'service', title: 'Nacktbild Generator',
    body: h1('Nacktbilder erstellen in Sekunden') + p('Lade ein Foto hoch und lass die KI die Kleider entfernen. Anmeldung mit Google, Bezahlung per Karte.') + upload() + oneTap('555-nacktfixture.apps.googleusercontent.com') + stripe('pk_live_51FixtureNackt0003'),
  },
  {
    host: 'deshabilleur.test', path: '/', lang: 'fr', label: 'nudify', kind: 'service', title: 'Déshabilleur IA',
    body: h1('Déshabiller n\'importe quelle photo') + p('Téléchargez une photo : notre IA va retirer les vêtements automatiquement. Essayez gratuitement, puis achetez des crédits.', 'Réservé aux plus de 18 ans.') + upload('Importer une photo'),
  },
  {
    host: 'desnudador.test', path: '/', lang: 'es', label: 'nudify', kind: 'service', title: 'Desnudador IA – quitar la ropa',
    body: h1('Quitar la ropa de cualquier foto') + p('Sube una foto y nuestra IA la desnuda en segundos. Prueba gratis con 2 créditos.', 'Paquetes de créditos desde 5 €. Solo mayores de 18.') + upload('Sube tu foto') + a('https://t.me/desnudador_bot', 'Bot de Telegram'),
  },
  {
    host: 'despir-ia.test', path: '/', lang: 'pt', label: 'nudify', kind: 'service', title: 'Despir IA',
    body: h1('Remover roupas com IA') + p('Carregue uma foto e veja o resultado antes e depois. Experimente grátis; créditos a partir de R$ 19.') + upload(),
  },
  {
    host: 'spogliatore.test', path: '/', lang: 'it', label: 'nudify', kind: 'service', title: 'Spogliatore AI',
    body: h1('Rimuovere i vestiti da qualsiasi foto') + p('Carica una foto, il nostro modello la spoglia in pochi secondi. Prova gratis, poi crediti da 6 €.') + upload() + p('Solo maggiorenni.'),
  },
  {
    host: 'rozbieracz.test', path: '/', lang: 'pl', label: 'nudify', kind: 'service', title: 'Rozbieracz AI',
    body: h1('Usuń ubrania ze zdjęcia') + p('Prześlij zdjęcie, a AI rozbierze osobę w kilka sekund. Wypróbuj za darmo, potem kredyty od 19 zł.') + upload(),
  },
  {
    host: 'razdevator.test', path: '/', lang: 'ru', label: 'nudify', kind: 'service', title: 'Раздеватор — раздеть фото нейросетью',
    body: h1('Раздеть любое фото') + p('Загрузите фото, и нейросеть удалит одежду за секунды. Попробуйте бесплатно, затем кредиты от 199 ₽.', 'Только 18+. Новый домен — сохраните зеркало.') + upload('Загрузить фото') + a('https://t.me/razdevator_bot', 'Telegram бот'),
  },
  {
    host: 'tuoyi-ai.test', path: '/', lang: 'zh', label: 'nudify', kind: 'service', title: 'AI一键脱衣',
    body: h1('一键脱衣 · AI去衣') + p('上传照片，AI 自动去除衣服，几秒出图。新用户送 10 积分，充值积分可生成更多。', '仅限已满18岁用户。') + upload('上传照片'),
  },
  {
    host: 'nugase-ai.test', path: '/', lang: 'ja', label: 'nudify', kind: 'service', title: '脱衣AI – 服を脱がせるアプリ',
    body: h1('写真の服を脱がせるAI') + p('写真をアップロードするだけで、AIが服を消す。初回無料、クレジットを購入して続けられます。18歳以上限定。') + upload('写真をアップロード'),
  },
  {
    host: 'otbeotgi.test', path: '/', lang: 'ko', label: 'nudify', kind: 'service', title: 'AI 옷 벗기기',
    body: h1('사진 속 옷 제거 AI') + p('사진을 업로드하면 AI가 옷을 지우고 누드 변환을 해 드립니다. 무료 크레딧 제공, 만 18세 이상.') + upload('사진 업로드'),
  },
  // evasions
  {
    host: 'hidden-peel.test', path: '/', lang: 'en', label: 'nudify', kind: 'evasion', title: 'Photo magic',
    body: h1('Und\u200Bress any ph\u200Boto') + p('Re\u200Bmove clo\u200Bthes with one click. Up\u200Bload a pho\u200Bto and get your result. 20 credits for $9.') + upload(),
  },
  {
    host: 'glyph-studio.test', path: '/', lang: 'en', label: 'nudify', kind: 'evasion', title: 'Glyph Studio',
    body: h1('Undrеss AI — the smartest clоthes remоver') + p('Uplоad a phоtо and let the model nudіfy it. Buy 50 credіts for $12.') + upload(),
  },
  {
    host: 'spaced-out.test', path: '/', lang: 'en', label: 'nudify', kind: 'evasion', title: 'S P A C E D',
    body: h1('U N D R E S S &nbsp; any photo') + p('N u d i f y pictures in seconds. Upload a photo, pay with crypto.') + upload() + `<script src="https://cryptomus.com/widget.js"></script>`,
  },
  // pages rendered by script only
  {
    host: 'shellapp-undress.test', path: '/', lang: 'en', label: 'nudify', kind: 'js-only', jsOnly: true, title: 'Loading…',
    body: h1('AI clothes remover') + p('Upload a photo to remove clothing in seconds. 10 free credits for new accounts.') + upload(),
  },
  {
    host: 'spa-swap.test', path: '/', lang: 'en', label: 'deepfake', kind: 'js-only', jsOnly: true, title: 'App',
    body: h1('Deepfake porn maker') + p('Put any face into adult videos. Upload a photo, pick a clip, render in HD. Credits from $5.') + upload(),
  },
  // deepfake services
  {
    host: 'faceswapxxx.test', path: '/', lang: 'en', label: 'deepfake', kind: 'service', title: 'FaceSwap XXX – porn face swap',
    body: h1('Swap any face into porn videos') + p('Upload a photo of a face and choose from thousands of adult videos. Our deepfake engine renders the clip in minutes.', 'Credits: 1 video = 10 credits. Free preview.') + upload() + stripe('pk_live_51FixtureSwap0004'),
  },
  {
    host: 'deepfakemaker-nsfw.test', path: '/', lang: 'en', label: 'deepfake', kind: 'service', title: 'NSFW Deepfake Maker',
    body: h1('NSFW face swap studio') + p('Make deepfakes with any face. Upload your target photo, pick an NSFW template video and generate.', 'Try it free, then buy coins. 18+ only.') + upload('Upload face photo') + a('https://t.me/nsfwdeepfake_bot', 'Telegram bot'),
  },
  {
    host: 'sexswap.test', path: '/', lang: 'en', label: 'deepfake', kind: 'service', title: 'SexSwap',
    body: h1('Face swap for adult content') + p('Replace the face in any sex video with a face from a photo. Works with selfies and social media pictures.', 'Sign in with Discord to get 3 free swaps.') + upload() + a('https://discord.com/oauth2/authorize?client_id=112233&response_type=code', 'Login with Discord'),
  },
  {
    host: 'gezichtwissel-porno.test', path: '/', lang: 'nl', label: 'deepfake', kind: 'service', title: 'Deepfake porno maken',
    body: h1('Gezicht wisselen in porno video\'s') + p('Upload een foto van een gezicht en kies een video. Onze deepfake AI doet de rest. Probeer gratis, daarna credits.') + upload('Foto uploaden'),
  },
  {
    host: 'gesichtstausch-x.test', path: '/', lang: 'de', label: 'deepfake', kind: 'service', title: 'Deepfake Porno Generator',
    body: h1('Gesichtstausch für Pornovideos') + p('Foto hochladen, Video wählen, Deepfake erstellen. Jetzt testen mit Gratis-Credits. Ab 18.') + upload('Bild hochladen'),
  },
  {
    host: 'visage-x.test', path: '/', lang: 'fr', label: 'deepfake', kind: 'service', title: 'Visage X – deepfake porno',
    body: h1('Échange de visage dans des vidéos porno') + p('Importez une photo, choisissez une vidéo X et générez votre deepfake. Crédits à partir de 5 €. Plus de 18 ans.') + upload('Importer une photo'),
  },
  {
    host: 'caras-x.test', path: '/', lang: 'es', label: 'deepfake', kind: 'service', title: 'Caras X – deepfake porno',
    body: h1('Intercambio de caras en vídeos porno') + p('Sube una foto de la cara y elige un vídeo porno. Nuestro deepfake lo renderiza en minutos. Prueba gratis.') + upload('Sube tu foto'),
  },
  {
    host: 'dipfake-18.test', path: '/', lang: 'ru', label: 'deepfake', kind: 'service', title: 'Дипфейк порно онлайн',
    body: h1('Замена лица в порно видео') + p('Загрузите фото лица, выберите видео — нейросеть сделает дипфейк. Попробуйте бесплатно, кредиты от 299 ₽.') + upload('Загрузить фото'),
  },
  {
    host: 'huanlian-18.test', path: '/', lang: 'zh', label: 'deepfake', kind: 'service', title: 'AI换脸成人视频',
    body: h1('AI换脸 · 成人视频') + p('上传照片，选择色情视频模板，一键换脸。充值积分解锁高清。') + upload('上传照片'),
  },
  {
    host: 'kao-swap.test', path: '/', lang: 'ja', label: 'deepfake', kind: 'service', title: 'ディープフェイク動画メーカー',
    body: h1('顔交換でアダルト動画を作成') + p('写真をアップロードしてアダルト動画の顔を入れ替え。クレジット購入で高画質。18歳以上限定。') + upload('写真をアップロード'),
  },
  {
    host: 'deepface-kr.test', path: '/', lang: 'ko', label: 'deepfake', kind: 'service', title: '딥페이크 성인 영상',
    body: h1('얼굴 바꾸기 성인 영상 생성') + p('사진 업로드 후 성인 영상을 선택하면 딥페이크가 완성됩니다. 크레딧 구매, 만 18세 이상.') + upload('사진 업로드'),
  },
];
