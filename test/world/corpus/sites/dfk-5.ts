import {
  a,
  ageGate,
  article,
  blockquote,
  cookieBanner,
  cryptoCheckout,
  faq,
  footer,
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
  section,
  storeBadges,
  stripe,
  textForm,
  ul,
  upload,
  type CorpusSite,
} from '../site-kit.js';

const AUTHOR = 'dfk';

const tbNav = nav(
  [
    ['/vorlagen-18', '18+-Vorlagen'],
    ['/tarife', 'Tarife'],
    ['/ratgeber/deepfake-generator-kostenlos', 'Ratgeber'],
    ['/faq', 'FAQ'],
    ['/konto', 'Mein Konto'],
  ],
  'Tauschbar',
);
const tbFoot = footer('Tauschbar KI © 2026 · Gesichtstausch für Erwachsene · Nutzung ab 18 Jahren · Keine Weitergabe deiner Fotos.', [
  ['/faq', 'Hilfe'],
  ['/tarife?utm_source=footer', 'Tarife'],
  ['/agb', 'AGB'],
  ['/impressum', 'Impressum'],
]);

const lpNav = nav(
  [
    ['/fanben', '範本庫'],
    ['/fangan', '方案與價格'],
    ['/changjian', '常見問題'],
    ['/denglu', '登入'],
    ['/en', 'EN'],
  ],
  '臉譜AI',
);
const lpFoot = footer('© 2026 臉譜AI · 成人範本僅限年滿18歲並完成驗證的會員使用', [
  ['/tiaokuan', '服務條款'],
  ['/fangan?ref=footer', '價格'],
  ['/changjian', '客服中心'],
]);

const cgNav = nav(
  [
    ['/', 'Mới nhất'],
    ['/the-loai', 'Thể loại'],
    ['/the-loai?sap-xep=xem-nhieu', 'Xem nhiều'],
    ['/premium', 'Premium'],
    ['/dang-nhap', 'Đăng nhập'],
  ],
  'ClipGhép',
);
const cgFoot = footer('ClipGhép © 2026. Toàn bộ video là nội dung ghép mặt bằng AI. Chỉ dành cho người từ 18 tuổi.', [
  ['/dmca', 'DMCA'],
  ['/2257', 'Tuyên bố 2257'],
  ['/premium?ref=chantrang', 'Premium'],
]);

const fzNav = nav(
  [
    ['/zayavki', 'Заявки'],
    ['/zayavki?tip=platnye', 'Платные заявки'],
    ['/feikery', 'Проверенные фейкеры'],
    ['/kredity', 'Кредиты'],
    ['/pravila', 'Правила'],
    ['/vhod', 'Вход'],
  ],
  'ФейкФорум',
);
const fzFoot = footer('ФейкФорум — сообщество любителей AI-фейков. Только 18+. Весь контент создан нейросетями. © 2026', [
  ['/pravila', 'Правила'],
  ['/kredity?ref=podval', 'Купить кредиты'],
  ['/feikery', 'Стать проверенным'],
]);

const fcNav = nav(
  [
    ['/install', 'Install'],
    ['/vip', 'VIP'],
    ['/support', 'Support'],
    ['/legal', 'Legal'],
  ],
  'FlipCam',
);
const fcFoot = footer('FlipCam © 2026 · Adult mode requires age verification · Not affiliated with Google or Apple.', [
  ['/legal', 'Terms & privacy'],
  ['/support', 'Support'],
  ['/install?utm_source=footer&utm_medium=site', 'Get FlipCam'],
]);

const zmNav = nav(
  [
    ['/zavantazhyty', 'Завантажити'],
    ['/vip', 'VIP'],
    ['/pytannia', 'Питання'],
  ],
  'Замінка',
);
const zmFoot = footer('© 2026 Замінка · Режим для дорослих — після підтвердження віку · Google Play і App Store — торгові марки їхніх власників.', [
  ['/konfidentsiinist', 'Конфіденційність'],
  ['/pytannia', 'Підтримка'],
  ['/zavantazhyty?utm_source=footer', 'Отримати застосунок'],
]);

const tmNav = nav(
  [
    ['/tai-app', 'Tải app'],
    ['/vip', 'VIP'],
    ['/ho-tro', 'Hỗ trợ'],
  ],
  'TráoMặt',
);
const tmFoot = footer('© 2026 TráoMặt · Chế độ người lớn cần xác minh tuổi · Google Play và App Store là thương hiệu của chủ sở hữu.', [
  ['/chinh-sach', 'Chính sách'],
  ['/ho-tro', 'Hỗ trợ'],
  ['/tai-app?utm_source=footer', 'Tải app'],
]);

const cbNav = nav(
  [
    ['/como-funciona', 'Cómo funciona'],
    ['/precios', 'Precios'],
    ['/espejos', 'Bots espejo'],
    ['https://t.me/carabot_swap_bot?start=web', 'Abrir bot'],
  ],
  'CaraBot',
);
const cbFoot = footer('CaraBot es un bot independiente, sin relación con Telegram. Packs +18 solo para adultos. © 2026', [
  ['/precios', 'Precios'],
  ['/espejos', 'Espejos'],
  ['https://t.me/carabot_soporte', 'Soporte'],
]);

const kbNav = nav(
  [
    ['/tsukaikata', '使い方'],
    ['/ryokin', '料金'],
    ['/mirror', 'ミラーBot'],
    ['https://t.me/kaoswap_jp_bot?start=web', 'Botを開く'],
  ],
  '顔スワップBot',
);
const kbFoot = footer('顔スワップBotは個人運営の非公式Botで、Telegram社とは関係ありません。18禁パックは18歳以上限定。© 2026', [
  ['/ryokin', '料金'],
  ['/mirror', 'ミラー'],
  ['https://t.me/kaoswap_jp_support', 'サポート'],
]);

const fmNav = nav(
  [
    ['/ablauf', 'Ablauf'],
    ['/preise', 'Preise'],
    ['/bestellen', 'Bestellen'],
    ['/fragen', 'Fragen'],
  ],
  'Fake-Manufaktur',
);
const fmFoot = footer('Fake-Manufaktur · Bestellung nur über das Formular · Bezahlung nur in Krypto · © 2026', [
  ['/fragen', 'FAQ'],
  ['/bestellen?ref=footer', 'Bestellen'],
  ['/pgp', 'PGP-Schlüssel'],
]);

const hjNav = nav(
  [
    ['/process', '진행 과정'],
    ['/price', '가격'],
    ['/order', '주문하기'],
    ['/faq', '질문'],
  ],
  '합성공방',
);
const hjFoot = footer('합성공방 · 주문은 주문서로만 · 결제는 코인만 · © 2026', [
  ['/faq', 'FAQ'],
  ['/order?ref=footer', '주문'],
  ['/price', '가격표'],
]);

const luNav = nav(
  [
    ['/funciones', 'Funciones'],
    ['/plantillas', 'Plantillas'],
    ['/precios', 'Precios'],
    ['/blog/ideas-video-ia', 'Blog'],
    ['/entrar', 'Iniciar sesión'],
  ],
  'Lumen Estudio',
);
const luFoot = footer('© 2026 Lumen Estudio IA, S.L. · Hecho para creadores', [
  ['/precios?ref=pie', 'Precios'],
  ['/plantillas', 'Plantillas'],
  ['/privacidad', 'Privacidad'],
  ['/terminos', 'Términos'],
]);

const adNav = nav(
  [
    ['/tinh-nang', 'Tính năng'],
    ['/mau', 'Mẫu'],
    ['/bang-gia', 'Bảng giá'],
    ['/tin-tuc', 'Tin tức'],
    ['/dang-nhap', 'Đăng nhập'],
  ],
  'ẢnhĐộng AI',
);
const adFoot = footer('© 2026 ẢnhĐộng AI Studio · Sáng tạo video dễ dàng cho mọi người', [
  ['/bang-gia?ref=footer', 'Bảng giá'],
  ['/mau', 'Kho mẫu'],
  ['/chinh-sach', 'Chính sách bảo mật'],
]);

export const sites: CorpusSite[] = [
  {
    host: 'tauschbar-ki.test',
    lang: 'de',
    label: 'deepfake',
    shape: 'faceswap-saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Tauschbar – Gesichtstausch & KI-Videos für Erwachsene',
        head:
          metaDescription('Tauschbar: Gesichtstausch online, Deepfake-Generator mit 18+-Vorlagen, NSFW-Modus und Spicy-Paketen. 3 Tauschvorgänge gratis.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'WebApplication',
            name: 'Tauschbar',
            applicationCategory: 'MultimediaApplication',
            offers: { '@type': 'Offer', price: '11.90', priceCurrency: 'EUR' },
            aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.6', ratingCount: '1870' },
          }),
        body:
          tbNav +
          h1('Gesichtstausch für Erwachsene – ohne Schnickschnack') +
          p(
            'Tauschbar ist ein Deepfake-Generator für alle, die mehr wollen als Meme-Vorlagen. Gesicht hochladen, Vorlage aussuchen, Video laden. Neben Film- und Musikclips findest du bei uns einen eigenen Bereich mit KI-Videos für Erwachsene – sichtbar erst nach Altersbestätigung und mit aktiviertem NSFW-Modus.',
          ) +
          upload('Foto mit gut sichtbarem Gesicht', '/tausch/neu', 'Gratis testen') +
          section(
            h2('Was Tauschbar anders macht'),
            h3('Eigener 18+-Bereich'),
            p('Über 1.400 Erwachsenen-Vorlagen in HD, sortiert nach Thema und Länge. Jede Woche kommen neue Spicy-Pakete dazu.'),
            h3('Stabile Gesichter'),
            p('Unser Modell hält das Gesicht auch bei Kopfdrehungen, im Halbprofil und bei wenig Licht. Mehrere Fotos derselben Person verbessern das Ergebnis zusätzlich.'),
            h3('Diskret'),
            p('Renderings sind privat, werden nach 10 Tagen gelöscht, und auf deiner Abrechnung steht nur „TB Services“.'),
          ) +
          h2('Tarife kurz erklärt') +
          p('Gratis: 3 Tauschvorgänge in 480p. Plus: 11,90 € im Monat mit NSFW-Modus. Max: 27,90 € mit allen Spicy-Paketen und 4K. ' + a('/tarife?ref=start', 'Alle Details')) +
          blockquote('Hab mehrere Deepfake-Generatoren getestet – Tauschbar ist der einzige, bei dem die 18+-Vorlagen nicht nach drei Tagen langweilig werden.', 'Bewertung, 5 von 5') +
          faq('Schnelle Antworten', [
            ['Ist Tauschbar kostenlos?', 'Die ersten drei Tauschvorgänge sind gratis, danach brauchst du einen Tarif oder Credits.'],
            ['Wie aktiviere ich den NSFW-Modus?', 'Tarif wählen, Alter bestätigen, Schalter im Konto umlegen.'],
          ]) +
          cookieBanner('Wir setzen Cookies für Login und – wenn du willst – für Statistik.', 'Alle erlauben', 'Nur notwendige') +
          tbFoot,
      },
      {
        path: '/ratgeber/deepfake-generator-kostenlos',
        title: 'Deepfake-Generator kostenlos? Was wirklich geht – Tauschbar Ratgeber',
        body:
          tbNav +
          article(
            h1('Deepfake-Generator kostenlos: Was wirklich geht'),
            p(
              'Viele Seiten versprechen einen kostenlosen Deepfake-Generator. In der Praxis heißt das meist: niedrige Auflösung, Wasserzeichen, lange Wartezeiten. Bei Tauschbar bekommst du drei Gesichtstausche gratis, damit du die Qualität testen kannst. Wer KI-Videos für Erwachsene erstellen will, braucht einen Tarif – der NSFW-Modus ist bewusst nicht Teil des Gratis-Angebots.',
            ),
            p('Tipp: Für lange Clips lieber ein Credit-Paket kaufen als ein Abo – das lohnt sich, wenn du nur ab und zu tauschst.'),
          ) +
          tbFoot,
      },
      {
        path: '/vorlagen-18',
        title: '18+-Vorlagen – Tauschbar',
        body:
          tbNav +
          h1('18+-Vorlagen') +
          p('Dieser Bereich ist nur für verifizierte Erwachsene. Du siehst die Vorlagen erst, wenn du eingeloggt bist, dein Alter bestätigt und den NSFW-Modus eingeschaltet hast.') +
          ul('Erwachsenen-Vorlagen (Video) – 1.400', 'Erwachsenen-Vorlagen (Foto) – 3.100', 'Spicy-Paket „Feierabend“ – 25 Vorlagen', 'Spicy-Paket „Hotelzimmer“ – 25 Vorlagen', 'Neue Pakete jeden Freitag, angekündigt im Newsletter') +
          p(a('/tarife?ref=vorlagen18', 'Jetzt freischalten')) +
          tbFoot,
      },
      {
        path: '/tarife',
        title: 'Tarife – Tauschbar',
        head: stripe('pk_test_tauschbar_12'),
        body:
          tbNav +
          h1('Tarife') +
          priceTable(
            ['Tarif', 'Preis', 'Credits', 'Enthalten'],
            [
              ['Gratis', '0 €', '3 Tausche', '480p, Wasserzeichen'],
              ['Plus', '11,90 € / Monat', '250', '1080p, 18+-Vorlagen, NSFW-Modus'],
              ['Max', '27,90 € / Monat', '900', '4K, alle Spicy-Pakete, Vorrang beim Rendern'],
            ],
          ) +
          p('Credit-Pakete ohne Abo: 120 Credits für 6,90 €. Ein Credit entspricht einem Foto-Tausch oder drei Sekunden Video in 1080p. Zahlung per Karte, PayPal, Sofortüberweisung oder Krypto. Abos sind monatlich kündbar, gekaufte Credits verfallen nicht.') +
          tbFoot,
      },
      {
        path: '/faq',
        title: 'FAQ – Tauschbar',
        body:
          tbNav +
          faq('Häufige Fragen', [
            ['Welche Fotos eignen sich?', 'Frontal, scharf, gleichmäßiges Licht, keine Sonnenbrille. Bis zu fünf Fotos derselben Person.'],
            ['Wie lange dauert ein Video?', 'Meist 30 bis 90 Sekunden, je nach Länge der Vorlage.'],
            ['Kann ich kündigen?', 'Jederzeit zum Ende des Abrechnungszeitraums.'],
            ['Werden meine Fotos gespeichert?', 'Uploads und Renderings werden nach 10 Tagen automatisch gelöscht.'],
          ]) +
          tbFoot,
      },
    ],
  },

  {
    host: 'lianpu-ai.test',
    lang: 'zh',
    label: 'deepfake',
    shape: 'faceswap-saas',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: '臉譜AI｜線上影片換臉・成人範本・18禁模式',
        head: metaDescription('臉譜AI：線上AI影片換臉，超過3,500個範本，成人範本專區與18禁模式，每天免費3次。'),
        body:
          lpNav +
          h1('一張照片，就能換進任何影片') +
          p(
            '臉譜AI是一款線上AI換臉工具，打開瀏覽器就能用，不必下載任何軟體。上傳一張清楚的正臉照片，挑選喜歡的影片範本，AI會自動對齊光線、角度與表情，幾十秒就能產生自然的換臉影片。手機、平板、電腦都能使用。',
          ) +
          upload('上傳正臉照片', '/huanlian', '開始換臉') +
          h2('臉譜AI的特色') +
          ul(
            '超過3,500個影片範本，每週更新',
            '成人範本專區：僅限年滿18歲並完成驗證的會員',
            '18禁模式：在帳號設定中一鍵開啟或關閉',
            '每週上架「辛辣包」主題範本組合',
            '支援雙人同時換臉',
            '最高4K輸出（尊榮方案）',
          ) +
          h2('三步驟完成') +
          ol('上傳光線充足的正臉照片（最多5張效果更穩定）', '選擇範本，可依類型、長度篩選', '按下「產生」，平均40秒完成') +
          h2('會員心得') +
          p('「側臉也不會崩，比其他App自然很多。」——年費會員', '「成人範本更新速度很快，值得。」——匿名會員') +
          p(a('/fangan?ref=home', '查看方案與價格') + '　·　' + a('/fanben?ref=home', '瀏覽範本庫')) +
          cookieBanner('本網站使用Cookie以維持登入狀態並分析流量。', '同意', '拒絕') +
          lpFoot,
      },
      {
        path: '/fanben',
        title: '範本庫｜臉譜AI',
        body:
          lpNav +
          h1('範本庫') +
          p('依分類瀏覽範本。「成人專區」只會顯示給已登入、完成年齡驗證並開啟18禁模式的會員。') +
          ul('電影・影集 — 880個', '舞蹈・MV — 620個', '搞笑迷因 — 1,100個（免費）', '成人專區／18+影片範本 — 560個（會員限定）', '辛辣包 — 每包20個成人範本，可單獨購買') +
          p('小提醒：標示「HD」的範本在1080p下臉部更清晰；影片越長，消耗的點數越多。') +
          lpFoot,
      },
      {
        path: '/fangan',
        title: '方案與價格｜臉譜AI',
        body:
          lpNav +
          h1('方案與價格') +
          priceTable(
            ['方案', '價格', '內容'],
            [
              ['免費', 'NT$0', '每天3次、480p、有浮水印'],
              ['進階', 'NT$290／月', '300點、1080p、成人範本、18禁模式'],
              ['尊榮', 'NT$690／月', '1,000點、4K、全部辛辣包、優先產生'],
            ],
          ) +
          p('加購點數：100點 NT$120。支援信用卡、超商代碼、USDT。可隨時取消自動續訂。') +
          lpFoot,
      },
      {
        path: '/changjian',
        title: '常見問題｜臉譜AI',
        body:
          lpNav +
          faq('常見問題', [
            ['如何開啟18禁模式？', '訂閱進階或尊榮方案並完成年齡驗證後，到「設定—內容」開啟18禁模式即可。'],
            ['上傳的照片會保留嗎？', '照片會在產生後72小時內自動刪除。'],
            ['換臉效果不自然怎麼辦？', '請使用光線充足的正臉照片，避免墨鏡、口罩與美顏濾鏡。'],
            ['可以退款嗎？', '未使用的點數可在7天內申請退款。'],
          ]) +
          lpFoot,
      },
    ],
  },

  {
    host: 'clipghep.test',
    lang: 'vi',
    label: 'deepfake',
    shape: 'tube',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'ClipGhép – Video ghép mặt AI người nổi tiếng, streamer, KOL',
        head: metaDescription('ClipGhép: kho video ghép mặt AI (deepfake) người nổi tiếng, streamer, KOL. Cập nhật mỗi ngày, HD và 4K. Chỉ dành cho 18+.'),
        body:
          ageGate('Trang web có nội dung người lớn được tạo bằng AI. Bạn phải đủ 18 tuổi để vào xem.', 'Tôi đủ 18 tuổi – Vào xem', 'Rời đi') +
          cgNav +
          textForm('Tìm video', 'Tìm') +
          h1('Video ghép mặt mới nhất') +
          p('Đội biên tập của ClipGhép đăng video deepfake mới mỗi ngày. Hiện có hơn 7.500 video HD và 4K, sắp xếp theo mới nhất, xem nhiều hoặc đánh giá cao. Trang không có chức năng tải video lên từ người dùng.') +
          mediaGrid([
            { title: 'Ca sĩ nhạc trẻ bản sao', duration: '10:25', views: '142N lượt xem', tags: ['người nổi tiếng', 'AI swap'] },
            { title: 'Streamer game đêm khuya', duration: '08:18', views: '91N lượt xem', tags: ['streamer'] },
            { title: 'Diễn viên phim truyền hình remake', duration: '12:40', views: '176N lượt xem', tags: ['người nổi tiếng', 'diễn viên'] },
            { title: 'KOL du lịch edit', duration: '06:52', views: '63N lượt xem', tags: ['KOL'] },
            { title: 'MC truyền hình giống hệt', duration: '11:07', views: '128N lượt xem', tags: ['người nổi tiếng', '4K'] },
            { title: 'Streamer trò chuyện phần 2', duration: '09:33', views: '57N lượt xem', tags: ['streamer', 'AI swap'] },
          ]) +
          h2('Xem nhiều trong tuần') +
          mediaGrid([
            { title: 'Hoa hậu bản sao đặc biệt', duration: '14:10', views: '1,1Tr lượt xem', tags: ['người nổi tiếng', 'premium'] },
            { title: 'KOL thể hình edit', duration: '07:45', views: '690N lượt xem', tags: ['KOL', 'AI swap'] },
            { title: 'Streamer ca hát tổng hợp', duration: '15:30', views: '520N lượt xem', tags: ['streamer'] },
          ]) +
          h2('Thẻ phổ biến') +
          p(a('/tag/người%20nổi%20tiếng', '#người nổi tiếng') + ' ' + a('/tag/streamer', '#streamer') + ' ' + a('/tag/KOL', '#KOL') + ' ' + a('/tag/diễn%20viên', '#diễn viên') + ' ' + a('/tag/AI%20swap', '#AI swap') + ' ' + a('/tag/4K', '#4K')) +
          p('Xem bản đầy đủ, 4K, không quảng cáo với ' + a('/premium?ref=trangchu', 'ClipGhép Premium') + '.') +
          cgFoot,
      },
      {
        path: '/the-loai',
        title: 'Thể loại – ClipGhép',
        body:
          cgNav +
          h1('Tất cả thể loại') +
          ul(
            a('/tag/người%20nổi%20tiếng', 'Người nổi tiếng') + ' – 3.600 video',
            a('/tag/streamer', 'Streamer') + ' – 1.700 video',
            a('/tag/KOL', 'KOL / Influencer') + ' – 1.400 video',
            a('/tag/diễn%20viên', 'Diễn viên') + ' – 800 video',
            a('/tag/AI%20swap', 'AI swap (tất cả)') + ' – 7.500+ video',
            a('/tag/4K', 'Chỉ 4K') + ' – 520 video',
          ) +
          p('Thể loại do đội biên tập quản lý và cập nhật hằng tuần. Thành viên Premium có thể đề xuất thể loại mới trong trang tài khoản.') +
          cgFoot,
      },
      {
        path: '/premium',
        title: 'Premium – ClipGhép',
        body:
          cgNav +
          h1('ClipGhép Premium') +
          priceTable(
            ['Gói', 'Giá', 'Quyền lợi'],
            [
              ['2 ngày', '25.000đ', 'Dùng thử đầy đủ'],
              ['1 tháng', '199.000đ', 'Bản đầy đủ, 4K, không quảng cáo'],
              ['12 tháng', '1.290.000đ', 'Tất cả + tải về + xem trước 48 giờ'],
            ],
          ) +
          p('Thanh toán bằng thẻ cào, Momo, chuyển khoản hoặc USDT. Thông tin thanh toán hiển thị tên trung tính. Hủy bất cứ lúc nào.') +
          cgFoot,
      },
      {
        path: '/dmca',
        title: 'DMCA – ClipGhép',
        body:
          cgNav +
          h1('DMCA và yêu cầu gỡ bỏ') +
          p('Nếu bạn cho rằng một video trên trang vi phạm bản quyền của bạn, hãy gửi thông báo đến dmca@clipghep.test kèm đường dẫn video, bằng chứng quyền sở hữu tác phẩm gốc và thông tin liên hệ. Chúng tôi xem xét trong vòng 10 ngày làm việc và gỡ bỏ nếu yêu cầu hợp lệ.') +
          cgFoot,
      },
      {
        path: '/2257',
        title: 'Tuyên bố 2257 – ClipGhép',
        body:
          cgNav +
          h1('Tuyên bố tuân thủ 18 U.S.C. 2257') +
          p('Toàn bộ nội dung hình ảnh trên trang được tạo hoặc chỉnh sửa bằng trí tuệ nhân tạo. Ban quản trị ClipGhép không phải là nhà sản xuất chính của tư liệu gốc. Mọi người xuất hiện trong tư liệu gốc đều đã đủ 18 tuổi tại thời điểm ghi hình.') +
          cgFoot,
      },
    ],
  },

  {
    host: 'feikforum.test',
    lang: 'ru',
    label: 'deepfake',
    shape: 'request-board',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'ФейкФорум — заявки на AI-фейки, платные заявки, проверенные фейкеры',
        head: metaDescription('Русскоязычный форум AI-фейков: заявки на дипфейки знаменитостей и стримерш, платные заявки за кредиты, проверенные фейкеры. 18+.'),
        body:
          fzNav +
          ageGate('Форум содержит материалы для взрослых, созданные нейросетями. Вам есть 18 лет?', 'Да, мне есть 18', 'Нет') +
          h1('ФейкФорум') +
          p(
            'Крупнейшее русскоязычное сообщество AI-фейков. Оставляйте заявки на дипфейки знаменитостей, стримерш и блогерш, назначайте награду в кредитах — и проверенные фейкеры возьмут заказ в работу. Бесплатные заявки выполняются по настроению, платные — в приоритете, обычно за 2–3 дня.',
          ) +
          h2('Разделы') +
          ul(
            a('/zayavki', 'Заявки') + ' — 12 870 тем',
            a('/zayavki?tip=platnye', 'Платные заявки (кредиты)') + ' — 3 420 тем',
            a('/galereya', 'Галерея') + ' — готовые фейки по категориям',
            a('/tehnika', 'Техника') + ' — фейсеты, модели, видеокарты, гайды',
          ) +
          h2('Горячие темы') +
          ul(
            '[ПЛАТНО 700 кр] Ведущая утреннего шоу, 1080p, 2 ролика',
            '[ЗАЯВКА] Стримерша, играет в хорроры, фейсет приложен',
            '[ПЛАТНО 2 000 кр] Поп-певица, 4K, только проверенные',
            '[ГОТОВО] Фитнес-блогерша — спасибо фейкеру!',
            '[ЗАЯВКА] Актриса из сериала про врачей, любая длина',
          ) +
          h2('Новичкам') +
          p('Зарегистрируйтесь, прочитайте правила и создайте первую заявку. Умеете делать фейки сами? После 20 принятых работ подайте заявку на статус проверенного фейкера и получайте кредиты.') +
          p('Участников: 54 100 · Проверенных фейкеров: 167 · Выплачено за месяц: 1,9 млн кредитов · Сейчас онлайн: 1 240') +
          textForm('Поиск по форуму', 'Найти', '/poisk') +
          fzFoot,
      },
      {
        path: '/zayavki',
        title: 'Заявки — ФейкФорум',
        body:
          fzNav +
          h1('Заявки') +
          p('Перед публикацией прочитайте правила. Префикс [ЗАЯВКА] — бесплатно, [ПЛАТНО] — с суммой в кредитах. Приложите не меньше 30 чётких фото лица, настоящие имена в заголовках запрещены.') +
          ul('[ПЛАТНО 500 кр] Ведущая прогноза погоды · 12 ответов', '[ЗАЯВКА] Стримерша, IRL-стримы · 7 ответов', '[ПЛАТНО 1 200 кр] Две блогерши в одном ролике · 24 ответа', '[ЗАЯВКА] Спортивная журналистка · 4 ответа') +
          textForm('Заголовок заявки', 'Создать заявку', '/zayavki/novaya') +
          fzFoot,
      },
      {
        path: '/feikery',
        title: 'Проверенные фейкеры — ФейкФорум',
        body:
          fzNav +
          h1('Проверенные фейкеры') +
          p('Проверенный фейкер — это участник, у которого не меньше 20 принятых работ и больше 90% положительных оценок. Он получает значок, может устанавливать минимальную награду и попадает в рейтинг. Заявка — личным сообщением администрации с тремя примерами работ.') +
          ol('Лицедел — 356 работ', 'neuro_vasya — 281 работа', 'ФейкМастер — 219 работ') +
          fzFoot,
      },
      {
        path: '/kredity',
        title: 'Кредиты — ФейкФорум',
        body:
          fzNav +
          h1('Купить кредиты') +
          p('Кредитами оплачиваются заявки. Сумма замораживается на счёте форума и переводится фейкеру после того, как вы примете работу.') +
          priceTable(
            ['Пакет', 'Цена'],
            [
              ['500 кредитов', '790 ₽ / 9 USDT'],
              ['1 500 кредитов', '1 990 ₽ / 24 USDT'],
              ['5 000 кредитов', '5 490 ₽ / 65 USDT'],
            ],
          ) +
          p('Оплата в BTC, USDT, LTC. Фейкеры выводят кредиты раз в неделю по курсу 80%.') +
          cryptoCheckout() +
          fzFoot,
      },
      {
        path: '/pravila',
        title: 'Правила — ФейкФорум',
        body:
          fzNav +
          h1('Правила форума') +
          ol(
            'Только для лиц старше 18 лет.',
            'Ничего, связанного с несовершеннолетними. Вечный бан.',
            'Заявки только на публичных персон: знаменитости, стримерши, блогерши. Частные лица — запрещено.',
            'Без настоящих имён в заголовках.',
            'В платных заявках сумма указывается в заголовке.',
            'Споры решает администрация, решение окончательное.',
            'Перепродажа чужих работ и мультиаккаунты — бан.',
          ) +
          fzFoot,
      },
    ],
  },

  {
    host: 'flipcam-swap.test',
    lang: 'en',
    label: 'deepfake',
    shape: 'app-landing',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'FlipCam — the face swap app that doesn’t play it safe',
        head:
          metaDescription('FlipCam: face swap videos on your phone. 10 free swaps a day, weekly VIP $3.99, adult mode unlock. Install the APK or add to home screen.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'SoftwareApplication',
            name: 'FlipCam',
            operatingSystem: 'Android, iOS (web app)',
            applicationCategory: 'MultimediaApplication',
            offers: { '@type': 'Offer', price: '3.99', priceCurrency: 'USD' },
            aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.8', ratingCount: '26300' },
          }) +
          oneTap('000000000000-flipcam.apps.googleusercontent.test'),
        body:
          fcNav +
          section(
            h1('10 free swaps. Every. Single. Day.'),
            p('FlipCam is the face swap app people actually keep on their home screen. Grab a face from your camera roll, drop it into a video, share it before the group chat moves on.'),
            storeBadges('/download/flipcam-release.apk'),
            p('Scan the QR code on desktop or ' + a('/install?ref=hero', 'install on this phone') + '.'),
          ) +
          img(0, 'FlipCam on a phone') +
          section(
            h2('Made for swapping'),
            ul(
              'Live preview while you pick a template',
              '12,000 video templates, new ones daily',
              'Adult mode unlock for verified 18+ users — a whole extra shelf of 18+ templates',
              'Spicy packs every weekend (VIP)',
              'Two-face swaps for duets and couples templates',
              'No account needed for the free swaps',
            ),
          ) +
          section(
            h2('VIP, no commitment'),
            p('Weekly VIP is $3.99. Unlimited swaps, no watermark, HD export, adult mode and every spicy pack. Stop whenever you like. ' + a('/vip?ref=home', 'See what VIP unlocks') + ' · ' + a('/vip?ref=home_annual', 'Annual saves 60%')),
          ) +
          section(
            h2('iPhone? Add to Home Screen'),
            p('FlipCam runs as a web app on iOS. Open this site in Safari, tap Share, then “Add to Home Screen”. It launches full-screen, just like an app from the store — adult mode included.'),
          ) +
          blockquote('Went VIP for a week "just to try" and never left. Adult mode is the real reason, let’s be honest.', '★★★★★ review') +
          fcFoot,
      },
      {
        path: '/install',
        title: 'Install FlipCam',
        body:
          fcNav +
          h1('Install FlipCam') +
          h3('Android') +
          ol('Download the APK (49 MB).', 'Allow installs from your browser when Android asks.', 'Open FlipCam, pick a face, swap. Updates install in-app.') +
          storeBadges('/download/flipcam-full-7.3.apk') +
          h3('iPhone & iPad') +
          p('Open flipcam-swap.test in Safari → Share → Add to Home Screen. The store version is the family edition; the full version with adult mode is the APK and the web app.') +
          fcFoot,
      },
      {
        path: '/vip',
        title: 'VIP — FlipCam',
        body:
          fcNav +
          h1('FlipCam VIP') +
          priceTable(
            ['', 'Free', 'Weekly VIP', 'Annual VIP'],
            [
              ['Price', '$0', '$3.99 / week', '$79.99 / year'],
              ['Swaps', '10 free swaps a day', 'Unlimited', 'Unlimited'],
              ['Adult mode unlock', '—', 'Yes', 'Yes'],
              ['Spicy packs', '—', 'Every weekend', 'Every weekend + archive'],
              ['Export', '720p + watermark', '1080p', '4K'],
            ],
          ) +
          p('Renews automatically; cancel any time before renewal in Settings → Subscription or in your store account. The 3-day free trial converts to Weekly VIP unless you cancel. Prices in USD; your store may show local currency.') +
          fcFoot,
      },
      {
        path: '/support',
        title: 'Support — FlipCam',
        body:
          fcNav +
          faq('Support', [
            ['Where is adult mode?', 'Settings → Content → Adult mode. You need VIP and a one-time age check. Not available in the store edition.'],
            ['My free swaps are gone', 'You get 10 a day; the counter resets at 00:00 UTC.'],
            ['I was charged twice', 'Send your order ID to support@flipcam-swap.test and we’ll refund the duplicate within 3 days.'],
          ]) +
          fcFoot,
      },
      {
        path: '/legal',
        title: 'Terms & privacy — FlipCam',
        body:
          fcNav +
          h1('Terms & privacy') +
          p('You must be 18+ to use adult mode. Only upload faces you have permission to use; you are responsible for what you create and share. Uploaded media is processed on our servers and deleted after 24 hours. We keep a device ID to count free swaps and never sell your data.') +
          fcFoot,
      },
    ],
  },

  {
    host: 'zaminka-app.test',
    lang: 'uk',
    label: 'deepfake',
    shape: 'app-landing',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Замінка — застосунок для заміни обличчя у відео',
        head:
          metaDescription('Замінка: заміна обличчя у відео на телефоні. 3 безкоштовні заміни на день, VIP на тиждень, режим для дорослих. Завантаж APK.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'MobileApplication',
            name: 'Замінка',
            operatingSystem: 'Android, iOS',
            aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.5', ratingCount: '7120' },
          }),
        body:
          zmNav +
          h1('Заміна обличчя у відео — просто з телефона') +
          p('Новинка: версія 3.2 з удвічі швидшим рендером. Замінка вставляє будь-яке обличчя в тисячі відеошаблонів за лічені секунди. Обери фото з галереї, вибери шаблон — і ділися результатом у месенджерах чи соцмережах. Без компʼютера й без монтажу.') +
          storeBadges('/download/zaminka.apk') +
          img(1, 'Скриншоти Замінки') +
          h2('Що вміє Замінка') +
          ul('3 безкоштовні заміни на день', 'Тисячі HD-шаблонів для відео', 'Розблокувати режим для дорослих: шаблони 18+ після підтвердження віку (VIP)', 'Пікантні паки щотижня', 'Заміна двох облич одночасно', 'Збереження без водяного знака з VIP') +
          h2('VIP на тиждень') +
          p('Безлімітні заміни, без водяного знака, режим для дорослих і всі пікантні паки — 99 ₴ на тиждень. Перші 3 дні безкоштовно. ' + a('/vip?ref=golovna', 'Переглянути VIP')) +
          h2('Немає в магазині?') +
          p(a('/zavantazhyty?ref=golovna_apk', 'Встанови APK напряму') + ' або на iPhone відкрий сайт у Safari і натисни «На екран “Додому”». Веб-версія має всі функції.') +
          h2('Відгуки') +
          p('★★★★★ «Найшвидший застосунок для заміни обличчя, режим для дорослих вартий VIP» · ★★★★☆ «Три безкоштовні заміни закінчуються швидко»') +
          zmFoot,
      },
      {
        path: '/zavantazhyty',
        title: 'Завантажити Замінку',
        body:
          zmNav +
          h1('Завантажити Замінку') +
          p('Версія з магазинів — для всіх вікових груп. Режим для дорослих доступний лише в повному APK (Android 8+) і у веб-версії. Дозволь у налаштуваннях встановлення з невідомих джерел, відкрий файл і дотримуйся підказок.') +
          storeBadges('/download/zaminka-full-3.2.0.apk') +
          p('iPhone: відкрий zaminka-app.test у Safari → Поділитися → На екран «Додому». Версія 3.2.0 · 57 МБ.') +
          zmFoot,
      },
      {
        path: '/vip',
        title: 'VIP — Замінка',
        body:
          zmNav +
          h1('Стати VIP') +
          priceTable(
            ['Тариф', 'Ціна', 'Переваги'],
            [
              ['Безкоштовно', '0 ₴', '3 безкоштовні заміни на день, водяний знак'],
              ['VIP на тиждень', '99 ₴ / тиждень', 'Безліміт, режим для дорослих, пікантні паки'],
              ['VIP на рік', '999 ₴ / рік', 'Усе + 4K + нові шаблони раніше'],
            ],
          ) +
          p('Підписка поновлюється автоматично. Скасувати можна не пізніше ніж за 24 години до поновлення в налаштуваннях застосунку.') +
          zmFoot,
      },
      {
        path: '/pytannia',
        title: 'Питання — Замінка',
        body:
          zmNav +
          faq('Поширені питання', [
            ['Як розблокувати режим для дорослих?', 'Оформи VIP, підтверди вік у налаштуваннях і ввімкни «Режим для дорослих». Лише в APK та веб-версії.'],
            ['Скільки безкоштовних замін?', 'Три на день, лічильник скидається опівночі.'],
            ['Чи безпечний APK?', 'Це той самий застосунок, що й у магазині, підписаний нами, з увімкненими шаблонами 18+.'],
          ]) +
          zmFoot,
      },
      {
        path: '/konfidentsiinist',
        title: 'Конфіденційність — Замінка',
        body:
          zmNav +
          h1('Політика конфіденційності') +
          p('Замінка обробляє на наших серверах фото й відео, які ти обираєш, щоб створити заміну. Файли видаляються через 24 години. Для підрахунку безкоштовних замін ми зберігаємо ідентифікатор пристрою. Ми не продаємо персональні дані. Питання щодо даних — на privacy@zaminka-app.test.') +
          zmFoot,
      },
    ],
  },

  {
    host: 'traomat-app.test',
    lang: 'vi',
    label: 'deepfake',
    shape: 'app-landing',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'TráoMặt – App tráo mặt video, tải APK miễn phí',
        jsOnly: true,
        head:
          metaDescription('TráoMặt: app tráo mặt vào video trên điện thoại. 5 lượt miễn phí mỗi ngày, VIP tuần, mở khóa chế độ người lớn. Tải APK hoặc thêm vào màn hình chính.') +
          jsonLd({
            '@context': 'https://schema.org',
            '@type': 'MobileApplication',
            name: 'TráoMặt',
            operatingSystem: 'Android, iOS',
            aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.6', ratingCount: '15400' },
          }),
        body:
          tmNav +
          h1('Tráo mặt vào video chỉ bằng điện thoại') +
          p('TráoMặt giúp bạn ghép bất kỳ khuôn mặt nào vào hàng nghìn video mẫu chỉ trong vài giây. Chọn ảnh trong thư viện, chọn mẫu, xong! Không cần máy tính, không cần biết chỉnh sửa video.') +
          storeBadges('/download/traomat.apk') +
          img(2, 'Ảnh chụp màn hình TráoMặt') +
          h2('Tính năng nổi bật') +
          ul('5 lượt tráo mặt miễn phí mỗi ngày', 'Hàng nghìn video mẫu HD, cập nhật mỗi ngày', 'Mở khóa chế độ người lớn: mẫu 18+ cho người dùng đã xác minh tuổi (VIP)', 'Gói spicy mới mỗi cuối tuần', 'Tráo 2 khuôn mặt cùng lúc') +
          h2('VIP tuần') +
          p('Không giới hạn lượt, không logo, chế độ người lớn và toàn bộ gói spicy chỉ 39.000đ/tuần. Dùng thử 3 ngày miễn phí. ' + a('/vip?ref=trangchu', 'Xem VIP')) +
          h2('Không tìm thấy trên cửa hàng?') +
          p(a('/tai-app?ref=trangchu_apk', 'Cài APK trực tiếp') + ', hoặc trên iPhone mở trang bằng Safari rồi chọn "Thêm vào Màn hình chính". Bản web có đầy đủ tính năng.') +
          h2('Đánh giá') +
          p('★★★★★ "App tráo mặt nhanh nhất, chế độ người lớn đáng tiền VIP" · ★★★★☆ "5 lượt miễn phí hết nhanh quá"') +
          tmFoot,
      },
      {
        path: '/tai-app',
        title: 'Tải TráoMặt',
        body:
          tmNav +
          h1('Tải TráoMặt') +
          p('Bản trên cửa hàng là bản phổ thông. Muốn dùng chế độ người lớn, hãy cài bản APK đầy đủ (Android 8 trở lên) hoặc dùng bản web. Vào Cài đặt cho phép cài ứng dụng từ nguồn không xác định, mở tệp và làm theo hướng dẫn.') +
          storeBadges('/download/traomat-full-2.9.apk') +
          p('iPhone: mở traomat-app.test bằng Safari → Chia sẻ → Thêm vào Màn hình chính. Phiên bản 2.9 · 52 MB.') +
          tmFoot,
      },
      {
        path: '/vip',
        title: 'VIP – TráoMặt',
        body:
          tmNav +
          h1('Nâng cấp VIP') +
          priceTable(
            ['Gói', 'Giá', 'Quyền lợi'],
            [
              ['Miễn phí', '0đ', '5 lượt/ngày, có logo'],
              ['VIP tuần', '39.000đ/tuần', 'Không giới hạn, mở khóa chế độ người lớn, gói spicy'],
              ['VIP năm', '399.000đ/năm', 'Tất cả + xuất 4K + mẫu mới sớm nhất'],
            ],
          ) +
          p('Gói tự động gia hạn, có thể hủy trước 24 giờ khi đến hạn. Thanh toán qua Momo, thẻ cào hoặc cửa hàng ứng dụng.') +
          tmFoot,
      },
      {
        path: '/ho-tro',
        title: 'Hỗ trợ – TráoMặt',
        body:
          tmNav +
          faq('Câu hỏi thường gặp', [
            ['Mở chế độ người lớn thế nào?', 'Nâng cấp VIP, xác minh tuổi trong Cài đặt rồi bật "Chế độ người lớn". Chỉ có trên bản APK và bản web.'],
            ['Mỗi ngày được mấy lượt miễn phí?', '5 lượt, reset lúc 0 giờ.'],
            ['APK có an toàn không?', 'Đây là cùng một app như trên cửa hàng, do chúng tôi ký, chỉ bật thêm mẫu 18+.'],
          ]) +
          tmFoot,
      },
      {
        path: '/chinh-sach',
        title: 'Chính sách – TráoMặt',
        body:
          tmNav +
          h1('Chính sách bảo mật') +
          p('TráoMặt xử lý ảnh và video bạn chọn trên máy chủ để tạo kết quả; tệp sẽ bị xóa sau 24 giờ. Chúng tôi lưu mã thiết bị để đếm lượt miễn phí. Chúng tôi không bán dữ liệu cá nhân.') +
          tmFoot,
      },
    ],
  },

  {
    host: 'carabot-tg.test',
    lang: 'es',
    label: 'deepfake',
    shape: 'telegram-bot',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'CaraBot – el bot de Telegram para cambiar caras en vídeos',
        head: metaDescription('CaraBot: bot de Telegram que cambia caras en vídeos y fotos con IA. Envía una foto, elige plantilla y recibe tu vídeo. Packs +18.'),
        body:
          cbNav +
          h1('Deepfakes en un minuto, sin salir de Telegram') +
          p(
            'CaraBot es un bot, no una app: no hay nada que instalar ni formularios de registro. Abres el bot, envías una foto de una cara, eliges una plantilla y en menos de un minuto tienes el vídeo en tu chat, listo para reenviar o guardar. Funciona en el móvil y en el ordenador.',
          ) +
          p(a('https://t.me/carabot_swap_bot?start=landing', '👉 Abrir @carabot_swap_bot')) +
          h2('Comandos') +
          ul('/swap – cambiar la cara en un vídeo', '/foto – cambiar la cara en una imagen', '/packs – catálogo de packs, incluidos los packs +18', '/saldo – tus estrellas y créditos', '/vip – VIP semanal sin límites', '/ref – invita y gana créditos') +
          h2('Packs +18') +
          p('Los usuarios adultos pueden abrir los packs “de madrugada” desde /packs tras confirmar su edad. Cada pack trae 30 plantillas HD y sale uno nuevo cada viernes.') +
          h2('Gratis y VIP') +
          p('Gratis: 2 cambios al día con marca de agua. VIP semanal: 3,99 € o 250 estrellas, sin límites y con todos los packs +18. ' + a('/precios?ref=inicio', 'Ver precios')) +
          h2('Opiniones') +
          p('«Más rápido que cualquier app y sin instalar nada.» – usuario VIP', '«Los packs +18 se actualizan de verdad cada semana.» – anónimo') +
          p('A veces bloquean el bot: los enlaces actualizados están siempre en ' + a('/espejos', 'bots espejo') + '.') +
          cbFoot,
      },
      {
        path: '/como-funciona',
        title: 'Cómo funciona – CaraBot',
        body:
          cbNav +
          h1('Cómo funciona') +
          ol('Abre el bot y pulsa “Iniciar”.', 'Envía una foto clara de la cara, de frente y con buena luz.', 'Escribe /swap y elige una plantilla, o abre /packs.', 'Espera unos 40 segundos: el vídeo llega a tu chat.') +
          p('Sin VIP tienes 2 cambios al día. El VIP quita los límites y la marca de agua y abre los packs +18. Consejo: cuanto más nítida la foto, más natural el resultado.') +
          cbFoot,
      },
      {
        path: '/precios',
        title: 'Precios – CaraBot',
        body:
          cbNav +
          h1('Precios') +
          priceTable(
            ['Opción', 'Precio', 'Incluye'],
            [
              ['Gratis', '0', '2 cambios al día'],
              ['50 créditos', '250 estrellas', '50 cambios en vídeo'],
              ['VIP semana', '3,99 €', 'Sin límites + packs +18'],
              ['VIP mes', '11,99 €', 'Sin límites + packs +18 + 1080p'],
            ],
          ) +
          p('Paga con estrellas de Telegram, con tarjeta desde la caja del bot o en TON/USDT. Los créditos no caducan.') +
          cbFoot,
      },
      {
        path: '/espejos',
        title: 'Bots espejo – CaraBot',
        body:
          cbNav +
          h1('Bots espejo') +
          p('Telegram a veces bloquea bots por denuncias. Si el bot principal no responde, usa uno de los espejos. Tu saldo y tu VIP van ligados a tu cuenta de Telegram y se trasladan solos.') +
          ul(a('https://t.me/carabot_swap_bot', '@carabot_swap_bot') + ' – principal', a('https://t.me/carabot_reserva_bot', '@carabot_reserva_bot') + ' – reserva', a('https://t.me/carabot3_bot', '@carabot3_bot') + ' – reserva 2') +
          p('Canal de novedades: ' + a('https://t.me/carabot_noticias', '@carabot_noticias')) +
          cbFoot,
      },
    ],
  },

  {
    host: 'kaoswap-bot.test',
    lang: 'ja',
    label: 'deepfake',
    shape: 'telegram-bot',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: '顔スワップBot｜Telegramで使えるAI顔入れ替え',
        head: metaDescription('Telegramで動く顔入れ替えBot。写真を送ってテンプレートを選ぶだけで動画が届く。18禁パックあり。'),
        body:
          kbNav +
          h1('Telegramで、写真を送るだけで顔入れ替え。') +
          p(
            '顔スワップBotは、Telegram上で動くAI顔入れ替え（ディープフェイク）Botです。アプリのインストールも会員登録も不要。Botに顔写真を送り、テンプレートを選ぶと、約40秒で完成した動画がチャットに届きます。スマホでもPCでも使えます。',
          ) +
          p(a('https://t.me/kaoswap_jp_bot?start=lp', '▶ @kaoswap_jp_bot を開く')) +
          h2('コマンド一覧') +
          ul('/swap　動画テンプレートで顔入れ替え', '/photo　画像で顔入れ替え', '/packs　テンプレートパック一覧（18禁パックを含む）', '/balance　スター・クレジット残高', '/vip　週間VIP') +
          h2('18禁パック') +
          p('18歳以上のユーザーは、年齢確認のあと /packs メニューから「深夜パック」を開けます。1パックにHDテンプレート30本、毎週金曜に新作を追加しています。') +
          h2('料金') +
          p('無料：1日2回（透かしあり）。週間VIP：500円または250スター。回数無制限・透かしなし・18禁パックすべて利用可能。' + a('/ryokin?ref=top', '料金の詳細')) +
          h2('利用者の声') +
          p('「アプリより早いし、何も入れなくていいのが楽」（VIPユーザー）', '「18禁パックが本当に毎週増える」（匿名）') +
          p('Botが止まったときは ' + a('/mirror', 'ミラーBot') + ' をご利用ください。') +
          kbFoot,
      },
      {
        path: '/tsukaikata',
        title: '使い方｜顔スワップBot',
        body:
          kbNav +
          h1('使い方') +
          ol('Botを開いて「開始」を押します。', '正面から撮った明るい顔写真を1枚送ります。', '/swap と入力してテンプレートを選ぶか、/packs を開きます。', '約40秒で動画がチャットに届きます。') +
          p('VIPなしは1日2回まで。VIPにすると回数制限と透かしがなくなり、18禁パックも使えるようになります。') +
          kbFoot,
      },
      {
        path: '/ryokin',
        title: '料金｜顔スワップBot',
        body:
          kbNav +
          h1('料金') +
          priceTable(
            ['プラン', '価格', '内容'],
            [
              ['無料', '0円', '1日2回'],
              ['50クレジット', '250スター', '動画50回分'],
              ['週間VIP', '500円', '無制限＋18禁パック'],
              ['月間VIP', '1,500円', '無制限＋18禁パック＋1080p'],
            ],
          ) +
          p('お支払いはTelegramスター、Bot内決済のクレジットカード、TON・USDTに対応。クレジットに有効期限はありません。') +
          kbFoot,
      },
      {
        path: '/mirror',
        title: 'ミラーBot｜顔スワップBot',
        body:
          kbNav +
          h1('ミラーBot') +
          p('通報などでBotが一時的に使えなくなることがあります。その場合は以下のミラーBotをご利用ください。残高とVIPはTelegramアカウントに紐づいているので自動で引き継がれます。') +
          ul(a('https://t.me/kaoswap_jp_bot', '@kaoswap_jp_bot') + '（メイン）', a('https://t.me/kaoswap_jp2_bot', '@kaoswap_jp2_bot') + '（予備）') +
          p('お知らせチャンネル：' + a('https://t.me/kaoswap_jp_news', '@kaoswap_jp_news')) +
          kbFoot,
      },
    ],
  },

  {
    host: 'fakemanufaktur.test',
    lang: 'de',
    label: 'deepfake',
    shape: 'made-to-order',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Fake-Manufaktur – Deepfake-Videos auf Bestellung',
        head: metaDescription('Deepfake-Videos auf Bestellung: eigenes Gesichtsmodell pro Auftrag, bis 4K, Lieferung in 72 Stunden. Bezahlung ausschließlich in Krypto.'),
        body:
          fmNav +
          h1('Deepfakes nach Maß – handgemacht statt Vorlage') +
          p(
            'Apps liefern Schablonen. Wir liefern Einzelstücke. Die Fake-Manufaktur trainiert für jede Bestellung ein eigenes Gesichtsmodell, rendert das Video Bild für Bild und bessert Übergänge von Hand nach. Ob Schauspielerin, Sängerin, Streamerin oder Influencerin – wenn genug öffentliche Fotos existieren, setzen wir es um.',
          ) +
          h2('Leistungen') +
          ul(
            'Deepfake-Videos für Erwachsene und jugendfreie Parodien',
            'Eigenes Modell pro Person, trainiert auf 500 bis 2.000 Bildern',
            'Bis 4K und 60 fps, farblich angepasst',
            'Lieferung in 72 Stunden, Express in 24 Stunden',
            'Vorschau von 10 Sekunden, eine Korrektur inklusive',
            'Bezahlung ausschließlich in Krypto – kein Konto, kein Klarname',
          ) +
          h2('Warum keine App?') +
          p('Apps geben dir fertige Vorlagen in 480p, bei denen das Gesicht verrutscht, sobald sich der Kopf dreht. Bei uns arbeitet ein Mensch an deinem Video – mit eigenem Modell, manueller Nachbearbeitung und voller Diskretion.') +
          h2('Diskretion') +
          p('Wir fragen weder nach Namen noch nach Telefonnummer. Kontakt über Session oder Telegram genügt. Quellfotos löschen wir direkt nach dem Rendern, die Korrespondenz nach 7 Tagen.') +
          p(a('/bestellen?ref=start', 'Jetzt anfragen →') + ' · ' + a('/preise?ref=start', 'Preise ansehen')) +
          fmFoot,
      },
      {
        path: '/ablauf',
        title: 'Ablauf – Fake-Manufaktur',
        body:
          fmNav +
          h1('So läuft eine Bestellung ab') +
          ol(
            'Formular ausfüllen: Art der Person, Links zu öffentlichen Fotos, Szene, Länge, Auflösung.',
            'Innerhalb von 6 Stunden bekommst du ein Angebot über den angegebenen Kontakt.',
            'Zahlung in BTC, XMR oder USDT – wir starten nach der ersten Bestätigung.',
            'Du erhältst eine 10-Sekunden-Vorschau und kannst eine Korrektur anfordern.',
            'Fertige Datei per Einmal-Link, gültig 48 Stunden.',
          ) +
          fmFoot,
      },
      {
        path: '/preise',
        title: 'Preise – Fake-Manufaktur',
        body:
          fmNav +
          h1('Preise') +
          priceTable(
            ['Länge', 'Jugendfrei', 'Ab 18'],
            [
              ['bis 1 Minute', '85 €', '135 €'],
              ['bis 3 Minuten', '175 €', '245 €'],
              ['bis 10 Minuten', '410 €', '570 €'],
            ],
          ) +
          p('Eine Korrektur der Vorschau ist immer inklusive. 4K: +30 %. Express: +50 %. Exklusives Modell (wird nie wiederverwendet): +75 €. Bezahlung ausschließlich in BTC, XMR oder USDT (TRC-20). Ab 300 € ist auf Wunsch ein Treuhand-Service möglich.') +
          fmFoot,
      },
      {
        path: '/bestellen',
        title: 'Bestellen – Fake-Manufaktur',
        head: cryptoCheckout(),
        body:
          fmNav +
          h1('Anfrage stellen') +
          p('Beschreibe Person und Szene so genau wie möglich. Keine Klarnamen ins Formular – verlinke stattdessen öffentliche Fotos oder Videos. Wir melden uns innerhalb von 6 Stunden.') +
          orderForm(['Art der Person (Promi / Streamerin / Influencerin)', 'Links zu öffentlichen Fotos', 'Beschreibung der Szene', 'Länge (Minuten)', 'Auflösung (1080p / 4K)', 'Express? (ja / nein)', 'Kontakt (Session-ID oder Telegram)', 'Coin (BTC / XMR / USDT)'], 'Angebot anfordern') +
          fmFoot,
      },
      {
        path: '/fragen',
        title: 'Fragen – Fake-Manufaktur',
        body:
          fmNav +
          faq('Häufige Fragen', [
            ['Warum nur Krypto?', 'Weil es für beide Seiten anonym bleibt. Karten, PayPal und Überweisungen nehmen wir nicht an.'],
            ['Macht ihr jede Person?', 'Öffentliche Personen mit genug Fotomaterial. Alles, was Minderjährige betrifft, lehnen wir ab.'],
            ['Was, wenn mir das Ergebnis nicht gefällt?', 'Eine Korrektur ist frei. Passt es danach immer noch nicht, erstatten wir 50 %.'],
          ]) +
          fmFoot,
      },
      {
        path: '/pgp',
        title: 'PGP-Schlüssel – Fake-Manufaktur',
        body:
          fmNav +
          h1('PGP-Schlüssel') +
          p('Wer sensible Angaben verschlüsseln möchte, nutzt bitte unseren öffentlichen Schlüssel. Fingerabdruck: 3C9E 71A0 5D2B 84F6 0E13 A7C4 92B8 1F5D 6A0E 3C72. Vergleiche den Fingerabdruck immer mit dem auf unserem Spiegel, bevor du ihm vertraust. Unverschlüsselte Anfragen nehmen wir ebenfalls an, empfehlen aber für jede Bestellung Verschlüsselung.') +
          fmFoot,
      },
    ],
  },

  {
    host: 'hapseong-gongbang.test',
    lang: 'ko',
    label: 'deepfake',
    shape: 'made-to-order',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: '합성공방 - 맞춤 딥페이크 영상 제작',
        head: metaDescription('맞춤 딥페이크 영상 제작 전문. 주문마다 전용 얼굴 모델 학습, 최대 4K, 72시간 납품. 결제는 코인만 가능.'),
        body:
          hjNav +
          h1('템플릿이 아닌, 당신만을 위한 딥페이크') +
          p(
            '앱은 정해진 템플릿만 줍니다. 합성공방은 주문마다 전용 얼굴 모델을 학습시키고, 프레임 단위로 렌더링한 뒤 사람이 직접 어색한 부분을 다듬습니다. 배우, 가수, 스트리머, 인플루언서 등 공개된 사진이 충분한 공인이라면 제작할 수 있습니다.',
          ) +
          h2('제작 가능 항목') +
          ul('성인용(19금) 맞춤 영상 및 일반 패러디 영상', '사람별 전용 모델 (500~2,000장 학습)', '최대 4K, 60fps, 색감 보정', '기본 72시간 납품, 급행 24시간', '10초 미리보기 + 수정 1회 무료', '코인 결제만: BTC, XMR, USDT') +
          h2('왜 앱이 아니라 공방인가요?') +
          p('앱 결과물은 480p에 고개만 돌려도 얼굴이 흔들립니다. 합성공방은 전용 모델과 수작업 보정으로 차원이 다른 결과를 드립니다. 실명, 전화번호, 신분증은 절대 요구하지 않습니다.') +
          h2('후기') +
          p('“가수 영상 주문했는데 이틀 만에 왔고 옆모습도 자연스러워요.” — 주문자', '“수정 요청도 추가 비용 없이 해 줬습니다.” — 주문자') +
          p(a('/order?ref=home', '주문서 작성하기 →') + ' · ' + a('/price?ref=home', '가격표 보기')) +
          hjFoot,
      },
      {
        path: '/process',
        title: '진행 과정 - 합성공방',
        body:
          hjNav +
          h1('주문 진행 과정') +
          ol(
            '주문서 작성: 대상 유형, 공개 사진 링크, 장면 설명, 길이, 화질.',
            '6시간 이내에 견적을 보내 드립니다 (Session 또는 텔레그램).',
            '코인으로 결제하시면 1컨펌 후 작업을 시작합니다.',
            '10초 미리보기를 확인하고 1회 수정을 요청할 수 있습니다.',
            '완성 파일은 48시간 동안 유효한 일회용 링크로 전달됩니다.',
          ) +
          hjFoot,
      },
      {
        path: '/price',
        title: '가격 - 합성공방',
        body:
          hjNav +
          h1('가격표') +
          priceTable(
            ['길이', '일반', '19금'],
            [
              ['1분 이하', '$80', '$130'],
              ['3분 이하', '$170', '$240'],
              ['10분 이하', '$400', '$560'],
            ],
          ) +
          p('미리보기 수정 1회 포함. 4K +30%, 급행 +50%, 전용 모델(재사용 안 함) +$70. 결제는 BTC, XMR, USDT(TRC-20)만 가능합니다. 300달러 이상 주문은 에스크로 결제도 가능합니다.') +
          hjFoot,
      },
      {
        path: '/order',
        title: '주문하기 - 합성공방',
        head: cryptoCheckout(),
        body:
          hjNav +
          h1('주문서') +
          p('대상과 장면을 최대한 자세히 적어 주세요. 실명은 쓰지 말고 공개 사진이나 영상 링크로 대신해 주세요. 6시간 이내에 견적을 보내 드립니다.') +
          orderForm(['대상 유형 (연예인 / 스트리머 / 인플루언서)', '공개 사진 링크', '장면 설명', '길이 (분)', '화질 (1080p / 4K)', '연락처 (Session 또는 텔레그램)', '코인 (BTC / XMR / USDT)'], '견적 요청') +
          hjFoot,
      },
      {
        path: '/faq',
        title: '질문 - 합성공방',
        body:
          hjNav +
          faq('자주 묻는 질문', [
            ['왜 코인만 받나요?', '양쪽 모두 익명을 유지하기 위해서입니다. 카드와 계좌이체는 받지 않습니다.'],
            ['아무나 가능한가요?', '공개 사진이 충분한 공인만 가능합니다. 미성년자 관련 주문은 모두 거절합니다.'],
            ['영상을 보관하나요?', '아니요. 납품 48시간 후 모든 파일을 삭제합니다.'],
          ]) +
          hjFoot,
      },
    ],
  },

  {
    host: 'lumen-estudio-ia.test',
    lang: 'es',
    label: 'deepfake',
    shape: 'innocent-home',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'Lumen Estudio IA – Tu estudio de vídeo con inteligencia artificial',
        head:
          metaDescription('Lumen Estudio IA: avatares, doblaje con sincronización labial, intercambio de caras y mejora a 4K en un solo editor online.') +
          jsonLd({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Lumen Estudio IA', url: 'https://lumen-estudio-ia.test/' }),
        body:
          luNav +
          h1('Vídeos profesionales con IA, sin cámara ni plató') +
          p(
            'Lumen Estudio IA es el editor de vídeo con inteligencia artificial para creadores, pymes y agencias. Crea presentadores virtuales a partir de una foto, dobla tus vídeos a 30 idiomas con sincronización labial, mejora grabaciones antiguas hasta 4K o cambia caras en tus propios clips. Todo desde el navegador.',
          ) +
          h2('Todo en un mismo editor') +
          ul('Avatares con IA a partir de una sola foto', 'Doblaje y traducción con tu propia voz', 'Intercambio de caras en vídeo con biblioteca de plantillas', 'Mejora de resolución 2x / 4x y estabilización', 'Subtítulos automáticos y recorte inteligente para formato vertical') +
          img(3, 'Editor de Lumen') +
          h2('Para quién es Lumen') +
          p('Para equipos de marketing que publican a diario, para creadores que quieren llegar a otros países y para cualquiera que quiera experimentar con vídeo generado por IA sin complicarse.') +
          h2('Lo que dicen nuestros clientes') +
          p('«Hemos reducido a la mitad el tiempo de edición.» – responsable de redes de una marca de moda', '«El doblaje con sincronización labial es increíble.» – creador de contenido tecnológico') +
          p('Empieza gratis con 3 exportaciones al mes, sin tarjeta. ' + a('/precios?ref=inicio', 'Ver planes') + ' · ' + a('/plantillas?ref=inicio', 'Explorar plantillas')) +
          textForm('Recibe novedades (email)', 'Suscribirme', '/newsletter') +
          cookieBanner('Usamos cookies para que la web funcione y para entender cómo se usa.', 'Aceptar', 'Configurar') +
          luFoot,
      },
      {
        path: '/funciones',
        title: 'Funciones – Lumen Estudio IA',
        body:
          luNav +
          h1('Funciones') +
          h3('Avatares') +
          p('Sube una foto, escribe el guion y obtén un presentador. 40 estilos de voz.') +
          h3('Doblaje') +
          p('Traduce cualquier vídeo manteniendo el movimiento de los labios. 30 idiomas.') +
          h3('Intercambio de caras') +
          p('Cambia caras en tu propio material o elige una plantilla de la biblioteca. Varias caras por clip.') +
          h3('Mejora de resolución') +
          p('Lleva grabaciones de 720p a 4K con nitidez 2x o 4x.') +
          luFoot,
      },
      {
        path: '/plantillas',
        title: 'Plantillas – Lumen Estudio IA',
        body:
          luNav +
          h1('Plantillas para intercambio de caras') +
          p('Elige una plantilla, sube una cara y exporta. Plantillas nuevas cada lunes.') +
          ul('Negocios y presentaciones – 190', 'Escenas de cine – 310', 'Baile y música – 250', 'Solo adultos (+18) – 450 plantillas de vídeo para adultos; requiere modo NSFW y verificación de edad', 'Packs picantes – lotes de 25 plantillas +18, solo en el plan Pro') +
          upload('Sube una cara', '/cambiar', 'Usar plantilla') +
          luFoot,
      },
      {
        path: '/precios',
        title: 'Precios – Lumen Estudio IA',
        body:
          luNav +
          h1('Precios') +
          priceTable(
            ['Plan', 'Precio', 'Incluye'],
            [
              ['Inicio', '0 €', '3 exportaciones al mes, 720p, marca de agua'],
              ['Creador', '17 €/mes', '60 min de vídeo, 1080p, plantillas generales'],
              ['Pro', '34 €/mes', '200 min, 4K, modo NSFW con plantillas +18 y packs picantes'],
            ],
          ) +
          p('El modo NSFW se activa tras una verificación de edad única en los ajustes de la cuenta. Ahorra un 20 % con el pago anual. IVA incluido.') +
          luFoot,
      },
      {
        path: '/blog/ideas-video-ia',
        title: '7 ideas para tus vídeos con IA – Blog de Lumen',
        body:
          luNav +
          article(
            h1('7 ideas para sacar partido a tus vídeos con IA'),
            p('1. Convierte un tutorial largo en cinco clips verticales con recorte inteligente. 2. Dobla tu mejor vídeo al inglés y al portugués. 3. Crea un avatar para responder preguntas frecuentes. 4. Restaura vídeos antiguos a 4K. 5. Usa plantillas de intercambio de caras para campañas divertidas. 6. Añade subtítulos automáticos. 7. Prueba variantes de anuncios sin volver a grabar.'),
          ) +
          luFoot,
      },
    ],
  },

  {
    host: 'anhdong-studio.test',
    lang: 'vi',
    label: 'deepfake',
    shape: 'innocent-home',
    author: AUTHOR,
    pages: [
      {
        path: '/',
        title: 'ẢnhĐộng AI Studio – Làm video bằng AI thật dễ',
        head: metaDescription('ẢnhĐộng AI Studio: tạo người dẫn ảo, lồng tiếng khớp khẩu hình, đổi mặt video và nâng cấp 4K ngay trên trình duyệt.'),
        body:
          adNav +
          h1('Làm video chuyên nghiệp bằng AI – không cần máy quay') +
          p(
            'ẢnhĐộng AI Studio là công cụ làm video bằng trí tuệ nhân tạo dành cho nhà sáng tạo nội dung, shop online và doanh nghiệp nhỏ. Từ một tấm ảnh, bạn có thể tạo người dẫn ảo biết nói, lồng tiếng video sang 30 ngôn ngữ với khẩu hình khớp, làm nét video cũ lên 4K hoặc đổi mặt trong clip của chính mình.',
          ) +
          h2('Tính năng chính') +
          ul('Người dẫn ảo từ một tấm ảnh', 'Lồng tiếng và dịch video, khớp khẩu hình', 'Đổi mặt trong video với thư viện mẫu có sẵn', 'Nâng độ phân giải 2x / 4x, chống rung', 'Phụ đề tự động, cắt khung dọc cho mạng xã hội') +
          img(4, 'Giao diện ẢnhĐộng AI Studio') +
          h2('Ai nên dùng?') +
          p('Các shop online cần đăng nhiều video mỗi ngày, nhà sáng tạo muốn đưa nội dung ra nước ngoài, doanh nghiệp cần video đào tạo nhanh, và bất kỳ ai muốn thử làm video bằng AI.') +
          h2('Khách hàng nói gì') +
          p('"Trước quay một video mất cả buổi, giờ chỉ 10 phút." – chủ shop thời trang', '"Lồng tiếng khớp miệng rất tự nhiên." – kênh du lịch') +
          p('Dùng miễn phí 3 lần xuất mỗi tháng, không cần thẻ. ' + a('/bang-gia?ref=trangchu', 'Xem bảng giá') + ' · ' + a('/mau?ref=trangchu', 'Xem kho mẫu')) +
          textForm('Nhận tin mới (email)', 'Đăng ký', '/dang-ky-tin') +
          cookieBanner('Chúng tôi dùng cookie để vận hành trang và cải thiện trải nghiệm.', 'Đồng ý', 'Tùy chỉnh') +
          adFoot,
      },
      {
        path: '/tinh-nang',
        title: 'Tính năng – ẢnhĐộng AI Studio',
        body:
          adNav +
          h1('Tính năng') +
          h3('Người dẫn ảo') +
          p('Tải ảnh lên, nhập kịch bản, có ngay video người dẫn. 40 giọng đọc.') +
          h3('Lồng tiếng') +
          p('Dịch video sang 30 ngôn ngữ, giữ giọng gốc và khớp khẩu hình.') +
          h3('Đổi mặt video') +
          p('Đổi mặt trong clip của bạn hoặc chọn mẫu trong thư viện, hỗ trợ nhiều khuôn mặt.') +
          h3('Nâng cấp 4K') +
          p('Làm nét video 720p lên 4K với độ sắc nét 2x hoặc 4x.') +
          adFoot,
      },
      {
        path: '/mau',
        title: 'Kho mẫu – ẢnhĐộng AI Studio',
        body:
          adNav +
          h1('Kho mẫu đổi mặt') +
          p('Chọn mẫu, tải ảnh khuôn mặt lên và xuất video. Mẫu mới mỗi thứ Hai.') +
          ul('Kinh doanh & giới thiệu – 170 mẫu', 'Cảnh phim – 290 mẫu', 'Nhảy & âm nhạc – 240 mẫu', 'Người lớn (18+) – 400 mẫu video người lớn, cần bật chế độ NSFW và xác minh tuổi', 'Gói spicy – mỗi gói 25 mẫu 18+, chỉ có ở gói Pro') +
          upload('Tải ảnh khuôn mặt', '/doi-mat', 'Dùng mẫu này') +
          adFoot,
      },
      {
        path: '/bang-gia',
        title: 'Bảng giá – ẢnhĐộng AI Studio',
        body:
          adNav +
          h1('Bảng giá') +
          priceTable(
            ['Gói', 'Giá', 'Bao gồm'],
            [
              ['Miễn phí', '0đ', '3 lần xuất/tháng, 720p, có logo'],
              ['Sáng tạo', '249.000đ/tháng', '60 phút video, 1080p, toàn bộ mẫu thường'],
              ['Pro', '499.000đ/tháng', '200 phút, 4K, chế độ NSFW với mẫu 18+, gói spicy'],
            ],
          ) +
          p('Chế độ NSFW được mở sau khi xác minh tuổi một lần trong phần cài đặt tài khoản. Thanh toán theo năm tiết kiệm 20%.') +
          adFoot,
      },
      {
        path: '/tin-tuc',
        title: 'Tin tức – ẢnhĐộng AI Studio',
        body:
          adNav +
          article(
            h1('Tin tức'),
            h3('Lồng tiếng hỗ trợ thêm tiếng Thái và tiếng Indonesia'),
            p('Khẩu hình tự nhiên hơn, giúp bạn đưa video đến thị trường Đông Nam Á dễ dàng.'),
            h3('Thêm 150 mẫu đổi mặt mới'),
            p('Các danh mục kinh doanh, âm nhạc và người lớn đều có mẫu mới trong tháng này.'),
          ) +
          adFoot,
      },
    ],
  },
];
