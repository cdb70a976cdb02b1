import {
  a,
  ageGate,
  article,
  button,
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
  oneTap,
  ol,
  orderForm,
  p,
  priceTable,
  section,
  storeBadges,
  stripe,
  textForm,
  ul,
  upload,
  type CorpusSite,
} from '../site-kit.js';

const AUTHOR = 'dfk';

// ---------- Mirrorface (en, faceswap-saas, app shell home) ----------
const mfNav = nav(
  [
    ['/templates?ref=nav', 'Templates'],
    ['/pricing', 'Pricing'],
    ['/faq', 'FAQ'],
    ['/login', 'Log in'],
  ],
  'Mirrorface',
);
const mfFoot = footer('© 2026 Mirrorface Labs. All rendering happens on our GPUs. 18+ only.', [
  ['/terms', 'Terms of Service'],
  ['/pricing?utm_source=footer', 'Plans'],
  ['/faq', 'Help'],
  ['mailto:support@mirrorface-studio.test', 'Contact'],
]);

// ---------- Tauschwerk (de, faceswap-saas) ----------
const twNav = nav(
  [
    ['/vorlagen', 'Vorlagen'],
    ['/preise', 'Preise'],
    ['/hilfe', 'Hilfe'],
    ['/anmelden', 'Anmelden'],
  ],
  'Tauschwerk',
);
const twFoot = footer('© 2026 Tauschwerk KI · Alle Vorlagen mit FSK-18-Kennzeichnung sind nur für verifizierte Erwachsene sichtbar.', [
  ['/impressum', 'Impressum'],
  ['/datenschutz', 'Datenschutz'],
  ['/preise?ref=footer', 'Preise'],
  ['/hilfe', 'FAQ'],
]);

// ---------- SwapVault (en, tube) ----------
const svNav = nav(
  [
    ['/', 'Home'],
    ['/categories', 'Categories'],
    ['/premium?src=topbar', 'Go Premium'],
    ['/tag/celebrity', 'Celebrity'],
    ['/tag/streamer', 'Streamers'],
    ['/login', 'Login'],
  ],
  'SwapVault',
);
const svFoot = footer(
  'SwapVault hosts AI-generated parody content. All videos are synthetic face swaps made by our editors. Content is intended for adults 18+ only. © 2026 SwapVault',
  [
    ['/dmca', 'DMCA / Takedown'],
    ['/2257', '18 U.S.C. 2257 Statement'],
    ['/premium?src=footer', 'Premium'],
    ['/categories', 'All categories'],
  ],
);

// ---------- DeepClip (de, tube) ----------
const dcNav = nav(
  [
    ['/', 'Neu'],
    ['/kategorien', 'Kategorien'],
    ['/tag/promi', 'Promis'],
    ['/tag/streamerin', 'Streamerinnen'],
    ['/premium', 'Premium'],
    ['/anmelden', 'Login'],
  ],
  'DeepClip',
);
const dcFoot = footer('© 2026 DeepClip Archiv · Alle Inhalte sind KI-generierte Parodien und werden von unserer Redaktion erstellt. Nur für Erwachsene ab 18 Jahren.', [
  ['/dmca', 'DMCA / Löschanfrage'],
  ['/2257-erklaerung', '2257-Erklärung'],
  ['/kategorien', 'Kategorien'],
  ['/premium?ref=footer', 'Premium'],
]);

// ---------- FakeForge (en, request-board) ----------
const ffNav = nav(
  [
    ['/forum/requests', 'Requests'],
    ['/verified', 'Verified fakers'],
    ['/credits', 'Buy credits'],
    ['/rules', 'Rules'],
    ['/login', 'Sign in'],
    ['/register?ref=topbar', 'Register'],
  ],
  'FakeForge',
);
const ffFoot = footer('FakeForge is an adults-only community. All content posted here is AI-generated. Powered by forum software we will not name. © 2026', [
  ['/rules', 'Rules'],
  ['/verified', 'Become verified'],
  ['/credits?ref=footer', 'Credits'],
  ['/contact', 'Contact staff'],
]);

// ---------- Swapsy (en, app-landing) ----------
const syNav = nav(
  [
    ['/download', 'Download'],
    ['/vip', 'VIP'],
    ['/faq', 'FAQ'],
  ],
  'Swapsy',
);
const syFoot = footer('© 2026 Swapsy Apps. 18+ content requires age verification. Google Play and the App Store are trademarks of their owners.', [
  ['/privacy', 'Privacy'],
  ['/faq', 'Support'],
  ['/download?utm_source=footer', 'Get the app'],
]);

// ---------- FaceDrop (en, telegram-bot) ----------
const fdNav = nav(
  [
    ['/how-it-works', 'How it works'],
    ['/prices', 'Prices'],
    ['/support', 'Support'],
    ['https://t.me/facedrop_swap_bot?start=site', 'Open bot'],
  ],
  'FaceDrop',
);
const fdFoot = footer('FaceDrop is an independent bot and is not affiliated with Telegram. 18+ packs for adults only. © 2026', [
  ['/prices', 'Prices'],
  ['/support', 'Support'],
  ['/terms', 'Terms'],
]);

// ---------- DeepCut Atelier (en, made-to-order) ----------
const dkNav = nav(
  [
    ['/process', 'Process'],
    ['/pricing', 'Pricing'],
    ['/order', 'Place an order'],
    ['/faq', 'FAQ'],
  ],
  'DeepCut Atelier',
);
const dkFoot = footer('DeepCut Atelier · Orders by form only · Crypto only · We never ask for your identity. © 2026', [
  ['/faq', 'FAQ'],
  ['/pgp', 'PGP key'],
  ['/order?utm_source=footer', 'Order'],
]);

// ---------- Bildwerk Motion (de, innocent-home) ----------
const bmNav = nav(
  [
    ['/funktionen', 'Funktionen'],
    ['/vorlagen', 'Vorlagen'],
    ['/preise', 'Preise'],
    ['/blog/ki-video-trends-2026', 'Blog'],
    ['/login', 'Anmelden'],
  ],
  'Bildwerk Motion',
);
const bmFoot = footer('© 2026 Bildwerk Motion GmbH i. G. · Made in Germany · Server in Frankfurt', [
  ['/preise?ref=footer', 'Preise'],
  ['/vorlagen', 'Vorlagen'],
  ['/impressum', 'Impressum'],
  ['/datenschutz', 'Datenschutz'],
]);

export const sites: CorpusSite[] = [
  {
    host: 'mirrorface-studio.test',
    lang: 'en',
    label: 'deepfake',
    shape: 'faceswap-saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Mirrorface — AI face swap for video, SFW & 18+ templates',
        jsOnly: true,
        head:
          metaDescription('Swap a face into any video in seconds. 4,000+ templates incl. an 18+ library, NSFW mode for verified adults, 1080p export.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'WebApplication',
            name: 'Mirrorface',
            applicationCategory: 'MultimediaApplication',
            operatingSystem: 'Web',
            offers: { '@type': 'Offer', price: '9.99', priceCurrency: 'USD' },
          }) +
          gtag('G-MF0000TEST'),
        body:
          mfNav +
          h1('One photo. Any video. Your face, swapped in 30 seconds.') +
          p(
            'Mirrorface is the fastest deepfake studio on the web. Upload a clear face photo, pick a template and our model maps the face onto every frame — lighting, angle and expression included. No green screen, no editing skills, no waiting in a render queue for hours.',
          ) +
          upload('Drop a face photo (JPG/PNG, one face, good light)', '/swap', 'Start swapping') +
          section(
            h2('A template library that never runs dry'),
            ul(
              '4,000+ video templates, refreshed every week',
              'Movie scenes, music videos, memes — and a separate 18+ video templates shelf',
              'NSFW mode: switch it on in settings after age check (adults only)',
              'Up to 1080p on Pro, 4K upscale on the Studio plan',
              'Batch mode: queue 20 swaps and walk away',
            ),
          ) +
          section(
            h2('How it works'),
            p(
              '1. Upload one face, or up to five for better accuracy. 2. Choose a template — filter by length, quality or "spicy". 3. Hit render. Most clips are done before your coffee is.',
            ),
          ) +
          section(
            h2('Loved by 210k creators'),
            p('"The after-dark templates are worth the Pro plan alone." — a Pro user', '"Faces hold up even on side angles. Wild." — Studio user'),
          ) +
          p(a('/pricing?ref=hero', 'See plans from $9.99'), ' · ', a('/templates?ref=hero', 'Browse templates')) +
          cookieBanner('We use cookies to keep you signed in and to measure which templates people like.', 'Accept all', 'Only necessary') +
          mfFoot,
      },
      {
        path: '/templates',
        title: 'Templates — Mirrorface',
        body:
          mfNav +
          h1('Template library') +
          p(
            'Pick a clip, drop a face, done. Templates are grouped in shelves. The Adult shelf is hidden until you confirm you are 18 or older and turn on NSFW mode in your account settings.',
          ) +
          h2('Shelves') +
          ul(
            'Trending memes (free)',
            'Blockbuster scenes (Pro)',
            'Music video moments (Pro)',
            'Adult / 18+ video templates — 1,200 clips, new drops every Friday (Pro & Studio)',
            'Spicy packs: curated bundles of 25 after-dark templates (add-on)',
          ) +
          p('Tip: templates marked HD keep faces sharp at 1080p. Longer clips use more credits.') +
          mfFoot,
      },
      {
        path: '/pricing',
        title: 'Pricing — Mirrorface',
        head: stripe('pk_test_mirrorface000'),
        body:
          mfNav +
          h1('Simple plans, cancel anytime') +
          priceTable(
            ['Plan', 'Price', 'Credits', 'Includes'],
            [
              ['Free', '$0', '3 swaps / day', 'Watermark, SFW templates only'],
              ['Pro', '$9.99 / mo', '300 credits', '1080p, no watermark, 18+ templates, NSFW mode'],
              ['Studio', '$29.99 / mo', '1,200 credits', '4K upscale, batch mode, all spicy packs'],
            ],
          ) +
          p('Extra credits: 100 for $4.99. One second of 1080p video = 1 credit. Billing appears as "MF LABS" on your statement.') +
          button('Upgrade now') +
          mfFoot,
      },
      {
        path: '/faq',
        title: 'FAQ — Mirrorface',
        body:
          mfNav +
          faq('Frequently asked questions', [
            ['Can I use any face?', 'You can upload any clear face photo. Please only use photos you have the right to use.'],
            ['How do I unlock NSFW mode?', 'Upgrade to Pro, confirm you are 18+, then flip the NSFW toggle under Settings → Content.'],
            ['Is my upload stored?', 'Face photos are kept for 7 days so you can re-render, then deleted automatically.'],
            ['Why is my swap blurry?', 'Use a front-facing photo with even light. Sunglasses and heavy filters confuse the model.'],
          ]) +
          mfFoot,
      },
      {
        path: '/terms',
        title: 'Terms of Service — Mirrorface',
        body:
          mfNav +
          h1('Terms of Service') +
          p(
            'By using Mirrorface you confirm you are at least 18 years old. You are solely responsible for the content you create and for having consent from any person whose likeness you upload. Mirrorface Labs does not review renders and accepts no liability for how outputs are used. Accounts may be suspended at our discretion. These terms are governed by the laws of the place where Mirrorface Labs is registered.',
          ) +
          mfFoot,
      },
    ],
  },

  {
    host: 'tauschwerk-ki.test',
    lang: 'de',
    label: 'deepfake',
    shape: 'faceswap-saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Tauschwerk – Deepfake-Generator & Gesichtstausch für Videos',
        head: metaDescription('Der Deepfake-Generator aus dem Browser: Gesichtstausch in Videos, über 2.500 Vorlagen, 18+-Bereich für KI-Videos für Erwachsene.'),
        body:
          twNav +
          cookieBanner('Wir verwenden Cookies für Login, Zahlungsabwicklung und anonyme Statistik. Mehr dazu in der Datenschutzerklärung.', 'Alle akzeptieren', 'Nur notwendige') +
          h1('Dein Gesicht. Jede Szene. In unter einer Minute.') +
          p(
            'Tauschwerk ist ein Deepfake-Generator, der komplett im Browser läuft. Lade ein Porträtfoto hoch, wähle eine Vorlage und unsere KI setzt das Gesicht Bild für Bild in das Video ein – mit passendem Licht, Mimik und Kopfbewegung. Keine Software, keine Grafikkarte, kein Schnittprogramm nötig.',
          ) +
          upload('Porträtfoto auswählen', '/tausch', 'Gesichtstausch starten') +
          h2('Warum Tauschwerk?') +
          ul(
            'Gesichtstausch in Full-HD (1080p), im Premium-Tarif auch 4K',
            'Über 2.500 Vorlagen: Film, Musik, Memes – und ein eigener 18+-Bereich',
            'KI-Videos für Erwachsene: der NSFW-Modus schaltet Erwachsenen-Vorlagen frei (nur nach Altersprüfung)',
            'Eigene Videos als Vorlage hochladen (ab Plus)',
            'Server in der EU, Verarbeitung in ca. 40 Sekunden',
          ) +
          h2('So funktioniert’s') +
          p(
            'Schritt 1: Foto hochladen – ein Gesicht, frontal, gut beleuchtet. Schritt 2: Vorlage wählen oder eigenen Clip nutzen. Schritt 3: Rendern und herunterladen. Fertig ist dein Deepfake-Video ohne Wasserzeichen (ab Plus).',
          ) +
          h2('Was Nutzer sagen') +
          p('„Bester Face-Swap, den ich bisher probiert habe, auch bei Seitenprofil.“ – Jonas, Plus-Nutzer', '„Die Spicy-Vorlagen im 18+-Bereich sind der Hammer.“ – anonym') +
          twFoot,
      },
      {
        path: '/vorlagen',
        title: 'Vorlagen – Tauschwerk',
        body:
          twNav +
          h1('Vorlagen-Bibliothek') +
          p(
            'Alle Vorlagen sind nach Kategorien sortiert. Jede Woche kommen rund 80 neue Clips dazu. Vorlagen mit dem roten 18-Symbol erscheinen erst, wenn du eingeloggt bist, deine Volljährigkeit bestätigt und den NSFW-Modus aktiviert hast.',
          ) +
          ul(
            'Film & Serie – 640 Clips',
            'Musikvideos – 410 Clips',
            'Memes & Reaktionen – 900 Clips (kostenlos)',
            'Erwachsene / 18+ – 550 Clips, KI-Videos für Erwachsene in HD',
            'Spicy-Pakete – thematische Bündel mit je 20 Erwachsenen-Vorlagen',
          ) +
          p(a('/preise?ref=vorlagen', 'Alle Vorlagen freischalten →')) +
          twFoot,
      },
      {
        path: '/preise',
        title: 'Preise – Tauschwerk',
        body:
          twNav +
          h1('Tarife & Credits') +
          priceTable(
            ['Tarif', 'Preis', 'Leistung'],
            [
              ['Gratis', '0 €', '2 Gesichtstausche pro Tag, 480p, Wasserzeichen'],
              ['Plus', '12,90 € / Monat', '250 Credits, 1080p, 18+-Vorlagen, NSFW-Modus'],
              ['Premium', '34,90 € / Monat', '1.000 Credits, 4K, alle Spicy-Pakete, Prioritäts-Rendering'],
            ],
          ) +
          p('Credits einzeln: 100 Credits für 5,99 €. Eine Sekunde Video in 1080p kostet einen Credit, 4K kostet drei. Zahlung per Kreditkarte, PayPal oder Krypto. Kündigung jederzeit zum Monatsende, nicht verbrauchte Credits bleiben 12 Monate gültig.') +
          twFoot,
      },
      {
        path: '/hilfe',
        title: 'Hilfe & FAQ – Tauschwerk',
        body:
          twNav +
          faq('Häufige Fragen', [
            ['Wie schalte ich den 18+-Bereich frei?', 'Mit einem Plus- oder Premium-Tarif und einer einmaligen Altersbestätigung. Danach den NSFW-Modus im Profil aktivieren.'],
            ['Welche Fotos funktionieren am besten?', 'Frontale Porträts mit gleichmäßigem Licht, ohne Sonnenbrille, mindestens 512 × 512 Pixel.'],
            ['Speichert ihr meine Fotos?', 'Hochgeladene Fotos werden nach 72 Stunden automatisch gelöscht.'],
            ['Kann ich kündigen?', 'Ja, jederzeit im Kundenkonto unter „Abo“.'],
          ]) +
          twFoot,
      },
      {
        path: '/impressum',
        title: 'Impressum – Tauschwerk',
        body:
          twNav +
          h1('Impressum') +
          p(
            'Angaben gemäß den gesetzlichen Informationspflichten: Tauschwerk KI ist ein Angebot der TW Digital Ltd. Kontakt ausschließlich per E-Mail an kontakt@tauschwerk-ki.test. Für Inhalte, die Nutzer mit dem Deepfake-Generator erstellen, sind allein die Nutzer verantwortlich. Beschwerden zu Inhalten richten Sie bitte an abuse@tauschwerk-ki.test, wir bearbeiten sie innerhalb von 14 Werktagen.',
          ) +
          twFoot,
      },
      {
        path: '/datenschutz',
        title: 'Datenschutz – Tauschwerk',
        body:
          twNav +
          h1('Datenschutzerklärung') +
          p(
            'Wir verarbeiten die von dir hochgeladenen Fotos ausschließlich zur Erstellung deines Videos. Zahlungsdaten verarbeitet unser Zahlungsdienstleister. Wir setzen technisch notwendige Cookies sowie, mit deiner Einwilligung, Analyse-Cookies ein. Du kannst Auskunft, Berichtigung und Löschung deiner Daten jederzeit per E-Mail an datenschutz@tauschwerk-ki.test verlangen.',
          ) +
          twFoot,
      },
    ],
  },

  {
    host: 'kaokae-lab.test',
    lang: 'ja',
    label: 'deepfake',
    shape: 'faceswap-saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'カオカエLab｜AI顔交換・動画フェイススワップ',
        head:
          metaDescription('写真1枚で動画の顔を入れ替えるAI顔交換サービス。大人向けテンプレート、NSFWモード搭載。') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Organization', name: 'カオカエLab', url: 'https://kaokae-lab.test/' }),
        body:
          nav(
            [
              ['/templates', 'テンプレート'],
              ['/price', '料金プラン'],
              ['/faq', 'よくある質問'],
              ['/login', 'ログイン'],
              ['/en', 'English'],
            ],
            'カオカエLab',
          ) +
          h1('写真1枚で、あの動画の主役に。') +
          p(
            'カオカエLabは、ブラウザだけで使えるAI顔交換（フェイススワップ）サービスです。顔写真をアップロードして、好きな動画テンプレートを選ぶだけ。AIが表情や光の向きまで自動で合わせ、自然なディープフェイク動画を数十秒で作成します。アプリのインストールは不要です。',
          ) +
          upload('顔写真をアップロード', '/swap', '顔交換スタート') +
          h2('カオカエLabの特徴') +
          ul(
            '3,000本以上の動画テンプレート（毎週追加）',
            '大人向けテンプレート：18歳以上の認証済み会員のみ閲覧可能',
            'NSFWモード：設定画面からオン／オフを切り替え',
            '最大1080p・透かしなしで保存（プレミアム会員）',
            '横顔やメガネにも強い最新モデル',
          ) +
          h2('使い方はかんたん3ステップ') +
          p('①正面から撮った顔写真を選ぶ　②テンプレートを選ぶ（ジャンル・長さで絞り込み可）　③「生成」を押して待つだけ。平均処理時間は約40秒です。') +
          h2('ユーザーの声') +
          p('「ほかのアプリより顔がなじむ。大人向けの新作が毎週あるのもうれしい」（30代・会員）') +
          cookieBanner('当サイトはログイン維持と利用状況の分析のためにCookieを使用します。', '同意する', '拒否する') +
          footer('© 2026 カオカエLab　本サービスの一部コンテンツは18歳以上の方のみご利用いただけます。', [
            ['/terms', '利用規約'],
            ['/price?ref=footer', '料金'],
            ['/faq', 'ヘルプ'],
          ]),
      },
      {
        path: '/templates',
        title: 'テンプレート一覧｜カオカエLab',
        body:
          h1('テンプレート一覧') +
          p(
            'ジャンル別にテンプレートを探せます。「大人向け」カテゴリは、ログイン後に年齢確認を済ませ、NSFWモードをオンにした会員にのみ表示されます。',
          ) +
          ul('映画・ドラマ風（820本）', 'ダンス・MV（640本）', 'おもしろ・ミーム（無料・1,100本）', '大人向け／18+動画テンプレート（450本・プレミアム限定）', 'スパイシーパック（大人向けテンプレート20本セット・追加購入）') +
          p(a('/price?ref=templates', 'プレミアムで全テンプレートを解放する')),
      },
      {
        path: '/price',
        title: '料金プラン｜カオカエLab',
        body:
          h1('料金プラン') +
          priceTable(
            ['プラン', '月額', '内容'],
            [
              ['フリー', '0円', '1日3回まで・480p・透かしあり'],
              ['スタンダード', '980円', '200クレジット・1080p・透かしなし'],
              ['プレミアム', '2,480円', '800クレジット・大人向けテンプレート・NSFWモード・優先処理'],
            ],
          ) +
          p('追加クレジットは100クレジット500円から。お支払いはクレジットカード、PayPay、暗号資産に対応しています。いつでも解約できます。'),
      },
      {
        path: '/faq',
        title: 'よくある質問｜カオカエLab',
        body: faq('よくある質問', [
          ['NSFWモードはどうやって使いますか？', 'プレミアムプランに登録し、18歳以上であることを確認したうえで、設定画面のNSFWモードをオンにしてください。'],
          ['アップロードした写真は保存されますか？', '生成後72時間で自動的に削除されます。'],
          ['うまく顔が合いません。', '正面を向いた明るい写真をお使いください。マスクやサングラスは認識精度が下がります。'],
          ['解約方法は？', 'マイページの「プラン管理」からいつでも解約できます。'],
        ]),
      },
    ],
  },

  {
    host: 'doimat-ai.test',
    lang: 'vi',
    label: 'deepfake',
    shape: 'faceswap-saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'DoiMat AI – Ghép mặt vào video bằng AI, nhanh & sắc nét',
        head: metaDescription('Ghép mặt AI vào hơn 2.000 video mẫu, có kho mẫu 18+ và chế độ NSFW cho người lớn. Dùng thử miễn phí 3 lượt mỗi ngày.'),
        body:
          nav(
            [
              ['/mau-video', 'Video mẫu'],
              ['/bang-gia', 'Bảng giá'],
              ['/hoi-dap', 'Hỏi đáp'],
              ['/dang-nhap', 'Đăng nhập'],
            ],
            'DoiMat AI',
          ) +
          h1('Ghép mặt vào bất kỳ video nào chỉ với 1 tấm ảnh') +
          p(
            'DoiMat AI là công cụ face swap chạy ngay trên trình duyệt. Bạn chỉ cần tải lên một ảnh chân dung rõ mặt, chọn video mẫu, và AI sẽ tự động ghép khuôn mặt vào từng khung hình – khớp ánh sáng, góc quay và biểu cảm. Không cần cài app, không cần card đồ họa.',
          ) +
          upload('Tải ảnh khuôn mặt lên', '/ghep', 'Ghép mặt ngay') +
          h2('Tính năng nổi bật') +
          ul(
            'Hơn 2.000 video mẫu: phim, MV, meme, trend mạng xã hội',
            'Kho mẫu video 18+ dành riêng cho người lớn (cần xác minh tuổi)',
            'Chế độ NSFW – bật/tắt trong phần cài đặt tài khoản',
            'Gói "nóng" cập nhật mỗi tuần cho thành viên VIP',
            'Xuất video 1080p, không logo với gói VIP',
          ) +
          h2('Chỉ 3 bước') +
          p('Bước 1: chọn ảnh chính diện, đủ sáng. Bước 2: chọn video mẫu hoặc tải clip của bạn. Bước 3: bấm "Tạo video" và chờ khoảng 30–60 giây.') +
          p('"Ghép mặt mượt nhất mình từng dùng, góc nghiêng vẫn ổn" – Minh, thành viên VIP') +
          cookieBanner('Chúng tôi dùng cookie để ghi nhớ đăng nhập và thống kê lượt truy cập.', 'Đồng ý', 'Từ chối') +
          footer('© 2026 DoiMat AI. Nội dung 18+ chỉ dành cho người đủ 18 tuổi.', [
            ['/dieu-khoan', 'Điều khoản'],
            ['/bang-gia?utm_source=footer', 'Bảng giá'],
            ['/hoi-dap', 'Hỗ trợ'],
          ]),
      },
      {
        path: '/mau-video',
        title: 'Video mẫu – DoiMat AI',
        body:
          h1('Kho video mẫu') +
          p('Chọn video mẫu theo chủ đề. Mục "Người lớn 18+" chỉ hiển thị khi bạn đã đăng nhập, xác nhận đủ 18 tuổi và bật chế độ NSFW.') +
          ul('Phim & drama – 520 video', 'Nhảy & MV – 430 video', 'Hài hước & meme – 800 video (miễn phí)', 'Người lớn 18+ – 390 video mẫu, chỉ dành cho VIP', 'Gói nóng – bộ 15 mẫu 18+ theo chủ đề, mua thêm') +
          p(a('/bang-gia?ref=mau', 'Nâng cấp VIP để mở khóa toàn bộ')),
      },
      {
        path: '/bang-gia',
        title: 'Bảng giá – DoiMat AI',
        body:
          h1('Bảng giá') +
          priceTable(
            ['Gói', 'Giá', 'Quyền lợi'],
            [
              ['Miễn phí', '0đ', '3 lượt ghép/ngày, 480p, có logo'],
              ['VIP tuần', '49.000đ', '100 credit, 1080p, mẫu 18+, chế độ NSFW'],
              ['VIP tháng', '149.000đ', '500 credit, tất cả gói nóng, ưu tiên xử lý'],
            ],
          ) +
          p(
            'Thanh toán qua Momo, ZaloPay, thẻ ngân hàng hoặc USDT. Credit không dùng hết sẽ được cộng dồn sang tháng sau. Gói VIP tự động gia hạn, bạn có thể hủy bất cứ lúc nào trong trang tài khoản.',
          ),
      },
      {
        path: '/hoi-dap',
        title: 'Hỏi đáp – DoiMat AI',
        body: faq('Câu hỏi thường gặp', [
          ['Làm sao để bật chế độ NSFW?', 'Đăng ký gói VIP, xác nhận bạn đủ 18 tuổi rồi bật công tắc NSFW trong phần Cài đặt.'],
          ['Ảnh của tôi có bị lưu lại không?', 'Ảnh được xóa tự động sau 48 giờ.'],
          ['Vì sao video bị mờ?', 'Hãy dùng ảnh chính diện, không đeo kính râm và đủ ánh sáng.'],
          ['Có hoàn tiền không?', 'Credit đã dùng không được hoàn lại.'],
        ]),
      },
    ],
  },

  {
    host: 'swapvault-tube.test',
    lang: 'en',
    label: 'deepfake',
    shape: 'tube',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'SwapVault — AI swap videos, updated daily',
        head:
          metaDescription('Thousands of AI face swap videos. Celebrity, streamer and influencer lookalikes, updated daily. 18+ only.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'WebSite', name: 'SwapVault', potentialAction: { '@type': 'SearchAction', target: 'https://swapvault-tube.test/search?q={q}', 'query-input': 'required name=q' } }),
        body:
          ageGate('This website contains AI-generated adult material. By entering you confirm that you are at least 18 years old and that viewing such material is legal where you live.', 'I am 18 or older — Enter', 'Leave') +
          svNav +
          textForm('Search videos', 'Search') +
          h1('Latest AI swaps') +
          p('New deepfake uploads every day from our team of editors. 14,200 videos, 1080p and 4K. Sort by newest, most viewed or top rated.') +
          mediaGrid([
            { title: 'Red carpet lookalike vol 3', duration: '12:04', views: '182k views', tags: ['celebrity', 'AI swap'] },
            { title: 'Late night stream edit', duration: '08:41', views: '96k views', tags: ['streamer', 'HD'] },
            { title: 'Pop idol double', duration: '15:22', views: '311k views', tags: ['celebrity', 'kpop'] },
            { title: 'Sitcom star remake', duration: '10:10', views: '74k views', tags: ['celebrity', 'tv'] },
            { title: 'Fitness influencer swap', duration: '06:58', views: '129k views', tags: ['influencer', 'AI swap'] },
            { title: 'Variety streamer part 2', duration: '11:35', views: '58k views', tags: ['streamer'] },
            { title: 'Award show twin', duration: '09:47', views: '203k views', tags: ['celebrity', '4K'] },
            { title: 'Cosplay creator edit', duration: '07:19', views: '88k views', tags: ['influencer', 'cosplay'] },
          ]) +
          h2('Most viewed this week') +
          mediaGrid([
            { title: 'News anchor lookalike', duration: '13:02', views: '1.2M views', tags: ['celebrity'] },
            { title: 'Just chatting swap', duration: '05:44', views: '640k views', tags: ['streamer', 'AI swap'] },
            { title: 'Singer tour double', duration: '18:30', views: '910k views', tags: ['celebrity', 'premium'] },
            { title: 'Beauty vlogger edit', duration: '09:09', views: '477k views', tags: ['influencer'] },
          ]) +
          p(
            'Want full-length 4K, no ads and early access? ' + a('/premium?src=home', 'Join SwapVault Premium') + '. Looking for someone specific? Browse ' + a('/categories', 'all categories') + '.',
          ) +
          svFoot,
      },
      {
        path: '/categories',
        title: 'Categories — SwapVault',
        body:
          svNav +
          h1('Categories') +
          ul(
            a('/tag/celebrity', 'Celebrity') + ' (6,410 videos)',
            a('/tag/streamer', 'Streamers') + ' (2,980 videos)',
            a('/tag/influencer', 'Influencers') + ' (2,130 videos)',
            a('/tag/AI%20swap', 'AI swap') + ' (all)',
            a('/tag/kpop', 'K-pop') + ' (1,040 videos)',
            a('/tag/tv', 'TV & actresses') + ' (1,770 videos)',
            a('/tag/4K', '4K only') + ' (890 videos)',
          ) +
          p('Categories are tagged by our editors. Every video on SwapVault is an AI face swap; no real footage of the people shown is used beyond the face.') +
          svFoot,
      },
      {
        path: '/premium',
        title: 'Premium — SwapVault',
        head: stripe('pk_test_swapvault_01'),
        body:
          svNav +
          h1('SwapVault Premium') +
          priceTable(
            ['Plan', 'Price', 'What you get'],
            [
              ['Monthly', '$14.95', 'Full-length videos, 4K, no ads'],
              ['Quarterly', '$34.95', 'All of Monthly + early access 48h'],
              ['Yearly', '$89.95', 'All of the above + downloads'],
            ],
          ) +
          p('Discreet billing. Cancel anytime from your account page. Premium members get every new celebrity and streamer drop two days before everyone else.') +
          svFoot,
      },
      {
        path: '/dmca',
        title: 'DMCA — SwapVault',
        body:
          svNav +
          h1('DMCA & takedown requests') +
          p(
            'SwapVault respects intellectual property. If you believe a video on this site infringes your copyright, send a notice to dmca@swapvault-tube.test including the URL of the video, proof of ownership of the original work, your contact details and a statement made under penalty of perjury. We aim to review notices within 10 business days. Repeat infringers will be removed.',
          ) +
          svFoot,
      },
      {
        path: '/2257',
        title: '2257 Statement — SwapVault',
        body:
          svNav +
          h1('18 U.S.C. 2257 Record-Keeping Requirements Compliance Statement') +
          p(
            'All visual content on this website is generated or altered by artificial intelligence. The operators of SwapVault are not the primary producers of any source material. All persons appearing in source material were over the age of 18 at the time of creation. Records required for source material, where applicable, are held by the respective producers.',
          ) +
          svFoot,
      },
    ],
  },

  {
    host: 'deepclip-archiv.test',
    lang: 'de',
    label: 'deepfake',
    shape: 'tube',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'DeepClip Archiv – KI-Swap-Videos in HD',
        head: metaDescription('Das große Archiv für KI-Swap-Videos: Promis, Streamerinnen, Influencer. Täglich neue Deepfake-Clips. Nur ab 18.'),
        body:
          ageGate(
            'Diese Seite enthält KI-generierte Inhalte für Erwachsene. Mit dem Betreten bestätigst du, dass du mindestens 18 Jahre alt bist und solche Inhalte an deinem Wohnort ansehen darfst.',
            'Ich bin volljährig – weiter',
            'Verlassen',
          ) +
          dcNav +
          textForm('Videos durchsuchen', 'Suchen') +
          h1('Neueste Deepfake-Clips') +
          p('Willkommen im größten deutschsprachigen Archiv für KI-Swap-Videos. Über 9.000 KI-Videos, täglich 40 neue. Alle Clips in 1080p, Premium-Mitglieder streamen in 4K ohne Werbung. Sortieren nach: Neu · Meistgesehen · Top bewertet.') +
          mediaGrid([
            { title: 'Moderatorin Doppelgängerin', duration: '10:12', views: '143 Tsd. Aufrufe', tags: ['promi', 'KI-Swap'] },
            { title: 'Streamerin Abendstream', duration: '07:55', views: '88 Tsd. Aufrufe', tags: ['streamerin'] },
            { title: 'Schauspielerin Serienstar', duration: '14:40', views: '201 Tsd. Aufrufe', tags: ['promi', 'HD'] },
            { title: 'Influencerin Urlaubs Edit', duration: '06:21', views: '97 Tsd. Aufrufe', tags: ['influencerin'] },
            { title: 'Sängerin Tour Double', duration: '12:48', views: '176 Tsd. Aufrufe', tags: ['promi', '4K'] },
            { title: 'Gaming Streamerin Teil 3', duration: '09:03', views: '64 Tsd. Aufrufe', tags: ['streamerin', 'KI-Swap'] },
          ]) +
          h2('Beliebt diese Woche') +
          mediaGrid([
            { title: 'Talkshow Gast Lookalike', duration: '11:11', views: '612 Tsd. Aufrufe', tags: ['promi'] },
            { title: 'Fitness Influencerin Swap', duration: '08:30', views: '455 Tsd. Aufrufe', tags: ['influencerin', 'KI-Swap'] },
            { title: 'Nachrichtensprecherin Edit', duration: '13:37', views: '390 Tsd. Aufrufe', tags: ['promi'] },
          ]) +
          h2('Top-Tags') +
          p(a('/tag/promi', '#promi') + ' ' + a('/tag/streamerin', '#streamerin') + ' ' + a('/tag/influencerin', '#influencerin') + ' ' + a('/tag/KI-Swap', '#KI-Swap') + ' ' + a('/tag/4K', '#4K') + ' ' + a('/tag/schauspielerin', '#schauspielerin') + ' ' + a('/tag/moderatorin', '#moderatorin')) +
          p('Kein Upload möglich – alle Videos werden von unserem Redaktionsteam erstellt und geprüft. ' + a('/premium?ref=startseite', 'Jetzt Premium holen') + ' und alle Clips in voller Länge sehen.') +
          dcFoot,
      },
      {
        path: '/kategorien',
        title: 'Kategorien – DeepClip Archiv',
        body:
          dcNav +
          h1('Alle Kategorien') +
          ul(
            a('/tag/promi', 'Promis') + ' – 4.300 Videos',
            a('/tag/streamerin', 'Streamerinnen') + ' – 1.950 Videos',
            a('/tag/influencerin', 'Influencerinnen') + ' – 1.620 Videos',
            a('/tag/KI-Swap', 'KI-Swap (alle)') + ' – 9.000+ Videos',
            a('/tag/4K', 'Nur 4K') + ' – 700 Videos',
          ) +
          p('Die Kategorien werden von der Redaktion gepflegt. Wünsche für neue Kategorien kannst du als Premium-Mitglied im Kundenbereich abgeben.') +
          dcFoot,
      },
      {
        path: '/premium',
        title: 'Premium – DeepClip Archiv',
        body:
          dcNav +
          h1('DeepClip Premium') +
          priceTable(
            ['Laufzeit', 'Preis', 'Vorteile'],
            [
              ['1 Monat', '14,99 €', 'Volle Länge, 4K, keine Werbung'],
              ['3 Monate', '34,99 €', 'Alles aus Monat + 48 h früher Zugriff'],
              ['12 Monate', '89,99 €', 'Alles + Downloads'],
            ],
          ) +
          p('Diskrete Abrechnung unter neutralem Namen, Kündigung jederzeit. Zahlung per Kreditkarte, Paysafecard oder Krypto. Premium-Mitglieder können außerdem Wünsche für neue Kategorien einreichen.') +
          dcFoot,
      },
      {
        path: '/dmca',
        title: 'DMCA / Löschanfrage – DeepClip Archiv',
        body:
          dcNav +
          h1('DMCA und Löschanfragen') +
          p(
            'Wenn Sie der Meinung sind, dass ein Video auf dieser Seite Ihre Rechte verletzt, senden Sie bitte eine Mitteilung an dmca@deepclip-archiv.test. Geben Sie die genaue URL, einen Nachweis Ihrer Rechte und Ihre Kontaktdaten an. Wir prüfen jede Anfrage in der Regel innerhalb von 10 Werktagen und entfernen Inhalte, wenn die Anfrage berechtigt ist.',
          ) +
          dcFoot,
      },
      {
        path: '/2257-erklaerung',
        title: '2257-Erklärung – DeepClip Archiv',
        body:
          dcNav +
          h1('Erklärung nach 18 U.S.C. 2257') +
          p(
            'Sämtliche Inhalte dieser Website sind mit künstlicher Intelligenz erzeugt oder verändert. Die Betreiber sind nicht Hersteller des Ausgangsmaterials. Alle in Ausgangsmaterial gezeigten Personen waren zum Zeitpunkt der Aufnahme mindestens 18 Jahre alt. Aufzeichnungen werden, soweit erforderlich, von den jeweiligen Herstellern geführt.',
          ) +
          dcFoot,
      },
    ],
  },

  {
    host: 'fakeforge-forum.test',
    lang: 'en',
    label: 'deepfake',
    shape: 'request-board',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'FakeForge — AI fakes community & request board',
        head: metaDescription('The community for AI fakes: post deepfake requests, pay verified fakers in credits, share your best work. 18+ only.'),
        body:
          ffNav +
          h1('Welcome to FakeForge') +
          p(
            'The biggest English-speaking board for AI fakes. Post a deepfake request, attach a face set, and let our verified fakers do the rest. Free requests are picked up when someone feels like it — paid requests in credits get done fast, usually within 48 hours.',
          ) +
          h2('Forums') +
          ul(
            a('/forum/requests', 'Deepfake requests') + ' — 18,402 threads · post what you want, set a bounty',
            a('/forum/requests?filter=paid', 'Paid requests') + ' — 3,911 threads · credits held in escrow until delivery',
            a('/forum/showcase', 'Showcase') + ' — finished celebrity and streamer fakes',
            a('/forum/tools', 'Tools & training') + ' — face sets, model tips, GPU talk',
          ) +
          h2('Hot request threads') +
          ul(
            '[PAID 400cr] Cooking show host, 2 clips, face set ready',
            '[REQ] Mid-size variety streamer — any verified faker?',
            '[PAID 1200cr] Pop singer, 4K, 3 min, deadline Friday',
            '[REQ] Sports presenter, good lighting in source pics',
            '[DONE] Fitness influencer request — delivered by a verified faker',
          ) +
          h2('Board stats') +
          p('Members: 61,230 · Verified fakers: 214 · Credits paid out this month: 2.4M · Online now: 1,087') +
          textForm('Search threads', 'Search', '/search') +
          ffFoot,
      },
      {
        path: '/forum/requests',
        title: 'Deepfake requests — FakeForge',
        body:
          ffNav +
          h1('Deepfake requests') +
          p('Read the rules before posting. Use the prefix [REQ] for free requests and [PAID] with your bounty in credits. Attach at least 30 clear face shots.') +
          ul(
            '[PAID 300cr] TV actress from a crime drama — 1080p, 90 sec · 14 replies',
            '[REQ] Streamer who does speedruns, face set in thread · 6 replies',
            '[PAID 800cr] Two influencers, same clip, need a verified faker · 21 replies',
            '[REQ] Weather presenter, any length · 3 replies',
            '[PAID 2000cr] Chart-topping singer, 4K, exclusive (not posted publicly) · 33 replies',
          ) +
          textForm('Thread title', 'Post request', '/forum/requests/new') +
          ffFoot,
      },
      {
        path: '/credits',
        title: 'Buy credits — FakeForge',
        body:
          ffNav +
          h1('Credits') +
          p('Credits pay for requests. When you post a paid request, the bounty is held in escrow and released to the faker when you accept delivery.') +
          priceTable(
            ['Pack', 'Price'],
            [
              ['500 credits', '$10'],
              ['1,500 credits', '$25'],
              ['5,000 credits', '$70'],
            ],
          ) +
          p('We accept BTC, LTC and USDT. Verified fakers can cash out credits at 80% of face value once a week.') +
          cryptoCheckout() +
          ffFoot,
      },
      {
        path: '/verified',
        title: 'Verified fakers — FakeForge',
        body:
          ffNav +
          h1('Verified fakers') +
          p(
            'Verified fakers have delivered at least 25 accepted requests with a 95% satisfaction rating. They get a gold badge, can set their own minimum bounty and appear on the leaderboard. Apply by sending three samples of your work to the staff via private message.',
          ) +
          ol('deepcraft — 412 deliveries', 'pixelghost — 377 deliveries', 'facemelt_ai — 290 deliveries', 'ns_render — 255 deliveries') +
          ffFoot,
      },
      {
        path: '/rules',
        title: 'Rules — FakeForge',
        body:
          ffNav +
          h1('Board rules') +
          ol(
            'You must be 18+ to use this board.',
            'Absolutely nothing involving minors. Instant permanent ban and report.',
            'Requests only for public figures: celebrities, streamers, influencers. No private individuals.',
            'No real names of targets in thread titles — use descriptions.',
            'Paid requests must state the bounty in credits up front.',
            'Disputes go to staff; their decision is final.',
          ) +
          ffFoot,
      },
    ],
  },

  {
    host: 'aikora-board.test',
    lang: 'ja',
    label: 'deepfake',
    shape: 'request-board',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'アイコラ板.ai｜AIフェイク依頼・職人掲示板',
        head: metaDescription('AIフェイク（ディープフェイク）の依頼と作品共有の掲示板。有償依頼はポイント制、認定職人制度あり。18歳未満閲覧禁止。'),
        body:
          nav(
            [
              ['/board/irai', '依頼スレ'],
              ['/board/yusho', '有償依頼'],
              ['/shokunin', '認定職人'],
              ['/point', 'ポイント購入'],
              ['/rules', '利用ルール'],
            ],
            'アイコラ板.ai',
          ) +
          h1('AIフェイク依頼掲示板へようこそ') +
          p(
            'ここは芸能人・配信者・インフルエンサー系のAIフェイク（ディープフェイク）を依頼したり、完成作品を共有したりするコミュニティです。無償依頼は職人さんの気分次第、ポイントをつけた有償依頼なら認定職人が優先的に対応します。',
          ) +
          h2('板一覧') +
          ul(
            a('/board/irai', '依頼スレ（無償）') + '　スレッド数 9,812',
            a('/board/yusho', '有償依頼（ポイント）') + '　スレッド数 2,447',
            a('/board/sakuhin', '作品投稿') + '　完成したAIフェイクの共有',
            a('/board/gijutsu', '技術・素材') + '　顔素材の集め方、モデル学習の相談',
          ) +
          h2('注目スレッド') +
          ul(
            '【有償500pt】女優系・ドラマ出演者・1080p希望',
            '【依頼】ゲーム配信者（Vではなく顔出し）素材あり',
            '【有償1500pt】アイドル系・4K・3分・認定職人限定',
            '【完成】料理番組のアナウンサー系　職人さんありがとう',
          ) +
          p('現在の会員数 28,450人　認定職人 96人　今月の支払いポイント 810,000pt') +
          ageGate('当掲示板には成人向けのAI生成コンテンツが含まれます。18歳以上ですか？', 'はい（入室）', 'いいえ') +
          footer('© 2026 アイコラ板.ai　投稿内容はすべてAI生成物です。', [
            ['/rules', 'ルール'],
            ['/point?ref=footer', 'ポイント'],
            ['/shokunin', '職人申請'],
          ]),
      },
      {
        path: '/board/yusho',
        title: '有償依頼｜アイコラ板.ai',
        body:
          h1('有償依頼（ポイント制）') +
          p('依頼時に提示したポイントは運営が預かり、納品を承認すると職人に支払われます。顔素材は30枚以上を目安に添付してください。') +
          ul('【800pt】人気配信者系・雑談配信の人・素材50枚', '【300pt】グラビア系インフルエンサー・短尺OK', '【2000pt】歌手系・4K・非公開納品希望', '【600pt】スポーツキャスター系・1080p') +
          textForm('スレッドタイトル', '依頼を投稿', '/board/yusho/new'),
      },
      {
        path: '/shokunin',
        title: '認定職人｜アイコラ板.ai',
        body:
          h1('認定職人制度') +
          p(
            '納品承認20件以上・評価90%以上の職人は「認定職人」バッジを申請できます。認定職人は最低依頼ポイントを自分で設定でき、ランキングにも掲載されます。申請は運営へのメッセージで作品サンプルを3点送ってください。',
          ) +
          ol('匠AI　納品 310件', 'kao_master　納品 268件', 'ふぇいく職人R　納品 201件'),
      },
      {
        path: '/point',
        title: 'ポイント購入｜アイコラ板.ai',
        body:
          h1('ポイント購入') +
          priceTable(
            ['ポイント', '価格'],
            [
              ['1,000pt', '1,500円'],
              ['3,000pt', '4,000円'],
              ['10,000pt', '12,000円'],
            ],
          ) +
          p(
            'ポイントは購入後すぐにアカウントへ反映されます。お支払いはビットコイン、USDT、または各種ギフトコードに対応しています。購入したポイントは有償依頼の報酬としてのみ使用でき、払い戻しはできません。認定職人は獲得ポイントを毎週換金できます（手数料20%）。',
          ),
      },
      {
        path: '/rules',
        title: '利用ルール｜アイコラ板.ai',
        body:
          h1('利用ルール') +
          ol(
            '18歳未満の利用は禁止です。',
            '未成年に関わる依頼・投稿は一切禁止。即時BANします。',
            '対象は芸能人・配信者・インフルエンサーなど公人のみ。一般人の依頼は禁止。',
            'スレタイに実名を書かないこと（「女優系」「配信者系」などで表記）。',
            '有償依頼はポイントを必ず明記すること。',
          ),
      },
    ],
  },

  {
    host: 'swapsy-app.test',
    lang: 'en',
    label: 'deepfake',
    shape: 'app-landing',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Swapsy — Face swap app for Android & iOS',
        head:
          metaDescription('Swapsy: the face swap video app. 5 free swaps a day, weekly VIP, adult mode unlock for 18+. Download the APK or get it on the stores.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'MobileApplication',
            name: 'Swapsy',
            operatingSystem: 'Android, iOS',
            aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.6', ratingCount: '18240' },
            offers: { '@type': 'Offer', price: '4.99', priceCurrency: 'USD' },
          }),
        body:
          syNav +
          h1('Swap faces in videos, right from your phone') +
          p(
            'Point, pick, swap. Swapsy puts any face into thousands of video templates in seconds — no PC, no skills, just your camera roll. Pick a selfie or a photo from your gallery, choose a clip and share the result anywhere.',
          ) +
          storeBadges('/download/swapsy-latest.apk') +
          img(3, 'Swapsy app screenshots') +
          h2('Why 2M people use Swapsy') +
          ul(
            '5 free swaps a day, every day',
            'HD video templates for every mood',
            'Adult mode unlock: 18+ templates for verified adults (VIP)',
            'Spicy packs added weekly',
            'Works offline after download on most phones',
          ) +
          h2('Weekly VIP') +
          p('Unlimited swaps, no watermark, adult mode and all spicy packs for $4.99/week. Try 3 days free. ' + a('/vip?ref=home', 'See VIP')) +
          p('Can’t find us in your store? ' + a('/download?ref=home_apk', 'Install the APK directly') + ' or add the web version to your home screen.') +
          h2('Reviews') +
          p('★★★★★ "Best swap app, the adult mode is worth VIP." · ★★★★☆ "Fast, but the free swaps go quick."') +
          syFoot,
      },
      {
        path: '/download',
        title: 'Download Swapsy',
        body:
          syNav +
          h1('Download Swapsy') +
          p(
            'The store versions of Swapsy are family-friendly. To get adult mode, install the full APK (Android 8+) or use the web app. Allow installs from unknown sources in your settings, open the file and follow the prompts.',
          ) +
          storeBadges('/download/swapsy-full-3.8.2.apk') +
          p('iPhone: open swapsy-app.test in Safari, tap Share → Add to Home Screen. Version 3.8.2 · 61 MB · updated this week.') +
          syFoot,
      },
      {
        path: '/vip',
        title: 'Swapsy VIP',
        body:
          syNav +
          h1('Go VIP') +
          priceTable(
            ['Plan', 'Price', 'Perks'],
            [
              ['Free', '$0', '5 free swaps a day, watermark'],
              ['Weekly VIP', '$4.99 / week', 'Unlimited swaps, adult mode unlock, spicy packs'],
              ['Yearly VIP', '$49.99 / year', 'Everything + 4K export + early templates'],
            ],
          ) +
          p('Subscriptions renew automatically. Cancel anytime at least 24 hours before renewal in your store account or in the app under Profile → Subscription.') +
          syFoot,
      },
      {
        path: '/faq',
        title: 'FAQ — Swapsy',
        body:
          syNav +
          faq('Help center', [
            ['How do I unlock adult mode?', 'Get VIP, confirm your age in Settings, then toggle Adult mode on. It is only available in the APK and the web app.'],
            ['How many free swaps do I get?', 'Five per day. The counter resets at midnight UTC.'],
            ['Is the APK safe?', 'It is the same app as in the stores, signed by us, with the adult templates enabled.'],
          ]) +
          syFoot,
      },
      {
        path: '/privacy',
        title: 'Privacy — Swapsy',
        body:
          syNav +
          h1('Privacy policy') +
          p(
            'Swapsy processes photos and videos you choose on our servers to create swaps. Files are deleted after 24 hours. We collect device identifiers for analytics and to count free swaps. We do not sell personal data. Payments are handled by the app stores or our payment partner.',
          ) +
          syFoot,
      },
    ],
  },

  {
    host: 'facedropbot.test',
    lang: 'en',
    label: 'deepfake',
    shape: 'telegram-bot',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'FaceDrop Bot — face swap videos inside Telegram',
        head: metaDescription('FaceDrop is a Telegram bot that swaps faces into videos. Send a photo, pick a template, get your clip. 18+ packs available.'),
        body:
          fdNav +
          h1('The face swap bot that lives in your Telegram') +
          p(
            'No app, no sign-up form, no email. Open FaceDrop in Telegram, send a selfie or any face photo, choose a template and the bot sends back your video in under a minute. Everything stays in your chat, and you can delete it whenever you like.',
          ) +
          p(a('https://t.me/facedrop_swap_bot?start=home', '▶ Start @facedrop_swap_bot')) +
          h2('What you can do') +
          ul(
            '/swap — swap a face into a video template',
            '/photo — swap into a still image',
            '/packs — browse template packs, including 18+ packs',
            '/balance — check your stars and credits',
            '/vip — weekly VIP with no limits',
          ) +
          h2('18+ packs') +
          p('Adults can unlock the after-dark packs from the /packs menu. Each pack has 30 HD templates and new ones drop every week. Age confirmation required.') +
          h2('Numbers') +
          p('420k users · 9M swaps made · average render 38 seconds · uptime 99.9%') +
          p('Backup bot if the main one is down: ' + a('https://t.me/facedrop_backup_bot', '@facedrop_backup_bot') + '. News channel: ' + a('https://t.me/facedrop_news', '@facedrop_news')) +
          fdFoot,
      },
      {
        path: '/how-it-works',
        title: 'How it works — FaceDrop',
        body:
          fdNav +
          h1('How it works') +
          ol(
            'Open the bot and press Start.',
            'Send one clear face photo (front-facing works best).',
            'Type /swap and pick a template from the list, or /packs to open a pack.',
            'Wait about 40 seconds. The video arrives in your chat, ready to forward or save.',
          ) +
          p('Free users get 2 swaps a day with a small watermark. VIP removes limits and unlocks 18+ packs.') +
          fdFoot,
      },
      {
        path: '/prices',
        title: 'Prices — FaceDrop',
        body:
          fdNav +
          h1('Prices') +
          priceTable(
            ['Option', 'Price', 'Includes'],
            [
              ['Free', '0', '2 swaps / day'],
              ['50 credits', '250 Telegram Stars', '50 video swaps'],
              ['VIP week', '$5.99', 'Unlimited + 18+ packs'],
              ['VIP month', '$17.99', 'Unlimited + 18+ packs + 1080p'],
            ],
          ) +
          p('Pay with Telegram Stars, card via the in-bot checkout, or TON/USDT. Credits never expire. Type /buy in the bot to see the current offers in your currency.') +
          fdFoot,
      },
      {
        path: '/support',
        title: 'Support — FaceDrop',
        body:
          fdNav +
          h1('Support') +
          p(
            'Something went wrong? Type /help in the bot first. If your payment did not arrive, send your transaction ID to ' +
              a('https://t.me/facedrop_support', '@facedrop_support') +
              '. We answer within 24 hours, usually much faster. Refunds are possible for unused credits within 7 days of purchase.',
          ) +
          fdFoot,
      },
    ],
  },

  {
    host: 'atelier-deepcut.test',
    lang: 'en',
    label: 'deepfake',
    shape: 'made-to-order',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'DeepCut Atelier — custom deepfake videos made to order',
        head: metaDescription('Custom deepfake videos made by hand-tuned models. Any public figure, your script, delivered in 72 hours. Crypto only.'),
        body:
          dkNav +
          h1('Bespoke deepfakes. Studio quality. Zero questions.') +
          p(
            'Apps give you a template. We give you a production. DeepCut Atelier trains a dedicated face model for every order and renders your custom deepfake video frame by frame, with manual cleanup by our editors. Celebrities, streamers, influencers — if there are enough public photos, we can make it.',
          ) +
          h2('Why order from us') +
          ul(
            'A dedicated model per target, trained on 500–2,000 images',
            'Adult and SFW productions — tell us the scene, we source the footage',
            'Up to 4K, 60 fps, color matched',
            'Delivery in 72 hours (rush: 24 h)',
            'Crypto only: BTC, XMR, USDT. No accounts, no names.',
            'Encrypted delivery link that expires after download',
          ) +
          h2('Track record') +
          p('3,100+ orders since 2023. Average rating from clients: 4.8/5. Repeat clients get 15% off from the third order, and we keep your private model for 30 days so follow-up orders are faster and cheaper.') +
          h2('What we need from you') +
          p('A type of target, links to public photos or videos, a rough idea of the scene and the length. That’s it. No account, no real name, no phone number.') +
          p(a('/order?ref=home', 'Start your order →') + ' · ' + a('/pricing?ref=home', 'See prices')) +
          dkFoot,
      },
      {
        path: '/process',
        title: 'Process — DeepCut Atelier',
        body:
          dkNav +
          h1('How an order works') +
          ol(
            'Fill in the order form: who (public figure type and where photos can be found), what kind of scene, length, resolution.',
            'We reply with a quote within 6 hours to the contact you gave (Session, email or Telegram).',
            'Pay the quote in crypto. Work starts after 1 confirmation.',
            'You get a 10-second preview. One round of revisions is included.',
            'Final file delivered through a one-time encrypted link.',
          ) +
          dkFoot,
      },
      {
        path: '/pricing',
        title: 'Pricing — DeepCut Atelier',
        body:
          dkNav +
          h1('Pricing') +
          priceTable(
            ['Length', 'SFW', 'Adult'],
            [
              ['Up to 1 min', '$90', '$140'],
              ['Up to 3 min', '$180', '$260'],
              ['Up to 10 min', '$420', '$590'],
            ],
          ) +
          p('All prices include one round of revisions. 4K adds 30%. Rush delivery adds 50%. Private (never reused) model training: +$80. Prices in USD, payable in BTC, XMR or USDT (TRC-20) only.') +
          dkFoot,
      },
      {
        path: '/order',
        title: 'Order — DeepCut Atelier',
        head: cryptoCheckout(),
        body:
          dkNav +
          h1('Place your order') +
          p('Describe the target and the scene as precisely as you can. Do not include real names in the form; use links to public photo sources instead. We reply within 6 hours.') +
          orderForm(['Target type (celebrity / streamer / influencer)', 'Links to public photos', 'Scene description', 'Length (minutes)', 'Resolution', 'Contact (Session ID, email or Telegram)', 'Coin (BTC / XMR / USDT)'], 'Request quote') +
          dkFoot,
      },
      {
        path: '/faq',
        title: 'FAQ — DeepCut Atelier',
        body:
          dkNav +
          faq('FAQ', [
            ['Why crypto only?', 'It keeps both sides private. We do not process cards or PayPal.'],
            ['Can you do anyone?', 'Public figures with enough photos online. We refuse anything involving minors.'],
            ['Do you keep my video?', 'No. Files are deleted 48 hours after delivery unless you buy private model storage.'],
          ]) +
          dkFoot,
      },
      {
        path: '/pgp',
        title: 'PGP key — DeepCut Atelier',
        body:
          dkNav +
          h1('PGP public key') +
          p(
            'Use this key to encrypt sensitive details of your order before pasting them into the form. Fingerprint: 7A3F 19C2 0B4E 88D1 C6A0 5E2F 9D13 44B7 A0C1 2E9F. Verify the fingerprint on our mirror before you trust it. Messages not encrypted with this key are still accepted, but we recommend encryption for every order.',
          ) +
          dkFoot,
      },
    ],
  },

  {
    host: 'bildwerk-motion.test',
    lang: 'de',
    label: 'deepfake',
    shape: 'innocent-home',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Bildwerk Motion – Das KI-Videostudio für Creator',
        head:
          metaDescription('Bildwerk Motion: KI-Videostudio für Creator. Avatare, Gesichtstausch, Lippensynchronisation und Upscaling in 4K – direkt im Browser.') +
          oneTap('000000000000-bildwerk.apps.googleusercontent.test'),
        body:
          bmNav +
          h1('Videos mit KI – so einfach wie ein Foto') +
          p(
            'Bildwerk Motion ist das KI-Videostudio für Creator, Agenturen und alle, die schnell gute Clips brauchen. Erstelle sprechende Avatare, synchronisiere Lippenbewegungen in 30 Sprachen, skaliere alte Aufnahmen auf 4K hoch oder tausche Gesichter in deinen eigenen Videos – alles im Browser.',
          ) +
          h2('Funktionen im Überblick') +
          ul(
            'KI-Avatare aus einem einzigen Foto',
            'Lip-Sync und Übersetzung mit Originalstimme',
            'Gesichtstausch in Videos (Face-Swap) mit Vorlagen-Bibliothek',
            'Upscaling auf 4K und Bildstabilisierung',
            'Automatische Untertitel in 30 Sprachen',
          ) +
          img(1, 'Screenshot des Editors') +
          h2('Für wen?') +
          p(
            'Für Social-Media-Teams, die jede Woche 20 Varianten eines Clips brauchen. Für Video-Creator, die ihre Videos in andere Sprachen bringen. Und für alle, die einfach Spaß an KI-Videos haben.',
          ) +
          p('„Wir sparen pro Kampagne zwei Drehtage.“ – Social-Media-Agentur aus Köln', '„Endlich ein Tool, das auch bei schlechtem Licht saubere Gesichter liefert.“ – Creator mit 400k Abonnenten') +
          h2('In drei Schritten zum Clip') +
          p('Projekt anlegen, Foto oder Video hochladen, Funktion wählen. Den Rest erledigt die KI – meist in unter zwei Minuten.') +
          textForm('Newsletter – neue Funktionen zuerst erfahren (E-Mail)', 'Abonnieren', '/newsletter') +
          cookieBanner('Wir nutzen Cookies, um die Seite zu verbessern. Sie können Ihre Auswahl jederzeit ändern.', 'Einverstanden', 'Ablehnen') +
          bmFoot,
      },
      {
        path: '/funktionen',
        title: 'Funktionen – Bildwerk Motion',
        body:
          bmNav +
          h1('Alle Funktionen') +
          p(
            'Avatar-Studio: Lade ein Foto hoch und lass es sprechen. Lip-Sync: Übersetze Videos mit passenden Mundbewegungen. Face-Swap: Tausche Gesichter in eigenen Clips oder in Vorlagen aus unserer Bibliothek. Upscaler: Bringe Videos auf 4K mit 2x oder 4x Schärfe. Alles läuft auf unseren Servern, Ergebnisse gibt es meist in unter zwei Minuten.',
          ) +
          bmFoot,
      },
      {
        path: '/vorlagen',
        title: 'Vorlagen – Bildwerk Motion',
        body:
          bmNav +
          h1('Vorlagen für Face-Swap') +
          p('Wähle eine Vorlage, lade ein Gesichtsfoto hoch und erhalte deinen Clip in Sekunden. Neue Vorlagen jeden Montag.') +
          ul(
            'Business & Präsentation – 180 Vorlagen',
            'Film-Klassiker – 320 Vorlagen',
            'Tanz & Musik – 260 Vorlagen',
            'Ab 18: Erwachsenen-Vorlagen – 410 Clips, Gesichtstausch in KI-Videos für Erwachsene, NSFW-Modus erforderlich',
            'Spicy-Paket „Nachtschicht“ – 25 Erwachsenen-Vorlagen, nur im Pro-Tarif',
          ) +
          upload('Gesichtsfoto hochladen', '/swap', 'Vorlage verwenden') +
          bmFoot,
      },
      {
        path: '/preise',
        title: 'Preise – Bildwerk Motion',
        body:
          bmNav +
          h1('Preise') +
          priceTable(
            ['Tarif', 'Preis', 'Enthalten'],
            [
              ['Starter', '0 €', '3 Clips pro Monat, 720p, Wasserzeichen'],
              ['Creator', '19 € / Monat', '60 Minuten Video, 1080p, alle SFW-Vorlagen'],
              ['Pro', '39 € / Monat', '200 Minuten, 4K, NSFW-Modus mit 18+-Vorlagen, Spicy-Pakete'],
            ],
          ) +
          p('Der NSFW-Modus wird nach einer Altersbestätigung im Konto freigeschaltet. Jährliche Zahlung spart 20 %. Alle Preise inkl. MwSt., Zahlung per Karte, PayPal oder SEPA.') +
          bmFoot,
      },
      {
        path: '/blog/ki-video-trends-2026',
        title: 'KI-Video-Trends 2026 – Bildwerk Motion Blog',
        body:
          bmNav +
          article(
            h1('Fünf KI-Video-Trends für 2026'),
            h3('1. Avatare ersetzen Talking-Heads'),
            p('Immer mehr Marken lassen ihre Erklärvideos von KI-Avataren sprechen.'),
            h3('2. Mehrsprachigkeit per Klick'),
            p('Lip-Sync macht aus einem deutschen Video in Minuten eine spanische, türkische und polnische Fassung.'),
            h3('3. Face-Swap als Kreativwerkzeug'),
            p('Vorlagen-Bibliotheken wachsen rasant, und Creator nutzen sie für Memes, Parodien und mehr.'),
          ) +
          bmFoot,
      },
      {
        path: '/impressum',
        title: 'Impressum – Bildwerk Motion',
        body:
          bmNav +
          h1('Impressum') +
          p(
            'Bildwerk Motion GmbH i. G., vertreten durch die Geschäftsführung. Kontakt: hallo@bildwerk-motion.test. Umsatzsteuer-ID wird nachgereicht. Verantwortlich für den Inhalt: die Geschäftsführung. Für Inhalte, die Nutzer mit unseren Werkzeugen erstellen, übernehmen wir keine Haftung. Hinweise auf rechtswidrige Inhalte bitte an abuse@bildwerk-motion.test, wir melden uns innerhalb einer Woche.',
          ) +
          bmFoot,
      },
    ],
  },
];
