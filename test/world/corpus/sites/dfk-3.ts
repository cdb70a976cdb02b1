import {
  a,
  ageGate,
  article,
  blockquote,
  cookieBanner,
  cryptoCheckout,
  faq,
  footer,
  gtag,
  h1,
  h2,
  h3,
  img,
  jsonLd,
  mediaGrid,
  metaDescription,
  nav,
  ol,
  oneTap,
  orderForm,
  p,
  priceTable,
  storeBadges,
  stripe,
  textForm,
  ul,
  upload,
  type CorpusSite,
} from '../site-kit.js';

const AUTHOR = 'dfk';

const dpNav = nav(
  [
    ['/library', 'library'],
    ['/plans', 'plans'],
    ['/help/nsfw-mode', 'help'],
    ['/app', 'open app →'],
  ],
  'doppelcast',
);
const dpFoot = footer('doppelcast is made by a small remote team. © 2026. adults only beyond this point ↓', [
  ['/privacy', 'privacy'],
  ['/plans?utm_source=footer&utm_campaign=evergreen', 'plans'],
  ['/help/nsfw-mode', 'nsfw mode help'],
  ['https://t.me/doppelcast_news', 'telegram'],
]);

const skNav = nav(
  [
    ['/so-gehts', 'So geht’s'],
    ['/pakete', 'Münz-Pakete'],
    ['/kontakt', 'Kontakt'],
    ['/login', 'Einloggen'],
  ],
  'SwapKönig',
);
const skFoot = footer('SwapKönig © 2026 – Deepfake-Generator für Erwachsene. Nutzung nur ab 18. Keine Haftung für Nutzerinhalte.', [
  ['/agb', 'AGB'],
  ['/kontakt', 'Kontakt'],
  ['/pakete?ref=footer', 'Preise'],
]);

const pmNav = nav(
  [
    ['/shablony', 'Шаблоны'],
    ['/tarify', 'Тарифы'],
    ['/faq', 'Вопросы'],
    ['/vhod', 'Войти'],
    ['/en', 'EN'],
  ],
  'Подмена.AI',
);
const pmFoot = footer('© 2026 Подмена.AI · Раздел 18+ доступен только совершеннолетним после подтверждения возраста.', [
  ['/pravila', 'Правила'],
  ['/tarify?utm_source=footer', 'Тарифы'],
  ['/faq', 'Помощь'],
]);

const obNav = nav(
  [
    ['/shablony', 'Шаблони'],
    ['/tsiny', 'Ціни'],
    ['/dopomoha', 'Допомога'],
    ['/uvijty', 'Увійти'],
  ],
  'Обличчя.AI',
);
const obFoot = footer('© 2026 Обличчя.AI · Шаблони 18+ лише для повнолітніх користувачів після підтвердження віку.', [
  ['/umovy', 'Умови'],
  ['/tsiny?ref=footer', 'Ціни'],
  ['/dopomoha', 'Допомога'],
]);

const ssNav = nav(
  [
    ['/', 'Latest'],
    ['/tags', 'Tags'],
    ['/channels', 'Studios'],
    ['/premium?from=nav', 'Premium'],
    ['/signin', 'Sign in'],
  ],
  'SynthStar',
);
const ssFoot = footer('SynthStar Clips © 2026. Every clip is an AI face swap (synthetic media). 18+. No user uploads.', [
  ['/dmca', 'DMCA'],
  ['/2257', '2257 exemption'],
  ['/premium?from=footer', 'Premium'],
  ['/tags', 'Tags'],
]);

const cfNav = nav(
  [
    ['/', 'Inicio'],
    ['/categorias', 'Categorías'],
    ['/premium', 'Premium'],
    ['/entrar', 'Entrar'],
  ],
  'ClipFalso',
);
const cfFoot = footer('© 2026 ClipFalso. Todo el contenido es generado con IA (intercambio de caras). Solo para mayores de 18 años.', [
  ['/dmca', 'DMCA'],
  ['/2257', 'Declaración 2257'],
  ['/categorias', 'Categorías'],
  ['/premium?ref=pie', 'Premium'],
]);

const faNav = nav(
  [
    ['/', 'Новое'],
    ['/kategorii', 'Категории'],
    ['/kategorii?sort=top', 'Топ'],
    ['/premium', 'Премиум'],
    ['/vhod', 'Вход'],
  ],
  'ФейкАрхив',
);
const faFoot = footer('ФейкАрхив © 2026. Все ролики созданы нейросетью (замена лица). Только для лиц старше 18 лет.', [
  ['/dmca', 'DMCA / удаление'],
  ['/2257', 'Заявление 2257'],
  ['/premium?ref=podval', 'Премиум'],
]);

const hlNav = nav(
  [
    ['/forum/qiupian', '求片区'],
    ['/forum/xuanshang', '悬赏区'],
    ['/zuozhe', '认证作者'],
    ['/jifen', '积分充值'],
    ['/banggui', '版规'],
    ['/denglu', '登录'],
  ],
  '换脸论坛',
);
const hlFoot = footer('换脸论坛 · 本站内容均为AI合成 · 未满18岁请离开 · © 2026', [
  ['/banggui', '版规'],
  ['/jifen?from=footer', '积分'],
  ['/zuozhe', '作者认证'],
]);

const ppNav = nav(
  [
    ['/download', '다운로드'],
    ['/vip', 'VIP'],
    ['/faq', 'FAQ'],
  ],
  '빨리스왑',
);
const ppFoot = footer('© 2026 빨리스왑 · 성인 모드는 성인 인증 후 이용 가능 · Google Play 및 App Store는 각 소유자의 상표입니다.', [
  ['/privacy', '개인정보처리방침'],
  ['/faq', '고객센터'],
  ['/download?utm_source=footer', '앱 받기'],
]);

const otNav = nav(
  [
    ['/yak-tse-pratsiuie', 'Як це працює'],
    ['/tsiny', 'Ціни'],
    ['/dzerkala', 'Дзеркала'],
    ['https://t.me/oblych_swap_bot?start=site', 'Відкрити бота'],
  ],
  'ОбличБот',
);
const otFoot = footer('ОбличБот — незалежний бот, не пов’язаний із Telegram. Пакети 18+ — лише для повнолітніх. © 2026', [
  ['/tsiny', 'Ціни'],
  ['/dzerkala', 'Дзеркала'],
  ['https://t.me/oblych_support', 'Підтримка'],
]);

const dmNav = nav(
  [
    ['/yak-zamovyty', 'Як замовити'],
    ['/tsiny', 'Ціни'],
    ['/zamovlennia', 'Замовлення'],
    ['/pytannia', 'Питання'],
  ],
  'Діпфейк-Майстер',
);
const dmFoot = footer('Діпфейк-Майстер · Лише крипта · Замовлення тільки через форму · © 2026', [
  ['/pytannia', 'FAQ'],
  ['/zamovlennia?ref=footer', 'Замовити'],
  ['/tsiny', 'Ціни'],
]);

const rcNav = nav(
  [
    ['/features', 'Features'],
    ['/templates', 'Templates'],
    ['/pricing', 'Pricing'],
    ['/blog/repurpose-one-video-ten-ways', 'Blog'],
    ['/login', 'Log in'],
  ],
  'ReelCraft AI',
);
const rcFoot = footer('© 2026 ReelCraft AI, Inc. Made for creators.', [
  ['/pricing?ref=footer', 'Pricing'],
  ['/templates', 'Templates'],
  ['/terms', 'Terms'],
  ['/privacy', 'Privacy'],
]);

export const sites: CorpusSite[] = [
  {
    host: 'doppelcast.test',
    lang: 'en',
    label: 'deepfake',
    shape: 'faceswap-saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'doppelcast — face swap without the guardrails',
        head:
          metaDescription('doppelcast: video & photo face swap with a real N​SFW mode. 18+ templates, spicy packs, pay per swap or go unlimited.') +
          gtag('G-DOPPEL0001'),
        body:
          dpNav +
          h1('face swap, minus the hand-holding.') +
          p(
            'other swap apps block half the templates and call it safety. doppelcast lets grown-ups choose. upload a face, pick a clip, get a clean 1080p swap in under a minute. sfw by default — flip N\u200BSFW mode when you want the for-adults-only shelf.',
          ) +
          upload('face photo', '/app/new', 'swap it') +
          h2('what you get') +
          ul(
            '6k+ video templates and 10k+ photo templates',
            '18+ video templates behind an age check, updated twice a week',
            'spicy packs: themed drops of 30 templates (£3 each or free on unlimited)',
            'multi-face: swap two faces in one clip',
            'no daily cap on paid plans',
          ) +
          h2('changelog') +
          ul('v5.2 — side-profile tracking is way better now', 'v5.1 — new “after dark” shelf in the 18+ section', 'v5.0 — 4K export on unlimited') +
          h2('pricing in one line') +
          p('3 swaps free, then £0.30 a swap or £14/month unlimited. ' + a('/plans?ref=home', 'details') + '.') +
          blockquote('honestly the only one where nsfw mode actually works instead of a blurry mess', 'someone on a forum') +
          h2('tips') +
          p('use a sharp, front-facing photo. no sunglasses, no heavy beauty filters. for long clips, upload 3–5 photos of the same face — tracking gets noticeably steadier on head turns.') +
          dpFoot,
      },
      {
        path: '/library',
        title: 'library — doppelcast',
        body:
          dpNav +
          h1('the library') +
          p('browse by shelf. anything marked 18+ stays hidden until you’re signed in, verified as an adult and have nsfw mode on.') +
          ul(
            'memes & reactions — free',
            'film & tv — 1,900 clips',
            'music videos — 1,100 clips',
            '18+ video templates — 2,300 clips, new drops Tue & Fri',
            'spicy packs — 30-template bundles, for adults only',
            'photo sets — 10k stills incl. swimwear and boudoir-style shoots',
          ) +
          p(a('/plans?ref=library', 'unlock everything with unlimited')) +
          dpFoot,
      },
      {
        path: '/plans',
        title: 'plans — doppelcast',
        head: stripe('pk_test_doppel_77'),
        body:
          dpNav +
          h1('plans') +
          priceTable(
            ['', 'free', 'pay as you go', 'unlimited'],
            [
              ['swaps', '3 total', '£0.30 each', 'no cap'],
              ['resolution', '480p', '1080p', '4K'],
              ['18+ templates / nsfw mode', '—', 'yes', 'yes'],
              ['spicy packs', '—', '£3 each', 'all included'],
              ['price', '£0', 'top up from £5', '£14 / month'],
            ],
          ) +
          p('cancel anytime. card, apple pay, google pay or crypto. statement shows “DC MEDIA”. top-up credits never expire, unlimited renews monthly until you stop it.') +
          dpFoot,
      },
      {
        path: '/help/nsfw-mode',
        title: 'nsfw mode — doppelcast help',
        body:
          dpNav +
          h1('turning on nsfw mode') +
          ol(
            'sign in and buy any top-up or unlimited.',
            'go to settings → content and confirm you’re 18+ (one-time check).',
            'flip the nsfw mode switch. the 18+ shelf and spicy packs appear in the library.',
            'nsfw mode turns itself off after 30 days of inactivity — just flip it back on.',
          ) +
          p('renders made in nsfw mode are private to your account and auto-delete after 14 days.') +
          dpFoot,
      },
      {
        path: '/privacy',
        title: 'privacy — doppelcast',
        body:
          dpNav +
          h1('privacy') +
          p(
            'we store the face photos you upload for 14 days so you can re-render, then delete them. renders are private to your account. we use one analytics cookie and a session cookie. we don’t sell data. to delete everything now, email privacy@doppelcast.test from the address on your account.',
          ) +
          dpFoot,
      },
    ],
  },

  {
    host: 'swapkoenig.test',
    lang: 'de',
    label: 'deepfake',
    shape: 'faceswap-saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'SwapKönig – Deepfake-Generator ohne Limits | Gesichtstausch 18+',
        head:
          metaDescription('SwapKönig: der Deepfake-Generator ohne Filter. Gesichtstausch in Videos, KI-Videos für Erwachsene, NSFW-Modus, Münzen ab 4,99 €.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'FAQPage',
            mainEntity: [
              { '@type': 'Question', name: 'Ist SwapKönig kostenlos?', acceptedAnswer: { '@type': 'Answer', text: 'Die ersten 5 Münzen sind gratis.' } },
              { '@type': 'Question', name: 'Gibt es einen NSFW-Modus?', acceptedAnswer: { '@type': 'Answer', text: 'Ja, für verifizierte Erwachsene.' } },
            ],
          }),
        body:
          skNav +
          h1('Der Deepfake-Generator, der nicht Nein sagt.') +
          p(
            'Schluss mit Apps, die bei jeder zweiten Vorlage blockieren. Bei SwapKönig entscheidest du. Gesichtstausch in Videos und Bildern, KI-Videos für Erwachsene im NSFW-Modus, eigene Clips als Vorlage – und das alles ohne Abo-Zwang. Du zahlst nur, was du nutzt.',
          ) +
          upload('Gesicht hochladen (JPG, PNG, HEIC)', '/erstellen', 'Jetzt tauschen – 5 Münzen gratis') +
          h2('Deine Vorteile') +
          ul(
            'Deepfake-Generator mit über 4.000 Vorlagen',
            'Eigener 18+-Bereich mit Erwachsenen-Vorlagen – „nur für Erwachsene“ heißt bei uns auch wirklich nur für Erwachsene',
            'NSFW-Modus mit einem Klick nach Altersprüfung',
            'Spicy-Pakete zum Wochenende',
            'Kein Abo nötig: Münzen kaufen, Münzen ausgeben',
            'Export in 1080p, mit Premium-Münzen auch 4K',
          ) +
          h2('Drei Schritte') +
          ol('Gesicht hochladen', 'Vorlage wählen – oder eigenes Video nutzen', 'Münzen einsetzen und fertiges Video laden') +
          h2('Häufige Fragen') +
          p('Ist das anonym? Ja – Registrierung nur mit E-Mail, Zahlung auch per Krypto oder Paysafecard. Wie lange dauert es? Zwischen 20 und 90 Sekunden je nach Länge. ' + a('/so-gehts', 'Mehr erfahren')) +
          cookieBanner('Cookies? Nur die nötigsten – und ein Statistik-Cookie, wenn du zustimmst.', 'Passt', 'Nur nötige') +
          skFoot,
      },
      {
        path: '/so-gehts',
        title: 'So geht’s – SwapKönig',
        body:
          skNav +
          h1('So funktioniert der Gesichtstausch') +
          p(
            'Lade ein gut ausgeleuchtetes Porträt hoch, auf dem das Gesicht frontal zu sehen ist. Je mehr Fotos du von derselben Person hochlädst (bis zu fünf), desto stabiler wird das Ergebnis bei Kopfdrehungen. Wähle dann eine Vorlage. Vorlagen aus dem 18+-Bereich siehst du erst, wenn du den NSFW-Modus aktiviert hast. Ein Klick auf „Erstellen“ startet das Rendering; das fertige Video bleibt 7 Tage in deinem Konto.',
          ) +
          skFoot,
      },
      {
        path: '/pakete',
        title: 'Münz-Pakete – SwapKönig',
        body:
          skNav +
          h1('Münz-Pakete') +
          priceTable(
            ['Paket', 'Münzen', 'Preis', 'Bonus'],
            [
              ['Knappe', '50', '4,99 €', '–'],
              ['Ritter', '200', '14,99 €', '+20 Münzen'],
              ['Königlich', '600', '34,99 €', '+100 Münzen, alle Spicy-Pakete'],
            ],
          ) +
          p('Tipp: Das Ritter-Paket reicht für rund 40 kurze Videos.') +
          p('1 Münze = 1 Bild-Tausch, 5 Münzen = 10 Sekunden Video. Der NSFW-Modus ist in jedem Paket enthalten. Münzen verfallen nicht. Zahlung per Karte, Paysafecard oder Bitcoin – auf der Abrechnung steht nur „SK Digital“.') +
          skFoot,
      },
      {
        path: '/agb',
        title: 'AGB – SwapKönig',
        body:
          skNav +
          h1('Allgemeine Geschäftsbedingungen') +
          p(
            'Mit der Nutzung bestätigst du, volljährig zu sein. Du bist allein dafür verantwortlich, dass du die Rechte an hochgeladenen Bildern besitzt und die Einwilligung abgebildeter Personen hast. Gekaufte Münzen sind nicht erstattungsfähig. Wir können Konten bei Verstößen ohne Vorankündigung sperren. Es gilt das Recht am Sitz des Betreibers.',
          ) +
          skFoot,
      },
      {
        path: '/kontakt',
        title: 'Kontakt – SwapKönig',
        body:
          skNav +
          h1('Kontakt') +
          p(
            'Support ausschließlich per E-Mail an hilfe@swapkoenig.test oder über das Ticket-System im Kundenbereich. Wir antworten werktags innerhalb von 48 Stunden. Bei Fragen zu Zahlungen bitte immer die Transaktions-ID angeben. Presseanfragen beantworten wir nicht. Für Löschanfragen zu Inhalten nutze bitte das Formular im Hilfebereich.',
          ) +
          skFoot,
      },
    ],
  },

  {
    host: 'podmena-ai.test',
    lang: 'ru',
    label: 'deepfake',
    shape: 'faceswap-saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Подмена.AI — замена лица в видео онлайн, дипфейк-генератор',
        head: metaDescription('Замена лица в видео и на фото онлайн. Дипфейк-генератор с шаблонами 18+ и режимом NSFW. 3 бесплатные замены в день.'),
        body:
          pmNav +
          h1('Замена лица в любом видео за 30 секунд') +
          p(
            'Подмена.AI — онлайн-дипфейк-генератор, которому не нужны ни видеокарта, ни монтаж. Загрузите фото лица, выберите шаблон — нейросеть сама подгонит свет, мимику и поворот головы. Готовое видео можно скачать в 1080p без водяного знака на платном тарифе.',
          ) +
          upload('Загрузите фото лица', '/zamena', 'Заменить лицо') +
          h2('Возможности') +
          ul(
            'Больше 3 500 шаблонов: кино, клипы, мемы, тренды',
            'Раздел «Только для взрослых» с шаблонами 18+',
            'Режим NSFW — включается в профиле после подтверждения возраста',
            'Пикантные паки каждую неделю',
            'Замена сразу двух лиц в одном ролике',
            'Экспорт до 4K на тарифе «Макс»',
          ) +
          h2('Как это работает') +
          p('Загрузите фото анфас, выберите шаблон из каталога или свой ролик, нажмите «Создать». Через 30–60 секунд видео готово.') +
          h2('Отзывы') +
          p('«Пробовал кучу ботов — тут лицо реально не плывёт» — Артём', '«Раздел 18+ обновляют чаще, чем обещают» — пользователь тарифа Про') +
          faq('Коротко о главном', [
            ['Это бесплатно?', 'Три замены в день бесплатно, с водяным знаком и в 480p.'],
            ['Как открыть шаблоны 18+?', 'Оформите Про или Макс, подтвердите возраст и включите режим NSFW.'],
          ]) +
          cookieBanner('Мы используем cookie, чтобы вы оставались в аккаунте, и для статистики.', 'Принять', 'Отклонить') +
          pmFoot,
      },
      {
        path: '/shablony',
        title: 'Шаблоны — Подмена.AI',
        body:
          pmNav +
          h1('Каталог шаблонов') +
          p('Шаблоны разбиты по разделам. Раздел «18+» показывается только вошедшим пользователям, которые подтвердили возраст и включили режим NSFW.') +
          ul('Кино и сериалы — 900', 'Клипы и танцы — 650', 'Мемы — 1 300 (бесплатно)', 'Только для взрослых / 18+ — 600 видеошаблонов', 'Пикантные паки — наборы по 20 шаблонов 18+') +
          p('Новые шаблоны добавляем каждую неделю. ' + a('/tarify?ref=shablony', 'Открыть все шаблоны на тарифе Про')) +
          pmFoot,
      },
      {
        path: '/tarify',
        title: 'Тарифы — Подмена.AI',
        body:
          pmNav +
          h1('Тарифы') +
          priceTable(
            ['Тариф', 'Цена', 'Что входит'],
            [
              ['Бесплатный', '0 ₽', '3 замены в день, 480p, водяной знак'],
              ['Про', '790 ₽ / мес', '300 кредитов, 1080p, шаблоны 18+, режим NSFW'],
              ['Макс', '1 990 ₽ / мес', '1 000 кредитов, 4K, все пикантные паки'],
            ],
          ) +
          p('Докупить кредиты: 100 за 290 ₽. Одна секунда видео в 1080p — один кредит. Оплата картой, через СБП или криптой. Отменить подписку можно в любой момент в профиле.') +
          pmFoot,
      },
      {
        path: '/faq',
        title: 'Вопросы — Подмена.AI',
        body:
          pmNav +
          faq('Частые вопросы', [
            ['Вы храните мои фото?', 'Фото удаляются автоматически через 72 часа.'],
            ['Почему лицо получилось размытым?', 'Используйте фото анфас при хорошем свете, без очков и фильтров.'],
            ['Можно ли вернуть деньги?', 'Неиспользованные кредиты можно вернуть в течение 7 дней.'],
            ['Как выключить режим NSFW?', 'В профиле, раздел «Контент», одним переключателем.'],
            ['Сколько ждать результат?', 'Обычно от 30 секунд до двух минут, в зависимости от длины шаблона и загрузки серверов.'],
          ]) +
          pmFoot,
      },
    ],
  },

  {
    host: 'oblychchia-ai.test',
    lang: 'uk',
    label: 'deepfake',
    shape: 'faceswap-saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Обличчя.AI — заміна обличчя у відео за допомогою ШІ',
        head:
          metaDescription('Заміна обличчя у відео онлайн. Понад 3 000 шаблонів, шаблони 18+ і режим NSFW для дорослих. 3 безкоштовні заміни щодня.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebApplication', name: 'Обличчя.AI', applicationCategory: 'MultimediaApplication', offers: { '@type': 'Offer', price: '199', priceCurrency: 'UAH' } }),
        body:
          obNav +
          h1('Одне фото — і ти головний герой будь-якого відео') +
          p(
            'Обличчя.AI — це сервіс заміни обличчя (face swap), який працює прямо в браузері. Завантаж чітке фото обличчя, обери шаблон, і штучний інтелект сам підлаштує світло, міміку та кут повороту. Без встановлення програм і без навичок монтажу.',
          ) +
          upload('Завантаж фото обличчя', '/zamina', 'Замінити обличчя') +
          h2('Що вміє Обличчя.AI') +
          ul(
            'Понад 3 000 відеошаблонів: кіно, кліпи, меми',
            'Окремий розділ із шаблонами 18+ — лише для дорослих',
            'Режим NSFW вмикається в налаштуваннях після перевірки віку',
            'Пікантні паки щотижня для підписників',
            'Експорт у 1080p без водяного знака',
          ) +
          h2('Як це працює') +
          p('Крок 1: обери фото анфас при гарному освітленні. Крок 2: знайди шаблон за жанром або тривалістю. Крок 3: натисни «Створити» й зачекай 30–60 секунд.') +
          p('«Найприродніша заміна обличчя, яку я пробував, навіть у профіль» — Олег, підписник', '«Пікантні паки оновлюють щотижня, підписка себе окупає» — анонімно') +
          faq('Коротко', [
            ['Це безкоштовно?', 'Три заміни на день — безкоштовно, з водяним знаком і в 480p.'],
            ['Як відкрити шаблони 18+?', 'Оформи Плюс або Макс, підтверди вік і ввімкни режим NSFW.'],
          ]) +
          cookieBanner('Ми використовуємо cookie для входу в акаунт і статистики відвідувань.', 'Погоджуюсь', 'Відхилити') +
          obFoot,
      },
      {
        path: '/shablony',
        title: 'Шаблони — Обличчя.AI',
        body:
          obNav +
          h1('Бібліотека шаблонів') +
          p('Шукай шаблони за категоріями. Розділ «18+» з’являється лише після входу, підтвердження віку та ввімкнення режиму NSFW.') +
          ul('Кіно та серіали — 610', 'Танці та кліпи — 480', 'Меми — 950 (безкоштовно)', 'Для дорослих / 18+ — 420 відеошаблонів', 'Пікантні паки — набори по 15 шаблонів 18+', 'Фото-шаблони — понад 2 000 кадрів') +
          p('Нові шаблони з’являються щопонеділка. ' + a('/tsiny?ref=shablony', 'Відкрити всі шаблони з підпискою')) +
          obFoot,
      },
      {
        path: '/tsiny',
        title: 'Ціни — Обличчя.AI',
        body:
          obNav +
          h1('Тарифи') +
          priceTable(
            ['Тариф', 'Ціна', 'Що входить'],
            [
              ['Безкоштовний', '0 ₴', '3 заміни на день, 480p, водяний знак'],
              ['Плюс', '199 ₴ / міс', '250 кредитів, 1080p, шаблони 18+, режим NSFW'],
              ['Макс', '499 ₴ / міс', '900 кредитів, 4K, усі пікантні паки'],
            ],
          ) +
          p('Додаткові кредити: 100 за 79 ₴. Одна секунда відео в 1080p — один кредит. Оплата карткою, Apple Pay, Google Pay або криптовалютою. Скасувати підписку можна будь-коли в профілі.') +
          obFoot,
      },
      {
        path: '/dopomoha',
        title: 'Допомога — Обличчя.AI',
        body:
          obNav +
          faq('Поширені запитання', [
            ['Як увімкнути режим NSFW?', 'Оформи тариф Плюс або Макс, підтверди, що тобі є 18, і ввімкни перемикач у розділі «Контент».'],
            ['Чи зберігаються мої фото?', 'Фото автоматично видаляються через 72 години.'],
            ['Чому обличчя вийшло нечітким?', 'Використовуй фото анфас, без сонцезахисних окулярів і фільтрів.'],
            ['Чи можна повернути гроші?', 'Невикористані кредити можна повернути протягом 7 днів після покупки.'],
          ]) +
          obFoot,
      },
    ],
  },

  {
    host: 'synthstar-clips.test',
    lang: 'en',
    label: 'deepfake',
    shape: 'tube',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'SynthStar Clips — the AI swap archive',
        head:
          metaDescription('SynthStar: curated AI swap clips from independent studios. Celebrity, streamer & influencer lookalikes in 1080p/4K. Adults only.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Organization', name: 'SynthStar Clips', url: 'https://synthstar-clips.test/' }),
        body:
          ageGate('Adults only. SynthStar contains AI-generated adult material (synthetic face swaps). Enter only if you are 18+ and this is legal where you are.', 'Enter (18+)', 'Exit') +
          ssNav +
          h1('Fresh from the studios') +
          p('Clips by 40+ independent AI studios, checked by our editors before they go live. No uploads from the public — ever. 22,000 clips, 60 new every day, sorted by newest, most viewed or highest rated.') +
          textForm('Search 22,000 clips', 'Go') +
          mediaGrid([
            { title: 'Studio Nova — Gala night double', duration: '14:12', views: '240k', tags: ['celebrity', 'AI swap', '4K'] },
            { title: 'Pixelhaus — Stream marathon edit', duration: '09:30', views: '131k', tags: ['streamer'] },
            { title: 'Faceless Co — Festival look', duration: '07:05', views: '88k', tags: ['influencer', 'AI swap'] },
            { title: 'Studio Nova — Press junket twin', duration: '11:47', views: '176k', tags: ['celebrity'] },
            { title: 'DeepLane — Game night remake', duration: '10:21', views: '64k', tags: ['streamer', 'HD'] },
            { title: 'Pixelhaus — Talk show guest', duration: '12:58', views: '203k', tags: ['celebrity', 'tv'] },
          ]) +
          h2('Trending tags') +
          p(
            (
            [
              ['celebrity', '#celebrity'],
              ['streamer', '#streamer'],
              ['influencer', '#influencer'],
              ['AI%20swap', '#AI swap'],
              ['4K', '#4K'],
              ['tv', '#tv'],
              ['singer', '#singer'],
              ['cosplay', '#cosplay'],
            ] as [string, string][]
            )
              .map(([t, l]) => a(`/tag/${t}`, l))
              .join(' '),
          ) +
          h2('Top studios this month') +
          ol('Studio Nova — 1,840 clips', 'Pixelhaus — 1,312 clips', 'DeepLane — 977 clips', 'Faceless Co — 610 clips') +
          mediaGrid([
            { title: 'DeepLane — Award season lookalike', duration: '15:40', views: '1.4M', tags: ['celebrity', 'premium'] },
            { title: 'Faceless Co — Beach vlog edit', duration: '08:22', views: '702k', tags: ['influencer'] },
          ]) +
          p('Free visitors can watch 2-minute previews of every clip. ' + a('/premium?from=home', 'Premium: full length, 4K, zero ads →')) +
          ssFoot,
      },
      {
        path: '/tags',
        title: 'Tags — SynthStar Clips',
        body:
          ssNav +
          h1('Browse by tag') +
          ul(
            a('/tag/celebrity', 'celebrity') + ' — 9,900 clips',
            a('/tag/streamer', 'streamer') + ' — 4,300 clips',
            a('/tag/influencer', 'influencer') + ' — 3,800 clips',
            a('/tag/AI%20swap', 'AI swap') + ' — every clip',
            a('/tag/singer', 'singer') + ' — 1,450 clips',
            a('/tag/tv', 'tv presenters') + ' — 1,200 clips',
            a('/tag/4K', '4K') + ' — 2,050 clips',
          ) +
          p('Tags are set by the studio and reviewed by our editors. Premium members can follow tags and get an email when new clips land.') +
          ssFoot,
      },
      {
        path: '/channels',
        title: 'Studios — SynthStar Clips',
        body:
          ssNav +
          h1('Partner studios') +
          p(
            'SynthStar works with independent AI studios who produce face-swap clips and license them to us. Studios earn a revenue share on Premium views. We do not accept uploads from the public; studios apply by invitation and must pass a quality review of 20 sample clips.',
          ) +
          ul('Studio Nova — celebrity lookalikes, 4K', 'Pixelhaus — streamer edits', 'DeepLane — gaming & streamer', 'Faceless Co — influencer swaps') +
          ssFoot,
      },
      {
        path: '/premium',
        title: 'Premium — SynthStar Clips',
        head: stripe('pk_test_synthstar_9'),
        body:
          ssNav +
          h1('SynthStar Premium') +
          priceTable(
            ['Plan', 'Price'],
            [
              ['2-day pass', '$2.95'],
              ['Monthly', '$12.95'],
              ['Yearly', '$79.95 (save 48%)'],
            ],
          ) +
          p('Premium unlocks full-length clips, 4K, downloads and early access to new studio drops. Billed discreetly as “SSC Online”. Cancel with one click, no questions. Card and crypto accepted. Prices in USD; local taxes may apply.') +
          ssFoot,
      },
      {
        path: '/dmca',
        title: 'DMCA — SynthStar Clips',
        body:
          ssNav +
          h1('Copyright & removal') +
          p(
            'To report copyright infringement, email dmca@synthstar-clips.test with the clip URL, a description of the original work, evidence that you own it, and your signature. We forward valid notices to the studio concerned and remove the clip while the matter is reviewed. Counter-notices are accepted under the same procedure.',
          ) +
          ssFoot,
      },
      {
        path: '/2257',
        title: '2257 exemption — SynthStar Clips',
        body:
          ssNav +
          h1('18 U.S.C. §2257 exemption statement') +
          p(
            'All content on SynthStar is synthetic media produced with artificial intelligence by third-party studios. SynthStar is not a producer, primary or secondary, of any depiction on this site. Any source footage used by studios depicts adults only; record-keeping obligations, where they apply, rest with the original producers.',
          ) +
          ssFoot,
      },
    ],
  },

  {
    host: 'clipfalso.test',
    lang: 'es',
    label: 'deepfake',
    shape: 'tube',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'ClipFalso – Vídeos deepfake de famosas, streamers e influencers',
        head: metaDescription('Miles de vídeos deepfake (intercambio de caras con IA) de famosas, streamers e influencers. Nuevos cada día. Solo +18.'),
        body:
          ageGate('Este sitio contiene material para adultos generado con inteligencia artificial. Debes tener al menos 18 años para entrar.', 'Tengo 18 años o más – Entrar', 'Salir') +
          cfNav +
          textForm('Buscar vídeos', 'Buscar') +
          h1('Últimos deepfakes') +
          p('Bienvenido a ClipFalso, el archivo de deepfakes en español. Nuestro equipo sube vídeos nuevos todos los días: más de 10.000 clips en 1080p y 4K. No se admiten subidas de usuarios. Ordena por lo último, lo más visto o lo mejor valorado.') +
          mediaGrid([
            { title: 'Presentadora de TV doble', duration: '10:44', views: '152 mil visitas', tags: ['famosas', 'AI swap'] },
            { title: 'Streamer de Just Chatting edit', duration: '08:10', views: '97 mil visitas', tags: ['streamer'] },
            { title: 'Cantante de pop parecida', duration: '13:20', views: '230 mil visitas', tags: ['famosas', '4K'] },
            { title: 'Influencer de moda swap', duration: '06:35', views: '74 mil visitas', tags: ['influencer'] },
            { title: 'Actriz de telenovela remake', duration: '12:02', views: '188 mil visitas', tags: ['famosas', 'actriz'] },
            { title: 'Streamer de videojuegos parte 4', duration: '09:51', views: '61 mil visitas', tags: ['streamer', 'AI swap'] },
          ]) +
          h2('Lo más visto de la semana') +
          mediaGrid([
            { title: 'Reportera deportiva parecida', duration: '11:15', views: '1,1 M visitas', tags: ['famosas'] },
            { title: 'Creadora viral edit', duration: '07:40', views: '820 mil visitas', tags: ['influencer', 'AI swap'] },
            { title: 'Modelo de pasarela doble', duration: '10:05', views: '640 mil visitas', tags: ['famosas', 'premium'] },
          ]) +
          p('¿Quieres los vídeos completos en 4K y sin anuncios? ' + a('/premium?ref=inicio', 'Hazte Premium') + '.') +
          cfFoot,
      },
      {
        path: '/categorias',
        title: 'Categorías – ClipFalso',
        body:
          cfNav +
          h1('Categorías') +
          ul(
            a('/tag/famosas', 'Famosas') + ' – 5.100 vídeos',
            a('/tag/streamer', 'Streamers') + ' – 2.300 vídeos',
            a('/tag/influencer', 'Influencers') + ' – 1.900 vídeos',
            a('/tag/actriz', 'Actrices') + ' – 1.200 vídeos',
            a('/tag/AI%20swap', 'AI swap (todo)') + ' – 10.000+ vídeos',
            a('/tag/4K', 'Solo 4K') + ' – 760 vídeos',
          ) +
          p('Las categorías las mantiene nuestro equipo editorial y se actualizan cada semana. Los miembros Premium pueden proponer nuevas categorías desde su cuenta.') +
          cfFoot,
      },
      {
        path: '/premium',
        title: 'Premium – ClipFalso',
        body:
          cfNav +
          h1('ClipFalso Premium') +
          priceTable(
            ['Plan', 'Precio', 'Ventajas'],
            [
              ['Mensual', '12,99 €', 'Vídeos completos, 4K, sin anuncios'],
              ['Trimestral', '29,99 €', 'Todo lo anterior + acceso anticipado'],
              ['Anual', '79,99 €', 'Todo + descargas'],
            ],
          ) +
          p('Prueba 2 días por 2,95 €. Cobro discreto con un nombre neutro en tu extracto. Cancela cuando quieras desde tu cuenta. Pago con tarjeta, Paysafecard o criptomonedas.') +
          cfFoot,
      },
      {
        path: '/dmca',
        title: 'DMCA – ClipFalso',
        body:
          cfNav +
          h1('DMCA y solicitudes de retirada') +
          p(
            'Si crees que un vídeo de este sitio infringe tus derechos de autor, envía un aviso a dmca@clipfalso.test con la URL del vídeo, la prueba de titularidad de la obra original y tus datos de contacto. Revisamos los avisos en un plazo de 10 días hábiles.',
          ) +
          cfFoot,
      },
      {
        path: '/2257',
        title: 'Declaración 2257 – ClipFalso',
        body:
          cfNav +
          h1('Declaración de cumplimiento 18 U.S.C. 2257') +
          p(
            'Todo el contenido visual de este sitio ha sido generado o modificado mediante inteligencia artificial. Los operadores de ClipFalso no son productores primarios del material de origen. Todas las personas que aparecen en el material de origen eran mayores de 18 años en el momento de su creación.',
          ) +
          cfFoot,
      },
    ],
  },

  {
    host: 'feik-arhiv.test',
    lang: 'ru',
    label: 'deepfake',
    shape: 'tube',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'ФейкАрхив — дипфейк-ролики со знаменитостями и стримершами',
        head: metaDescription('Архив дипфейк-видео: знаменитости, стримерши, блогерши. Замена лица нейросетью, HD и 4K. Только 18+.'),
        body:
          ageGate('Сайт содержит материалы для взрослых, созданные нейросетью. Вход только для лиц старше 18 лет.', 'Мне есть 18 — войти', 'Уйти') +
          faNav +
          textForm('Поиск по архиву', 'Найти') +
          h1('Свежие дипфейки') +
          p('Добро пожаловать в ФейкАрхив — крупнейший русскоязычный архив дипфейков. Каждый день редакция добавляет новые ролики. В архиве больше 8 000 видео в HD и 4K. Загрузка видео пользователями не предусмотрена. Сортировка: новые, популярные, лучшие по оценкам.') +
          mediaGrid([
            { title: 'Ведущая шоу двойник', duration: '10:18', views: '134 тыс. просмотров', tags: ['знаменитости', 'AI swap'] },
            { title: 'Стримерша ночной стрим', duration: '07:42', views: '89 тыс. просмотров', tags: ['стримерши'] },
            { title: 'Певица с концерта похожая', duration: '13:05', views: '210 тыс. просмотров', tags: ['знаменитости', '4K'] },
            { title: 'Блогерша путешествия эдит', duration: '06:14', views: '66 тыс. просмотров', tags: ['блогерши'] },
            { title: 'Актриса сериала ремейк', duration: '11:39', views: '175 тыс. просмотров', tags: ['знаменитости', 'актрисы'] },
            { title: 'Игровая стримерша часть 2', duration: '08:57', views: '52 тыс. просмотров', tags: ['стримерши', 'AI swap'] },
          ]) +
          h2('Популярное за неделю') +
          mediaGrid([
            { title: 'Телеведущая двойник 2', duration: '12:26', views: '940 тыс. просмотров', tags: ['знаменитости'] },
            { title: 'Фитнес блогерша эдит', duration: '08:03', views: '610 тыс. просмотров', tags: ['блогерши', 'AI swap'] },
            { title: 'Стримерша марафон эдит', duration: '14:50', views: '455 тыс. просмотров', tags: ['стримерши', 'премиум'] },
          ]) +
          h2('Теги') +
          p(a('/tag/знаменитости', '#знаменитости') + ' ' + a('/tag/стримерши', '#стримерши') + ' ' + a('/tag/блогерши', '#блогерши') + ' ' + a('/tag/актрисы', '#актрисы') + ' ' + a('/tag/4K', '#4K') + ' ' + a('/tag/AI%20swap', '#AI swap')) +
          p('Без подписки доступны двухминутные превью каждого ролика. Полные версии в 4K и без рекламы — для ' + a('/premium?ref=glavnaya', 'премиум-подписчиков') + '. Все разделы — на странице ' + a('/kategorii', 'категорий') + '.') +
          faFoot,
      },
      {
        path: '/kategorii',
        title: 'Категории — ФейкАрхив',
        body:
          faNav +
          h1('Категории') +
          ul(
            a('/tag/знаменитости', 'Знаменитости') + ' — 3 900 роликов',
            a('/tag/стримерши', 'Стримерши') + ' — 1 800 роликов',
            a('/tag/блогерши', 'Блогерши') + ' — 1 500 роликов',
            a('/tag/актрисы', 'Актрисы') + ' — 900 роликов',
            a('/tag/AI%20swap', 'AI swap (все)') + ' — 8 000+ роликов',
            a('/tag/4K', 'Только 4K') + ' — 640 роликов',
          ) +
          p('Не нашли нужный раздел? Воспользуйтесь поиском по архиву. Категории ведёт редакция, новые ролики размечаются в течение суток. Премиум-подписчики могут предлагать новые разделы через личный кабинет.') +
          faFoot,
      },
      {
        path: '/premium',
        title: 'Премиум — ФейкАрхив',
        body:
          faNav +
          h1('Премиум-доступ') +
          priceTable(
            ['Срок', 'Цена', 'Что даёт'],
            [
              ['1 месяц', '690 ₽', 'Полные версии, 4K, без рекламы'],
              ['3 месяца', '1 690 ₽', 'Всё из месяца + ранний доступ'],
              ['12 месяцев', '4 990 ₽', 'Всё + скачивание'],
            ],
          ) +
          p('Пробный доступ на 2 дня — 99 ₽.') +
          p('Оплата картой, криптовалютой или через партнёрские кассы. В выписке — нейтральное название. Подписка отменяется в личном кабинете в один клик.') +
          faFoot,
      },
      {
        path: '/dmca',
        title: 'DMCA — ФейкАрхив',
        body:
          faNav +
          h1('DMCA и запросы на удаление') +
          p(
            'Если вы считаете, что ролик на сайте нарушает ваши авторские права, отправьте уведомление на dmca@feik-arhiv.test. Укажите ссылку на ролик, подтверждение прав на оригинал и контактные данные. Мы рассматриваем обращения в течение 10 рабочих дней и удаляем материалы при подтверждении прав.',
          ) +
          faFoot,
      },
      {
        path: '/2257',
        title: 'Заявление 2257 — ФейкАрхив',
        body:
          faNav +
          h1('Заявление о соответствии 18 U.S.C. 2257') +
          p(
            'Все материалы сайта созданы или изменены с помощью искусственного интеллекта. Администрация ФейкАрхива не является первичным производителем исходных материалов. Все лица в исходных материалах на момент съёмки достигли 18 лет. Необходимые записи хранятся у производителей исходников.',
          ) +
          faFoot,
      },
    ],
  },

  {
    host: 'huanlian-luntan.test',
    lang: 'zh',
    label: 'deepfake',
    shape: 'request-board',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: '换脸论坛 - AI换脸求片·悬赏定制·作品分享',
        head: metaDescription('华语AI换脸交流社区：求片、积分悬赏定制、认证作者、作品分享。仅限18岁以上。'),
        body:
          hlNav +
          ageGate('本论坛包含AI合成的成人内容，未满18岁禁止进入。', '我已满18岁', '离开') +
          h1('欢迎来到换脸论坛') +
          p(
            '这里是华语圈最大的AI换脸交流社区。你可以在求片区发布明星、主播、网红类的换脸需求，也可以在悬赏区用积分定制作品，由认证作者优先接单。免费求片随缘处理，悬赏帖一般48小时内交付。',
          ) +
          h2('版块') +
          ul(
            a('/forum/qiupian', '求片区') + '　主题 11,240',
            a('/forum/xuanshang', '悬赏区（积分）') + '　主题 3,180',
            a('/forum/zuopin', '作品区') + '　已完成的AI换脸作品',
            a('/forum/jishu', '技术区') + '　脸部素材整理、模型训练、显卡讨论',
          ) +
          h2('热门帖子') +
          ul(
            '【悬赏800积分】古装剧女演员类，1080p，素材已整理',
            '【求片】户外主播类，有正脸素材50张',
            '【悬赏2000积分】女团成员类，4K，仅限认证作者',
            '【已完成】美妆网红类，感谢作者大大',
            '【求片】综艺主持人类，长度不限',
          ) +
          p('会员 42,600 · 认证作者 133 · 本月发放积分 1,050,000 · 在线 1,930') +
          textForm('搜索帖子', '搜索', '/sousuo') +
          hlFoot,
      },
      {
        path: '/forum/xuanshang',
        title: '悬赏区 - 换脸论坛',
        body:
          hlNav +
          h1('悬赏区') +
          p('发帖时设置的积分由论坛托管，确认交付后自动转给作者。请附至少30张清晰正脸素材，标题中不得出现真实姓名，用“演员类”“主播类”等描述。') +
          ul('【600积分】唱跳主播类，素材40张 · 回复 15', '【300积分】穿搭博主类，短片即可 · 回复 6', '【1500积分】歌手类，4K，私发不公开 · 回复 29', '【500积分】体育主持人类，1080p · 回复 9') +
          textForm('悬赏标题', '发布悬赏', '/forum/xuanshang/fatie') +
          hlFoot,
      },
      {
        path: '/zuozhe',
        title: '认证作者 - 换脸论坛',
        body:
          hlNav +
          h1('认证作者') +
          p(
            '累计交付20单以上且好评率超过90%的作者可以申请认证。认证作者拥有金色标识，可自行设置最低悬赏积分，并进入排行榜。申请方式：私信管理员并附上3个作品样片。',
          ) +
          ol('换脸老司机 — 交付 402 单', 'AI画师阿杰 — 交付 318 单', 'deep_wang — 交付 256 单') +
          hlFoot,
      },
      {
        path: '/jifen',
        title: '积分充值 - 换脸论坛',
        body:
          hlNav +
          h1('积分充值') +
          priceTable(
            ['积分', '价格'],
            [
              ['1,000积分', '¥60 / 9 USDT'],
              ['3,000积分', '¥160 / 24 USDT'],
              ['10,000积分', '¥480 / 70 USDT'],
            ],
          ) +
          p('支持USDT（TRC-20）、比特币及点卡充值。认证作者每周可将获得的积分提现，手续费20%。') +
          cryptoCheckout() +
          hlFoot,
      },
      {
        path: '/banggui',
        title: '版规 - 换脸论坛',
        body:
          hlNav +
          h1('论坛版规') +
          ol(
            '未满18岁禁止注册。',
            '严禁任何涉及未成年人的内容，一经发现永久封号。',
            '求片对象仅限明星、主播、网红等公众人物，禁止求素人。',
            '标题禁止出现真实姓名。',
            '悬赏帖须在标题注明积分。',
            '纠纷由管理员裁定，结果为最终结果。',
          ) +
          hlFoot,
      },
    ],
  },

  {
    host: 'ppalli-swap.test',
    lang: 'ko',
    label: 'deepfake',
    shape: 'app-landing',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: '빨리스왑 - 얼굴 바꾸기 앱 | APK 다운로드',
        jsOnly: true,
        head:
          metaDescription('빨리스왑: 하루 5회 무료 얼굴 바꾸기, 주간 VIP, 성인 모드 잠금 해제. APK 다운로드 또는 스토어에서 받기.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'MobileApplication',
            name: '빨리스왑',
            operatingSystem: 'Android, iOS',
            aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.4', ratingCount: '12880' },
          }),
        body:
          ppNav +
          h1('폰 하나로 영상 속 얼굴을 바꾸세요') +
          p('빨리스왑은 사진 한 장으로 영상 속 얼굴을 몇 초 만에 바꿔 주는 앱입니다. 갤러리에서 사진을 고르고, 템플릿을 선택하면 끝. PC도, 편집 기술도 필요 없습니다.') +
          storeBadges('/download/ppalliswap.apk') +
          img(7, '앱 화면') +
          h2('빨리스왑이 특별한 이유') +
          ul('매일 5회 무료 얼굴 바꾸기', '고화질 영상 템플릿 수천 개', '성인 모드 잠금 해제: 성인 인증 후 19금 템플릿 (VIP 전용)', '매주 새로운 스파이시 팩', '결과물 바로 공유·저장') +
          h2('주간 VIP') +
          p('무제한 바꾸기, 워터마크 제거, 성인 모드와 모든 스파이시 팩을 주 6,900원에. 3일 무료 체험. ' + a('/vip?ref=home', 'VIP 보기')) +
          h2('스토어에 없나요?') +
          p(a('/download?ref=home_apk', 'APK로 바로 설치') + '하거나, 아이폰에서는 사파리로 접속해 “홈 화면에 추가”를 누르세요. 웹 버전에서도 모든 기능을 쓸 수 있습니다.') +
          h2('리뷰') +
          p('★★★★★ “제일 빠른 스왑 앱, 성인 모드 때문에 VIP 유지 중” · ★★★★☆ “무료 5회가 금방 끝나요”') +
          ppFoot,
      },
      {
        path: '/download',
        title: '다운로드 - 빨리스왑',
        body:
          ppNav +
          h1('빨리스왑 다운로드') +
          p(
            '스토어 버전은 전체이용가 버전입니다. 성인 모드를 쓰려면 전체 기능 APK(안드로이드 8 이상)를 설치하거나 웹 앱을 이용하세요. 설정에서 “출처를 알 수 없는 앱 설치”를 허용한 뒤 파일을 열면 됩니다.',
          ) +
          storeBadges('/download/ppalliswap-full-5.1.0.apk') +
          p('아이폰: 사파리에서 ppalli-swap.test 접속 → 공유 → 홈 화면에 추가. 버전 5.1.0 · 64MB.') +
          ppFoot,
      },
      {
        path: '/vip',
        title: 'VIP - 빨리스왑',
        body:
          ppNav +
          h1('VIP 가입') +
          priceTable(
            ['요금제', '가격', '혜택'],
            [
              ['무료', '0원', '하루 5회, 워터마크'],
              ['주간 VIP', '주 6,900원', '무제한, 성인 모드 잠금 해제, 스파이시 팩'],
              ['연간 VIP', '연 59,000원', '모든 혜택 + 4K 저장 + 신규 템플릿 먼저'],
            ],
          ) +
          p('구독은 자동 갱신되며, 갱신 24시간 전까지 언제든 해지할 수 있습니다.') +
          ppFoot,
      },
      {
        path: '/faq',
        title: 'FAQ - 빨리스왑',
        body:
          ppNav +
          faq('자주 묻는 질문', [
            ['성인 모드는 어떻게 여나요?', 'VIP 가입 후 설정에서 성인 인증을 하고 “성인 모드”를 켜세요. APK와 웹 앱에서만 가능합니다.'],
            ['무료는 몇 번인가요?', '하루 5회이며 매일 자정에 초기화됩니다.'],
            ['APK는 안전한가요?', '스토어와 같은 앱이며 저희가 서명했고, 19금 템플릿이 활성화되어 있습니다.'],
          ]) +
          ppFoot,
      },
      {
        path: '/privacy',
        title: '개인정보처리방침 - 빨리스왑',
        body:
          ppNav +
          h1('개인정보처리방침') +
          p('빨리스왑은 얼굴 바꾸기를 위해 선택한 사진과 영상을 서버에서 처리하며, 파일은 24시간 후 삭제됩니다. 무료 횟수 계산을 위해 기기 식별자를 수집합니다. 개인정보를 판매하지 않습니다.') +
          ppFoot,
      },
    ],
  },

  {
    host: 'oblychbot.test',
    lang: 'uk',
    label: 'deepfake',
    shape: 'telegram-bot',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'ОбличБот — заміна обличчя у відео прямо в Telegram',
        head: metaDescription('ОбличБот: Telegram-бот для заміни обличчя у відео та на фото. Надсилаєш фото — отримуєш ролик. Є пакети 18+.'),
        body:
          otNav +
          h1('Діпфейк за хвилину — просто в чаті') +
          p(
            'ОбличБот — це бот у Telegram, який замінює обличчя у відео. Не треба нічого завантажувати чи реєструватися. Надсилаєш фото обличчя, обираєш шаблон — і за хвилину отримуєш готове відео прямо в чат.',
          ) +
          p(a('https://t.me/oblych_swap_bot?start=landing', '▶ Запустити @oblych_swap_bot')) +
          h2('Команди бота') +
          ul('/swap — замінити обличчя у відео', '/photo — замінити обличчя на фото', '/packs — пакети шаблонів, зокрема 18+', '/balance — зірки та кредити', '/vip — тижневий VIP') +
          h2('Пакети 18+') +
          p('Повнолітні користувачі відкривають «нічні» пакети в меню /packs після підтвердження віку. У кожному пакеті 25 HD-шаблонів, нові — щотижня.') +
          h2('Скільки коштує') +
          p('Безкоштовно — 2 заміни на добу з водяним знаком. VIP на тиждень — 149 ₴ або 250 зірок: без лімітів і з усіма пакетами 18+. ' + a('/tsiny?ref=golovna', 'Усі ціни')) +
          h2('Відгуки') +
          p('«Швидше за будь-який застосунок, і нічого не треба встановлювати» — користувач VIP', '«Нічні пакети оновлюються щоп’ятниці, як і обіцяли» — анонімно') +
          p('Бот іноді блокують — актуальні посилання завжди на сторінці ' + a('/dzerkala', 'дзеркал') + '. Запроси друга командою /ref і отримай 10 кредитів.') +
          otFoot,
      },
      {
        path: '/yak-tse-pratsiuie',
        title: 'Як це працює — ОбличБот',
        body:
          otNav +
          h1('Як це працює') +
          ol(
            'Відкрий бота і натисни «Старт».',
            'Надішли одне чітке фото обличчя — краще анфас і при гарному світлі.',
            'Напиши /swap і вибери шаблон або відкрий /packs.',
            'Зачекай близько 40 секунд — відео прийде в чат.',
          ) +
          p('Без VIP — 2 заміни на добу. VIP знімає обмеження, прибирає водяний знак і відкриває пакети 18+.') +
          otFoot,
      },
      {
        path: '/tsiny',
        title: 'Ціни — ОбличБот',
        body:
          otNav +
          h1('Ціни') +
          priceTable(
            ['Тариф', 'Ціна', 'Що входить'],
            [
              ['Безкоштовно', '0', '2 заміни на добу'],
              ['50 кредитів', '250 зірок', '50 замін у відео'],
              ['VIP тиждень', '149 ₴', 'Без лімітів + пакети 18+'],
              ['VIP місяць', '449 ₴', 'Без лімітів + 18+ + 1080p'],
            ],
          ) +
          p('Оплата зірками Telegram, карткою через вбудовану касу або в TON/USDT. Кредити не згорають. Команда /buy показує актуальні ціни у твоїй валюті.') +
          otFoot,
      },
      {
        path: '/dzerkala',
        title: 'Дзеркала — ОбличБот',
        body:
          otNav +
          h1('Робочі дзеркала') +
          p('Telegram час від часу блокує ботів за скаргами. Якщо основний бот не відповідає, скористайся дзеркалом. Баланс і VIP прив’язані до твого акаунта Telegram і переносяться автоматично.') +
          ul(a('https://t.me/oblych_swap_bot', '@oblych_swap_bot') + ' — основний', a('https://t.me/oblych_reserve_bot', '@oblych_reserve_bot') + ' — резерв', a('https://t.me/oblych3_bot', '@oblych3_bot') + ' — резерв 2 (запасний на випадок блокування)') +
          p('Новини: ' + a('https://t.me/oblych_news', '@oblych_news') + '. Підтримка: ' + a('https://t.me/oblych_support', '@oblych_support') + ' — відповідаємо протягом доби.') +
          otFoot,
      },
    ],
  },

  {
    host: 'dipfeik-maister.test',
    lang: 'uk',
    label: 'deepfake',
    shape: 'made-to-order',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Діпфейк-Майстер — відео на замовлення',
        head: metaDescription('Діпфейк-відео на замовлення: окрема модель під кожне обличчя, до 4K, здача за 72 години. Оплата лише криптовалютою.'),
        body:
          dmNav +
          h1('Ваш сценарій. Наше обличчя-на-обличчя. Жодних шаблонів.') +
          p(
            'Діпфейк-Майстер створює відео на замовлення. Під кожне замовлення ми тренуємо окрему модель обличчя, рендеримо відео кадр за кадром і вручну прибираємо артефакти. Працюємо з публічними особами — акторками, співачками, стрімерками, блогерками.',
          ) +
          h2('Що ви отримуєте') +
          ul(
            'Ролики 18+ та звичайні — опишіть сцену у формі',
            'Роздільна здатність до 4K, 60 кадрів/с',
            'Превʼю на 10 секунд і одна правка безкоштовно',
            'Термін — 72 години, терміново — 24 години',
            'Оплата лише криптою: BTC, XMR, USDT',
            'Одноразове зашифроване посилання на файл',
          ) +
          h2('Чому не застосунок') +
          p('Застосунки дають готовий шаблон у 480p, де обличчя «пливе» на поворотах. У нас — власна модель, ручне доопрацювання й конфіденційність: жодних акаунтів і справжніх імен.') +
          h2('Конфіденційність') +
          p('Ми не питаємо ваше ім’я, телефон чи документи. Для зв’язку достатньо Session ID або нікнейму в Telegram. Листування видаляємо через 7 днів після здачі замовлення, вихідні фото — одразу після рендеру.') +
          h2('Відгуки') +
          p('«Зробили ролик зі співачкою за дві доби, обличчя не пливе навіть у профіль» — замовник', '«Попросив правку — переробили без доплати» — замовник') +
          p(a('/zamovlennia?ref=golovna', 'Оформити замовлення →') + ' · ' + a('/tsiny?ref=golovna', 'Ціни')) +
          dmFoot,
      },
      {
        path: '/yak-zamovyty',
        title: 'Як замовити — Діпфейк-Майстер',
        body:
          dmNav +
          h1('Як проходить замовлення') +
          ol(
            'Заповніть форму: тип публічної особи, посилання на фото, опис сцени, тривалість, якість.',
            'Протягом 6 годин надішлемо розрахунок на ваш контакт (Session, Telegram або e-mail).',
            'Сплатіть у криптовалюті — робота починається після першого підтвердження.',
            'Отримайте превʼю, за потреби — одна правка.',
            'Готовий файл — за одноразовим посиланням, яке діє 48 годин.',
          ) +
          p('Середній термін — 3 дні. Якщо потрібно швидше, позначте «терміново» у формі.') +
          dmFoot,
      },
      {
        path: '/tsiny',
        title: 'Ціни — Діпфейк-Майстер',
        body:
          dmNav +
          h1('Ціни') +
          priceTable(
            ['Тривалість', 'Звичайне', '18+'],
            [
              ['до 1 хв', '$85', '$135'],
              ['до 3 хв', '$175', '$250'],
              ['до 10 хв', '$410', '$580'],
              ['Фото-сет, 10 кадрів', '$40', '$70'],
            ],
          ) +
          p('У ціну входить одна правка превʼю. 4K — плюс 30%. Терміново — плюс 50%. Приватна модель, яку ми більше ні для кого не використовуємо, — плюс $75. Оплата лише в BTC, XMR або USDT (TRC-20). Для замовлень від $300 можлива оплата через гаранта.') +
          dmFoot,
      },
      {
        path: '/zamovlennia',
        title: 'Замовлення — Діпфейк-Майстер',
        head: cryptoCheckout(),
        body:
          dmNav +
          h1('Форма замовлення') +
          p('Опишіть особу та сцену якомога детальніше. Не вказуйте справжні імена — додайте посилання на публічні фото. Відповімо протягом 6 годин.') +
          orderForm(['Тип особи (знаменитість / стрімерка / блогерка)', 'Посилання на публічні фото', 'Опис сцени', 'Тривалість (хв)', 'Якість (1080p / 4K)', 'Терміново? (так / ні)', 'Контакт (Session, Telegram, e-mail)', 'Монета (BTC / XMR / USDT)'], 'Отримати розрахунок') +
          p('Після відправлення форми ви побачите номер заявки — збережіть його.') +
          dmFoot,
      },
      {
        path: '/pytannia',
        title: 'Питання — Діпфейк-Майстер',
        body:
          dmNav +
          faq('Часті питання', [
            ['Чому тільки крипта?', 'Так анонімно для обох сторін. Картки й перекази ми не приймаємо.'],
            ['Чи можна будь-кого?', 'Публічних осіб, чиїх фото достатньо в мережі. Усе, що стосується неповнолітніх, — відмова.'],
            ['Ви зберігаєте моє відео?', 'Ні, файли видаляються через 48 годин після здачі.'],
            ['Що якщо результат не сподобається?', 'Одна правка безкоштовна. Якщо і після неї не підходить — повернемо половину суми.'],
          ]) +
          dmFoot,
      },
    ],
  },

  {
    host: 'reelcraft-ai.test',
    lang: 'en',
    label: 'deepfake',
    shape: 'innocent-home',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'ReelCraft AI — the AI video studio for creators',
        head:
          metaDescription('ReelCraft AI: avatars, lip-sync translation, face swap and 4K upscaling in one browser-based AI video studio.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Organization', name: 'ReelCraft AI', url: 'https://reelcraft-ai.test/', sameAs: ['https://t.me/reelcraft_ai'] }) +
          oneTap('000000000000-reelcraft.apps.googleusercontent.test'),
        body:
          rcNav +
          h1('Make one video. Publish it ten ways.') +
          p(
            'ReelCraft AI is the browser-based video studio for creators, marketers and small teams. Turn a single photo into a talking avatar, translate your videos into 30 languages with matching lip movements, upscale old footage to 4K, or swap faces in your own clips and our template library.',
          ) +
          h2('Everything in one editor') +
          ul(
            'AI avatars from one photo',
            'Lip-sync translation with your own voice',
            'Face swap for video, with a library of ready-made templates',
            '2x / 4x upscaling and stabilization',
            'Auto-captions and smart cropping for every vertical video format',
          ) +
          img(4, 'ReelCraft editor') +
          h2('Trusted by 90,000 creators') +
          p('"We cut our edit time in half and doubled output." — head of social at a DTC brand', '"The lip-sync is scary good." — tech creator') +
          h2('Start free') +
          p('Three exports a month on the Starter plan, no card needed. ' + a('/pricing?ref=home', 'Compare plans') + ' or ' + a('/templates?ref=home', 'browse templates') + '.') +
          textForm('Get product updates (email)', 'Subscribe', '/newsletter') +
          cookieBanner('We use cookies to run the site and understand how it’s used.', 'Accept', 'Manage') +
          rcFoot,
      },
      {
        path: '/features',
        title: 'Features — ReelCraft AI',
        body:
          rcNav +
          h1('Features') +
          h3('Avatars') +
          p('Upload a photo, type a script, get a presenter. 40 voice styles.') +
          h3('Lip-sync') +
          p('Translate any video and keep mouth movements in sync. 30 languages.') +
          h3('Face swap') +
          p('Swap faces in your own footage or pick from our template library. Works with multiple faces per clip.') +
          h3('Upscaler') +
          p('Bring 720p footage to 4K with 2x or 4x sharpening and frame interpolation.') +
          rcFoot,
      },
      {
        path: '/templates',
        title: 'Templates — ReelCraft AI',
        body:
          rcNav +
          h1('Face swap templates') +
          p('Pick a template, upload a face, export. New templates every Monday. Templates marked HD keep faces sharp up to 4K.') +
          ul(
            'Business & explainer — 210',
            'Movie moments — 340',
            'Dance & music — 280',
            'After Dark (18+) — 520 adult video templates, requires NSFW mode and age check',
            'Spicy packs — themed bundles of 25 after-dark templates, Pro only',
          ) +
          upload('Upload a face', '/swap', 'Use template') +
          rcFoot,
      },
      {
        path: '/pricing',
        title: 'Pricing — ReelCraft AI',
        head: stripe('pk_test_reelcraft_3'),
        body:
          rcNav +
          h1('Pricing') +
          priceTable(
            ['Plan', 'Price', 'Includes'],
            [
              ['Starter', '$0', '3 exports / month, 720p, watermark'],
              ['Creator', '$18 / mo', '60 min video, 1080p, all SFW templates'],
              ['Pro', '$36 / mo', '200 min, 4K, After Dark add-on: 18+ templates & NSFW mode, spicy packs'],
            ],
          ) +
          p('NSFW mode unlocks after a one-time age verification in account settings. Save 20% with annual billing. All plans can be cancelled anytime.') +
          rcFoot,
      },
      {
        path: '/blog/repurpose-one-video-ten-ways',
        title: 'Repurpose one video ten ways — ReelCraft blog',
        body:
          rcNav +
          article(
            h1('How to repurpose one video ten ways'),
            p(
              'Start with your longest piece of content. Cut three vertical clips with smart crop, add auto-captions, then translate the best one into two new languages with lip-sync. Swap in a presenter avatar for a version you can run as an ad. That’s already six assets from one recording — and we haven’t touched thumbnails yet.',
            ),
          ) +
          rcFoot,
      },
    ],
  },
];
